#include "proposalspage.h"

#include "captureoutline.h"
#include "captureview.h"
#include "curateview.h"
#include "forumdocument.h"
#include "icons.h"
#include "mergedialogs.h"
#include "proposalcommands.h"
#include "proposaldetails.h"
#include "proposallineage.h"
#include "proposaloutline.h"
#include "proposaltextcommitter.h"
#include "similarityindex.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace cordee {

ProposalsPage::ProposalsPage(QWidget *parent)
    : Page(parent)
    , m_similarity(new SimilarityIndex(this))
{
    setObjectName(QStringLiteral("proposalsPage"));
    createActions();
    m_capture = new CaptureView(m_similarity, this);
    m_curate = new CurateView(m_similarity, this);
    m_details = new ProposalDetails(this);
    m_modes = new QTabWidget(this);
    m_modes->setObjectName(QStringLiteral("proposalModes"));
    m_modes->setDocumentMode(true);
    m_modes->addTab(m_capture, themedIcon(QStringLiteral("document-edit")), tr("Capture"));
    m_modes->addTab(m_curate, themedIcon(QStringLiteral("view-filter")), tr("Curate"));
    m_modes->setTabToolTip(Capture, tr("Rapporteurs type a workshop's proposals"));
    m_modes->setTabToolTip(Curate, tr("The synthesis committee merges, retains and orders the proposals"));
    m_modes->setAccessibleName(tr("Proposals mode"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_modes);
    m_stack->addWidget(buildEmptyState());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    const auto relay = [this](const QString &text) { Q_EMIT statusMessage(text); };
    connect(m_capture, &CaptureView::message, this, relay);
    connect(m_curate, &CurateView::message, this, relay);
    connect(m_capture, &CaptureView::currentChanged, this, [this] {
        showDetails();
        updateState();
    });
    connect(m_capture, &CaptureView::proposalActivated, m_details, &ProposalDetails::showProposal);
    connect(m_curate, &CurateView::currentChanged, this, [this] {
        showDetails();
        updateState();
    });
    connect(m_curate, &CurateView::selectionChanged, this, &ProposalsPage::updateState);
    connect(m_curate, &CurateView::mergeRequested, this, &ProposalsPage::merge);
    connect(m_curate, &CurateView::captureRequested, this, [this] { setMode(Capture); });
    connect(m_details, &ProposalDetails::proposalActivated, this, &ProposalsPage::showProposal);
    connect(m_modes, &QTabWidget::currentChanged, this, [this] {
        m_capture->outline()->flush();
        showDetails();
        updateState();
    });
    m_curate->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_curate->table()->addActions({m_merge, m_split, m_separator, m_submit, m_retain, m_reject, m_delete});
    m_curate->retainedView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_curate->retainedView()->addActions({m_split, m_separator, m_submit, m_reject, m_delete});
    updateState();
}

ProposalsPage::~ProposalsPage() = default;

QIcon ProposalsPage::icon() const
{
    return themedIcon(QStringLiteral("format-list-unordered"));
}

void ProposalsPage::createActions()
{
    const auto make = [this](const QString &icon, const QString &text, const QString &objectName,
                             const QString &tip) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : themedIcon(icon), text, this);
        a->setObjectName(objectName);
        a->setToolTip(tip);
        return a;
    };
    m_new = make(QStringLiteral("list-add"), tr("&New Proposal"), QStringLiteral("newProposalAction"),
                 tr("Start a proposal after the current one, in the workshop chosen (Ctrl+Shift+A)"));
    m_new->setIconText(tr("New", "toolbar"));
    m_new->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::Key_Insert)});
    connect(m_new, &QAction::triggered, this, &ProposalsPage::newProposal);

    m_merge = make(QStringLiteral("merge"), tr("&Merge…"), QStringLiteral("mergeAction"),
                   tr("Merge the selected proposals into a new one; the originals stay, marked (Ctrl+M)"));
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_merge, &QAction::triggered, this, &ProposalsPage::mergeSelected);
    m_split = make(QStringLiteral("split"), tr("S&plit…"), QStringLiteral("splitAction"),
                   tr("Split the proposal into several; the original stays, marked (Ctrl+Shift+M)"));
    m_split->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_split, &QAction::triggered, this, &ProposalsPage::splitCurrent);

    m_submit = make(QStringLiteral("mail-send"), tr("&Submit"), QStringLiteral("submitAction"),
                    tr("Hand the proposal to the synthesis committee (Alt+S)"));
    m_submit->setShortcut(QKeySequence(Qt::ALT | Qt::Key_S));
    connect(m_submit, &QAction::triggered, this, [this] { setStatus(ProposalStatus::Submitted); });
    m_retain = make(QStringLiteral("approved"), tr("&Retain"), QStringLiteral("retainAction"),
                    tr("Retain the proposal for the declaration: it goes last in its order (Alt+R)"));
    m_retain->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    connect(m_retain, &QAction::triggered, this, [this] { setStatus(ProposalStatus::Retained); });
    m_reject = make(QStringLiteral("dialog-cancel"), tr("Re&ject"), QStringLiteral("rejectAction"),
                    tr("Reject the proposal: it stays, out of the declaration (Alt+J)"));
    m_reject->setShortcut(QKeySequence(Qt::ALT | Qt::Key_J));
    connect(m_reject, &QAction::triggered, this, [this] { setStatus(ProposalStatus::Rejected); });

    m_delete =
        make(QStringLiteral("edit-delete"), tr("&Delete Proposals"), QStringLiteral("deleteProposalAction"),
             tr("Delete the selected proposals with their sub-points (Del) — Undo brings them back"));
    m_delete->setIconText(tr("Delete", "toolbar"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &ProposalsPage::deleteSelected);

    // Tab and Shift+Tab belong to the outline's editor; the menu names them.
    m_indent =
        make(QStringLiteral("format-indent-more"), tr("Make a Sub-point") + QStringLiteral("\tTab"),
             QStringLiteral("indentAction"), tr("Make the proposal a sub-point of the one above (Tab)"));
    connect(m_indent, &QAction::triggered, this, [this] { m_capture->outline()->indentCurrent(); });
    m_outdent =
        make(QStringLiteral("format-indent-less"),
             tr("Make a Proposal of Its Own") + QStringLiteral("\tShift+Tab"),
             QStringLiteral("outdentAction"), tr("Take the sub-point out of its proposal (Shift+Tab)"));
    connect(m_outdent, &QAction::triggered, this, [this] { m_capture->outline()->outdentCurrent(); });
    m_moveUp = make(QStringLiteral("go-up"), tr("Move &Up"), QStringLiteral("moveUpAction"),
                    tr("Move the proposal up among its neighbours (Alt+Up)"));
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    m_moveDown = make(QStringLiteral("go-down"), tr("Move Do&wn"), QStringLiteral("moveDownAction"),
                      tr("Move the proposal down among its neighbours (Alt+Down)"));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(1); });
    m_find = make(QStringLiteral("edit-find"), tr("&Find Proposals"), QStringLiteral("findProposalsAction"),
                  tr("Search every proposal, accent-blind (Ctrl+F)"));
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        setMode(Curate);
        m_curate->searchField()->setFocus();
        m_curate->searchField()->selectAll();
    });
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    // Alt+arrows move things on other pages too: only while the cursor is on this one.
    for (QAction *a : {m_moveUp, m_moveDown})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_new, m_merge, m_split, m_submit, m_retain, m_reject, m_moveUp, m_moveDown, m_find});
}

QWidget *ProposalsPage::buildEmptyState()
{
    auto *empty = new QWidget(this);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    layout->addWidget(m_emptyText);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *plenary =
        new QPushButton(themedIcon(QStringLiteral("list-add")), tr("Capture Plenary Proposals"), empty);
    plenary->setObjectName(QStringLiteral("capturePlenaryButton"));
    connect(plenary, &QPushButton::clicked, this, [this] {
        m_startedWithoutWorkshops = true;
        updateState();
        setMode(Capture);
        m_capture->setWorkshop({});
        m_capture->outline()->startProposal();
    });
    auto *workshops = new QPushButton(tr("Open the Workshops Page"), empty);
    connect(workshops, &QPushButton::clicked, this,
            [this] { Q_EMIT showPageRequested(QStringLiteral("workshopsPage")); });
    buttons->addWidget(plenary);
    buttons->addWidget(workshops);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return empty;
}

void ProposalsPage::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_capture->outline()->flush();
    m_document = document;
    m_startedWithoutWorkshops = false;
    m_similarity->setDocument(document);
    m_details->setDocument(document);
    m_capture->setDocument(document);
    m_curate->setDocument(document);
    if (document) {
        connect(document, &ForumDocument::proposalsChanged, this, [this] {
            showDetails();
            updateState();
        });
        connect(document, &ForumDocument::programmeChanged, this, &ProposalsPage::updateState);
    }
    showDetails();
    updateState();
}

QList<QAction *> ProposalsPage::pageActions() const
{
    return {m_new, m_merge, m_split, m_separator, m_submit, m_retain, m_reject, m_delete};
}

QList<QAction *> ProposalsPage::menuOnlyActions() const
{
    return {m_indent, m_outdent, m_moveUp, m_moveDown, m_find};
}

QWidget *ProposalsPage::detailsWidget() const
{
    return m_details;
}

void ProposalsPage::applyFilter(const QString &facet, const QString &value)
{
    if (facet == u"mode") {
        setMode(value == u"curate" ? Curate : Capture);
    } else if (facet == u"workshop") {
        setMode(Capture);
        m_capture->setWorkshop(value);
    } else if (facet == u"themeStatus") {
        setMode(Curate);
        const QString theme = value.section(u'|', 0, 0);
        const QString status = value.section(u'|', 1, 1);
        m_curate->showFacets(theme.isEmpty() ? std::nullopt : std::optional<QString>(theme),
                             vocab::proposalStatusFromKey(status));
    }
}

ProposalsPage::Mode ProposalsPage::mode() const
{
    return Mode(m_modes->currentIndex());
}

void ProposalsPage::setMode(Mode mode)
{
    m_modes->setCurrentIndex(mode);
}

QString ProposalsPage::currentKey() const
{
    return mode() == Capture ? m_capture->currentKey() : m_curate->currentKey();
}

QStringList ProposalsPage::targetKeys() const
{
    if (mode() == Curate && !m_curate->retainedIsCurrent()) {
        const QStringList selected = m_curate->selectedKeys();
        if (!selected.isEmpty())
            return selected;
    }
    const QString key = currentKey();
    return key.isEmpty() ? QStringList{} : QStringList{key};
}

void ProposalsPage::showDetails()
{
    m_details->showProposal(currentKey());
}

void ProposalsPage::updateState()
{
    const bool hasDoc = m_document != nullptr;
    const bool noWorkshops =
        hasDoc && m_document->workshops().isEmpty() && m_document->proposals().proposals.isEmpty();
    if (!hasDoc)
        m_emptyText->setText(tr("Open or create a forum to capture its proposals."));
    else
        m_emptyText->setText(
            tr("Proposals come from the workshops: each workshop's rapporteur types what the room "
               "proposed, and the synthesis committee merges, retains and orders them for the "
               "declaration.\n\nThis forum has no workshops yet. Form them on the Workshops page, "
               "or capture the plenary's proposals now."));
    m_stack->setCurrentIndex(!hasDoc || (noWorkshops && !m_startedWithoutWorkshops) ? 1 : 0);

    const ProposalSet empty;
    const ProposalSet &set = hasDoc ? m_document->proposals() : empty;
    const QStringList targets = targetKeys();
    const Proposal *current = set.find(currentKey());
    const bool open = current && current->status != ProposalStatus::Merged;
    bool anyOpen = false;
    for (const QString &key : targets)
        if (const Proposal *p = set.find(key); p && p->status != ProposalStatus::Merged)
            anyOpen = true;
    const bool capture = mode() == Capture;
    m_new->setEnabled(hasDoc);
    m_merge->setEnabled(!capture && m_curate->selectedKeys().size() >= 2);
    m_split->setEnabled(open);
    for (QAction *a : {m_submit, m_retain, m_reject})
        a->setEnabled(anyOpen);
    m_delete->setEnabled(!targets.isEmpty());
    m_indent->setEnabled(capture && hasDoc);
    m_outdent->setEnabled(capture && current && current->isSubPoint());
    m_moveUp->setEnabled(current != nullptr);
    m_moveDown->setEnabled(current != nullptr);
    m_find->setEnabled(hasDoc);
}

void ProposalsPage::newProposal()
{
    if (!m_document)
        return;
    m_startedWithoutWorkshops = true;
    updateState();
    setMode(Capture);
    m_capture->outline()->startProposal();
}

void ProposalsPage::mergeSelected()
{
    merge(m_curate->selectedKeys());
}

void ProposalsPage::merge(const QStringList &keys)
{
    if (!m_document || keys.size() < 2)
        return;
    m_capture->outline()->flush();
    // Refused before the dialog when it cannot be done (merged already, sub-points of one another).
    if (auto check = planMerge(m_document->proposals(), keys, QStringLiteral("-")); !check) {
        Q_EMIT statusMessage(check.error().message);
        return;
    }
    auto *dialog = new MergeDialog(m_document->proposals(), keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto planned = planMerge(m_document->proposals(), dialog->keys(), dialog->text());
        const QString key = planned ? planned->added.constFirst().key : QString();
        if (Status s =
                pushProposalEdit(m_document, planned,
                                 tr("Merge %1 into %2").arg(dialog->keys().join(QStringLiteral(", ")), key));
            !s) {
            Q_EMIT statusMessage(s.error().message);
            return;
        }
        setMode(Curate);
        m_curate->selectProposal(key);
        Q_EMIT statusMessage(
            tr("Merged into %1; the originals are kept and marked. Undo takes it back.").arg(key));
    });
    dialog->open();
}

void ProposalsPage::splitCurrent()
{
    if (!m_document)
        return;
    m_capture->outline()->flush();
    const Proposal *p = m_document->proposals().find(currentKey());
    if (!p || p->status == ProposalStatus::Merged)
        return;
    auto *dialog = new SplitDialog(*p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto planned = planSplit(m_document->proposals(), dialog->key(), dialog->texts());
        const QString first = planned ? planned->added.constFirst().key : QString();
        if (Status s = pushProposalEdit(m_document, planned, tr("Split %1").arg(dialog->key())); !s) {
            Q_EMIT statusMessage(s.error().message);
            return;
        }
        if (mode() == Curate)
            m_curate->selectProposal(first);
        else
            m_capture->outline()->focusProposal(first);
        Q_EMIT statusMessage(
            tr("%1 split; the original is kept and marked. Undo takes it back.").arg(dialog->key()));
    });
    dialog->open();
}

void ProposalsPage::setStatus(ProposalStatus status)
{
    if (!m_document)
        return;
    m_capture->outline()->flush();
    QStringList keys;
    for (const QString &key : targetKeys())
        if (const Proposal *p = m_document->proposals().find(key); p && p->status != ProposalStatus::Merged)
            keys << key;
    if (keys.isEmpty())
        return;
    const QString label = vocab::label(status).toLower();
    if (Status s =
            pushProposalEdit(m_document, outline::planSetStatuses(m_document->proposals(), keys, status),
                             tr("Set %1 to %2").arg(keys.join(QStringLiteral(", ")), label));
        !s) {
        Q_EMIT statusMessage(s.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("%n proposal(s) now %1.", nullptr, int(keys.size())).arg(label));
    updateState();
}

void ProposalsPage::deleteSelected()
{
    if (!m_document)
        return;
    const QStringList keys = targetKeys();
    if (keys.isEmpty())
        return;
    // A word being typed in a proposal that goes goes with it; one typed elsewhere is written first.
    if (ProposalTextCommitter *committer = m_capture->outline()->committer();
        keys.contains(committer->pendingKey()))
        committer->discard();
    else
        committer->flush();
    if (Status s = pushProposalEdit(m_document, outline::planRemoveAll(m_document->proposals(), keys),
                                    tr("Delete %1").arg(keys.join(QStringLiteral(", "))));
        !s) {
        Q_EMIT statusMessage(s.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("%n proposal(s) deleted — Undo brings them back.", nullptr, int(keys.size())));
}

void ProposalsPage::moveCurrent(int delta)
{
    if (mode() == Capture)
        m_capture->outline()->moveCurrent(delta);
    else
        m_curate->moveRetained(delta);
}

void ProposalsPage::showProposal(const QString &key)
{
    if (mode() == Curate)
        m_curate->selectProposal(key);
    else
        m_details->showProposal(key);
}

} // namespace cordee
