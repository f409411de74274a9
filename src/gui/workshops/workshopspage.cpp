#include "workshopspage.h"

#include "formationrunner.h"
#include "formationweights.h"
#include "formworkshopsdialog.h"
#include "forumdocument.h"
#include "icons.h"
#include "memberlist.h"
#include "participantcommands.h"
#include "placementcommands.h"
#include "placementdetails.h"
#include "programmekeys.h"
#include "scorecardstrip.h"
#include "weightsdialog.h"
#include "workshopcard.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cordee {

namespace {

constexpr int CardWidth = 300;

} // namespace

WorkshopsPage::WorkshopsPage(QWidget *parent)
    : Page(parent)
    , m_details(new PlacementDetails(this))
    , m_runner(new FormationRunner(this))
{
    setObjectName(QStringLiteral("workshopsPage"));
    createActions();
    connect(m_runner, &FormationRunner::finished, this, &WorkshopsPage::applyPlan);

    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("slotTabs"));
    m_tabs->setAccessibleName(tr("Workshop slots"));
    m_tabs->setExpanding(false);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            setCurrentSlot(m_tabs->tabData(index).toString());
    });
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setPlaceholderText(tr("Find someone in this slot… (Ctrl+F)"));
    m_find->setAccessibleName(tr("Find someone in this slot"));
    m_find->setClearButtonEnabled(true);
    m_find->addAction(themedIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_find->setMaximumWidth(320);
    connect(m_find, &QLineEdit::textChanged, this, &WorkshopsPage::findInSlot);
    m_scorecard = new ScorecardStrip(this);

    m_board = new QWidget;
    m_grid = new QGridLayout(m_board);
    m_grid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_board);
    m_scroll->viewport()->installEventFilter(this);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(buildEmptyState());

    auto *top = new QHBoxLayout;
    top->addWidget(m_tabs, 1);
    top->addWidget(m_find);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_scorecard);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_tabs, m_find);
    updateActions();
}

WorkshopsPage::~WorkshopsPage() = default;

QIcon WorkshopsPage::icon() const
{
    return themedIcon(QStringLiteral("view-list-details"));
}

void WorkshopsPage::createActions()
{
    m_form = new QAction(themedIcon(QStringLiteral("debug-run")), tr("&Form Workshops…"), this);
    m_form->setObjectName(QStringLiteral("formWorkshopsAction"));
    m_form->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_form->setToolTip(tr("Place everyone in workshops, holding every rule (Ctrl+R)"));
    connect(m_form, &QAction::triggered, this, &WorkshopsPage::formWorkshops);

    m_weights =
        new QAction(themedIcon(QStringLiteral("games-config-options")), tr("Objective &Weights…"), this);
    m_weights->setToolTip(tr("Change what the formation values most: choices, diversity, new encounters"));
    connect(m_weights, &QAction::triggered, this, &WorkshopsPage::editWeights);

    m_pin = new QAction(themedIcon(QStringLiteral("pin")), tr("&Pin Here"), this);
    m_pin->setCheckable(true);
    m_pin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_pin->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pin->setToolTip(tr("Keep the selected person in this workshop when the workshops are formed again "
                         "(Ctrl+T)"));
    connect(m_pin, &QAction::triggered, this, &WorkshopsPage::togglePin);

    m_moveTo = new QAction(themedIcon(QStringLiteral("go-next")), tr("&Move To…"), this);
    m_moveTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_moveTo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moveTo->setToolTip(tr("Move the selected person to another workshop of this slot (Ctrl+M)"));
    connect(m_moveTo, &QAction::triggered, this, &WorkshopsPage::moveSelectedTo);

    m_takeOut = new QAction(themedIcon(QStringLiteral("edit-delete")), tr("&Take Out of Workshop"), this);
    m_takeOut->setShortcut(QKeySequence::Delete);
    m_takeOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_takeOut->setToolTip(tr("Put the selected person in the tray of people not placed (Del)"));
    connect(m_takeOut, &QAction::triggered, this, &WorkshopsPage::takeOut);

    m_findAction = new QAction(themedIcon(QStringLiteral("edit-find-user")), tr("&Find in Slot"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction->setToolTip(tr("Find someone among this slot's workshops (Ctrl+F)"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(m_findAction);

    m_nextSlot = new QAction(tr("Next Slot"), this);
    m_nextSlot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_nextSlot->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_nextSlot, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex(qMin(m_tabs->currentIndex() + 1, m_tabs->count() - 1)); });
    m_previousSlot = new QAction(tr("Previous Slot"), this);
    m_previousSlot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_previousSlot->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_previousSlot, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex(qMax(m_tabs->currentIndex() - 1, 0)); });
    addActions({m_pin, m_moveTo, m_takeOut, m_nextSlot, m_previousSlot});
}

QWidget *WorkshopsPage::buildEmptyState()
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
    auto *form = new QPushButton(m_form->icon(), tr("Form Workshops…"), empty);
    connect(form, &QPushButton::clicked, m_form, &QAction::trigger);
    auto *programme = new QPushButton(tr("Open the Programme"), empty);
    connect(programme, &QPushButton::clicked, this,
            [this] { Q_EMIT showPageRequested(QStringLiteral("programmePage")); });
    buttons->addWidget(form);
    buttons->addWidget(programme);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return empty;
}

QList<QAction *> WorkshopsPage::pageActions() const
{
    auto *separator = new QAction(const_cast<WorkshopsPage *>(this));
    separator->setSeparator(true);
    return {m_form, m_weights, separator, m_moveTo, m_pin, m_takeOut, m_findAction};
}

QWidget *WorkshopsPage::detailsWidget() const
{
    return m_details;
}

void WorkshopsPage::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_slotKey.clear();
    m_selected = 0;
    if (m_document) {
        connect(m_document, &ForumDocument::placementsChanged, this, &WorkshopsPage::scheduleRefresh);
        connect(m_document, &ForumDocument::programmeChanged, this, &WorkshopsPage::scheduleRefresh);
        connect(m_document, &ForumDocument::participantsChanged, this, &WorkshopsPage::scheduleRefresh);
        connect(m_document, &ForumDocument::infoChanged, this, &WorkshopsPage::scheduleRefresh);
    }
    refresh();
}

void WorkshopsPage::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &WorkshopsPage::refresh);
}

void WorkshopsPage::refresh()
{
    m_refreshPending = false;
    rebuildTabs();
    rebuildCards();
    updateActions();
}

void WorkshopsPage::rebuildTabs()
{
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    if (!m_document)
        return;
    for (const TimeSlot &slot : m_document->timeSlots()) {
        if (slot.kind != SlotKind::Workshops)
            continue;
        const int index = m_tabs->addTab(timeSlotLabel(slot));
        m_tabs->setTabData(index, slot.key);
        m_tabs->setTabToolTip(index, slot.title.isEmpty() ? slot.key : slot.title);
        if (m_slotKey.isEmpty())
            m_slotKey = slot.key;
        if (slot.key == m_slotKey)
            m_tabs->setCurrentIndex(index);
    }
    bool found = false;
    for (int i = 0; i < m_tabs->count(); ++i)
        found = found || m_tabs->tabData(i).toString() == m_slotKey;
    if (!found) {
        m_slotKey = m_tabs->count() > 0 ? m_tabs->tabData(0).toString() : QString();
        m_tabs->setCurrentIndex(m_tabs->count() > 0 ? 0 : -1);
    }
    // Tabs added while the page is hidden do not tell the layout their new size on their own.
    m_tabs->updateGeometry();
}

void WorkshopsPage::setCurrentSlot(const QString &slotKey)
{
    if (slotKey == m_slotKey)
        return;
    m_slotKey = slotKey;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->tabData(i).toString() == slotKey) {
            const QSignalBlocker blocker(m_tabs);
            m_tabs->setCurrentIndex(i);
        }
    m_selected = 0;
    rebuildCards();
    m_scroll->verticalScrollBar()->setValue(0);
    updateActions();
}

void WorkshopsPage::rebuildCards()
{
    const int scroll = m_scroll->verticalScrollBar()->value();
    // Later, not now: a refresh can come while a drag started from one of these lists is still running.
    for (WorkshopCard *card : std::as_const(m_cards)) {
        m_grid->removeWidget(card);
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    m_columns = 0;
    if (!m_document || m_slotKey.isEmpty()) {
        m_emptyText->setText(tr("This forum has no workshop slot yet. Add time slots of the kind "
                                "\"Workshops\" on the Programme page; then form the workshops here."));
        m_stack->setCurrentIndex(1);
        m_scorecard->setVisible(false);
        showDetails();
        return;
    }
    const ForumSnapshot snapshot = m_document->snapshot();
    const FormationModel model = buildFormationModel(snapshot);
    const SlotBoard board = buildSlotBoard(snapshot, model, m_slotKey);
    m_scorecard->setVisible(true);
    m_scorecard->setScorecard(checkSnapshot(snapshot, model));
    if (board.cards.isEmpty()) {
        m_emptyText->setText(tr("No workshops in this slot yet. Form Workshops… plans them from the "
                                "participants' preferences and the free rooms, then places everyone."));
        m_stack->setCurrentIndex(1);
        showDetails();
        return;
    }
    m_stack->setCurrentIndex(0);
    m_cards << new WorkshopCard(board.unplaced, board.attending, m_board);
    for (const BoardCard &card : board.cards)
        m_cards << new WorkshopCard(card, m_board);
    for (WorkshopCard *card : std::as_const(m_cards)) {
        MemberList *list = card->members();
        connect(list, &MemberList::participantDropped, this, &WorkshopsPage::moveParticipant);
        connect(list, &QListWidget::itemSelectionChanged, this, [this, list] {
            const qint64 id = list->selectedParticipant();
            if (id == 0 || id == m_selected)
                return;
            m_selected = id;
            for (WorkshopCard *other : std::as_const(m_cards))
                if (other->members() != list)
                    other->members()->clearSelection();
            showDetails();
            updateActions();
        });
        list->setContextMenuPolicy(Qt::ActionsContextMenu);
        list->addActions({m_moveTo, m_pin, m_takeOut});
    }
    layoutCards();
    selectParticipant(m_selected);
    findInSlot(m_find->text());
    QTimer::singleShot(0, this, [this, scroll] { m_scroll->verticalScrollBar()->setValue(scroll); });
}

void WorkshopsPage::layoutCards()
{
    // As many columns of at least CardWidth as fit, the cards sharing the width left over.
    const int spacing = m_grid->horizontalSpacing() > 0 ? m_grid->horizontalSpacing() : 6;
    const QMargins margins = m_grid->contentsMargins();
    const int width = m_scroll->viewport()->width() - margins.left() - margins.right();
    const int columns = qMax(1, (width + spacing) / (CardWidth + spacing));
    const int cardWidth = qMax(CardWidth, (width - spacing * (columns - 1)) / columns);
    for (WorkshopCard *card : std::as_const(m_cards))
        card->setFixedWidth(cardWidth);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (WorkshopCard *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (int i = 0; i < m_cards.size(); ++i)
        m_grid->addWidget(m_cards.at(i), i / columns, i % columns, Qt::AlignTop);
}

bool WorkshopsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layoutCards();
    return Page::eventFilter(watched, event);
}

void WorkshopsPage::applyFilter(const QString &facet, const QString &value)
{
    if (facet != u"workshop" || !m_document)
        return;
    const QList<Workshop> &workshops = m_document->workshops();
    const auto it =
        std::find_if(workshops.cbegin(), workshops.cend(), [&](const Workshop &w) { return w.key == value; });
    if (it == workshops.cend())
        return;
    setCurrentSlot(it->slot);
    // After the page is shown and its cards laid out.
    QTimer::singleShot(0, this, [this, value] {
        for (WorkshopCard *card : std::as_const(m_cards))
            if (card->workshopKey() == value) {
                m_scroll->ensureWidgetVisible(card, 0, 40);
                card->members()->setFocus(Qt::OtherFocusReason);
            }
    });
}

void WorkshopsPage::selectParticipant(qint64 participantId)
{
    m_selected = participantId;
    for (WorkshopCard *card : std::as_const(m_cards)) {
        const QSignalBlocker blocker(card->members());
        if (!card->members()->selectParticipant(participantId))
            card->members()->clearSelection();
        else
            m_scroll->ensureWidgetVisible(card, 0, 40);
    }
    showDetails();
    updateActions();
}

void WorkshopsPage::showDetails()
{
    if (!m_document || m_selected == 0 || m_document->indexOfParticipant(m_selected) < 0) {
        m_details->showHint();
        return;
    }
    const ForumSnapshot snapshot = m_document->snapshot();
    m_details->showExplanation(
        explainPlacement(snapshot, buildFormationModel(snapshot), m_selected, m_slotKey));
}

void WorkshopsPage::updateActions()
{
    const bool running = m_runner->isRunning();
    const bool hasSlot = m_document && !m_slotKey.isEmpty();
    const Placement placement =
        hasSlot && m_selected ? placementOf(*m_document, m_selected, m_slotKey) : Placement{};
    m_form->setEnabled(hasSlot && !running);
    m_weights->setEnabled(m_document != nullptr);
    m_pin->setEnabled(!running && !placement.workshop.isEmpty());
    m_pin->setChecked(placement.pinned);
    m_takeOut->setEnabled(!running && !placement.workshop.isEmpty());
    m_moveTo->setEnabled(!running && hasSlot && m_selected != 0);
    m_findAction->setEnabled(hasSlot);
}

void WorkshopsPage::moveParticipant(qint64 participantId, const QString &workshopKey)
{
    if (!m_document || m_runner->isRunning())
        return;
    const Placement before = placementOf(*m_document, participantId, m_slotKey);
    if (before.workshop == workshopKey)
        return;
    m_selected = participantId;
    m_document->undoStack()->push(new MovePlacementCommand(m_document, participantId, m_slotKey,
                                                           Placement{workshopKey, !workshopKey.isEmpty()}));
    const int row = m_document->indexOfParticipant(participantId);
    const QString name = row >= 0 ? m_document->participants().at(row).displayName() : QString();
    Q_EMIT statusMessage(workshopKey.isEmpty()
                             ? tr("%1 is no longer in a workshop of this slot.").arg(name)
                             : tr("%1 moved to %2 and pinned there.").arg(name, workshopKey));
}

void WorkshopsPage::togglePin()
{
    if (!m_document || m_selected == 0)
        return;
    const Placement now = placementOf(*m_document, m_selected, m_slotKey);
    if (now.workshop.isEmpty())
        return;
    m_document->undoStack()->push(
        new MovePlacementCommand(m_document, m_selected, m_slotKey, Placement{now.workshop, !now.pinned}));
}

void WorkshopsPage::takeOut()
{
    if (m_selected != 0)
        moveParticipant(m_selected, QString());
}

void WorkshopsPage::moveSelectedTo()
{
    if (!m_document || m_selected == 0)
        return;
    const Placement now = placementOf(*m_document, m_selected, m_slotKey);
    QMenu menu(this);
    QHash<QString, int> sizes;
    for (const AssignmentRow &a : m_document->assignments())
        if (a.slot == m_slotKey)
            ++sizes[a.workshop];
    QHash<QString, QString> themes;
    for (const Theme &t : m_document->themes())
        themes.insert(t.key, t.title);
    for (const Workshop &w : m_document->workshops()) {
        if (w.slot != m_slotKey)
            continue;
        QAction *action = menu.addAction(tr("%1 — %2 (%n member(s))", nullptr, sizes.value(w.key))
                                             .arg(w.key, themes.value(w.theme, tr("no theme"))));
        action->setData(w.key);
        action->setEnabled(w.key != now.workshop);
    }
    QWidget *anchor = focusWidget() ? focusWidget() : this;
    QAction *chosen = menu.exec(anchor->mapToGlobal(QPoint(0, anchor->height() / 2)));
    if (chosen)
        moveParticipant(m_selected, chosen->data().toString());
}

void WorkshopsPage::findInSlot(const QString &text)
{
    int found = 0;
    WorkshopCard *first = nullptr;
    for (WorkshopCard *card : std::as_const(m_cards))
        if (const int n = card->members()->highlight(text); n > 0) {
            found += n;
            if (!first)
                first = card;
        }
    if (first)
        m_scroll->ensureWidgetVisible(first, 0, 40);
    if (!text.trimmed().isEmpty())
        Q_EMIT statusMessage(tr("%n person(s) found in this slot", nullptr, found));
}

void WorkshopsPage::formWorkshops()
{
    if (!m_document || m_slotKey.isEmpty() || m_runner->isRunning())
        return;
    bool hasPlan = false;
    for (const AssignmentRow &a : m_document->assignments())
        hasPlan = hasPlan || a.slot == m_slotKey;
    QString name = m_slotKey;
    for (const TimeSlot &s : m_document->timeSlots())
        if (s.key == m_slotKey)
            name = timeSlotLabel(s);
    FormWorkshopsDialog dialog(name, hasPlan, this);
    if (dialog.exec() == QDialog::Accepted)
        startFormation(dialog.options(m_slotKey));
}

void WorkshopsPage::startFormation(const FormOptions &options)
{
    if (!m_document || m_runner->isRunning())
        return;
    m_runner->start(m_document->snapshot(), options);
    m_progress = new QProgressDialog(tr("Forming the workshops…"), tr("Cancel"), 0, 100, this);
    m_progress->setWindowTitle(tr("Form Workshops"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_runner, &FormationRunner::cancel);
    auto *timer = new QTimer(m_progress);
    connect(timer, &QTimer::timeout, m_progress,
            [this] { m_progress->setValue(int(100 * m_runner->progress())); });
    timer->start(100);
    updateActions();
}

void WorkshopsPage::applyPlan(const Result<FormationPlan> &plan, bool cancelled)
{
    if (m_progress)
        m_progress->deleteLater();
    updateActions();
    if (!m_document)
        return;
    if (cancelled) {
        Q_EMIT statusMessage(tr("Formation cancelled: nothing changed."));
        return;
    }
    if (!plan) {
        QMessageBox::warning(
            this, tr("Form Workshops"),
            tr("The workshops could not be formed, and nothing changed.\n\n%1").arg(plan.error().fullText()));
        return;
    }
    m_document->undoStack()->push(
        new ReplaceSlotPlansCommand(m_document, plan->slotKeys, plan->workshops, plan->placements,
                                    tr("Form workshops (%n slot(s))", nullptr, int(plan->slotKeys.size()))));
    const formation::Scorecard card = checkSnapshot(m_document->snapshot());
    Q_EMIT statusMessage(tr("Workshops formed: %n rule(s) broken, F %1.", nullptr, card.hardViolations)
                             .arg(QLocale().toString(card.objective, 'f', 1)));
}

void WorkshopsPage::editWeights()
{
    if (!m_document)
        return;
    const ForumSnapshot snapshot = m_document->snapshot();
    WeightsDialog dialog(
        weightsFrom(m_document->info().formationWeights),
        [snapshot](const formation::Weights &weights) {
            ForumSnapshot copy = snapshot;
            copy.info.formationWeights = overridesFrom(weights);
            return checkSnapshot(copy).objective;
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ForumInfo info = m_document->info();
    info.formationWeights = overridesFrom(dialog.weights());
    if (info != m_document->info())
        m_document->undoStack()->push(new EditForumInfoCommand(m_document, info));
}

} // namespace cordee
