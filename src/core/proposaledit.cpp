#include "proposaledit.h"

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

/// True when the edge is in `edges` (same ends and kind).
bool containsEdge(const QList<LineageEdge> &edges, const LineageEdge &edge)
{
    return std::find(edges.cbegin(), edges.cend(), edge) != edges.cend();
}

/// Records in `edit` that `before` becomes `after`, unless nothing changes.
void recordChange(ProposalEdit &edit, const Proposal &before, const Proposal &after)
{
    if (before == after)
        return;
    edit.before << before;
    edit.after << after;
}

/// Gives the keys of `keys` the positions 0, 1… in `set` terms, recording the changes in `edit`; `moved`
/// holds proposals already changed in the edit (by key), which take their new state.
void renumber(const ProposalSet &set, const QStringList &keys, ProposalEdit &edit)
{
    for (int i = 0; i < keys.size(); ++i) {
        const qsizetype already = [&] {
            for (qsizetype j = 0; j < edit.after.size(); ++j)
                if (edit.after.at(j).key == keys.at(i))
                    return j;
            return qsizetype(-1);
        }();
        if (already >= 0) {
            edit.after[already].position = i;
            continue;
        }
        const Proposal *p = set.find(keys.at(i));
        if (!p || p->position == i)
            continue;
        Proposal moved = *p;
        moved.position = i;
        recordChange(edit, *p, moved);
    }
}

} // namespace

bool ProposalEdit::isEmpty() const
{
    return added.isEmpty() && removed.isEmpty() && before.isEmpty() && addedEdges.isEmpty() &&
           removedEdges.isEmpty();
}

ProposalEdit ProposalEdit::inverted() const
{
    return ProposalEdit{removed, added, after, before, removedEdges, addedEdges};
}

Status ProposalEdit::applyTo(ProposalSet &set) const
{
    auto result = appliedTo(set);
    if (!result)
        return result.status();
    set = std::move(result).value();
    return {};
}

Result<ProposalSet> ProposalEdit::appliedTo(const ProposalSet &set) const
{
    ProposalSet out = set;
    for (const LineageEdge &e : removedEdges) {
        const auto it = std::find(out.lineage.cbegin(), out.lineage.cend(), e);
        if (it == out.lineage.cend())
            return Error{Proposals::tr("The history has no step from %1 to %2.").arg(e.source, e.target), {}};
        out.lineage.erase(it);
    }
    for (const Proposal &p : removed) {
        const qsizetype i = out.indexOf(p.key);
        if (i < 0)
            return noSuchProposal(p.key);
        out.proposals.removeAt(i);
    }
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
        Proposal *p = out.find(before.at(i).key);
        if (!p)
            return noSuchProposal(before.at(i).key);
        if (after.at(i).key != p->key)
            return Error{
                Proposals::tr("A proposal's key cannot change (%1 → %2).").arg(p->key, after.at(i).key), {}};
        *p = after.at(i);
    }
    for (const Proposal &p : added) {
        if (out.contains(p.key))
            return Error{Proposals::tr("A proposal with the key \"%1\" exists already.").arg(p.key), {}};
        out.proposals << p;
    }
    for (const LineageEdge &e : addedEdges)
        if (!containsEdge(out.lineage, e))
            out.lineage << e;
    return out;
}

ProposalEdit diffProposals(const ProposalSet &from, const ProposalSet &to)
{
    ProposalEdit edit;
    const QHash<QString, qsizetype> toIndex = to.keyIndex();
    const QHash<QString, qsizetype> fromIndex = from.keyIndex();
    for (const Proposal &p : from.proposals) {
        const qsizetype i = toIndex.value(p.key, -1);
        if (i < 0)
            edit.removed << p;
        else
            recordChange(edit, p, to.proposals.at(i));
    }
    for (const Proposal &p : to.proposals)
        if (!fromIndex.contains(p.key))
            edit.added << p;
    for (const LineageEdge &e : from.lineage)
        if (!containsEdge(to.lineage, e))
            edit.removedEdges << e;
    for (const LineageEdge &e : to.lineage)
        if (!containsEdge(from.lineage, e))
            edit.addedEdges << e;
    return edit;
}

QStringList listOf(const ProposalSet &set, const Proposal &proposal)
{
    QStringList keys;
    for (const Proposal &p : set.proposals) {
        const bool same = !proposal.parent.isEmpty()
                              ? p.parent == proposal.parent
                              : p.parent.isEmpty() && (proposal.status == ProposalStatus::Retained
                                                           ? p.status == ProposalStatus::Retained
                                                           : p.status != ProposalStatus::Retained &&
                                                                 p.workshop == proposal.workshop);
        if (same)
            keys << p.key;
    }
    sortByPosition(set, keys);
    return keys;
}

int appendPosition(const ProposalSet &set, const Proposal &proposal)
{
    int last = -1;
    for (const QString &key : listOf(set, proposal))
        if (key != proposal.key)
            last = std::max(last, set.find(key)->position);
    return last + 1;
}

Result<ProposalEdit> planAdd(const ProposalSet &set, Proposal proposal)
{
    if (proposal.key.isEmpty())
        proposal.key = nextProposalKey(set);
    if (set.contains(proposal.key))
        return Error{Proposals::tr("A proposal with the key \"%1\" exists already.").arg(proposal.key), {}};
    if (!proposal.parent.isEmpty() && !set.contains(proposal.parent))
        return noSuchProposal(proposal.parent);
    if (proposal.position < 0)
        proposal.position = appendPosition(set, proposal);
    ProposalEdit edit;
    edit.added << proposal;
    return edit;
}

Result<ProposalEdit> planAddAfter(const ProposalSet &set, Proposal proposal, const QString &afterKey)
{
    if (!afterKey.isEmpty() && !set.contains(afterKey))
        return noSuchProposal(afterKey);
    auto planned = planAdd(set, proposal);
    if (!planned)
        return planned;
    ProposalEdit edit = std::move(planned).value();
    Proposal &added = edit.added.first();
    QStringList list = listOf(set, added);
    if (!afterKey.isEmpty() && !list.contains(afterKey))
        return Error{Proposals::tr("The proposal %1 is not in the same list as the new one.").arg(afterKey),
                     {}};
    const int at = afterKey.isEmpty() ? 0 : int(list.indexOf(afterKey)) + 1;
    added.position = at;
    // The others keep their order around the new one: 0…at−1, then at+1…
    for (int i = 0; i < list.size(); ++i) {
        const Proposal *p = set.find(list.at(i));
        const int position = i < at ? i : i + 1;
        if (p->position == position)
            continue;
        Proposal moved = *p;
        moved.position = position;
        recordChange(edit, *p, moved);
    }
    return edit;
}

Result<ProposalEdit> planMove(const ProposalSet &set, const QString &key, int delta)
{
    const Proposal *p = set.find(key);
    if (!p)
        return noSuchProposal(key);
    QStringList list = listOf(set, *p);
    const qsizetype from = list.indexOf(key);
    const qsizetype to = std::clamp<qsizetype>(from + delta, 0, list.size() - 1);
    list.move(from, to);
    return planReorder(set, list);
}

Result<ProposalEdit> planUpdate(const ProposalSet &set, const Proposal &proposal)
{
    const Proposal *old = set.find(proposal.key);
    if (!old)
        return noSuchProposal(proposal.key);
    Proposal updated = proposal;
    updated.id = old->id;
    ProposalEdit edit;
    recordChange(edit, *old, updated);
    return edit;
}

Result<ProposalEdit> planRemove(const ProposalSet &set, const QString &key)
{
    if (!set.contains(key))
        return noSuchProposal(key);
    // The proposal and its sub-points at every depth, parents before their sub-points.
    QStringList gone{key};
    for (qsizetype i = 0; i < gone.size(); ++i)
        for (const Proposal &p : set.proposals)
            if (p.parent == gone.at(i) && !gone.contains(p.key))
                gone << p.key;
    ProposalEdit edit;
    for (const QString &k : std::as_const(gone))
        edit.removed << *set.find(k);
    for (const LineageEdge &e : set.lineage)
        if (gone.contains(e.source) || gone.contains(e.target))
            edit.removedEdges << e;
    for (const Proposal &p : set.proposals) {
        if (gone.contains(p.key) || !gone.contains(p.mergedInto))
            continue;
        Proposal back = p;
        back.mergedInto.clear();
        back.status = ProposalStatus::Submitted;
        recordChange(edit, p, back);
    }
    return edit;
}

Result<ProposalEdit> planReorder(const ProposalSet &set, const QStringList &orderedKeys)
{
    for (const QString &key : orderedKeys)
        if (!set.contains(key))
            return noSuchProposal(key);
    if (QSet<QString>(orderedKeys.cbegin(), orderedKeys.cend()).size() != orderedKeys.size())
        return Error{Proposals::tr("A proposal is given twice in the new order."), {}};
    ProposalEdit edit;
    renumber(set, orderedKeys, edit);
    return edit;
}

Result<ProposalEdit> planSetStatus(const ProposalSet &set, const QString &key, ProposalStatus status)
{
    const Proposal *old = set.find(key);
    if (!old)
        return noSuchProposal(key);
    if (status == ProposalStatus::Merged && old->status != ProposalStatus::Merged)
        return Error{Proposals::tr("A proposal is marked as merged by merging it with others."), {}};
    Proposal changed = *old;
    changed.status = status;
    if (status != ProposalStatus::Merged)
        changed.mergedInto.clear();
    const bool wasRetained = old->status == ProposalStatus::Retained;
    const bool isRetained = status == ProposalStatus::Retained;
    if (!old->isSubPoint() && wasRetained != isRetained)
        changed.position = appendPosition(set, changed);
    ProposalEdit edit;
    recordChange(edit, *old, changed);
    return edit;
}

Result<ProposalEdit> planIndent(const ProposalSet &set, const QString &key)
{
    const Proposal *old = set.find(key);
    if (!old)
        return noSuchProposal(key);
    const QStringList list = listOf(set, *old);
    const qsizetype at = list.indexOf(key);
    if (at <= 0)
        return Error{Proposals::tr("The first proposal of a list cannot become a sub-point: there is no "
                                   "proposal before it."),
                     {}};
    Proposal changed = *old;
    changed.parent = list.at(at - 1);
    changed.position = appendPosition(set, changed);
    ProposalEdit edit;
    recordChange(edit, *old, changed);
    return edit;
}

Result<ProposalEdit> planOutdent(const ProposalSet &set, const QString &key)
{
    const Proposal *old = set.find(key);
    if (!old)
        return noSuchProposal(key);
    if (!old->isSubPoint())
        return Error{Proposals::tr("The proposal %1 is not a sub-point.").arg(key), {}};
    const Proposal *parent = set.find(old->parent);
    if (!parent)
        return noSuchProposal(old->parent);
    Proposal changed = *old;
    changed.parent = parent->parent;
    QStringList list = listOf(set, changed);
    list.removeAll(key);
    const qsizetype parentAt = list.indexOf(parent->key);
    list.insert(parentAt < 0 ? list.size() : parentAt + 1, key);
    ProposalEdit edit;
    recordChange(edit, *old, changed);
    if (edit.after.isEmpty()) // cannot happen: the parent changes
        return edit;
    renumber(set, list, edit);
    return edit;
}

} // namespace cordee
