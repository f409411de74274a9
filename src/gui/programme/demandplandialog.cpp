#include "demandplandialog.h"

#include "forumdocument.h"
#include "icons.h"
#include "languagenames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cordee {

namespace {

enum Column { KeyColumn, ThemeColumn, LanguageColumn, RoomColumn };

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                        const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

DemandPlanDialog::DemandPlanDialog(const ForumDocument &document, const QString &slotKey, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_snapshot(document.snapshot())
{
    setObjectName(QStringLiteral("demandPlanDialog"));
    setWindowTitle(tr("Plan Workshops from Demand"));
    const QLocale locale;
    m_slot = new QComboBox(this);
    m_slot->setObjectName(QStringLiteral("slotCombo"));
    m_slot->setAccessibleName(tr("Workshop slot"));
    for (const TimeSlot &s : document.timeSlots())
        if (s.kind == SlotKind::Workshops)
            m_slot->addItem(tr("%1, %2–%3 (%4)")
                                .arg(locale.toString(s.date, QStringLiteral("dddd d MMMM")),
                                     locale.toString(s.start, QStringLiteral("HH:mm")),
                                     locale.toString(s.end, QStringLiteral("HH:mm")), s.key),
                            s.key);
    m_slot->setCurrentIndex(std::max(0, m_slot->findData(slotKey)));
    m_attending = new QLabel(this);
    m_attending->setObjectName(QStringLiteral("attendingLabel"));
    m_attending->setWordWrap(true);

    m_themes = makeTable(this, QStringLiteral("themeDemandTable"), tr("Demand by theme"),
                         {tr("Theme"), tr("1st choice"), tr("Ranked"), tr("Workshops")});
    m_table = makeTable(this, QStringLiteral("plannedWorkshopsTable"), tr("Planned workshops"),
                        {tr("Key"), tr("Theme"), tr("Language"), tr("Room")});
    m_add = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("&Add Workshop"), this);
    m_add->setObjectName(QStringLiteral("addRowButton"));
    m_remove = new QPushButton(themedIcon(QStringLiteral("edit-delete")), tr("&Remove Workshop"), this);
    m_remove->setObjectName(QStringLiteral("removeRowButton"));
    auto *again = new QPushButton(tr("&Propose Again"), this);
    again->setObjectName(QStringLiteral("proposeAgainButton"));
    again->setToolTip(tr("Forget the changes and propose from the demand again"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_replaces = new QLabel(this);
    m_replaces->setObjectName(QStringLiteral("replacesLabel"));
    m_replaces->setWordWrap(true);
    m_replaces->setStyleSheet(QStringLiteral("background: palette(alternate-base); padding: 6px;"));

    connect(m_slot, &QComboBox::currentIndexChanged, this, &DemandPlanDialog::slotChanged);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        addRow(row >= 0 && row < m_rows.size() ? m_rows.at(row).theme
               : m_demand.themes.isEmpty()     ? QString()
                                               : m_demand.themes.constFirst().theme);
        rebuildRows();
        refreshSummary();
        m_table->selectRow(m_table->rowCount() - 1);
    });
    connect(m_remove, &QPushButton::clicked, this, &DemandPlanDialog::removeSelectedRow);
    connect(again, &QPushButton::clicked, this, &DemandPlanDialog::propose);

    auto *top = new QFormLayout;
    top->addRow(tr("&Slot:"), m_slot);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch();
    rowButtons->addWidget(again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply Plan"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_slot->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &DemandPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DemandPlanDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_attending);
    layout->addWidget(m_themes, 2);
    layout->addWidget(m_table, 3);
    layout->addLayout(rowButtons);
    layout->addWidget(m_summary);
    layout->addWidget(m_replaces);
    layout->addWidget(buttons);
    resize(720, 640);
    slotChanged();
}

QString DemandPlanDialog::slotKey() const
{
    return m_slot->currentData().toString();
}

QList<Workshop> DemandPlanDialog::workshops() const
{
    return keyPlannedWorkshops(m_rows, slotKey(), m_snapshot.workshops, {});
}

QList<AssignmentRow> DemandPlanDialog::placementsKept() const
{
    return cordee::placementsKept(m_snapshot, slotKey(), workshops());
}

void DemandPlanDialog::slotChanged()
{
    m_demand = slotDemand(m_snapshot, slotKey());
    m_attending->setText(
        tr("%n participant(s) attend this slot; workshops hold %1 to %2 people. The proposal "
           "follows their first choices in the rooms free at that time; change the counts "
           "or any row before applying.",
           nullptr, m_demand.attending)
            .arg(m_demand.minSize)
            .arg(m_demand.maxSize));
    rebuildThemes();
    propose();
}

void DemandPlanDialog::propose()
{
    m_rows = slotKey().isEmpty() ? QList<Workshop>() : planWorkshopsFromDemand(m_snapshot, {slotKey()});
    rebuildRows();
    refreshSummary();
}

void DemandPlanDialog::rebuildThemes()
{
    m_updating = true;
    m_themes->setRowCount(int(m_demand.themes.size()));
    for (int r = 0; r < m_demand.themes.size(); ++r) {
        const ThemeDemand &d = m_demand.themes.at(r);
        m_themes->setItem(r, 0, readOnlyItem(d.title));
        m_themes->setItem(r, 1, readOnlyItem(QString::number(d.firstChoices)));
        m_themes->setItem(r, 2, readOnlyItem(QString::number(d.ranked)));
        auto *count = new QSpinBox(m_themes);
        count->setObjectName(QStringLiteral("count_") + d.theme);
        count->setAccessibleName(tr("Workshops of %1").arg(d.title));
        count->setRange(0, 99);
        const QString key = d.theme;
        connect(count, &QSpinBox::valueChanged, this, [this, key](int n) {
            if (!m_updating)
                setThemeCount(key, n);
        });
        m_themes->setCellWidget(r, 3, count);
    }
    m_themes->resizeColumnsToContents();
    m_themes->setColumnWidth(0, std::max(m_themes->columnWidth(0), 240));
    m_updating = false;
}

QComboBox *DemandPlanDialog::rowCombo(int row, int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
}

void DemandPlanDialog::rebuildRows()
{
    m_updating = true;
    const QSet<QString> free(m_demand.freeRooms.cbegin(), m_demand.freeRooms.cend());
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Workshop &w = m_rows.at(r);
        m_table->setItem(r, KeyColumn, readOnlyItem(QString()));
        auto *theme = new QComboBox(m_table);
        theme->setAccessibleName(tr("Theme of row %1").arg(r + 1));
        for (const Theme &t : m_snapshot.themes)
            theme->addItem(t.title, t.key);
        theme->setCurrentIndex(std::max(0, theme->findData(w.theme)));
        auto *language = new QComboBox(m_table);
        language->setAccessibleName(tr("Language of row %1").arg(r + 1));
        language->addItem(tr("Any"), QString());
        for (const QString &code : m_snapshot.info.languages)
            language->addItem(cordee::nativeLanguageName(code), code);
        if (language->findData(w.language) < 0)
            language->addItem(w.language, w.language);
        language->setCurrentIndex(std::max(0, language->findData(w.language)));
        auto *room = new QComboBox(m_table);
        room->setAccessibleName(tr("Room of row %1").arg(r + 1));
        room->addItem(tr("No room"), QString());
        for (const Room &rm : m_snapshot.rooms)
            room->addItem(free.contains(rm.key)
                              ? tr("%1 (%n seat(s))", nullptr, rm.capacity).arg(rm.name)
                              : tr("%1 (%n seat(s)) — in use then", nullptr, rm.capacity).arg(rm.name),
                          rm.key);
        room->setCurrentIndex(std::max(0, room->findData(w.room)));
        m_table->setCellWidget(r, ThemeColumn, theme);
        m_table->setCellWidget(r, LanguageColumn, language);
        m_table->setCellWidget(r, RoomColumn, room);
        const auto changed = [this, r, theme, language, room] {
            if (m_updating || r >= m_rows.size())
                return;
            m_rows[r].theme = theme->currentData().toString();
            m_rows[r].language = language->currentData().toString();
            m_rows[r].room = room->currentData().toString();
            refreshSummary();
        };
        for (QComboBox *c : {theme, language, room})
            connect(c, &QComboBox::currentIndexChanged, this, changed);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(KeyColumn, std::max(m_table->columnWidth(KeyColumn), 150));
    m_remove->setEnabled(!m_rows.isEmpty());
    m_updating = false;
}

void DemandPlanDialog::refreshSummary()
{
    const QList<Workshop> planned = workshops();
    for (int r = 0; r < planned.size() && r < m_table->rowCount(); ++r)
        if (QTableWidgetItem *key = m_table->item(r, KeyColumn))
            key->setText(planned.at(r).key);
    m_updating = true;
    for (int r = 0; r < m_demand.themes.size(); ++r)
        if (auto *spin = qobject_cast<QSpinBox *>(m_themes->cellWidget(r, 3)))
            spin->setValue(int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const Workshop &w) {
                return w.theme == m_demand.themes.at(r).theme;
            })));
    m_updating = false;

    const int seats = seatsOf(m_rows, m_snapshot.rooms, m_demand.maxSize);
    QStringList lines{tr("%n workshop(s) with %1 seats for %2 people.", nullptr, int(m_rows.size()))
                          .arg(seats)
                          .arg(m_demand.attending)};
    if (seats < m_demand.attending)
        lines << tr("⚠ %n people would have no seat: add workshops or choose bigger rooms.", nullptr,
                    m_demand.attending - seats);
    if (m_rows.size() * m_demand.minSize > m_demand.attending)
        lines << tr("⚠ Too many workshops: some could not reach %n people.", nullptr, m_demand.minSize);
    QSet<QString> rooms, shared;
    int roomless = 0;
    for (const Workshop &w : std::as_const(m_rows)) {
        if (w.room.isEmpty())
            ++roomless;
        else if (rooms.contains(w.room))
            shared.insert(w.room);
        rooms.insert(w.room);
    }
    if (!shared.isEmpty())
        lines << tr("⚠ Rooms given to two workshops: %1.")
                     .arg(QStringList(shared.cbegin(), shared.cend()).join(u", "));
    if (roomless > 0)
        lines << tr("⚠ %n workshop(s) without a room.", nullptr, roomless);
    m_summary->setText(lines.join(u'\n'));

    int before = 0, placed = 0;
    for (const Workshop &w : std::as_const(m_snapshot.workshops))
        before += w.slot == slotKey() ? 1 : 0;
    for (const AssignmentRow &a : std::as_const(m_snapshot.assignments))
        placed += a.slot == slotKey() ? 1 : 0;
    m_replaces->setVisible(before + placed > 0);
    m_replaces->setText(
        tr("⚠ This slot already has %n workshop(s) and %1 placement(s): applying replaces them. %2 people "
           "stay "
           "in the workshops kept with the same theme and language; the others are to be placed again "
           "(Form Workshops on the Workshops page). Ctrl+Z takes the whole plan back.",
           nullptr, before)
            .arg(placed)
            .arg(placementsKept().size()));
}

QString DemandPlanDialog::freeRoomFor(qsizetype skipRow) const
{
    QSet<QString> used;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (i != skipRow)
            used.insert(m_rows.at(i).room);
    for (const QString &key : m_demand.freeRooms)
        if (!used.contains(key))
            return key;
    return {};
}

void DemandPlanDialog::addRow(const QString &themeKey)
{
    Workshop w;
    w.theme = themeKey;
    w.language = m_snapshot.info.languages.value(0);
    for (const Workshop &other : std::as_const(m_rows))
        if (other.theme == themeKey)
            w.language = other.language;
    w.room = freeRoomFor(-1);
    m_rows << w;
}

void DemandPlanDialog::setThemeCount(const QString &themeKey, int count)
{
    auto current =
        std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const Workshop &w) { return w.theme == themeKey; });
    for (; current < count; ++current)
        addRow(themeKey);
    for (qsizetype i = m_rows.size() - 1; i >= 0 && current > count; --i)
        if (m_rows.at(i).theme == themeKey) {
            m_rows.removeAt(i);
            --current;
        }
    rebuildRows();
    refreshSummary();
}

void DemandPlanDialog::removeSelectedRow()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows.removeAt(row);
    rebuildRows();
    refreshSummary();
    if (m_table->rowCount() > 0)
        m_table->selectRow(std::min(row, m_table->rowCount() - 1));
}

} // namespace cordee
