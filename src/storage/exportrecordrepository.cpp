#include "exportrecordrepository.h"

#include "sqlcheck.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Storage::tr the same way).
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

} // namespace

ExportRecordRepository::ExportRecordRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status ExportRecordRepository::add(ExportRecord &record)
{
    if (!record.exportedAt.isValid())
        record.exportedAt = QDateTime::currentDateTimeUtc();
    record.exportedAt = record.exportedAt.toUTC();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("INSERT INTO export_record (exported_at, format, language, path, "
                                            "proposal_keys) VALUES (?, ?, ?, ?, ?)"),
                             {record.exportedAt.toString(Qt::ISODateWithMs), record.format, record.language,
                              record.path, record.proposalKeys.join(u';')},
                             Storage::tr("recording the export of the declaration"));
        !s)
        return s;
    record.id = q.lastInsertId().toLongLong();
    return {};
}

Result<QList<ExportRecord>> ExportRecordRepository::loadAll() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT id, exported_at, format, language, path, proposal_keys "
                                            "FROM export_record ORDER BY exported_at DESC, id DESC"),
                             {}, Storage::tr("reading the exports of the declaration"));
        !s)
        return s;
    QList<ExportRecord> out;
    while (q.next()) {
        ExportRecord r;
        r.id = q.value(0).toLongLong();
        r.exportedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        r.format = q.value(2).toString();
        r.language = q.value(3).toString();
        r.path = q.value(4).toString();
        r.proposalKeys = q.value(5).toString().split(u';', Qt::SkipEmptyParts);
        out << r;
    }
    return out;
}

} // namespace cordee
