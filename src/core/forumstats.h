#pragma once

#include "participant.h"
#include "vocabulary.h"

#include <QList>
#include <QMap>
#include <QString>

namespace cordee {

/// The forum's head counts, over participants who have not cancelled.
struct ForumStats
{
    int participants = 0;
    QMap<QString, int> byCountry; ///< alpha-2 → count; people without a country are not in it
    QMap<Continent, int> byContinent;
    QMap<Category, int> byCategory; ///< Unspecified counts people without a category
    QMap<Gender, int> byGender;

    int countries() const { return int(byCountry.size()); }
    int continents() const { return int(byContinent.size()); }

    static ForumStats compute(const QList<Participant> &participants);
};

} // namespace cordee
