#include "demandplanner.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cordee::formation {

namespace {

/// What the attendees of one slot ask for. Languages are positions in PlanningInput::languages.
struct SlotDemand
{
    int attendees = 0;
    std::vector<double> theme;                  ///< per theme, summing to the attendees
    std::vector<std::vector<double>> themeLang; ///< [theme][language], from people with a candidate language
    std::vector<double> langWeight;             ///< speakers, someone with c candidate languages counting 1/c
    std::vector<int> speakers;                  ///< attendees who can sit in that language (unknown included)
    std::vector<int> monolingual;               ///< attendees whose only candidate language it is
};

int slotsAttended(const Person &p)
{
    return int(std::count(p.attends.cbegin(), p.attends.cend(), true));
}

/// One person's demand per theme in one slot (summing to 1): their first m choices for m slots attended,
/// weighted 2m, 2m − 1, … so the first counts most; what their ranking leaves goes evenly to other themes.
std::vector<double> personThemeDemand(const Person &p, int themeCount)
{
    std::vector<double> d(size_t(themeCount), 0.0);
    std::vector<int> ranked;
    for (int t : p.preferences)
        if (t >= 0 && t < themeCount && std::find(ranked.cbegin(), ranked.cend(), t) == ranked.cend())
            ranked.push_back(t);
    const int m = std::max(1, slotsAttended(p));
    const double total = 2.0 * m * m - m * (m - 1) / 2.0;
    double rest = 0;
    for (int i = 0; i < m; ++i) {
        const double w = (2.0 * m - i) / total;
        if (i < int(ranked.size()))
            d[size_t(ranked[size_t(i)])] += w;
        else
            rest += w;
    }
    if (rest > 0) {
        std::vector<int> others;
        for (int t = 0; t < themeCount; ++t)
            if (std::find(ranked.cbegin(), ranked.cend(), t) == ranked.cend())
                others.push_back(t);
        if (others.empty())
            others = ranked;
        for (int t : others)
            d[size_t(t)] += rest / double(others.size());
    }
    return d;
}

std::vector<int> candidateLanguages(const Person &p, const std::vector<int> &languages)
{
    std::vector<int> out;
    for (size_t i = 0; i < languages.size(); ++i)
        if (std::find(p.languages.cbegin(), p.languages.cend(), languages[i]) != p.languages.cend())
            out.push_back(int(i));
    return out;
}

SlotDemand slotDemand(const Problem &problem, const std::vector<int> &languages, int slot)
{
    const size_t themes = size_t(std::max(0, problem.themeCount));
    SlotDemand s;
    s.theme.assign(themes, 0.0);
    s.themeLang.assign(themes, std::vector<double>(languages.size(), 0.0));
    s.langWeight.assign(languages.size(), 0.0);
    s.speakers.assign(languages.size(), 0);
    s.monolingual.assign(languages.size(), 0);
    for (const Person &p : problem.people) {
        if (size_t(slot) >= p.attends.size() || !p.attends[size_t(slot)])
            continue;
        ++s.attendees;
        const std::vector<double> d = personThemeDemand(p, int(themes));
        const std::vector<int> spoken = candidateLanguages(p, languages);
        for (size_t t = 0; t < themes; ++t) {
            s.theme[t] += d[t];
            for (int l : spoken)
                s.themeLang[t][size_t(l)] += d[t] / double(spoken.size());
        }
        for (int l : spoken)
            s.langWeight[size_t(l)] += 1.0 / double(spoken.size());
        for (size_t l = 0; l < languages.size(); ++l)
            if (spoken.empty() || std::find(spoken.cbegin(), spoken.cend(), int(l)) != spoken.cend())
                ++s.speakers[l];
        if (spoken.size() == 1)
            ++s.monolingual[size_t(spoken.front())];
    }
    return s;
}

/// Splits `total` into whole numbers in proportion to `weights`, each within [lo, hi], one at a time to
/// the item furthest below its share (ties to the first). Gives out less when every item is at `hi`.
std::vector<int> apportion(int total, const std::vector<double> &weights, const std::vector<int> &lo,
                           const std::vector<int> &hi)
{
    std::vector<int> n = lo;
    const double sum = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    const auto share = [&](size_t i) {
        return sum > 0 ? total * weights[i] / sum : double(total) / double(weights.size());
    };
    for (int given = std::accumulate(n.cbegin(), n.cend(), 0); given < total; ++given) {
        int best = -1;
        for (size_t i = 0; i < n.size(); ++i)
            if (n[i] < hi[i] && (best < 0 || share(i) - n[i] > share(size_t(best)) - n[size_t(best)] + 1e-9))
                best = int(i);
        if (best < 0)
            break;
        ++n[size_t(best)];
    }
    return n;
}

/// Sizes aim at the middle of [min, max], then as many as it takes to seat everyone in the biggest rooms,
/// then as few as it takes for every workshop to reach min.
int workshopCount(int attendees, int minSize, int maxSize, const std::vector<int> &seatsDescending)
{
    const int rooms = int(seatsDescending.size());
    if (attendees == 0 || rooms == 0)
        return 0;
    int k = std::clamp(int(std::lround(2.0 * attendees / (minSize + maxSize))), 1, rooms);
    const auto seats = [&](int n) {
        return std::accumulate(seatsDescending.cbegin(), seatsDescending.cbegin() + n, 0);
    };
    while (k < rooms && seats(k) < attendees)
        ++k;
    while (k > 1 && k * minSize > attendees)
        --k;
    return k;
}

std::vector<int> languageCounts(const SlotDemand &s, int k, int minSize, int maxSize)
{
    const size_t n = s.langWeight.size();
    std::vector<int> lo(n, 0), hi(n, 0);
    for (size_t l = 0; l < n; ++l) {
        hi[l] = s.speakers[l] / std::max(1, minSize);
        lo[l] = std::min(hi[l], (s.monolingual[l] + maxSize - 1) / std::max(1, maxSize));
    }
    if (std::accumulate(lo.cbegin(), lo.cend(), 0) > k)
        std::fill(lo.begin(), lo.end(), 0);
    return apportion(k, s.langWeight, lo, hi);
}

std::vector<int> themeCounts(const SlotDemand &s, int k)
{
    const size_t n = s.theme.size();
    const int wanted = int(std::count_if(s.theme.cbegin(), s.theme.cend(), [](double d) { return d > 0; }));
    std::vector<int> lo(n, 0), hi(n, k);
    if (k >= wanted)
        for (size_t t = 0; t < n; ++t)
            lo[t] = s.theme[t] > 0 ? 1 : 0;
    return apportion(k, s.theme, lo, hi);
}

/// Crosses the theme counts with the column (language) counts: each workshop in turn goes to the cell
/// furthest below its share of the theme's demand `weights[theme][column]`, among themes and columns with
/// workshops left (so the counts of both always add up).
std::vector<std::vector<int>> crossCounts(const std::vector<std::vector<double>> &weights,
                                          const std::vector<int> &themes, const std::vector<int> &columns)
{
    std::vector<std::vector<int>> cell(themes.size(), std::vector<int>(columns.size(), 0));
    std::vector<int> rowLeft = themes, colLeft = columns;
    const int total = std::min(std::accumulate(themes.cbegin(), themes.cend(), 0),
                               std::accumulate(columns.cbegin(), columns.cend(), 0));
    for (int given = 0; given < total; ++given) {
        double bestDeficit = 0;
        size_t bt = themes.size(), bc = 0;
        for (size_t t = 0; t < themes.size(); ++t) {
            const double rowSum = std::accumulate(weights[t].cbegin(), weights[t].cend(), 0.0);
            for (size_t c = 0; c < columns.size(); ++c) {
                if (rowLeft[t] == 0 || colLeft[c] == 0)
                    continue;
                const double target =
                    rowSum > 0 ? themes[t] * weights[t][c] / rowSum : double(themes[t]) * columns[c] / total;
                if (bt == themes.size() || target - cell[t][c] > bestDeficit + 1e-9) {
                    bestDeficit = target - cell[t][c];
                    bt = t;
                    bc = c;
                }
            }
        }
        ++cell[bt][bc];
        --rowLeft[bt];
        --colLeft[bc];
    }
    return cell;
}

/// Indices of the order of `values`, the largest first (ties in index order).
template <typename T>
std::vector<size_t> descendingOrder(const std::vector<T> &values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] > values[b]; });
    return order;
}

void planSlot(const Problem &problem, const PlanningInput &input, int slot, std::vector<PlannedWorkshop> &out)
{
    std::vector<int> rooms;
    if (size_t(slot) < input.freeRooms.size())
        for (int r : input.freeRooms[size_t(slot)])
            if (r >= 0 && size_t(r) < input.roomCapacities.size() &&
                input.roomCapacities[size_t(r)] >= problem.minSize)
                rooms.push_back(r);
    std::stable_sort(rooms.begin(), rooms.end(), [&](int a, int b) {
        return input.roomCapacities[size_t(a)] > input.roomCapacities[size_t(b)];
    });
    std::vector<int> seats;
    for (int r : rooms)
        seats.push_back(std::min(problem.maxSize, input.roomCapacities[size_t(r)]));

    const SlotDemand demand = slotDemand(problem, input.languages, slot);
    const int k = workshopCount(demand.attendees, problem.minSize, problem.maxSize, seats);
    if (k == 0 || demand.theme.empty())
        return;
    const std::vector<int> themes = themeCounts(demand, k);
    // Columns: the candidate languages, then workshops open to any language when the speakers cannot fill
    // them all to the minimum.
    std::vector<int> columns = languageCounts(demand, k, problem.minSize, problem.maxSize);
    std::vector<int> columnLanguage = input.languages;
    std::vector<std::vector<double>> weights = demand.themeLang;
    if (const int open = k - std::accumulate(columns.cbegin(), columns.cend(), 0); open > 0) {
        columns.push_back(open);
        columnLanguage.push_back(-1);
        for (size_t t = 0; t < weights.size(); ++t)
            weights[t].push_back(demand.theme[t] * 1e-3);
    }
    const std::vector<std::vector<int>> cells = crossCounts(weights, themes, columns);

    size_t nextRoom = 0;
    for (size_t t : descendingOrder(demand.theme))
        for (size_t c : descendingOrder(weights[t]))
            for (int i = 0; i < cells[t][c]; ++i)
                out.push_back(PlannedWorkshop{slot, int(t), columnLanguage[c], rooms[nextRoom++]});
}

} // namespace

std::vector<PlannedWorkshop> planFromDemand(const Problem &problem, const PlanningInput &input)
{
    std::vector<PlannedWorkshop> out;
    for (int slot : input.slotsToPlan)
        planSlot(problem, input, slot, out);
    return out;
}

} // namespace cordee::formation
