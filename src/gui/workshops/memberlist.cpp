#include "memberlist.h"

#include "countrytable.h"
#include "icons.h"
#include "statuscolors.h"
#include "textfold.h"

#include <QDragEnterEvent>
#include <QMimeData>

namespace cordee {

QString rankText(int rank)
{
    switch (rank) {
    case 1:
        return MemberList::tr("1st choice");
    case 2:
        return MemberList::tr("2nd choice");
    case 3:
        return MemberList::tr("3rd choice");
    case 4:
        return MemberList::tr("4th choice");
    case 5:
        return MemberList::tr("5th choice");
    default:
        return MemberList::tr("not ranked");
    }
}

QString MemberList::mimeType()
{
    return QStringLiteral("application/x-cordee-participant");
}

MemberList::MemberList(QString workshopKey, QWidget *parent)
    : QListWidget(parent)
    , m_workshopKey(std::move(workshopKey))
{
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    viewport()->setAcceptDrops(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setFrameShape(QFrame::NoFrame);
    setUniformItemSizes(true);
}

void MemberList::setMembers(const QList<BoardMember> &members)
{
    clear();
    for (const BoardMember &m : members) {
        auto *item = new QListWidgetItem(this);
        QString text = m.name;
        if (!m.country.isEmpty())
            text += QStringLiteral(" · ") + m.country;
        if (!m_workshopKey.isEmpty())
            text += QStringLiteral(" · ") + rankText(m.rank);
        item->setText(text);
        item->setData(IdRole, m.participantId);
        item->setData(PinnedRole, m.pinned);
        QStringList tip{m.name};
        if (!m.organisation.isEmpty())
            tip << m.organisation;
        if (!m.country.isEmpty())
            tip << CountryTable::instance().displayName(m.country);
        if (!m_workshopKey.isEmpty())
            tip << rankText(m.rank);
        if (m.repeatedTheme)
            tip << tr("had this theme in an earlier slot");
        if (m.pinned)
            tip << tr("pinned here by hand");
        if (!m.speaksLanguage) {
            tip << tr("does not speak the workshop's language");
            item->setIcon(themedIcon(QStringLiteral("emblem-error")));
        } else if (m.pinned) {
            item->setIcon(themedIcon(QStringLiteral("pin")));
        }
        if (!m_workshopKey.isEmpty() && (m.rank == 0 || m.repeatedTheme || !m.speaksLanguage))
            item->setForeground(m.speaksLanguage ? cautionColor(palette()) : errorColor(palette()));
        item->setToolTip(tip.join(u'\n'));
        item->setData(Qt::AccessibleTextRole, tip.join(QStringLiteral(", ")));
    }
    // An empty list stays a small drop target rather than a tall blank box.
    setMaximumHeight(members.isEmpty() ? 3 * fontMetrics().height() : QWIDGETSIZE_MAX);
    updateGeometry();
}

bool MemberList::selectParticipant(qint64 participantId)
{
    for (int i = 0; i < count(); ++i)
        if (item(i)->data(IdRole).toLongLong() == participantId) {
            setCurrentRow(i);
            return true;
        }
    return false;
}

qint64 MemberList::selectedParticipant() const
{
    const QList<QListWidgetItem *> items = selectedItems();
    return items.isEmpty() ? 0 : items.constFirst()->data(IdRole).toLongLong();
}

int MemberList::highlight(const QString &search)
{
    const QString query = foldForSearch(search);
    int found = 0;
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        const bool match = !search.trimmed().isEmpty() && matchesAllWords(foldForSearch(it->text()), query);
        QFont font = it->font();
        font.setBold(match);
        it->setFont(font);
        it->setBackground(match ? palette().brush(QPalette::Highlight).color().lighter(170) : QBrush());
        found += match;
    }
    return found;
}

QStringList MemberList::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *MemberList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), QByteArray::number(items.constFirst()->data(IdRole).toLongLong()));
    data->setText(items.constFirst()->text());
    return data;
}

Qt::DropActions MemberList::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool MemberList::acceptsDrop(const QDropEvent *event) const
{
    return event->mimeData()->hasFormat(mimeType()) && event->source() != this;
}

void MemberList::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrop(event))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MemberList::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrop(event))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MemberList::dropEvent(QDropEvent *event)
{
    if (!acceptsDrop(event)) {
        event->ignore();
        return;
    }
    bool ok = false;
    const qint64 id = event->mimeData()->data(mimeType()).toLongLong(&ok);
    // Copy, not move: the lists are refilled from the document once the move is made, so the source list
    // must not drop its row on its own (the move may also be refused).
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (ok)
        Q_EMIT participantDropped(id, m_workshopKey);
}

} // namespace cordee
