#pragma once

#include "formationproblem.h"
#include "result.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace cordee::formation {

struct SolveOptions
{
    std::uint64_t seed = 1;      ///< the same seed gives the same plan
    double timeLimitSeconds = 1; ///< a budget, not a promise: the solver stops improving when it runs out
    /// A plan to start from (re-solving after the organizer pinned or moved people); empty = from scratch.
    std::optional<Assignment> start;
    /// Called now and then with a share of the work done (0–1) and the best F so far.
    std::function<void(double done, double bestObjective)> progress;
    /// Set from another thread to stop; the best plan so far is returned.
    const std::atomic<bool> *cancel = nullptr;
    /// With `start`: what each placement that leaves it costs, in units of F. People then move only for a
    /// real gain, and a plan the organizer has published stays recognisable; 0 lets the search roam.
    double stability = 2.0;
};

/// Places everyone in every slot they attend, holding every hard rule, minimising F over all slots together.
/// Deterministic for a given seed. When the rules cannot all hold, the error says why (see infeasibility()).
Result<Assignment> solve(const Problem &problem, const SolveOptions &options = {});

} // namespace cordee::formation
