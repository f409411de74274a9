#include "solver.h"

#include "construction.h"
#include "localsearch.h"
#include "planstate.h"
#include "scorecard.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace cordee::formation {

namespace {

// The translation context of the formation engine's messages.
struct Formation
{
    Q_DECLARE_TR_FUNCTIONS(Formation)
};

// The search's budget is a number of moves tried, never the clock: the same seed (and the same build) gives
// the same plan on any machine fast enough to finish the budget within the time limit, which only caps.
// MovesPerPlacement per placement (a person in a slot) up to LargeForum placements, then tapering so that
// 10,000 people in 3 slots take about 11 s; small forums get a floor, which brings one-slot forums of 60–150
// people within 1% of the optimum proven by a MIP solver (0.2% on average; see tst_optimalgap).
constexpr double MovesPerPlacement = 3000;
constexpr double LargeForum = 6000;
constexpr double Taper = 0.3;
constexpr long long MinimumMoves = 2500000;
constexpr double Heat = 0.25;
// From a given plan (after the organizer pinned or moved people) the search polishes around it: cooler, and
// with a fifth of the moves (under 200 ms at 350 people).
constexpr double ResolveMovesPerPlacement = 600;
constexpr long long ResolveMinimumMoves = 300000;
constexpr double ResolveHeat = 0.03;
constexpr double MaxSeconds = 1e6; ///< a time limit beyond this is no limit (and must not overflow the clock)

long long placementCount(const Problem &problem)
{
    long long count = 0;
    for (const Person &person : problem.people)
        for (int s = 0; s < problem.slotCount && std::size_t(s) < person.attends.size(); ++s)
            count += person.attends[std::size_t(s)] ? 1 : 0;
    return count;
}

Error noPlan(const QString &why)
{
    return Error{Formation::tr("No plan holds every rule: %1").arg(why), {}};
}

SearchSettings searchSettings(const Problem &problem, const SolveOptions &options,
                              std::chrono::steady_clock::time_point started)
{
    const double placements = double(placementCount(problem));
    SearchSettings settings;
    settings.seed = options.seed;
    if (options.start) {
        settings.iterations =
            std::max(ResolveMinimumMoves, static_cast<long long>(ResolveMovesPerPlacement * placements));
        settings.heat = ResolveHeat;
    } else {
        const double perPlacement =
            MovesPerPlacement * std::min(1.0, std::pow(LargeForum / std::max(placements, 1.0), Taper));
        settings.iterations = std::max(MinimumMoves, static_cast<long long>(perPlacement * placements));
        settings.heat = Heat;
    }
    settings.deadline =
        started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                      std::chrono::duration<double>(std::clamp(options.timeLimitSeconds, 0.0, MaxSeconds)));
    settings.progress = options.progress;
    settings.cancel = options.cancel;
    return settings;
}

} // namespace

Result<Assignment> solve(const Problem &problem, const SolveOptions &options)
{
    const auto started = std::chrono::steady_clock::now();
    if (const std::optional<QString> why = infeasibility(problem))
        return Error{*why, {}};
    PlanState state(problem);
    if (options.start && options.stability > 0)
        state.setAnchor(*options.start, options.stability);
    if (Status built = constructPlan(state, options.start, options.seed); !built)
        return noPlan(built.error().message);

    SearchResult result = anneal(state, searchSettings(problem, options, started));

    // The search only ever makes changes that keep every rule; this guards the promise all the same.
    if (const QStringList broken = hardViolations(problem, result.best); !broken.isEmpty())
        return noPlan(broken.first());
    return std::move(result.best);
}

} // namespace cordee::formation
