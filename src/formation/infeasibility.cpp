// Why no plan can hold every hard rule, found by counting before any search: the organizer gets one precise
// sentence instead of a solver that gives up.

#include "scorecard.h"

#include "costmodel.h"
#include "formationtext.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <map>
#include <set>

namespace cordee::formation {

namespace {

// The translation context of the formation engine's messages.
struct Formation
{
    Q_DECLARE_TR_FUNCTIONS(Formation)
};

using Message = std::optional<QString>;

// Past this many working languages in one slot only single languages are checked (2^k subsets otherwise).
constexpr int kMaxEnumeratedLanguages = 16;

Message checkData(const Problem &problem)
{
    if (problem.minSize > problem.maxSize)
        return Formation::tr("The minimum workshop size (%1) is above the maximum (%2)")
            .arg(QString::number(problem.minSize), QString::number(problem.maxSize));
    for (int w = 0; w < int(problem.workshops.size()); ++w) {
        const int slot = problem.workshops[w].slot;
        if (slot < 0 || slot >= problem.slotCount)
            return Formation::tr("Workshop %1 belongs to slot %2, which does not exist")
                .arg(QString::number(w + 1), QString::number(slot + 1));
    }
    for (const Pin &pin : problem.pins) {
        if (pin.person < 0 || pin.person >= int(problem.people.size()))
            return Formation::tr("A pin names person %1, who does not exist")
                .arg(QString::number(pin.person + 1));
        if (pin.workshop < 0 || pin.workshop >= int(problem.workshops.size()))
            return Formation::tr("%1 is pinned to workshop %2, which does not exist")
                .arg(text::person(problem, pin.person), QString::number(pin.workshop + 1));
    }
    return {};
}

struct SlotFacts
{
    int attending = 0;
    std::vector<int> workshops;
};

std::vector<SlotFacts> slotFacts(const Problem &problem)
{
    std::vector<SlotFacts> facts(std::max(problem.slotCount, 0));
    for (int w = 0; w < int(problem.workshops.size()); ++w)
        facts[problem.workshops[w].slot].workshops.push_back(w);
    for (const Person &person : problem.people)
        for (int s = 0; s < int(facts.size()); ++s)
            facts[s].attending += attends(person, s);
    return facts;
}

Message checkWorkshops(const Problem &problem, const std::vector<SlotFacts> &facts)
{
    for (int s = 0; s < int(facts.size()); ++s)
        if (facts[s].attending > 0 && facts[s].workshops.empty())
            return Formation::tr("Slot %1 has %n participant(s) but no workshop", nullptr, facts[s].attending)
                .arg(text::slot(problem, s));
    for (int w = 0; w < int(problem.workshops.size()); ++w)
        if (problem.upperBound(w) < problem.minSize)
            return Formation::tr("Workshop %1 holds at most %2, fewer than the minimum size of %3")
                .arg(text::workshop(problem, w), QString::number(problem.upperBound(w)),
                     QString::number(problem.minSize));
    return {};
}

Message checkSpokenLanguages(const Problem &problem, const std::vector<SlotFacts> &facts)
{
    for (int s = 0; s < int(facts.size()); ++s) {
        QStringList names;
        bool open = facts[s].workshops.empty();
        for (int w : facts[s].workshops) {
            const int language = problem.workshops[w].language;
            open = open || language < 0;
            if (!names.contains(text::language(problem, language)))
                names << text::language(problem, language);
        }
        if (open)
            continue;
        for (int p = 0; p < int(problem.people.size()); ++p) {
            const Person &person = problem.people[p];
            if (!attends(person, s))
                continue;
            if (std::none_of(facts[s].workshops.cbegin(), facts[s].workshops.cend(),
                             [&](int w) { return speaks(person, problem.workshops[w].language); }))
                return Formation::tr("%1 speaks none of the working languages of slot %2 (%3)")
                    .arg(text::person(problem, p), text::slot(problem, s), names.join(QStringLiteral(", ")));
        }
    }
    return {};
}

Message checkPins(const Problem &problem)
{
    const std::set<std::pair<int, int>> pins = [&] {
        std::set<std::pair<int, int>> unique;
        for (const Pin &pin : problem.pins)
            unique.emplace(pin.person, pin.workshop);
        return unique;
    }();
    std::map<std::pair<int, int>, int> pinnedInSlot; // (person, slot) → workshop
    std::vector<int> pinnedTo(problem.workshops.size(), 0);
    for (const auto &[p, w] : pins) {
        const Workshop &workshop = problem.workshops[w];
        if (!attends(problem.people[p], workshop.slot))
            return Formation::tr("%1 is pinned to workshop %2, in a slot they do not attend")
                .arg(text::person(problem, p), text::workshop(problem, w));
        if (!speaks(problem.people[p], workshop.language))
            return Formation::tr("%1 is pinned to workshop %2, held in %3, which they do not speak")
                .arg(text::person(problem, p), text::workshop(problem, w),
                     text::language(problem, workshop.language));
        const auto [it, first] = pinnedInSlot.emplace(std::pair{p, workshop.slot}, w);
        if (!first)
            return Formation::tr("%1 is pinned to two workshops of slot %2: workshops %3 and %4")
                .arg(text::person(problem, p), text::slot(problem, workshop.slot),
                     text::workshop(problem, it->second), text::workshop(problem, w));
        ++pinnedTo[w];
    }
    for (int w = 0; w < int(problem.workshops.size()); ++w)
        if (pinnedTo[w] > problem.upperBound(w))
            return Formation::tr("Workshop %1 has %n participant(s) pinned to it but holds at most %2",
                                 nullptr, pinnedTo[w])
                .arg(text::workshop(problem, w), QString::number(problem.upperBound(w)));
    return {};
}

Message checkHeadcounts(const Problem &problem, const std::vector<SlotFacts> &facts)
{
    for (int s = 0; s < int(facts.size()); ++s) {
        long long room = 0;
        for (int w : facts[s].workshops)
            room += problem.upperBound(w);
        const int attending = facts[s].attending;
        if (attending > room)
            return Formation::tr("Slot %1 has %n participant(s), but its workshops hold at most %2", nullptr,
                                 attending)
                .arg(text::slot(problem, s), QString::number(room));
        const long long needed = (long long)facts[s].workshops.size() * problem.minSize;
        if (attending < needed)
            return Formation::tr(
                       "Slot %1 has %n participant(s), but its workshops need at least %2 (%3 × %4)", nullptr,
                       attending)
                .arg(text::slot(problem, s), QString::number(needed),
                     QString::number(facts[s].workshops.size()), QString::number(problem.minSize));
    }
    return {};
}

// Hall's condition over one slot's working languages. For each set S of languages: the people who can only
// join workshops of S (or workshops open to any language) must fit in them, and the workshops of S must find
// their minimum among the people who can join them. People are grouped by the set of the slot's languages
// they speak (a bit mask), so after a sum over subsets each S costs one look-up.
class LanguageCheck
{
public:
    LanguageCheck(const Problem &problem, int slot, const std::vector<int> &workshops)
        : m_problem(problem)
        , m_slot(slot)
    {
        for (int w : workshops)
            addWorkshop(w);
        const int k = int(m_languages.size());
        m_enumerated = k <= kMaxEnumeratedLanguages;
        m_within.assign(m_enumerated ? std::size_t(1) << k : std::size_t(k) + 1, 0);
        m_speakers.assign(k, 0);
        for (const Person &person : problem.people)
            if (attends(person, slot))
                addPerson(person);
        if (m_enumerated) // within[S] = Σ over masks M ⊆ S of the people speaking exactly M
            for (int i = 0; i < k; ++i)
                for (unsigned s = 0; s < m_within.size(); ++s)
                    if (s & (1u << i))
                        m_within[s] += m_within[s ^ (1u << i)];
    }

    Message check() const
    {
        const int k = int(m_languages.size());
        std::vector<unsigned> subsets;
        if (m_enumerated) {
            for (unsigned s = 0; s < (1u << k); ++s)
                subsets.push_back(s);
            // The fewest languages first: the narrowest reason is the most telling.
            std::stable_sort(subsets.begin(), subsets.end(),
                             [](unsigned a, unsigned b) { return std::popcount(a) < std::popcount(b); });
        } else {
            for (int i = 0; i < k; ++i)
                subsets.push_back(1u << i);
        }
        for (unsigned s : subsets)
            if (Message m = checkSubset(s))
                return m;
        return {};
    }

private:
    void addWorkshop(int w)
    {
        const int language = m_problem.workshops[w].language;
        if (language < 0) {
            m_openRoom += m_problem.upperBound(w);
            return;
        }
        auto it = std::find(m_languages.cbegin(), m_languages.cend(), language);
        const auto i = it - m_languages.cbegin();
        if (it == m_languages.cend()) {
            m_languages.push_back(language);
            m_room.push_back(0);
            m_workshops.push_back(0);
        }
        m_room[i] += m_problem.upperBound(w);
        ++m_workshops[i];
    }

    // Beyond kMaxEnumeratedLanguages, m_within[0] counts people speaking none of the slot's languages and
    // m_within[i + 1] those speaking language i alone: enough for the single-language questions.
    void addPerson(const Person &person)
    {
        if (person.languages.empty()) {
            ++m_anyLanguage;
            return;
        }
        ++m_known;
        unsigned mask = 0;
        int spoken = 0, last = -1;
        for (int i = 0; i < int(m_languages.size()); ++i)
            if (speaks(person, m_languages[i])) {
                ++m_speakers[i];
                ++spoken;
                last = i;
                if (m_enumerated)
                    mask |= 1u << i;
            }
        if (m_enumerated)
            ++m_within[mask];
        else if (spoken <= 1)
            ++m_within[last + 1];
    }

    long long within(unsigned s) const
    {
        return m_enumerated ? m_within[s] : m_within[0] + (s == 0 ? 0 : m_within[std::countr_zero(s) + 1]);
    }

    long long canJoin(unsigned s) const
    {
        if (!m_enumerated)
            return m_anyLanguage + m_speakers[std::countr_zero(s)];
        const unsigned all = (1u << m_languages.size()) - 1;
        return m_anyLanguage + m_known - m_within[all & ~s];
    }

    // The slot's languages inside S, or outside it.
    QStringList names(unsigned s, bool inside) const
    {
        QStringList out;
        for (int i = 0; i < int(m_languages.size()); ++i)
            if (bool(s & (1u << i)) == inside)
                out << text::language(m_problem, m_languages[i]);
        return out;
    }

    Message checkSubset(unsigned s) const
    {
        long long room = m_openRoom;
        long long workshops = 0;
        for (int i = 0; i < int(m_languages.size()); ++i)
            if (s & (1u << i)) {
                room += m_room[i];
                workshops += m_workshops[i];
            }
        // With every language in S, everyone fits: the slot's headcount check has said so.
        const bool everyLanguage = std::popcount(s) == int(m_languages.size());
        const long long confined = within(s);
        if (!everyLanguage && (s != 0 || m_openRoom > 0) && confined > room) {
            QStringList inside = names(s, true);
            if (m_openRoom > 0)
                inside << Formation::tr("any-language");
            return Formation::tr(
                       "%n participant(s) speaking no %1 can only join the %2 workshops of slot %3, "
                       "which hold %4",
                       nullptr, int(confined))
                .arg(text::orList(names(s, false)), text::andList(inside), text::slot(m_problem, m_slot),
                     QString::number(room));
        }
        const long long reachable = canJoin(s);
        if (s != 0 && reachable < workshops * m_problem.minSize)
            return Formation::tr("Slot %1 has %n %2 workshop(s) of at least %3 members, but only %4 "
                                 "participants can work in %5",
                                 nullptr, int(workshops))
                .arg(text::slot(m_problem, m_slot), text::andList(names(s, true)),
                     QString::number(m_problem.minSize), QString::number(reachable),
                     text::orList(names(s, true)));
        return {};
    }

    const Problem &m_problem;
    int m_slot;
    std::vector<int> m_languages; ///< the slot's working languages; bit i of a mask is m_languages[i]
    std::vector<long long> m_room, m_workshops;
    long long m_openRoom = 0; ///< seats in workshops held in any language
    bool m_enumerated = true;
    std::vector<long long> m_within;   ///< see within()
    std::vector<long long> m_speakers; ///< per language, attending people with known languages who speak it
    long long m_anyLanguage = 0;       ///< attending people whose languages are unknown
    long long m_known = 0;             ///< attending people whose languages are known
};

} // namespace

std::optional<QString> infeasibility(const Problem &problem)
{
    if (Message m = checkData(problem))
        return m;
    const std::vector<SlotFacts> facts = slotFacts(problem);
    if (Message m = checkWorkshops(problem, facts))
        return m;
    if (Message m = checkSpokenLanguages(problem, facts))
        return m;
    if (Message m = checkPins(problem))
        return m;
    if (Message m = checkHeadcounts(problem, facts))
        return m;
    for (int s = 0; s < int(facts.size()); ++s)
        if (Message m = LanguageCheck(problem, s, facts[s].workshops).check())
            return m;
    return {};
}

} // namespace cordee::formation
