#pragma once

#include "forumdatabase.h"
#include "result.h"

#include <QString>

#include <memory>

namespace cordee {

/// Creates `path` holding the demo forum (makeDemoForum()) with its workshops formed: every workshop slot
/// planned and filled by formWorkshops() with a fixed seed and budget, so that the demo shows a plan from
/// the first minute, and its workshops' proposals (makeDemoProposals()) with the committee's merges and
/// retained set. Leaves no file behind on failure; never overwrites a file.
Result<std::unique_ptr<ForumDatabase>> createDemoForumFile(const QString &path);

} // namespace cordee
