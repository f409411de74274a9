#pragma once

#include "forumdocument.h"
#include "participant.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace cordee {

/// The participants of a forum as a table. Reads the document's in-memory list (never SQL) and keeps, per
/// row, the texts that display and search need, so sorting and filtering 10,000 rows stay fast.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LastName,
        FirstName,
        Organisation,
        Country,
        Continent,
        Category,
        Gender,
        Roles,
        Languages,
        Status,
        Email,
        ColumnCount
    };
    enum DataRole { IdRole = Qt::UserRole + 1, SearchTextRole };

    explicit ParticipantTableModel(QObject *parent = nullptr);

    /// Shows `document`'s participants (or none when null) and follows its changes.
    void setDocument(ForumDocument *document);
    ForumDocument *document() const { return m_document; }

    const Participant &participantAt(int row) const;
    /// Folded (case- and accent-blind) names, organisation, e-mail and country names of a row.
    const QString &searchTextAt(int row) const { return m_rows.at(row).searchText; }

    /// Recomputes the texts that depend on the UI language (country names, labels).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString countryName;
        QString searchText;
    };
    Row makeRow(const Participant &p) const;
    QString columnText(const Participant &p, const Row &row, int column) const;
    void rebuild();

    QPointer<ForumDocument> m_document;
    QList<Row> m_rows;
};

} // namespace cordee
