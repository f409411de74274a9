#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace cordee {

/// A write transaction taken with BEGIN IMMEDIATE (the write lock up front, so a second writer waits at the
/// start instead of failing at commit). Rolled back on destruction unless committed: a multi-row operation
/// lands whole or not at all.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin(const QString &what);
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_what;
    bool m_open = false;
};

} // namespace cordee
