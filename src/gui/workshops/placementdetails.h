#pragma once

#include "workshopboard.h"

#include <QWidget>

class QTextBrowser;

namespace cordee {

/// The details panel of the Workshops page: why the selected person is where they are — the rank they
/// gave the theme, their choices, who shares their country or organisation, whom they met before.
class PlacementDetails : public QWidget
{
    Q_OBJECT

public:
    explicit PlacementDetails(QWidget *parent = nullptr);
    void showExplanation(const PlacementExplanation &why);
    void showHint();
    QString text() const;

private:
    QTextBrowser *m_text = nullptr;
};

} // namespace cordee
