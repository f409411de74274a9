#pragma once

#include "vocabulary.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace cordee {

class ProposalTableModel;

/// What the curation table is narrowed to. Unset or empty means "any".
struct ProposalFacets
{
    QString text;                    ///< every word must match, case- and accent-blind (key, text, actors…)
    std::optional<QString> workshop; ///< workshop key; empty: the plenary
    std::optional<QString> theme;    ///< theme key; empty: proposals without a theme
    QSet<ProposalStatus> statuses;
    int sdg = 0;   ///< 1…17
    QString actor; ///< one of the proposal's actors, case- and accent-blind

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !workshop && !theme && statuses.isEmpty() && sdg == 0 &&
               actor.isEmpty();
    }
    bool operator==(const ProposalFacets &) const = default;
};

/// Sorts and filters a ProposalTableModel for the committee.
class ProposalFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProposalFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    const ProposalFacets &facets() const { return m_facets; }
    void setFacets(const ProposalFacets &facets);
    void setSearchText(const QString &text);

    /// The proxy row of proposal `key`, or −1 when it is filtered out or unknown.
    int rowOf(const QString &key) const;
    QString keyAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ProposalTableModel *m_model = nullptr;
    ProposalFacets m_facets;
    QString m_foldedText;
    QString m_foldedActor;
};

} // namespace cordee
