#pragma once

#include "proposal.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cordee {

/// A change to a forum's proposals, told by what was and what becomes: what a merge, a split, a reorder or
/// an edit writes, and, inverted, what undoes it. Pure data: the models layer keeps one per undo command and
/// gives it to ProposalRepository::apply() and to applyTo() its in-memory copy.
struct ProposalEdit
{
    QList<Proposal> added;   ///< proposals that did not exist
    QList<Proposal> removed; ///< proposals that go, as they were
    QList<Proposal> before;  ///< proposals that change, as they were
    QList<Proposal> after;   ///< the same proposals, in the same order, as they become
    QList<LineageEdge> addedEdges;
    QList<LineageEdge> removedEdges;

    bool isEmpty() const;
    /// The edit that undoes this one.
    ProposalEdit inverted() const;
    /// Applies the edit to `set`: added keys must be free and the others exist, or nothing changes and
    /// the error says which proposal is missing or there already.
    Status applyTo(ProposalSet &set) const;
    /// The proposal set after the edit (a copy), or the reason it does not apply.
    Result<ProposalSet> appliedTo(const ProposalSet &set) const;

    bool operator==(const ProposalEdit &) const = default;
};

/// What turns `from` into `to`: proposals compared by key (added, removed, changed), edges by their ends and
/// kind. diffProposals(a, b).applyTo(a) gives b's proposals and edges (in a's order for those it had).
ProposalEdit diffProposals(const ProposalSet &from, const ProposalSet &to);

/// The position after the last of the list `proposal` would be in (see Proposal): 0 for an empty list.
/// `proposal` itself is not counted.
int appendPosition(const ProposalSet &set, const Proposal &proposal);

/// The keys of the list `proposal` is in (sub-points of its parent, the retained proposals, or the other
/// proposals of its workshop), in order, itself included when it is in `set`.
QStringList listOf(const ProposalSet &set, const Proposal &proposal);

/// Adds `proposal`; an empty key gets nextProposalKey(), a position of −1 the end of its list.
Result<ProposalEdit> planAdd(const ProposalSet &set, Proposal proposal);

/// Enter in the capture editor: adds `proposal` just after `afterKey` in the list they share (an empty key
/// gets nextProposalKey()); the later ones of that list move down by one. `afterKey` empty: first of its
/// list.
Result<ProposalEdit> planAddAfter(const ProposalSet &set, Proposal proposal, const QString &afterKey);

/// Alt+Up/Down: moves `key` by `delta` places in its list (stopping at either end).
Result<ProposalEdit> planMove(const ProposalSet &set, const QString &key, int delta);

/// Replaces the proposal that has `proposal.key` by `proposal` (its id kept). Nothing else moves.
Result<ProposalEdit> planUpdate(const ProposalSet &set, const Proposal &proposal);

/// Removes a proposal with its sub-points (at every depth) and the history edges that name any of them;
/// proposals that had been merged into one of them come back as Submitted, with no `mergedInto`.
Result<ProposalEdit> planRemove(const ProposalSet &set, const QString &key);

/// Gives `orderedKeys` the positions 0, 1, 2… in that order (one list: the retained proposals, a workshop's
/// or a proposal's sub-points). Only proposals whose position changes are in the edit.
Result<ProposalEdit> planReorder(const ProposalSet &set, const QStringList &orderedKeys);

/// Changes a proposal's status. Becoming Retained moves a proposal of its own to the end of the
/// declaration's order; leaving Retained moves it to the end of its workshop's list. Merged is refused: a
/// proposal is merged by planMerge().
Result<ProposalEdit> planSetStatus(const ProposalSet &set, const QString &key, ProposalStatus status);

/// Tab in the capture editor: makes `key` the last sub-point of the proposal just before it in its list.
/// Refused for the first of a list.
Result<ProposalEdit> planIndent(const ProposalSet &set, const QString &key);

/// Shift+Tab: makes the sub-point `key` a proposal of the list its parent is in, just after its parent (the
/// later ones of that list move down by one). Refused for a proposal that is not a sub-point.
Result<ProposalEdit> planOutdent(const ProposalSet &set, const QString &key);

} // namespace cordee
