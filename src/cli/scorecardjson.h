#pragma once

#include "formationbridge.h"
#include "scorecard.h"

#include <QJsonObject>
#include <QString>

namespace cordee::cli {

/// The scorecard as `assign --json` and `check --json` print it: hard_violations, objective, violations,
/// preference_profile {first…fifth, unranked}, repeated_themes, pairs {country, continent, gender, category,
/// organisation: {pairs, bound}}, lone_gender_workshops, repeated_pairs, workshops, placements, interpreted
/// (attendees who speak none of the working languages, placed as if with an interpreter).
QJsonObject scorecardToJson(const formation::Scorecard &card, const FormationSummary &summary);

/// The same for people to read.
QString scorecardToText(const formation::Scorecard &card, const FormationSummary &summary);

} // namespace cordee::cli
