#include "assignmentrepository.h"

#include "forumrepository.h"
#include "sqlcheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Storage::tr the same way).
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

/// workshop key → (workshop id, slot key, slot id)
struct WorkshopRef
{
    qint64 id = 0;
    QString slot;
    qint64 slotId = 0;
};

Result<QHash<QString, WorkshopRef>> workshopRefs(const QSqlDatabase &db, const QString &what)
{
    QSqlQuery q(db);
    if (Status s = sql::exec(
            q,
            QStringLiteral(
                "SELECT w.key, w.id, s.key, s.id FROM workshop w JOIN time_slot s ON s.id = w.slot_id"),
            {}, what);
        !s)
        return s;
    QHash<QString, WorkshopRef> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   WorkshopRef{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
    return out;
}

/// Checks that every slot key exists, so that a typo never passes for "nothing to delete".
Status checkSlotKeys(const QSqlDatabase &db, const QStringList &slotKeys, const QString &what)
{
    const auto ids = ForumRepository(db).keyIds(QStringLiteral("time_slot"));
    if (!ids)
        return ids.status();
    for (const QString &key : slotKeys)
        if (!ids->contains(key))
            return Error{Storage::tr("No time slot is called \"%1\".").arg(key), what};
    return {};
}

} // namespace

AssignmentRepository::AssignmentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<AssignmentRow>> AssignmentRepository::loadAll() const
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q,
                      QStringLiteral("SELECT a.participant_id, w.key, s.key, a.pinned FROM assignment a "
                                     "JOIN workshop w ON w.id = a.workshop_id "
                                     "JOIN time_slot s ON s.id = w.slot_id "
                                     "ORDER BY s.day, s.start_time, s.key, w.key, a.participant_id"),
                      {}, Storage::tr("reading the workshops' members"));
        !s)
        return s;
    QList<AssignmentRow> out;
    while (q.next())
        out << AssignmentRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toBool()};
    return out;
}

Status AssignmentRepository::replaceSlots(const QStringList &slotKeys,
                                          const QList<AssignmentRow> &assignments)
{
    const QString what = Storage::tr("saving the workshops' members");
    if (Status s = checkSlotKeys(m_db, slotKeys, what); !s)
        return s;
    const auto workshops = workshopRefs(m_db, what);
    if (!workshops)
        return workshops.status();
    const QSet<QString> replaced(slotKeys.cbegin(), slotKeys.cend());
    QSqlQuery q(m_db);
    for (const QString &key : slotKeys)
        if (Status s = sql::exec(
                q,
                QStringLiteral(
                    "DELETE FROM assignment WHERE slot_id IN (SELECT id FROM time_slot WHERE key = ?)"),
                {key}, what);
            !s)
            return s;
    if (Status s =
            sql::prepare(q,
                         QStringLiteral("INSERT INTO assignment (participant_id, workshop_id, slot_id, "
                                        "pinned) VALUES (?, ?, ?, ?)"),
                         what);
        !s)
        return s;
    for (const AssignmentRow &a : assignments) {
        const auto w = workshops->constFind(a.workshop);
        if (w == workshops->cend())
            return Error{Storage::tr("No workshop is called \"%1\".").arg(a.workshop), what};
        if (!replaced.contains(w->slot) || (!a.slot.isEmpty() && a.slot != w->slot))
            return Error{
                Storage::tr("The workshop \"%1\" is not in the slots being replaced.").arg(a.workshop), what};
        for (const QVariant &v :
             {QVariant(a.participantId), QVariant(w->id), QVariant(w->slotId), QVariant(int(a.pinned))})
            sql::bind(q, v);
        if (Status s = sql::exec(q, what); !s)
            return s;
    }
    return {};
}

Status AssignmentRepository::setPlacement(qint64 participantId, const QString &slotKey,
                                          const QString &workshopKey, bool pinned)
{
    const QString what = Storage::tr("saving the workshops' members");
    if (Status s = checkSlotKeys(m_db, {slotKey}, what); !s)
        return s;
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("DELETE FROM assignment WHERE participant_id = ? "
                                            "AND slot_id IN (SELECT id FROM time_slot WHERE key = ?)"),
                             {participantId, slotKey}, what);
        !s || workshopKey.isEmpty())
        return s;
    const auto workshops = workshopRefs(m_db, what);
    if (!workshops)
        return workshops.status();
    const auto w = workshops->constFind(workshopKey);
    if (w == workshops->cend())
        return Error{Storage::tr("No workshop is called \"%1\".").arg(workshopKey), what};
    if (w->slot != slotKey)
        return Error{Storage::tr("The workshop \"%1\" is not in the slot \"%2\".").arg(workshopKey, slotKey),
                     what};
    return sql::exec(q,
                     QStringLiteral("INSERT INTO assignment (participant_id, workshop_id, slot_id, pinned) "
                                    "VALUES (?, ?, ?, ?)"),
                     {participantId, w->id, w->slotId, int(pinned)}, what);
}

Status AssignmentRepository::deleteWorkshopsOfSlots(const QStringList &slotKeys)
{
    const QString what = Storage::tr("removing workshops");
    if (Status s = checkSlotKeys(m_db, slotKeys, what); !s)
        return s;
    QSqlQuery q(m_db);
    // A workshop's proposals would lose where they were said: refused, like removing such a workshop.
    for (const QString &key : slotKeys) {
        if (Status s = sql::exec(q,
                                 QStringLiteral("SELECT COUNT(*) FROM proposal p JOIN workshop w ON w.id = "
                                                "p.workshop_id JOIN time_slot s ON s.id = w.slot_id WHERE "
                                                "s.key = ?"),
                                 {key}, what);
            !s)
            return s;
        if (q.next() && q.value(0).toInt() > 0)
            return Error{Storage::tr("The workshops of the slot \"%1\" hold %n proposal(s): they cannot be "
                                     "removed.",
                                     nullptr, q.value(0).toInt())
                             .arg(key),
                         what};
    }
    for (const QString &key : slotKeys) {
        // Placements first: the schema cascades, but only when foreign keys are on for this connection.
        for (const QString &sqlText :
             {QStringLiteral(
                  "DELETE FROM assignment WHERE slot_id IN (SELECT id FROM time_slot WHERE key = ?)"),
              QStringLiteral(
                  "DELETE FROM workshop WHERE slot_id IN (SELECT id FROM time_slot WHERE key = ?)")})
            if (Status s = sql::exec(q, sqlText, {key}, what); !s)
                return s;
    }
    return {};
}

Status AssignmentRepository::insertWorkshops(QList<Workshop> &workshops)
{
    ForumRepository forum(m_db);
    for (Workshop &w : workshops)
        if (Status s = forum.insertWorkshop(w); !s)
            return s;
    return {};
}

} // namespace cordee
