#pragma once

#include "formationproblem.h"

#include <vector>

namespace cordee::formation {

/// What the planner may use besides the people: plain data, built by the caller from the forum.
struct PlanningInput
{
    std::vector<int> slotsToPlan;    ///< slot indices to plan workshops for
    std::vector<int> languages;      ///< candidate working languages (ids), the forum's main language first
    std::vector<int> roomCapacities; ///< seats per room; a room is named by its index here
    /// Per slot index: the rooms free in that slot (not taken by a plenary item or another workshop).
    std::vector<std::vector<int>> freeRooms;
};

/// One workshop the planner proposes.
struct PlannedWorkshop
{
    int slot = 0;
    int theme = 0;
    int language = -1; ///< a candidate working language, or −1 when there is none
    int room = 0;      ///< index into PlanningInput::roomCapacities
    bool operator==(const PlannedWorkshop &) const = default;
};

/// Decides, for each slot of `input.slotsToPlan`, how many workshops of each theme and working language it
/// needs, from the people of `problem` who attend it (`problem`'s workshops and pins are not looked at):
///
/// - **How many.** Sizes aim at the middle of [minSize, maxSize]; then the count is raised until the
///   biggest free rooms seat everybody and lowered until every workshop can reach minSize. Rooms with fewer
///   than minSize seats are never used, and there are never more workshops than usable free rooms.
/// - **Which themes.** Someone who attends m slots is expected to spend them in their first m choices, the
///   first weighted most (weights 2m, 2m − 1, … m + 1); slots beyond their ranked themes spread evenly over
///   the others. Each theme gets workshops in proportion to that demand (largest remainders), and every
///   theme somebody wants gets one while there are workshops enough.
/// - **Which languages.** Each language gets workshops in proportion to its speakers among the attendees
///   (someone with two candidate languages counts half in each); someone who speaks one only needs seats in
///   it, so their language gets at least the workshops that seat them, and never more than its speakers can
///   fill to minSize. People with no candidate language fit anywhere and do not weigh. Within a theme the
///   languages follow the speakers' demand for that theme.
/// - **Which rooms.** The most popular themes get the biggest rooms (and, within a theme, the language with
///   the most demand).
///
/// Deterministic. When the rooms cannot seat everybody, it plans what they hold: the formation then says
/// precisely what is missing (see infeasibility()).
std::vector<PlannedWorkshop> planFromDemand(const Problem &problem, const PlanningInput &input);

} // namespace cordee::formation
