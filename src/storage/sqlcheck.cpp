#include "sqlcheck.h"

#include <QCoreApplication>
#include <QSqlError>

namespace cordee::sql {

Error errorFrom(const QSqlError &sqlError, const QString &what)
{
    QString detail = sqlError.databaseText();
    if (detail.isEmpty())
        detail = sqlError.driverText();
    if (!sqlError.nativeErrorCode().isEmpty())
        detail += QStringLiteral(" [%1]").arg(sqlError.nativeErrorCode());
    return Error{
        QCoreApplication::translate("Storage", "The forum file could not be updated while %1.").arg(what),
        detail};
}

Status prepare(QSqlQuery &query, const QString &sql, const QString &what)
{
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), what);
    return {};
}

Status exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return errorFrom(query.lastError(), what);
    return {};
}

Status exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values, const QString &what)
{
    return exec(query, sql, QVariantList(values), what);
}

Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what)
{
    if (Status s = prepare(query, sql, what); !s)
        return s;
    for (const QVariant &v : values)
        bind(query, v);
    return exec(query, what);
}

Status exec(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return errorFrom(query.lastError(), what);
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return errorFrom(query.lastError(), what);
    if (!query.next())
        return QVariant();
    return query.value(0);
}

void bind(QSqlQuery &query, const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        query.addBindValue(QStringLiteral(""));
    else
        query.addBindValue(value);
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

} // namespace cordee::sql
