#pragma once

#include "proposal.h"
#include "proposaledit.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace cordee {

/// The proposals in the forum file, with their tags (SDGs and actors) and their history (merges and splits).
/// In memory, workshops, themes and other proposals are named by key; in the file, by id. Writes are made
/// inside the caller's WriteTransaction, so that an import or a merge lands whole or not at all.
class ProposalRepository
{
public:
    explicit ProposalRepository(QSqlDatabase db);

    /// Every proposal (in the order they were written) and every history edge (oldest first). Tags come
    /// back normalised: SDGs ascending, actors in alphabetical order (the file keeps them as a set).
    Result<ProposalSet> loadAll() const;

    /// Inserts proposals with the keys they have, which must be free; one whose id is set keeps it (undo
    /// restores a removed proposal as it was). Workshops and themes must exist; parents and `mergedInto`
    /// may name proposals of the file or of `proposals`, in any order; rapporteurs must be participants.
    /// Fills in the ids.
    Status insert(QList<Proposal> &proposals);
    Status insert(Proposal &proposal);

    /// Saves proposals found by key (a key never changes), their tags replaced.
    Status update(const QList<Proposal> &proposals);
    Status update(const Proposal &proposal);

    /// Removes proposals with their sub-points at every depth, their tags and the history edges that name
    /// them; proposals merged into them keep their status but lose their `mergedInto`. Unknown keys are
    /// refused.
    Status remove(const QStringList &keys);

    /// Sets positions (key, position), e.g. after a drag and drop; −1 stores no position.
    Status setPositions(const QList<std::pair<QString, int>> &positions);

    /// Adds history edges (an edge between the same two proposals is replaced); an edge without a time
    /// gets the time of writing. Removes edges (those not stored are ignored).
    Status addLineage(const QList<LineageEdge> &edges);
    Status removeLineage(const QList<LineageEdge> &edges);

    /// Writes a planned edit (see ProposalEdit) in the order that keeps every reference sound: old edges
    /// out, new proposals in, changed ones saved, removed ones out, new edges in.
    Status apply(const ProposalEdit &edit);

private:
    /// Reads the key → id maps of workshops, themes and proposals, and the participants' ids.
    Status refresh();
    /// The id of `key` in `ids`: 0 for an empty key, nothing for an unknown one.
    static std::optional<qint64> idOf(const QHash<QString, qint64> &ids, const QString &key);
    /// The row's values in the order of the INSERT and UPDATE statements (key last), parent and
    /// mergedInto left out.
    Result<QVariantList> rowValues(const Proposal &p, const QString &what) const;
    Status writeReferences(const Proposal &p, qint64 id, const QString &what);
    Status writeTags(qint64 id, const Proposal &p, const QString &what);

    QSqlDatabase m_db;
    QHash<QString, qint64> m_workshopIds;
    QHash<QString, qint64> m_themeIds;
    QHash<QString, qint64> m_proposalIds;
    QSet<qint64> m_participantIds;
};

} // namespace cordee
