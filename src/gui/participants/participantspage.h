#pragma once

#include "page.h"

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace cordee {

class FacetBar;
class ForumDocument;
class ParticipantDetails;
class ParticipantFilter;
class ParticipantTableModel;

/// The Participants page: accent-blind search, facet filters, a sortable table, the selected person in the
/// details panel; add, edit, delete and import, all undoable; export; a person's data rights (export, erase).
class ParticipantsPage : public Page
{
    Q_OBJECT

public:
    explicit ParticipantsPage(QWidget *parent = nullptr);
    ~ParticipantsPage() override;

    QString title() const override { return tr("Participants"); }
    QIcon icon() const override;
    void setDocument(ForumDocument *document) override;
    QList<QAction *> pageActions() const override;
    QList<QAction *> menuOnlyActions() const override;
    QWidget *detailsWidget() const override;
    /// Shows everyone whose `facet` is `value` (see Page::applyFilter()), the search field cleared.
    void applyFilter(const QString &facet, const QString &value) override;

    ParticipantFilter *filter() const { return m_filter; }
    QAction *addAction() const { return m_add; }
    /// The ids of the people selected in the table.
    QList<qint64> selectedIds() const;

public Q_SLOTS:
    void addParticipant();
    void editSelected();
    void deleteSelected();
    void importParticipants();
    void exportParticipants();
    /// Writes every participant as CSV to `path` (what Export… does once a file is chosen).
    bool exportTo(const QString &path);
    void exportPersonalData();
    void erasePersonalData();

private:
    void buildTable();
    QWidget *buildEmptyState();
    void createActions();
    void createFileActions();
    void updateState();
    void selectId(qint64 id);

    ForumDocument *m_document = nullptr;
    ParticipantTableModel *m_model = nullptr;
    ParticipantFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    FacetBar *m_facets = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_shown = nullptr;
    ParticipantDetails *m_details = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportPersonal = nullptr;
    QAction *m_erasePersonal = nullptr;
};

} // namespace cordee
