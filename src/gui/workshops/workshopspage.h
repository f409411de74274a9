#pragma once

#include "formationbridge.h"
#include "page.h"

#include <QPointer>

class QAction;
class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QScrollArea;
class QStackedWidget;
class QTabBar;

namespace cordee {

class FormationRunner;
class ForumDocument;
class MemberList;
class PlacementDetails;
class ScorecardStrip;
class WorkshopCard;

/// The Workshops page: one tab per workshop slot, the forum's scorecard on top, the slot's workshops as
/// cards with their members and an "unplaced" tray. People are dragged between cards (or moved from the
/// keyboard), pinned and taken out, each an undoable step that updates the scorecard and the rule breaks at
/// once. Form Workshops… runs the engine in a worker with progress and cancel; the details panel tells why
/// the selected person is where they are.
class WorkshopsPage : public Page
{
    Q_OBJECT

public:
    explicit WorkshopsPage(QWidget *parent = nullptr);
    ~WorkshopsPage() override;

    QString title() const override { return tr("Workshops"); }
    QIcon icon() const override;
    void setDocument(ForumDocument *document) override;
    QList<QAction *> pageActions() const override;
    QWidget *detailsWidget() const override;
    /// Facet "workshop": shows the workshop's slot and brings its card into view, its members focused.
    void applyFilter(const QString &facet, const QString &value) override;

    QString currentSlot() const { return m_slotKey; }
    void setCurrentSlot(const QString &slotKey);
    /// The cards shown (the tray first), for tests.
    QList<WorkshopCard *> cards() const { return m_cards; }
    qint64 selectedParticipant() const { return m_selected; }
    void selectParticipant(qint64 participantId);
    FormationRunner *runner() const { return m_runner; }

public Q_SLOTS:
    /// Moves someone within the current slot (empty key: out of it); a move made by hand pins them.
    void moveParticipant(qint64 participantId, const QString &workshopKey);
    void togglePin();
    void takeOut();
    void moveSelectedTo();
    void formWorkshops();
    /// Starts a run with `options` without asking (what Form Workshops… does once the dialog is accepted).
    void startFormation(const FormOptions &options);
    void editWeights();

private:
    void createActions();
    QWidget *buildEmptyState();
    void scheduleRefresh();
    void refresh();
    void rebuildTabs();
    void rebuildCards();
    void layoutCards();
    void showDetails();
    void updateActions();
    void applyPlan(const Result<FormationPlan> &plan, bool cancelled);
    void findInSlot(const QString &text);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ForumDocument *m_document = nullptr;
    QString m_slotKey;
    qint64 m_selected = 0;
    bool m_refreshPending = false;
    QTabBar *m_tabs = nullptr;
    QLineEdit *m_find = nullptr;
    ScorecardStrip *m_scorecard = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_board = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_emptyText = nullptr;
    QList<WorkshopCard *> m_cards;
    int m_columns = 0;
    PlacementDetails *m_details = nullptr;
    FormationRunner *m_runner = nullptr;
    QPointer<QProgressDialog> m_progress;
    QAction *m_form = nullptr;
    QAction *m_weights = nullptr;
    QAction *m_pin = nullptr;
    QAction *m_moveTo = nullptr;
    QAction *m_takeOut = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_nextSlot = nullptr;
    QAction *m_previousSlot = nullptr;
};

} // namespace cordee
