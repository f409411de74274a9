#pragma once

#include "forum.h"
#include "programmeconflicts.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <memory>

class QUndoCommand;

namespace cordee {

class ForumDocument;

/// One item of a day's rooms × time grid: a time slot (plenary item, break, workshop slot) or a workshop.
struct ScheduleItem
{
    enum class Type { TimeSlot, Workshop };

    Type type = Type::TimeSlot;
    QString key;     ///< the time slot's or the workshop's key
    QString slotKey; ///< the time slot it happens in (its own key for a time slot)
    SlotKind kind = SlotKind::Workshops;
    QString room; ///< the lane: a room key, or empty for the lane of items without a room
    QTime start;
    QTime end;
    QString title;  ///< what the item is: the plenary's title, the workshop's theme or title
    QString detail; ///< a second line: "fr · 12 people", "25 workshops"
    int track = 0;  ///< items overlapping in one lane are drawn side by side: this one's row in the lane
    int tracks = 1; ///< how many rows its lane needs at that time
    bool inConflict = false;

    bool isWorkshop() const { return type == Type::Workshop; }
    bool operator==(const ScheduleItem &) const = default;
};

/// A day of the programme as the grid shows it.
struct ScheduleDay
{
    QDate date;
    QTime from; ///< the whole hour before the day's first item (09:00 when the day is empty)
    QTime to;   ///< the whole hour after its last item (18:00 when empty)
    QList<ScheduleItem> items;
};

/// The days of the programme in order: the forum's dates and any day a time slot falls on.
QList<QDate> programmeDays(const ForumInfo &info, const QList<TimeSlot> &timeSlots);

/// The programme of `document` as the conflict check reads it.
ProgrammeData programmeData(const ForumDocument &document);

/// The grid of `date`: each time slot once (in its room's lane; without a room, and always for a workshop
/// slot, in the lane of items without a room), and each workshop of the day in its room's lane. Items that
/// `conflicts` name are marked.
ScheduleDay buildScheduleDay(const ForumDocument &document, const QDate &date,
                             const QList<ProgrammeConflict> &conflicts);

/// `time` rounded to the nearest quarter of an hour (kept within the day).
QTime snapToQuarter(const QTime &time);

/// The undoable edit that drops `item` in the lane of `room` (empty: the lane of items without a room)
/// starting at `start`: a workshop changes room and keeps its slot's time; a workshop slot changes time and
/// has no room; other items change room and time, keeping their length. Null when the drop changes
/// nothing; an error saying why when the drop is not allowed.
Result<std::unique_ptr<QUndoCommand>> scheduleMove(ForumDocument &document, const ScheduleItem &item,
                                                   const QString &room, const QTime &start);

} // namespace cordee
