#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace cordee::sql {

/// The one place SQL outcomes are turned into errors: `what` says, in words for people, what Cordée was
/// doing ("saving the participant"); the driver's message goes into the error's detail.
Error errorFrom(const QSqlError &sqlError, const QString &what);

/// Prepares `sql` on `query`; an error names `what`.
Status prepare(QSqlQuery &query, const QString &sql, const QString &what);

/// Executes an already prepared (and bound) query.
Status exec(QSqlQuery &query, const QString &what);

/// Prepares, binds positionally and executes in one go.
Status exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values,
            const QString &what);
Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what);

/// Executes a statement without parameters on `db`.
Status exec(const QSqlDatabase &db, const QString &sql, const QString &what);

/// Runs a query that yields one value (a COUNT, a PRAGMA).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QString &what);

/// Binds the next positional value. A null QString is bound as '' (QtSql would send NULL, which NOT NULL
/// text columns refuse); use nullIfEmpty()/nullIfZero() where NULL is meant.
void bind(QSqlQuery &query, const QVariant &value);

/// NULL for empty strings and zero ids, so optional columns stay NULL in the file.
QVariant nullIfEmpty(const QString &value);
QVariant nullIfZero(qint64 id);

} // namespace cordee::sql
