#include "personaldata.h"

#include "sqlcheck.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cordee::personaldata {

namespace {

struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

/// Every row `sql` yields for `id`, as JSON objects keyed by column name (NULL → null).
Result<QJsonArray> rows(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<QVariant> ids;
    for (qsizetype i = sql.count(u'?'); i > 0; --i)
        ids << id;
    if (Status s = sql::prepare(q, sql, Storage::tr("reading a person's data")); !s)
        return s;
    for (const QVariant &v : ids)
        q.addBindValue(v);
    if (Status s = sql::exec(q, Storage::tr("reading a person's data")); !s)
        return s;
    QJsonArray out;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QJsonObject o;
        for (int i = 0; i < record.count(); ++i)
            o.insert(record.fieldName(i), q.isNull(i) ? QJsonValue() : QJsonValue::fromVariant(q.value(i)));
        out << o;
    }
    return out;
}

} // namespace

Result<QByteArray> exportJson(ForumDatabase &db, qint64 participantId)
{
    const QSqlDatabase conn = db.connection();
    const auto person = rows(conn, QStringLiteral("SELECT * FROM participant WHERE id = ?"), participantId);
    if (!person)
        return person.error();
    if (person->isEmpty())
        return Error{Storage::tr("Participant %1 is not in the forum.").arg(participantId), {}};
    // One query per table that mentions a person, so nothing they could ask for is left out.
    const QList<std::pair<QString, QString>> parts{
        {QStringLiteral("theme_preferences"),
         QStringLiteral(
             "SELECT x.rank, t.key AS theme, t.title FROM participant_preference x JOIN theme t ON "
             "t.id = x.theme_id WHERE x.participant_id = ? ORDER BY x.rank")},
        {QStringLiteral("unavailable_slots"),
         QStringLiteral(
             "SELECT s.key AS slot, s.day, s.start_time, s.end_time FROM participant_unavailability x "
             "JOIN time_slot s ON s.id = x.slot_id WHERE x.participant_id = ? ORDER BY s.day, "
             "s.start_time")},
        {QStringLiteral("workshops"),
         QStringLiteral(
             "SELECT w.key AS workshop, s.key AS slot, s.day, s.start_time, a.pinned FROM assignment a "
             "JOIN workshop w ON w.id = a.workshop_id JOIN time_slot s ON s.id = a.slot_id "
             "WHERE a.participant_id = ? ORDER BY s.day, s.start_time")},
        {QStringLiteral("workshops_facilitated_or_reported"),
         QStringLiteral("SELECT w.key AS workshop, CASE WHEN w.facilitator_id = ? THEN 'facilitator' ELSE "
                        "'rapporteur' END AS role FROM workshop w WHERE w.facilitator_id = ? OR "
                        "w.rapporteur_id = ? ORDER BY w.key")},
        {QStringLiteral("proposals_reported"),
         QStringLiteral(
             "SELECT p.key, p.text, p.status FROM proposal p WHERE p.rapporteur_id = ? ORDER BY p.key")},
    };
    QJsonObject root;
    root.insert(QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("forum_file"), db.path());
    root.insert(QStringLiteral("participant"), person->first());
    for (const auto &[name, sql] : parts) {
        const auto part = rows(conn, sql, participantId);
        if (!part)
            return part.error();
        root.insert(name, *part);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status erase(ForumDatabase &db, qint64 participantId)
{
    const QString what = Storage::tr("erasing a person's data");
    {
        WriteTransaction tx(db.connection());
        if (Status s = tx.begin(what); !s)
            return s;
        QSqlQuery q(db.connection());
        if (Status s = sql::exec(
                q,
                QStringLiteral("UPDATE participant SET first_name = '', last_name = '', email = NULL, "
                               "organisation = '', notes = '', languages = '', erased = 1 "
                               "WHERE id = ?"),
                {participantId}, what);
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Error{Storage::tr("Participant %1 is not in the forum.").arg(participantId), {}};
        if (Status s = tx.commit(); !s)
            return s;
    }
    // secure_delete (set when the file is opened) zeroes the old cells; the checkpoint copies the clean
    // pages into the file and truncates the WAL, where the old pages could otherwise linger.
    return db.checkpoint();
}

} // namespace cordee::personaldata
