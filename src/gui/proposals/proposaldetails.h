#pragma once

#include <QString>
#include <QWidget>

class QTextBrowser;

namespace cordee {

class ForumDocument;
struct Proposal;

/// The details panel of the Proposals page: the selected proposal with all its fields, and its history —
/// what it was made from, what it became ("merged into …", "made from …"), at every depth. Keys are links.
class ProposalDetails : public QWidget
{
    Q_OBJECT

public:
    explicit ProposalDetails(QWidget *parent = nullptr);

    void setDocument(ForumDocument *document) { m_document = document; }
    /// Shows the proposal `key`, or the hint when there is none.
    void showProposal(const QString &key);
    QString key() const { return m_key; }
    QString text() const;

Q_SIGNALS:
    /// A proposal's link was followed.
    void proposalActivated(const QString &key);

private:
    QString describe(const Proposal &p) const;
    QString history(const Proposal &p) const;
    QString link(const QString &key, bool withText) const;

    ForumDocument *m_document = nullptr;
    QString m_key;
    QTextBrowser *m_text = nullptr;
};

} // namespace cordee
