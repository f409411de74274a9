#pragma once

#include "page.h"

class QAction;
class QGridLayout;
class QLabel;
class QPushButton;

namespace cordee {

class ForumDocument;

/// The home page: what the forum is, its key figures, and its journey as steps with their state and the
/// button that takes the organizer there.
class ForumPage : public Page
{
    Q_OBJECT

public:
    explicit ForumPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Forum"); }
    QIcon icon() const override;
    void setDocument(ForumDocument *document) override;

    /// The action that opens the forum settings (owned by the window, shown on this page).
    /// The window's Forum ▸ Settings… action, shown in the toolbar and behind the page's Settings button.
    void setSettingsAction(QAction *action);

private:
    struct Step
    {
        QLabel *state = nullptr;
        QLabel *summary = nullptr;
        QPushButton *button = nullptr;
    };
    Step addStep(int row, const QString &title, const QString &buttonText, const QString &objectName);
    /// Shows a step as done or to do, with its one-line summary.
    static void showStep(const Step &step, bool done, const QString &summary);
    void refreshPlanningSteps();
    void refreshProposalSteps();
    void refreshDeclarationStep();
    void refresh();

    ForumDocument *m_document = nullptr;
    QAction *m_settingsAction = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_figures = nullptr;
    QGridLayout *m_steps = nullptr;
    Step m_setup;
    Step m_register;
    Step m_programme;
    Step m_workshops;
    Step m_capture;
    Step m_curate;
    Step m_declaration;
};

} // namespace cordee
