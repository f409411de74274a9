#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cordee {

/// One proposal of a workshop (or of the plenary), typed by its rapporteur and curated by the synthesis
/// committee. Workshops, themes and other proposals are named by their stable keys, as everywhere in core.
///
/// `position` orders a proposal within its list, and a proposal is in one list at a time:
/// - a sub-point (`parent` set): among the sub-points of its parent;
/// - a retained proposal: among all retained proposals, the declaration's order;
/// - any other: among the proposals of its workshop (the rapporteur's order).
/// Lists are sorted by position then key; −1 (no position) comes last. Positions need not be consecutive.
struct Proposal
{
    qint64 id = 0;    ///< 0 until stored
    QString key;      ///< stable and unique, e.g. "P-0042"
    QString workshop; ///< workshop key; empty for the plenary
    QString parent;   ///< key of the proposal this one is a sub-point of; empty for a proposal of its own
    QString theme;    ///< theme key, may be empty
    QString text;
    ProposalStatus status = ProposalStatus::Draft;
    int position = -1;       ///< see above; −1 when not placed
    QList<int> sdgs;         ///< Sustainable Development Goals 1…17 (see sdg.h), ascending, no repeats
    QStringList actors;      ///< the actors the proposal calls on, free tags ("States", "UNDP"), sorted (see
                             ///< normalizedActors())
    int support = -1;        ///< how many supported it in the room; −1 when unknown
    qint64 rapporteurId = 0; ///< participant id; 0 when unknown
    QString mergedInto;      ///< key of the proposal this one was merged into (status Merged)

    bool isSubPoint() const { return !parent.isEmpty(); }
    bool operator==(const Proposal &) const = default;
};

enum class LineageKind { Merge, Split };

/// One step of the proposals' history: `source` was merged (with others) or split into `target`.
struct LineageEdge
{
    QString source; ///< proposal key
    QString target; ///< proposal key
    LineageKind kind = LineageKind::Merge;
    QDateTime at; ///< when, in UTC; invalid until stored (the file sets the time of writing)

    /// Edges are the same when they link the same proposals the same way, whenever they were made.
    bool operator==(const LineageEdge &o) const
    {
        return source == o.source && target == o.target && kind == o.kind;
    }
};

namespace lineagekind {
QString key(LineageKind kind);                          ///< "merge", "split" (stored, written in CSV)
QString label(LineageKind kind);                        ///< translated
std::optional<LineageKind> fromKey(const QString &key); ///< case-blind
} // namespace lineagekind

/// A forum's proposals and their history, as held in memory. Lookups by key are linear: a forum has
/// hundreds of proposals, not millions; build a QHash (keyIndex()) for loops over all of them.
struct ProposalSet
{
    QList<Proposal> proposals;
    QList<LineageEdge> lineage;

    qsizetype indexOf(const QString &key) const;
    const Proposal *find(const QString &key) const;
    Proposal *find(const QString &key);
    bool contains(const QString &key) const { return indexOf(key) >= 0; }
    QHash<QString, qsizetype> keyIndex() const; ///< key → index in `proposals`
    QSet<QString> keys() const;

    /// The edges that lead to `key` (what it was made from) and from it (what it became).
    QList<LineageEdge> sourcesOf(const QString &key) const;
    QList<LineageEdge> targetsOf(const QString &key) const;

    /// The sub-points of `key` in their order; of every proposal of its own when `key` is empty.
    QStringList childrenOf(const QString &key) const;
    /// The proposals of a workshop that are not sub-points (empty `workshop`: the plenary): those not
    /// retained in the rapporteur's order, then the retained ones in the declaration's order.
    QStringList topLevelOfWorkshop(const QString &workshop) const;
    /// The retained proposals that are not sub-points, in the declaration's order.
    QStringList retainedInOrder() const;
    /// How deep a proposal is: 0 for a proposal of its own, 1 for its sub-points… (−1 for an unknown key;
    /// a cycle counts as deep as the set is large).
    int depth(const QString &key) const;

    bool operator==(const ProposalSet &) const = default;
};

/// Sorts keys of `set` by position (unplaced last), then key.
void sortByPosition(const ProposalSet &set, QStringList &keys);

/// A key no proposal of `set` has, and none of `taken`: "P-" and the next number after the highest "P-n"
/// in use, four digits at least ("P-0042").
QString nextProposalKey(const ProposalSet &set, const QSet<QString> &taken = {});
/// `count` such keys, ascending.
QStringList nextProposalKeys(const ProposalSet &set, int count, const QSet<QString> &taken = {});

/// True for a key that can be written in the file and in CSV: not empty, no spaces, no ';' or ','.
bool isValidProposalKey(const QString &key);

/// The SDG numbers in order without repeats, those outside 1…17 left out.
QList<int> normalizedSdgs(QList<int> goals);
/// Actors trimmed, empty ones and case- and accent-blind repeats left out (the first spelling kept), sorted
/// case- and accent-blind.
QStringList normalizedActors(const QStringList &actors);

/// A problem of a proposal set, for people: which proposal (key, may be empty for a lineage edge) and what.
struct ProposalProblem
{
    QString key;
    QString message;
    bool operator==(const ProposalProblem &) const = default;
};

/// Everything that would make a proposal set wrong: keys missing, malformed or repeated, empty texts,
/// unknown workshops or themes (when `workshopKeys`/`themeKeys` are given, i.e. not null), a parent that is
/// unknown, itself or part of a cycle, a `mergedInto` that is unknown or itself or set
/// on a proposal whose status is not Merged, SDGs outside 1…17, a support below −1, lineage edges that name
/// unknown proposals or link a proposal to itself.
QList<ProposalProblem> validateProposals(const ProposalSet &set, const QSet<QString> *workshopKeys = nullptr,
                                         const QSet<QString> *themeKeys = nullptr);

} // namespace cordee
