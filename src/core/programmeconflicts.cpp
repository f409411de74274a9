#include "programmeconflicts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace cordee {

namespace {

// The translation context of this file's messages.
struct Conflicts
{
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
};

QString timeText(const QTime &t)
{
    return QLocale().toString(t, QStringLiteral("HH:mm"));
}

QString dayText(const QDate &d)
{
    return QLocale().toString(d, QStringLiteral("ddd d MMM"));
}

/// "Wed 14 Oct 13:30–15:30"
QString whenText(const TimeSlot &s)
{
    return Conflicts::tr("%1 %2–%3").arg(dayText(s.date), timeText(s.start), timeText(s.end));
}

/// What the check knows of the programme, indexed by key.
class Index
{
public:
    explicit Index(const ProgrammeData &p)
        : m_data(p)
    {
        for (const TimeSlot &s : p.timeSlots)
            m_slots.insert(s.key, &s);
        for (const Room &r : p.rooms)
            m_rooms.insert(r.key, &r);
        for (const Theme &t : p.themes)
            m_themes.insert(t.key, &t);
        for (const Workshop &w : p.workshops)
            m_workshops.insert(w.key, &w);
        for (const WorkshopMember &m : p.members)
            ++m_memberCount[m.workshop];
    }

    const TimeSlot *slot(const QString &key) const { return m_slots.value(key); }
    const Room *room(const QString &key) const { return m_rooms.value(key); }
    const Workshop *workshop(const QString &key) const { return m_workshops.value(key); }
    int members(const QString &workshopKey) const { return m_memberCount.value(workshopKey); }

    QString roomName(const QString &key) const
    {
        const Room *r = room(key);
        return r && !r->name.isEmpty() ? r->name : key;
    }

    QString personName(qint64 id) const
    {
        const QString name = m_data.names.value(id);
        return name.isEmpty() ? Conflicts::tr("participant #%1").arg(id) : name;
    }

    QString workshopLabel(const Workshop &w) const
    {
        if (!w.title.isEmpty())
            return Conflicts::tr("“%1” (%2)").arg(w.title, w.key);
        if (const Theme *t = m_themes.value(w.theme))
            return Conflicts::tr("“%1” (%2)").arg(t->title, w.key);
        return Conflicts::tr("workshop %1").arg(w.key);
    }

private:
    const ProgrammeData &m_data;
    QHash<QString, const TimeSlot *> m_slots;
    QHash<QString, const Room *> m_rooms;
    QHash<QString, const Theme *> m_themes;
    QHash<QString, const Workshop *> m_workshops;
    QHash<QString, int> m_memberCount;
};

/// An item that takes a room for a while: a plenary item or break with a room, or a workshop.
struct Occupancy
{
    const TimeSlot *time = nullptr;
    const Workshop *workshop = nullptr; ///< null for a time slot
    QString room;
};

QString occupancyLabel(const Index &index, const Occupancy &o)
{
    const QString when = Conflicts::tr("%1–%2").arg(timeText(o.time->start), timeText(o.time->end));
    if (o.workshop)
        return Conflicts::tr("%1 %2").arg(index.workshopLabel(*o.workshop), when);
    const QString name = o.time->title.isEmpty() ? vocab::label(o.time->kind) : o.time->title;
    return Conflicts::tr("“%1” %2").arg(name, when);
}

/// A conflict with where it happens, for sorting.
struct Found
{
    const TimeSlot *time = nullptr;
    ProgrammeConflict conflict;
};

void addKeys(ProgrammeConflict &c, const Occupancy &o)
{
    if (o.workshop)
        c.workshopKeys << o.workshop->key;
    else
        c.slotKeys << o.time->key;
}

void findDoubleBookings(const ProgrammeData &p, const Index &index, QList<Found> &out)
{
    QList<Occupancy> taken;
    for (const TimeSlot &s : p.timeSlots)
        if (s.kind != SlotKind::Workshops && !s.room.isEmpty())
            taken << Occupancy{&s, nullptr, s.room};
    for (const Workshop &w : p.workshops)
        if (const TimeSlot *s = index.slot(w.slot); s && !w.room.isEmpty())
            taken << Occupancy{s, &w, w.room};
    std::stable_sort(taken.begin(), taken.end(), [](const Occupancy &a, const Occupancy &b) {
        return std::tie(a.room, a.time->date, a.time->start) < std::tie(b.room, b.time->date, b.time->start);
    });
    for (qsizetype i = 0; i < taken.size(); ++i) {
        const Occupancy &a = taken.at(i);
        // Sorted by start within a room and day: later items that start before `a` ends overlap it.
        for (qsizetype j = i + 1; j < taken.size(); ++j) {
            const Occupancy &b = taken.at(j);
            if (b.room != a.room || b.time->date != a.time->date || b.time->start >= a.time->end)
                break;
            if (!slotsOverlap(*a.time, *b.time))
                continue;
            ProgrammeConflict c;
            c.kind = ProgrammeConflict::Kind::RoomDoubleBooked;
            c.roomKey = a.room;
            addKeys(c, a);
            addKeys(c, b);
            c.message = Conflicts::tr("%1 is used twice on %2: %3 and %4")
                            .arg(index.roomName(a.room), dayText(a.time->date), occupancyLabel(index, a),
                                 occupancyLabel(index, b));
            out << Found{a.time, c};
        }
    }
}

void findSmallRooms(const ProgrammeData &p, const Index &index, QList<Found> &out)
{
    for (const Workshop &w : p.workshops) {
        const Room *room = index.room(w.room);
        const TimeSlot *s = index.slot(w.slot);
        if (!room || !s)
            continue;
        const int members = index.members(w.key);
        ProgrammeConflict c;
        c.workshopKeys << w.key;
        c.roomKey = room->key;
        if (members > room->capacity) {
            c.kind = ProgrammeConflict::Kind::RoomTooSmall;
            c.message = Conflicts::tr("%1 has %n member(s) but %2 seats %3 (%4)", nullptr, members)
                            .arg(index.workshopLabel(w), index.roomName(room->key))
                            .arg(room->capacity)
                            .arg(whenText(*s));
        } else if (members == 0 && p.workshopMax > room->capacity) {
            c.kind = ProgrammeConflict::Kind::RoomBelowMaximum;
            c.message =
                Conflicts::tr("%1 may hold up to %n people (the forum's maximum) but %2 seats %3 (%4)",
                              nullptr, p.workshopMax)
                    .arg(index.workshopLabel(w), index.roomName(room->key))
                    .arg(room->capacity)
                    .arg(whenText(*s));
        } else {
            continue;
        }
        out << Found{s, c};
    }
}

/// Where someone is expected: a workshop, as its facilitator, rapporteur or a member.
struct Engagement
{
    enum Role { Facilitator, Rapporteur, Member };
    const Workshop *workshop = nullptr;
    const TimeSlot *time = nullptr;
    Role role = Member;
};

QString engagementText(const Index &index, const Engagement &e)
{
    const QString w = index.workshopLabel(*e.workshop);
    switch (e.role) {
    case Engagement::Facilitator:
        return Conflicts::tr("facilitator of %1").arg(w);
    case Engagement::Rapporteur:
        return Conflicts::tr("rapporteur of %1").arg(w);
    case Engagement::Member:
        break;
    }
    return Conflicts::tr("member of %1").arg(w);
}

void findPeopleInTwoPlaces(const ProgrammeData &p, const Index &index, QList<Found> &out)
{
    QHash<qint64, QList<Engagement>> byPerson;
    QSet<qint64> leaders;
    for (const Workshop &w : p.workshops) {
        const TimeSlot *s = index.slot(w.slot);
        if (!s)
            continue;
        if (w.facilitatorId != 0) {
            byPerson[w.facilitatorId] << Engagement{&w, s, Engagement::Facilitator};
            leaders.insert(w.facilitatorId);
        }
        if (w.rapporteurId != 0) {
            byPerson[w.rapporteurId] << Engagement{&w, s, Engagement::Rapporteur};
            leaders.insert(w.rapporteurId);
        }
    }
    for (const WorkshopMember &m : p.members) {
        if (!leaders.contains(m.participantId))
            continue;
        if (const Workshop *w = index.workshop(m.workshop))
            if (const TimeSlot *s = index.slot(w->slot))
                byPerson[m.participantId] << Engagement{w, s, Engagement::Member};
    }
    QList<qint64> people = leaders.values();
    std::sort(people.begin(), people.end());
    for (qint64 id : std::as_const(people)) {
        const QList<Engagement> &list = byPerson.value(id);
        QSet<std::pair<QString, QString>> reported;
        for (qsizetype i = 0; i < list.size(); ++i) {
            for (qsizetype j = i + 1; j < list.size(); ++j) {
                Engagement a = list.at(i), b = list.at(j);
                // Two members' placements are the formation's business; a lead role must be involved.
                if (a.role == Engagement::Member && b.role == Engagement::Member)
                    continue;
                if (a.workshop == b.workshop || !slotsOverlap(*a.time, *b.time))
                    continue;
                if (std::tie(a.time->start, a.workshop->key) > std::tie(b.time->start, b.workshop->key))
                    std::swap(a, b);
                if (reported.contains({a.workshop->key, b.workshop->key}))
                    continue;
                reported.insert({a.workshop->key, b.workshop->key});
                ProgrammeConflict c;
                c.kind = ProgrammeConflict::Kind::PersonInTwoPlaces;
                c.participantId = id;
                c.workshopKeys << a.workshop->key << b.workshop->key;
                c.message = Conflicts::tr("%1 is in two places at once on %2: %3 and %4")
                                .arg(index.personName(id), whenText(*a.time), engagementText(index, a),
                                     engagementText(index, b));
                out << Found{a.time, c};
            }
        }
    }
}

} // namespace

bool slotsOverlap(const TimeSlot &a, const TimeSlot &b)
{
    return a.date == b.date && a.start < b.end && b.start < a.end;
}

QList<ProgrammeConflict> findProgrammeConflicts(const ProgrammeData &programme)
{
    const Index index(programme);
    QList<Found> found;
    findDoubleBookings(programme, index, found);
    findSmallRooms(programme, index, found);
    findPeopleInTwoPlaces(programme, index, found);
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return std::tie(a.time->date, a.time->start) < std::tie(b.time->date, b.time->start);
    });
    QList<ProgrammeConflict> out;
    out.reserve(found.size());
    for (const Found &f : std::as_const(found))
        out << f.conflict;
    return out;
}

} // namespace cordee
