// The solver: plans that hold every hard rule, the same plan for the same seed, pins, infeasible problems,
// cancelling, progress and re-solving from a given plan.

#include "problemgenerator.h"
#include "random.h"
#include "scorecard.h"
#include "solver.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <random>

using namespace cordee::formation;

namespace {

bool speaks(const Person &person, const Workshop &workshop)
{
    return workshop.language < 0 || person.languages.empty() ||
           std::find(person.languages.begin(), person.languages.end(), workshop.language) !=
               person.languages.end();
}

/// Pins `count` people per slot, each to a workshop of that slot they may join, never twice to one workshop.
void addPins(Problem &problem, int count, std::uint64_t seed)
{
    Random random(seed);
    for (int s = 0; s < problem.slotCount; ++s) {
        std::vector<int> used;
        for (int tries = 0, pinned = 0; pinned < count && tries < 1000; ++tries) {
            const int p = int(random.below(std::uint32_t(problem.people.size())));
            const int w = int(random.below(std::uint32_t(problem.workshops.size())));
            const Person &person = problem.people[std::size_t(p)];
            if (problem.workshops[std::size_t(w)].slot != s || !person.attends[std::size_t(s)] ||
                !speaks(person, problem.workshops[std::size_t(w)]) ||
                std::find(used.begin(), used.end(), w) != used.end() ||
                std::any_of(problem.pins.begin(), problem.pins.end(), [&](const Pin &pin) {
                    return pin.person == p && problem.workshops[std::size_t(pin.workshop)].slot == s;
                }))
                continue;
            problem.pins.push_back(Pin{p, w});
            used.push_back(w);
            ++pinned;
        }
    }
}

Problem generated(int people, int slotCount, std::uint64_t seed, double absence = 0.05)
{
    GeneratorSettings settings;
    settings.participants = people;
    settings.slotCount = slotCount;
    settings.seed = seed;
    settings.absence = absence;
    return generateProblem(settings);
}

QString errorOf(const cordee::Result<Assignment> &result)
{
    return result.isOk() ? QString() : result.error().fullText();
}

/// Two workshops of 10–15 seats for 20 people, only one of them in French, and 12 people speaking only
/// French: no plan can give both workshops ten members.
Problem frenchShortage()
{
    Problem problem;
    problem.slotCount = 1;
    problem.themeCount = 1;
    problem.workshops = {Workshop{0, 0, 0, 15}, Workshop{0, 0, 1, 15}};
    for (int i = 0; i < 20; ++i) {
        Person p;
        p.languages = i < 12 ? std::vector<int>{0} : std::vector<int>{1};
        p.attends = {true};
        p.preferences = {0};
        problem.people.push_back(p);
    }
    return problem;
}

/// Twelve people speaking only English for the twelve seats of the one English workshop, and a bilingual
/// person pinned there: one of the twelve is left without a seat.
Problem pinTakesTheLastSeat()
{
    Problem problem;
    problem.slotCount = 1;
    problem.themeCount = 1;
    problem.workshops = {Workshop{0, 0, 1, 12}, Workshop{0, 0, 0, 15}, Workshop{0, 0, 0, 15}};
    for (int i = 0; i < 33; ++i) {
        Person p;
        p.languages = i < 12 ? std::vector<int>{1} : i == 12 ? std::vector<int>{0, 1} : std::vector<int>{0};
        p.attends = {true};
        p.preferences = {0};
        problem.people.push_back(p);
    }
    problem.pins = {Pin{12, 0}};
    return problem;
}

} // namespace

class TstSolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsEveryRule_data();
    void holdsEveryRule();
    void sameSeedSamePlan();
    void pinsHold();
    void infeasibleProblemsSayWhy_data();
    void infeasibleProblemsSayWhy();
    void cancelReturnsAValidPlanQuickly();
    void timeLimitCaps();
    void progressIsReported();
    void resolveFromStart();
    void resolveHonoursNewPins();
    void unusableStartIsIgnored();
    void resolveStaysCloseToTheStart();
};

void TstSolver::holdsEveryRule_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("slotCount");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<double>("absence");
    QTest::addColumn<int>("pinsPerSlot");
    QTest::newRow("30 people, 1 slot") << 30 << 1 << quint64(1) << 0.0 << 0;
    QTest::newRow("60 people, 2 slots, pins") << 60 << 2 << quint64(2) << 0.1 << 2;
    QTest::newRow("120 people, 3 slots, many absent") << 120 << 3 << quint64(3) << 0.3 << 3;
    QTest::newRow("350 people, 3 slots, pins") << 350 << 3 << quint64(4) << 0.05 << 5;
    QTest::newRow("350 people, 4 slots") << 350 << 4 << quint64(5) << 0.05 << 0;
    QTest::newRow("800 people, 3 slots, pins") << 800 << 3 << quint64(6) << 0.05 << 10;
}

void TstSolver::holdsEveryRule()
{
    QFETCH(int, people);
    QFETCH(int, slotCount);
    QFETCH(quint64, seed);
    QFETCH(double, absence);
    QFETCH(int, pinsPerSlot);
    Problem problem = generated(people, slotCount, seed, absence);
    addPins(problem, pinsPerSlot, seed);
    QVERIFY2(!infeasibility(problem), qPrintable(infeasibility(problem).value_or(QString())));
    SolveOptions options;
    options.seed = seed;
    options.timeLimitSeconds = 60;
    const auto plan = solve(problem, options);
    QVERIFY2(plan.isOk(), qPrintable(errorOf(plan)));
    const QStringList broken = hardViolations(problem, *plan);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    for (int s = 0; s < slotCount; ++s)
        for (int p = 0; p < people; ++p)
            QCOMPARE(plan->workshopOf[std::size_t(s)][std::size_t(p)] >= 0,
                     bool(problem.people[std::size_t(p)].attends[std::size_t(s)]));
}

void TstSolver::sameSeedSamePlan()
{
    const Problem problem = generated(200, 3, 11);
    SolveOptions options;
    options.timeLimitSeconds = 60; // a cap far away: the move budget decides
    options.seed = 42;
    const auto first = solve(problem, options);
    const auto second = solve(problem, options);
    QVERIFY2(first.isOk() && second.isOk(), qPrintable(errorOf(first) + errorOf(second)));
    QVERIFY(first->workshopOf == second->workshopOf);
    options.seed = 43;
    const auto other = solve(problem, options);
    QVERIFY2(other.isOk(), qPrintable(errorOf(other)));
    QVERIFY(hardViolations(problem, *other).isEmpty());
    if (other->workshopOf == first->workshopOf)
        qInfo("seeds 42 and 43 found the same plan");
}

void TstSolver::pinsHold()
{
    Problem problem = generated(150, 3, 12);
    addPins(problem, 6, 99);
    QVERIFY(problem.pins.size() >= 12);
    const auto plan = solve(problem, SolveOptions{7, 60, {}, {}, nullptr});
    QVERIFY2(plan.isOk(), qPrintable(errorOf(plan)));
    for (const Pin &pin : problem.pins) {
        const int s = problem.workshops[std::size_t(pin.workshop)].slot;
        QCOMPARE(plan->workshopOf[std::size_t(s)][std::size_t(pin.person)], pin.workshop);
    }
}

void TstSolver::infeasibleProblemsSayWhy_data()
{
    QTest::addColumn<Problem>("problem");
    Problem smallRoom = generated(100, 2, 13);
    smallRoom.workshops[3].capacity = 8;
    QTest::newRow("a room below the minimum") << smallRoom;
    Problem crowded = generated(100, 1, 14);
    crowded.workshops.resize(crowded.workshops.size() - 2);
    QTest::newRow("too few seats") << crowded;
    QTest::newRow("too few French speakers") << frenchShortage();
    Problem overPinned = generated(100, 1, 15);
    for (int p = 0, pinned = 0; p < 100 && pinned < 16; ++p)
        if (overPinned.people[std::size_t(p)].attends[0] &&
            speaks(overPinned.people[std::size_t(p)], overPinned.workshops[0])) {
            overPinned.pins.push_back(Pin{p, 0});
            ++pinned;
        }
    QTest::newRow("more pins than seats") << overPinned;
    QTest::newRow("a pin takes the last seat") << pinTakesTheLastSeat();
}

void TstSolver::infeasibleProblemsSayWhy()
{
    QFETCH(Problem, problem);
    const std::optional<QString> why = infeasibility(problem);
    const auto plan = solve(problem, SolveOptions{1, 10, {}, {}, nullptr});
    QVERIFY(!plan.isOk());
    qInfo("%s", qPrintable(plan.error().message));
    if (why)
        QCOMPARE(plan.error().message, *why);
    else // counting saw no obstacle: the construction says which rule cannot hold
        QVERIFY2(plan.error().message.startsWith(QStringLiteral("No plan holds every rule")),
                 qPrintable(plan.error().message));
}

void TstSolver::cancelReturnsAValidPlanQuickly()
{
    const Problem problem = generated(1000, 3, 16);
    std::atomic<bool> cancel{false};
    SolveOptions options;
    options.timeLimitSeconds = 60;
    options.cancel = &cancel;
    options.progress = [&](double, double) { cancel = true; };
    QElapsedTimer timer;
    timer.start();
    const auto plan = solve(problem, options);
    QVERIFY2(plan.isOk(), qPrintable(errorOf(plan)));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(hardViolations(problem, *plan).isEmpty());
}

void TstSolver::timeLimitCaps()
{
    const Problem problem = generated(2000, 3, 17);
    SolveOptions options;
    options.timeLimitSeconds = 0.2;
    QElapsedTimer timer;
    timer.start();
    const auto plan = solve(problem, options);
    QVERIFY2(plan.isOk(), qPrintable(errorOf(plan)));
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(hardViolations(problem, *plan).isEmpty());
}

void TstSolver::progressIsReported()
{
    const Problem problem = generated(100, 2, 18);
    QList<double> done, best;
    SolveOptions options;
    options.timeLimitSeconds = 60;
    options.progress = [&](double share, double objective) {
        done << share;
        best << objective;
    };
    const auto plan = solve(problem, options);
    QVERIFY2(plan.isOk(), qPrintable(errorOf(plan)));
    QVERIFY(done.size() > 10);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QVERIFY(std::is_sorted(best.crbegin(), best.crend())); // the best F never gets worse
    QCOMPARE(done.last(), 1.0);
    QVERIFY(qAbs(best.last() - objective(problem, *plan)) < 1e-6 * std::max(1.0, best.last()));
}

void TstSolver::resolveFromStart()
{
    const Problem problem = generated(350, 3, 19);
    // A quick plan to start from, which the re-solve must not make worse.
    SolveOptions options;
    options.timeLimitSeconds = 0.05;
    const auto start = solve(problem, options);
    QVERIFY2(start.isOk(), qPrintable(errorOf(start)));
    options.timeLimitSeconds = 60;
    options.start = *start;
    QElapsedTimer timer;
    timer.start();
    const auto again = solve(problem, options);
    qInfo("re-solve at 350 people × 3 slots: %lld ms", timer.elapsed());
    QVERIFY2(again.isOk(), qPrintable(errorOf(again)));
    QVERIFY(hardViolations(problem, *again).isEmpty());
    QVERIFY(objective(problem, *again) <= objective(problem, *start) + 1e-9);
}

void TstSolver::resolveHonoursNewPins()
{
    Problem problem = generated(200, 3, 20);
    const auto first = solve(problem, SolveOptions{3, 60, {}, {}, nullptr});
    QVERIFY2(first.isOk(), qPrintable(errorOf(first)));
    // The organizer moves some people by hand: pins to workshops they are not in.
    Problem pinned = problem;
    addPins(pinned, 4, 21);
    SolveOptions options{3, 60, *first, {}, nullptr};
    const auto again = solve(pinned, options);
    QVERIFY2(again.isOk(), qPrintable(errorOf(again)));
    const QStringList broken = hardViolations(pinned, *again);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
}

void TstSolver::unusableStartIsIgnored()
{
    const Problem problem = generated(80, 2, 22);
    Assignment wrongShape;
    wrongShape.workshopOf = {{0, 1, 2}};
    const auto plan = solve(problem, SolveOptions{1, 60, wrongShape, {}, nullptr});
    QVERIFY2(plan.isOk(), qPrintable(errorOf(plan)));
    QVERIFY(hardViolations(problem, *plan).isEmpty());
}

void TstSolver::resolveStaysCloseToTheStart()
{
    const Problem problem = generated(350, 3, 23);
    const auto first = solve(problem, SolveOptions{5, 60, {}, {}, nullptr});
    QVERIFY2(first.isOk(), qPrintable(errorOf(first)));
    // The organizer trades ten pairs of people between workshops of the same slot.
    Assignment moved = *first;
    std::mt19937_64 rng(24);
    for (int done = 0; done < 10;) {
        const int s = int(rng() % std::uint64_t(problem.slotCount));
        std::vector<int> &row = moved.workshopOf[std::size_t(s)];
        const std::size_t a = rng() % row.size(), b = rng() % row.size();
        if (row[a] < 0 || row[b] < 0 || row[a] == row[b])
            continue;
        std::swap(row[a], row[b]);
        ++done;
    }
    const auto changedFrom = [&](const Assignment &plan) {
        int changed = 0;
        for (std::size_t s = 0; s < plan.workshopOf.size(); ++s)
            for (std::size_t p = 0; p < plan.workshopOf[s].size(); ++p)
                changed += moved.workshopOf[s][p] >= 0 && plan.workshopOf[s][p] != moved.workshopOf[s][p];
        return changed;
    };
    SolveOptions options{5, 60, moved, {}, nullptr};
    const auto steady = solve(problem, options);
    QVERIFY2(steady.isOk(), qPrintable(errorOf(steady)));
    options.stability = 0;
    const auto roaming = solve(problem, options);
    QVERIFY2(roaming.isOk(), qPrintable(errorOf(roaming)));
    const int steadyChanges = changedFrom(*steady), roamingChanges = changedFrom(*roaming);
    qInfo("placements changed from the hand-moved plan: %d with stability, %d without; F %.1f and %.1f",
          steadyChanges, roamingChanges, objective(problem, *steady), objective(problem, *roaming));
    // A few people move (those the hand moves hurt most), not a third of the forum…
    QVERIFY(steadyChanges < 60);
    QVERIFY(roamingChanges > 2 * steadyChanges);
    // … for an objective within 1% of the free search's, and never worse than the plan it started from.
    QVERIFY(objective(problem, *steady) <= objective(problem, *roaming) * 1.01);
    QVERIFY(objective(problem, *steady) <= objective(problem, moved) + 1e-9);
    QVERIFY(hardViolations(problem, *steady).isEmpty());
}

QTEST_GUILESS_MAIN(TstSolver)
#include "tst_solver.moc"
