#pragma once

#include "formationproblem.h"
#include "planstate.h"
#include "result.h"

#include <cstdint>
#include <optional>

namespace cordee::formation {

/// Fills the empty `state` with a plan holding every hard rule: pins first, then `start` wherever it still
/// holds, then, slot by slot, a greedy placement of the most constrained people first into the workshop
/// where they add least to F, and last a repair along chains of moves (the augmenting paths of a flow with
/// lower bounds), which finds a plan whenever one exists. The error says which rule cannot hold.
/// Internal to the solver.
Status constructPlan(PlanState &state, const std::optional<Assignment> &start, std::uint64_t seed);

} // namespace cordee::formation
