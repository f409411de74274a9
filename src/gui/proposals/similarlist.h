#pragma once

#include "proposalsimilarity.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace cordee {

class ForumDocument;

/// Proposals ranked by how likely they say the same thing as another one, with their score: bold and
/// marked "likely the same" from ProposalSimilarity::LikelySame on.
class SimilarList : public QWidget
{
    Q_OBJECT

public:
    SimilarList(const QString &title, QWidget *parent = nullptr);

    void setDocument(ForumDocument *document) { m_document = document; }
    /// Shows `results`, or `emptyText` when there are none.
    void showResults(const QList<SimilarProposal> &results, const QString &emptyText);
    QTreeWidget *tree() const { return m_tree; }
    QStringList keys() const;
    QStringList selectedKeys() const;

Q_SIGNALS:
    /// Double-click or Enter on a proposal.
    void activated(const QString &key);
    void selectionChanged();

private:
    ForumDocument *m_document = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace cordee
