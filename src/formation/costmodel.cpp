#include "costmodel.h"

#include <algorithm>

namespace cordee::formation {

int attributeOf(const Person &person, Attribute attribute)
{
    switch (attribute) {
    case Attribute::Country:
        return person.country;
    case Attribute::Continent:
        return person.continent;
    case Attribute::Gender:
        return person.gender;
    case Attribute::Category:
        return person.category;
    case Attribute::Organisation:
        return person.organisation;
    }
    return -1;
}

double weightOf(const Weights &weights, Attribute attribute)
{
    switch (attribute) {
    case Attribute::Country:
        return weights.country;
    case Attribute::Continent:
        return weights.continent;
    case Attribute::Gender:
        return weights.gender;
    case Attribute::Category:
        return weights.category;
    case Attribute::Organisation:
        return weights.organisation;
    }
    return 0;
}

long long evenSpreadPairs(long long n, long long groups)
{
    if (groups <= 0 || n <= 1)
        return 0;
    const long long part = n / groups;
    const long long larger = n % groups; // groups holding part + 1
    return larger * pairsOf(part + 1) + (groups - larger) * pairsOf(part);
}

int preferenceIndex(const Person &person, int theme)
{
    const int ranked = std::min<int>(int(person.preferences.size()), 5);
    for (int i = 0; i < ranked; ++i)
        if (person.preferences[i] == theme)
            return i;
    return 5;
}

double preferenceCost(const Weights &weights, int index)
{
    return index < 5 ? weights.rankCost[index] : weights.unrankedCost;
}

bool attends(const Person &person, int slot)
{
    return slot >= 0 && slot < int(person.attends.size()) && person.attends[slot];
}

bool speaks(const Person &person, int language)
{
    return language < 0 || person.languages.empty() ||
           std::find(person.languages.cbegin(), person.languages.cend(), language) != person.languages.cend();
}

double CostTerms::objective(const Weights &weights) const
{
    double f = 0;
    for (int i = 0; i < 6; ++i)
        f += double(placements[i]) * preferenceCost(weights, i);
    f += double(repeatedThemes) * weights.repeatedThemeCost;
    for (int a = 0; a < kAttributeCount; ++a)
        f += double(samePairs[a]) * weightOf(weights, Attribute(a));
    f += double(repeatedPairs) * weights.repeatedMeeting;
    return f;
}

CostTerms &CostTerms::operator+=(const CostTerms &other)
{
    for (int i = 0; i < 6; ++i)
        placements[i] += other.placements[i];
    repeatedThemes += other.repeatedThemes;
    for (int a = 0; a < kAttributeCount; ++a)
        samePairs[a] += other.samePairs[a];
    repeatedPairs += other.repeatedPairs;
    return *this;
}

Membership membershipOf(const Problem &problem, const Assignment &assignment)
{
    const int peopleCount = int(problem.people.size());
    const int workshopCount = int(problem.workshops.size());
    Membership m;
    m.workshopOf.assign(std::max(problem.slotCount, 0), std::vector<int>(peopleCount, -1));
    m.offsets.assign(workshopCount + 1, 0);
    for (int s = 0; s < int(m.workshopOf.size()) && s < int(assignment.workshopOf.size()); ++s) {
        const std::vector<int> &given = assignment.workshopOf[s];
        for (int p = 0; p < peopleCount && p < int(given.size()); ++p) {
            const int w = given[p];
            if (w >= 0 && w < workshopCount && problem.workshops[w].slot == s) {
                m.workshopOf[s][p] = w;
                ++m.offsets[w + 1];
            }
        }
    }
    for (int w = 0; w < workshopCount; ++w)
        m.offsets[w + 1] += m.offsets[w];
    m.people.resize(m.offsets[workshopCount]);
    std::vector<int> next(m.offsets.cbegin(), m.offsets.cend() - 1);
    // Slot by slot, person by person: each workshop's members come out sorted.
    for (const std::vector<int> &row : m.workshopOf)
        for (int p = 0; p < peopleCount; ++p)
            if (row[p] >= 0)
                m.people[next[row[p]]++] = p;
    return m;
}

namespace {

void countPlacements(const Problem &problem, const Membership &m, CostTerms &terms)
{
    const int slotCount = int(m.workshopOf.size());
    std::vector<int> themes(slotCount);
    for (int p = 0; p < int(problem.people.size()); ++p) {
        const Person &person = problem.people[p];
        for (int s = 0; s < slotCount; ++s) {
            const int w = m.workshopOf[s][p];
            themes[s] = w >= 0 ? problem.workshops[w].theme : -1;
            if (w < 0)
                continue;
            ++terms.placements[preferenceIndex(person, themes[s])];
            if (std::find(themes.cbegin(), themes.cbegin() + s, themes[s]) != themes.cbegin() + s)
                ++terms.repeatedThemes;
        }
    }
}

void countSamePairs(const Problem &problem, const Membership &m, CostTerms &terms)
{
    for (int a = 0; a < kAttributeCount; ++a) {
        int largest = -1;
        for (const Person &person : problem.people)
            largest = std::max(largest, attributeOf(person, Attribute(a)));
        // One histogram reused by every workshop: filled by its members, then emptied by them.
        std::vector<int> count(largest + 1, 0);
        long long pairs = 0;
        for (int w = 0; w + 1 < int(m.offsets.size()); ++w) {
            const std::span<const int> members = m.members(w);
            for (int p : members)
                if (const int v = attributeOf(problem.people[p], Attribute(a)); v >= 0)
                    pairs += count[v]++;
            for (int p : members)
                if (const int v = attributeOf(problem.people[p], Attribute(a)); v >= 0)
                    count[v] = 0;
        }
        terms.samePairs[a] = pairs;
    }
}

// Σ (m − 1) over pairs met: for each person, their later co-members over all slots; a co-member listed m
// times adds m − 1.
void countRepeatedPairs(const Membership &m, CostTerms &terms)
{
    const int peopleCount = m.workshopOf.empty() ? 0 : int(m.workshopOf.front().size());
    std::vector<int> met;
    long long repeated = 0;
    for (int p = 0; p < peopleCount; ++p) {
        met.clear();
        for (const std::vector<int> &row : m.workshopOf)
            if (row[p] >= 0)
                for (int q : m.members(row[p]))
                    if (q > p)
                        met.push_back(q);
        std::sort(met.begin(), met.end());
        repeated += met.size() - (std::unique(met.begin(), met.end()) - met.begin());
    }
    terms.repeatedPairs = repeated;
}

} // namespace

CostTerms costTerms(const Problem &problem, const Membership &membership)
{
    CostTerms terms;
    countPlacements(problem, membership, terms);
    countSamePairs(problem, membership, terms);
    countRepeatedPairs(membership, terms);
    return terms;
}

CostModel::CostModel(const Problem &problem, const Assignment &assignment)
    : m_problem(&problem)
{
    const Membership m = membershipOf(problem, assignment);
    m_terms = costTerms(problem, m);
    m_assignment.workshopOf = m.workshopOf;
    m_members.resize(problem.workshops.size());
    m_position.assign(m.workshopOf.size(), std::vector<int>(problem.people.size(), -1));
    for (int w = 0; w < int(m_members.size()); ++w) {
        const std::span<const int> members = m.members(w);
        m_members[w].assign(members.begin(), members.end());
        for (int i = 0; i < int(members.size()); ++i)
            m_position[problem.workshops[w].slot][members[i]] = i;
    }
}

int CostModel::meetingsElsewhere(int slot, int a, int b) const
{
    int met = 0;
    for (int s = 0; s < int(m_assignment.workshopOf.size()); ++s) {
        const std::vector<int> &row = m_assignment.workshopOf[s];
        met += s != slot && row[a] >= 0 && row[a] == row[b];
    }
    return met;
}

int CostModel::themeElsewhere(int slot, int person, int theme) const
{
    int had = 0;
    for (int s = 0; s < int(m_assignment.workshopOf.size()); ++s) {
        const int w = m_assignment.workshopOf[s][person];
        had += s != slot && w >= 0 && m_problem->workshops[w].theme == theme;
    }
    return had;
}

void CostModel::addCompany(CostTerms &change, int slot, int person, int workshop, int sign) const
{
    const Person &me = m_problem->people[person];
    std::array<int, kAttributeCount> mine;
    for (int a = 0; a < kAttributeCount; ++a)
        mine[a] = attributeOf(me, Attribute(a));
    for (int q : m_members[workshop]) {
        if (q == person)
            continue;
        const Person &other = m_problem->people[q];
        for (int a = 0; a < kAttributeCount; ++a)
            if (mine[a] >= 0 && attributeOf(other, Attribute(a)) == mine[a])
                change.samePairs[a] += sign;
        // Together elsewhere m times: meeting here too makes (m + 1) − 1 repeats, one more than without.
        if (meetingsElsewhere(slot, person, q) > 0)
            change.repeatedPairs += sign;
    }
}

void CostModel::removePair(CostTerms &change, int slot, int a, int b, int times) const
{
    const Person &pa = m_problem->people[a];
    const Person &pb = m_problem->people[b];
    for (int i = 0; i < kAttributeCount; ++i) {
        const int v = attributeOf(pa, Attribute(i));
        if (v >= 0 && attributeOf(pb, Attribute(i)) == v)
            change.samePairs[i] -= times;
    }
    if (meetingsElsewhere(slot, a, b) > 0)
        change.repeatedPairs -= times;
}

CostTerms CostModel::moveChange(int slot, int person, int to) const
{
    CostTerms change;
    const int from = m_assignment.workshopOf[slot][person];
    if (from == to)
        return change;
    const Person &me = m_problem->people[person];
    if (from >= 0) {
        const int theme = m_problem->workshops[from].theme;
        --change.placements[preferenceIndex(me, theme)];
        change.repeatedThemes -= themeElsewhere(slot, person, theme) > 0;
        addCompany(change, slot, person, from, -1);
    }
    if (to >= 0) {
        const int theme = m_problem->workshops[to].theme;
        ++change.placements[preferenceIndex(me, theme)];
        change.repeatedThemes += themeElsewhere(slot, person, theme) > 0;
        addCompany(change, slot, person, to, +1);
    }
    return change;
}

CostTerms CostModel::swapChange(int slot, int a, int b) const
{
    const int wa = m_assignment.workshopOf[slot][a];
    const int wb = m_assignment.workshopOf[slot][b];
    if (wa == wb)
        return {};
    // Each move alone would put its person beside the other one, who in the swap has just left.
    CostTerms change = moveChange(slot, a, wb);
    change += moveChange(slot, b, wa);
    removePair(change, slot, a, b, int(wa >= 0) + int(wb >= 0));
    return change;
}

void CostModel::place(int slot, int person, int to)
{
    int &current = m_assignment.workshopOf[slot][person];
    if (current >= 0) {
        std::vector<int> &members = m_members[current];
        const int at = m_position[slot][person];
        members[at] = members.back();
        m_position[slot][members[at]] = at;
        members.pop_back();
    }
    current = to;
    if (to >= 0) {
        m_position[slot][person] = int(m_members[to].size());
        m_members[to].push_back(person);
    } else {
        m_position[slot][person] = -1;
    }
}

void CostModel::move(int slot, int person, int to)
{
    m_terms += moveChange(slot, person, to);
    place(slot, person, to);
}

void CostModel::swap(int slot, int a, int b)
{
    m_terms += swapChange(slot, a, b);
    const int wa = m_assignment.workshopOf[slot][a];
    place(slot, a, m_assignment.workshopOf[slot][b]);
    place(slot, b, wa);
}

} // namespace cordee::formation
