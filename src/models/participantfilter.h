#pragma once

#include "vocabulary.h"

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace cordee {

class ParticipantTableModel;

/// What the Participants page is narrowed to: words typed in the search field (every word must match,
/// case- and accent-blind, in names, organisation, e-mail or country names) and facets. An empty facet
/// set means "any".
struct ParticipantFacets
{
    QSet<QString> countries; ///< alpha-2 codes
    QSet<Continent> continents;
    QSet<Category> categories;
    QSet<Gender> genders;
    QSet<Role> roles;
    QSet<AgeBand> ageBands;

    bool isEmpty() const
    {
        return countries.isEmpty() && continents.isEmpty() && categories.isEmpty() && genders.isEmpty() &&
               roles.isEmpty() && ageBands.isEmpty();
    }
    bool operator==(const ParticipantFacets &) const = default;
};

/// Sorts and filters a ParticipantTableModel.
class ParticipantFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ParticipantFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString searchText() const { return m_text; }
    void setSearchText(const QString &text);
    const ParticipantFacets &facets() const { return m_facets; }
    void setFacets(const ParticipantFacets &facets);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct SortKey
    {
        bool empty = true;
        std::optional<QCollatorSortKey> key;
    };
    const SortKey &sortKey(int sourceRow, int column) const;

    ParticipantTableModel *m_model = nullptr;
    // Collation keys of the sorted column, made once per row: sorting 10,000 rows then compares bytes.
    mutable QList<SortKey> m_sortKeys;
    mutable int m_sortKeysColumn = -1;
    QString m_text;
    QString m_foldedText;
    ParticipantFacets m_facets;
    QCollator m_collator;
};

} // namespace cordee
