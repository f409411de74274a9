#pragma once

#include "formationbridge.h"
#include "result.h"

#include <QString>

namespace cordee::print {

/// What to print and where. `slotKey` narrows attendance sheets and door signs to one workshop slot.
struct PrintRequest
{
    QString path;    ///< the PDF to write
    QString slotKey; ///< empty: every slot
    /// Narrows personal programmes and badges to these participants (a selection); empty: everyone
    /// present.
    QList<qint64> participantIds;
};

/// One sign-in sheet per workshop: its slot, room, theme, facilitator and rapporteur, then its members
/// sorted by name with their country and a signature column, and spare lines for those who join late.
Status writeAttendanceSheets(const ForumSnapshot &forum, const PrintRequest &request);

/// One page per present participant (not cancelled, not erased), in their language when it is English,
/// French or Spanish (else the forum's, else English): the forum's days with their items, and the person's
/// workshops with rooms and times.
Status writeProgrammes(const ForumSnapshot &forum, const PrintRequest &request);

/// Name badges, eight to an A4 sheet with crop marks: name, organisation, country and code, role.
Status writeBadges(const ForumSnapshot &forum, const PrintRequest &request);

/// One landscape page per room and slot: the room, the time, the workshop's theme and language, or the
/// plenary item held there.
Status writeDoorSigns(const ForumSnapshot &forum, const PrintRequest &request);

} // namespace cordee::print
