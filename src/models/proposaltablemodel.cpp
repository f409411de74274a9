#include "proposaltablemodel.h"

#include "proposaloutline.h"
#include "sdg.h"
#include "textfold.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace cordee {

ProposalTableModel::ProposalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProposalTableModel::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ForumDocument::proposalsChanged, this, &ProposalTableModel::update);
        // Workshop and theme titles, and the programme order, live in the programme.
        connect(document, &ForumDocument::programmeChanged, this, &ProposalTableModel::update);
    }
    rebuild();
}

QList<ProposalTableModel::Row> ProposalTableModel::makeRows() const
{
    QList<Row> rows;
    if (!m_document)
        return rows;
    const ProposalSet &set = m_document->proposals();
    QHash<QString, QString> themes;
    for (const cordee::Theme &t : m_document->themes())
        themes.insert(t.key, t.title);
    // Ranks follow the outlines: workshops in programme order, the plenary last, strays after.
    QHash<QString, std::pair<int, int>> rankDepth;
    int rank = 0;
    QStringList workshops;
    for (const cordee::Workshop &w : m_document->workshops())
        workshops << w.key;
    workshops << QString();
    for (const OutlineItem &item : outline::ofWorkshops(set, workshops))
        rankDepth.insert(item.key, {rank++, item.depth});
    rows.reserve(set.proposals.size());
    for (const Proposal &p : set.proposals) {
        Row row;
        row.key = p.key;
        if (const auto it = rankDepth.constFind(p.key); it != rankDepth.cend()) {
            row.rank = it->first;
            row.depth = it->second;
        } else {
            row.rank = rank++; // in no outline (a stray in a file written elsewhere): last
            row.depth = set.depth(p.key);
        }
        row.themeTitle = themes.value(p.theme, p.theme);
        QString text = p.key + u' ' + p.text + u' ' + p.workshop + u' ' + row.themeTitle;
        for (const QString &actor : p.actors)
            text += u' ' + actor;
        // Folding is the costly part; a word typed changes one row.
        auto &cached = m_folded[p.key];
        if (cached.first != text)
            cached = {text, foldForSearch(text)};
        row.searchText = cached.second;
        rows << row;
    }
    return rows;
}

void ProposalTableModel::rebuild()
{
    beginResetModel();
    m_folded.clear();
    m_rows = makeRows();
    m_rowOfKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfKey.insert(m_rows.at(i).key, i);
    m_indexOfKey = m_document ? m_document->proposals().keyIndex() : QHash<QString, qsizetype>{};
    endResetModel();
}

void ProposalTableModel::update()
{
    // Rows stay where they are: removed ones go, changed ones are told, new ones come at the end, so views
    // keep their selection through a merge, a split or a word typed.
    QList<Row> fresh = makeRows();
    QHash<QString, int> freshIndex;
    for (int i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh.at(i).key, i);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshIndex.contains(m_rows.at(row).key))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    QHash<QString, int> kept;
    for (int i = 0; i < m_rows.size(); ++i) {
        kept.insert(m_rows.at(i).key, i);
        m_rows[i] = fresh.at(freshIndex.value(m_rows.at(i).key));
    }
    m_indexOfKey = m_document ? m_document->proposals().keyIndex() : QHash<QString, qsizetype>{};
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    QList<Row> added;
    for (const Row &row : std::as_const(fresh))
        if (!kept.contains(row.key))
            added << row;
    if (!added.isEmpty()) {
        beginInsertRows({}, rowCount(), rowCount() + int(added.size()) - 1);
        m_rows << added;
        endInsertRows();
    }
    m_rowOfKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfKey.insert(m_rows.at(i).key, i);
}

const Proposal *ProposalTableModel::proposalAt(int row) const
{
    if (!m_document || row < 0 || row >= m_rows.size())
        return nullptr;
    // Views may ask while the document tells others of a change, before this model has heard of it.
    const QString &key = m_rows.at(row).key;
    const QList<Proposal> &proposals = m_document->proposals().proposals;
    const qsizetype i = m_indexOfKey.value(key, -1);
    if (i >= 0 && i < proposals.size() && proposals.at(i).key == key)
        return &proposals.at(i);
    return m_document->proposals().find(key);
}

QString ProposalTableModel::workshopLabel(const QString &workshopKey) const
{
    return workshopKey.isEmpty() ? tr("Plenary") : workshopKey;
}

int ProposalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProposalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProposalTableModel::columnText(const Proposal &p, const Row &row, int column) const
{
    switch (column) {
    case Key:
        return p.key;
    case Text:
        // Sub-points read as such in a flat table.
        return row.depth > 0 ? QString(row.depth * 2, u' ') + u"↳ " + p.text : p.text;
    case Workshop:
        return workshopLabel(p.workshop);
    case Theme:
        return row.themeTitle;
    case Status:
        return p.status == ProposalStatus::Merged && !p.mergedInto.isEmpty()
                   ? tr("Merged → %1").arg(p.mergedInto)
                   : vocab::label(p.status);
    case Support:
        return p.support < 0 ? QString() : QString::number(p.support);
    case Sdgs: {
        QStringList goals;
        for (int goal : p.sdgs)
            goals << QString::number(goal);
        return goals.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant ProposalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Proposal *p = proposalAt(index.row());
    if (!p)
        return {};
    const bool closed = p->status == ProposalStatus::Merged || p->status == ProposalStatus::Rejected;
    switch (role) {
    case Qt::DisplayRole:
        return columnText(*p, row, index.column());
    case Qt::ToolTipRole: {
        if (index.column() == Sdgs) {
            QStringList labels;
            for (int goal : p->sdgs)
                labels << sdg::label(goal);
            return labels.join(u'\n');
        }
        QString tip = p->key + QStringLiteral(" — ") + p->text;
        if (p->status == ProposalStatus::Merged && !p->mergedInto.isEmpty())
            tip += u'\n' + tr("Merged into %1").arg(p->mergedInto);
        if (!p->actors.isEmpty())
            tip += u'\n' + tr("Calls on: %1").arg(p->actors.join(QStringLiteral(", ")));
        return tip;
    }
    case Qt::ForegroundRole:
        if (closed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (p->status == ProposalStatus::Retained && index.column() == Status) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Support)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KeyRole:
        return row.key;
    case SearchTextRole:
        return row.searchText;
    case SortRole:
        switch (index.column()) {
        case Key:
            return p->key;
        case Text:
            return foldForSearch(p->text);
        case Workshop:
            return row.rank;
        case Theme:
            return foldForSearch(row.themeTitle);
        case Status:
            return int(p->status);
        case Support:
            return p->support;
        case Sdgs:
            return p->sdgs.isEmpty() ? 99 : p->sdgs.constFirst();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ProposalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Text:
        return tr("Proposal");
    case Workshop:
        return tr("Workshop");
    case Theme:
        return tr("Theme");
    case Status:
        return tr("Status");
    case Support:
        return tr("Support");
    case Sdgs:
        return tr("SDGs");
    default:
        return {};
    }
}

} // namespace cordee
