#include "proposalfilter.h"

#include "proposaltablemodel.h"
#include "textfold.h"

namespace cordee {

ProposalFilter::ProposalFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProposalTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ProposalFilter::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<ProposalTableModel *>(model);
    Q_ASSERT_X(m_model || !model, "ProposalFilter", "the source must be a ProposalTableModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void ProposalFilter::setFacets(const ProposalFacets &facets)
{
    if (facets == m_facets)
        return;
    m_facets = facets;
    m_foldedText = foldForSearch(facets.text).simplified();
    m_foldedActor = foldForSearch(facets.actor).simplified();
    invalidateRowsFilter();
}

void ProposalFilter::setSearchText(const QString &text)
{
    ProposalFacets facets = m_facets;
    facets.text = text;
    setFacets(facets);
}

int ProposalFilter::rowOf(const QString &key) const
{
    if (!m_model)
        return -1;
    const int source = m_model->rowOf(key);
    if (source < 0)
        return -1;
    return mapFromSource(m_model->index(source, 0)).row();
}

QString ProposalFilter::keyAt(int proxyRow) const
{
    return index(proxyRow, 0).data(ProposalTableModel::KeyRole).toString();
}

bool ProposalFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_model)
        return true;
    const Proposal *p = m_model->proposalAt(sourceRow);
    if (!p)
        return false;
    if (m_facets.workshop && p->workshop != *m_facets.workshop)
        return false;
    if (m_facets.theme && p->theme != *m_facets.theme)
        return false;
    if (!m_facets.statuses.isEmpty() && !m_facets.statuses.contains(p->status))
        return false;
    if (m_facets.sdg != 0 && !p->sdgs.contains(m_facets.sdg))
        return false;
    if (!m_foldedActor.isEmpty() &&
        std::none_of(p->actors.cbegin(), p->actors.cend(),
                     [&](const QString &actor) { return foldForSearch(actor) == m_foldedActor; }))
        return false;
    return m_foldedText.isEmpty() || matchesAllWords(m_model->searchTextAt(sourceRow), m_foldedText);
}

} // namespace cordee
