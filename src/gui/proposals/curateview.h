#pragma once

#include "vocabulary.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace cordee {

class ForumDocument;
class ProposalFilter;
class ProposalTableModel;
class RetainedOrderModel;
class SimilarList;
class SimilarityIndex;

/// The Curate mode of the Proposals page, the committee's view: every proposal in a table filtered by text
/// (accent-blind), theme, status, workshop and tag; the proposals most like the selected one, ranked; and the
/// retained proposals in the declaration's order, reordered by drag and drop or Alt+Up/Down.
class CurateView : public QWidget
{
    Q_OBJECT

public:
    CurateView(SimilarityIndex *similarity, QWidget *parent = nullptr);
    ~CurateView() override;

    void setDocument(ForumDocument *document);

    /// The proposal shown in the details: the current one of the list that has the focus last.
    QString currentKey() const { return m_current; }
    /// The proposals selected in the table, in table order.
    QStringList selectedKeys() const;
    /// Selects `key` in the table, clearing the filters when they hide it.
    void selectProposal(const QString &key);
    /// Narrows the table to `theme` (unset: any) and `status` (unset: any), clearing the other filters.
    void showFacets(const std::optional<QString> &theme, std::optional<ProposalStatus> status);
    /// True when the retained order list was the last to hold the cursor.
    bool retainedIsCurrent() const { return m_retainedCurrent; }
    /// Moves the current retained proposal among its siblings.
    void moveRetained(int delta);
    /// Regroups the retained proposals by theme (programme order), keeping the order within each theme.
    void groupRetainedByTheme();

    QTableView *table() const { return m_table; }
    QTreeView *retainedView() const { return m_retained; }
    QLineEdit *searchField() const { return m_search; }
    SimilarList *similar() const { return m_similar; }
    ProposalFilter *filter() const { return m_filter; }

Q_SIGNALS:
    void currentChanged(const QString &key);
    void selectionChanged();
    /// Merge these proposals (the dialog opens).
    void mergeRequested(const QStringList &keys);
    void message(const QString &text);
    void captureRequested();

private:
    QWidget *buildFilters();
    QWidget *buildRetained();
    QWidget *buildEmptyState();
    void rebuildChoices();
    /// The tag filter's choices: the goals, and the actors named in the proposals.
    void rebuildTags();
    void applyFilters();
    void setCurrent(const QString &key, bool fromRetained);
    void findSimilar();
    void updateState();

    ForumDocument *m_document = nullptr;
    SimilarityIndex *m_similarity = nullptr;
    ProposalTableModel *m_model = nullptr;
    ProposalFilter *m_filter = nullptr;
    RetainedOrderModel *m_retainedModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_workshop = nullptr;
    QComboBox *m_tag = nullptr;
    QLabel *m_shown = nullptr;
    QTableView *m_table = nullptr;
    SimilarList *m_similar = nullptr;
    QPushButton *m_mergeSimilar = nullptr;
    QLabel *m_retainedTitle = nullptr;
    QTreeView *m_retained = nullptr;
    QStringList m_actorChoices;
    QString m_current;
    bool m_retainedCurrent = false;
    bool m_following = false; ///< the retained list follows the table's choice
    QTimer m_similarTimer;
};

} // namespace cordee
