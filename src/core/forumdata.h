#pragma once

#include "forum.h"
#include "participant.h"

#include <QList>

namespace cordee {

/// One placement of a participant in a workshop, by stable keys/emails so it survives a round trip.
struct AssignmentData
{
    int participantIndex = -1; ///< index into ForumData::participants
    QString workshop;          ///< workshop key
    bool pinned = false;
};

/// A whole forum in memory: what `new --from`, the demo and tests write into a file in one transaction.
struct ForumData
{
    ForumInfo info;
    QList<Theme> themes;
    QList<Room> rooms;
    QList<TimeSlot> timeSlots;
    QList<Workshop> workshops;
    DeclarationTexts declaration;
    QList<Participant> participants;
    QList<AssignmentData> assignments;
};

} // namespace cordee
