#include "proposallineage.h"

#include <QCoreApplication>

#include <algorithm>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Proposals::tr the same way).
struct Proposals
{
    Q_DECLARE_TR_FUNCTIONS(Proposals)
};

Error noSuchProposal(const QString &key)
{
    return Error{
        Proposals::tr("No proposal has the key \"%1\"; it may have been removed meanwhile.").arg(key), {}};
}

/// Refuses a proposal that is merged already (by a merge or a split): it has left the lists.
Status checkNotMerged(const Proposal &p)
{
    if (p.status != ProposalStatus::Merged)
        return {};
    if (!p.mergedInto.isEmpty())
        return Error{Proposals::tr("The proposal %1 was merged into %2 already; merge or split %2 instead.")
                         .arg(p.key, p.mergedInto),
                     {}};
    return Error{
        Proposals::tr("The proposal %1 was merged or split already; use the proposals it became.").arg(p.key),
        {}};
}

/// Checks the keys chosen for new proposals: well formed, distinct and free.
Status checkNewKeys(const ProposalSet &set, const QStringList &keys)
{
    QSet<QString> seen;
    for (const QString &key : keys) {
        if (!isValidProposalKey(key))
            return Error{Proposals::tr("\"%1\" cannot be a proposal's key: use letters, digits and dashes, "
                                       "without spaces.")
                             .arg(key),
                         {}};
        if (set.contains(key) || seen.contains(key))
            return Error{Proposals::tr("A proposal with the key \"%1\" exists already.").arg(key), {}};
        seen.insert(key);
    }
    return {};
}

/// The changes of an edit being planned, one per proposal: later changes to the same proposal build on the
/// earlier ones.
class ChangeList
{
public:
    explicit ChangeList(const ProposalSet &set)
        : m_set(set)
    {}
    /// The proposal as the plan has it so far.
    Proposal current(const QString &key) const
    {
        const qsizetype i = m_keys.indexOf(key);
        return i >= 0 ? m_after.at(i) : *m_set.find(key);
    }
    void set(const Proposal &p)
    {
        const qsizetype i = m_keys.indexOf(p.key);
        if (i >= 0) {
            m_after[i] = p;
            return;
        }
        m_keys << p.key;
        m_after << p;
    }
    void writeTo(ProposalEdit &edit) const
    {
        for (qsizetype i = 0; i < m_keys.size(); ++i) {
            const Proposal &before = *m_set.find(m_keys.at(i));
            if (before == m_after.at(i))
                continue;
            edit.before << before;
            edit.after << m_after.at(i);
        }
    }

private:
    const ProposalSet &m_set;
    QStringList m_keys;
    QList<Proposal> m_after;
};

/// The value most of `values` share (empty ones left out), the first one's on a tie.
QString mostCommon(const QStringList &values)
{
    QString best;
    qsizetype bestCount = 0;
    for (const QString &v : values) {
        if (v.isEmpty())
            continue;
        const qsizetype count = values.count(v);
        if (count > bestCount) {
            best = v;
            bestCount = count;
        }
    }
    return best;
}

/// What the merged proposal takes from the originals (see planMerge()), its key, text and place aside.
Proposal combine(const QList<const Proposal *> &sources)
{
    Proposal merged;
    const Proposal &first = *sources.constFirst();
    auto shared = [&](auto member) {
        return std::all_of(sources.cbegin(), sources.cend(),
                           [&](const Proposal *p) { return p->*member == first.*member; });
    };
    merged.workshop = shared(&Proposal::workshop) ? first.workshop : QString();
    merged.parent = shared(&Proposal::parent) ? first.parent : QString();
    merged.rapporteurId = shared(&Proposal::rapporteurId) ? first.rapporteurId : 0;
    QStringList themes, actors;
    int support = -1;
    for (const Proposal *p : sources) {
        themes << p->theme;
        merged.sdgs << p->sdgs;
        actors << p->actors;
        if (p->support >= 0)
            support = std::max(support, 0) + p->support;
        if (p->status == ProposalStatus::Retained)
            merged.status = ProposalStatus::Retained;
    }
    if (merged.status != ProposalStatus::Retained)
        merged.status = ProposalStatus::Submitted;
    merged.theme = mostCommon(themes);
    merged.sdgs = normalizedSdgs(merged.sdgs);
    merged.actors = normalizedActors(actors);
    merged.support = support;
    return merged;
}

/// True when `key` is a sub-point, at any depth, of one of `others`.
bool underAnyOf(const ProposalSet &set, const QString &key, const QStringList &others)
{
    const Proposal *p = set.find(key);
    for (int steps = 0; p && !p->parent.isEmpty() && steps < set.proposals.size(); ++steps) {
        if (others.contains(p->parent))
            return true;
        p = set.find(p->parent);
    }
    return false;
}

/// Follows the history from `key` through `next` (sourcesOf or targetsOf), breadth first.
template <typename Next>
QStringList walk(const ProposalSet &set, const QString &key, Next next)
{
    QStringList out;
    QStringList queue{key};
    for (qsizetype i = 0; i < queue.size(); ++i)
        for (const LineageEdge &e : (set.*next)(queue.at(i))) {
            const QString &other = e.source == queue.at(i) ? e.target : e.source;
            if (other != key && !out.contains(other)) {
                out << other;
                queue << other;
            }
        }
    return out;
}

} // namespace

QString mergeTextDraft(const ProposalSet &set, const QStringList &keys)
{
    QStringList texts;
    for (const QString &key : keys)
        if (const Proposal *p = set.find(key))
            texts << p->text.trimmed();
    return texts.join(QStringLiteral("\n\n"));
}

Result<ProposalEdit> planMerge(const ProposalSet &set, const QStringList &keys, const QString &text,
                               const QString &newKey)
{
    QStringList unique;
    for (const QString &key : keys)
        if (!unique.contains(key))
            unique << key;
    if (unique.size() < 2)
        return Error{Proposals::tr("Choose at least two proposals to merge."), {}};
    QList<const Proposal *> sources;
    for (const QString &key : std::as_const(unique)) {
        const Proposal *p = set.find(key);
        if (!p)
            return noSuchProposal(key);
        if (Status s = checkNotMerged(*p); !s)
            return s;
        if (underAnyOf(set, key, unique))
            return Error{
                Proposals::tr("The proposal %1 is a sub-point of another proposal being merged; merge "
                              "the proposals it belongs to, or move it out first.")
                    .arg(key),
                {}};
        sources << p;
    }
    if (text.trimmed().isEmpty())
        return Error{Proposals::tr("The merged proposal needs a text."), {}};
    const QString key = newKey.isEmpty() ? nextProposalKey(set) : newKey;
    if (Status s = checkNewKeys(set, {key}); !s)
        return s;

    Proposal merged = combine(sources);
    merged.key = key;
    merged.text = text.trimmed();
    int best = -1;
    const QStringList list = listOf(set, merged);
    for (const Proposal *p : std::as_const(sources))
        if (list.contains(p->key) && p->position >= 0 && (best < 0 || p->position < best))
            best = p->position;
    merged.position = best >= 0 ? best : appendPosition(set, merged);

    ProposalEdit edit;
    ChangeList changes(set);
    int childPosition = 0;
    for (const Proposal *source : std::as_const(sources)) {
        Proposal p = changes.current(source->key);
        p.status = ProposalStatus::Merged;
        p.mergedInto = key;
        changes.set(p);
        for (const QString &childKey : set.childrenOf(source->key)) {
            Proposal child = changes.current(childKey);
            child.parent = key;
            child.position = childPosition++;
            changes.set(child);
        }
        edit.addedEdges << LineageEdge{source->key, key, LineageKind::Merge, {}};
    }
    edit.added << merged;
    changes.writeTo(edit);
    return edit;
}

Result<ProposalEdit> planSplit(const ProposalSet &set, const QString &key, const QStringList &texts,
                               const QStringList &newKeys)
{
    const Proposal *original = set.find(key);
    if (!original)
        return noSuchProposal(key);
    if (Status s = checkNotMerged(*original); !s)
        return s;
    QStringList parts;
    for (const QString &t : texts) {
        if (t.trimmed().isEmpty())
            return Error{Proposals::tr("Each part of a split needs a text."), {}};
        parts << t.trimmed();
    }
    if (parts.size() < 2)
        return Error{Proposals::tr("Give at least two texts to split a proposal into."), {}};
    if (!newKeys.isEmpty() && newKeys.size() != parts.size())
        return Error{
            Proposals::tr("%1 keys were given for %2 new proposals.").arg(newKeys.size()).arg(parts.size()),
            {}};
    const QStringList keys = newKeys.isEmpty() ? nextProposalKeys(set, int(parts.size())) : newKeys;
    if (Status s = checkNewKeys(set, keys); !s)
        return s;

    ProposalEdit edit;
    ChangeList changes(set);
    const int at = original->position;
    const int extra = int(parts.size()) - 1;
    if (at >= 0)
        for (const QString &k : listOf(set, *original)) {
            Proposal p = changes.current(k);
            if (k != key && p.position > at) {
                p.position += extra;
                changes.set(p);
            }
        }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        Proposal part = *original;
        part.id = 0;
        part.key = keys.at(i);
        part.text = parts.at(i);
        part.position = at >= 0 ? at + int(i) : -1;
        edit.added << part;
        edit.addedEdges << LineageEdge{key, part.key, LineageKind::Split, {}};
    }
    for (const QString &childKey : set.childrenOf(key)) {
        Proposal child = changes.current(childKey);
        child.parent = keys.constFirst();
        changes.set(child);
    }
    Proposal split = changes.current(key);
    split.status = ProposalStatus::Merged;
    split.mergedInto.clear();
    changes.set(split);
    changes.writeTo(edit);
    return edit;
}

QStringList originsOf(const ProposalSet &set, const QString &key)
{
    return walk(set, key, &ProposalSet::sourcesOf);
}

QStringList descendantsOf(const ProposalSet &set, const QString &key)
{
    return walk(set, key, &ProposalSet::targetsOf);
}

} // namespace cordee
