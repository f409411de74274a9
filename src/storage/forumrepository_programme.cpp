// ForumRepository's edits of the programme: themes, rooms and time slots updated and removed by key
// (declared in forumrepository.h).

#include "forumrepository.h"

#include "sqlcheck.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cordee {

namespace {

// The translation context of this file's messages (the same as forumrepository.cpp's).
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

} // namespace

Status ForumRepository::expectOneRow(const QSqlQuery &query, const QString &key, const QString &what)
{
    if (query.numRowsAffected() == 1)
        return {};
    return Error{Storage::tr("Nothing is called \"%1\" in the forum any more.").arg(key), what};
}

Result<qint64> ForumRepository::roomIdOrZero(const QString &key) const
{
    if (key.isEmpty())
        return qint64(0);
    return idForKey(QStringLiteral("room"), key);
}

Status ForumRepository::updateTheme(const Theme &theme, int position)
{
    const QString what = Storage::tr("saving a theme");
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE theme SET title = ?, description = ?, position = ? "
                                            "WHERE key = ?"),
                             {theme.title, theme.description, position, theme.key}, what);
        !s)
        return s;
    return expectOneRow(q, theme.key, what);
}

Status ForumRepository::setThemeOrder(const QStringList &keys)
{
    const QString what = Storage::tr("ordering the themes");
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE theme SET position = ? WHERE key = ?"), what); !s)
        return s;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        sql::bind(q, int(i));
        sql::bind(q, keys.at(i));
        if (Status s = sql::exec(q, what); !s)
            return s;
    }
    return {};
}

Status ForumRepository::removeTheme(const QString &key)
{
    const QString what = Storage::tr("removing a theme");
    QSqlQuery q(m_db);
    // References first, so the outcome does not depend on the connection's foreign-key setting.
    for (const QString &sqlText : {QStringLiteral("DELETE FROM participant_preference WHERE theme_id IN "
                                                  "(SELECT id FROM theme WHERE key = ?)"),
                                   QStringLiteral("UPDATE workshop SET theme_id = NULL WHERE theme_id IN "
                                                  "(SELECT id FROM theme WHERE key = ?)"),
                                   QStringLiteral("UPDATE proposal SET theme_id = NULL WHERE theme_id IN "
                                                  "(SELECT id FROM theme WHERE key = ?)")})
        if (Status s = sql::exec(q, sqlText, {key}, what); !s)
            return s;
    if (Status s = sql::exec(q, QStringLiteral("DELETE FROM theme WHERE key = ?"), {key}, what); !s)
        return s;
    return expectOneRow(q, key, what);
}

Status ForumRepository::updateRoom(const Room &room)
{
    const QString what = Storage::tr("saving a room");
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("UPDATE room SET name = ?, capacity = ? WHERE key = ?"),
                             {room.name, room.capacity, room.key}, what);
        !s)
        return s;
    return expectOneRow(q, room.key, what);
}

Status ForumRepository::removeRoom(const QString &key)
{
    const QString what = Storage::tr("removing a room");
    QSqlQuery q(m_db);
    for (const QString &sqlText :
         {QStringLiteral(
              "UPDATE workshop SET room_id = NULL WHERE room_id IN (SELECT id FROM room WHERE key = ?)"),
          QStringLiteral("UPDATE time_slot SET room_id = NULL WHERE room_id IN "
                         "(SELECT id FROM room WHERE key = ?)")})
        if (Status s = sql::exec(q, sqlText, {key}, what); !s)
            return s;
    if (Status s = sql::exec(q, QStringLiteral("DELETE FROM room WHERE key = ?"), {key}, what); !s)
        return s;
    return expectOneRow(q, key, what);
}

Status ForumRepository::updateTimeSlot(const TimeSlot &slot)
{
    const QString what = Storage::tr("saving a time slot");
    const auto roomId = roomIdOrZero(slot.room);
    if (!roomId)
        return roomId.status();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE time_slot SET day = ?, start_time = ?, end_time = ?, "
                                            "kind = ?, title = ?, room_id = ? WHERE key = ?"),
                             {slot.date.toString(Qt::ISODate), slot.start.toString(QStringLiteral("HH:mm")),
                              slot.end.toString(QStringLiteral("HH:mm")), vocab::key(slot.kind), slot.title,
                              sql::nullIfZero(*roomId), slot.key},
                             what);
        !s)
        return s;
    return expectOneRow(q, slot.key, what);
}

Status ForumRepository::removeTimeSlot(const QString &key)
{
    const QString what = Storage::tr("removing a time slot");
    QSqlQuery q(m_db);
    const QString ofSlot = QStringLiteral("(SELECT id FROM time_slot WHERE key = ?)");
    const QStringList statements{QStringLiteral("DELETE FROM assignment WHERE slot_id IN ") + ofSlot,
                                 QStringLiteral("UPDATE proposal SET workshop_id = NULL WHERE workshop_id IN "
                                                "(SELECT id FROM workshop WHERE slot_id IN ") +
                                     ofSlot + u')',
                                 QStringLiteral("DELETE FROM workshop WHERE slot_id IN ") + ofSlot,
                                 QStringLiteral("DELETE FROM participant_unavailability WHERE slot_id IN ") +
                                     ofSlot,
                                 QStringLiteral("DELETE FROM time_slot WHERE key = ?")};
    for (const QString &sqlText : statements)
        if (Status s = sql::exec(q, sqlText, {key}, what); !s)
            return s;
    return expectOneRow(q, key, what);
}

Result<int> ForumRepository::countThemeProposals(const QString &key) const
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q,
                      QStringLiteral("SELECT COUNT(*) FROM proposal p JOIN theme t ON t.id = p.theme_id "
                                     "WHERE t.key = ?"),
                      {key}, Storage::tr("counting proposals"));
        !s)
        return s;
    return q.next() ? q.value(0).toInt() : 0;
}

Result<int> ForumRepository::countWorkshopProposals(const QString &key) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("SELECT COUNT(*) FROM proposal p JOIN workshop w ON w.id = "
                                            "p.workshop_id WHERE w.key = ?"),
                             {key}, Storage::tr("counting proposals"));
        !s)
        return s;
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace cordee
