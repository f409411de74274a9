#pragma once

#include "declaration.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace cordee {

/// The declaration's exports kept in the file (`export_record`): when, in which format and language, where,
/// and which proposals each held. Proposal keys are stored joined by ';' (keys never contain one).
class ExportRecordRepository
{
public:
    explicit ExportRecordRepository(QSqlDatabase db);

    /// Stores `record` and fills in its id, and its time (now, UTC) when it had none.
    Status add(ExportRecord &record);
    /// Every export, the latest first.
    Result<QList<ExportRecord>> loadAll() const;

private:
    QSqlDatabase m_db;
};

} // namespace cordee
