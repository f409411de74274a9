#include "similarityindex.h"

#include "forumdocument.h"

namespace cordee {

SimilarityIndex::SimilarityIndex(QObject *parent)
    : QObject(parent)
{}

void SimilarityIndex::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_stale = true;
    if (document)
        connect(document, &ForumDocument::proposalsChanged, this, [this] { m_stale = true; });
}

const ProposalSimilarity &SimilarityIndex::index()
{
    if (m_stale) {
        QList<Proposal> open;
        if (m_document)
            for (const Proposal &p : m_document->proposals().proposals)
                if (p.status != ProposalStatus::Merged)
                    open << p;
        m_index.rebuild(open);
        m_stale = false;
    }
    return m_index;
}

} // namespace cordee
