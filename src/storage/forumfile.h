#pragma once

#include "forumdata.h"
#include "forumdatabase.h"
#include "result.h"

#include <memory>

namespace cordee {

/// Writes a whole forum (settings, programme, declaration texts, participants, assignments) into `db` in one
/// transaction: all of it lands or none of it.
Status writeForumData(ForumDatabase &db, ForumData data);

/// Creates `path` holding `data`. The data is validated first; on any problem no file is left behind.
Result<std::unique_ptr<ForumDatabase>> createForumFile(const QString &path, const ForumData &data);

} // namespace cordee
