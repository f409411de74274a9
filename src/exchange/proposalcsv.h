#pragma once

#include "forum.h"
#include "proposaledit.h"
#include "texttable.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cordee {

/// Proposals as CSV, for `cordee-cli import proposals` and `export proposals` (and the pages' import and
/// export). Columns, by their header (case-blind, in any order):
///
/// - `key` (required): the proposal's stable key; a row whose key is already in the forum updates that
///   proposal, an empty key makes a new proposal with the next free key ("P-0042");
/// - `workshop`: a workshop key, empty for the plenary;
/// - `text`;
/// - `status`: draft, submitted, retained, rejected or merged (empty: draft);
/// - `order`: the proposal's place, from 1, among the retained proposals (the declaration's order) for a
///   retained one, among the sub-points of its parent for a sub-point, among its workshop's proposals
///   otherwise; empty when it has none;
/// - `parent`: the key of the proposal it is a sub-point of, empty for a proposal of its own;
/// - `theme`: a theme key (or title); `tags`: SDGs and actors (see tagsToText()); `support`: how many
///   supported it, empty when unknown;
/// - `merged_into`: the key of the proposal it was merged into; `sources`: what it was made from, as
///   "merge:P-0003;merge:P-0007" or "split:P-0002".
///
/// A column that is there says the whole truth for the rows of the file (an empty cell clears the value); a
/// column that is not there leaves the existing proposals' values as they are.

/// The columns the export writes, in order.
QStringList proposalCsvColumns();

/// "sdg:8;sdg:12;actor:States;actor:UNDP": SDGs ascending then actors, separated by semicolons.
QString tagsToText(const QList<int> &sdgs, const QStringList &actors);

/// What a tags cell holds. Items are separated by semicolons; "sdg:N" (N from 1 to 17), "SDG N", "ODD N",
/// "ODS N" or a bare number name a goal, "actor:NAME" or any other text an actor. `errors` gets one message
/// per item that cannot be read (a goal outside 1…17, an unknown "kind:").
struct Tags
{
    QList<int> sdgs;
    QStringList actors;
    QStringList errors;
};
Tags parseTags(const QString &text);

/// Writes every proposal as CSV (UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, formula starters
/// defused with an apostrophe), workshop by workshop (the plenary first), each list in its order with its
/// sub-points after their parent.
QByteArray proposalsToCsv(const ProposalSet &set);

/// What an import would do, computed before anything is written.
struct ProposalImportPlan
{
    ProposalEdit edit; ///< what to write; empty when anything is refused
    int created = 0;   ///< rows that make new proposals
    int updated = 0;   ///< rows that change an existing proposal
    int unchanged = 0; ///< rows that match their proposal already
    int refused = 0;   ///< rows with a problem that stops the import
    QString unusable;  ///< why the table cannot be imported at all (no key column); empty otherwise
    QList<ImportProblem> problems; ///< by row; any Refused problem means nothing is imported

    bool hasProblems() const { return !problems.isEmpty(); }
    /// True when nothing stops the import (warnings may remain).
    bool canWrite() const { return unusable.isEmpty() && !hasRefusedProblem(); }
    bool hasRefusedProblem() const;
};

/// Plans the import of `table` into a forum that has `existing` proposals, `workshops` and `themes`. Every
/// problem is reported by spreadsheet row (the header is row 1) and column: an unknown workshop, theme or
/// status, an order that is not a whole number from 1, a support that is not a whole number, an empty text,
/// a key given twice or malformed, a parent or a merged_into that is unknown, itself, or makes a cycle, a
/// merged_into on a proposal whose status is not merged, a bad tag or source. Any such row stops the whole
/// import; an unknown column or a ragged row is a warning.
ProposalImportPlan planProposalImport(const TextTable &table, const ProposalSet &existing,
                                      const QList<Workshop> &workshops, const QList<Theme> &themes);

} // namespace cordee
