// The scorecard: F and its parts from one pass over the plan (costmodel.cpp), the hard rules it breaks in
// words, and the pair bounds organizers compare against. Messages name slots, themes and languages by the
// problem's names and number people and workshops from 1 (formationtext.h); tr() context "Formation".

#include "scorecard.h"

#include "costmodel.h"
#include "formationtext.h"

#include <QCoreApplication>

#include <algorithm>

namespace cordee::formation {

namespace {

// The translation context of the formation engine's messages.
struct Formation
{
    Q_DECLARE_TR_FUNCTIONS(Formation)
};

// Placements that name no workshop of their slot; everything else is read from the normalised Membership.
void checkPlacements(const Problem &problem, const Assignment &assignment, const Membership &m,
                     QStringList &out)
{
    const int workshopCount = int(problem.workshops.size());
    for (int s = 0; s < int(m.workshopOf.size()); ++s) {
        const std::vector<int> empty;
        const std::vector<int> &given =
            s < int(assignment.workshopOf.size()) ? assignment.workshopOf[s] : empty;
        for (int p = 0; p < int(problem.people.size()); ++p) {
            const int w = p < int(given.size()) ? given[p] : -1;
            const bool attending = attends(problem.people[p], s);
            if (w < 0) {
                if (attending)
                    out << Formation::tr("%1 attends slot %2 but is in no workshop")
                               .arg(text::person(problem, p), text::slot(problem, s));
            } else if (w >= workshopCount) {
                out << Formation::tr("%1 is placed in slot %2 in workshop %3, which does not exist")
                           .arg(text::person(problem, p), text::slot(problem, s), QString::number(w + 1));
            } else if (problem.workshops[w].slot != s) {
                out << Formation::tr("%1 is placed in slot %2 in workshop %3, which belongs to another slot")
                           .arg(text::person(problem, p), text::slot(problem, s), text::workshop(problem, w));
            } else if (!attending) {
                out << Formation::tr("%1 does not attend slot %2 but is placed in workshop %3")
                           .arg(text::person(problem, p), text::slot(problem, s), text::workshop(problem, w));
            } else if (!speaks(problem.people[p], problem.workshops[w].language)) {
                out << Formation::tr("%1 is in workshop %2, held in %3, which they do not speak")
                           .arg(text::person(problem, p), text::workshop(problem, w),
                                text::language(problem, problem.workshops[w].language));
            }
        }
    }
    // Rows for slots that do not exist hold no valid placement.
    for (int s = int(m.workshopOf.size()); s < int(assignment.workshopOf.size()); ++s)
        for (int p = 0; p < int(assignment.workshopOf[s].size()); ++p)
            if (assignment.workshopOf[s][p] >= 0)
                out << Formation::tr("%1 is placed in slot %2, which does not exist")
                           .arg(text::person(problem, p), text::slot(problem, s));
}

void checkSizes(const Problem &problem, const Membership &m, QStringList &out)
{
    for (int w = 0; w < int(problem.workshops.size()); ++w) {
        const int slot = problem.workshops[w].slot;
        if (slot < 0 || slot >= problem.slotCount) {
            out << Formation::tr("Workshop %1 belongs to slot %2, which does not exist")
                       .arg(QString::number(w + 1), QString::number(slot + 1));
            continue;
        }
        const int size = m.size(w);
        const int upper = problem.upperBound(w);
        if (size == 0)
            out << Formation::tr("Workshop %1 is empty; every workshop needs at least %2 members")
                       .arg(text::workshop(problem, w), QString::number(problem.minSize));
        else if (size < problem.minSize)
            out << Formation::tr("Workshop %1 has %n member(s), fewer than the minimum of %2", nullptr, size)
                       .arg(text::workshop(problem, w), QString::number(problem.minSize));
        if (size > upper)
            out << Formation::tr("Workshop %1 has %n member(s), more than its limit of %2", nullptr, size)
                       .arg(text::workshop(problem, w), QString::number(upper));
    }
}

void checkPins(const Problem &problem, const Membership &m, QStringList &out)
{
    for (const Pin &pin : problem.pins) {
        if (pin.person < 0 || pin.person >= int(problem.people.size())) {
            out << Formation::tr("A pin names person %1, who does not exist")
                       .arg(QString::number(pin.person + 1));
            continue;
        }
        if (pin.workshop < 0 || pin.workshop >= int(problem.workshops.size())) {
            out << Formation::tr("%1 is pinned to workshop %2, which does not exist")
                       .arg(text::person(problem, pin.person), QString::number(pin.workshop + 1));
            continue;
        }
        const int slot = problem.workshops[pin.workshop].slot;
        if (slot < 0 || slot >= int(m.workshopOf.size()))
            continue; // checkSizes() reports the workshop itself
        const int w = m.workshopOf[slot][pin.person];
        if (w == pin.workshop)
            continue;
        if (w < 0)
            out << Formation::tr("%1 is pinned to workshop %2 but is in no workshop of that slot")
                       .arg(text::person(problem, pin.person), text::workshop(problem, pin.workshop));
        else
            out << Formation::tr("%1 is pinned to workshop %2 but is in workshop %3")
                       .arg(text::person(problem, pin.person), text::workshop(problem, pin.workshop),
                            text::workshop(problem, w));
    }
}

QStringList violationsOf(const Problem &problem, const Assignment &assignment, const Membership &m)
{
    QStringList out;
    checkPlacements(problem, assignment, m, out);
    checkSizes(problem, m, out);
    checkPins(problem, m, out);
    return out;
}

// Workshops of each slot that hold somebody: the groups a value can be spread over.
std::vector<int> usedWorkshopsPerSlot(const Problem &problem, const Membership &m)
{
    std::vector<int> used(m.workshopOf.size(), 0);
    for (int w = 0; w < int(problem.workshops.size()); ++w)
        if (m.size(w) > 0)
            ++used[problem.workshops[w].slot];
    return used;
}

// For each slot and value, the value's people split as evenly as possible over the slot's used workshops.
// Workshop sizes are ignored (a part may exceed a small workshop), so this is a lower bound on the pairs of
// any plan with these workshops in use, not always a reachable figure.
long long evenSpreadBound(const Problem &problem, const Membership &m, Attribute attribute,
                          const std::vector<int> &usedPerSlot)
{
    int largest = -1;
    for (const Person &person : problem.people)
        largest = std::max(largest, attributeOf(person, attribute));
    std::vector<int> count(largest + 1, 0);
    std::vector<int> seen;
    long long bound = 0;
    for (int s = 0; s < int(m.workshopOf.size()); ++s) {
        seen.clear();
        for (int p = 0; p < int(problem.people.size()); ++p)
            if (m.workshopOf[s][p] >= 0)
                if (const int v = attributeOf(problem.people[p], attribute); v >= 0 && count[v]++ == 0)
                    seen.push_back(v);
        for (int v : seen) {
            bound += evenSpreadPairs(count[v], usedPerSlot[s]);
            count[v] = 0;
        }
    }
    return bound;
}

// Workshops in which some known gender appears exactly once.
int loneGenderWorkshops(const Problem &problem, const Membership &m)
{
    int largest = -1;
    for (const Person &person : problem.people)
        largest = std::max(largest, person.gender);
    std::vector<int> count(largest + 1, 0);
    int lone = 0;
    for (int w = 0; w < int(problem.workshops.size()); ++w) {
        const std::span<const int> members = m.members(w);
        for (int p : members)
            if (const int g = problem.people[p].gender; g >= 0)
                ++count[g];
        bool alone = false;
        for (int p : members)
            if (const int g = problem.people[p].gender; g >= 0) {
                alone = alone || count[g] == 1;
                count[g] = 0;
            }
        lone += alone;
    }
    return lone;
}

} // namespace

double objective(const Problem &problem, const Assignment &assignment)
{
    return costTerms(problem, membershipOf(problem, assignment)).objective(problem.weights);
}

QStringList hardViolations(const Problem &problem, const Assignment &assignment)
{
    return violationsOf(problem, assignment, membershipOf(problem, assignment));
}

Scorecard scorecard(const Problem &problem, const Assignment &assignment)
{
    const Membership m = membershipOf(problem, assignment);
    const CostTerms terms = costTerms(problem, m);
    Scorecard card;
    card.violations = violationsOf(problem, assignment, m);
    card.hardViolations = int(card.violations.size());
    for (int i = 0; i < 6; ++i)
        card.preferenceProfile[i] = int(terms.placements[i]);
    card.repeatedThemes = int(terms.repeatedThemes);
    const std::vector<int> used = usedWorkshopsPerSlot(problem, m);
    PairCount *counts[kAttributeCount] = {&card.country, &card.continent, &card.gender, &card.category,
                                          &card.organisation};
    for (int a = 0; a < kAttributeCount; ++a) {
        counts[a]->pairs = terms.samePairs[a];
        counts[a]->bound = evenSpreadBound(problem, m, Attribute(a), used);
    }
    card.loneGenderWorkshops = loneGenderWorkshops(problem, m);
    card.repeatedPairs = terms.repeatedPairs;
    card.objective = terms.objective(problem.weights);
    return card;
}

} // namespace cordee::formation
