#include "planstate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace cordee::formation {

namespace {

/// Fills unused places of the member columns: equal to no attribute and no key.
constexpr int NoOne = std::numeric_limits<int>::min();
/// Member lists are padded to this many places so that scans run in whole vectors.
constexpr int Lanes = 8;

int roundUp(int n, int multiple)
{
    return (n + multiple - 1) / multiple * multiple;
}

} // namespace

PlanState::PlanState(const Problem &problem)
    : m_problem(problem)
    , m_people(int(problem.people.size()))
    , m_slots(std::max(problem.slotCount, 0))
{
    const Weights &w = problem.weights;
    m_weight = {w.country, w.continent, w.gender, w.category, w.organisation};
    m_meetingWeight = w.repeatedMeeting;
    // The cost of a pair from which attributes they share (bits 0–4) and whether they meet elsewhere (bit 5).
    for (unsigned bits = 0; bits < m_pairCost.size(); ++bits) {
        double cost = bits & 32 ? m_meetingWeight : 0.0;
        for (std::size_t k = 0; k < m_weight.size(); ++k)
            cost += bits >> k & 1 ? m_weight[k] : 0.0;
        m_pairCost[bits] = cost;
    }
    m_repeatedThemeWeight = w.repeatedThemeCost;
    m_attribute.resize(std::size_t(m_people));
    for (int p = 0; p < m_people; ++p) {
        const Person &person = problem.people[std::size_t(p)];
        const std::array<int, 5> raw{person.country, person.continent, person.gender, person.category,
                                     person.organisation};
        // An unknown value becomes one no one else has: the pair test needs no check for −1.
        for (std::size_t k = 0; k < raw.size(); ++k)
            m_attribute[std::size_t(p)][k] = raw[k] >= 0 ? raw[k] : -2 - p;
    }
    m_key.resize(std::size_t(m_people) * std::size_t(m_slots));
    for (int p = 0; p < m_people; ++p)
        for (int s = 0; s < m_slots; ++s)
            m_key[index(p, s)] = absentKey(p);
    m_position.assign(m_key.size(), -1);
    m_pin.assign(m_key.size(), -1);
    for (const Pin &pin : problem.pins) {
        if (pin.person >= 0 && pin.person < m_people && pin.workshop >= 0 &&
            pin.workshop < int(problem.workshops.size())) {
            const int s = problem.workshops[std::size_t(pin.workshop)].slot;
            if (s >= 0 && s < m_slots)
                m_pin[index(pin.person, s)] = pin.workshop;
        }
    }
    buildLanguages();
    buildPreferences();
    buildMembers();
}

void PlanState::buildLanguages()
{
    std::map<int, int> dense;
    for (const Workshop &w : m_problem.workshops)
        if (w.language >= 0)
            dense.emplace(w.language, int(dense.size()));
    m_languageWords = std::max<int>(1, int((dense.size() + 63) / 64));
    m_languageWord.reserve(m_problem.workshops.size());
    for (const Workshop &w : m_problem.workshops)
        m_languageWord.push_back(w.language >= 0 ? dense.at(w.language) : -1);
    m_languageBits.assign(std::size_t(m_people) * std::size_t(m_languageWords), 0);
    for (int p = 0; p < m_people; ++p) {
        const std::vector<int> &spoken = m_problem.people[std::size_t(p)].languages;
        std::uint64_t *bits = &m_languageBits[std::size_t(p) * std::size_t(m_languageWords)];
        if (spoken.empty()) // languages not known: any workshop will do
            std::fill(bits, bits + m_languageWords, ~std::uint64_t(0));
        for (int language : spoken)
            if (const auto it = dense.find(language); it != dense.end())
                bits[it->second / 64] |= std::uint64_t(1) << (it->second % 64);
    }
}

void PlanState::buildPreferences()
{
    m_themes = std::max(m_problem.themeCount, 1);
    for (const Workshop &w : m_problem.workshops)
        m_themes = std::max(m_themes, w.theme + 1);
    const Weights &weights = m_problem.weights;
    m_preferenceCost.assign(std::size_t(m_people) * std::size_t(m_themes), weights.unrankedCost);
    for (int p = 0; p < m_people; ++p) {
        const std::vector<int> &ranked = m_problem.people[std::size_t(p)].preferences;
        // Walking ranks from last to first lets a theme ranked twice keep its better rank.
        for (std::size_t r = std::min<std::size_t>(ranked.size(), weights.rankCost.size()); r-- > 0;)
            if (ranked[r] >= 0 && ranked[r] < m_themes)
                m_preferenceCost[std::size_t(p) * std::size_t(m_themes) + std::size_t(ranked[r])] =
                    weights.rankCost[r];
    }
}

void PlanState::buildMembers()
{
    const int count = int(m_problem.workshops.size());
    m_slotWorkshops.assign(std::size_t(m_slots), {});
    std::vector<int> pinned(std::size_t(count), 0);
    for (std::size_t i = 0; i < m_pin.size(); ++i)
        if (m_pin[i] >= 0)
            ++pinned[std::size_t(m_pin[i])];
    int start = 0;
    for (int w = 0; w < count; ++w) {
        const Workshop &workshop = m_problem.workshops[std::size_t(w)];
        m_theme.push_back(std::max(workshop.theme, 0));
        m_slotOf.push_back(workshop.slot);
        m_upper.push_back(m_problem.upperBound(w));
        m_size.push_back(0);
        m_memberStart.push_back(start);
        // Room for whatever repairs may hold for a moment, even on problems that cannot be solved.
        m_capacity.push_back(
            roundUp(std::max({m_upper.back(), m_problem.minSize, pinned[std::size_t(w)], 0}) + 1, Lanes));
        start += m_capacity.back();
        if (workshop.slot >= 0 && workshop.slot < m_slots)
            m_slotWorkshops[std::size_t(workshop.slot)].push_back(w);
    }
    m_members.assign(std::size_t(start), -1);
    m_columnCount = 5 + m_slots;
    m_columns.assign(std::size_t(start) * std::size_t(m_columnCount), NoOne);
    // A person matches their own entry on every attribute and, with other slots, on a key there.
    m_selfCost = m_pairCost[m_slots > 1 ? 63 : 31];
}

bool PlanState::attends(int p, int s) const
{
    const std::vector<bool> &attends = m_problem.people[std::size_t(p)].attends;
    return std::size_t(s) < attends.size() && attends[std::size_t(s)];
}

bool PlanState::eligible(int p, int w) const
{
    const int language = m_languageWord[std::size_t(w)];
    if (language < 0)
        return true;
    const std::uint64_t word =
        m_languageBits[std::size_t(p) * std::size_t(m_languageWords) + std::size_t(language / 64)];
    return (word >> (language % 64)) & 1;
}

std::span<const int> PlanState::members(int w) const
{
    return {m_members.data() + m_memberStart[std::size_t(w)], std::size_t(m_size[std::size_t(w)])};
}

double PlanState::themeCost(int p) const
{
    // Preferences, plus one repeat for each slot whose theme an earlier slot already had.
    double cost = 0;
    for (int t = 0; t < m_slots; ++t) {
        const int w = m_key[index(p, t)];
        if (w < 0)
            continue;
        cost +=
            m_preferenceCost[std::size_t(p) * std::size_t(m_themes) + std::size_t(m_theme[std::size_t(w)])];
        for (int u = 0; u < t; ++u)
            if (m_key[index(p, u)] >= 0 &&
                m_theme[std::size_t(m_key[index(p, u)])] == m_theme[std::size_t(w)]) {
                cost += m_repeatedThemeWeight;
                break;
            }
    }
    return cost;
}

double PlanState::themeDelta(int p, int s, int from, int to) const
{
    // The repeats of a person are their placements minus their distinct themes: a theme adds a repeat when
    // another slot has it already, and leaving one removes a repeat likewise.
    bool fromElsewhere = false, toElsewhere = false;
    for (int t = 0; t < m_slots; ++t) {
        const int w = m_key[index(p, t)];
        if (t == s || w < 0)
            continue;
        fromElsewhere |= m_theme[std::size_t(w)] == from;
        toElsewhere |= m_theme[std::size_t(w)] == to;
    }
    const double *preference = &m_preferenceCost[std::size_t(p) * std::size_t(m_themes)];
    double delta = preference[to] + (toElsewhere ? m_repeatedThemeWeight : 0.0);
    if (from >= 0)
        delta -= preference[from] + (fromElsewhere ? m_repeatedThemeWeight : 0.0);
    return delta;
}

double PlanState::directPairCost(int p, int q, int s) const
{
    unsigned bits = 0;
    for (std::size_t k = 0; k < 5; ++k)
        bits |= unsigned(m_attribute[std::size_t(p)][k] == m_attribute[std::size_t(q)][k]) << k;
    for (int t = 0; t < m_slots; ++t)
        if (t != s && m_key[index(p, t)] == m_key[index(q, t)])
            bits |= 32;
    return m_pairCost[bits];
}

int PlanState::meetingsElsewhere(int p, int s, int w, int length) const
{
    // Members who share p's workshop in at least one slot other than s, counted once however many.
    if (m_slots == 2) {
        const int t = 1 - s;
        const int key = m_key[index(p, t)];
        const int *x = column(w, 5 + t);
        int count = 0;
        for (int i = 0; i < length; ++i)
            count += x[i] == key ? 1 : 0;
        return count;
    }
    constexpr int Chunk = 16;
    int count = 0;
    for (int from = 0; from < length; from += Chunk) {
        std::array<int, Chunk> met{};
        const int n = std::min(Chunk, length - from);
        for (int t = 0; t < m_slots; ++t) {
            if (t == s)
                continue;
            const int key = m_key[index(p, t)];
            const int *x = column(w, 5 + t) + from;
            for (int i = 0; i < n; ++i)
                met[std::size_t(i)] |= x[i] == key ? 1 : 0;
        }
        for (int i = 0; i < n; ++i)
            count += met[std::size_t(i)];
    }
    return count;
}

double PlanState::pairSum(int p, int s, int w, int skip) const
{
    // Counting, column by column, the members equal to p; padding never matches. p's own entry, when p is a
    // member, and the member to leave out are taken off afterwards.
    const int length = roundUp(m_size[std::size_t(w)], Lanes);
    const std::array<int, 5> &mine = m_attribute[std::size_t(p)];
    double sum = 0;
    for (int k = 0; k < 5; ++k) {
        const int *x = column(w, k);
        int same = 0;
        for (int i = 0; i < length; ++i)
            same += x[i] == mine[std::size_t(k)] ? 1 : 0;
        sum += m_weight[std::size_t(k)] * same;
    }
    if (m_slots > 1)
        sum += m_meetingWeight * meetingsElsewhere(p, s, w, length);
    if (m_key[index(p, s)] == w)
        sum -= m_selfCost;
    if (skip >= 0 && m_key[index(skip, s)] == w)
        sum -= directPairCost(p, skip, s);
    return sum;
}

void PlanState::setAnchor(const Assignment &anchor, double weight)
{
    m_anchor.assign(std::size_t(m_people) * std::size_t(m_slots), -1);
    for (int s = 0; s < m_slots && std::size_t(s) < anchor.workshopOf.size(); ++s)
        for (int p = 0; p < m_people && std::size_t(p) < anchor.workshopOf[std::size_t(s)].size(); ++p)
            m_anchor[index(p, s)] = anchor.workshopOf[std::size_t(s)][std::size_t(p)];
    m_anchorWeight = weight;
}

double PlanState::joinCost(int p, int s, int w) const
{
    return themeDelta(p, s, -1, m_theme[std::size_t(w)]) + pairSum(p, s, w, -1) + anchorCost(p, s, w);
}

double PlanState::moveDelta(int p, int s, int to, int skip) const
{
    const int from = m_key[index(p, s)];
    double delta =
        pairSum(p, s, to, skip) - pairSum(p, s, from, skip) + anchorCost(p, s, to) - anchorCost(p, s, from);
    if (m_theme[std::size_t(from)] != m_theme[std::size_t(to)])
        delta += themeDelta(p, s, m_theme[std::size_t(from)], m_theme[std::size_t(to)]);
    return delta;
}

double PlanState::swapDelta(int p, int q, int s) const
{
    return moveDelta(p, s, m_key[index(q, s)], q) + moveDelta(q, s, m_key[index(p, s)], p);
}

void PlanState::writeEntry(int p, int s, int w, int position)
{
    for (int k = 0; k < 5; ++k)
        column(w, k)[position] = m_attribute[std::size_t(p)][std::size_t(k)];
    for (int t = 0; t < m_slots; ++t)
        column(w, 5 + t)[position] = m_key[index(p, t)];
    m_members[std::size_t(m_memberStart[std::size_t(w)] + position)] = p;
    m_position[index(p, s)] = position;
}

void PlanState::clearEntry(int w, int position)
{
    for (int c = 0; c < m_columnCount; ++c)
        column(w, c)[position] = NoOne;
    m_members[std::size_t(m_memberStart[std::size_t(w)] + position)] = -1;
}

void PlanState::updateOtherRecords(int p, int s, int key)
{
    for (int t = 0; t < m_slots; ++t) {
        const int w = m_key[index(p, t)];
        if (t != s && w >= 0)
            column(w, 5 + s)[m_position[index(p, t)]] = key;
    }
}

void PlanState::insertMember(int p, int s, int w)
{
    m_key[index(p, s)] = w;
    writeEntry(p, s, w, m_size[std::size_t(w)]++);
    updateOtherRecords(p, s, w);
}

void PlanState::removeMember(int p, int s)
{
    const std::size_t i = index(p, s);
    const int w = m_key[i];
    const int lastPosition = --m_size[std::size_t(w)];
    if (m_position[i] != lastPosition) {
        const int last = m_members[std::size_t(m_memberStart[std::size_t(w)] + lastPosition)];
        for (int c = 0; c < m_columnCount; ++c)
            column(w, c)[m_position[i]] = column(w, c)[lastPosition];
        m_members[std::size_t(m_memberStart[std::size_t(w)] + m_position[i])] = last;
        m_position[index(last, s)] = m_position[i];
    }
    clearEntry(w, lastPosition);
    m_key[i] = absentKey(p);
    m_position[i] = -1;
    updateOtherRecords(p, s, absentKey(p));
}

void PlanState::place(int p, int s, int w)
{
    m_objective += joinCost(p, s, w);
    insertMember(p, s, w);
}

void PlanState::unplace(int p, int s)
{
    const int w = m_key[index(p, s)];
    removeMember(p, s);
    m_objective -= joinCost(p, s, w);
}

void PlanState::move(int p, int s, int to, double delta)
{
    m_objective += std::isnan(delta) ? moveDelta(p, s, to) : delta;
    removeMember(p, s);
    insertMember(p, s, to);
}

void PlanState::swap(int p, int q, int s, double delta)
{
    m_objective += std::isnan(delta) ? swapDelta(p, q, s) : delta;
    const int a = m_key[index(p, s)];
    const int b = m_key[index(q, s)];
    const int positionP = m_position[index(p, s)];
    const int positionQ = m_position[index(q, s)];
    // Trading in place keeps both member lists' order.
    m_key[index(p, s)] = b;
    m_key[index(q, s)] = a;
    writeEntry(q, s, a, positionP);
    writeEntry(p, s, b, positionQ);
    updateOtherRecords(p, s, b);
    updateOtherRecords(q, s, a);
}

double PlanState::recomputeObjective() const
{
    double total = 0;
    for (int p = 0; p < m_people; ++p) {
        total += themeCost(p);
        for (int s = 0; s < m_slots; ++s)
            if (m_key[index(p, s)] >= 0)
                total += anchorCost(p, s, m_key[index(p, s)]);
    }
    for (int w = 0; w < workshopCount(); ++w) {
        const std::span<const int> in = members(w);
        const int s = m_slotOf[std::size_t(w)];
        for (std::size_t i = 0; i < in.size(); ++i)
            for (std::size_t j = i + 1; j < in.size(); ++j) {
                const int p = in[i], q = in[j];
                const std::array<int, 5> &a = m_attribute[std::size_t(p)];
                const std::array<int, 5> &b = m_attribute[std::size_t(q)];
                for (std::size_t k = 0; k < a.size(); ++k)
                    total += a[k] == b[k] ? m_weight[k] : 0.0;
                // Each pair's repeats are counted once, in the first slot where they meet.
                int together = 0;
                bool first = true;
                for (int t = 0; t < m_slots; ++t)
                    if (m_key[index(p, t)] == m_key[index(q, t)]) {
                        ++together;
                        first = first && t >= s;
                    }
                if (first)
                    total += m_meetingWeight * (together - 1);
            }
    }
    return total;
}

Assignment PlanState::assignment() const
{
    Assignment out;
    out.workshopOf.assign(std::size_t(m_slots), std::vector<int>(std::size_t(m_people), -1));
    for (int p = 0; p < m_people; ++p)
        for (int s = 0; s < m_slots; ++s)
            out.workshopOf[std::size_t(s)][std::size_t(p)] = at(p, s);
    return out;
}

} // namespace cordee::formation
