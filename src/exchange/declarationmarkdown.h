#pragma once

#include "declaration.h"

#include <QString>

namespace cordee {

/// The declaration as CommonMark: the title as the one level-1 heading, theme and conclusion headings at
/// level 2, proposals as "-" items with sub-points indented beneath. Characters Markdown would read as
/// markup are escaped, so texts come out as typed.
QString declarationToMarkdown(const Declaration &declaration);

} // namespace cordee
