#pragma once

#include "forumdocument.h"
#include "proposal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <utility>

namespace cordee {

/// Every proposal of a forum as a table, for the committee's curation. Reads the document's in-memory set
/// (never SQL), follows its changes row by row (a text typed elsewhere updates its row, a merge adds one),
/// and keeps per row the texts that display, sorting and filtering need.
class ProposalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, Text, Workshop, Theme, Status, Support, Sdgs, ColumnCount };
    enum DataRole {
        KeyRole = Qt::UserRole + 1,
        SortRole, ///< what the column sorts by; the Workshop column sorts in programme then outline order
        SearchTextRole, ///< folded key, text, actors, workshop and theme
    };

    explicit ProposalTableModel(QObject *parent = nullptr);

    /// Shows `document`'s proposals (none when null) and follows its changes.
    void setDocument(ForumDocument *document);
    ForumDocument *document() const { return m_document; }

    QString keyAt(int row) const { return m_rows.at(row).key; }
    /// The proposal of a row (null when the document has none by that key any more).
    const Proposal *proposalAt(int row) const;
    int rowOf(const QString &key) const { return m_rowOfKey.value(key, -1); }
    const QString &searchTextAt(int row) const { return m_rows.at(row).searchText; }
    /// "W-12" or "Plenary".
    QString workshopLabel(const QString &workshopKey) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        int depth = 0;
        int rank = 0; ///< place in the outlines of the workshops, in programme order
        QString themeTitle;
        QString searchText;
    };
    void rebuild();
    void update();
    QList<Row> makeRows() const;
    QString columnText(const Proposal &p, const Row &row, int column) const;

    QPointer<ForumDocument> m_document;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    QHash<QString, qsizetype> m_indexOfKey; ///< in the document's set
    /// What each row's search text was folded from, and the folded text.
    mutable QHash<QString, std::pair<QString, QString>> m_folded;
};

} // namespace cordee
