#include "formationweights.h"

#include <QCoreApplication>

namespace cordee {

namespace {

// The translation context of this file's texts.
struct FormationWeights
{
    Q_DECLARE_TR_FUNCTIONS(FormationWeights)
};

WeightSpec member(const char *name, double formation::Weights::*m, QString label, QString tooltip)
{
    WeightSpec spec;
    spec.name = QString::fromLatin1(name);
    spec.label = std::move(label);
    spec.tooltip = std::move(tooltip);
    spec.member = m;
    spec.defaultValue = formation::Weights{}.*m;
    return spec;
}

WeightSpec rank(int r, QString label)
{
    WeightSpec spec;
    spec.name = QStringLiteral("rank") + QString::number(r + 1);
    spec.label = std::move(label);
    spec.tooltip = FormationWeights::tr("Cost of placing someone in the theme they ranked at this place.");
    spec.rank = r;
    spec.defaultValue = formation::Weights{}.rankCost[size_t(r)];
    return spec;
}

} // namespace

QList<WeightSpec> weightSpecs()
{
    using W = formation::Weights;
    return {
        rank(0, FormationWeights::tr("1st choice")),
        rank(1, FormationWeights::tr("2nd choice")),
        rank(2, FormationWeights::tr("3rd choice")),
        rank(3, FormationWeights::tr("4th choice")),
        rank(4, FormationWeights::tr("5th choice")),
        member("unranked", &W::unrankedCost, FormationWeights::tr("Theme not ranked"),
               FormationWeights::tr("Cost of placing someone in a theme they did not rank.")),
        member("repeated_theme", &W::repeatedThemeCost, FormationWeights::tr("Theme already attended"),
               FormationWeights::tr("Cost of placing someone in a theme they had in an earlier slot.")),
        member("country", &W::country, FormationWeights::tr("Same country"),
               FormationWeights::tr("Cost of each pair of members from the same country.")),
        member("continent", &W::continent, FormationWeights::tr("Same continent"),
               FormationWeights::tr("Cost of each pair of members from the same continent.")),
        member("gender", &W::gender, FormationWeights::tr("Same gender"),
               FormationWeights::tr("Cost of each pair of members of the same gender.")),
        member("category", &W::category, FormationWeights::tr("Same category"),
               FormationWeights::tr("Cost of each pair of members of the same category.")),
        member("organisation", &W::organisation, FormationWeights::tr("Same organisation"),
               FormationWeights::tr("Cost of each pair of members from the same organisation.")),
        member("repeated_meeting", &W::repeatedMeeting, FormationWeights::tr("Meeting again"),
               FormationWeights::tr("Cost of each pair of people who were together in an earlier slot.")),
    };
}

double weightValue(const formation::Weights &weights, const WeightSpec &spec)
{
    return spec.rank >= 0 ? weights.rankCost[size_t(spec.rank)] : weights.*spec.member;
}

void setWeightValue(formation::Weights &weights, const WeightSpec &spec, double value)
{
    if (spec.rank >= 0)
        weights.rankCost[size_t(spec.rank)] = value;
    else
        weights.*spec.member = value;
}

formation::Weights weightsFrom(const QMap<QString, double> &overrides)
{
    formation::Weights weights;
    for (const WeightSpec &spec : weightSpecs())
        if (const auto it = overrides.constFind(spec.name); it != overrides.cend() && *it >= 0)
            setWeightValue(weights, spec, *it);
    return weights;
}

QMap<QString, double> overridesFrom(const formation::Weights &weights)
{
    QMap<QString, double> out;
    for (const WeightSpec &spec : weightSpecs())
        if (const double v = weightValue(weights, spec); v != spec.defaultValue)
            out.insert(spec.name, v);
    return out;
}

} // namespace cordee
