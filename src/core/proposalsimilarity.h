#pragma once

#include "proposal.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace cordee {

/// A proposal and how close it is to what was asked, from 0 (nothing in common) to 1 (the same words).
struct SimilarProposal
{
    QString key;
    double score = 0;
    bool operator==(const SimilarProposal &) const = default;
};

/// Finds the proposals most likely to say the same thing as another one or as a text being typed: TF-IDF
/// weighted cosine similarity over the words of the texts, folded (case- and accent-blind), without the
/// small words of English, French and Spanish, and lightly stemmed ("coopératives", "cooperativas" and
/// "cooperative" are one word, as are "financement", "financing" and "financiamiento").
///
/// Pure and immutable once built; for 300 proposals, building takes a few milliseconds and a query tens of
/// microseconds (debug build), so a page can rebuild after every change and query on every keystroke.
/// Proposals in different languages rarely meet, except through shared cognates.
class ProposalSimilarity
{
public:
    /// From this score on, two proposals are most likely the same: on tst_proposalsimilarity's labelled set,
    /// 83% of the pairs above it are duplicates and 86% of the duplicates in one language score above it.
    static constexpr double LikelySame = 0.3;

    ProposalSimilarity() = default;
    explicit ProposalSimilarity(const QList<Proposal> &proposals);

    /// Indexes the texts of `proposals` (all of them: leave out merged or rejected ones before if they
    /// should not be suggested).
    void rebuild(const QList<Proposal> &proposals);

    qsizetype size() const { return qsizetype(m_keys.size()); }
    bool contains(const QString &key) const { return m_docIndex.contains(key); }

    /// The `n` indexed proposals closest to the indexed proposal `key` (itself left out), best first, those
    /// scoring below `minScore` or 0 left out; ties by key. Empty for an unknown key.
    QList<SimilarProposal> similarTo(const QString &key, int n, double minScore = 0) const;

    /// The same for a free text (a proposal being typed); `excludeKey` is left out of the results.
    QList<SimilarProposal> similarToText(const QString &text, int n, double minScore = 0,
                                         const QString &excludeKey = {}) const;

    /// The score of two indexed proposals (0 when either is unknown).
    double score(const QString &a, const QString &b) const;

    /// The terms a text is compared by: folded words, small words left out, stemmed.
    static QStringList terms(const QString &text);

    /// The stem of one folded word ("cooperatives" → "cooper").
    static QString stem(const QString &foldedWord);

private:
    using Vector = std::vector<std::pair<int, double>>; ///< (term id, weight), by term id, unit length

    Vector vectorOf(const QStringList &terms) const;
    QList<SimilarProposal> rank(const Vector &query, int n, double minScore, qsizetype exclude) const;

    QStringList m_keys;
    QHash<QString, qsizetype> m_docIndex;
    QHash<QString, int> m_termIds;
    std::vector<double> m_idf;                                   ///< per term id
    std::vector<Vector> m_docs;                                  ///< per proposal
    std::vector<std::vector<std::pair<int, double>>> m_postings; ///< per term id: (proposal, weight)
};

} // namespace cordee
