#pragma once

#include "forum.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cordee {

/// A participant placed in a workshop: all the conflict check needs of a placement.
struct WorkshopMember
{
    qint64 participantId = 0;
    QString workshop; ///< workshop key
    bool operator==(const WorkshopMember &) const = default;
};

/// The programme as the conflict check reads it: plain data, no database.
struct ProgrammeData
{
    QList<Theme> themes; ///< to name workshops by their theme
    QList<Room> rooms;
    QList<TimeSlot> timeSlots;
    QList<Workshop> workshops;
    QList<WorkshopMember> members;
    QHash<qint64, QString> names; ///< participant id → name, for facilitators, rapporteurs and members
    int workshopMax = ForumInfo::DefaultWorkshopMax;
};

/// Something in the programme that cannot happen as planned, with the items to show the organizer.
struct ProgrammeConflict
{
    enum class Kind {
        RoomDoubleBooked,  ///< two items overlap in one room
        RoomTooSmall,      ///< a workshop has more members than its room seats
        RoomBelowMaximum,  ///< a workshop without members yet may grow past its room (the forum's maximum)
        PersonInTwoPlaces, ///< a facilitator or rapporteur is expected somewhere else at the same time
    };

    Kind kind = Kind::RoomDoubleBooked;
    QString message;          ///< translated, names the items and the time
    QStringList slotKeys;     ///< time slots involved as items (plenary items, breaks)
    QStringList workshopKeys; ///< workshops involved
    QString roomKey;          ///< the room concerned, if any
    qint64 participantId = 0; ///< the person in two places, if any
    bool operator==(const ProgrammeConflict &) const = default;
};

/// Whether two time slots share some time on the same day (touching ends do not overlap).
bool slotsOverlap(const TimeSlot &a, const TimeSlot &b);

/// Every conflict of `programme`, in programme order (by the day and time they happen):
///
/// - a room used by two items whose times overlap (plenary items with a room, breaks with a room,
///   workshops); items without a room are fine;
/// - a workshop with more members than its room seats, or, before anyone is placed, whose room seats fewer
///   than the forum's maximum workshop size;
/// - a facilitator or rapporteur of a workshop who also leads, reports or is placed as a member in another
///   workshop at an overlapping time.
QList<ProgrammeConflict> findProgrammeConflicts(const ProgrammeData &programme);

} // namespace cordee
