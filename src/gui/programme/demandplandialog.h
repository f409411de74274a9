#pragma once

#include "assignmentrepository.h"
#include "demandplan.h"
#include "formationbridge.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cordee {

class ForumDocument;

/// "Plan Workshops from Demand": for one workshop slot, the workshops the people's preferences call for
/// in the free rooms (planWorkshopsFromDemand()), which the organizer changes by theme counts or row by row
/// (theme, language, room) before applying them. Says how many attend, how many seats the plan has, and
/// what it replaces.
class DemandPlanDialog : public QDialog
{
    Q_OBJECT

public:
    DemandPlanDialog(const ForumDocument &document, const QString &slotKey, QWidget *parent = nullptr);

    QString slotKey() const;
    /// The workshops to store for the slot, keyed (see keyPlannedWorkshops()).
    QList<Workshop> workshops() const;
    /// The slot's placements that stay with them.
    QList<AssignmentRow> placementsKept() const;
    /// Sets how many workshops of `themeKey` the plan has (adds or removes rows of that theme).
    void setThemeCount(const QString &themeKey, int count);
    /// Proposes again from the demand, dropping the organizer's changes.
    void propose();

private:
    void slotChanged();
    void rebuildThemes();
    void rebuildRows();
    void refreshSummary();
    void addRow(const QString &themeKey);
    void removeSelectedRow();
    QComboBox *rowCombo(int row, int column) const;
    QString freeRoomFor(qsizetype skipRow) const;

    const ForumDocument &m_document;
    ForumSnapshot m_snapshot;
    SlotDemand m_demand;
    QList<Workshop> m_rows; ///< theme, language and room of each planned workshop
    bool m_updating = false;
    QComboBox *m_slot = nullptr;
    QLabel *m_attending = nullptr;
    QTableWidget *m_themes = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_replaces = nullptr;
};

} // namespace cordee
