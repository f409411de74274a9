#include "retainedordermodel.h"

#include "proposalcommands.h"

#include <QMimeData>

namespace cordee {

RetainedOrderModel::RetainedOrderModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void RetainedOrderModel::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ForumDocument::proposalsChanged, this, &RetainedOrderModel::update);
        connect(document, &ForumDocument::programmeChanged, this, &RetainedOrderModel::update);
    }
    beginResetModel();
    build(document ? outline::retained(document->proposals()) : QList<OutlineItem>{});
    endResetModel();
}

void RetainedOrderModel::update()
{
    const QList<OutlineItem> items =
        m_document ? outline::retained(m_document->proposals()) : QList<OutlineItem>{};
    if (items == m_items) {
        // Same tree: texts, themes or workshops may have changed.
        if (!m_nodes.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        for (int i = 0; i < m_nodes.size(); ++i)
            if (!m_nodes.at(i).children.isEmpty()) {
                const QModelIndex parent = createIndex(m_nodes.at(i).row, 0, quintptr(i));
                Q_EMIT dataChanged(index(0, 0, parent),
                                   index(int(m_nodes.at(i).children.size()) - 1, ColumnCount - 1, parent));
            }
        return;
    }
    beginResetModel();
    build(items);
    endResetModel();
}

void RetainedOrderModel::build(const QList<OutlineItem> &items)
{
    m_items = items;
    m_nodes.clear();
    m_roots.clear();
    QList<int> stack; // node index per depth
    for (const OutlineItem &item : items) {
        Node node;
        node.key = item.key;
        stack.resize(item.depth);
        node.parent = stack.isEmpty() ? -1 : stack.constLast();
        QList<int> &siblings = node.parent < 0 ? m_roots : m_nodes[node.parent].children;
        node.row = int(siblings.size());
        node.number = (node.parent < 0 ? QString() : m_nodes.at(node.parent).number + u'.') +
                      QString::number(node.row + 1);
        const int at = int(m_nodes.size());
        siblings << at;
        m_nodes << node;
        stack << at;
    }
}

QModelIndex RetainedOrderModel::indexOf(const QString &key) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes.at(i).key == key)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    return {};
}

QString RetainedOrderModel::keyOf(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(int(index.internalId())).key : QString();
}

QModelIndex RetainedOrderModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex RetainedOrderModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    return parent < 0 ? QModelIndex() : createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int RetainedOrderModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int RetainedOrderModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RetainedOrderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    const Proposal *p = m_document->proposals().find(node.key);
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Text:
            return QString(node.number + QStringLiteral(". ") + p->text);
        case Theme:
            for (const cordee::Theme &t : m_document->themes())
                if (t.key == p->theme)
                    return t.title;
            return p->theme;
        case Workshop:
            return p->workshop.isEmpty() ? tr("Plenary") : p->workshop;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return QString(p->key + QStringLiteral(" — ") + p->text);
    case KeyRole:
        return node.key;
    case NumberRole:
        return node.number;
    default:
        return {};
    }
}

QVariant RetainedOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Text:
        return tr("Retained proposal");
    case Theme:
        return tr("Theme");
    case Workshop:
        return tr("Workshop");
    default:
        return {};
    }
}

Qt::ItemFlags RetainedOrderModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions RetainedOrderModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RetainedOrderModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *RetainedOrderModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), keyOf(indexes.constFirst()).toUtf8());
    return data;
}

QStringList RetainedOrderModel::fullSiblings(const QString &key) const
{
    const Proposal *p = m_document->proposals().find(key);
    if (!p)
        return {};
    return p->isSubPoint() ? m_document->proposals().childrenOf(p->parent)
                           : m_document->proposals().retainedInOrder();
}

bool RetainedOrderModel::dropTarget(const QMimeData *data, int row, const QModelIndex &parent, QString *key,
                                    QString *before) const
{
    if (!m_document || !data || !data->hasFormat(mimeType()))
        return false;
    *key = QString::fromUtf8(data->data(mimeType()));
    const QModelIndex dragged = indexOf(*key);
    if (!dragged.isValid())
        return false;
    const QModelIndex draggedParent = dragged.parent();
    if (row < 0 && parent.isValid()) {
        // Dropped onto an item: onto a sibling, or onto one of a sibling's sub-points, takes its place.
        QModelIndex on = parent.siblingAtColumn(0);
        while (on.isValid() && on.parent() != draggedParent)
            on = on.parent();
        if (!on.isValid() && draggedParent.isValid())
            return false;
        // Going down, the dragged one lands after the sibling it is dropped on.
        const int target = on.row() > dragged.row() ? on.row() + 1 : on.row();
        *before = keyOf(index(target, 0, draggedParent));
        return true;
    }
    if (parent.siblingAtColumn(0) != draggedParent)
        return false;
    *before = row < 0 ? QString() : keyOf(index(row, 0, draggedParent));
    return true;
}

bool RetainedOrderModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                         const QModelIndex &parent) const
{
    QString key, before;
    return dropTarget(data, row, parent, &key, &before);
}

bool RetainedOrderModel::dropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                      const QModelIndex &parent)
{
    QString key, before;
    if (!dropTarget(data, row, parent, &key, &before))
        return false;
    if (before == key)
        return true;
    if (!moveBefore(key, before))
        return false;
    Q_EMIT moved(key);
    // The rows are rebuilt already; nothing for the view to remove.
    return true;
}

bool RetainedOrderModel::moveBefore(const QString &key, const QString &beforeKey, QString *error)
{
    if (!m_document)
        return false;
    QStringList order = fullSiblings(key);
    if (!order.contains(key) || (!beforeKey.isEmpty() && !order.contains(beforeKey))) {
        if (error)
            *error = tr("A proposal moves among its siblings only.");
        return false;
    }
    order.removeAll(key);
    const qsizetype at = beforeKey.isEmpty() ? order.size() : order.indexOf(beforeKey);
    order.insert(at, key);
    const Status s = pushProposalEdit(m_document, planReorder(m_document->proposals(), order),
                                      tr("Reorder the retained proposals"));
    if (!s && error)
        *error = s.error().message;
    return s.isOk();
}

} // namespace cordee
