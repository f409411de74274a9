#pragma once

#include "page.h"
#include "vocabulary.h"

#include <QPointer>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace cordee {

class CaptureView;
class CurateView;
class ForumDocument;
class ProposalDetails;
class SimilarityIndex;

/// The Proposals page, in two modes. Capture: a rapporteur picks a workshop and types its proposals in an
/// outline built for speed, each one written as it is typed. Curate: the synthesis committee filters every
/// proposal, sees those that say the same, merges and splits them (undoably, their history kept), retains or
/// rejects them and orders the retained ones for the declaration. The details panel shows the selected
/// proposal and its history.
class ProposalsPage : public Page
{
    Q_OBJECT

public:
    enum Mode { Capture, Curate };

    explicit ProposalsPage(QWidget *parent = nullptr);
    ~ProposalsPage() override;

    QString title() const override { return tr("Proposals"); }
    QIcon icon() const override;
    void setDocument(ForumDocument *document) override;
    QList<QAction *> pageActions() const override;
    QList<QAction *> menuOnlyActions() const override;
    QWidget *detailsWidget() const override;
    /// Facet "mode" ("capture" or "curate"): shows that mode. Facet "workshop" (a key): captures that
    /// workshop's proposals. Facet "themeStatus" ("theme key|status
    /// key", either part empty for any): curates the proposals of that theme and status.
    void applyFilter(const QString &facet, const QString &value) override;

    Mode mode() const;
    void setMode(Mode mode);
    CaptureView *capture() const { return m_capture; }
    CurateView *curate() const { return m_curate; }
    ProposalDetails *details() const { return m_details; }
    /// The proposal the actions apply to: the one being typed, or the one selected.
    QString currentKey() const;

public Q_SLOTS:
    void newProposal();
    void mergeSelected();
    /// Opens the merge dialog for `keys` (window-modal; the merge is made when it is accepted).
    void merge(const QStringList &keys);
    void splitCurrent();
    void setStatus(cordee::ProposalStatus status);
    void deleteSelected();
    void moveCurrent(int delta);
    /// Shows `key`: in Curate, selected in the table.
    void showProposal(const QString &key);

private:
    void createActions();
    QWidget *buildEmptyState();
    void updateState();
    void showDetails();
    /// The proposals the status and delete actions apply to.
    QStringList targetKeys() const;

    ForumDocument *m_document = nullptr;
    SimilarityIndex *m_similarity = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_modes = nullptr;
    CaptureView *m_capture = nullptr;
    CurateView *m_curate = nullptr;
    ProposalDetails *m_details = nullptr;
    QLabel *m_emptyText = nullptr;
    bool m_startedWithoutWorkshops = false;
    QAction *m_new = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_split = nullptr;
    QAction *m_submit = nullptr;
    QAction *m_retain = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_indent = nullptr;
    QAction *m_outdent = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_find = nullptr;
    QAction *m_separator = nullptr;
};

} // namespace cordee
