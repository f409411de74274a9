#include "programmepage.h"

#include "forumdocument.h"
#include "icons.h"
#include "programmecommands.h"
#include "programmedetails.h"
#include "programmeeditor.h"
#include "programmegrid.h"
#include "programmelists.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cordee {

namespace {

template <typename T>
const T *byKey(const QList<T> &items, const QString &key)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const T &i) { return i.key == key; });
    return it == items.cend() ? nullptr : &*it;
}

QAction *makeAction(QObject *parent, const QString &icon, const QString &text, const QString &iconText,
                    const QString &objectName, const QString &toolTip)
{
    auto *action = new QAction(themedIcon(icon), text, parent);
    action->setIconText(iconText);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    return action;
}

/// "■ Conference ■ Round table …" in the grid's colours, with the conflict marking.
QString legendHtml()
{
    QStringList parts;
    for (SlotKind kind : vocab::slotKinds())
        parts << QStringLiteral("<span style='color:%1'>■</span>&nbsp;%2")
                     .arg(ProgrammeGrid::kindColor(kind).name(), vocab::label(kind).toHtmlEscaped());
    parts << QStringLiteral("<span style='color:#d32f2f'>⚠</span>&nbsp;%1")
                 .arg(ProgrammePage::tr("conflict (dashed red border)").toHtmlEscaped());
    return parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;"));
}

} // namespace

ProgrammePage::ProgrammePage(QWidget *parent)
    : Page(parent)
    , m_editor(new ProgrammeEditor(this))
{
    setObjectName(QStringLiteral("programmePage"));
    connect(m_editor, &ProgrammeEditor::statusMessage, this, &Page::statusMessage);
    createActions();
    m_details = new ProgrammeDetails(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildContent());
    m_stack->addWidget(buildEmptyState());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    refresh();
}

ProgrammePage::~ProgrammePage() = default;

QIcon ProgrammePage::icon() const
{
    return themedIcon(QStringLiteral("view-calendar-timeline"));
}

void ProgrammePage::createActions()
{
    m_addSlot = makeAction(this, QStringLiteral("appointment-new"), tr("Add &Time Slot…"), tr("Time Slot"),
                           QStringLiteral("addTimeSlotAction"),
                           tr("Add a conference, round table, workshop slot or break (Ctrl+Shift+N)"));
    m_addSlot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addSlot, &QAction::triggered, this, &ProgrammePage::addTimeSlot);
    m_addWorkshop = makeAction(this, QStringLiteral("list-add"), tr("Add &Workshop…"), tr("Workshop"),
                               QStringLiteral("addWorkshopAction"),
                               tr("Add a workshop to a workshop slot (Ctrl+Shift+W)"));
    m_addWorkshop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_addWorkshop, &QAction::triggered, this, &ProgrammePage::addWorkshop);
    m_addTheme = makeAction(this, QStringLiteral("tag-new"), tr("Add T&heme…"), tr("Theme"),
                            QStringLiteral("addThemeAction"), tr("Add a theme for workshops (Ctrl+Shift+T)"));
    m_addTheme->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_addTheme, &QAction::triggered, this, &ProgrammePage::addTheme);
    m_addRoom = makeAction(this, QStringLiteral("edit-table-insert-row-below"), tr("Add &Room…"), tr("Room"),
                           QStringLiteral("addRoomAction"), tr("Add a room and its seats (Ctrl+Shift+R)"));
    m_addRoom->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_addRoom, &QAction::triggered, this, &ProgrammePage::addRoom);
    m_edit =
        makeAction(this, QStringLiteral("document-edit"), tr("&Edit…"), tr("Edit", "toolbar"),
                   QStringLiteral("editProgrammeItemAction"), tr("Edit the selected item (F2 or Enter)"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_edit, &QAction::triggered, this, &ProgrammePage::editSelected);
    m_remove = makeAction(this, QStringLiteral("edit-delete"), tr("Re&move"), tr("Remove", "toolbar"),
                          QStringLiteral("removeProgrammeItemAction"),
                          tr("Remove the selected item (Del) — Undo brings it back"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_remove, &QAction::triggered, this, &ProgrammePage::removeSelected);
    m_plan = makeAction(this, QStringLiteral("view-calendar-tasks"), tr("&Plan Workshops from Demand…"),
                        tr("Plan from Demand"), QStringLiteral("planFromDemandAction"),
                        tr("Propose the workshops of a slot from the participants' preferences and the free "
                           "rooms (Ctrl+Shift+P)"));
    m_plan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_plan, &QAction::triggered, this, &ProgrammePage::planFromDemand);
    QWidget::addActions({m_edit, m_remove});
}

QWidget *ProgrammePage::buildContent()
{
    auto *content = new QWidget(this);
    m_dayTabs = new QTabBar(content);
    m_dayTabs->setObjectName(QStringLiteral("dayTabs"));
    m_dayTabs->setAccessibleName(tr("Days"));
    m_dayTabs->setExpanding(false);
    m_dayTabs->setDocumentMode(true);
    connect(m_dayTabs, &QTabBar::currentChanged, this, [this] {
        if (!m_refreshing)
            refreshGrid();
    });
    auto *legend = new QLabel(legendHtml(), content);
    legend->setObjectName(QStringLiteral("legendLabel"));
    legend->setAccessibleName(tr("Legend of the colours"));

    m_grid = new ProgrammeGrid(content);
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_grid->addActions({m_edit, m_remove, m_addWorkshop, m_plan});
    connect(m_grid, &ProgrammeGrid::selectionChanged, this,
            [this](const QString &key) { select(refForGridKey(key)); });
    connect(m_grid, &ProgrammeGrid::activated, this, [this](const QString &key) {
        select(refForGridKey(key));
        editSelected();
    });
    connect(m_grid, &ProgrammeGrid::moveRequested, this, &ProgrammePage::dropRequested);

    m_conflictTitle = new QLabel(content);
    m_conflictTitle->setObjectName(QStringLiteral("conflictTitle"));
    m_conflictList = new QListWidget(content);
    m_conflictList->setObjectName(QStringLiteral("conflictList"));
    m_conflictList->setAccessibleName(tr("Conflicts"));
    m_conflictList->setWordWrap(true);
    m_conflictList->setIconSize(QSize(16, 16));
    m_conflictList->setAlternatingRowColors(true);
    m_conflictTitle->setBuddy(m_conflictList);
    connect(m_conflictList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showConflict(m_conflictList->row(item)); });
    connect(m_conflictList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_refreshing)
            showConflict(row);
    });
    auto *conflictBox = new QWidget(content);
    auto *conflictLayout = new QVBoxLayout(conflictBox);
    conflictLayout->setContentsMargins(0, 4, 0, 0);
    conflictLayout->addWidget(m_conflictTitle);
    conflictLayout->addWidget(m_conflictList);

    m_lists = new ProgrammeLists(content);
    for (QTreeWidget *list : {m_lists->timeSlotList(), m_lists->themeList(), m_lists->roomList()})
        list->addActions({m_edit, m_remove});
    connect(m_lists, &ProgrammeLists::itemSelected, this, &ProgrammePage::select);
    connect(m_lists, &ProgrammeLists::itemActivated, this, [this](const ProgrammeRef &ref) {
        select(ref);
        editSelected();
    });

    auto *bottom = new QSplitter(Qt::Horizontal, content);
    bottom->addWidget(conflictBox);
    bottom->addWidget(m_lists);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, content);
    split->setObjectName(QStringLiteral("programmeSplitter"));
    split->addWidget(m_grid);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({440, 220});
    split->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_dayTabs);
    top->addStretch();
    top->addWidget(legend);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setTabOrder(m_dayTabs, m_grid);
    setTabOrder(m_grid, m_conflictList);
    setTabOrder(m_conflictList, m_lists);
    return content;
}

QWidget *ProgrammePage::buildEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("programmeEmptyState"));
    auto *title = new QLabel(tr("<h2>No programme yet</h2>"), empty);
    auto *hint =
        new QLabel(tr("This page plans the forum's days: conferences, round tables, workshop slots and "
                      "breaks in a rooms × time grid, the rooms and their seats, and the themes of the "
                      "workshops. Conflicts show as they arise, and the workshops of each slot can be "
                      "planned from the participants' preferences."),
                   empty);
    hint->setWordWrap(true);
    auto *addSlot = new QPushButton(m_addSlot->icon(), tr("Add a time slot…"), empty);
    addSlot->setObjectName(QStringLiteral("emptyAddTimeSlotButton"));
    connect(addSlot, &QPushButton::clicked, this, &ProgrammePage::addTimeSlot);
    auto *addRoom = new QPushButton(m_addRoom->icon(), tr("Add a room…"), empty);
    addRoom->setObjectName(QStringLiteral("emptyAddRoomButton"));
    connect(addRoom, &QPushButton::clicked, this, &ProgrammePage::addRoom);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(addSlot);
    buttons->addWidget(addRoom);
    buttons->addStretch();
    auto *column = new QWidget(empty);
    column->setFixedWidth(500);
    auto *columnLayout = new QVBoxLayout(column);
    title->setAlignment(Qt::AlignCenter);
    hint->setAlignment(Qt::AlignCenter);
    columnLayout->addWidget(title);
    columnLayout->addWidget(hint);
    columnLayout->addLayout(buttons);
    hint->setMinimumHeight(
        hint->heightForWidth(column->width() - 2 * columnLayout->contentsMargins().left()));
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return empty;
}

QList<QAction *> ProgrammePage::pageActions() const
{
    return {m_addSlot, m_addWorkshop, m_addTheme, m_addRoom, m_edit, m_remove, m_plan};
}

QWidget *ProgrammePage::detailsWidget() const
{
    return m_details;
}

void ProgrammePage::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_editor->setDocument(document);
    m_selection = {};
    if (m_document) {
        for (auto signal : {&ForumDocument::programmeChanged, &ForumDocument::participantsChanged,
                            &ForumDocument::infoChanged})
            connect(m_document, signal, this, &ProgrammePage::refresh);
        connect(m_document, &ForumDocument::placementsChanged, this, &ProgrammePage::refresh);
    }
    m_refreshing = true;
    m_dayTabs->setCurrentIndex(0);
    m_refreshing = false;
    refresh();
    if (!m_days.isEmpty())
        showDay(m_days.constFirst());
}

QDate ProgrammePage::currentDay() const
{
    const int index = m_dayTabs->currentIndex();
    return index >= 0 && index < m_days.size() ? m_days.at(index) : QDate();
}

void ProgrammePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void ProgrammePage::refresh()
{
    if (m_refreshing)
        return;
    // Hidden, the page waits to be shown: moves on the Workshops page need not rebuild this grid.
    if (!isVisible() && m_document) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_refreshing = true;
    m_stack->setCurrentIndex(m_document && m_document->timeSlots().isEmpty() ? 1 : 0);
    m_conflicts =
        m_document ? findProgrammeConflicts(programmeData(*m_document)) : QList<ProgrammeConflict>();
    refreshDays();
    refreshGrid();
    m_lists->refresh(m_document);
    refreshConflicts();
    m_refreshing = false;
    // The selected item may be gone (undone, removed).
    const bool exists =
        m_document &&
        ((m_selection.type == ProgrammeRef::Type::Theme && byKey(m_document->themes(), m_selection.key)) ||
         (m_selection.type == ProgrammeRef::Type::Room && byKey(m_document->rooms(), m_selection.key)) ||
         (m_selection.type == ProgrammeRef::Type::TimeSlot &&
          byKey(m_document->timeSlots(), m_selection.key)) ||
         (m_selection.type == ProgrammeRef::Type::Workshop &&
          byKey(m_document->workshops(), m_selection.key)));
    select(exists ? m_selection : ProgrammeRef{});
}

void ProgrammePage::refreshDays()
{
    const QDate current = currentDay();
    const QList<QDate> days =
        m_document ? programmeDays(m_document->info(), m_document->timeSlots()) : QList<QDate>();
    if (days != m_days) {
        m_days = days;
        const QSignalBlocker blocker(m_dayTabs);
        while (m_dayTabs->count() > 0)
            m_dayTabs->removeTab(0);
        const QLocale locale;
        for (const QDate &d : std::as_const(m_days)) {
            const int tab = m_dayTabs->addTab(locale.toString(d, QStringLiteral("ddd d MMM")));
            m_dayTabs->setTabToolTip(tab, locale.toString(d, QLocale::LongFormat));
        }
        // A hidden tab bar does not ask its layout for room when tabs arrive: ask for it.
        m_dayTabs->updateGeometry();
    }
    const QSignalBlocker blocker(m_dayTabs);
    m_dayTabs->setCurrentIndex(std::max(0, int(m_days.indexOf(current))));
}

void ProgrammePage::refreshGrid()
{
    const QDate day = currentDay();
    if (!m_document || !day.isValid()) {
        m_grid->setDay(ScheduleDay{}, {});
        return;
    }
    m_grid->setDay(buildScheduleDay(*m_document, day, m_conflicts), m_document->rooms());
    if (m_selection.type == ProgrammeRef::Type::TimeSlot || m_selection.type == ProgrammeRef::Type::Workshop)
        m_grid->setSelectedKey(m_selection.key);
}

void ProgrammePage::refreshConflicts()
{
    const QSignalBlocker blocker(m_conflictList);
    m_conflictList->clear();
    m_conflictTitle->setText(
        m_conflicts.isEmpty()
            ? tr("<b>No conflicts</b>")
            : tr("<b>⚠ %n conflict(s)</b> — click one to see its items", nullptr, int(m_conflicts.size())));
    if (m_conflicts.isEmpty()) {
        auto *none =
            new QListWidgetItem(tr("Every room holds one item at a time, every workshop fits its room "
                                   "and nobody leads in two places."),
                                m_conflictList);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    const QIcon warning = themedIcon(QStringLiteral("emblem-warning"));
    for (const ProgrammeConflict &c : std::as_const(m_conflicts)) {
        auto *item = new QListWidgetItem(warning, c.message, m_conflictList);
        item->setToolTip(c.message);
    }
}

void ProgrammePage::updateActions()
{
    const bool open = m_document != nullptr;
    const bool workshopSlots =
        open && std::any_of(m_document->timeSlots().cbegin(), m_document->timeSlots().cend(),
                            [](const TimeSlot &s) { return s.kind == SlotKind::Workshops; });
    for (QAction *a : {m_addSlot, m_addTheme, m_addRoom})
        a->setEnabled(open);
    m_addWorkshop->setEnabled(workshopSlots);
    m_plan->setEnabled(workshopSlots && !m_document->themes().isEmpty());
    m_edit->setEnabled(!m_selection.isNull());
    m_remove->setEnabled(!m_selection.isNull());
}

ProgrammeRef ProgrammePage::refForGridKey(const QString &key) const
{
    const ScheduleItem *item = m_grid->item(key);
    if (!item)
        return {};
    return {item->isWorkshop() ? ProgrammeRef::Type::Workshop : ProgrammeRef::Type::TimeSlot, key};
}

void ProgrammePage::showDay(const QDate &date)
{
    const qsizetype index = m_days.indexOf(date);
    if (index < 0 || index == m_dayTabs->currentIndex())
        return;
    m_dayTabs->setCurrentIndex(int(index)); // refreshes the grid
}

void ProgrammePage::select(const ProgrammeRef &ref)
{
    if (m_refreshing)
        return;
    m_selection = ref;
    if (m_document &&
        (ref.type == ProgrammeRef::Type::TimeSlot || ref.type == ProgrammeRef::Type::Workshop)) {
        QString slotKey = ref.key;
        if (const Workshop *w = byKey(m_document->workshops(), ref.key);
            ref.type == ProgrammeRef::Type::Workshop)
            slotKey = w ? w->slot : QString();
        if (const TimeSlot *s = byKey(m_document->timeSlots(), slotKey))
            showDay(s->date);
        m_grid->setSelectedKey(ref.key);
    } else {
        m_grid->setSelectedKey({});
    }
    m_lists->select(ref);
    m_details->showItem(m_document, ref, m_conflicts);
    updateActions();
}

void ProgrammePage::showConflict(int index)
{
    if (index < 0 || index >= m_conflicts.size())
        return;
    const ProgrammeConflict &c = m_conflicts.at(index);
    if (!c.workshopKeys.isEmpty())
        select({ProgrammeRef::Type::Workshop, c.workshopKeys.constFirst()});
    else if (!c.slotKeys.isEmpty())
        select({ProgrammeRef::Type::TimeSlot, c.slotKeys.constFirst()});
    else if (!c.roomKey.isEmpty())
        select({ProgrammeRef::Type::Room, c.roomKey});
}

void ProgrammePage::dropRequested(const ScheduleItem &item, const QString &room, const QTime &start)
{
    moveItem(item.key, room, start);
}

bool ProgrammePage::moveItem(const QString &key, const QString &room, const QTime &start)
{
    if (!m_document)
        return false;
    const ScheduleItem *item = m_grid->item(key);
    if (!item) {
        Q_EMIT statusMessage(tr("Show the day of %1 to move it.").arg(key));
        return false;
    }
    auto move = scheduleMove(*m_document, *item, room, start);
    if (!move) {
        Q_EMIT statusMessage(move.error().message);
        return false;
    }
    std::unique_ptr<QUndoCommand> command = std::move(move).value();
    if (!command)
        return false;
    const QString text = command->text();
    QUndoCommand *pushed = command.release();
    m_document->undoStack()->push(pushed);
    if (!wasApplied(m_document, pushed))
        return false;
    Q_EMIT statusMessage(tr("%1 — Ctrl+Z moves it back").arg(text));
    return true;
}

QString ProgrammePage::slotForNewWorkshop() const
{
    if (!m_document)
        return {};
    if (m_selection.type == ProgrammeRef::Type::Workshop)
        if (const Workshop *w = byKey(m_document->workshops(), m_selection.key))
            return w->slot;
    if (m_selection.type == ProgrammeRef::Type::TimeSlot)
        if (const TimeSlot *s = byKey(m_document->timeSlots(), m_selection.key);
            s && s->kind == SlotKind::Workshops)
            return s->key;
    for (const TimeSlot &s : m_document->timeSlots())
        if (s.kind == SlotKind::Workshops && s.date == currentDay())
            return s.key;
    return {};
}

void ProgrammePage::addTimeSlot()
{
    if (const ProgrammeRef ref = m_editor->addTimeSlot(currentDay()); !ref.isNull())
        select(ref);
}

void ProgrammePage::addWorkshop()
{
    if (const ProgrammeRef ref = m_editor->addWorkshop(slotForNewWorkshop()); !ref.isNull())
        select(ref);
}

void ProgrammePage::addTheme()
{
    if (const ProgrammeRef ref = m_editor->addTheme(); !ref.isNull())
        select(ref);
}

void ProgrammePage::addRoom()
{
    if (const ProgrammeRef ref = m_editor->addRoom(); !ref.isNull())
        select(ref);
}

void ProgrammePage::editSelected()
{
    m_editor->edit(m_selection);
}

void ProgrammePage::removeSelected()
{
    if (m_editor->remove(m_selection))
        select({});
}

void ProgrammePage::planFromDemand()
{
    m_editor->planFromDemand(slotForNewWorkshop());
}

} // namespace cordee
