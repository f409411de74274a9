#pragma once

#include "forumdocument.h"
#include "proposaloutline.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

namespace cordee {

/// The retained proposals in the declaration's order, each with its sub-points, as a tree the committee
/// reorders by drag and drop: a proposal moves among its siblings (the retained proposals, or the sub-points
/// of one proposal), each move one undoable step written at once.
class RetainedOrderModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Text, Theme, Workshop, ColumnCount };
    enum DataRole { KeyRole = Qt::UserRole + 1, NumberRole };

    explicit RetainedOrderModel(QObject *parent = nullptr);

    void setDocument(ForumDocument *document);

    /// The index of proposal `key` in column 0, invalid when it is not shown.
    QModelIndex indexOf(const QString &key) const;
    QString keyOf(const QModelIndex &index) const;
    /// The shown items in order, depth first.
    const QList<OutlineItem> &items() const { return m_items; }

    /// Moves `key` before `beforeKey` among its siblings (empty: last). False with nothing changed when
    /// they are not siblings; `error` then says why.
    bool moveBefore(const QString &key, const QString &beforeKey, QString *error = nullptr);

    static QString mimeType() { return QStringLiteral("application/x-cordee-proposal-key"); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /// A drop moved `key` (views select it again after the rebuild).
    void moved(const QString &key);

private:
    struct Node
    {
        QString key;
        int parent = -1; ///< node index, −1 for a top-level proposal
        int row = 0;     ///< among its siblings
        QList<int> children;
        QString number; ///< "3", "3.1"
    };
    void update();
    void build(const QList<OutlineItem> &items);
    /// The key dropped, and the sibling it goes before (empty: last), for a drop at `row` under `parent`.
    bool dropTarget(const QMimeData *data, int row, const QModelIndex &parent, QString *key,
                    QString *before) const;
    /// The siblings of `key` in the file's order (shown or not).
    QStringList fullSiblings(const QString &key) const;

    QPointer<ForumDocument> m_document;
    QList<OutlineItem> m_items;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace cordee
