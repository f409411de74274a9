#include "participantfilter.h"

#include "countrytable.h"
#include "participanttablemodel.h"
#include "textfold.h"

#include <QLocale>

namespace cordee {

ParticipantFilter::ParticipantFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale())
{
    // The C locale sorts by code point (Á after Z); people expect dictionary order whatever the locale.
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void ParticipantFilter::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = qobject_cast<ParticipantTableModel *>(model);
    Q_ASSERT_X(m_model || !model, "ParticipantFilter", "the source must be a ParticipantTableModel");
    m_sortKeys.clear();
    if (m_model) {
        // Any change of the rows or their texts makes the cached keys stale; connected before the base
        // class so the keys are gone before it re-sorts.
        const auto forget = [this] { m_sortKeys.clear(); };
        connect(m_model, &QAbstractItemModel::dataChanged, this, forget);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, forget);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, forget);
        connect(m_model, &QAbstractItemModel::modelReset, this, forget);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, forget);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void ParticipantFilter::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    const QString folded = foldForSearch(text).simplified();
    m_text = text;
    m_foldedText = folded;
    invalidateRowsFilter();
}

void ParticipantFilter::setFacets(const ParticipantFacets &facets)
{
    if (facets == m_facets)
        return;
    m_facets = facets;
    invalidateRowsFilter();
}

bool ParticipantFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_model)
        return true;
    if (!m_foldedText.isEmpty() && !matchesAllWords(m_model->searchTextAt(sourceRow), m_foldedText))
        return false;
    if (m_facets.isEmpty())
        return true;
    const Participant &p = m_model->participantAt(sourceRow);
    if (!m_facets.countries.isEmpty() && !m_facets.countries.contains(p.country))
        return false;
    if (!m_facets.continents.isEmpty()) {
        const Country *c = CountryTable::instance().find(p.country);
        if (!c || !m_facets.continents.contains(c->continent))
            return false;
    }
    if (!m_facets.categories.isEmpty() && !m_facets.categories.contains(p.category))
        return false;
    if (!m_facets.genders.isEmpty() && !m_facets.genders.contains(p.gender))
        return false;
    if (!m_facets.ageBands.isEmpty() && !m_facets.ageBands.contains(p.ageBand))
        return false;
    if (!m_facets.roles.isEmpty()) {
        const bool any = std::any_of(m_facets.roles.cbegin(), m_facets.roles.cend(),
                                     [&](Role r) { return p.roles.has(r); });
        if (!any)
            return false;
    }
    return true;
}

const ParticipantFilter::SortKey &ParticipantFilter::sortKey(int sourceRow, int column) const
{
    if (column != m_sortKeysColumn || m_sortKeys.size() != m_model->rowCount()) {
        m_sortKeys.clear();
        m_sortKeys.resize(m_model->rowCount());
        m_sortKeysColumn = column;
    }
    SortKey &slot = m_sortKeys[sourceRow];
    if (!slot.key) {
        const QString text = m_model->index(sourceRow, column).data().toString();
        slot.empty = text.isEmpty();
        slot.key = m_collator.sortKey(text);
    }
    return slot;
}

bool ParticipantFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const SortKey &a = sortKey(left.row(), left.column());
    const SortKey &b = sortKey(right.row(), right.column());
    // Empty cells last, whatever the direction: the base class inverts this result when descending.
    if (a.empty != b.empty)
        return sortOrder() == Qt::AscendingOrder ? b.empty : a.empty;
    const int c = a.key->compare(*b.key);
    if (c != 0)
        return c < 0;
    return left.row() < right.row();
}

} // namespace cordee
