#include "curateview.h"

#include "forumdocument.h"
#include "icons.h"
#include "proposalcommands.h"
#include "proposalfilter.h"
#include "proposaloutline.h"
#include "proposaltablemodel.h"
#include "retainedordermodel.h"
#include "sdg.h"
#include "similarityindex.h"
#include "similarlist.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace cordee {

namespace {

enum StatusChoice { AnyStatus = -1, OpenStatus = -2, NotMerged = -3 };

QComboBox *filterCombo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    return combo;
}

} // namespace

CurateView::CurateView(SimilarityIndex *similarity, QWidget *parent)
    : QWidget(parent)
    , m_similarity(similarity)
    , m_model(new ProposalTableModel(this))
    , m_filter(new ProposalFilter(this))
    , m_retainedModel(new RetainedOrderModel(this))
{
    setObjectName(QStringLiteral("curateView"));
    m_filter->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("proposalsTable"));
    m_table->setAccessibleName(tr("All proposals"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProposalTableModel::Workshop, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProposalTableModel::Text, QHeaderView::Stretch);
    header->resizeSection(ProposalTableModel::Key,
                          m_table->fontMetrics().horizontalAdvance(QStringLiteral("P-00000")) + 16);
    header->resizeSection(ProposalTableModel::Theme, 120);
    header->resizeSection(ProposalTableModel::Status, 115);
    header->resizeSection(ProposalTableModel::Support, 60);
    header->resizeSection(ProposalTableModel::Sdgs, 60);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    setCurrent(m_filter->keyAt(current.row()), false);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CurateView::selectionChanged);

    m_similar = new SimilarList(tr("Similar proposals"), this);
    m_similar->setObjectName(QStringLiteral("curateSimilar"));
    connect(m_similar, &SimilarList::activated, this, &CurateView::selectProposal);
    m_mergeSimilar = new QPushButton(themedIcon(QStringLiteral("merge")), tr("Merge with Selected…"), this);
    m_mergeSimilar->setObjectName(QStringLiteral("mergeSimilarButton"));
    m_mergeSimilar->setToolTip(tr("Merge the proposal chosen above with the similar ones selected here"));
    connect(m_similar, &SimilarList::selectionChanged, this, &CurateView::updateState);
    connect(m_mergeSimilar, &QPushButton::clicked, this,
            [this] { Q_EMIT mergeRequested(QStringList{m_current} + m_similar->selectedKeys()); });
    auto *similarPane = new QWidget(this);
    auto *similarLayout = new QVBoxLayout(similarPane);
    similarLayout->setContentsMargins(0, 0, 0, 0);
    similarLayout->addWidget(m_similar, 1);
    similarLayout->addWidget(m_mergeSimilar, 0, Qt::AlignRight);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(similarPane);
    bottom->addWidget(buildRetained());
    bottom->setSizes({400, 420});

    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("shownLabel"));
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(buildFilters());
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_shown);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(tablePane);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({360, 240});

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(vertical);
    m_stack->addWidget(buildEmptyState());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_similarTimer.setSingleShot(true);
    m_similarTimer.setInterval(0);
    connect(&m_similarTimer, &QTimer::timeout, this, &CurateView::findSimilar);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &CurateView::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CurateView::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CurateView::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &CurateView::updateState);
    setTabOrder(m_search, m_theme);
    setTabOrder(m_theme, m_status);
    setTabOrder(m_status, m_workshop);
    setTabOrder(m_workshop, m_tag);
    setTabOrder(m_tag, m_table);
    updateState();
}

CurateView::~CurateView() = default;

QWidget *CurateView::buildFilters()
{
    auto *bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("proposalSearch"));
    m_search->setPlaceholderText(tr("Search proposals… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search proposals"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, &CurateView::applyFilters);
    m_theme = filterCombo(QStringLiteral("themeFilter"), tr("Filter by theme"), bar);
    m_status = filterCombo(QStringLiteral("statusFilter"), tr("Filter by status"), bar);
    m_workshop = filterCombo(QStringLiteral("workshopFilter"), tr("Filter by workshop"), bar);
    m_tag = filterCombo(QStringLiteral("tagFilter"), tr("Filter by tag"), bar);
    for (QComboBox *combo : {m_theme, m_status, m_workshop, m_tag})
        connect(combo, &QComboBox::currentIndexChanged, this, &CurateView::applyFilters);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_theme, 1);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_workshop, 1);
    layout->addWidget(m_tag, 1);
    return bar;
}

QWidget *CurateView::buildRetained()
{
    auto *pane = new QWidget(this);
    m_retainedTitle = new QLabel(pane);
    QFont bold = m_retainedTitle->font();
    bold.setBold(true);
    m_retainedTitle->setFont(bold);
    m_retained = new QTreeView(pane);
    m_retained->setObjectName(QStringLiteral("retainedOrder"));
    m_retained->setAccessibleName(tr("Retained proposals in the declaration's order"));
    m_retained->setModel(m_retainedModel);
    m_retained->setDragEnabled(true);
    m_retained->setAcceptDrops(true);
    m_retained->setDropIndicatorShown(true);
    m_retained->setDragDropMode(QAbstractItemView::DragDrop);
    m_retained->setDefaultDropAction(Qt::MoveAction);
    m_retained->setSelectionMode(QAbstractItemView::SingleSelection);
    m_retained->setUniformRowHeights(true);
    m_retained->setAlternatingRowColors(true);
    m_retained->header()->setStretchLastSection(false);
    m_retained->header()->setSectionResizeMode(RetainedOrderModel::Text, QHeaderView::Stretch);
    m_retained->header()->setSectionResizeMode(RetainedOrderModel::Theme, QHeaderView::Interactive);
    m_retained->header()->resizeSection(RetainedOrderModel::Theme, 120);
    m_retained->setColumnHidden(RetainedOrderModel::Workshop, true);
    m_retainedTitle->setBuddy(m_retained);
    connect(m_retained->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_following)
                    setCurrent(m_retainedModel->keyOf(current.siblingAtColumn(0)), true);
            });
    connect(m_retainedModel, &QAbstractItemModel::modelReset, this, [this] {
        m_retained->expandAll();
        updateState();
    });
    connect(m_retainedModel, &RetainedOrderModel::moved, this,
            [this](const QString &key) { m_retained->setCurrentIndex(m_retainedModel->indexOf(key)); });

    const auto button = [pane](const QString &icon, const QString &text, const QString &tip) {
        auto *b = new QToolButton(pane);
        b->setIcon(themedIcon(icon));
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(text);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    QToolButton *up = button(QStringLiteral("go-up"), tr("Up"), tr("Move the selected proposal up (Alt+Up)"));
    QToolButton *down =
        button(QStringLiteral("go-down"), tr("Down"), tr("Move the selected proposal down (Alt+Down)"));
    QToolButton *group = button(QStringLiteral("view-sort"), tr("Group by Theme"),
                                tr("Order the retained proposals theme by theme, in the programme's order of "
                                   "themes, keeping their order within each theme"));
    group->setObjectName(QStringLiteral("groupByThemeButton"));
    connect(up, &QToolButton::clicked, this, [this] { moveRetained(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveRetained(1); });
    connect(group, &QToolButton::clicked, this, &CurateView::groupRetainedByTheme);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retainedTitle, 1);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addWidget(group);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_retained, 1);
    auto *hint = new QLabel(tr("Drag to reorder; sub-points move under their proposal."), pane);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    return pane;
}

QWidget *CurateView::buildEmptyState()
{
    auto *empty = new QWidget(this);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    auto *text =
        new QLabel(tr("No proposals yet. Rapporteurs type them on the Capture tab, workshop by "
                      "workshop; here the synthesis committee then finds the ones that say the same, "
                      "merges them, retains the best and orders them for the declaration."),
                   empty);
    text->setObjectName(QStringLiteral("curateEmptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    auto *capture = new QPushButton(tr("Capture Proposals"), empty);
    connect(capture, &QPushButton::clicked, this, &CurateView::captureRequested);
    layout->addWidget(capture, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return empty;
}

void CurateView::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_current.clear();
    m_model->setDocument(document);
    m_retainedModel->setDocument(document);
    m_similar->setDocument(document);
    if (document) {
        connect(document, &ForumDocument::programmeChanged, this, &CurateView::rebuildChoices);
        connect(document, &ForumDocument::proposalsChanged, this, [this] {
            rebuildTags();
            m_similarTimer.start();
            updateState();
        });
    }
    rebuildChoices();
    m_retained->expandAll();
    setCurrent({}, false);
}

void CurateView::rebuildChoices()
{
    const auto refill = [](QComboBox *combo, const std::function<void()> &fill) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        fill();
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    refill(m_theme, [this] {
        m_theme->addItem(tr("All themes"), QStringLiteral("*"));
        m_theme->addItem(tr("No theme"), QString());
        if (m_document)
            for (const Theme &t : m_document->themes())
                m_theme->addItem(t.title, t.key);
    });
    refill(m_status, [this] {
        m_status->addItem(tr("All statuses"), int(AnyStatus));
        m_status->addItem(tr("Open (draft or submitted)"), int(OpenStatus));
        m_status->addItem(tr("All but merged"), int(NotMerged));
        for (ProposalStatus s : vocab::proposalStatuses())
            m_status->addItem(vocab::label(s), int(s));
    });
    // The Workshop column as wide as the longest key (keys such as "D1-W1-T1-en-1" say a lot).
    int keyWidth = m_table->fontMetrics().horizontalAdvance(tr("Plenary"));
    if (m_document)
        for (const Workshop &w : m_document->workshops())
            keyWidth = qMax(keyWidth, m_table->fontMetrics().horizontalAdvance(w.key));
    m_table->horizontalHeader()->resizeSection(ProposalTableModel::Workshop, keyWidth + 28);
    refill(m_workshop, [this] {
        m_workshop->addItem(tr("All workshops"), QStringLiteral("*"));
        m_workshop->addItem(tr("Plenary"), QString());
        if (m_document)
            for (const Workshop &w : m_document->workshops())
                m_workshop->addItem(w.title.isEmpty() ? w.key : w.key + QStringLiteral(" — ") + w.title,
                                    w.key);
    });
    rebuildTags();
}

void CurateView::rebuildTags()
{
    QStringList raw;
    if (m_document)
        for (const Proposal &p : m_document->proposals().proposals)
            raw << p.actors;
    // Words typed change no tag: the list stays as it is, open or not.
    if (raw == m_actorChoices && m_tag->count() > 0)
        return;
    m_actorChoices = raw;
    const QStringList actors = normalizedActors(raw);
    const QVariant current = m_tag->currentData();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QStringLiteral("*"));
    for (int goal : sdg::all())
        m_tag->addItem(sdg::label(goal), QStringLiteral("sdg:%1").arg(goal));
    for (const QString &actor : std::as_const(actors))
        m_tag->addItem(actor, QString(QStringLiteral("actor:") + actor));
    const int index = m_tag->findData(current);
    m_tag->setCurrentIndex(index < 0 ? 0 : index);
}

void CurateView::showFacets(const std::optional<QString> &theme, std::optional<ProposalStatus> status)
{
    {
        const QSignalBlocker blockSearch(m_search), blockTheme(m_theme), blockStatus(m_status),
            blockWorkshop(m_workshop), blockTag(m_tag);
        m_search->clear();
        m_workshop->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_theme->setCurrentIndex(std::max(0, theme ? m_theme->findData(*theme) : 0));
        m_status->setCurrentIndex(std::max(0, status ? m_status->findData(int(*status)) : 0));
    }
    applyFilters();
}

void CurateView::applyFilters()
{
    ProposalFacets facets;
    facets.text = m_search->text();
    if (const QString theme = m_theme->currentData().toString(); theme != u"*")
        facets.theme = theme;
    if (const QString workshop = m_workshop->currentData().toString(); workshop != u"*")
        facets.workshop = workshop;
    switch (const int status = m_status->currentData().toInt()) {
    case AnyStatus:
        break;
    case OpenStatus:
        facets.statuses = {ProposalStatus::Draft, ProposalStatus::Submitted};
        break;
    case NotMerged:
        facets.statuses = {ProposalStatus::Draft, ProposalStatus::Submitted, ProposalStatus::Retained,
                           ProposalStatus::Rejected};
        break;
    default:
        facets.statuses = {ProposalStatus(status)};
    }
    const QString tag = m_tag->currentData().toString();
    if (tag.startsWith(u"sdg:"))
        facets.sdg = tag.mid(4).toInt();
    else if (tag.startsWith(u"actor:"))
        facets.actor = tag.mid(6);
    m_filter->setFacets(facets);
    updateState();
}

QStringList CurateView::selectedKeys() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList keys;
    for (int row : std::as_const(rows))
        keys << m_filter->keyAt(row);
    return keys;
}

void CurateView::selectProposal(const QString &key)
{
    if (!m_document || !m_document->proposals().contains(key))
        return;
    if (m_filter->rowOf(key) < 0) {
        m_search->clear();
        for (QComboBox *combo : {m_theme, m_status, m_workshop, m_tag})
            combo->setCurrentIndex(0);
        Q_EMIT message(tr("Filters cleared to show %1.").arg(key));
    }
    const int row = m_filter->rowOf(key);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->index(row, ProposalTableModel::Text);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void CurateView::setCurrent(const QString &key, bool fromRetained)
{
    m_retainedCurrent = fromRetained;
    if (key == m_current) {
        updateState();
        return;
    }
    m_current = key;
    // A retained proposal chosen in the table shows its place in the declaration's order too.
    if (!fromRetained) {
        const QScopedValueRollback following(m_following, true);
        const QModelIndex place = m_retainedModel->indexOf(key);
        if (place.isValid()) {
            m_retained->setCurrentIndex(place);
            m_retained->scrollTo(place);
        } else {
            m_retained->clearSelection();
        }
    }
    m_similarTimer.start();
    updateState();
    Q_EMIT currentChanged(key);
}

void CurateView::findSimilar()
{
    if (!m_document || !m_document->proposals().contains(m_current)) {
        m_similar->showResults({}, tr("Select a proposal to see those most likely to say the same."));
        return;
    }
    const ProposalSimilarity &index = m_similarity->index();
    const Proposal *p = m_document->proposals().find(m_current);
    // A merged proposal is out of the index: compare its text.
    const QList<SimilarProposal> found = index.contains(m_current)
                                             ? index.similarTo(m_current, 8, 0.1)
                                             : index.similarToText(p->text, 8, 0.1, m_current);
    m_similar->showResults(found, tr("No other proposal says much the same."));
    updateState();
}

void CurateView::moveRetained(int delta)
{
    if (!m_document || !m_document->proposals().contains(m_current))
        return;
    const QString key = m_current;
    if (Status s = pushProposalEdit(m_document, planMove(m_document->proposals(), key, delta),
                                    tr("Move %1").arg(key));
        !s) {
        Q_EMIT message(s.error().message);
        return;
    }
    if (m_retainedCurrent) {
        m_retained->setCurrentIndex(m_retainedModel->indexOf(key));
        m_retained->setFocus();
    }
}

void CurateView::groupRetainedByTheme()
{
    if (!m_document)
        return;
    QStringList themes;
    for (const Theme &t : m_document->themes())
        themes << t.key;
    if (Status s =
            pushProposalEdit(m_document, outline::planGroupRetainedByTheme(m_document->proposals(), themes),
                             tr("Group the retained proposals by theme"));
        !s)
        Q_EMIT message(s.error().message);
}

void CurateView::updateState()
{
    const int total = m_model->rowCount();
    m_stack->setCurrentIndex(m_document && total == 0 ? 1 : 0);
    m_shown->setText(tr("%1 of %n proposal(s) shown", nullptr, total).arg(m_filter->rowCount()));
    int retained = 0;
    if (m_document)
        retained = int(m_document->proposals().retainedInOrder().size());
    m_retainedTitle->setText(tr("Retained for the declaration (%1)").arg(retained));
    m_mergeSimilar->setEnabled(!m_current.isEmpty() && !m_similar->selectedKeys().isEmpty());
}

} // namespace cordee
