#include "construction.h"

#include "formationtext.h"
#include "random.h"

#include <QCoreApplication>

#include <algorithm>
#include <deque>
#include <limits>

namespace cordee::formation {

namespace {

// The translation context of the formation engine's messages.
struct Formation
{
    Q_DECLARE_TR_FUNCTIONS(Formation)
};

/// Pins that cannot all hold, whatever the rest of the plan.
Status checkPins(const PlanState &state)
{
    const Problem &problem = state.problem();
    std::vector<int> pinned(problem.workshops.size(), 0);
    for (const Pin &pin : problem.pins) {
        if (pin.person < 0 || pin.person >= state.peopleCount() || pin.workshop < 0 ||
            pin.workshop >= state.workshopCount() || state.slotOf(pin.workshop) < 0 ||
            state.slotOf(pin.workshop) >= state.slotCount())
            return Error{Formation::tr("a pin names a person or a workshop that does not exist"), {}};
        const int s = state.slotOf(pin.workshop);
        if (!state.attends(pin.person, s))
            return Error{Formation::tr("%1 is pinned in slot %2, which they do not attend")
                             .arg(text::person(problem, pin.person), text::slot(problem, s)),
                         {}};
        if (state.pinOf(pin.person, s) != pin.workshop)
            return Error{Formation::tr("%1 is pinned to two workshops of slot %2")
                             .arg(text::person(problem, pin.person), text::slot(problem, s)),
                         {}};
        if (!state.eligible(pin.person, pin.workshop))
            return Error{Formation::tr("%1 is pinned to workshop %2, whose language they do not speak")
                             .arg(text::person(problem, pin.person), text::workshop(problem, pin.workshop)),
                         {}};
        ++pinned[std::size_t(pin.workshop)];
    }
    for (int w = 0; w < state.workshopCount(); ++w)
        if (pinned[std::size_t(w)] > state.upper(w))
            return Error{Formation::tr("%n participant(s) are pinned to workshop %1, which holds %2", nullptr,
                                       pinned[std::size_t(w)])
                             .arg(text::workshop(problem, w))
                             .arg(state.upper(w)),
                         {}};
    return Status::ok();
}

/// Keeps `start`'s placements in slot `s` that still hold (after the pins), as far as rooms allow.
void placeFromStart(PlanState &state, const Assignment &start, int s)
{
    const std::vector<int> &row = start.workshopOf[std::size_t(s)];
    for (int p = 0; p < state.peopleCount(); ++p) {
        const int w = row[std::size_t(p)];
        if (state.at(p, s) < 0 && state.attends(p, s) && w >= 0 && w < state.workshopCount() &&
            state.slotOf(w) == s && state.eligible(p, w) && state.size(w) < state.upper(w))
            state.place(p, s, w);
    }
}

/// The cheapest workshop of slot `s` with room for `p`; when `onlyShort`, only those still under the minimum.
int cheapestWorkshop(const PlanState &state, int p, int s, bool onlyShort)
{
    int best = -1;
    double bestCost = std::numeric_limits<double>::infinity();
    for (int w : state.workshopsOfSlot(s)) {
        if (state.size(w) >= state.upper(w) || (onlyShort && state.size(w) >= state.lower()) ||
            !state.eligible(p, w))
            continue;
        const double cost = state.joinCost(p, s, w);
        if (cost < bestCost) {
            bestCost = cost;
            best = w;
        }
    }
    return best;
}

/// Places whoever is left in slot `s`, those with the fewest possible workshops first, each where they add
/// least to F; once only as many people are left as the workshops still lack, only short workshops are
/// offered.
void placeGreedily(PlanState &state, int s, Random &random)
{
    struct Waiting
    {
        int choices;
        std::uint64_t tieBreak;
        int person;
    };
    std::vector<Waiting> waiting;
    for (int p = 0; p < state.peopleCount(); ++p) {
        if (state.at(p, s) >= 0 || !state.attends(p, s))
            continue;
        const auto &slot = state.workshopsOfSlot(s);
        const int choices =
            int(std::count_if(slot.begin(), slot.end(), [&](int w) { return state.eligible(p, w); }));
        waiting.push_back({choices, random.next(), p});
    }
    std::sort(waiting.begin(), waiting.end(), [](const Waiting &a, const Waiting &b) {
        return a.choices != b.choices ? a.choices < b.choices : a.tieBreak < b.tieBreak;
    });
    long long missing = 0;
    for (int w : state.workshopsOfSlot(s))
        missing += std::max(0, state.lower() - state.size(w));
    auto left = static_cast<long long>(waiting.size());
    for (const Waiting &one : waiting) {
        int w = cheapestWorkshop(state, one.person, s, left <= missing);
        if (w < 0)
            w = cheapestWorkshop(state, one.person, s, false);
        --left;
        if (w < 0)
            continue; // left to the repair
        if (state.size(w) < state.lower())
            --missing;
        state.place(one.person, s, w);
    }
}

/// Breadth-first search state over the workshops of one slot: for a workshop reached, the workshop the step
/// came from and the person who moves along it.
struct Chains
{
    std::vector<int> via, mover;
    std::vector<bool> seen;

    explicit Chains(int workshops)
        : via(std::size_t(workshops), -1)
        , mover(std::size_t(workshops), -1)
        , seen(std::size_t(workshops), false)
    {}
    void reset(const std::vector<int> &slot)
    {
        for (int w : slot) {
            via[std::size_t(w)] = mover[std::size_t(w)] = -1;
            seen[std::size_t(w)] = false;
        }
    }
};

/// Places `p` in slot `s` through a chain of moves ending in a workshop with room: p enters a full workshop
/// whose language they speak, someone there moves on to another, … (an augmenting path).
bool placeByChain(PlanState &state, int p, int s, Chains &chains)
{
    const std::vector<int> &slot = state.workshopsOfSlot(s);
    chains.reset(slot);
    std::deque<int> queue;
    for (int w : slot)
        if (state.eligible(p, w)) {
            chains.seen[std::size_t(w)] = true;
            queue.push_back(w);
        }
    while (!queue.empty()) {
        int x = queue.front();
        queue.pop_front();
        if (state.size(x) < state.upper(x)) {
            for (; chains.via[std::size_t(x)] >= 0; x = chains.via[std::size_t(x)])
                state.move(chains.mover[std::size_t(x)], s, x, std::numeric_limits<double>::quiet_NaN());
            state.place(p, s, x);
            return true;
        }
        for (int q : state.members(x)) {
            if (!state.movable(q, s))
                continue;
            for (int y : slot)
                if (!chains.seen[std::size_t(y)] && state.eligible(q, y)) {
                    chains.seen[std::size_t(y)] = true;
                    chains.via[std::size_t(y)] = x;
                    chains.mover[std::size_t(y)] = q;
                    queue.push_back(y);
                }
        }
    }
    return false;
}

/// Brings the short workshop `d` one person closer to the minimum through a chain of moves that starts in a
/// workshop above the minimum.
bool fillByChain(PlanState &state, int d, int s, Chains &chains)
{
    const std::vector<int> &slot = state.workshopsOfSlot(s);
    chains.reset(slot);
    chains.seen[std::size_t(d)] = true;
    std::deque<int> queue{d};
    while (!queue.empty()) {
        const int x = queue.front();
        queue.pop_front();
        for (int y : slot) {
            if (chains.seen[std::size_t(y)])
                continue;
            const auto in = state.members(y);
            const auto q = std::find_if(in.begin(), in.end(),
                                        [&](int q) { return state.movable(q, s) && state.eligible(q, x); });
            if (q == in.end())
                continue;
            chains.seen[std::size_t(y)] = true;
            chains.via[std::size_t(y)] = x;
            chains.mover[std::size_t(y)] = *q;
            if (state.size(y) <= state.lower()) {
                queue.push_back(y);
                continue;
            }
            for (int z = y; z != d; z = chains.via[std::size_t(z)])
                state.move(chains.mover[std::size_t(z)], s, chains.via[std::size_t(z)],
                           std::numeric_limits<double>::quiet_NaN());
            return true;
        }
    }
    return false;
}

Status repairSlot(PlanState &state, int s)
{
    const Problem &problem = state.problem();
    Chains chains(state.workshopCount());
    int unplaced = 0;
    for (int p = 0; p < state.peopleCount(); ++p)
        if (state.attends(p, s) && state.at(p, s) < 0 && !placeByChain(state, p, s, chains))
            ++unplaced;
    if (unplaced > 0)
        return Error{Formation::tr("in slot %1, %n participant(s) find no seat in a workshop whose language "
                                   "they speak",
                                   nullptr, unplaced)
                         .arg(text::slot(problem, s)),
                     {}};
    int short_ = 0;
    for (int w : state.workshopsOfSlot(s))
        while (state.size(w) < state.lower())
            if (!fillByChain(state, w, s, chains)) {
                ++short_;
                break;
            }
    if (short_ > 0)
        return Error{Formation::tr("in slot %1, %n workshop(s) cannot reach %2 participants", nullptr, short_)
                         .arg(text::slot(problem, s))
                         .arg(state.lower()),
                     {}};
    return Status::ok();
}

} // namespace

Status constructPlan(PlanState &state, const std::optional<Assignment> &start, std::uint64_t seed)
{
    if (Status pins = checkPins(state); !pins)
        return pins;
    const bool useStart =
        start && int(start->workshopOf.size()) == state.slotCount() &&
        std::all_of(start->workshopOf.begin(), start->workshopOf.end(),
                    [&](const auto &row) { return int(row.size()) == state.peopleCount(); });
    Random random(seed ^ 0x636f6e7374727563ULL);
    for (int s = 0; s < state.slotCount(); ++s) {
        for (int p = 0; p < state.peopleCount(); ++p)
            if (state.pinOf(p, s) >= 0)
                state.place(p, s, state.pinOf(p, s));
        if (useStart)
            placeFromStart(state, *start, s);
        placeGreedily(state, s, random);
        if (Status repaired = repairSlot(state, s); !repaired)
            return repaired;
    }
    return Status::ok();
}

} // namespace cordee::formation
