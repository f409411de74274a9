#pragma once

#include "formationproblem.h"

#include <QDialog>
#include <QList>

#include <functional>

class QDoubleSpinBox;
class QLabel;

namespace cordee {

/// The organizer's weights of the objective F, with F of the current plan recomputed as they change.
class WeightsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `objectiveOf` gives F of the current plan under some weights.
    WeightsDialog(const formation::Weights &weights,
                  std::function<double(const formation::Weights &)> objectiveOf, QWidget *parent = nullptr);

    formation::Weights weights() const;
    void setWeights(const formation::Weights &weights);

private:
    void updateObjective();

    std::function<double(const formation::Weights &)> m_objectiveOf;
    QList<QDoubleSpinBox *> m_spins; ///< in weightSpecs() order
    QLabel *m_objective = nullptr;
    double m_initialObjective = 0;
};

} // namespace cordee
