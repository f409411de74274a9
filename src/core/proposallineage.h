#pragma once

#include "proposaledit.h"

#include <QString>
#include <QStringList>

namespace cordee {

/// Merging and splitting proposals, pure: each returns the ProposalEdit to write (and to undo), the
/// originals always kept. See ProposalSet::sourcesOf()/targetsOf() for reading the history back.

/// The text a merge of `keys` starts from: the originals' texts in that order, one paragraph each.
QString mergeTextDraft(const ProposalSet &set, const QStringList &keys);

/// Merges the proposals `keys` (two or more, none merged already, none a sub-point of another of them) into
/// a new proposal with `text` and the key `newKey` (empty: nextProposalKey()). The new proposal takes:
/// - the workshop they share (else the plenary), the parent they share (else none), the theme most of them
///   have (the first one's on a tie), the rapporteur they share (else none);
/// - every SDG and actor of theirs, and the sum of their known supports (−1 when none is known);
/// - Retained when any of them was, else Submitted; the best position of those of them that were in the
///   list it goes to (see Proposal), or the end of that list when none was.
/// The originals become Merged with `mergedInto` the new key; their sub-points move under the new proposal,
/// in the originals' order; one "merge" edge leads from each original to the new proposal.
Result<ProposalEdit> planMerge(const ProposalSet &set, const QStringList &keys, const QString &text,
                               const QString &newKey = {});

/// Splits the proposal `key` into one new proposal per text of `texts` (two or more, none empty), keyed
/// `newKeys` (empty: nextProposalKeys()). The new proposals take the original's workshop, parent, theme,
/// SDGs, actors, support, rapporteur and status, and its place in its list, one after the other (the later
/// proposals of that list move down); its sub-points go under the first of them. The original becomes
/// Merged with no `mergedInto`; one "split" edge leads from it to each new proposal.
Result<ProposalEdit> planSplit(const ProposalSet &set, const QString &key, const QStringList &texts,
                               const QStringList &newKeys = {});

/// Every proposal `key` came from, through merges and splits at any depth, nearest first (for the history
/// panel: "P-0042 ← P-0007, P-0013 ← …").
QStringList originsOf(const ProposalSet &set, const QString &key);

/// Where `key` went: the proposals it was merged or split into, and theirs in turn, nearest first.
QStringList descendantsOf(const ProposalSet &set, const QString &key);

} // namespace cordee
