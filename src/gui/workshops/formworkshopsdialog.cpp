#include "formworkshopsdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cordee {

FormWorkshopsDialog::FormWorkshopsDialog(const QString &slotName, bool hasPlan, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Form Workshops"));
    auto *layout = new QVBoxLayout(this);

    auto *intro =
        new QLabel(tr("Cordée places every attending participant in a workshop of each chosen slot, "
                      "holding every rule, and balances preferences, diversity and new encounters. "
                      "People you pinned stay where they are; slots without workshops get them "
                      "planned from the preferences and the free rooms."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *scope = new QGroupBox(tr("Slots"), this);
    auto *scopeLayout = new QVBoxLayout(scope);
    m_thisSlot = new QRadioButton(tr("This slot: %1").arg(slotName), scope);
    m_allSlots = new QRadioButton(tr("All workshop slots, together"), scope);
    m_thisSlot->setChecked(true);
    scopeLayout->addWidget(m_thisSlot);
    scopeLayout->addWidget(m_allSlots);
    layout->addWidget(scope);

    auto *start = new QGroupBox(tr("Start from"), this);
    auto *startLayout = new QVBoxLayout(start);
    m_improve = new QRadioButton(tr("The current plan, improved (keeps most people where they are)"), start);
    m_afresh = new QRadioButton(tr("Scratch (may move many people)"), start);
    (hasPlan ? m_improve : m_afresh)->setChecked(true);
    m_improve->setEnabled(hasPlan);
    startLayout->addWidget(m_improve);
    startLayout->addWidget(m_afresh);
    layout->addWidget(start);

    auto *form = new QFormLayout;
    m_seed = new QSpinBox(this);
    m_seed->setRange(1, 999999);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed and forum always give the same plan; another seed, another plan of "
                          "about the same quality."));
    m_timeLimit = new QDoubleSpinBox(this);
    m_timeLimit->setRange(0.5, 120);
    m_timeLimit->setDecimals(1);
    m_timeLimit->setValue(5);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setToolTip(tr("The most time the search may take; a forum of 350 people needs about a "
                               "second."));
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&Time limit:"), m_timeLimit);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Form"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool FormWorkshopsDialog::allSlots() const
{
    return m_allSlots->isChecked();
}

FormOptions FormWorkshopsDialog::options(const QString &currentSlotKey) const
{
    FormOptions options;
    if (!allSlots())
        options.slotKeys = {currentSlotKey};
    options.fromCurrentPlan = m_improve->isChecked();
    options.seed = std::uint64_t(m_seed->value());
    options.timeLimitSeconds = m_timeLimit->value();
    return options;
}

} // namespace cordee
