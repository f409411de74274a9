#pragma once

#include "forumdata.h"

#include <QString>

#include <optional>

namespace cordee::cli {

/// Writes `data` into the new forum file `path` and says so on stdout ("Created PATH: "TITLE""). An existing
/// file is never touched; any problem is reported on stderr and leaves no file behind. Returns the exit code.
int createForum(const QString &path, const ForumData &data);

/// Reads a JSON forum description. Each problem is printed on stderr as "PATH: FIELD: MESSAGE"; then
/// nothing is returned.
std::optional<ForumData> readForumDescription(const QString &path);

} // namespace cordee::cli
