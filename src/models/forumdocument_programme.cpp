// ForumDocument's edits of the programme: themes, rooms, time slots and workshops (declared in
// forumdocument.h).

#include "forumdocument.h"
#include "forumrepository.h"
#include "programmevalidation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace cordee {

namespace {

// The translation context of this file's messages.
struct Programme
{
    Q_DECLARE_TR_FUNCTIONS(Programme)
};

template <typename T>
int rowOf(const QList<T> &items, const QString &key)
{
    for (int i = 0; i < items.size(); ++i)
        if (items.at(i).key == key)
            return i;
    return -1;
}

template <typename T>
QSet<QString> keysOf(const QList<T> &items)
{
    QSet<QString> keys;
    for (const T &item : items)
        keys.insert(item.key);
    return keys;
}

Status invalid(const QList<FieldProblem> &problems)
{
    if (problems.isEmpty())
        return {};
    return Error{problemsText(problems), {}};
}

Status checkNewKey(const QString &key, const QSet<QString> &taken)
{
    if (!isValidKey(key))
        return Error{
            Programme::tr("\"%1\" cannot be a key: use 1 to 64 letters, digits, '-' or '_'.").arg(key), {}};
    if (taken.contains(key))
        return Error{Programme::tr("The key \"%1\" is already used: choose another one.").arg(key), {}};
    return {};
}

Status notFound(const QString &key)
{
    return Error{Programme::tr("Nothing is called \"%1\" in the programme any more.").arg(key), {}};
}

/// "D1-W1-T2-fr-1, D1-W1-T2-fr-2, D1-W1-T2-en-1 and 3 more"
QString someKeys(const QStringList &keys)
{
    constexpr int shown = 3;
    if (keys.size() <= shown)
        return QLocale().createSeparatedList(keys);
    return Programme::tr("%1 and %n more", nullptr, int(keys.size() - shown))
        .arg(keys.mid(0, shown).join(QStringLiteral(", ")));
}

void insertRoomSorted(QList<Room> &rooms, const Room &room)
{
    const auto pos = std::lower_bound(rooms.begin(), rooms.end(), room.key,
                                      [](const Room &r, const QString &key) { return r.key < key; });
    rooms.insert(pos, room);
}

} // namespace

Status ForumDocument::saveTheme(Theme &theme)
{
    if (Status s = invalid(validateTheme(theme)); !s)
        return fail(s);
    const int row = rowOf(m_themes, theme.key);
    if (theme.id == 0) {
        if (Status s = checkNewKey(theme.key, keysOf(m_themes)); !s)
            return fail(s);
        if (Status s = write(
                QT_TRANSLATE_NOOP("Storage", "adding a theme"),
                [&] { return ForumRepository(m_db->connection()).insertTheme(theme, int(m_themes.size())); });
            !s)
            return s;
        m_themes << theme;
    } else {
        if (row < 0)
            return fail(notFound(theme.key));
        if (Status s = write(QT_TRANSLATE_NOOP("Storage", "saving a theme"),
                             [&] { return ForumRepository(m_db->connection()).updateTheme(theme, row); });
            !s)
            return s;
        m_themes[row] = theme;
    }
    Q_EMIT programmeChanged();
    return {};
}

Status ForumDocument::checkThemeUnused(const QString &key) const
{
    const int row = rowOf(m_themes, key);
    if (row < 0)
        return notFound(key);
    QStringList workshops;
    for (const Workshop &w : m_workshops)
        if (w.theme == key)
            workshops << w.key;
    const auto ranked = std::count_if(m_participants.cbegin(), m_participants.cend(),
                                      [&](const Participant &p) { return p.preferences.contains(key); });
    const auto proposals = ForumRepository(m_db->connection()).countThemeProposals(key);
    if (!proposals)
        return proposals.status();
    QStringList uses;
    if (!workshops.isEmpty())
        uses << Programme::tr("it is the theme of %n workshop(s) (%1)", nullptr, int(workshops.size()))
                    .arg(someKeys(workshops));
    if (ranked > 0)
        uses << Programme::tr("%n participant(s) ranked it among their preferences", nullptr, int(ranked));
    if (*proposals > 0)
        uses << Programme::tr("it is the theme of %n proposal(s)", nullptr, *proposals);
    if (uses.isEmpty())
        return {};
    return Error{Programme::tr("The theme \"%1\" cannot be removed: %2. Give them another theme first.")
                     .arg(m_themes.at(row).title, QLocale().createSeparatedList(uses)),
                 {}};
}

Status ForumDocument::removeTheme(const QString &key)
{
    if (Status s = checkThemeUnused(key); !s)
        return fail(s);
    const int row = rowOf(m_themes, key);
    QStringList order;
    for (const Theme &t : std::as_const(m_themes))
        if (t.key != key)
            order << t.key;
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "removing a theme"),
                         [&]() -> Status {
                             ForumRepository forum(m_db->connection());
                             if (Status s = forum.removeTheme(key); !s)
                                 return s;
                             return forum.setThemeOrder(order);
                         });
        !s)
        return s;
    m_themes.removeAt(row);
    Q_EMIT programmeChanged();
    return {};
}

Status ForumDocument::restoreTheme(Theme &theme, int row)
{
    if (Status s = checkNewKey(theme.key, keysOf(m_themes)); !s)
        return fail(s);
    row = std::clamp(row, 0, int(m_themes.size()));
    QStringList order;
    for (const Theme &t : std::as_const(m_themes))
        order << t.key;
    order.insert(row, theme.key);
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "adding a theme"),
                         [&]() -> Status {
                             ForumRepository forum(m_db->connection());
                             if (Status s = forum.insertTheme(theme, row); !s)
                                 return s;
                             return forum.setThemeOrder(order);
                         });
        !s)
        return s;
    m_themes.insert(row, theme);
    Q_EMIT programmeChanged();
    return {};
}

Status ForumDocument::saveRoom(Room &room)
{
    if (Status s = invalid(validateRoom(room)); !s)
        return fail(s);
    const int row = rowOf(m_rooms, room.key);
    if (room.id == 0) {
        if (Status s = checkNewKey(room.key, keysOf(m_rooms)); !s)
            return fail(s);
        if (Status s = write(QT_TRANSLATE_NOOP("Storage", "adding a room"),
                             [&] { return ForumRepository(m_db->connection()).insertRoom(room); });
            !s)
            return s;
        insertRoomSorted(m_rooms, room);
    } else {
        if (row < 0)
            return fail(notFound(room.key));
        if (Status s = write(QT_TRANSLATE_NOOP("Storage", "saving a room"),
                             [&] { return ForumRepository(m_db->connection()).updateRoom(room); });
            !s)
            return s;
        m_rooms[row] = room;
    }
    Q_EMIT programmeChanged();
    return {};
}

Status ForumDocument::removeRoom(const QString &key)
{
    const int row = rowOf(m_rooms, key);
    if (row < 0)
        return fail(notFound(key));
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "removing a room"),
                         [&] { return ForumRepository(m_db->connection()).removeRoom(key); });
        !s)
        return s;
    for (TimeSlot &s : m_timeSlots)
        if (s.room == key)
            s.room.clear();
    for (Workshop &w : m_workshops)
        if (w.room == key)
            w.room.clear();
    m_rooms.removeAt(row);
    Q_EMIT programmeChanged();
    return {};
}

Status ForumDocument::restoreRoom(Room &room, const QStringList &slotKeys, const QStringList &workshopKeys)
{
    if (Status s = checkNewKey(room.key, keysOf(m_rooms)); !s)
        return fail(s);
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "adding a room"),
                         [&]() -> Status {
                             ForumRepository forum(m_db->connection());
                             if (Status s = forum.insertRoom(room); !s)
                                 return s;
                             for (TimeSlot slot : std::as_const(m_timeSlots))
                                 if (slotKeys.contains(slot.key)) {
                                     slot.room = room.key;
                                     if (Status s = forum.updateTimeSlot(slot); !s)
                                         return s;
                                 }
                             for (Workshop w : std::as_const(m_workshops))
                                 if (workshopKeys.contains(w.key)) {
                                     w.room = room.key;
                                     if (Status s = forum.updateWorkshop(w); !s)
                                         return s;
                                 }
                             return {};
                         });
        !s)
        return s;
    insertRoomSorted(m_rooms, room);
    for (TimeSlot &s : m_timeSlots)
        if (slotKeys.contains(s.key))
            s.room = room.key;
    for (Workshop &w : m_workshops)
        if (workshopKeys.contains(w.key))
            w.room = room.key;
    Q_EMIT programmeChanged();
    return {};
}

Status ForumDocument::saveTimeSlot(TimeSlot &slot)
{
    if (Status s = invalid(validateTimeSlot(slot, m_info, m_rooms)); !s)
        return fail(s);
    const int row = rowOf(m_timeSlots, slot.key);
    if (slot.id == 0) {
        if (Status s = checkNewKey(slot.key, keysOf(m_timeSlots)); !s)
            return fail(s);
        if (Status s = write(QT_TRANSLATE_NOOP("Storage", "adding a time slot"),
                             [&] { return ForumRepository(m_db->connection()).insertTimeSlot(slot); });
            !s)
            return s;
        m_timeSlots << slot;
    } else {
        if (row < 0)
            return fail(notFound(slot.key));
        const auto workshops = std::count_if(m_workshops.cbegin(), m_workshops.cend(),
                                             [&](const Workshop &w) { return w.slot == slot.key; });
        if (slot.kind != SlotKind::Workshops && workshops > 0)
            return fail(Error{Programme::tr("The time slot %1 holds %n workshop(s): it stays a workshop slot "
                                            "until they are removed.",
                                            nullptr, int(workshops))
                                  .arg(slot.key),
                              {}});
        if (Status s = write(QT_TRANSLATE_NOOP("Storage", "saving a time slot"),
                             [&] { return ForumRepository(m_db->connection()).updateTimeSlot(slot); });
            !s)
            return s;
        m_timeSlots[row] = slot;
    }
    sortProgramme();
    Q_EMIT programmeChanged();
    return {};
}

Status ForumDocument::checkTimeSlotUnused(const QString &key) const
{
    const int row = rowOf(m_timeSlots, key);
    if (row < 0)
        return notFound(key);
    QStringList workshops;
    for (const Workshop &w : m_workshops)
        if (w.slot == key)
            workshops << w.key;
    const auto absent = std::count_if(m_participants.cbegin(), m_participants.cend(),
                                      [&](const Participant &p) { return p.unavailableSlots.contains(key); });
    QStringList uses;
    if (!workshops.isEmpty())
        uses << Programme::tr("it holds %n workshop(s) (%1)", nullptr, int(workshops.size()))
                    .arg(someKeys(workshops));
    if (absent > 0)
        uses << Programme::tr("%n participant(s) said they will miss it", nullptr, int(absent));
    if (uses.isEmpty())
        return {};
    const TimeSlot &slot = m_timeSlots.at(row);
    const QString name = slot.title.isEmpty() ? slot.key : slot.title;
    return Error{Programme::tr("The time slot \"%1\" cannot be removed: %2. Remove its workshops and edit "
                               "those participants first.")
                     .arg(name, QLocale().createSeparatedList(uses)),
                 {}};
}

Status ForumDocument::removeTimeSlot(const QString &key)
{
    if (Status s = checkTimeSlotUnused(key); !s)
        return fail(s);
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "removing a time slot"),
                         [&] { return ForumRepository(m_db->connection()).removeTimeSlot(key); });
        !s)
        return s;
    m_timeSlots.removeAt(rowOf(m_timeSlots, key));
    Q_EMIT programmeChanged();
    return {};
}

Status ForumDocument::saveWorkshop(Workshop &workshop)
{
    QList<FieldProblem> problems = validateWorkshop(workshop, m_timeSlots, m_themes, m_rooms);
    for (qint64 id : {workshop.facilitatorId, workshop.rapporteurId})
        if (id != 0 && indexOfParticipant(id) < 0)
            problems << FieldProblem{QStringLiteral("facilitator"),
                                     Programme::tr("no participant has the number %1").arg(id)};
    if (Status s = invalid(problems); !s)
        return fail(s);
    const int row = rowOf(m_workshops, workshop.key);
    if (workshop.id == 0) {
        if (Status s = checkNewKey(workshop.key, keysOf(m_workshops)); !s)
            return fail(s);
        if (Status s = write(QT_TRANSLATE_NOOP("Storage", "adding a workshop"),
                             [&] { return ForumRepository(m_db->connection()).insertWorkshop(workshop); });
            !s)
            return s;
        m_workshops << workshop;
    } else {
        if (row < 0)
            return fail(notFound(workshop.key));
        const Workshop &before = m_workshops.at(row);
        const bool placed = std::any_of(m_assignments.cbegin(), m_assignments.cend(),
                                        [&](const AssignmentRow &a) { return a.workshop == before.key; });
        if (before.slot != workshop.slot && placed)
            return fail(
                Error{Programme::tr("People are placed in the workshop %1: it stays in its time slot.")
                          .arg(workshop.key),
                      {}});
        if (Status s = write(QT_TRANSLATE_NOOP("Storage", "saving a workshop"),
                             [&] { return ForumRepository(m_db->connection()).updateWorkshop(workshop); });
            !s)
            return s;
        m_workshops[row] = workshop;
    }
    sortProgramme();
    Q_EMIT programmeChanged();
    return {};
}

Status ForumDocument::checkWorkshopRemovable(const QString &key) const
{
    if (rowOf(m_workshops, key) < 0)
        return notFound(key);
    const auto proposals = ForumRepository(m_db->connection()).countWorkshopProposals(key);
    if (!proposals)
        return proposals.status();
    if (*proposals > 0)
        return Error{
            Programme::tr("The workshop %1 cannot be removed: it holds %n proposal(s).", nullptr, *proposals)
                .arg(key),
            {}};
    return {};
}

Status ForumDocument::removeWorkshop(const QString &key)
{
    if (Status s = checkWorkshopRemovable(key); !s)
        return fail(s);
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "removing a workshop"),
                         [&] { return ForumRepository(m_db->connection()).removeWorkshop(key); });
        !s)
        return s;
    const QString slot = m_workshops.takeAt(rowOf(m_workshops, key)).slot;
    const auto placements = m_assignments.removeIf([&](const AssignmentRow &a) { return a.workshop == key; });
    Q_EMIT programmeChanged();
    if (placements > 0)
        Q_EMIT placementsChanged({slot});
    return {};
}

} // namespace cordee
