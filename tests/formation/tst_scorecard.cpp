// The scorecard is how organizers judge a plan and how the solver is judged: F computed by hand on small
// plans, each term on its own, and every hard rule reported in words.

#include "costmodel.h"
#include "formationfixtures.h"
#include "scorecard.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace cordee::formation;
using namespace cordee::formation::test;
using namespace Qt::StringLiterals;

class TstScorecard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exampleObjective();
    void eachTermAlone_data();
    void eachTermAlone();
    void repeatedThemeOncePerLaterPlacement();
    void unknownValuesFormNoPairs();
    void repeatedMeetings_data();
    void repeatedMeetings();
    void preferenceProfile();
    void loneGenderWorkshops_data();
    void loneGenderWorkshops();
    void evenSpreadBound();
    void validPlanHasNoViolation();
    void violations_data();
    void violations();
    void tenThousandPeople();
};

// Placements (rank costs 0 2 5 9 14, unranked 40, repeated theme 40):
//   Monday:  p0 Water 1st = 0, p1 Water unranked = 40, p2 Soil unranked = 40, p3 Soil 2nd = 2       → 82
//   Tuesday: p0 Water 1st = 0 + repeat 40, p2 Water 5th = 14, p1 Soil 1st = 0, p3 Soil 2nd = 2 + 40 → 96
// Pairs: {0,1} country + continent; {2,3} none; {0,2} continent, gender, category, organisation; {1,3} gender
//   country 1 × 1 + continent 2 × 0.2 + gender 2 × 0.5 + category 1 × 0.5 + organisation 1 × 4 = 6.9
// Nobody meets twice. F = 82 + 96 + 6.9 = 184.9
void TstScorecard::exampleObjective()
{
    const Problem problem = example();
    QCOMPARE(objective(problem, exampleAssignment()), 184.9);
    const Scorecard card = scorecard(problem, exampleAssignment());
    QCOMPARE(card.objective, 184.9);
    QCOMPARE(card.hardViolations, 0);
    QCOMPARE(card.repeatedThemes, 2);
    QCOMPARE(card.country.pairs, 1LL);
    QCOMPARE(card.continent.pairs, 2LL);
    QCOMPARE(card.gender.pairs, 2LL);
    QCOMPARE(card.category.pairs, 1LL);
    QCOMPARE(card.organisation.pairs, 1LL);
    QCOMPARE(card.repeatedPairs, 0LL);
}

void TstScorecard::eachTermAlone_data()
{
    QTest::addColumn<Weights>("weights");
    QTest::addColumn<double>("expected");
    // The example's placements: 1st choice 3 times, 2nd twice, 5th once, unranked twice; 2 repeated themes.
    Weights w = noWeights();
    w.rankCost = {1, 10, 100, 1000, 10000};
    QTest::newRow("rank costs") << w << 3.0 + 2 * 10 + 10000;
    w = noWeights();
    w.unrankedCost = 7;
    QTest::newRow("unranked") << w << 14.0;
    w = noWeights();
    w.repeatedThemeCost = 3;
    QTest::newRow("repeated theme") << w << 6.0;
    w = noWeights();
    w.country = 3;
    QTest::newRow("country") << w << 3.0;
    w = noWeights();
    w.continent = 3;
    QTest::newRow("continent") << w << 6.0;
    w = noWeights();
    w.gender = 3;
    QTest::newRow("gender") << w << 6.0;
    w = noWeights();
    w.category = 3;
    QTest::newRow("category") << w << 3.0;
    w = noWeights();
    w.organisation = 3;
    QTest::newRow("organisation") << w << 3.0;
    w = noWeights();
    w.repeatedMeeting = 3;
    QTest::newRow("repeated meeting (none)") << w << 0.0;
}

void TstScorecard::eachTermAlone()
{
    QFETCH(Weights, weights);
    QFETCH(double, expected);
    Problem problem = example();
    problem.weights = weights;
    QCOMPARE(objective(problem, exampleAssignment()), expected);
    QCOMPARE(scorecard(problem, exampleAssignment()).objective, expected);
}

// One person, themes Water, Water, Soil, Water over four slots: the 2nd and 4th placements repeat a theme.
void TstScorecard::repeatedThemeOncePerLaterPlacement()
{
    Problem problem;
    problem.slotCount = 4;
    problem.themeCount = 2;
    problem.people = {makePerson({-1, -1, -1, -1, -1}, {0, 1}, {}, 4)};
    for (int s = 0; s < 4; ++s) {
        problem.workshops.push_back(makeWorkshop(s, 0));
        problem.workshops.push_back(makeWorkshop(s, 1));
    }
    problem.weights = noWeights();
    problem.weights.repeatedThemeCost = 40;
    const Assignment plan{{{0}, {2}, {5}, {6}}};
    QCOMPARE(objective(problem, plan), 80.0);
    QCOMPARE(scorecard(problem, plan).repeatedThemes, 2);
}

// One workshop: two people share every value, a third knows nothing, a fourth shares only unknowns.
void TstScorecard::unknownValuesFormNoPairs()
{
    Problem problem;
    problem.slotCount = 1;
    problem.themeCount = 1;
    problem.minSize = 1;
    problem.people = {makePerson({3, 2, 1, 0, 7}, {}, {}, 1), makePerson({3, 2, 1, 0, 7}, {}, {}, 1),
                      makePerson({-1, -1, -1, -1, -1}, {}, {}, 1),
                      makePerson({-1, -1, -1, -1, -1}, {}, {}, 1)};
    problem.workshops = {makeWorkshop(0, 0)};
    problem.weights = noWeights();
    problem.weights.country = problem.weights.continent = problem.weights.gender = problem.weights.category =
        problem.weights.organisation = 1;
    const Assignment plan{{{0, 0, 0, 0}}};
    QCOMPARE(objective(problem, plan), 5.0); // one pair per attribute, none among the unknowns
    const Scorecard card = scorecard(problem, plan);
    QCOMPARE(card.organisation.pairs, 1LL);
    QCOMPARE(card.gender.pairs, 1LL);
}

void TstScorecard::repeatedMeetings_data()
{
    QTest::addColumn<Assignment>("plan");
    QTest::addColumn<long long>("repeatedPairs");
    // Three slots of two workshops (0/1, 2/3, 4/5); four people.
    QTest::newRow("never twice") << Assignment{{{0, 0, 1, 1}, {2, 3, 2, 3}, {4, 5, 5, 4}}} << 0LL;
    // {0,1} and {2,3} meet in slots 1 and 2 (m = 2): 1 + 1.
    QTest::newRow("m = 2") << Assignment{{{0, 0, 1, 1}, {2, 2, 3, 3}, {4, 5, 4, 5}}} << 2LL;
    // {0,1} and {2,3} together in all three slots (m = 3): 2 + 2.
    QTest::newRow("m = 3") << Assignment{{{0, 0, 1, 1}, {2, 2, 3, 3}, {4, 4, 5, 5}}} << 4LL;
    // Everyone in one workshop every slot: six pairs, m = 3 each.
    QTest::newRow("all together") << Assignment{{{0, 0, 0, 0}, {2, 2, 2, 2}, {4, 4, 4, 4}}} << 12LL;
}

void TstScorecard::repeatedMeetings()
{
    QFETCH(Assignment, plan);
    QFETCH(long long, repeatedPairs);
    Problem problem;
    problem.slotCount = 3;
    problem.themeCount = 1;
    for (int p = 0; p < 4; ++p)
        problem.people.push_back(makePerson({-1, -1, -1, -1, -1}, {0}, {}, 3));
    for (int s = 0; s < 3; ++s)
        problem.workshops.insert(problem.workshops.end(), {makeWorkshop(s, 0), makeWorkshop(s, 0)});
    problem.weights = noWeights();
    problem.weights.repeatedMeeting = 5;
    QCOMPARE(scorecard(problem, plan).repeatedPairs, repeatedPairs);
    QCOMPARE(objective(problem, plan), 5.0 * double(repeatedPairs));
}

void TstScorecard::preferenceProfile()
{
    const Scorecard card = scorecard(example(), exampleAssignment());
    const std::array<int, 6> expected{3, 2, 0, 0, 1, 2};
    QCOMPARE(card.preferenceProfile, expected);
}

void TstScorecard::loneGenderWorkshops_data()
{
    QTest::addColumn<std::vector<int>>("genders");
    QTest::addColumn<int>("expected");
    QTest::newRow("two and one") << std::vector<int>{0, 0, 1} << 1;
    QTest::newRow("two and two") << std::vector<int>{0, 0, 1, 1} << 0;
    QTest::newRow("one known") << std::vector<int>{0, -1, -1} << 1;
    QTest::newRow("none known") << std::vector<int>{-1, -1} << 0;
    QTest::newRow("all alike") << std::vector<int>{2, 2, 2} << 0;
}

// Each case is one workshop; a second, balanced workshop beside it never counts.
void TstScorecard::loneGenderWorkshops()
{
    QFETCH(std::vector<int>, genders);
    QFETCH(int, expected);
    Problem problem;
    problem.slotCount = 1;
    problem.themeCount = 1;
    problem.workshops = {makeWorkshop(0, 0), makeWorkshop(0, 0)};
    Assignment plan{{{}}};
    for (int g : genders) {
        problem.people.push_back(makePerson({-1, -1, g, -1, -1}, {}, {}, 1));
        plan.workshopOf[0].push_back(0);
    }
    for (int g : {0, 0, 1, 1}) {
        problem.people.push_back(makePerson({-1, -1, g, -1, -1}, {}, {}, 1));
        plan.workshopOf[0].push_back(1);
    }
    QCOMPARE(scorecard(problem, plan).loneGenderWorkshops, expected);
    QCOMPARE(scorecard(example(), exampleAssignment()).loneGenderWorkshops, 2); // the two Monday workshops
}

// Six people in two workshops of three; countries 0 0 0 0 1 1. Spread evenly: country 0 as 2 + 2 (1 + 1
// pairs), country 1 as 1 + 1 (no pair): the bound is 2 whatever the plan.
void TstScorecard::evenSpreadBound()
{
    Problem problem;
    problem.slotCount = 1;
    problem.themeCount = 1;
    problem.workshops = {makeWorkshop(0, 0), makeWorkshop(0, 0)};
    for (int country : {0, 0, 0, 0, 1, 1})
        problem.people.push_back(makePerson({country, -1, -1, -1, -1}, {}, {}, 1));
    const Scorecard clustered =
        scorecard(problem, Assignment{{{0, 0, 0, 1, 1, 1}}}); // {0 0 0} {0 1 1}: 3 + 1
    QCOMPARE(clustered.country.pairs, 4LL);
    QCOMPARE(clustered.country.bound, 2LL);
    const Scorecard spread = scorecard(problem, Assignment{{{0, 0, 1, 1, 0, 1}}}); // {0 0 1} {0 0 1}: 1 + 1
    QCOMPARE(spread.country.pairs, 2LL);
    QCOMPARE(spread.country.bound, 2LL);
    QCOMPARE(spread.continent.bound, 0LL);
    // Over the example's two slots: continent 0 has three people each slot, split 2 + 1 over two workshops.
    QCOMPARE(scorecard(example(), exampleAssignment()).continent.bound, 2LL);
    QCOMPARE(evenSpreadPairs(7, 3), 5LL); // 3 + 2 + 2
    QCOMPARE(evenSpreadPairs(5, 1), 10LL);
    QCOMPARE(evenSpreadPairs(5, 0), 0LL);
}

void TstScorecard::validPlanHasNoViolation()
{
    QVERIFY2(hardViolations(example(), exampleAssignment()).isEmpty(),
             qPrintable(hardViolations(example(), exampleAssignment()).join(u'\n')));
}

void TstScorecard::violations_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<Assignment>("plan");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("count");
    const Problem base = example();
    const Assignment plan = exampleAssignment();

    Assignment a = plan;
    a.workshopOf[0][3] = -1; // and Soil on Monday keeps one member
    QTest::newRow("unplaced") << base << a << u"Person 4 attends slot Monday but is in no workshop"_s << 2;
    Problem p = base;
    p.people[3].attends[1] = false;
    QTest::newRow("absent but placed")
        << p << plan
        << u"Person 4 does not attend slot Tuesday but is placed in workshop 4 (Soil, slot Tuesday)"_s << 1;
    a = plan;
    a.workshopOf[1][3] = 9;
    QTest::newRow("unknown workshop") << base << a << u"in workshop 10, which does not exist"_s << 2;
    a = plan;
    a.workshopOf[1][3] = 1;
    QTest::newRow("workshop of another slot") << base << a << u"which belongs to another slot"_s << 2;
    a = plan;
    a.workshopOf[1][1] = 2; // Water on Tuesday gets three, Soil one
    QTest::newRow("too small") << base << a << u"has 1 member(s), fewer than the minimum of 2"_s << 2;
    QTest::newRow("too large") << base << a
                               << u"Workshop 3 (Water, slot Tuesday) has 3 member(s), more than"_s << 2;
    p = base;
    p.workshops[0].capacity = 1;
    QTest::newRow("room smaller than maximum") << p << plan << u"more than its limit of 1"_s << 1;
    p = base;
    p.workshops.push_back(makeWorkshop(0, 2));
    QTest::newRow("empty workshop") << p << plan << u"Workshop 5 (Air, slot Monday) is empty"_s << 1;
    p = base;
    p.people[2].languages = {0};
    QTest::newRow("language")
        << p << plan
        << u"Person 3 is in workshop 3 (Water, slot Tuesday), held in French, which they do not speak"_s << 1;
    p = base;
    p.pins.push_back(Pin{0, 1});
    QTest::newRow("pin not held")
        << p << plan << u"Person 1 is pinned to workshop 2 (Soil, slot Monday) but is in workshop 1"_s << 1;
    p = base;
    p.pins.push_back(Pin{7, 0});
    QTest::newRow("pin to nobody") << p << plan << u"A pin names person 8, who does not exist"_s << 1;
    a = plan;
    a.workshopOf.push_back({0, -1, -1, -1});
    QTest::newRow("slot that does not exist")
        << base << a << u"placed in slot 3, which does not exist"_s << 1;
}

void TstScorecard::violations()
{
    QFETCH(Problem, problem);
    QFETCH(Assignment, plan);
    QFETCH(QString, expected);
    QFETCH(int, count);
    const QStringList found = hardViolations(problem, plan);
    QVERIFY2(anyContains(found, expected), qPrintable(found.join(u'\n')));
    QCOMPARE(found.size(), count);
    const Scorecard card = scorecard(problem, plan);
    QCOMPARE(card.hardViolations, count);
    QCOMPARE(card.violations, found);
}

// Reports the time of a forum ten times the usual size; the consistency checks are what can fail.
void TstScorecard::tenThousandPeople()
{
    constexpr int people = 10000, slotCount = 3, perSlot = 800; // workshops of 12 and 13
    std::mt19937 random(7);
    Problem problem;
    problem.slotCount = slotCount;
    problem.themeCount = 20;
    problem.minSize = 12;
    problem.maxSize = 13;
    for (int p = 0; p < people; ++p) {
        Person person =
            makePerson({int(random() % 45), int(random() % 6), int(random() % 3), int(random() % 6),
                        int(random() % 2000)},
                       {int(random() % 20), int(random() % 20), int(random() % 20)}, {}, slotCount);
        problem.people.push_back(std::move(person));
    }
    Assignment plan;
    std::vector<int> order(people);
    for (int s = 0; s < slotCount; ++s) {
        for (int i = 0; i < perSlot; ++i)
            problem.workshops.push_back(makeWorkshop(s, i % 20, -1, 13));
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), random);
        plan.workshopOf.emplace_back(people);
        for (int i = 0; i < people; ++i)
            plan.workshopOf[s][order[i]] = s * perSlot + i % perSlot;
    }
    QElapsedTimer timer;
    timer.start();
    const Scorecard card = scorecard(problem, plan);
    const qint64 scorecardMs = timer.restart();
    const double f = objective(problem, plan);
    const qint64 objectiveMs = timer.elapsed();
    qInfo("10,000 people × 3 slots: scorecard() %lld ms, objective() %lld ms", scorecardMs, objectiveMs);
    QCOMPARE(card.hardViolations, 0);
    QCOMPARE(card.objective, f);
    int placements = 0;
    for (int n : card.preferenceProfile)
        placements += n;
    QCOMPARE(placements, people * slotCount);
    QVERIFY(card.country.pairs >= card.country.bound);
    QVERIFY(card.organisation.pairs >= card.organisation.bound);

    // Twelve working languages per slot, everyone speaking two: 4,096 language sets per slot to count.
    for (int w = 0; w < int(problem.workshops.size()); ++w)
        problem.workshops[w].language = w % 12;
    for (Person &person : problem.people)
        person.languages = {int(random() % 12), int(random() % 12)};
    timer.restart();
    const std::optional<QString> why = cordee::formation::infeasibility(problem);
    qInfo("infeasibility() with 12 languages: %lld ms (%s)", timer.elapsed(),
          qPrintable(why.value_or(u"feasible as far as counting shows"_s)));
}

QTEST_GUILESS_MAIN(TstScorecard)
#include "tst_scorecard.moc"
