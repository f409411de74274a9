#include "localsearch.h"

#include "random.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <span>

namespace cordee::formation {

namespace {

constexpr long long ReportEvery = 10000;
constexpr int CalibrationSamples = 2000;
/// Moves tried in one slot before drawing the next.
constexpr long long BlockLength = 4096;

/// Where each person may go: the workshops of each slot whose language they speak, all of them and by theme.
/// People who speak the same languages share their lists.
class Targets
{
public:
    explicit Targets(const PlanState &state);

    const std::vector<int> &all(int p, int s) const { return m_lists[key(p, s, m_themes)]; }
    const std::vector<int> &ofTheme(int p, int s, int theme) const { return m_lists[key(p, s, theme)]; }
    /// The themes `p` ranked that some workshop has (kept here, packed, for the cache's sake).
    std::span<const int> ranked(int p) const
    {
        return {&m_ranked[std::size_t(p) * MaxRanked], std::size_t(m_rankedCount[std::size_t(p)])};
    }

private:
    std::size_t key(int p, int s, int theme) const
    {
        return (std::size_t(m_group[std::size_t(p)]) * std::size_t(m_slots) + std::size_t(s)) *
                   std::size_t(m_themes + 1) +
               std::size_t(theme);
    }

    static constexpr std::size_t MaxRanked = 5;
    int m_slots = 0;
    int m_themes = 0;
    std::vector<int> m_group;
    std::vector<int> m_ranked;
    std::vector<unsigned char> m_rankedCount;
    std::vector<std::vector<int>> m_lists; ///< group × slot × (theme…, all)
};

Targets::Targets(const PlanState &state)
    : m_slots(state.slotCount())
{
    for (int w = 0; w < state.workshopCount(); ++w)
        m_themes = std::max(m_themes, state.theme(w) + 1);
    std::map<std::vector<int>, int> groups;
    std::vector<int> representative;
    m_ranked.assign(std::size_t(state.peopleCount()) * MaxRanked, -1);
    for (int p = 0; p < state.peopleCount(); ++p) {
        m_rankedCount.push_back(0);
        std::vector<int> spoken = state.problem().people[std::size_t(p)].languages;
        std::sort(spoken.begin(), spoken.end());
        const auto [it, added] = groups.emplace(std::move(spoken), int(groups.size()));
        if (added)
            representative.push_back(p);
        m_group.push_back(it->second);
        for (int theme : state.problem().people[std::size_t(p)].preferences)
            if (theme >= 0 && theme < m_themes && m_rankedCount.back() < MaxRanked) {
                m_ranked[std::size_t(p) * MaxRanked + m_rankedCount.back()] = theme;
                ++m_rankedCount.back();
            }
    }
    m_lists.resize(representative.size() * std::size_t(m_slots) * std::size_t(m_themes + 1));
    for (std::size_t g = 0; g < representative.size(); ++g)
        for (int s = 0; s < m_slots; ++s)
            for (int w : state.workshopsOfSlot(s))
                if (state.eligible(representative[g], w)) {
                    const std::size_t base =
                        (g * std::size_t(m_slots) + std::size_t(s)) * std::size_t(m_themes + 1);
                    m_lists[base + std::size_t(state.theme(w))].push_back(w);
                    m_lists[base + std::size_t(m_themes)].push_back(w);
                }
}

/// One candidate change: `p` moves to `to` in slot `s`, or trades places with `q` when q ≥ 0.
struct Proposal
{
    int p = -1;
    int q = -1;
    int s = 0;
    int to = -1;
    double delta = 0;
};

class Annealer
{
public:
    Annealer(PlanState &state, const SearchSettings &settings);
    SearchResult run();

private:
    bool propose(Proposal &proposal);
    int otherThan(const std::vector<int> &list, int from);
    int pickTarget(int p, int s, int from);
    void apply(const Proposal &proposal);
    void chooseBlock();
    double calibrate();
    void keepIfBest();
    bool checkpoint(long long done);
    Assignment bestAssignment() const;

    PlanState &m_state;
    const SearchSettings &m_settings;
    Random m_random;
    Targets m_targets;
    std::vector<int> m_movable;            ///< person × slots + slot, for every placement that may change
    std::vector<int> m_slotStart;          ///< where each slot's placements start in m_movable
    int m_blockBegin = 0, m_blockSize = 0; ///< the placements of the slot being worked on
    std::vector<int> m_best;
    double m_bestObjective = 0;
    bool m_stopped = false;
};

Annealer::Annealer(PlanState &state, const SearchSettings &settings)
    : m_state(state)
    , m_settings(settings)
    , m_random(settings.seed)
    , m_targets(state)
    , m_best(state.table())
    , m_bestObjective(state.objective())
{
    // Grouped by slot: the search works on one slot at a time for a while, which keeps its memory in cache.
    m_slotStart.push_back(0);
    for (int s = 0; s < state.slotCount(); ++s) {
        for (int p = 0; p < state.peopleCount(); ++p)
            if (state.at(p, s) >= 0 && state.movable(p, s) && m_targets.all(p, s).size() > 1)
                m_movable.push_back(p * state.slotCount() + s);
        m_slotStart.push_back(int(m_movable.size()));
    }
}

int Annealer::otherThan(const std::vector<int> &list, int from)
{
    if (list.empty())
        return -1;
    const std::uint32_t n = std::uint32_t(list.size());
    const std::uint32_t i = m_random.below(n);
    if (list[i] != from)
        return list[i];
    return n > 1 ? list[(i + 1 + m_random.below(n - 1)) % n] : -1;
}

/// A third of the time a workshop of the same theme (only the company changes: what matters once preferences
/// have settled), a third of a theme the person ranked, a third any.
int Annealer::pickTarget(int p, int s, int from)
{
    const std::uint32_t r = m_random.below(3);
    if (r == 0) {
        if (const int to = otherThan(m_targets.ofTheme(p, s, m_state.theme(from)), from); to >= 0)
            return to;
    } else if (const std::span<const int> ranked = m_targets.ranked(p); r == 1 && !ranked.empty()) {
        const int theme = ranked[m_random.below(std::uint32_t(ranked.size()))];
        if (const int to = otherThan(m_targets.ofTheme(p, s, theme), from); to >= 0)
            return to;
    }
    return otherThan(m_targets.all(p, s), from);
}

bool Annealer::propose(Proposal &proposal)
{
    const int e = m_movable[std::size_t(m_blockBegin) + m_random.below(std::uint32_t(m_blockSize))];
    const int p = e / m_state.slotCount();
    const int s = e % m_state.slotCount();
    const int from = m_state.at(p, s);
    const int to = pickTarget(p, s, from);
    if (to < 0)
        return false;
    proposal = {p, -1, s, to, 0};
    const bool canMove = m_state.size(from) > m_state.lower() && m_state.size(to) < m_state.upper(to);
    if (canMove && (m_random.next() & 1)) {
        proposal.delta = m_state.moveDelta(p, s, to);
        return true;
    }
    const auto in = m_state.members(to);
    if (in.empty())
        return false;
    const int q = in[m_random.below(std::uint32_t(in.size()))];
    if (!m_state.movable(q, s) || !m_state.eligible(q, from))
        return false;
    proposal.q = q;
    proposal.delta = m_state.swapDelta(p, q, s);
    return true;
}

void Annealer::chooseBlock()
{
    // A slot drawn in proportion to its placements.
    const int e = int(m_random.below(std::uint32_t(m_movable.size())));
    const auto slot = std::upper_bound(m_slotStart.begin(), m_slotStart.end(), e) - m_slotStart.begin() - 1;
    m_blockBegin = m_slotStart[std::size_t(slot)];
    m_blockSize = m_slotStart[std::size_t(slot) + 1] - m_blockBegin;
}

void Annealer::apply(const Proposal &proposal)
{
    if (proposal.q < 0)
        m_state.move(proposal.p, proposal.s, proposal.to, proposal.delta);
    else
        m_state.swap(proposal.p, proposal.q, proposal.s, proposal.delta);
}

/// The first temperature: one at which a typical worsening change is taken about a third of the time.
double Annealer::calibrate()
{
    double sum = 0;
    int count = 0;
    Proposal proposal;
    for (int i = 0; i < CalibrationSamples; ++i)
        if (propose(proposal) && proposal.delta > 1e-9) {
            sum += proposal.delta;
            ++count;
        }
    return count > 0 ? sum / count : 1.0;
}

void Annealer::keepIfBest()
{
    if (m_state.objective() < m_bestObjective - 1e-9) {
        m_best = m_state.table();
        m_bestObjective = m_state.objective();
    }
}

bool Annealer::checkpoint(long long done)
{
    if (m_settings.progress)
        m_settings.progress(double(done) / double(std::max(m_settings.iterations, 1LL)), m_bestObjective);
    m_stopped = (m_settings.cancel && m_settings.cancel->load(std::memory_order_relaxed)) ||
                std::chrono::steady_clock::now() > m_settings.deadline;
    return !m_stopped;
}

SearchResult Annealer::run()
{
    const long long budget = m_movable.empty() ? 0 : m_settings.iterations;
    if (budget > 0)
        chooseBlock();
    const double first = budget > 0 ? m_settings.heat * calibrate() : 0;
    const long long snapshotEvery = std::max<long long>(1024, static_cast<long long>(m_movable.size()));
    double temperature = first;
    Proposal proposal;
    long long done = 0;
    for (; done < budget; ++done) {
        if (done % 256 == 0)
            temperature = first * std::pow(m_settings.cooling, double(done) / double(budget));
        if (done % snapshotEvery == 0)
            keepIfBest();
        if (done % BlockLength == 0)
            chooseBlock();
        if (done % ReportEvery == 0 && !checkpoint(done))
            break;
        if (propose(proposal) &&
            (proposal.delta <= 0 || m_random.unit() < std::exp(-proposal.delta / temperature)))
            apply(proposal);
    }
    keepIfBest();
    if (m_settings.progress)
        m_settings.progress(1.0, m_bestObjective);
    SearchResult result;
    result.iterations = done;
    result.stoppedEarly = m_stopped;
    result.objective = m_bestObjective;
    result.best = bestAssignment();
    return result;
}

Assignment Annealer::bestAssignment() const
{
    const int slotCount = m_state.slotCount();
    Assignment out;
    out.workshopOf.assign(std::size_t(slotCount), std::vector<int>(std::size_t(m_state.peopleCount()), -1));
    for (int p = 0; p < m_state.peopleCount(); ++p)
        for (int s = 0; s < slotCount; ++s) // the table says "not placed" with any negative number
            out.workshopOf[std::size_t(s)][std::size_t(p)] =
                std::max(m_best[std::size_t(p) * std::size_t(slotCount) + std::size_t(s)], -1);
    return out;
}

} // namespace

SearchResult anneal(PlanState &state, const SearchSettings &settings)
{
    Annealer annealer(state, settings);
    return annealer.run();
}

} // namespace cordee::formation
