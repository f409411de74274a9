#pragma once

#include "formationproblem.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace cordee::formation {

/// A plan under construction or improvement, with what makes the change of F for moving one person cheap:
/// each workshop's member list, each person's workshop in every slot and a table of preference costs.
/// Moving someone costs a scan of the two workshops' members (≤ 2 × maxSize people, each compared on five
/// attributes and on where they sat in the other slots) plus a look at the person's own slots. Each workshop
/// keeps its members' attributes and workshops column by column, padded with values that match no one, so the
/// scan is a few vectorised comparisons.
/// Internal to the solver.
class PlanState
{
public:
    explicit PlanState(const Problem &problem);

    const Problem &problem() const { return m_problem; }
    int peopleCount() const { return m_people; }
    int slotCount() const { return m_slots; }
    int workshopCount() const { return int(m_theme.size()); }
    const std::vector<int> &workshopsOfSlot(int s) const { return m_slotWorkshops[std::size_t(s)]; }

    /// The workshop of `p` in slot `s`, or −1 when not placed there.
    int at(int p, int s) const { return std::max(m_key[index(p, s)], -1); }
    bool attends(int p, int s) const;
    /// The workshop `p` is pinned to in slot `s`, or −1.
    int pinOf(int p, int s) const { return m_pin[index(p, s)]; }
    bool movable(int p, int s) const { return m_pin[index(p, s)] < 0; }
    bool eligible(int p, int w) const;

    int size(int w) const { return m_size[std::size_t(w)]; }
    int upper(int w) const { return m_upper[std::size_t(w)]; }
    int lower() const { return m_problem.minSize; }
    int theme(int w) const { return m_theme[std::size_t(w)]; }
    int slotOf(int w) const { return m_slotOf[std::size_t(w)]; }
    std::span<const int> members(int w) const;

    /// F of the plan as it stands (people not placed yet count for nothing), plus the anchor's price (see
    /// setAnchor()), kept up to date by every change.
    double objective() const { return m_objective; }
    /// F summed from scratch: a check of the incremental bookkeeping.
    double recomputeObjective() const;

    /// Makes every placement that differs from `anchor` (the plan a re-solve starts from) cost `weight` more,
    /// so that the search moves people only for a real gain. Call before anyone is placed.
    void setAnchor(const Assignment &anchor, double weight);

    /// Change of F when `p`, not placed in slot `s`, joins workshop `w`.
    double joinCost(int p, int s, int w) const;
    /// Change of F when `p` moves to workshop `to` of slot `s`; `skip` is someone in `to` to leave out (the
    /// other half of a swap).
    double moveDelta(int p, int s, int to, int skip = -1) const;
    /// Change of F when `p` and `q`, in different workshops of slot `s`, trade places.
    double swapDelta(int p, int q, int s) const;

    void place(int p, int s, int w);
    void unplace(int p, int s);
    /// Moves without looking at sizes; `delta` is moveDelta() when known (NaN: compute it).
    void move(int p, int s, int to, double delta);
    void swap(int p, int q, int s, double delta);

    /// Where everyone is, in the public form.
    Assignment assignment() const;
    /// The flat person × slot table of workshops, any negative number meaning "not placed" (a cheap
    /// snapshot).
    const std::vector<int> &table() const { return m_key; }

private:
    std::size_t index(int p, int s) const { return std::size_t(p) * std::size_t(m_slots) + std::size_t(s); }
    /// The anchor's price of `p` sitting in workshop `w` of slot `s` (see setAnchor()).
    double anchorCost(int p, int s, int w) const
    {
        return m_anchorWeight > 0 && w != m_anchor[index(p, s)] ? m_anchorWeight : 0.0;
    }
    /// A person's preference and repeated-theme costs over all their slots.
    double themeCost(int p) const;
    /// Change of those costs when p's theme in slot `s` goes from `from` (−1: not placed) to `to`.
    double themeDelta(int p, int s, int from, int to) const;
    double pairSum(int p, int s, int w, int skip) const;
    /// "Not placed" for `p`: a negative key no one else has, so that two absent people never seem to meet.
    static int absentKey(int p) { return -2 - p; }
    std::size_t columnOffset(int w, int c) const
    {
        return std::size_t(m_memberStart[std::size_t(w)]) * std::size_t(m_columnCount) +
               std::size_t(c) * std::size_t(m_capacity[std::size_t(w)]);
    }
    int *column(int w, int c) { return &m_columns[columnOffset(w, c)]; }
    const int *column(int w, int c) const { return &m_columns[columnOffset(w, c)]; }
    void writeEntry(int p, int s, int w, int position);
    void clearEntry(int w, int position);
    double directPairCost(int p, int q, int s) const;
    int meetingsElsewhere(int p, int s, int w, int length) const;
    /// Tells p's records in the other slots that p now sits in `key` in slot `s`.
    void updateOtherRecords(int p, int s, int key);
    void insertMember(int p, int s, int w);
    void removeMember(int p, int s);
    void buildLanguages();
    void buildPreferences();
    void buildMembers();

    const Problem &m_problem;
    int m_people = 0;
    int m_slots = 0;
    int m_themes = 0;
    std::array<double, 5> m_weight{};
    double m_meetingWeight = 0;
    std::array<double, 64> m_pairCost{};
    double m_repeatedThemeWeight = 0;
    std::vector<int> m_anchor; ///< person × slot: the workshop of the anchor plan, −1 none
    double m_anchorWeight = 0;
    std::vector<std::array<int, 5>> m_attribute; ///< unknown values made unique so they never pair
    std::vector<double> m_preferenceCost;        ///< person × theme
    std::vector<int> m_languageWord;             ///< per workshop: dense language id, −1 = any
    std::vector<std::uint64_t> m_languageBits;   ///< per person: the dense languages they speak
    int m_languageWords = 1;
    std::vector<int> m_theme, m_slotOf, m_upper, m_size, m_memberStart;
    std::vector<std::vector<int>> m_slotWorkshops;
    std::vector<int> m_members; ///< each workshop's members from m_memberStart, m_size of them
    /// Per workshop, m_columnCount columns of m_capacity ints: the members' 5 attributes, then their key in
    /// every slot; unused places hold NoOne.
    std::vector<int> m_columns;
    std::vector<int> m_capacity;
    int m_columnCount = 5;
    double m_selfCost = 0;       ///< what a person's own entry adds to a scan of their workshop
    std::vector<int> m_key;      ///< person × slot: workshop, or absentKey()
    std::vector<int> m_position; ///< person × slot: index in the workshop's member list
    std::vector<int> m_pin;      ///< person × slot: pinned workshop or −1
    double m_objective = 0;
};

} // namespace cordee::formation
