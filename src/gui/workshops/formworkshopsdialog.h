#pragma once

#include "formationbridge.h"

#include <QDialog>

class QDoubleSpinBox;
class QRadioButton;
class QSpinBox;

namespace cordee {

/// Asks how to form workshops: this slot or all of them, from the current plan or afresh, the seed and the
/// time budget. Pins always hold.
class FormWorkshopsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `slotName` names the page's current slot; `hasPlan` tells whether it holds placements already.
    FormWorkshopsDialog(const QString &slotName, bool hasPlan, QWidget *parent = nullptr);

    /// The options chosen; `currentSlotKey` is what "this slot" means.
    FormOptions options(const QString &currentSlotKey) const;
    bool allSlots() const;

private:
    QRadioButton *m_thisSlot = nullptr;
    QRadioButton *m_allSlots = nullptr;
    QRadioButton *m_improve = nullptr;
    QRadioButton *m_afresh = nullptr;
    QSpinBox *m_seed = nullptr;
    QDoubleSpinBox *m_timeLimit = nullptr;
};

} // namespace cordee
