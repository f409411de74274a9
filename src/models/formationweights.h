#pragma once

#include "formationproblem.h"

#include <QList>
#include <QMap>
#include <QString>

namespace cordee {

/// One weight of the formation objective as the organizer sees it.
struct WeightSpec
{
    QString name;                                 ///< stored name ("country", "rank2", …)
    QString label;                                ///< for the UI, translated
    QString tooltip;                              ///< what the weight costs, translated
    double formation::Weights::*member = nullptr; ///< the weight, unless it is a rank cost
    int rank = -1;                                ///< 0…4 for the cost of a 1st…5th choice
    double defaultValue = 0;
};

/// Every weight of F, in the order the UI lists them.
QList<WeightSpec> weightSpecs();

/// The defaults with the organizer's overrides (unknown names and negative values are ignored).
formation::Weights weightsFrom(const QMap<QString, double> &overrides);

/// The overrides that turn the defaults into `weights` (what a forum file stores).
QMap<QString, double> overridesFrom(const formation::Weights &weights);

/// The value of `spec` in `weights`.
double weightValue(const formation::Weights &weights, const WeightSpec &spec);
void setWeightValue(formation::Weights &weights, const WeightSpec &spec, double value);

} // namespace cordee
