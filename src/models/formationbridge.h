#pragma once

#include "assignmentrepository.h"
#include "formationproblem.h"
#include "forum.h"
#include "forumdatabase.h"
#include "participant.h"
#include "result.h"
#include "scorecard.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace cordee {

/// Everything the formation needs from a forum file, read in one go.
struct ForumSnapshot
{
    ForumInfo info;
    QList<Theme> themes;
    QList<Room> rooms;
    QList<TimeSlot> timeSlots; ///< in time order
    QList<Workshop> workshops;
    QList<Participant> participants;
    QList<AssignmentRow> assignments;
};

Result<ForumSnapshot> loadForumSnapshot(const ForumDatabase &db);

/// A formation::Problem and what its indices stand for in the forum.
struct FormationModel
{
    formation::Problem problem;
    QList<qint64> personIds;   ///< participant id per person index
    QStringList slotKeys;      ///< per slot index: the workshop slots, in time order
    QStringList workshopKeys;  ///< per workshop index
    QStringList themeKeys;     ///< per theme index, in the forum's order
    QStringList languageCodes; ///< ISO 639-1 code per language id
    int interpreted = 0; ///< attendees who speak none of the working languages (see buildFormationModel)

    int slotIndex(const QString &key) const { return int(slotKeys.indexOf(key)); }
};

/// Builds the formation problem of a forum:
///
/// - **Slots**: the time slots of kind Workshops, in time order; **themes** in the forum's order;
///   **workshops**: those of these slots, their capacity their room's seats (maxSize when they have no room),
///   their working language an id (none: any language), no theme: −1, which nobody ranked.
/// - **People**: the counted participants (not cancelled, not erased). Organizers and guests of honour are
///   people too but attend no workshop: they run the forum or are its guests. Everyone else attends every
///   workshop slot but those they said they would miss.
/// - **Languages** become ids shared with the workshops (the forum's languages first). Someone who speaks
///   none of the working languages (the forum's, and any workshop's) is taken to follow with an interpreter:
///   their languages are left unknown, which fits any workshop; `interpreted` counts those who attend.
/// - **Organisations** are compared accent- and case-blind (foldForSearch), so "Coopérative Élan" and
///   "COOPERATIVE ELAN" are one; country, continent (CountryTable), gender and category become ids, with
///   −1 for unknown, not stated and unspecified, which form no pairs.
/// - **Preferences** become theme indices; **pins** are the pinned placements of people who attend that slot.
/// - **Names** for messages: slots as "Wed 14 Oct 13:30" (the UI's locale), themes by title, languages by
///   their own name ("français").
FormationModel buildFormationModel(const ForumSnapshot &forum);

/// The stored placements as an assignment of `model` (placements of people or workshops outside the
/// problem are left out).
formation::Assignment assignmentFromRows(const FormationModel &model, const QList<AssignmentRow> &rows);

/// The placements of `assignment` in the slots `slotIndices` as rows to store; a placement that holds
/// a pin stays pinned.
QList<AssignmentRow> rowsFromAssignment(const FormationModel &model, const formation::Assignment &assignment,
                                        const std::vector<int> &slotIndices);

/// How a formation run is made.
struct FormOptions
{
    QStringList slotKeys;        ///< the workshop slots to form; empty = all of them
    std::uint64_t seed = 1;      ///< the same seed and forum give the same plan
    double timeLimitSeconds = 5; ///< the solver's budget
    /// Start from the stored placements and improve them (few moves, quick) rather than from scratch.
    bool fromCurrentPlan = false;
    std::function<void(double done, double bestObjective)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

/// What a run or a check covered, beside the scorecard.
struct FormationSummary
{
    int workshops = 0;        ///< workshops of all workshop slots
    int placements = 0;       ///< placements over all slots
    int plannedWorkshops = 0; ///< workshops this run created
    int interpreted = 0;      ///< see FormationModel::interpreted
    QStringList formedSlots;  ///< keys of the slots this run formed
};

/// What a formation run would write, computed without touching the file.
struct FormationPlan
{
    QStringList slotKeys;            ///< the slots formed, in time order
    QList<Workshop> workshops;       ///< every workshop of those slots after the run
    QList<Workshop> planned;         ///< those of them planned from demand (not in the forum yet)
    QList<AssignmentRow> placements; ///< the placements of those slots
};

/// Workshops for the slots `slotKeys` planned from the people's demand and the rooms free at that time, as
/// if those slots had no workshops yet (see formWorkshops()). Pure: the forum is not changed.
QList<Workshop> planWorkshopsFromDemand(ForumSnapshot forum, const QStringList &slotKeys);

/// The formation run formWorkshops() makes, on a snapshot and without writing (safe in a worker thread).
Result<FormationPlan> computeFormation(ForumSnapshot forum, const FormOptions &options);

/// The scorecard of a snapshot's placements (see checkForum()).
formation::Scorecard checkSnapshot(const ForumSnapshot &forum, FormationSummary *summary = nullptr);
/// The same, with the model of `forum` already built (buildFormationModel()).
formation::Scorecard checkSnapshot(const ForumSnapshot &forum, const FormationModel &model,
                                   FormationSummary *summary = nullptr);

/// Forms the workshops of the slots `options.slotKeys` (all workshop slots when empty) and writes them,
/// all or nothing, in one transaction:
///
/// - a slot without workshops first gets them from planFromDemand() over its free rooms (those no plenary
///   item or workshop of another slot uses at the same time), keyed "D1-W1-T2-fr-1" (slot, theme, language,
///   number) and set in their rooms;
/// - the other slots keep their placements (held as pins, so repeated themes and meetings count across all
///   slots; their workshops without members are left out);
/// - the placements of the formed slots are replaced by the solver's, the pinned ones kept.
///
/// When the rules cannot all hold, the error says why and nothing is written. `out` (may be null) gets the
/// scorecard of the whole forum after the run.
Status formWorkshops(ForumDatabase &db, const FormOptions &options, formation::Scorecard *out,
                     FormationSummary *summary = nullptr);

/// The scorecard of what the file holds now: hard violations come from the stored placements (someone
/// not placed in a slot they attend, a workshop too small or too full, a language not spoken, a pin).
Result<formation::Scorecard> checkForum(ForumDatabase &db, FormationSummary *summary = nullptr);

} // namespace cordee
