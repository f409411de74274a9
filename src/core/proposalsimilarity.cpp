#include "proposalsimilarity.h"

#include "textfold.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace cordee {

namespace {

/// The small words of English, French and Spanish, folded: they say nothing of what a proposal asks for.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const QString text = QStringLiteral(
            // English
            "a an the and or nor but if of to in on at by for from with without within into onto about "
            "over under between through across against among per via as is are be been being was were "
            "this that these those it its their theirs our ours we they them us you your he she his her "
            "all any each every both more most other others such than then so not no only also very too "
            "should must can could would will shall may might do does did have has had which who whom whose "
            "what when where how why there here up out own same just well so-called etc "
            // French
            "le la les l un une des du de d et ou au aux en dans par pour sur sous avec sans entre vers "
            "chez ce cet cette ces c ci qui que qu quoi dont est sont etre ete son sa ses leur leurs notre "
            "nos votre vos nous vous ils elles il elle on se s ne n pas plus moins tres tout tous toute "
            "toutes afin ainsi comme mais donc car ni y si deja aussi meme doit doivent faut avoir ont "
            "lors selon notamment lorsque "
            // Spanish
            "el los las lo unos unas del al e o u por para con sin sobre hacia desde quien quienes cual "
            "cuales cuyo este esta estos estas ese esa esos esas eso su sus nuestro nuestra nuestros "
            "nuestras mas muy como pero tambien ser es son fue sea sean deben debe hay todo todos toda "
            "todas cada ya le les mediante segun entre sus otro otra otros otras donde cuando");
        const QStringList list = text.split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return words;
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

/// Endings taken off a word, longest first among those that fit, as they are once a plural "s" and a
/// final "a", "e" or "o" are gone: derivations and conjugations shared by the three languages, so that
/// cognates meet ("formation", "formación" → "form"; "solidarity", "solidarité", "solidaridad" →
/// "solidar"). Every ending leaves a stem of four letters at least.
const QStringList &endings()
{
    static const QStringList list = [] {
        QStringList l = QStringLiteral("issement amient imient ement ment ation acion ition icion tion cion "
                                       "ativ iv idad dad iti it ism ist iqu ical ic anc enc anci enci anz "
                                       "abl ibl ing ed ly al eur or er ar ir")
                            .split(u' ');
        std::stable_sort(l.begin(), l.end(),
                         [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return l;
    }();
    return list;
}

constexpr qsizetype MinStem = 4;

} // namespace

QString ProposalSimilarity::stem(const QString &foldedWord)
{
    QString w = foldedWord;
    if (w.size() <= MinStem)
        return w;
    // Plurals: French "-aux"/"-eaux", then a final "s" (not "-ss", "-us", "-is": "process", "campus").
    if (w.endsWith(u"eaux"))
        w.chop(1);
    else if (w.endsWith(u"aux") && w.size() > 5)
        w.replace(w.size() - 3, 3, QStringLiteral("al"));
    if (w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is"))
        w.chop(1);
    // Gender and mute endings: "cooperativa", "cooperative" → "cooperativ"; "economy" → "economi".
    if (w.size() > MinStem && (w.endsWith(u'a') || w.endsWith(u'e') || w.endsWith(u'o')))
        w.chop(1);
    if (w.endsWith(u'y'))
        w.back() = u'i';
    // French "-aire" meets Spanish "-ario", "-aria" and English "-ary": "solidaire", "solidaria" → "solidar".
    if (w.endsWith(u"air") && w.size() - 1 > MinStem)
        w.remove(w.size() - 2, 1);
    else
        for (const QString &ending : endings()) {
            if (w.size() - ending.size() >= MinStem && w.endsWith(ending)) {
                w.chop(ending.size());
                break;
            }
        }
    // "measurement" → "measure" meets "measuring" → "measur".
    if (w.size() > MinStem && w.endsWith(u'e'))
        w.chop(1);
    // "economi" (economy, économie, economía) meets "econom" (economic, économique, económico).
    if (w.size() > MinStem && w.endsWith(u'i'))
        w.chop(1);
    // "developp" (développement) meets "develop" (development).
    if (w.size() > MinStem && w.at(w.size() - 1) == w.at(w.size() - 2) && !isVowel(w.back()))
        w.chop(1);
    return w;
}

QStringList ProposalSimilarity::terms(const QString &text)
{
    const QString folded = foldForSearch(text);
    const QSet<QString> &stop = stopWords();
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = folded.size();
    while (i < n) {
        while (i < n && !folded.at(i).isLetterOrNumber())
            ++i;
        qsizetype j = i;
        while (j < n && folded.at(j).isLetterOrNumber())
            ++j;
        if (j - i >= 2) {
            const QString word = folded.mid(i, j - i);
            if (!stop.contains(word))
                out << stem(word);
        }
        i = j;
    }
    return out;
}

ProposalSimilarity::ProposalSimilarity(const QList<Proposal> &proposals)
{
    rebuild(proposals);
}

void ProposalSimilarity::rebuild(const QList<Proposal> &proposals)
{
    m_keys.clear();
    m_docIndex.clear();
    m_termIds.clear();
    m_idf.clear();
    m_docs.clear();
    m_postings.clear();

    // Term counts per proposal, and in how many proposals each term occurs.
    std::vector<QHash<int, int>> counts;
    std::vector<int> documentFrequency;
    for (const Proposal &p : proposals) {
        if (m_docIndex.contains(p.key))
            continue;
        m_docIndex.insert(p.key, m_keys.size());
        m_keys << p.key;
        QHash<int, int> tf;
        for (const QString &term : terms(p.text)) {
            auto it = m_termIds.constFind(term);
            if (it == m_termIds.cend()) {
                it = m_termIds.insert(term, int(documentFrequency.size()));
                documentFrequency.push_back(0);
            }
            if (tf[*it]++ == 0)
                ++documentFrequency[std::size_t(*it)];
        }
        counts.push_back(std::move(tf));
    }
    // Smoothed inverse document frequency: a term in every proposal still weighs a little.
    const double docs = double(m_keys.size());
    m_idf.resize(documentFrequency.size());
    for (std::size_t t = 0; t < documentFrequency.size(); ++t)
        m_idf[t] = std::log((docs + 1) / (documentFrequency[t] + 1)) + 1;
    m_postings.resize(documentFrequency.size());
    for (std::size_t d = 0; d < counts.size(); ++d) {
        Vector v;
        v.reserve(std::size_t(counts[d].size()));
        double norm = 0;
        for (auto it = counts[d].cbegin(); it != counts[d].cend(); ++it) {
            const double w = (1 + std::log(double(it.value()))) * m_idf[std::size_t(it.key())];
            v.emplace_back(it.key(), w);
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (auto &[term, w] : v) {
            w /= norm;
            m_postings[std::size_t(term)].emplace_back(int(d), w);
        }
        std::sort(v.begin(), v.end());
        m_docs.push_back(std::move(v));
    }
}

ProposalSimilarity::Vector ProposalSimilarity::vectorOf(const QStringList &words) const
{
    QHash<QString, int> tf;
    for (const QString &w : words)
        ++tf[w];
    // Words no indexed proposal has still count in the text's length, so a long text that shares one word
    // with a proposal is not taken for its duplicate.
    const double unknownIdf = std::log(double(m_keys.size()) + 1) + 1;
    Vector v;
    double norm = 0;
    for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
        const auto id = m_termIds.constFind(it.key());
        const double w = (1 + std::log(double(it.value()))) *
                         (id == m_termIds.cend() ? unknownIdf : m_idf[std::size_t(*id)]);
        norm += w * w;
        if (id != m_termIds.cend())
            v.emplace_back(*id, w);
    }
    if (norm == 0)
        return {};
    norm = std::sqrt(norm);
    for (auto &entry : v)
        entry.second /= norm;
    std::sort(v.begin(), v.end());
    return v;
}

QList<SimilarProposal> ProposalSimilarity::rank(const Vector &query, int n, double minScore,
                                                qsizetype exclude) const
{
    std::vector<double> scores(m_docs.size(), 0.0);
    for (const auto &[term, weight] : query)
        for (const auto &[doc, docWeight] : m_postings[std::size_t(term)])
            scores[std::size_t(doc)] += weight * docWeight;
    std::vector<int> hits;
    for (std::size_t d = 0; d < scores.size(); ++d)
        if (qsizetype(d) != exclude && scores[d] > 1e-9 && scores[d] >= minScore)
            hits.push_back(int(d));
    auto better = [&](int a, int b) {
        const double sa = scores[std::size_t(a)], sb = scores[std::size_t(b)];
        return sa != sb ? sa > sb : m_keys.at(a) < m_keys.at(b);
    };
    const std::size_t keep = std::min(hits.size(), std::size_t(std::max(n, 0)));
    std::partial_sort(hits.begin(), hits.begin() + std::ptrdiff_t(keep), hits.end(), better);
    QList<SimilarProposal> out;
    out.reserve(qsizetype(keep));
    for (std::size_t i = 0; i < keep; ++i)
        out << SimilarProposal{m_keys.at(hits[i]), std::min(1.0, scores[std::size_t(hits[i])])};
    return out;
}

QList<SimilarProposal> ProposalSimilarity::similarTo(const QString &key, int n, double minScore) const
{
    const qsizetype d = m_docIndex.value(key, -1);
    if (d < 0)
        return {};
    return rank(m_docs[std::size_t(d)], n, minScore, d);
}

QList<SimilarProposal> ProposalSimilarity::similarToText(const QString &text, int n, double minScore,
                                                         const QString &excludeKey) const
{
    return rank(vectorOf(terms(text)), n, minScore, m_docIndex.value(excludeKey, -1));
}

double ProposalSimilarity::score(const QString &a, const QString &b) const
{
    const qsizetype da = m_docIndex.value(a, -1), db = m_docIndex.value(b, -1);
    if (da < 0 || db < 0)
        return 0;
    const Vector &va = m_docs[std::size_t(da)], &vb = m_docs[std::size_t(db)];
    double dot = 0;
    auto i = va.cbegin(), j = vb.cbegin();
    while (i != va.cend() && j != vb.cend()) {
        if (i->first < j->first)
            ++i;
        else if (j->first < i->first)
            ++j;
        else
            dot += (i++)->second * (j++)->second;
    }
    return std::min(1.0, dot);
}

} // namespace cordee
