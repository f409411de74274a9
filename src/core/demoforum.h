#pragma once

#include "forumdata.h"

namespace cordee {

/// The built-in demo forum: the 6th edition of a social and solidarity economy forum in the Alps, with
/// 350 counted participants from exactly 45 countries on the five continents. Entirely made up, and
/// deterministic: every call returns the same data on every machine.
ForumData makeDemoForum();

} // namespace cordee
