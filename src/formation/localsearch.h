#pragma once

#include "formationproblem.h"
#include "planstate.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

namespace cordee::formation {

struct SearchSettings
{
    std::uint64_t seed = 1;
    long long iterations = 0; ///< the budget: the same plan, seed and budget give the same result
    /// Starting temperature as a share of the calibrated one: below 1 to polish a plan rather than reshape
    /// it.
    double heat = 1;
    /// The last temperature as a share of the first (geometric cooling in between).
    double cooling = 0.005;
    /// Stops early when reached, giving up determinism for the caller's deadline.
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    std::function<void(double done, double bestObjective)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct SearchResult
{
    Assignment best;
    double objective = 0;
    long long iterations = 0;  ///< moves tried
    bool stoppedEarly = false; ///< by the time limit or a cancel
};

/// Simulated annealing over all slots from the plan in `state`, which must hold every hard rule: moves of one
/// person to another workshop of the same slot (sizes kept within bounds) and swaps of two people of one
/// slot, both only into workshops whose language the person speaks, pinned people never moving. Targets are
/// drawn half the time among the workshops of a theme the person ranked. Reports progress and looks at
/// `cancel` every 10,000 moves. Internal to the solver.
SearchResult anneal(PlanState &state, const SearchSettings &settings);

} // namespace cordee::formation
