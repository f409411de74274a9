#pragma once

#include "forum.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cordee {

/// One placement as stored: a participant (by id) in a workshop of a slot (both by key).
struct AssignmentRow
{
    qint64 participantId = 0;
    QString workshop; ///< workshop key
    QString slot;     ///< time slot key, the workshop's own
    bool pinned = false;
    bool operator==(const AssignmentRow &) const = default;
};

/// The placements of participants in workshops, and the workshops of whole slots. Writes are made inside
/// the caller's WriteTransaction, so that a formation run lands whole or not at all.
class AssignmentRepository
{
public:
    explicit AssignmentRepository(QSqlDatabase db);

    /// Every placement, in programme order (slot, then workshop key, then participant id).
    Result<QList<AssignmentRow>> loadAll() const;

    /// Deletes every placement in the slots `slotKeys` and inserts `assignments`, each of which must be in
    /// one of those slots (its workshop's slot). Unknown keys are refused.
    Status replaceSlots(const QStringList &slotKeys, const QList<AssignmentRow> &assignments);

    /// Places a participant in a workshop of `slotKey`, replacing their placement in that slot; an empty
    /// `workshopKey` takes them out of the slot.
    Status setPlacement(qint64 participantId, const QString &slotKey, const QString &workshopKey,
                        bool pinned);

    /// Deletes the workshops of the slots `slotKeys`, and with them their placements.
    Status deleteWorkshopsOfSlots(const QStringList &slotKeys);

    /// Inserts workshops (through ForumRepository::insertWorkshop), filling in their ids.
    Status insertWorkshops(QList<Workshop> &workshops);

private:
    QSqlDatabase m_db;
};

} // namespace cordee
