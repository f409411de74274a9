#include "demandplan.h"

#include "programmeconflicts.h"
#include "programmekeys.h"

#include <QHash>

#include <algorithm>

namespace cordee {

namespace {

const Workshop *findWorkshop(const QList<Workshop> &workshops, const QString &key)
{
    const auto it =
        std::find_if(workshops.cbegin(), workshops.cend(), [&](const Workshop &w) { return w.key == key; });
    return it == workshops.cend() ? nullptr : &*it;
}

/// Whether members of `a` may stay when it becomes `b`: same theme and working language.
bool sameGroup(const Workshop &a, const Workshop &b)
{
    return a.theme == b.theme && a.language == b.language;
}

} // namespace

SlotDemand slotDemand(const ForumSnapshot &forum, const QString &slotKey)
{
    SlotDemand out;
    out.slot = slotKey;
    out.minSize = forum.info.workshopMin;
    out.maxSize = forum.info.workshopMax;
    for (const Theme &t : forum.themes)
        out.themes << ThemeDemand{t.key, t.title, 0, 0};

    const FormationModel model = buildFormationModel(forum);
    const int slot = model.slotIndex(slotKey);
    if (slot >= 0) {
        for (const formation::Person &p : model.problem.people) {
            if (!p.attends[size_t(slot)])
                continue;
            ++out.attending;
            for (size_t rank = 0; rank < p.preferences.size(); ++rank) {
                const QString key = model.themeKeys.value(p.preferences[rank]);
                for (ThemeDemand &d : out.themes)
                    if (d.theme == key) {
                        ++d.ranked;
                        d.firstChoices += rank == 0 ? 1 : 0;
                    }
            }
        }
    }

    // Rooms taken at that time by plenary items and by other slots' workshops.
    const auto self = std::find_if(forum.timeSlots.cbegin(), forum.timeSlots.cend(),
                                   [&](const TimeSlot &s) { return s.key == slotKey; });
    QSet<QString> taken;
    if (self != forum.timeSlots.cend()) {
        QHash<QString, const TimeSlot *> byKey;
        for (const TimeSlot &s : forum.timeSlots) {
            byKey.insert(s.key, &s);
            if (s.kind != SlotKind::Workshops && !s.room.isEmpty() && slotsOverlap(s, *self))
                taken.insert(s.room);
        }
        for (const Workshop &w : forum.workshops)
            if (const TimeSlot *s = byKey.value(w.slot); s && w.slot != slotKey && slotsOverlap(*s, *self))
                taken.insert(w.room);
    }
    for (const Room &r : forum.rooms)
        if (!taken.contains(r.key))
            out.freeRooms << r.key;
    return out;
}

int seatsOf(const QList<Workshop> &workshops, const QList<Room> &rooms, int maxSize)
{
    QHash<QString, int> capacity;
    for (const Room &r : rooms)
        capacity.insert(r.key, r.capacity);
    int seats = 0;
    for (const Workshop &w : workshops)
        seats += std::min(maxSize, capacity.value(w.room, maxSize));
    return seats;
}

QList<Workshop> keyPlannedWorkshops(QList<Workshop> workshops, const QString &slotKey,
                                    const QList<Workshop> &current, const QSet<QString> &taken)
{
    // The slot's workshops by theme and language, in key order: each planned workshop of that kind takes
    // the next one's place (its key, title and leads) so that its members can stay.
    QHash<std::pair<QString, QString>, QList<Workshop>> reusable;
    QSet<QString> used = taken;
    QList<Workshop> sorted = current;
    std::sort(sorted.begin(), sorted.end(),
              [](const Workshop &a, const Workshop &b) { return a.key < b.key; });
    for (const Workshop &c : std::as_const(sorted)) {
        if (c.slot == slotKey)
            reusable[{c.theme, c.language}] << c;
        used.insert(c.key); // a dropped workshop's key is not given to another kind of workshop
    }
    for (Workshop &w : workshops) {
        QList<Workshop> &same = reusable[{w.theme, w.language}];
        if (!same.isEmpty()) {
            const QString room = w.room;
            w = same.takeFirst();
            w.room = room;
            continue;
        }
        w.id = 0;
        w.slot = slotKey;
        w.key = workshopKey(slotKey, w.theme, w.language, used);
        used.insert(w.key);
    }
    return workshops;
}

QList<AssignmentRow> placementsKept(const ForumSnapshot &forum, const QString &slotKey,
                                    const QList<Workshop> &planned)
{
    QList<AssignmentRow> out;
    for (const AssignmentRow &a : forum.assignments) {
        if (a.slot != slotKey)
            continue;
        const Workshop *before = findWorkshop(forum.workshops, a.workshop);
        const Workshop *after = findWorkshop(planned, a.workshop);
        if (before && after && sameGroup(*before, *after))
            out << a;
    }
    return out;
}

} // namespace cordee
