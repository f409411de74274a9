#pragma once

#include "forum.h"
#include "validation.h"

#include <QList>

namespace cordee {

// Checks of one programme item before it is saved, for the dialogs' inline messages and for the document,
// which refuses what does not pass. Fields are named like the item's members ("title", "capacity", "end").
// Keys are checked by the document (valid, new), since dialogs make them.

QList<FieldProblem> validateTheme(const Theme &theme);
QList<FieldProblem> validateRoom(const Room &room);
/// A time slot within the forum's dates, ending after it starts, in a known room (plenary items only).
QList<FieldProblem> validateTimeSlot(const TimeSlot &slot, const ForumInfo &info, const QList<Room> &rooms);
/// A workshop in a known workshop slot, with a known theme, room and language (each may be empty).
QList<FieldProblem> validateWorkshop(const Workshop &workshop, const QList<TimeSlot> &timeSlots,
                                     const QList<Theme> &themes, const QList<Room> &rooms);

/// The problems as one sentence for a person: "A theme needs a title; …."
QString problemsText(const QList<FieldProblem> &problems);

} // namespace cordee
