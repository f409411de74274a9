#include "programmelists.h"

#include "forumdocument.h"

#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QTreeWidget>

namespace cordee {

namespace {

constexpr int KeyRole = Qt::UserRole;

QTreeWidgetItem *addRow(QTreeWidget *list, const QString &key, const QStringList &columns)
{
    auto *row = new QTreeWidgetItem(list, columns);
    row->setData(0, KeyRole, key);
    return row;
}

} // namespace

ProgrammeLists::ProgrammeLists(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("programmeLists"));
    setDocumentMode(true);
    m_slots =
        makeList(QStringLiteral("timeSlotList"), tr("Time slots"),
                 {tr("Day"), tr("Time"), tr("Kind"), tr("Room"), tr("Title")}, ProgrammeRef::Type::TimeSlot);
    m_themes = makeList(QStringLiteral("themeList"), tr("Themes"),
                        {tr("Key"), tr("Title"), tr("1st choice"), tr("Ranked"), tr("Workshops")},
                        ProgrammeRef::Type::Theme);
    m_rooms = makeList(QStringLiteral("roomList"), tr("Rooms"),
                       {tr("Key"), tr("Name"), tr("Seats"), tr("Used by")}, ProgrammeRef::Type::Room);
    addTab(m_slots, tr("Time Slots"));
    addTab(m_themes, tr("Themes"));
    addTab(m_rooms, tr("Rooms"));
}

QTreeWidget *ProgrammeLists::makeList(const QString &objectName, const QString &accessibleName,
                                      const QStringList &headers, ProgrammeRef::Type type)
{
    auto *list = new QTreeWidget(this);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    list->header()->setStretchLastSection(true);
    connect(list, &QTreeWidget::currentItemChanged, this, [this, type](QTreeWidgetItem *current) {
        if (!m_filling && current)
            Q_EMIT itemSelected(ProgrammeRef{type, current->data(0, KeyRole).toString()});
    });
    connect(list, &QTreeWidget::itemActivated, this, [this, type](QTreeWidgetItem *row) {
        Q_EMIT itemActivated(ProgrammeRef{type, row->data(0, KeyRole).toString()});
    });
    return list;
}

QTreeWidget *ProgrammeLists::listFor(ProgrammeRef::Type type) const
{
    switch (type) {
    case ProgrammeRef::Type::TimeSlot:
        return m_slots;
    case ProgrammeRef::Type::Theme:
        return m_themes;
    case ProgrammeRef::Type::Room:
        return m_rooms;
    case ProgrammeRef::Type::Workshop:
    case ProgrammeRef::Type::None:
        break;
    }
    return nullptr;
}

void ProgrammeLists::refresh(const ForumDocument *document)
{
    m_filling = true;
    for (QTreeWidget *list : {m_slots, m_themes, m_rooms}) {
        const QString current =
            list->currentItem() ? list->currentItem()->data(0, KeyRole).toString() : QString();
        list->clear();
        if (document) {
            if (list == m_slots)
                fillTimeSlots(*document);
            else if (list == m_themes)
                fillThemes(*document);
            else
                fillRooms(*document);
        }
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, KeyRole).toString() == current)
                list->setCurrentItem(list->topLevelItem(i));
    }
    m_filling = false;
}

void ProgrammeLists::fillTimeSlots(const ForumDocument &document)
{
    const QLocale locale;
    QHash<QString, QString> roomNames;
    for (const Room &r : document.rooms())
        roomNames.insert(r.key, r.name);
    for (const TimeSlot &s : document.timeSlots()) {
        const QString time = tr("%1–%2").arg(locale.toString(s.start, QStringLiteral("HH:mm")),
                                             locale.toString(s.end, QStringLiteral("HH:mm")));
        addRow(m_slots, s.key,
               {locale.toString(s.date, QStringLiteral("ddd d MMM")), time, vocab::label(s.kind),
                roomNames.value(s.room), s.title.isEmpty() ? s.key : s.title});
    }
    for (int c = 0; c < 4; ++c)
        m_slots->resizeColumnToContents(c);
}

void ProgrammeLists::fillThemes(const ForumDocument &document)
{
    QHash<QString, int> first, ranked, workshops;
    for (const Participant &p : document.participants()) {
        if (!p.isCounted())
            continue;
        for (qsizetype i = 0; i < p.preferences.size(); ++i) {
            ++ranked[p.preferences.at(i)];
            if (i == 0)
                ++first[p.preferences.at(i)];
        }
    }
    for (const Workshop &w : document.workshops())
        ++workshops[w.theme];
    for (const Theme &t : document.themes()) {
        QTreeWidgetItem *row =
            addRow(m_themes, t.key,
                   {t.key, t.title, QString::number(first.value(t.key)), QString::number(ranked.value(t.key)),
                    QString::number(workshops.value(t.key))});
        row->setToolTip(1, t.description);
        for (int c = 2; c <= 4; ++c)
            row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_themes->resizeColumnToContents(0);
    m_themes->resizeColumnToContents(1);
    m_themes->setColumnWidth(1, std::min(m_themes->columnWidth(1) + 12, 260));
}

void ProgrammeLists::fillRooms(const ForumDocument &document)
{
    QHash<QString, int> workshops, plenaries;
    for (const Workshop &w : document.workshops())
        ++workshops[w.room];
    for (const TimeSlot &s : document.timeSlots())
        ++plenaries[s.room];
    for (const Room &r : document.rooms()) {
        QStringList uses;
        if (const int n = plenaries.value(r.key))
            uses << tr("%n plenary item(s)", nullptr, n);
        if (const int n = workshops.value(r.key))
            uses << tr("%n workshop(s)", nullptr, n);
        QTreeWidgetItem *row = addRow(m_rooms, r.key,
                                      {r.key, r.name, QString::number(r.capacity),
                                       uses.isEmpty() ? tr("nothing yet") : uses.join(QStringLiteral(", "))});
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_rooms->resizeColumnToContents(0);
    m_rooms->resizeColumnToContents(1);
    m_rooms->setColumnWidth(1, std::min(m_rooms->columnWidth(1) + 12, 240));
}

void ProgrammeLists::select(const ProgrammeRef &ref)
{
    m_filling = true;
    QTreeWidget *target = listFor(ref.type);
    for (QTreeWidget *list : {m_slots, m_themes, m_rooms}) {
        QTreeWidgetItem *match = nullptr;
        if (list == target)
            for (int i = 0; i < list->topLevelItemCount() && !match; ++i)
                if (list->topLevelItem(i)->data(0, KeyRole).toString() == ref.key)
                    match = list->topLevelItem(i);
        if (match) {
            list->setCurrentItem(match);
            list->scrollToItem(match);
        } else {
            list->setCurrentItem(nullptr);
            list->clearSelection();
        }
    }
    if (target && ref.type != ProgrammeRef::Type::TimeSlot)
        setCurrentWidget(target);
    m_filling = false;
}

} // namespace cordee
