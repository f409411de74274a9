#pragma once

#include "proposalsimilarity.h"

#include <QObject>
#include <QPointer>

namespace cordee {

class ForumDocument;

/// The similarity index of a document's proposals, rebuilt when asked after they changed (at most once per
/// change, however many views ask). Merged proposals are left out: what they said lives on in the proposal
/// they were merged into.
class SimilarityIndex : public QObject
{
    Q_OBJECT

public:
    explicit SimilarityIndex(QObject *parent = nullptr);

    void setDocument(ForumDocument *document);
    const ProposalSimilarity &index();

private:
    QPointer<ForumDocument> m_document;
    ProposalSimilarity m_index;
    bool m_stale = true;
};

} // namespace cordee
