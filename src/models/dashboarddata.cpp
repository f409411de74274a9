#include "dashboarddata.h"

#include "countrytable.h"
#include "workshopboard.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace cordee {

namespace {

struct DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(DashboardText)
};

template <typename Value, typename Key>
Distribution count(Distribution::Facet facet, const QList<Participant> &participants,
                   const QList<Value> &order, Key keyOf)
{
    Distribution d;
    d.facet = facet;
    QMap<Value, int> counts;
    for (const Participant &p : participants) {
        if (!p.isCounted())
            continue;
        ++d.total;
        if (const auto value = keyOf(p))
            ++counts[*value];
    }
    for (const Value &v : order)
        if (counts.value(v) > 0)
            d.items.append({vocab::key(v), vocab::label(v), counts.value(v)});
    return d;
}

} // namespace

int Distribution::sum() const
{
    int s = 0;
    for (const ChartItem &item : items)
        s += item.count;
    return s;
}

const ChartItem *Distribution::largest() const
{
    const ChartItem *best = nullptr;
    for (const ChartItem &item : items)
        if (!item.key.isEmpty() && (!best || item.count > best->count))
            best = &item;
    return best;
}

Distribution participantsByContinent(const QList<Participant> &participants)
{
    const CountryTable &table = CountryTable::instance();
    return count(Distribution::Facet::Continent, participants, vocab::continents(),
                 [&table](const Participant &p) -> std::optional<Continent> {
                     if (const Country *c = table.find(p.country))
                         return c->continent;
                     return std::nullopt;
                 });
}

Distribution topCountries(const QList<Participant> &participants, int top)
{
    const CountryTable &table = CountryTable::instance();
    Distribution d;
    d.facet = Distribution::Facet::Country;
    QMap<QString, int> counts;
    for (const Participant &p : participants) {
        if (!p.isCounted())
            continue;
        ++d.total;
        if (const Country *c = table.find(p.country))
            ++counts[c->code];
    }
    QList<ChartItem> all;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        all.append({it.key(), table.displayName(it.key()), it.value()});
    std::stable_sort(all.begin(), all.end(),
                     [](const ChartItem &a, const ChartItem &b) { return a.count > b.count; });
    int other = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i < top)
            d.items.append(all.at(i));
        else
            other += all.at(i).count;
    }
    if (other > 0)
        d.items.append({QString(), DashboardText::tr("Other countries"), other});
    return d;
}

Distribution participantsByCategory(const QList<Participant> &participants)
{
    QList<Category> order = vocab::categories();
    order.append(Category::Unspecified);
    return count(Distribution::Facet::Category, participants, order,
                 [](const Participant &p) { return std::optional<Category>(p.category); });
}

Distribution participantsByGender(const QList<Participant> &participants)
{
    return count(Distribution::Facet::Gender, participants, vocab::genders(),
                 [](const Participant &p) { return std::optional<Gender>(p.gender); });
}

Distribution participantsByAgeBand(const QList<Participant> &participants)
{
    QList<AgeBand> order = vocab::ageBands();
    if (!order.contains(AgeBand::Unknown))
        order.append(AgeBand::Unknown);
    return count(Distribution::Facet::AgeBand, participants, order,
                 [](const Participant &p) { return std::optional<AgeBand>(p.ageBand); });
}

int SlotFigures::placed() const
{
    int n = unranked;
    for (int r : byRank)
        n += r;
    return n;
}

QList<TimeSlot> workshopSlots(const ForumSnapshot &forum)
{
    QList<TimeSlot> out;
    for (const TimeSlot &slot : forum.timeSlots)
        if (slot.kind == SlotKind::Workshops)
            out.append(slot);
    return out;
}

SlotFigures slotFigures(const ForumSnapshot &forum, const FormationModel &model, const QString &slotKey)
{
    SlotFigures out;
    out.slotKey = slotKey;
    out.byRank = QList<int>(Participant::MaxPreferences, 0);
    if (model.slotIndex(slotKey) < 0)
        return out;
    const SlotBoard board = buildSlotBoard(forum, model, slotKey);
    out.unplaced = int(board.unplaced.size());
    for (const BoardCard &card : board.cards) {
        WorkshopFigures w;
        w.key = card.workshop.key;
        w.label = !card.themeTitle.isEmpty()       ? card.themeTitle
                  : !card.workshop.title.isEmpty() ? card.workshop.title
                                                   : card.workshop.key;
        w.size = int(card.members.size());
        w.minSize = card.minSize;
        w.upperBound = card.upperBound;
        w.women = card.women;
        w.men = card.men;
        w.otherGender = w.size - w.women - w.men;
        w.countries = card.countries;
        w.continents = card.continents;
        out.workshops.append(w);
        for (const BoardMember &m : card.members) {
            if (m.rank >= 1 && m.rank <= Participant::MaxPreferences)
                ++out.byRank[m.rank - 1];
            else
                ++out.unranked;
        }
    }
    return out;
}

} // namespace cordee
