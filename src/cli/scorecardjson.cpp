#include "scorecardjson.h"

#include "clioutput.h"

#include <QJsonArray>

#include <array>
#include <numeric>

namespace cordee::cli {

namespace {

using formation::PairCount;

struct PairRow
{
    const char *key;
    PairCount formation::Scorecard::*count;
};

constexpr std::array<PairRow, 5> pairRows{{{"country", &formation::Scorecard::country},
                                           {"continent", &formation::Scorecard::continent},
                                           {"gender", &formation::Scorecard::gender},
                                           {"category", &formation::Scorecard::category},
                                           {"organisation", &formation::Scorecard::organisation}}};

constexpr std::array<const char *, 6> profileKeys{"first", "second", "third", "fourth", "fifth", "unranked"};

QString share(int n, int total)
{
    return total > 0 ? QString::number(100.0 * n / total, 'f', 1) + QStringLiteral(" %") : QString();
}

QStringList pairLabels()
{
    return {Cli::tr("country"), Cli::tr("continent"), Cli::tr("gender"), Cli::tr("category"),
            Cli::tr("organisation")};
}

QStringList profileLabels()
{
    return {Cli::tr("1st choice"), Cli::tr("2nd choice"), Cli::tr("3rd choice"),
            Cli::tr("4th choice"), Cli::tr("5th choice"), Cli::tr("not ranked")};
}

} // namespace

QJsonObject scorecardToJson(const formation::Scorecard &card, const FormationSummary &summary)
{
    QJsonObject profile, pairs;
    for (size_t i = 0; i < profileKeys.size(); ++i)
        profile.insert(QLatin1String(profileKeys[i]), card.preferenceProfile[i]);
    for (const PairRow &row : pairRows) {
        const PairCount &c = card.*row.count;
        pairs.insert(QLatin1String(row.key), QJsonObject{{QStringLiteral("pairs"), double(c.pairs)},
                                                         {QStringLiteral("bound"), double(c.bound)}});
    }
    return QJsonObject{
        {QStringLiteral("hard_violations"), card.hardViolations},
        {QStringLiteral("objective"), card.objective},
        {QStringLiteral("violations"), QJsonArray::fromStringList(card.violations)},
        {QStringLiteral("preference_profile"), profile},
        {QStringLiteral("repeated_themes"), card.repeatedThemes},
        {QStringLiteral("pairs"), pairs},
        {QStringLiteral("lone_gender_workshops"), card.loneGenderWorkshops},
        {QStringLiteral("repeated_pairs"), double(card.repeatedPairs)},
        {QStringLiteral("workshops"), summary.workshops},
        {QStringLiteral("placements"), summary.placements},
        {QStringLiteral("interpreted"), summary.interpreted},
    };
}

QString scorecardToText(const formation::Scorecard &card, const FormationSummary &summary)
{
    QStringList lines;
    lines << (card.hardViolations == 0
                  ? Cli::tr("Every rule holds.")
                  : plural(card.hardViolations, Cli::tr("%1 rule broken:"), Cli::tr("%1 rules broken:")));
    for (const QString &v : card.violations)
        lines << QStringLiteral("  - ") + v;
    lines << plural(summary.workshops, Cli::tr("%1 workshop"), Cli::tr("%1 workshops")) +
                 QStringLiteral(" · ") +
                 plural(summary.placements, Cli::tr("%1 placement"), Cli::tr("%1 placements"));
    lines << Cli::tr("Objective F: %1 (lower is better)").arg(card.objective, 0, 'f', 1);

    const int placed = std::accumulate(card.preferenceProfile.cbegin(), card.preferenceProfile.cend(), 0);
    QList<std::pair<QString, QString>> rows;
    const QStringList labels = profileLabels();
    for (size_t i = 0; i < card.preferenceProfile.size(); ++i) {
        const int n = card.preferenceProfile[i];
        rows << std::pair{labels.at(qsizetype(i)),
                          QString::number(n).rightJustified(5) + QStringLiteral("  ") + share(n, placed)};
    }
    rows << std::pair{Cli::tr("theme repeated"), QString::number(card.repeatedThemes).rightJustified(5)};
    lines << QString() << Cli::tr("Placements by preference") << alignedLines(rows);

    rows.clear();
    const QStringList pairNames = pairLabels();
    for (size_t i = 0; i < pairRows.size(); ++i) {
        const PairCount &c = card.*pairRows[i].count;
        rows << std::pair{
            pairNames.at(qsizetype(i)),
            Cli::tr("%1 (at best %2)").arg(QString::number(c.pairs).rightJustified(5)).arg(c.bound)};
    }
    lines << QString() << Cli::tr("Members sharing a value, in pairs") << alignedLines(rows);
    lines << QString() << Cli::tr("Workshops where one gender appears once: %1").arg(card.loneGenderWorkshops)
          << Cli::tr("Pairs meeting again (Σ meetings − 1): %1").arg(card.repeatedPairs);
    if (summary.interpreted > 0)
        lines << plural(summary.interpreted,
                        Cli::tr("%1 person speaks none of the working languages and is placed as if with an "
                                "interpreter."),
                        Cli::tr("%1 people speak none of the working languages and are placed as if with an "
                                "interpreter."));
    return lines.join(u'\n');
}

} // namespace cordee::cli
