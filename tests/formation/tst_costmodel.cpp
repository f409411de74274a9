// The incremental cost model the solver searches with must agree with the scorecard's F after any sequence of
// moves and swaps, and its deltas must be the exact difference.

#include "costmodel.h"
#include "scorecard.h"

#include <QTest>

#include <random>

using namespace cordee::formation;

namespace {

// Random people with few values per attribute (so pairs are common), some unknowns, `slotCount` slots of
// `perSlot` workshops; nobody's languages matter to the cost.
Problem randomProblem(std::mt19937 &random, int people, int slotCount, int perSlot)
{
    Problem problem;
    problem.slotCount = slotCount;
    problem.themeCount = 4;
    auto value = [&](int values) { return int(random() % (values + 1)) - 1; }; // −1 … values − 1
    for (int p = 0; p < people; ++p) {
        Person person;
        person.country = value(4);
        person.continent = value(2);
        person.gender = value(2);
        person.category = value(3);
        person.organisation = value(5);
        for (int r = 0; r < int(random() % 4); ++r)
            person.preferences.push_back(int(random() % 4));
        person.attends.assign(slotCount, true);
        problem.people.push_back(person);
    }
    for (int s = 0; s < slotCount; ++s)
        for (int i = 0; i < perSlot; ++i)
            problem.workshops.push_back(Workshop{s, int(random() % 4), -1, 15});
    // Weights that are not round, so a wrongly counted term shows in F.
    problem.weights.country = 1.3;
    problem.weights.continent = 0.7;
    problem.weights.gender = 0.55;
    problem.weights.category = 0.45;
    problem.weights.organisation = 4.1;
    problem.weights.repeatedMeeting = 5.3;
    problem.weights.repeatedThemeCost = 37;
    return problem;
}

// A workshop of `slot`, or −1 now and then (someone taken out).
int randomWorkshop(std::mt19937 &random, const Problem &problem, int slot, int perSlot)
{
    if (random() % 10 == 0)
        return -1;
    const int w = slot * perSlot + int(random() % perSlot);
    Q_ASSERT(problem.workshops[w].slot == slot);
    return w;
}

} // namespace

class TstCostModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpers();
    void normalisesAssignment();
    void agreesWithScorecard_data();
    void agreesWithScorecard();
};

void TstCostModel::helpers()
{
    Person person;
    person.preferences = {3, 1, 3, 0, 2, 5};
    QCOMPARE(preferenceIndex(person, 3), 0);
    QCOMPARE(preferenceIndex(person, 2), 4);
    QCOMPARE(preferenceIndex(person, 5), 5); // a 6th choice is not ranked
    QCOMPARE(preferenceIndex(person, 9), 5);
    QCOMPARE(pairsOf(0), 0LL);
    QCOMPARE(pairsOf(15), 105LL);
    QVERIFY(speaks(person, 4)); // unknown languages fit anything
    person.languages = {1, 2};
    QVERIFY(speaks(person, 2));
    QVERIFY(!speaks(person, 0));
    QVERIFY(speaks(person, -1));
    person.attends = {true, false};
    QVERIFY(attends(person, 0));
    QVERIFY(!attends(person, 1));
    QVERIFY(!attends(person, 2));
}

// Entries outside the problem, or naming a workshop of another slot, are nowhere for the model.
void TstCostModel::normalisesAssignment()
{
    std::mt19937 random(1);
    const Problem problem = randomProblem(random, 4, 2, 2);
    const CostModel model(problem, Assignment{{{0, 3, 9, 1, 0}}});
    QCOMPARE(model.assignment().workshopOf.size(), std::size_t(2));
    const std::vector<int> first{0, -1, -1, 1};
    const std::vector<int> second{-1, -1, -1, -1};
    QCOMPARE(model.assignment().workshopOf[0], first);
    QCOMPARE(model.assignment().workshopOf[1], second);
    QCOMPARE(model.size(0), 1);
    QCOMPARE(model.size(2), 0);
}

void TstCostModel::agreesWithScorecard_data()
{
    QTest::addColumn<unsigned>("seed");
    QTest::addColumn<int>("slotCount");
    QTest::addColumn<int>("perSlot");
    QTest::newRow("one slot") << 11u << 1 << 3;
    QTest::newRow("three slots") << 12u << 3 << 3;
    QTest::newRow("four slots, two workshops") << 13u << 4 << 2;
}

void TstCostModel::agreesWithScorecard()
{
    QFETCH(unsigned, seed);
    QFETCH(int, slotCount);
    QFETCH(int, perSlot);
    std::mt19937 random(seed);
    const Problem problem = randomProblem(random, 30, slotCount, perSlot);
    Assignment start;
    for (int s = 0; s < slotCount; ++s) {
        start.workshopOf.emplace_back();
        for (int p = 0; p < 30; ++p)
            start.workshopOf[s].push_back(randomWorkshop(random, problem, s, perSlot));
    }
    CostModel model(problem, start);
    QCOMPARE(model.objective(), objective(problem, start));
    for (int step = 0; step < 3000; ++step) {
        const int slot = int(random() % slotCount);
        const int a = int(random() % 30);
        const double before = model.objective();
        double delta = 0;
        if (random() % 2) {
            const int to = randomWorkshop(random, problem, slot, perSlot);
            delta = model.moveDelta(slot, a, to);
            model.move(slot, a, to);
            QCOMPARE(model.workshopOf(slot, a), to);
        } else {
            const int b = int(random() % 30);
            const int wa = model.workshopOf(slot, a), wb = model.workshopOf(slot, b);
            delta = model.swapDelta(slot, a, b);
            model.swap(slot, a, b);
            QCOMPARE(model.workshopOf(slot, a), wb);
            QCOMPARE(model.workshopOf(slot, b), wa);
        }
        const CostTerms scratch = costTerms(problem, membershipOf(problem, model.assignment()));
        if (!(model.terms() == scratch))
            QFAIL(qPrintable(QStringLiteral("terms drifted at step %1").arg(step)));
        QVERIFY(qAbs(model.objective() - before - delta) < 1e-6);
        QVERIFY(qAbs(model.objective() - objective(problem, model.assignment())) < 1e-6);
    }
    // The member lists match the assignment.
    for (int w = 0; w < int(problem.workshops.size()); ++w)
        for (int p : model.members(w))
            QCOMPARE(model.workshopOf(problem.workshops[w].slot, p), w);
}

QTEST_GUILESS_MAIN(TstCostModel)
#include "tst_costmodel.moc"
