#pragma once

#include "formationproblem.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace cordee::formation {

/// Same-value pairs for one attribute beside the bound of spreading each value as evenly as possible.
struct PairCount
{
    long long pairs = 0;
    long long bound = 0;
};

/// How good a plan is, in the terms organizers read.
struct Scorecard
{
    int hardViolations = 0;
    QStringList violations;                 ///< each broken hard rule, in words
    std::array<int, 6> preferenceProfile{}; ///< placements in a 1st…5th choice, then in a theme not ranked
    int repeatedThemes = 0;                 ///< placements in a theme the person already had
    PairCount country, continent, gender, category, organisation;
    int loneGenderWorkshops = 0; ///< workshops where one gender appears only once
    long long repeatedPairs = 0; ///< Σ over pairs of (m − 1)
    double objective = 0;        ///< F
};

/// F of `assignment` (lower is better).
double objective(const Problem &problem, const Assignment &assignment);

/// The hard rules `assignment` breaks, in words (empty when none): someone who attends a slot placed in no
/// workshop or in two, a workshop outside [min, min(max, capacity)], someone in a workshop whose language
/// they do not speak, a pin not held.
QStringList hardViolations(const Problem &problem, const Assignment &assignment);

Scorecard scorecard(const Problem &problem, const Assignment &assignment);

/// Why no plan can hold every hard rule, precisely ("23 people speak no French and the English workshops of
/// slot 2 hold 15"), or nothing when the rules can hold as far as counting shows.
std::optional<QString> infeasibility(const Problem &problem);

} // namespace cordee::formation
