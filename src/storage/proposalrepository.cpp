#include "proposalrepository.h"

#include "forumrepository.h"
#include "sqlcheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Storage::tr the same way).
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : now();
}

/// Columns written by insert and update, in the order of rowValues().
const QString kWritten =
    QStringLiteral("workshop_id, theme_id, text, status, position, support, rapporteur_id");

Proposal fromRow(const QSqlQuery &q)
{
    // id, key, workshop key, parent key, theme key, text, status, position, support, rapporteur, merged into
    Proposal p;
    p.id = q.value(0).toLongLong();
    p.key = q.value(1).toString();
    p.workshop = q.value(2).toString();
    p.parent = q.value(3).toString();
    p.theme = q.value(4).toString();
    p.text = q.value(5).toString();
    p.status = vocab::proposalStatusFromKey(q.value(6).toString()).value_or(ProposalStatus::Draft);
    p.position = q.value(7).isNull() ? -1 : q.value(7).toInt();
    p.support = q.value(8).isNull() ? -1 : q.value(8).toInt();
    p.rapporteurId = q.value(9).toLongLong();
    p.mergedInto = q.value(10).toString();
    return p;
}

} // namespace

ProposalRepository::ProposalRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<ProposalSet> ProposalRepository::loadAll() const
{
    const QString what = Storage::tr("reading the proposals");
    ProposalSet set;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(
            q,
            QStringLiteral("SELECT p.id, p.key, w.key, parent.key, t.key, p.text, p.status, p.position, "
                           "p.support, p.rapporteur_id, merged.key FROM proposal p "
                           "LEFT JOIN workshop w ON w.id = p.workshop_id "
                           "LEFT JOIN proposal parent ON parent.id = p.parent_id "
                           "LEFT JOIN theme t ON t.id = p.theme_id "
                           "LEFT JOIN proposal merged ON merged.id = p.merged_into_id ORDER BY p.id"),
            {}, what);
        !s)
        return s;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        set.proposals << fromRow(q);
        index.insert(set.proposals.constLast().id, set.proposals.size() - 1);
    }
    if (Status s =
            sql::exec(q, QStringLiteral("SELECT proposal_id, kind, value FROM proposal_tag"), {}, what);
        !s)
        return s;
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        Proposal &p = set.proposals[*it];
        if (q.value(1).toString() == u"sdg")
            p.sdgs << q.value(2).toInt();
        else
            p.actors << q.value(2).toString();
    }
    for (Proposal &p : set.proposals) {
        p.sdgs = normalizedSdgs(p.sdgs);
        p.actors = normalizedActors(p.actors);
    }
    if (Status s =
            sql::exec(q,
                      QStringLiteral("SELECT s.key, t.key, l.kind, l.created_at FROM proposal_lineage l "
                                     "JOIN proposal s ON s.id = l.source_id "
                                     "JOIN proposal t ON t.id = l.target_id "
                                     "ORDER BY l.created_at, s.id, t.id"),
                      {}, what);
        !s)
        return s;
    while (q.next()) {
        QDateTime at = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        set.lineage << LineageEdge{q.value(0).toString(), q.value(1).toString(),
                                   lineagekind::fromKey(q.value(2).toString()).value_or(LineageKind::Merge),
                                   at};
    }
    return set;
}

Status ProposalRepository::refresh()
{
    const ForumRepository forum(m_db);
    for (const auto &[table, ids] : {std::pair{QStringLiteral("workshop"), &m_workshopIds},
                                     std::pair{QStringLiteral("theme"), &m_themeIds},
                                     std::pair{QStringLiteral("proposal"), &m_proposalIds}}) {
        auto read = forum.keyIds(table);
        if (!read)
            return read.status();
        *ids = std::move(read).value();
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id FROM participant"), {},
                             Storage::tr("reading the participants"));
        !s)
        return s;
    m_participantIds.clear();
    while (q.next())
        m_participantIds.insert(q.value(0).toLongLong());
    return {};
}

std::optional<qint64> ProposalRepository::idOf(const QHash<QString, qint64> &ids, const QString &key)
{
    if (key.isEmpty())
        return qint64(0);
    const auto it = ids.constFind(key);
    if (it == ids.cend())
        return std::nullopt;
    return *it;
}

Result<QVariantList> ProposalRepository::rowValues(const Proposal &p, const QString &what) const
{
    const auto workshop = idOf(m_workshopIds, p.workshop);
    if (!workshop)
        return Error{Storage::tr("No workshop is called \"%1\" (proposal %2).").arg(p.workshop, p.key), what};
    const auto theme = idOf(m_themeIds, p.theme);
    if (!theme)
        return Error{Storage::tr("No theme is called \"%1\" (proposal %2).").arg(p.theme, p.key), what};
    if (p.rapporteurId && !m_participantIds.contains(p.rapporteurId))
        return Error{Storage::tr("The rapporteur of the proposal %1 (participant %2) is not in the forum.")
                         .arg(p.key)
                         .arg(p.rapporteurId),
                     what};
    if (p.text.trimmed().isEmpty())
        return Error{Storage::tr("The proposal %1 has no text.").arg(p.key), what};
    return QVariantList{sql::nullIfZero(*workshop),
                        sql::nullIfZero(*theme),
                        p.text,
                        vocab::key(p.status),
                        p.position >= 0 ? QVariant(p.position) : QVariant(),
                        p.support >= 0 ? QVariant(p.support) : QVariant(),
                        sql::nullIfZero(p.rapporteurId),
                        p.key};
}

Status ProposalRepository::writeReferences(const Proposal &p, qint64 id, const QString &what)
{
    const auto parent = idOf(m_proposalIds, p.parent);
    if (!parent)
        return Error{
            Storage::tr("The proposal %1 is a sub-point of %2, which does not exist.").arg(p.key, p.parent),
            what};
    const auto merged = idOf(m_proposalIds, p.mergedInto);
    if (!merged)
        return Error{
            Storage::tr("The proposal %1 is merged into %2, which does not exist.").arg(p.key, p.mergedInto),
            what};
    QSqlQuery q(m_db);
    return sql::exec(q, QStringLiteral("UPDATE proposal SET parent_id = ?, merged_into_id = ? WHERE id = ?"),
                     {sql::nullIfZero(*parent), sql::nullIfZero(*merged), id}, what);
}

Status ProposalRepository::writeTags(qint64 id, const Proposal &p, const QString &what)
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("DELETE FROM proposal_tag WHERE proposal_id = ?"), {id}, what);
        !s)
        return s;
    if (Status s = sql::prepare(
            q, QStringLiteral("INSERT INTO proposal_tag (proposal_id, kind, value) VALUES (?, ?, ?)"), what);
        !s)
        return s;
    QList<std::pair<QString, QString>> tags;
    for (int goal : normalizedSdgs(p.sdgs))
        tags.emplace_back(QStringLiteral("sdg"), QString::number(goal));
    for (const QString &actor : normalizedActors(p.actors))
        tags.emplace_back(QStringLiteral("actor"), actor);
    for (const auto &[kind, value] : std::as_const(tags)) {
        q.addBindValue(id);
        q.addBindValue(kind);
        q.addBindValue(value);
        if (Status s = sql::exec(q, what); !s)
            return s;
    }
    return {};
}

Status ProposalRepository::insert(Proposal &proposal)
{
    QList<Proposal> one{proposal};
    if (Status s = insert(one); !s)
        return s;
    proposal.id = one.constFirst().id;
    return {};
}

Status ProposalRepository::insert(QList<Proposal> &proposals)
{
    const QString what = Storage::tr("saving a proposal");
    if (Status s = refresh(); !s)
        return s;
    QSqlQuery withId(m_db), withoutId(m_db);
    const QString columns = kWritten + QStringLiteral(", key, created_at, updated_at");
    const QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    if (Status s = sql::prepare(
            withoutId, QStringLiteral("INSERT INTO proposal (%1) VALUES (%2)").arg(columns, marks), what);
        !s)
        return s;
    if (Status s = sql::prepare(
            withId, QStringLiteral("INSERT INTO proposal (%1, id) VALUES (%2, ?)").arg(columns, marks), what);
        !s)
        return s;
    // Rows first, references second: a parent may come after its sub-points in the list.
    const QString time = now();
    for (Proposal &p : proposals) {
        if (!isValidProposalKey(p.key))
            return Error{Storage::tr("\"%1\" cannot be a proposal's key.").arg(p.key), what};
        if (m_proposalIds.contains(p.key))
            return Error{Storage::tr("A proposal with the key \"%1\" exists already.").arg(p.key), what};
        const auto values = rowValues(p, what);
        if (!values)
            return values.status();
        QSqlQuery &q = p.id ? withId : withoutId;
        for (const QVariant &v : *values)
            sql::bind(q, v);
        q.addBindValue(time);
        q.addBindValue(time);
        if (p.id)
            q.addBindValue(p.id);
        if (Status s = sql::exec(q, what); !s)
            return s;
        if (!p.id)
            p.id = q.lastInsertId().toLongLong();
        m_proposalIds.insert(p.key, p.id);
    }
    for (const Proposal &p : std::as_const(proposals)) {
        if (!p.parent.isEmpty() || !p.mergedInto.isEmpty())
            if (Status s = writeReferences(p, p.id, what); !s)
                return s;
        if (Status s = writeTags(p.id, p, what); !s)
            return s;
    }
    return {};
}

Status ProposalRepository::update(const Proposal &proposal)
{
    return update(QList<Proposal>{proposal});
}

Status ProposalRepository::update(const QList<Proposal> &proposals)
{
    const QString what = Storage::tr("saving a proposal");
    if (Status s = refresh(); !s)
        return s;
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q,
                                QStringLiteral("UPDATE proposal SET workshop_id = ?, theme_id = ?, text = ?, "
                                               "status = ?, position = ?, support = ?, rapporteur_id = ?, "
                                               "updated_at = ? WHERE key = ?"),
                                what);
        !s)
        return s;
    const QString time = now();
    for (const Proposal &p : proposals) {
        const qint64 id = m_proposalIds.value(p.key);
        if (!id)
            return Error{
                Storage::tr("No proposal is called \"%1\"; it may have been removed meanwhile.").arg(p.key),
                what};
        auto values = rowValues(p, what);
        if (!values)
            return values.status();
        values.value().insert(values->size() - 1, time);
        for (const QVariant &v : *values)
            sql::bind(q, v);
        if (Status s = sql::exec(q, what); !s)
            return s;
        if (Status s = writeReferences(p, id, what); !s)
            return s;
        if (Status s = writeTags(id, p, what); !s)
            return s;
    }
    return {};
}

Status ProposalRepository::remove(const QStringList &keys)
{
    const QString what = Storage::tr("removing a proposal");
    if (Status s = refresh(); !s)
        return s;
    QList<qint64> ids;
    for (const QString &key : keys) {
        const qint64 id = m_proposalIds.value(key);
        if (!id)
            return Error{
                Storage::tr("No proposal is called \"%1\"; it may have been removed meanwhile.").arg(key),
                what};
        ids << id;
    }
    // Sub-points at every depth, found here rather than left to ON DELETE CASCADE, which only works while
    // foreign keys are on for the connection.
    QSqlQuery q(m_db);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (Status s = sql::exec(q, QStringLiteral("SELECT id FROM proposal WHERE parent_id = ?"),
                                 {ids.at(i)}, what);
            !s)
            return s;
        while (q.next())
            if (!ids.contains(q.value(0).toLongLong()))
                ids << q.value(0).toLongLong();
    }
    for (qsizetype i = ids.size() - 1; i >= 0; --i) {
        const qint64 id = ids.at(i);
        for (const QString &statement :
             {QStringLiteral("DELETE FROM proposal_tag WHERE proposal_id = ?"),
              QStringLiteral("DELETE FROM proposal_lineage WHERE source_id = ? OR target_id = ?"),
              QStringLiteral("UPDATE proposal SET merged_into_id = NULL WHERE merged_into_id = ?"),
              QStringLiteral("DELETE FROM proposal WHERE id = ?")}) {
            const QVariantList values = statement.count(u'?') == 2 ? QVariantList{id, id} : QVariantList{id};
            if (Status s = sql::exec(q, statement, values, what); !s)
                return s;
        }
    }
    return {};
}

Status ProposalRepository::setPositions(const QList<std::pair<QString, int>> &positions)
{
    const QString what = Storage::tr("ordering the proposals");
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(
            q, QStringLiteral("UPDATE proposal SET position = ?, updated_at = ? WHERE key = ?"), what);
        !s)
        return s;
    const QString time = now();
    for (const auto &[key, position] : positions) {
        q.addBindValue(position >= 0 ? QVariant(position) : QVariant());
        q.addBindValue(time);
        q.addBindValue(key);
        if (Status s = sql::exec(q, what); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Error{
                Storage::tr("No proposal is called \"%1\"; it may have been removed meanwhile.").arg(key),
                what};
    }
    return {};
}

Status ProposalRepository::addLineage(const QList<LineageEdge> &edges)
{
    const QString what = Storage::tr("saving the history of the proposals");
    if (Status s = refresh(); !s)
        return s;
    QSqlQuery q(m_db);
    for (const LineageEdge &e : edges) {
        const auto source = idOf(m_proposalIds, e.source);
        const auto target = idOf(m_proposalIds, e.target);
        if (!source || !target)
            return Error{Storage::tr("No proposal is called \"%1\".").arg(source ? e.target : e.source),
                         what};
        if (*source == 0 || *target == 0 || *source == *target)
            return Error{Storage::tr("A step of the history must link two different proposals."), what};
        if (Status s = sql::exec(
                q, QStringLiteral("DELETE FROM proposal_lineage WHERE source_id = ? AND target_id = ?"),
                {*source, *target}, what);
            !s)
            return s;
        if (Status s = sql::exec(
                q,
                QStringLiteral("INSERT INTO proposal_lineage (source_id, target_id, kind, created_at) "
                               "VALUES (?, ?, ?, ?)"),
                {*source, *target, lineagekind::key(e.kind), stamp(e.at)}, what);
            !s)
            return s;
    }
    return {};
}

Status ProposalRepository::removeLineage(const QList<LineageEdge> &edges)
{
    const QString what = Storage::tr("saving the history of the proposals");
    QSqlQuery q(m_db);
    for (const LineageEdge &e : edges)
        if (Status s = sql::exec(q,
                                 QStringLiteral("DELETE FROM proposal_lineage WHERE kind = ? AND "
                                                "source_id IN (SELECT id FROM proposal WHERE key = ?) AND "
                                                "target_id IN (SELECT id FROM proposal WHERE key = ?)"),
                                 {lineagekind::key(e.kind), e.source, e.target}, what);
            !s)
            return s;
    return {};
}

Status ProposalRepository::apply(const ProposalEdit &edit)
{
    if (Status s = removeLineage(edit.removedEdges); !s)
        return s;
    QList<Proposal> added = edit.added;
    if (!added.isEmpty())
        if (Status s = insert(added); !s)
            return s;
    if (!edit.after.isEmpty())
        if (Status s = update(edit.after); !s)
            return s;
    if (!edit.removed.isEmpty()) {
        QStringList keys;
        for (const Proposal &p : edit.removed)
            keys << p.key;
        if (Status s = remove(keys); !s)
            return s;
    }
    return addLineage(edit.addedEdges);
}

} // namespace cordee
