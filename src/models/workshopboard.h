#pragma once

#include "formationbridge.h"
#include "forum.h"
#include "vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cordee {

/// One member of a workshop on the board, with what the organizer reads at a glance.
struct BoardMember
{
    qint64 participantId = 0;
    QString name;
    QString country; ///< ISO alpha-2, may be empty
    QString organisation;
    Gender gender = Gender::NotStated;
    bool pinned = false;
    int rank = 0;               ///< 1…5: the rank they gave the workshop's theme; 0: not ranked
    bool repeatedTheme = false; ///< they had this theme in an earlier slot
    bool speaksLanguage = true; ///< false breaks a hard rule
};

/// One workshop of a slot as a card: its settings, its members and its balance.
struct BoardCard
{
    Workshop workshop;
    QString themeTitle;
    QString roomName;
    int capacity = 0; ///< the room's seats; 0 without a room
    int minSize = 0;
    int upperBound = 0; ///< min(forum's maximum, room's seats)
    QString facilitator;
    QString rapporteur;
    QList<BoardMember> members; ///< sorted by name
    int countries = 0;
    int continents = 0;
    int women = 0, men = 0, otherGender = 0;
    bool loneGender = false; ///< a gender appears only once
    int sameCountryPairs = 0;
    int sameOrganisationPairs = 0;
    int repeatedPairs = 0; ///< pairs of members who were together in an earlier slot
    QStringList problems;  ///< hard rules broken by this workshop, in words
};

/// A workshop slot as the Workshops page shows it.
struct SlotBoard
{
    TimeSlot slot;
    QList<BoardCard> cards;      ///< in key order
    QList<BoardMember> unplaced; ///< attend the slot but are in no workshop
    int attending = 0;           ///< people who must be placed in the slot
};

/// The board of `slotKey` (a workshop slot of `model`, built from `forum`).
SlotBoard buildSlotBoard(const ForumSnapshot &forum, const FormationModel &model, const QString &slotKey);

/// "Why is she here?": what placed someone in their workshop of a slot.
struct PlacementExplanation
{
    QString name;
    QString workshop; ///< key; empty when not placed
    QString themeTitle;
    int rank = 0;            ///< of the workshop's theme in their preferences; 0: not ranked
    QStringList preferences; ///< theme titles, ranked
    bool pinned = false;
    bool attends = true;          ///< false: exempt (organizer, guest of honour) or unavailable
    QString language;             ///< the workshop's working language (code)
    QStringList languages;        ///< theirs (codes)
    QStringList sameCountry;      ///< names of members from their country
    QStringList sameOrganisation; ///< names of members from their organisation
    QStringList metBefore;        ///< "Name (slot)" for members they met in an earlier slot
    QStringList earlierThemes;    ///< themes they had in earlier slots
};

PlacementExplanation explainPlacement(const ForumSnapshot &forum, const FormationModel &model,
                                      qint64 participantId, const QString &slotKey);

} // namespace cordee
