#pragma once

#include <span>

namespace cordee::demo {

// The made-up pools the demo forum draws its people and organisations from: UTF-8 literals, fixed order, so
// that the generator is deterministic. No entry names a real person or organisation on purpose.

/// A naming tradition; a country of the demo draws from one or two of them.
enum class NameStyle {
    French,
    Quebec,
    Flemish,
    German,
    British,
    Spanish,
    Italian,
    Lusophone,
    LatinAmerican,
    Andean,
    Haitian,
    Senegalese,
    Mande,
    Burkinabe,
    Ivorian,
    Cameroonian,
    Maghrebi,
    Gbe,
    Hausa,
    Malagasy,
    Congolese,
    Gabonese,
    Comorian,
    Kanak,
    Vietnamese,
    Indian,
    Japanese,
    Korean,
    Lebanese,
    Filipino
};

using Names = std::span<const char *const>;

/// Given names of the style; empty when it has only family names (the generator then uses French ones).
Names givenNames(NameStyle style, bool female);
Names familyNames(NameStyle style);

/// The 26 breakout rooms of the venue, named after Alpine summits and lakes.
Names roomNames();

/// One country of the demo and how its people are drawn. The counts add up to 350 over exactly 45 countries.
struct CountryProfile
{
    const char *code; ///< ISO 3166-1 alpha-2
    int count;
    NameStyle style;
    int frenchGiven;      ///< percent of given names taken from the French pool
    const char *first;    ///< main language (ISO 639-1), one drawn from the space-separated list
    const char *others;   ///< candidates for further languages, repeated to weigh them
    NameStyle altStyle;   ///< a second community of the country, with its own main language
    int altPercent;       ///< share of that community, 0 when there is none
    const char *altFirst; ///< its main language
};

/// The 45 countries of the demo, host country first.
std::span<const CountryProfile> countryProfiles();

/// What an organisation is, so that a person's category and employer agree.
enum class OrgKind { Enterprise, Union, Ngo, Academic, Public, International };

struct Organisation
{
    const char *country; ///< ISO 3166-1 alpha-2; empty for international bodies
    OrgKind kind;
    const char *name;
};

/// Every organisation of the demo, grouped by country in a fixed order.
std::span<const Organisation> organisations();

} // namespace cordee::demo
