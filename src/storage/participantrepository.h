#pragma once

#include "participant.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace cordee {

/// Participants in the forum file, with their ranked theme preferences and the slots they miss (named by
/// key in memory, by id in the file). Multi-row writes are made inside the caller's WriteTransaction.
class ParticipantRepository
{
public:
    explicit ParticipantRepository(QSqlDatabase db);

    Result<QList<Participant>> loadAll() const;
    Result<Participant> load(qint64 id) const;

    /// Inserts each participant and fills in its id; a participant whose id is already set keeps it (undo
    /// restores a deleted person under the same id).
    Status insert(QList<Participant> &participants);
    Status insert(Participant &participant);
    Status update(const Participant &participant);
    Status remove(qint64 id);

private:
    Status refreshKeyMaps();
    Status writeLinks(qint64 id, const Participant &p);
    Result<QList<Participant>> loadWhere(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    QHash<QString, qint64> m_themeIds;
    QHash<QString, qint64> m_slotIds;
    std::optional<QSqlQuery> m_preferenceInsert;
    std::optional<QSqlQuery> m_unavailabilityInsert;
};

} // namespace cordee
