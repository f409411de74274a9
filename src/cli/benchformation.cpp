#include "benchmark.h"

#include "clioutput.h"
#include "problemgenerator.h"
#include "scorecard.h"
#include "solver.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace cordee::cli {

namespace {

using namespace cordee::formation;

struct FormationSize
{
    int people;
    double goalMs;
};

constexpr FormationSize Sizes[] = {{350, 1000}, {2000, 5000}, {10000, 20000}};
constexpr int Slots = 3;
constexpr int RunsAtLargest = 3; ///< 10,000 people take seconds each: fewer runs there
constexpr std::uint64_t SolverSeed = 1;
constexpr int ResolvePeople = 350;
constexpr double ResolveGoalMs = 200;
constexpr int HandMoves = 10; ///< people the organizer moves by hand before re-solving

/// The process's peak resident memory (VmHWM) in MiB, or −1 where /proc is not available.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine())
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    return -1;
}

/// A lower bound of F: each person's best themes as if rooms were endless, plus the scorecard's bound of
/// each attribute's pairs (each value spread evenly over the workshops of every slot). Meetings count 0.
double lowerBound(const Problem &problem, const Scorecard &card)
{
    const Weights &w = problem.weights;
    double bound = 0;
    for (const Person &person : problem.people) {
        const int attended = int(std::count(person.attends.begin(), person.attends.end(), true));
        const int ranked = std::min<int>(int(person.preferences.size()), int(w.rankCost.size()));
        for (int r = 0; r < std::min(attended, ranked); ++r)
            bound += w.rankCost[std::size_t(r)];
        // Beyond their ranked themes a slot costs an unranked theme or a repeated one.
        bound += std::max(0, attended - ranked) * std::min(w.unrankedCost, w.repeatedThemeCost);
    }
    return bound + w.country * double(card.country.bound) + w.continent * double(card.continent.bound) +
           w.gender * double(card.gender.bound) + w.category * double(card.category.bound) +
           w.organisation * double(card.organisation.bound);
}

/// Solves `problem` `runs` times, each time a sample of `m`; the last plan.
Result<Assignment> timeSolve(const Problem &problem, const SolveOptions &options, int runs, Measurement &m)
{
    Assignment plan;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto result = solve(problem, options);
        if (!result)
            return result.error();
        m.samplesMs << elapsedMs(timer.nsecsElapsed());
        plan = std::move(result).value();
    }
    return plan;
}

Result<Measurement> measureSize(const FormationSize &size, const BenchSettings &settings)
{
    GeneratorSettings generator;
    generator.participants = size.people;
    generator.slotCount = Slots;
    generator.seed = settings.seed;
    const Problem problem = generateProblem(generator);
    SolveOptions options;
    options.seed = SolverSeed;
    options.timeLimitSeconds = 3 * size.goalMs / 1000; // a cap well past the goal: the budget decides
    Measurement m{QStringLiteral("formation_%1").arg(size.people), {}, size.goalMs, {}, {}};
    const int runs = size.people >= 10000 ? std::min(settings.runs, RunsAtLargest) : settings.runs;
    auto solved = timeSolve(problem, options, runs, m);
    if (!solved)
        return solved.error();
    const Assignment plan = std::move(solved).value();
    const Scorecard card = scorecard(problem, plan);
    const double bound = lowerBound(problem, card);
    m.label = Cli::tr("Form workshops: %1 people × %2 slots, %n run(s) (F %3, lower bound %4 (+%5%), "
                      "%6 broken rules, peak memory %7 MiB)",
                      nullptr, runs)
                  .arg(size.people)
                  .arg(Slots)
                  .arg(card.objective, 0, 'f', 1)
                  .arg(bound, 0, 'f', 1)
                  .arg(100 * (card.objective - bound) / std::max(bound, 1.0), 0, 'f', 1)
                  .arg(card.hardViolations)
                  .arg(peakMemoryMiB(), 0, 'f', 0);
    return m;
}

/// The organizer moves `HandMoves` people to another workshop of a slot (one whose language they speak) and
/// pins them there: the plan with those moves, and the problem with those pins.
std::pair<Problem, Assignment> moveByHand(Problem problem, Assignment plan)
{
    const int workshops = int(problem.workshops.size());
    int moved = 0;
    for (int p = 0; p < int(problem.people.size()) && moved < HandMoves; p += 29) {
        const int slot = moved % problem.slotCount;
        const int from = plan.workshopOf[std::size_t(slot)][std::size_t(p)];
        if (from < 0)
            continue;
        for (int w = (from + 1) % workshops; w != from; w = (w + 1) % workshops) {
            const Workshop &to = problem.workshops[std::size_t(w)];
            const std::vector<int> &spoken = problem.people[std::size_t(p)].languages;
            if (to.slot != slot || (to.language >= 0 && !spoken.empty() &&
                                    std::find(spoken.begin(), spoken.end(), to.language) == spoken.end()))
                continue;
            plan.workshopOf[std::size_t(slot)][std::size_t(p)] = w;
            problem.pins.push_back(Pin{p, w});
            ++moved;
            break;
        }
    }
    return {std::move(problem), std::move(plan)};
}

/// Re-solving after hand moves, from the current plan: how long, and how many other placements change.
Result<Measurement> measureResolve(const BenchSettings &settings)
{
    GeneratorSettings generator;
    generator.participants = ResolvePeople;
    generator.slotCount = Slots;
    generator.seed = settings.seed;
    const Problem original = generateProblem(generator);
    SolveOptions options;
    options.seed = SolverSeed;
    options.timeLimitSeconds = 3;
    auto first = solve(original, options);
    if (!first)
        return first.error();
    auto [problem, moved] = moveByHand(original, std::move(first).value());
    options.start = moved;
    Measurement m{QStringLiteral("formation_resolve_%1").arg(ResolvePeople), {}, ResolveGoalMs, {}, {}};
    auto solved = timeSolve(problem, options, settings.runs, m);
    if (!solved)
        return solved.error();
    const Assignment plan = std::move(solved).value();
    int changed = 0, placements = 0;
    for (std::size_t s = 0; s < plan.workshopOf.size(); ++s)
        for (std::size_t p = 0; p < plan.workshopOf[s].size(); ++p)
            if (moved.workshopOf[s][p] >= 0) {
                ++placements;
                changed += plan.workshopOf[s][p] != moved.workshopOf[s][p];
            }
    const Scorecard card = scorecard(problem, plan);
    m.label = Cli::tr("Re-form after %1 hand moves: %2 people × %3 slots, %n run(s) (%4 of %5 placements "
                      "changed, F %6, %7 broken rules)",
                      nullptr, settings.runs)
                  .arg(HandMoves)
                  .arg(ResolvePeople)
                  .arg(Slots)
                  .arg(changed)
                  .arg(placements)
                  .arg(card.objective, 0, 'f', 1)
                  .arg(card.hardViolations);
    return m;
}

} // namespace

Result<QList<Measurement>> benchFormation(const BenchSettings &settings)
{
    QList<Measurement> out;
    for (const FormationSize &size : Sizes) {
        if (size.people > 2000 && settings.participants < size.people)
            continue;
        auto m = measureSize(size, settings);
        if (!m)
            return m.error();
        out << *m;
        if (size.people == ResolvePeople) {
            auto resolve = measureResolve(settings);
            if (!resolve)
                return resolve.error();
            out << *resolve;
        }
    }
    return out;
}

} // namespace cordee::cli
