#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace cordee::formation {

/// The organizer's weights of the objective F (defaults from the product's specification).
struct Weights
{
    /// Cost of placing someone in a workshop whose theme they ranked 1st…5th.
    std::array<double, 5> rankCost{0, 2, 5, 9, 14};
    double unrankedCost = 40;      ///< a theme they did not rank
    double repeatedThemeCost = 40; ///< a theme they already had in an earlier slot
    // Per workshop: weight × number of pairs of members sharing the same value (an empty value forms no
    // pair).
    double country = 1;
    double continent = 0.2;
    double gender = 0.5;
    double category = 0.5;
    double organisation = 4;
    double repeatedMeeting = 5; ///< a pair together in m slots costs repeatedMeeting × (m − 1)
};

/// One person, with every attribute turned into a small integer id (−1 = unknown: forms no pair and, for
/// languages, fits any working language).
struct Person
{
    int country = -1;
    int continent = -1;
    int gender = -1;
    int category = -1;
    int organisation = -1;        ///< organisations compared accent- and case-blind before they get ids
    std::vector<int> preferences; ///< theme indices, ranked (at most 5)
    std::vector<int> languages;   ///< language ids; empty = unknown
    std::vector<bool> attends;    ///< per slot index: true when the person must be placed in that slot
};

/// One workshop of one slot.
struct Workshop
{
    int slot = 0;
    int theme = 0;
    int language = -1; ///< working language id; −1 = any
    int capacity = 0;  ///< the room's seats (the size bound is min(maxSize, capacity))
};

/// A person held in a workshop by the organizer.
struct Pin
{
    int person = 0;
    int workshop = 0;
};

/// A whole formation problem over all workshop slots, as plain data: no database, no widgets.
struct Problem
{
    std::vector<Person> people;
    std::vector<Workshop> workshops;
    int slotCount = 0;
    int themeCount = 0;
    int minSize = 10;
    int maxSize = 15;
    std::vector<Pin> pins;
    Weights weights;

    // Names for messages ("23 people speak no French and the English workshops of slot 2 hold 15").
    QStringList slotNames;     ///< per slot
    QStringList themeNames;    ///< per theme
    QStringList languageNames; ///< per language id
    QStringList personNames;   ///< per person (optional: people are numbered from 1 without it)
    QStringList workshopNames; ///< per workshop (optional: numbered from 1 without it)

    /// Largest size of workshop `w`.
    int upperBound(int w) const;
};

/// Who is where: `workshopOf[slot][person]` is a workshop index, or −1 when the person is not placed in that
/// slot (they do not attend it).
struct Assignment
{
    std::vector<std::vector<int>> workshopOf;
};

} // namespace cordee::formation
