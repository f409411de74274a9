#pragma once

#include "assignmentrepository.h"
#include "formationbridge.h"
#include "forum.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cordee {

/// How much a theme is asked for by the people who attend one workshop slot.
struct ThemeDemand
{
    QString theme; ///< key
    QString title;
    int firstChoices = 0; ///< people who ranked it first
    int ranked = 0;       ///< people who ranked it at all
};

/// The people's demand in one workshop slot, for planning its workshops.
struct SlotDemand
{
    QString slot;
    int attending = 0; ///< people to place in the slot (as the formation counts them)
    int minSize = 0;   ///< the forum's workshop sizes
    int maxSize = 0;
    QList<ThemeDemand> themes; ///< in the forum's order
    QStringList freeRooms;     ///< keys of the rooms no other item uses at that time, in the forum's order
};

/// The demand of the workshop slot `slotKey` in `forum`.
SlotDemand slotDemand(const ForumSnapshot &forum, const QString &slotKey);

/// How many people `workshops` can seat: min(maximum size, room capacity) each, the maximum without room.
int seatsOf(const QList<Workshop> &workshops, const QList<Room> &rooms, int maxSize);

/// `workshops` planned for the slot `slotKey`, made ready to store: each takes the place of a workshop of
/// the slot (`current`) with the same theme and language while there is one (its key, title and leads; the
/// planned room), so that its members can stay; the others get new keys the way the formation names them
/// ("D1-W1-T2-fr-1"), never one in `taken` nor of `current`.
QList<Workshop> keyPlannedWorkshops(QList<Workshop> workshops, const QString &slotKey,
                                    const QList<Workshop> &current, const QSet<QString> &taken);

/// The placements of the slot that stay when its workshops become `planned`: those in workshops kept with
/// the same key, theme and language.
QList<AssignmentRow> placementsKept(const ForumSnapshot &forum, const QString &slotKey,
                                    const QList<Workshop> &planned);

} // namespace cordee
