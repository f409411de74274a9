// ForumDocument's placements of participants in workshops (declared in forumdocument.h).

#include "forumdocument.h"
#include "forumrepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace cordee {

namespace {

QHash<QString, int> slotRanks(const QList<TimeSlot> &slotOrder)
{
    QHash<QString, int> rank;
    for (int i = 0; i < slotOrder.size(); ++i)
        rank.insert(slotOrder.at(i).key, i);
    return rank;
}

/// Sorts placements the way AssignmentRepository::loadAll() reads them: by slot in `slotOrder`, then
/// workshop key, then participant id.
void sortPlacements(QList<AssignmentRow> &rows, const QList<TimeSlot> &slotOrder)
{
    const QHash<QString, int> rank = slotRanks(slotOrder);
    std::stable_sort(rows.begin(), rows.end(), [&](const AssignmentRow &a, const AssignmentRow &b) {
        const int ra = rank.value(a.slot, -1), rb = rank.value(b.slot, -1);
        if (ra != rb)
            return ra < rb;
        if (a.workshop != b.workshop)
            return a.workshop < b.workshop;
        return a.participantId < b.participantId;
    });
}

} // namespace

ForumSnapshot ForumDocument::snapshot() const
{
    ForumSnapshot out;
    out.info = m_info;
    out.themes = m_themes;
    out.rooms = m_rooms;
    out.timeSlots = m_timeSlots;
    out.workshops = m_workshops;
    out.participants = m_participants;
    out.assignments = m_assignments;
    return out;
}

void ForumDocument::sortProgramme()
{
    std::stable_sort(m_timeSlots.begin(), m_timeSlots.end(), [](const TimeSlot &a, const TimeSlot &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.start != b.start)
            return a.start < b.start;
        return a.key < b.key;
    });
    const QHash<QString, int> rank = slotRanks(m_timeSlots);
    std::stable_sort(m_workshops.begin(), m_workshops.end(), [&](const Workshop &a, const Workshop &b) {
        const int ra = rank.value(a.slot, -1), rb = rank.value(b.slot, -1);
        return ra != rb ? ra < rb : a.key < b.key;
    });
    sortPlacements(m_assignments, m_timeSlots);
}

Status ForumDocument::setPlacement(qint64 participantId, const QString &slotKey, const QString &workshopKey,
                                   bool pinned)
{
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "moving a participant"),
                         [&] {
                             return AssignmentRepository(m_db->connection())
                                 .setPlacement(participantId, slotKey, workshopKey, pinned);
                         });
        !s)
        return s;
    m_assignments.removeIf(
        [&](const AssignmentRow &a) { return a.participantId == participantId && a.slot == slotKey; });
    if (!workshopKey.isEmpty()) {
        m_assignments << AssignmentRow{participantId, workshopKey, slotKey, pinned};
        sortPlacements(m_assignments, m_timeSlots);
    }
    Q_EMIT placementsChanged({slotKey});
    return {};
}

Status ForumDocument::replaceSlotPlans(const QStringList &slotKeys, const QList<Workshop> &workshops,
                                       const QList<AssignmentRow> &placements)
{
    const QSet<QString> targets(slotKeys.cbegin(), slotKeys.cend());
    QHash<QString, Workshop> wanted;
    for (const Workshop &w : workshops) {
        if (!targets.contains(w.slot))
            return fail(
                Error{QCoreApplication::translate("Storage", "The workshop \"%1\" is not in the slots "
                                                             "being replaced.")
                          .arg(w.key),
                      {}});
        wanted.insert(w.key, w);
    }
    QList<Workshop> next;
    if (Status s =
            write(QT_TRANSLATE_NOOP("Storage", "forming the workshops"),
                  [&]() -> Status {
                      ForumRepository forum(m_db->connection());
                      for (const Workshop &w : std::as_const(m_workshops)) {
                          if (!targets.contains(w.slot)) {
                              next << w;
                              continue;
                          }
                          const auto it = wanted.constFind(w.key);
                          if (it == wanted.cend()) {
                              if (Status s = forum.removeWorkshop(w.key); !s)
                                  return s;
                          } else if (*it != w) {
                              Workshop updated = *it;
                              updated.id = w.id;
                              if (Status s = forum.updateWorkshop(updated); !s)
                                  return s;
                          }
                      }
                      QHash<QString, qint64> existing;
                      for (const Workshop &w : std::as_const(m_workshops))
                          existing.insert(w.key, w.id);
                      for (Workshop w : workshops) {
                          w.id = existing.value(w.key, 0);
                          if (w.id == 0)
                              if (Status s = forum.insertWorkshop(w); !s)
                                  return s;
                          next << w;
                      }
                      return AssignmentRepository(m_db->connection()).replaceSlots(slotKeys, placements);
                  });
        !s)
        return s;
    m_workshops = next;
    m_assignments.removeIf([&](const AssignmentRow &a) { return targets.contains(a.slot); });
    m_assignments += placements;
    sortProgramme();
    Q_EMIT programmeChanged();
    Q_EMIT placementsChanged(slotKeys);
    return {};
}

} // namespace cordee
