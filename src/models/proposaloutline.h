#pragma once

#include "proposaledit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace cordee {

/// One line of an outline of proposals: a proposal and how deep it sits (0: a proposal of its own).
struct OutlineItem
{
    QString key;
    int depth = 0;
    bool operator==(const OutlineItem &) const = default;
};

/// The outlines the Proposals page shows, and the edits made in them, planned over the core's planners.
/// In an outline a proposal's siblings are those shown at its level; the core keeps retained proposals in the
/// declaration's order instead of their workshop's, so siblings may belong to two lists (see Proposal).
namespace outline {

/// A workshop's proposals (empty key: the plenary) as its rapporteur sees them: the proposals of their own
/// (see ProposalSet::topLevelOfWorkshop()), each followed by its sub-points at every depth.
QList<OutlineItem> ofWorkshop(const ProposalSet &set, const QString &workshop);

/// The outlines of several workshops one after the other (empty key: the plenary), made in one pass over
/// the set.
QList<OutlineItem> ofWorkshops(const ProposalSet &set, const QStringList &workshops);

/// The retained proposals in the declaration's order, each followed by its sub-points that are neither
/// merged nor rejected.
QList<OutlineItem> retained(const ProposalSet &set);

/// The keys shown at the level of `key` in the outline of its workshop, in order (itself included).
QStringList siblingsOf(const ProposalSet &set, const QString &key);

/// Tab: `key` becomes the last sub-point of the proposal just above it at its level. Refused for the first
/// of its level.
Result<ProposalEdit> planIndent(const ProposalSet &set, const QString &key);

/// Alt+Up/Down and drag and drop: moves `key` by `delta` places among its siblings (stopping at either
/// end). A retained proposal takes the place of the sibling it passes in the declaration's order; a move
/// between a proposal that is retained and one that is not is refused (the workshop's order and the
/// declaration's are two lists).
Result<ProposalEdit> planMove(const ProposalSet &set, const QString &key, int delta);

/// Sets the status of several proposals as one edit (those that have it already are left as they are).
Result<ProposalEdit> planSetStatuses(const ProposalSet &set, const QStringList &keys, ProposalStatus status);

/// Removes several proposals (each with its sub-points) as one edit.
Result<ProposalEdit> planRemoveAll(const ProposalSet &set, const QStringList &keys);

/// Groups the retained proposals by theme, themes in `themeOrder` (those without a theme last), keeping
/// the order within each theme.
Result<ProposalEdit> planGroupRetainedByTheme(const ProposalSet &set, const QStringList &themeOrder);

/// Enter: adds `proposal` just after `afterKey` when they share a list (see cordee::planAddAfter()), else
/// at the end of its own list (a draft after a retained proposal goes last among the workshop's drafts).
Result<ProposalEdit> planAddAfter(const ProposalSet &set, const Proposal &proposal, const QString &afterKey);

/// A proposal being started in an outline (after Enter, or in a workshop that has none yet). The file keeps
/// no proposal without text, so it is written with its first letter (planAddDraft()); until then it only
/// shows, just after `afterKey` and its sub-points.
struct DraftProposal
{
    Proposal proposal; ///< workshop, parent, theme, rapporteur; no key and no text yet
    QString afterKey;  ///< the proposal it follows; empty: the first of its workshop
    bool operator==(const DraftProposal &) const = default;
};

/// A draft after `afterKey` (empty: the first of `workshop`): a sibling of it, with its theme and
/// rapporteur, or the workshop's when it has none. After a retained proposal (the declaration's list), the
/// draft follows the last of the workshop's own proposals instead, where it will be written.
DraftProposal draftAfter(const ProposalSet &set, const QString &workshop, const QString &afterKey,
                         const QString &workshopTheme, qint64 workshopRapporteur);

/// Where a draft shows in `items` (the outline of its workshop): the index it comes before, and its depth;
/// {−1, −1} when the proposal it follows is not there any more.
std::pair<int, int> draftPlace(const ProposalSet &set, const QList<OutlineItem> &items,
                               const DraftProposal &draft);

/// Tab and Shift+Tab on a draft: it becomes a sub-point of the proposal above it at its level, or a
/// sibling of its parent again. False when it cannot.
bool indentDraft(const ProposalSet &set, DraftProposal &draft);
bool outdentDraft(const ProposalSet &set, DraftProposal &draft);

/// Writes a draft with its first `text`.
Result<ProposalEdit> planAddDraft(const ProposalSet &set, const DraftProposal &draft, const QString &text);

} // namespace outline
} // namespace cordee
