#include "forumstats.h"

#include "countrytable.h"

namespace cordee {

ForumStats ForumStats::compute(const QList<Participant> &participants)
{
    ForumStats s;
    const CountryTable &countries = CountryTable::instance();
    for (const Participant &p : participants) {
        if (!p.isCounted())
            continue;
        ++s.participants;
        ++s.byCategory[p.category];
        ++s.byGender[p.gender];
        if (const Country *c = countries.find(p.country)) {
            ++s.byCountry[c->code];
            ++s.byContinent[c->continent];
        }
    }
    return s;
}

} // namespace cordee
