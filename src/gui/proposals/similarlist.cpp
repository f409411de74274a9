#include "similarlist.h"

#include "forumdocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cordee {

SimilarList::SimilarList(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(title, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tree = new QTreeWidget(this);
    m_tree->setAccessibleName(title);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Score"), tr("Proposal"), tr("Workshop")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_title->setBuddy(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT activated(item->data(0, Qt::UserRole).toString()); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &SimilarList::selectionChanged);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
}

void SimilarList::showResults(const QList<SimilarProposal> &results, const QString &emptyText)
{
    m_tree->clear();
    const QLocale locale;
    for (const SimilarProposal &s : results) {
        const Proposal *p = m_document ? m_document->proposals().find(s.key) : nullptr;
        if (!p)
            continue;
        const bool likely = s.score >= ProposalSimilarity::LikelySame;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, locale.toString(qRound(s.score * 100)) + QStringLiteral(" %"));
        item->setText(1, p->key + QStringLiteral(" — ") + p->text);
        item->setText(2, p->workshop.isEmpty() ? tr("Plenary") : p->workshop);
        item->setData(0, Qt::UserRole, s.key);
        const QString tip = (likely ? tr("Likely the same proposal") : tr("Some words in common")) +
                            QStringLiteral("\n\n") + p->text + QStringLiteral("\n\n") +
                            vocab::label(p->status);
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, tip);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        if (likely) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFont(1, bold);
        }
    }
    m_empty->setText(results.isEmpty() ? emptyText : QString());
    m_empty->setVisible(results.isEmpty());
    m_tree->setVisible(!results.isEmpty());
}

QStringList SimilarList::keys() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        out << m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return out;
}

QStringList SimilarList::selectedKeys() const
{
    QStringList out;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        out << item->data(0, Qt::UserRole).toString();
    return out;
}

} // namespace cordee
