// Workshops planned from demand: how many, which themes, which languages, which rooms.

#include "demandplanner.h"

#include <QTest>

#include <algorithm>
#include <iterator>
#include <map>

using namespace cordee::formation;

namespace {

constexpr int Fr = 0, En = 1, Es = 2;

Person person(std::vector<int> preferences, std::vector<int> languages, int slotCount = 1)
{
    Person p;
    p.preferences = std::move(preferences);
    p.languages = std::move(languages);
    p.attends.assign(size_t(slotCount), true);
    return p;
}

Problem problem(int themes, int slotCount = 1)
{
    Problem pb;
    pb.themeCount = themes;
    pb.slotCount = slotCount;
    pb.minSize = 10;
    pb.maxSize = 15;
    return pb;
}

void addPeople(Problem &pb, int n, const std::vector<int> &preferences, const std::vector<int> &languages)
{
    for (int i = 0; i < n; ++i)
        pb.people.push_back(person(preferences, languages, pb.slotCount));
}

/// `rooms` rooms of `capacity` seats, all free in every slot.
PlanningInput rooms(int count, int capacity, int slotCount = 1, std::vector<int> languages = {})
{
    PlanningInput in;
    for (int s = 0; s < slotCount; ++s)
        in.slotsToPlan.push_back(s);
    in.languages = std::move(languages);
    in.roomCapacities.assign(size_t(count), capacity);
    in.freeRooms.resize(size_t(slotCount));
    for (int s = 0; s < slotCount; ++s)
        for (int r = 0; r < count; ++r)
            in.freeRooms[size_t(s)].push_back(r);
    return in;
}

std::map<int, int> countBy(const std::vector<PlannedWorkshop> &plan, int PlannedWorkshop::*field)
{
    std::map<int, int> out;
    for (const PlannedWorkshop &w : plan)
        ++out[w.*field];
    return out;
}

} // namespace

class TstDemandPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workshopCount_data();
    void workshopCount();
    void neverMoreWorkshopsThanRooms();
    void skipsRoomsTooSmallAndRoomsTaken();
    void onlyAttendeesCount();
    void themesFollowDemand();
    void laterChoicesWeighWhenAttendingMore();
    void biggestRoomsForMostPopularTheme();
    void languagesInProportion();
    void monolingualPeopleGetTheirLanguage();
    void noCandidateLanguageMeansAny();
    void deterministic();
};

void TstDemandPlanner::workshopCount_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("roomCount");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("expected");
    QTest::newRow("middle size") << 100 << 20 << 15 << 8;   // 100 / 12.5
    QTest::newRow("seats everyone") << 61 << 20 << 12 << 6; // 5 rooms of 12 seat 60
    QTest::newRow("min fill") << 19 << 20 << 15 << 1;       // two workshops could not reach 10 each
    QTest::newRow("exactly min") << 20 << 20 << 15 << 2;
    QTest::newRow("nobody") << 0 << 20 << 15 << 0;
    QTest::newRow("capacity above max counts as max") << 100 << 20 << 400 << 8;
}

void TstDemandPlanner::workshopCount()
{
    QFETCH(int, people);
    QFETCH(int, roomCount);
    QFETCH(int, capacity);
    QFETCH(int, expected);
    Problem pb = problem(2);
    addPeople(pb, people, {0, 1}, {});
    const auto plan = planFromDemand(pb, rooms(roomCount, capacity));
    QCOMPARE(int(plan.size()), expected);
}

void TstDemandPlanner::neverMoreWorkshopsThanRooms()
{
    Problem pb = problem(2);
    addPeople(pb, 200, {0}, {});
    const auto plan = planFromDemand(pb, rooms(5, 15));
    QCOMPARE(int(plan.size()), 5);
    std::vector<int> used;
    for (const PlannedWorkshop &w : plan)
        used.push_back(w.room);
    std::sort(used.begin(), used.end());
    QVERIFY(std::adjacent_find(used.begin(), used.end()) == used.end()); // each room once
}

void TstDemandPlanner::skipsRoomsTooSmallAndRoomsTaken()
{
    Problem pb = problem(1, 2);
    addPeople(pb, 40, {0}, {});
    PlanningInput in = rooms(6, 15, 2);
    in.roomCapacities[0] = 8;    // below the minimum of 10: never used
    in.freeRooms[1] = {0, 1, 2}; // slot 2: a plenary item takes rooms 3–5
    const auto plan = planFromDemand(pb, in);
    for (const PlannedWorkshop &w : plan) {
        QVERIFY(w.room != 0);
        if (w.slot == 1)
            QVERIFY(w.room == 1 || w.room == 2);
    }
    const auto perSlot = countBy(plan, &PlannedWorkshop::slot);
    QCOMPARE(perSlot.at(0), 3); // 40 people: 3 workshops of 13–14
    QCOMPARE(perSlot.at(1), 2); // only two rooms: the formation will say 40 do not fit in 30 seats
}

void TstDemandPlanner::onlyAttendeesCount()
{
    Problem pb = problem(1, 2);
    addPeople(pb, 50, {0}, {});
    for (int i = 0; i < 25; ++i)
        pb.people[size_t(i)].attends[1] = false; // half of them miss the second slot
    const auto perSlot = countBy(planFromDemand(pb, rooms(10, 15, 2)), &PlannedWorkshop::slot);
    QCOMPARE(perSlot.at(0), 4);
    QCOMPARE(perSlot.at(1), 2);
}

void TstDemandPlanner::themesFollowDemand()
{
    Problem pb = problem(4);
    addPeople(pb, 60, {0, 1}, {});
    addPeople(pb, 30, {1, 0}, {});
    addPeople(pb, 10, {2, 0}, {});
    // One slot each: only first choices weigh. Theme 3 is nobody's.
    const auto perTheme = countBy(planFromDemand(pb, rooms(20, 15)), &PlannedWorkshop::theme);
    QCOMPARE(perTheme.size(), size_t(3));
    QCOMPARE(perTheme.at(0), 5);
    QCOMPARE(perTheme.at(1), 2);
    QCOMPARE(perTheme.at(2), 1); // few, but wanted: offered once
}

void TstDemandPlanner::laterChoicesWeighWhenAttendingMore()
{
    Problem pb = problem(3, 3);
    addPeople(pb, 100, {0, 1, 2}, {});
    // Everyone spends their three slots in their three themes, the first weighing most.
    const auto plan = planFromDemand(pb, rooms(20, 15, 3));
    for (int s = 0; s < 3; ++s) {
        std::vector<PlannedWorkshop> slot;
        std::copy_if(plan.cbegin(), plan.cend(), std::back_inserter(slot),
                     [s](const PlannedWorkshop &w) { return w.slot == s; });
        const auto perTheme = countBy(slot, &PlannedWorkshop::theme);
        QCOMPARE(perTheme.size(), size_t(3));
        QVERIFY(perTheme.at(0) >= perTheme.at(1));
        QVERIFY(perTheme.at(1) >= perTheme.at(2));
    }
}

void TstDemandPlanner::biggestRoomsForMostPopularTheme()
{
    Problem pb = problem(2);
    addPeople(pb, 15, {1, 0}, {});
    addPeople(pb, 10, {0, 1}, {});
    PlanningInput in = rooms(3, 15);
    in.roomCapacities = {12, 30, 15};
    const auto plan = planFromDemand(pb, in);
    QCOMPARE(int(plan.size()), 2);
    QCOMPARE(plan.front().theme, 1);
    QCOMPARE(plan.front().room, 1);
    QCOMPARE(plan.back().room, 2);
}

void TstDemandPlanner::languagesInProportion()
{
    Problem pb = problem(1);
    addPeople(pb, 60, {0}, {Fr});
    addPeople(pb, 30, {0}, {En});
    addPeople(pb, 10, {0}, {Fr, En}); // half a speaker in each
    const auto perLanguage =
        countBy(planFromDemand(pb, rooms(20, 15, 1, {Fr, En, Es})), &PlannedWorkshop::language);
    QCOMPARE(perLanguage.at(Fr), 5);
    QCOMPARE(perLanguage.at(En), 3);
    QVERIFY(!perLanguage.contains(Es)); // nobody speaks it
}

void TstDemandPlanner::monolingualPeopleGetTheirLanguage()
{
    Problem pb = problem(1);
    addPeople(pb, 90, {0}, {Fr, En});
    addPeople(pb, 4, {0}, {Es});     // few, but they speak nothing else
    addPeople(pb, 8, {0}, {Es, Fr}); // enough Spanish speakers to fill a workshop
    const auto perLanguage =
        countBy(planFromDemand(pb, rooms(20, 15, 1, {Fr, En, Es})), &PlannedWorkshop::language);
    QVERIFY(perLanguage.contains(Es));
    QCOMPARE(perLanguage.at(Es), 1);
}

void TstDemandPlanner::noCandidateLanguageMeansAny()
{
    Problem pb = problem(2);
    addPeople(pb, 30, {0, 1}, {});
    for (const PlannedWorkshop &w : planFromDemand(pb, rooms(5, 15)))
        QCOMPARE(w.language, -1);
}

void TstDemandPlanner::deterministic()
{
    Problem pb = problem(4, 3);
    for (int i = 0; i < 300; ++i)
        pb.people.push_back(person({i % 4, (i / 4) % 4, (i / 16) % 4}, {i % 3, (i / 3) % 3}, 3));
    const PlanningInput in = rooms(30, 16, 3, {Fr, En, Es});
    const auto plan = planFromDemand(pb, in);
    QCOMPARE(planFromDemand(pb, in), plan);
    QVERIFY(!plan.empty());
    for (int s = 0; s < 3; ++s)
        QCOMPARE(countBy(plan, &PlannedWorkshop::slot).at(s), 24);
}

QTEST_GUILESS_MAIN(TstDemandPlanner)
#include "tst_demandplanner.moc"
