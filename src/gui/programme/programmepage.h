#pragma once

#include "page.h"
#include "programmeconflicts.h"
#include "programmeref.h"
#include "programmeschedule.h"

#include <QDate>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTabBar;

namespace cordee {

class ForumDocument;
class ProgrammeDetails;
class ProgrammeEditor;
class ProgrammeGrid;
class ProgrammeLists;

/// The Programme page: one tab per day with its rooms × time grid, where items move by drag and drop; the
/// time slots, themes and rooms lists; the conflicts as they arise, each leading to its items; and the
/// workshops of a slot planned from the people's demand. Every edit is one undoable command.
class ProgrammePage : public Page
{
    Q_OBJECT

public:
    explicit ProgrammePage(QWidget *parent = nullptr);
    ~ProgrammePage() override;

    QString title() const override { return tr("Programme"); }
    QIcon icon() const override;
    void setDocument(ForumDocument *document) override;
    QList<QAction *> pageActions() const override;
    QWidget *detailsWidget() const override;

    ProgrammeGrid *grid() const { return m_grid; }
    ProgrammeLists *lists() const { return m_lists; }
    QListWidget *conflictList() const { return m_conflictList; }
    const QList<ProgrammeConflict> &conflicts() const { return m_conflicts; }
    QDate currentDay() const;
    ProgrammeRef selection() const { return m_selection; }

public Q_SLOTS:
    /// Shows the day `date` in the grid (when the programme has it).
    void showDay(const QDate &date);
    /// Selects `ref` everywhere it shows (its day's grid, its list) and in the details panel.
    void select(const cordee::ProgrammeRef &ref);
    /// Moves the item `key` of the grid as a drop there would: to the row of `room` at `start`. Refusals
    /// go to the status bar. True when the programme changed.
    bool moveItem(const QString &key, const QString &room, const QTime &start);
    /// Shows and selects the items of the conflict at `index` of conflicts().
    void showConflict(int index);
    void addTimeSlot();
    void addWorkshop();
    void addTheme();
    void addRoom();
    void editSelected();
    void removeSelected();
    void planFromDemand();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QWidget *buildContent();
    QWidget *buildEmptyState();
    void refresh();
    void refreshDays();
    void refreshGrid();
    void refreshConflicts();
    void updateActions();
    void dropRequested(const ScheduleItem &item, const QString &room, const QTime &start);
    QString slotForNewWorkshop() const;
    ProgrammeRef refForGridKey(const QString &key) const;

    ForumDocument *m_document = nullptr;
    ProgrammeEditor *m_editor = nullptr;
    QList<ProgrammeConflict> m_conflicts;
    QList<QDate> m_days;
    ProgrammeRef m_selection;
    bool m_refreshing = false;
    bool m_stale = false; ///< the document changed while the page was hidden

    QStackedWidget *m_stack = nullptr;
    QTabBar *m_dayTabs = nullptr;
    ProgrammeGrid *m_grid = nullptr;
    ProgrammeLists *m_lists = nullptr;
    QLabel *m_conflictTitle = nullptr;
    QListWidget *m_conflictList = nullptr;
    ProgrammeDetails *m_details = nullptr;

    QAction *m_addSlot = nullptr;
    QAction *m_addWorkshop = nullptr;
    QAction *m_addTheme = nullptr;
    QAction *m_addRoom = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_plan = nullptr;
};

} // namespace cordee
