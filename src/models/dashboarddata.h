#pragma once

#include "formationbridge.h"
#include "forum.h"
#include "participant.h"

#include <QList>
#include <QString>

namespace cordee {

/// One bar or slice of a dashboard chart: a value of a facet and its head count.
struct ChartItem
{
    QString
        key; ///< the facet value (continent, category, gender, age band key; country alpha-2); empty: "other"
    QString label; ///< for people, in the UI language
    int count = 0;
};

/// How the present participants (cancelled ones left out) spread over one facet.
struct Distribution
{
    enum class Facet { Continent, Country, Category, Gender, AgeBand };
    Facet facet = Facet::Continent;
    QList<ChartItem> items; ///< largest first for countries; in the vocabulary's order otherwise
    int total = 0;          ///< counted participants, including those in no item (unknown country)

    int sum() const;
    /// The item with the most people, or null when there is none.
    const ChartItem *largest() const;
};

/// Continents of the participants' countries (people without a known country are in no item).
Distribution participantsByContinent(const QList<Participant> &participants);
/// The `top` countries with the most participants, then one "other" item (empty key) for the rest.
Distribution topCountries(const QList<Participant> &participants, int top = 10);
Distribution participantsByCategory(const QList<Participant> &participants);
Distribution participantsByGender(const QList<Participant> &participants);
Distribution participantsByAgeBand(const QList<Participant> &participants);

/// One workshop of a slot as the dashboard measures it.
struct WorkshopFigures
{
    QString key;
    QString label; ///< theme title, else the workshop's title or key
    int size = 0;
    int minSize = 0;
    int upperBound = 0;
    int women = 0, men = 0, otherGender = 0; ///< otherGender counts "other" and "not stated"
    int countries = 0;
    int continents = 0;
};

/// A workshop slot's figures: its workshops and how the members' preferences were met.
struct SlotFigures
{
    QString slotKey;
    QList<WorkshopFigures> workshops; ///< in key order
    QList<int> byRank;                ///< members placed on their 1st, 2nd, … choice (index 0: 1st)
    int unranked = 0;                 ///< members in a workshop whose theme they did not rank
    int unplaced = 0;                 ///< attend the slot but are in no workshop
    int placed() const;
};

/// The workshop slots of a forum, in time order.
QList<TimeSlot> workshopSlots(const ForumSnapshot &forum);
/// The figures of the workshop slot `slotKey` (see buildSlotBoard()).
SlotFigures slotFigures(const ForumSnapshot &forum, const FormationModel &model, const QString &slotKey);

} // namespace cordee
