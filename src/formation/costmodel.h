#pragma once
// The objective F taken apart into integer counts, computed from scratch or kept up to date move by move.
//
// F = Σ placements rankCost/unrankedCost + repeatedThemeCost × repeatedThemes
//   + Σ attributes weight × same-value pairs + repeatedMeeting × Σ pairs (m − 1).
// Every term is a count times a weight, so CostTerms holds the counts and F never drifts however many moves
// the solver makes: CostModel::objective() is always exactly objective(problem, assignment).

#include "formationproblem.h"

#include <array>
#include <span>
#include <vector>

namespace cordee::formation {

/// The attributes whose shared values cost pairs, in the order of CostTerms::samePairs.
enum class Attribute { Country, Continent, Gender, Category, Organisation };
inline constexpr int kAttributeCount = 5;

/// Value of `attribute` for `person` (−1 = unknown, forms no pair).
int attributeOf(const Person &person, Attribute attribute);
/// The organizer's weight for pairs sharing `attribute`.
double weightOf(const Weights &weights, Attribute attribute);

/// Pairs among `n` people: n(n − 1)/2.
constexpr long long pairsOf(long long n)
{
    return n * (n - 1) / 2;
}

/// Fewest same-value pairs left when `n` people sharing a value are spread over `groups` groups: the value
/// split into near-equal parts, Σ pairsOf(part). 0 when there are no groups.
long long evenSpreadPairs(long long n, long long groups);

/// Index into Scorecard::preferenceProfile of `person` placed in `theme`: 0–4 for their 1st–5th choice,
/// 5 for a theme they did not rank (a theme ranked twice counts at its best rank).
int preferenceIndex(const Person &person, int theme);
/// rankCost[index], or unrankedCost for index 5.
double preferenceCost(const Weights &weights, int index);

/// Whether `person` must be placed in `slot` (a slot beyond their `attends` list is one they do not attend).
bool attends(const Person &person, int slot);
/// Whether `person` may join a workshop held in `language`: any language fits unknown languages, and −1 (a
/// workshop in any language) fits everyone.
bool speaks(const Person &person, int language);

/// The counts F is made of; also used signed, as the change a move makes.
struct CostTerms
{
    std::array<long long, 6> placements{}; ///< per preferenceIndex()
    long long repeatedThemes = 0;          ///< placements in a theme the person had in an earlier slot
    std::array<long long, kAttributeCount> samePairs{}; ///< per Attribute, Σ workshops Σ values C(n_v, 2)
    long long repeatedPairs = 0; ///< Σ over pairs together in m ≥ 1 slots of (m − 1)

    /// F for these counts (or the change of F, for a change).
    double objective(const Weights &weights) const;
    CostTerms &operator+=(const CostTerms &other);
    bool operator==(const CostTerms &) const = default;
};

/// An assignment made safe to read, with each workshop's members listed.
/// `workshopOf` has exactly slotCount rows of people.size() entries; an entry that is not a workshop of its
/// slot (out of range, or a workshop of another slot) is −1 here, so costs ignore it (hardViolations()
/// reports it).
struct Membership
{
    std::vector<std::vector<int>> workshopOf;
    std::vector<int> offsets; ///< members of w are people[offsets[w] … offsets[w + 1]), by increasing index
    std::vector<int> people;

    std::span<const int> members(int workshop) const
    {
        return {people.data() + offsets[workshop], people.data() + offsets[workshop + 1]};
    }
    int size(int workshop) const { return offsets[workshop + 1] - offsets[workshop]; }
};

Membership membershipOf(const Problem &problem, const Assignment &assignment);

/// The counts of F from scratch; linear in placements (plus a sort of each person's co-members).
CostTerms costTerms(const Problem &problem, const Membership &membership);

/// An assignment with F kept up to date under single moves and swaps, for local search.
///
/// moveChange()/swapChange() cost O(members of the two workshops × (attributes + slots)) and change nothing;
/// move()/swap() apply. Size, language and pin rules are not checked here: that is the solver's business.
/// The problem must outlive the model.
class CostModel
{
public:
    /// Starts from `assignment`, normalised as in Membership (may be empty: everyone nowhere).
    CostModel(const Problem &problem, const Assignment &assignment = {});

    const Problem &problem() const { return *m_problem; }
    /// The current assignment, slotCount × people.size(), −1 where nobody is placed.
    const Assignment &assignment() const { return m_assignment; }
    int workshopOf(int slot, int person) const { return m_assignment.workshopOf[slot][person]; }
    /// Members of `workshop`, in no particular order.
    const std::vector<int> &members(int workshop) const { return m_members[workshop]; }
    int size(int workshop) const { return int(m_members[workshop].size()); }

    const CostTerms &terms() const { return m_terms; }
    double objective() const { return m_terms.objective(m_problem->weights); }

    /// What moving `person` in `slot` to workshop `to` (a workshop of that slot, or −1 = out) would change.
    CostTerms moveChange(int slot, int person, int to) const;
    double moveDelta(int slot, int person, int to) const
    {
        return moveChange(slot, person, to).objective(m_problem->weights);
    }
    void move(int slot, int person, int to);

    /// What exchanging the workshops of `a` and `b` in `slot` would change (either may be −1).
    CostTerms swapChange(int slot, int a, int b) const;
    double swapDelta(int slot, int a, int b) const
    {
        return swapChange(slot, a, b).objective(m_problem->weights);
    }
    void swap(int slot, int a, int b);

private:
    /// Slots other than `slot` in which `a` and `b` are in the same workshop.
    int meetingsElsewhere(int slot, int a, int b) const;
    /// Slots other than `slot` in which `person` is in a workshop of `theme`.
    int themeElsewhere(int slot, int person, int theme) const;
    /// Adds to `change` the pairs `person` forms (sign +1) or breaks (−1) with the members of `workshop`.
    void addCompany(CostTerms &change, int slot, int person, int workshop, int sign) const;
    /// Subtracts the pairs `a` and `b` would form with each other, counted `times` times.
    void removePair(CostTerms &change, int slot, int a, int b, int times) const;
    void place(int slot, int person, int to);

    const Problem *m_problem;
    Assignment m_assignment;
    std::vector<std::vector<int>> m_members;
    std::vector<std::vector<int>> m_position; ///< [slot][person]: index in m_members of their workshop
    CostTerms m_terms;
};

} // namespace cordee::formation
