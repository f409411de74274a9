#pragma once

#include "forumdatabase.h"
#include "result.h"

#include <QByteArray>

namespace cordee {

/// A person's rights over their data (GDPR articles 15, 17, 20).
namespace personaldata {

/// Everything the file holds about one participant, as an indented JSON document: their record, ranked
/// theme preferences, the slots they miss, their workshop placements, the workshops they facilitate or
/// report on, and the proposals they reported.
Result<QByteArray> exportJson(ForumDatabase &db, qint64 participantId);

/// Erases a participant's identity: names, e-mail, organisation, notes and languages go; what the forum's
/// figures count (country, continent, category, gender, age band, status) stays, so aggregates do not change.
/// The row is marked erased. With `secure_delete` on and the WAL checkpointed and truncated, the erased bytes
/// are left neither in the file nor in its WAL. Cannot be undone.
Status erase(ForumDatabase &db, qint64 participantId);

} // namespace personaldata
} // namespace cordee
