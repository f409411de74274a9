#pragma once

#include <QDialog>

namespace cordee {

/// Help ▸ About Cordée: the version, the licence and where the bundled data comes from.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace cordee
