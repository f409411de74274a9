#include "problemgenerator.h"

#include "random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cordee::formation {

namespace {

constexpr int CountryCount = 45;
constexpr int ContinentCount = 5;
constexpr int CategoryCount = 7;
constexpr int ThemeCount = 4;
constexpr double PeoplePerWorkshop = 12.5;

/// Draws indices with probabilities proportional to fixed weights, by bisecting the running totals.
class Sampler
{
public:
    explicit Sampler(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            m_cumulative.push_back(total += w);
    }
    int operator()(Random &random) const
    {
        const double r = random.unit() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r);
        return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(), std::ssize(m_cumulative) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

/// Draws an index with probability proportional to its weight (for weights that change between draws).
int pick(Random &random, const std::vector<double> &weights)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    double r = random.unit() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        r -= weights[i];
        if (r < 0)
            return int(i);
    }
    return int(weights.size()) - 1;
}

std::vector<double> zipf(int count, double exponent)
{
    std::vector<double> weights;
    for (int k = 1; k <= count; ++k)
        weights.push_back(1.0 / std::pow(double(k), exponent));
    return weights;
}

/// 2–4 themes, drawn by popularity without putting one twice.
std::vector<int> rankedThemes(Random &random, const std::vector<double> &popularity)
{
    std::vector<double> left = popularity;
    std::vector<int> ranked;
    const int count = 2 + int(random.below(3));
    for (int r = 0; r < count; ++r) {
        const int theme = pick(random, left);
        ranked.push_back(theme);
        left[std::size_t(theme)] = 0;
    }
    return ranked;
}

std::vector<int> spokenLanguages(Random &random)
{
    // fr = 0, en = 1, es = 2; the last profile is someone whose languages are not known.
    static const std::vector<std::vector<int>> profiles{{0, 1}, {1}, {0}, {2}, {1, 2}, {0, 2}, {0, 1, 2}, {}};
    static const std::vector<double> shares{30, 12, 12, 6, 15, 10, 12, 3};
    return profiles[std::size_t(pick(random, shares))];
}

Person makePerson(Random &random, const std::vector<int> &continentOf, const Sampler &organisations,
                  int slotCount, double absence)
{
    static const Sampler countries(zipf(CountryCount, 0.9));
    static const Sampler categories({30, 20, 15, 12, 10, 8, 5});
    static const std::vector<double> themePopularity{40, 30, 20, 10};
    Person person;
    person.country = countries(random);
    person.continent = continentOf[std::size_t(person.country)];
    const double g = random.unit();
    person.gender = g < 0.5 ? 0 : (g < 0.97 ? 1 : -1);
    person.category = categories(random);
    // Organisations follow a power law: a few large networks, a long tail of small bodies; some unknown.
    person.organisation = random.unit() < 0.1 ? -1 : organisations(random);
    person.preferences = rankedThemes(random, themePopularity);
    person.languages = spokenLanguages(random);
    for (int s = 0; s < slotCount; ++s)
        person.attends.push_back(random.unit() >= absence);
    return person;
}

/// Splits `total` in proportion to `weights` (largest remainders), each share at least `floor` when possible.
std::vector<int> apportion(int total, const std::vector<double> &weights, int floor)
{
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<int> shares(weights.size(), 0);
    std::vector<std::pair<double, int>> remainders;
    int given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double exact = sum > 0 ? total * weights[i] / sum : 0;
        shares[i] = int(exact);
        given += shares[i];
        remainders.push_back({exact - shares[i], int(i)});
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (std::size_t i = 0; given < total; i = (i + 1) % remainders.size(), ++given)
        ++shares[std::size_t(remainders[i].second)];
    for (std::size_t i = 0; i < shares.size(); ++i)
        while (shares[i] < floor && weights[i] > 0) {
            const auto largest = std::max_element(shares.begin(), shares.end());
            if (*largest <= floor)
                break;
            --*largest;
            ++shares[i];
        }
    return shares;
}

/// What each theme and each language is asked for by the people attending slot `s`.
void demand(const Problem &problem, int s, std::vector<double> &themes, std::vector<double> &languages)
{
    themes.assign(ThemeCount, 0);
    languages.assign(3, 0);
    for (const Person &person : problem.people) {
        if (!person.attends[std::size_t(s)])
            continue;
        themes[std::size_t(person.preferences.front())] += 1;
        for (int language : person.languages)
            languages[std::size_t(language)] += 1.0 / double(person.languages.size());
    }
}

void addWorkshops(Problem &problem, int s, Random &random)
{
    std::vector<double> themeDemand, languageDemand;
    demand(problem, s, themeDemand, languageDemand);
    const int attending = int(std::count_if(problem.people.begin(), problem.people.end(),
                                            [s](const Person &p) { return p.attends[std::size_t(s)]; }));
    const int count = std::max(1, int(std::ceil(attending / PeoplePerWorkshop)));
    const std::vector<int> perTheme = apportion(count, themeDemand, 1);
    const std::vector<int> perLanguage = apportion(count, languageDemand, 1);
    // Languages spread over the themes by smooth weighted round-robin: each theme gets its share of each.
    std::vector<int> given(perLanguage.size(), 0);
    int made = 0;
    for (int theme = 0; theme < ThemeCount; ++theme)
        for (int i = 0; i < perTheme[std::size_t(theme)]; ++i, ++made) {
            std::size_t language = 0;
            double mostBehind = -1e9;
            for (std::size_t l = 0; l < perLanguage.size(); ++l) {
                const double behind = perLanguage[l] * double(made + 1) / count - given[l];
                if (given[l] < perLanguage[l] && behind > mostBehind) {
                    mostBehind = behind;
                    language = l;
                }
            }
            ++given[language];
            problem.workshops.push_back(Workshop{s, theme, int(language), 12 + int(random.below(19))});
        }
}

} // namespace

Problem generateProblem(const GeneratorSettings &settings)
{
    Random random(settings.seed);
    Problem problem;
    problem.slotCount = settings.slotCount;
    problem.themeCount = ThemeCount;
    std::vector<int> continentOf;
    for (int c = 0; c < CountryCount; ++c)
        continentOf.push_back(c == 0 ? 0 : int(random.below(ContinentCount)));
    const Sampler organisations(zipf(std::max(10, settings.participants / 4), 0.9));
    for (int i = 0; i < settings.participants; ++i)
        problem.people.push_back(
            makePerson(random, continentOf, organisations, settings.slotCount, settings.absence));
    for (int s = 0; s < settings.slotCount; ++s) {
        addWorkshops(problem, s, random);
        problem.slotNames << QStringLiteral("D%1-W%2").arg(s / 2 + 1).arg(s % 2 + 1); // two a day
    }
    for (int t = 0; t < ThemeCount; ++t)
        problem.themeNames << QStringLiteral("Theme %1").arg(QChar(u'A' + t));
    problem.languageNames = {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es")};
    return problem;
}

} // namespace cordee::formation
