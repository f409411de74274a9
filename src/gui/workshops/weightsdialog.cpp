#include "weightsdialog.h"

#include "formationweights.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cordee {

WeightsDialog::WeightsDialog(const formation::Weights &weights,
                             std::function<double(const formation::Weights &)> objectiveOf, QWidget *parent)
    : QDialog(parent)
    , m_objectiveOf(std::move(objectiveOf))
{
    setWindowTitle(tr("Objective Weights"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The formation minimises F, the sum of these costs over every person, "
                                "workshop and slot. Raise a weight to make the engine avoid that cost more; "
                                "the rules (sizes, languages, pins) always hold whatever the weights."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    for (const WeightSpec &spec : weightSpecs()) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(spec.name);
        spin->setRange(0, 1000);
        spin->setDecimals(1);
        spin->setSingleStep(spec.defaultValue >= 5 ? 1 : 0.1);
        spin->setToolTip(spec.tooltip + u'\n' +
                         tr("Default: %1").arg(QLocale().toString(spec.defaultValue, 'g', 4)));
        spin->setAccessibleName(spec.label);
        form->addRow(spec.label + u':', spin);
        m_spins << spin;
    }
    layout->addLayout(form);
    m_objective = new QLabel(this);
    m_objective->setObjectName(QStringLiteral("objectiveLabel"));
    layout->addWidget(m_objective);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setWeights(formation::Weights{}); });
    layout->addWidget(buttons);

    setWeights(weights);
    m_initialObjective = m_objectiveOf ? m_objectiveOf(weights) : 0;
    for (QDoubleSpinBox *spin : std::as_const(m_spins))
        connect(spin, &QDoubleSpinBox::valueChanged, this, &WeightsDialog::updateObjective);
    updateObjective();
}

formation::Weights WeightsDialog::weights() const
{
    formation::Weights out;
    const QList<WeightSpec> specs = weightSpecs();
    for (int i = 0; i < specs.size(); ++i)
        setWeightValue(out, specs.at(i), m_spins.at(i)->value());
    return out;
}

void WeightsDialog::setWeights(const formation::Weights &weights)
{
    const QList<WeightSpec> specs = weightSpecs();
    for (int i = 0; i < specs.size(); ++i)
        m_spins.at(i)->setValue(weightValue(weights, specs.at(i)));
}

void WeightsDialog::updateObjective()
{
    if (!m_objectiveOf)
        return;
    const QLocale locale;
    m_objective->setText(tr("F of the current plan with these weights: %1 (now %2). Form the workshops again "
                            "to optimise for them.")
                             .arg(locale.toString(m_objectiveOf(weights()), 'f', 1),
                                  locale.toString(m_initialObjective, 'f', 1)));
    m_objective->setWordWrap(true);
}

} // namespace cordee
