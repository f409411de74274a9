#include "programmeschedule.h"

#include "forumdocument.h"
#include "programmecommands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace cordee {

namespace {

// The translation context of this file's messages.
struct Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)
};

constexpr int MinutesPerDay = 24 * 60;

int minutesOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

QString roomName(const ForumDocument &document, const QString &key)
{
    for (const Room &r : document.rooms())
        if (r.key == key)
            return r.name;
    return key;
}

/// Gives overlapping items of one lane their own rows: each run of overlapping items shares a row count.
void assignTracks(QList<ScheduleItem> &items)
{
    QHash<QString, QList<qsizetype>> lanes;
    for (qsizetype i = 0; i < items.size(); ++i)
        lanes[items.at(i).room] << i;
    for (QList<qsizetype> &lane : lanes) {
        std::stable_sort(lane.begin(), lane.end(), [&](qsizetype a, qsizetype b) {
            return std::tie(items.at(a).start, items.at(a).key) <
                   std::tie(items.at(b).start, items.at(b).key);
        });
        QList<qsizetype> run;
        QList<QTime> trackEnds;
        QTime runEnd;
        const auto closeRun = [&] {
            for (qsizetype i : std::as_const(run))
                items[i].tracks = int(trackEnds.size());
            run.clear();
            trackEnds.clear();
        };
        for (qsizetype i : std::as_const(lane)) {
            ScheduleItem &item = items[i];
            if (!run.isEmpty() && item.start >= runEnd)
                closeRun();
            int track = 0;
            while (track < trackEnds.size() && trackEnds.at(track) > item.start)
                ++track;
            if (track == trackEnds.size())
                trackEnds << item.end;
            else
                trackEnds[track] = item.end;
            item.track = track;
            runEnd = run.isEmpty() ? item.end : std::max(runEnd, item.end);
            run << i;
        }
        closeRun();
    }
}

ScheduleItem slotItem(const TimeSlot &s, int workshops, const QSet<QString> &rooms)
{
    ScheduleItem item;
    item.key = item.slotKey = s.key;
    item.kind = s.kind;
    item.start = s.start;
    item.end = s.end;
    if (s.kind == SlotKind::Workshops) {
        item.title = s.title.isEmpty() ? Schedule::tr("Workshops") : s.title;
        item.detail = Schedule::tr("%n workshop(s)", nullptr, workshops);
    } else {
        item.room = rooms.contains(s.room) ? s.room : QString();
        item.title = s.title.isEmpty() ? vocab::label(s.kind) : s.title;
        item.detail = vocab::label(s.kind);
    }
    return item;
}

} // namespace

QList<QDate> programmeDays(const ForumInfo &info, const QList<TimeSlot> &timeSlots)
{
    QList<QDate> days;
    if (info.startDate.isValid() && info.endDate.isValid() && info.startDate <= info.endDate &&
        info.startDate.daysTo(info.endDate) < 31)
        for (QDate d = info.startDate; d <= info.endDate; d = d.addDays(1))
            days << d;
    for (const TimeSlot &s : timeSlots)
        if (s.date.isValid() && !days.contains(s.date))
            days << s.date;
    std::sort(days.begin(), days.end());
    return days;
}

ProgrammeData programmeData(const ForumDocument &document)
{
    ProgrammeData data;
    data.themes = document.themes();
    data.rooms = document.rooms();
    data.timeSlots = document.timeSlots();
    data.workshops = document.workshops();
    data.workshopMax = document.info().workshopMax;
    for (const AssignmentRow &a : document.assignments())
        data.members << WorkshopMember{a.participantId, a.workshop};
    for (const Participant &p : document.participants())
        data.names.insert(p.id, p.displayName());
    return data;
}

ScheduleDay buildScheduleDay(const ForumDocument &document, const QDate &date,
                             const QList<ProgrammeConflict> &conflicts)
{
    QSet<QString> rooms, inConflict, daySlots;
    for (const Room &r : document.rooms())
        rooms.insert(r.key);
    for (const ProgrammeConflict &c : conflicts)
        for (const QStringList *keys : {&c.slotKeys, &c.workshopKeys})
            for (const QString &key : *keys)
                inConflict.insert(key);
    QHash<QString, QString> themeTitles;
    for (const Theme &t : document.themes())
        themeTitles.insert(t.key, t.title);
    QHash<QString, int> members, workshopsOfSlot;
    for (const AssignmentRow &a : document.assignments())
        ++members[a.workshop];
    for (const Workshop &w : document.workshops())
        ++workshopsOfSlot[w.slot];

    ScheduleDay day;
    day.date = date;
    QHash<QString, const TimeSlot *> slotByKey;
    for (const TimeSlot &s : document.timeSlots()) {
        if (s.date != date)
            continue;
        slotByKey.insert(s.key, &s);
        day.items << slotItem(s, workshopsOfSlot.value(s.key), rooms);
    }
    for (const Workshop &w : document.workshops()) {
        const TimeSlot *s = slotByKey.value(w.slot);
        if (!s)
            continue;
        ScheduleItem item;
        item.type = ScheduleItem::Type::Workshop;
        item.key = w.key;
        item.slotKey = w.slot;
        item.room = rooms.contains(w.room) ? w.room : QString();
        item.start = s->start;
        item.end = s->end;
        item.title = !w.title.isEmpty() ? w.title : themeTitles.value(w.theme, Schedule::tr("No theme"));
        QStringList detail;
        if (!w.language.isEmpty())
            detail << w.language.toUpper();
        detail << Schedule::tr("%n member(s)", nullptr, members.value(w.key));
        item.detail = detail.join(QStringLiteral(" · "));
        day.items << item;
    }
    int from = 9 * 60, to = 18 * 60;
    for (ScheduleItem &item : day.items) {
        item.inConflict = inConflict.contains(item.key);
        from = std::min(from, minutesOf(item.start) / 60 * 60);
        to = std::max(to, std::min(MinutesPerDay - 1, (minutesOf(item.end) + 59) / 60 * 60));
    }
    day.from = QTime(from / 60, 0);
    day.to = to >= MinutesPerDay - 1 ? QTime(23, 59) : QTime(to / 60, 0);
    assignTracks(day.items);
    return day;
}

QTime snapToQuarter(const QTime &time)
{
    const int quarters = (minutesOf(time) + 7) / 15;
    return QTime(0, 0).addSecs(std::min(quarters * 15, MinutesPerDay - 15) * 60);
}

Result<std::unique_ptr<QUndoCommand>> scheduleMove(ForumDocument &document, const ScheduleItem &item,
                                                   const QString &room, const QTime &start)
{
    const QLocale locale;
    if (item.isWorkshop()) {
        const auto w = std::find_if(document.workshops().cbegin(), document.workshops().cend(),
                                    [&](const Workshop &x) { return x.key == item.key; });
        if (w == document.workshops().cend())
            return Error{Schedule::tr("The workshop %1 is no longer in the programme.").arg(item.key), {}};
        if (room.isEmpty())
            return Error{Schedule::tr("A workshop takes place in a room: drop it on a room's row."), {}};
        if (room == w->room)
            return std::unique_ptr<QUndoCommand>();
        Workshop moved = *w;
        moved.room = room;
        return std::unique_ptr<QUndoCommand>(new EditWorkshopCommand(
            &document, *w, moved,
            Schedule::tr("Move workshop %1 to %2").arg(item.key, roomName(document, room))));
    }
    const auto s = std::find_if(document.timeSlots().cbegin(), document.timeSlots().cend(),
                                [&](const TimeSlot &x) { return x.key == item.key; });
    if (s == document.timeSlots().cend())
        return Error{Schedule::tr("The time slot %1 is no longer in the programme.").arg(item.key), {}};
    if (s->kind == SlotKind::Workshops && !room.isEmpty())
        return Error{Schedule::tr("A workshop slot has no room of its own: drag one of its workshops to "
                                  "change that workshop's room."),
                     {}};
    const QTime begin = snapToQuarter(start);
    const int length = minutesOf(s->end) - minutesOf(s->start);
    if (minutesOf(begin) + length >= MinutesPerDay)
        return Error{Schedule::tr("%1 would end after midnight: drop it earlier in the day.").arg(item.title),
                     {}};
    TimeSlot moved = *s;
    moved.room = room;
    moved.start = begin;
    moved.end = begin.addSecs(length * 60);
    if (moved == *s)
        return std::unique_ptr<QUndoCommand>();
    const QString where = room.isEmpty() ? Schedule::tr("no room") : roomName(document, room);
    return std::unique_ptr<QUndoCommand>(new EditTimeSlotCommand(
        &document, *s, moved,
        Schedule::tr("Move “%1” to %2, %3")
            .arg(item.title, where, locale.toString(begin, QStringLiteral("HH:mm")))));
}

} // namespace cordee
