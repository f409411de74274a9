#pragma once

#include "scorecard.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace cordee {

/// The strip on top of the Workshops page: the whole forum's scorecard in the terms organizers read (rules
/// broken, choices met, diversity against its bound, repeated meetings, F), each figure explained in its
/// tooltip.
class ScorecardStrip : public QFrame
{
    Q_OBJECT

public:
    explicit ScorecardStrip(QWidget *parent = nullptr);
    void setScorecard(const formation::Scorecard &card);

private:
    QLabel *addFigure(QHBoxLayout *row, const QString &objectName);

    QLabel *m_rules = nullptr;
    QLabel *m_choices = nullptr;
    QLabel *m_country = nullptr;
    QLabel *m_organisation = nullptr;
    QLabel *m_gender = nullptr;
    QLabel *m_repeated = nullptr;
    QLabel *m_objective = nullptr;
};

} // namespace cordee
