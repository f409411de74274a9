#include "participantfilter.h"

#include "countrytable.h"
#include "participanttablemodel.h"
#include "textfold.h"

namespace cordee {

ParticipantFilter::ParticipantFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void ParticipantFilter::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<ParticipantTableModel *>(model);
    Q_ASSERT_X(m_model || !model, "ParticipantFilter", "the source must be a ParticipantTableModel");
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
    if (!m_facets.roles.isEmpty()) {
        const bool any = std::any_of(m_facets.roles.cbegin(), m_facets.roles.cend(),
                                     [&](Role r) { return p.roles.has(r); });
        if (!any)
            return false;
    }
    return true;
}

bool ParticipantFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString a = left.data().toString();
    const QString b = right.data().toString();
    // Empty cells last, whatever the direction people expect for text.
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    const int c = m_collator.compare(a, b);
    if (c != 0)
        return c < 0;
    return left.row() < right.row();
}

} // namespace cordee
