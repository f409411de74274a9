#pragma once
// Small formation problems shared by the tests of src/formation: the example of tst_scorecard (its F computed
// by hand there) and one-slot language problems.

#include "formationproblem.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

Q_DECLARE_METATYPE(cordee::formation::Problem)
Q_DECLARE_METATYPE(cordee::formation::Assignment)
Q_DECLARE_METATYPE(cordee::formation::Weights)

namespace cordee::formation::test {

using namespace Qt::StringLiterals;

// country, continent, gender, category, organisation
using Attributes = std::array<int, 5>;

inline Person makePerson(Attributes a, std::vector<int> preferences, std::vector<int> languages = {},
                         int slotCount = 2)
{
    Person p;
    p.country = a[0];
    p.continent = a[1];
    p.gender = a[2];
    p.category = a[3];
    p.organisation = a[4];
    p.preferences = std::move(preferences);
    p.languages = std::move(languages);
    p.attends.assign(slotCount, true);
    return p;
}

inline Workshop makeWorkshop(int slot, int theme, int language = -1, int capacity = 15)
{
    return Workshop{slot, theme, language, capacity};
}

inline Weights noWeights()
{
    Weights w;
    w.rankCost = {0, 0, 0, 0, 0};
    w.unrankedCost = w.repeatedThemeCost = 0;
    w.country = w.continent = w.gender = w.category = w.organisation = w.repeatedMeeting = 0;
    return w;
}

// Four people, two slots of two workshops of two. Workshops: 0 = Water/Monday (English), 1 = Soil/Monday (any
// language), 2 = Water/Tuesday (French), 3 = Soil/Tuesday (any language).
//            country continent gender category organisation  preferences       languages
//   person 0     0        0       0       0         0         Water, Soil       English, French
//   person 1     0        0       1       1         ?         Soil              ?
//   person 2     1        0       0       0         0         2, 3, 4, 5, Water French
//   person 3     ?        1       1       ?         ?         Water, Soil       English
inline Problem example()
{
    Problem problem;
    problem.slotCount = 2;
    problem.themeCount = 6;
    problem.minSize = 2;
    problem.maxSize = 2;
    problem.people = {
        makePerson({0, 0, 0, 0, 0}, {0, 1}, {0, 1}),
        makePerson({0, 0, 1, 1, -1}, {1}),
        makePerson({1, 0, 0, 0, 0}, {2, 3, 4, 5, 0}, {1}),
        makePerson({-1, 1, 1, -1, -1}, {0, 1}, {0}),
    };
    problem.workshops = {makeWorkshop(0, 0, 0, 2), makeWorkshop(0, 1, -1, 2), makeWorkshop(1, 0, 1, 2),
                         makeWorkshop(1, 1, -1, 2)};
    problem.pins = {Pin{0, 0}};
    problem.slotNames = {u"Monday"_s, u"Tuesday"_s};
    problem.themeNames = {u"Water"_s, u"Soil"_s, u"Air"_s};
    problem.languageNames = {u"English"_s, u"French"_s};
    return problem;
}

// Monday: {0, 1} in Water, {2, 3} in Soil. Tuesday: {0, 2} in Water, {1, 3} in Soil.
inline Assignment exampleAssignment()
{
    return Assignment{{{0, 0, 1, 1}, {2, 3, 2, 3}}};
}

// `count` people of one slot speaking `languages` (empty = unknown).
inline void addSpeakers(Problem &problem, int count, const std::vector<int> &languages)
{
    for (int i = 0; i < count; ++i)
        problem.people.push_back(makePerson({-1, -1, -1, -1, -1}, {}, languages, 1));
}

// One slot ("slot 1") of workshops of 10 to 15 in the given languages, nobody in it yet.
inline Problem languageSlot(const std::vector<int> &languages)
{
    Problem problem;
    problem.slotCount = 1;
    problem.themeCount = 1;
    for (int language : languages)
        problem.workshops.push_back(makeWorkshop(0, 0, language, 15));
    problem.languageNames = {u"English"_s, u"French"_s, u"Spanish"_s};
    return problem;
}

inline bool anyContains(const QStringList &messages, const QString &part)
{
    return std::any_of(messages.cbegin(), messages.cend(),
                       [&](const QString &m) { return m.contains(part); });
}

} // namespace cordee::formation::test
