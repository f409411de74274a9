#include "forumrepository.h"

#include "declarationrepository.h"
#include "sqlcheck.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Storage::tr the same way).
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

/// "country=1.5 organisation=6": the weights changed from the defaults, in name order.
QString weightsToText(const QMap<QString, double> &weights)
{
    QStringList parts;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        parts << it.key() + u'=' + QString::number(it.value(), 'g', QLocale::FloatingPointShortest);
    return parts.join(u' ');
}

/// The reverse of weightsToText(); malformed pairs are skipped (the defaults then apply).
QMap<QString, double> weightsFromText(const QString &text)
{
    QMap<QString, double> out;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        bool ok = false;
        const double value = eq > 0 ? part.mid(eq + 1).toDouble(&ok) : 0;
        if (ok)
            out.insert(part.left(eq), value);
    }
    return out;
}

} // namespace

ForumRepository::ForumRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<ForumInfo> ForumRepository::loadInfo() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("SELECT title, edition, theme, city, country, start_date, end_date, "
                           "organizer, languages, workshop_min, workshop_max, formation_weights FROM forum "
                           "WHERE id = 1"),
            {}, Storage::tr("reading the forum's settings"));
        !s)
        return s;
    ForumInfo info;
    if (!q.next())
        return info;
    info.title = q.value(0).toString();
    info.edition = q.value(1).toInt();
    info.theme = q.value(2).toString();
    info.city = q.value(3).toString();
    info.country = q.value(4).toString();
    info.startDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    info.endDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    info.organizer = q.value(7).toString();
    info.languages = q.value(8).toString().split(u' ', Qt::SkipEmptyParts);
    info.workshopMin = q.value(9).toInt();
    info.workshopMax = q.value(10).toInt();
    info.formationWeights = weightsFromText(q.value(11).toString());
    return info;
}

Status ForumRepository::saveInfo(const ForumInfo &info)
{
    // UPDATE then INSERT rather than SQLite's INSERT OR REPLACE, to stay portable.
    const QString what = Storage::tr("saving the forum's settings");
    const std::initializer_list<QVariant> values{info.title,
                                                 info.edition,
                                                 info.theme,
                                                 info.city,
                                                 sql::nullIfEmpty(info.country),
                                                 sql::nullIfEmpty(isoDate(info.startDate)),
                                                 sql::nullIfEmpty(isoDate(info.endDate)),
                                                 info.organizer,
                                                 info.languages.join(u' '),
                                                 info.workshopMin,
                                                 info.workshopMax,
                                                 weightsToText(info.formationWeights)};
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("UPDATE forum SET title = ?, edition = ?, theme = ?, city = ?, country = ?, "
                           "start_date = ?, end_date = ?, organizer = ?, languages = ?, "
                           "workshop_min = ?, workshop_max = ?, formation_weights = ? WHERE id = 1"),
            values, what);
        !s || q.numRowsAffected() > 0)
        return s;
    return sql::exec(
        q,
        QStringLiteral("INSERT INTO forum (title, edition, theme, city, country, start_date, end_date, "
                       "organizer, languages, workshop_min, workshop_max, formation_weights, id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        values, what);
}

Result<QList<Theme>> ForumRepository::loadThemes() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q, QStringLiteral("SELECT id, key, title, description FROM theme ORDER BY position, id"), {},
            Storage::tr("reading the themes"));
        !s)
        return s;
    QList<Theme> out;
    while (q.next())
        out << Theme{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()};
    return out;
}

Result<QList<Room>> ForumRepository::loadRooms() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id, key, name, capacity FROM room ORDER BY key"), {},
                             Storage::tr("reading the rooms"));
        !s)
        return s;
    QList<Room> out;
    while (q.next())
        out << Room{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt()};
    return out;
}

Result<QList<TimeSlot>> ForumRepository::loadTimeSlots() const
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q,
                      QStringLiteral("SELECT s.id, s.key, s.day, s.start_time, s.end_time, s.kind, s.title, "
                                     "r.key FROM time_slot s LEFT JOIN room r ON r.id = s.room_id "
                                     "ORDER BY s.day, s.start_time, s.key"),
                      {}, Storage::tr("reading the programme"));
        !s)
        return s;
    QList<TimeSlot> out;
    while (q.next()) {
        TimeSlot t;
        t.id = q.value(0).toLongLong();
        t.key = q.value(1).toString();
        t.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        t.start = QTime::fromString(q.value(3).toString(), QStringLiteral("HH:mm"));
        t.end = QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm"));
        t.kind = vocab::slotKindFromKey(q.value(5).toString()).value_or(SlotKind::Workshops);
        t.title = q.value(6).toString();
        t.room = q.value(7).toString();
        out << t;
    }
    return out;
}

Result<QList<Workshop>> ForumRepository::loadWorkshops() const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(
            q,
            QStringLiteral("SELECT w.id, w.key, s.key, t.key, r.key, w.language, w.title, "
                           "w.facilitator_id, w.rapporteur_id FROM workshop w "
                           "JOIN time_slot s ON s.id = w.slot_id "
                           "LEFT JOIN theme t ON t.id = w.theme_id "
                           "LEFT JOIN room r ON r.id = w.room_id ORDER BY s.day, s.start_time, w.key"),
            {}, Storage::tr("reading the workshops"));
        !s)
        return s;
    QList<Workshop> out;
    while (q.next())
        out << Workshop{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                        q.value(6).toString(),   q.value(7).toLongLong(), q.value(8).toLongLong()};
    return out;
}

Result<DeclarationTexts> ForumRepository::loadDeclaration() const
{
    return DeclarationRepository(m_db).load();
}

Status ForumRepository::saveDeclaration(const DeclarationTexts &texts)
{
    return DeclarationRepository(m_db).save(texts);
}

Status ForumRepository::insertTheme(Theme &theme, int position)
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q,
                      QStringLiteral("INSERT INTO theme (key, title, description, position) "
                                     "VALUES (?, ?, ?, ?)"),
                      {theme.key, theme.title, theme.description, position}, Storage::tr("saving a theme"));
        !s)
        return s;
    theme.id = q.lastInsertId().toLongLong();
    return {};
}

Status ForumRepository::insertRoom(Room &room)
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("INSERT INTO room (key, name, capacity) VALUES (?, ?, ?)"),
                             {room.key, room.name, room.capacity}, Storage::tr("saving a room"));
        !s)
        return s;
    room.id = q.lastInsertId().toLongLong();
    return {};
}

Status ForumRepository::insertTimeSlot(TimeSlot &slot)
{
    qint64 roomId = 0;
    if (!slot.room.isEmpty()) {
        const auto id = idForKey(QStringLiteral("room"), slot.room);
        if (!id)
            return id.status();
        roomId = *id;
    }
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q,
                      QStringLiteral("INSERT INTO time_slot (key, day, start_time, end_time, kind, title, "
                                     "room_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {slot.key, isoDate(slot.date), hhmm(slot.start), hhmm(slot.end), vocab::key(slot.kind),
                       slot.title, sql::nullIfZero(roomId)},
                      Storage::tr("saving a time slot"));
        !s)
        return s;
    slot.id = q.lastInsertId().toLongLong();
    return {};
}

Result<QVariantList> ForumRepository::workshopValues(const Workshop &w) const
{
    const auto slotId = idForKey(QStringLiteral("time_slot"), w.slot);
    if (!slotId)
        return slotId.status();
    qint64 themeId = 0, roomId = 0;
    if (!w.theme.isEmpty()) {
        const auto id = idForKey(QStringLiteral("theme"), w.theme);
        if (!id)
            return id.status();
        themeId = *id;
    }
    if (!w.room.isEmpty()) {
        const auto id = idForKey(QStringLiteral("room"), w.room);
        if (!id)
            return id.status();
        roomId = *id;
    }
    return QVariantList{*slotId,
                        sql::nullIfZero(themeId),
                        sql::nullIfZero(roomId),
                        sql::nullIfEmpty(w.language),
                        w.title,
                        sql::nullIfZero(w.facilitatorId),
                        sql::nullIfZero(w.rapporteurId),
                        w.key};
}

Status ForumRepository::insertWorkshop(Workshop &w)
{
    const auto values = workshopValues(w);
    if (!values)
        return values.status();
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q,
                      QStringLiteral("INSERT INTO workshop (slot_id, theme_id, room_id, language, title, "
                                     "facilitator_id, rapporteur_id, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      *values, Storage::tr("saving a workshop"));
        !s)
        return s;
    w.id = q.lastInsertId().toLongLong();
    return {};
}

Status ForumRepository::updateWorkshop(const Workshop &w)
{
    const auto values = workshopValues(w);
    if (!values)
        return values.status();
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q,
                             QStringLiteral("UPDATE workshop SET slot_id = ?, theme_id = ?, room_id = ?, "
                                            "language = ?, title = ?, facilitator_id = ?, rapporteur_id = ? "
                                            "WHERE key = ?"),
                             *values, Storage::tr("saving a workshop"));
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{Storage::tr("No workshop is called \"%1\".").arg(w.key),
                     Storage::tr("saving a workshop")};
    return {};
}

Status ForumRepository::removeWorkshop(const QString &key)
{
    const QString what = Storage::tr("removing a workshop");
    QSqlQuery q(m_db);
    // Placements first: the schema cascades, but only when foreign keys are on for this connection.
    for (const QString &sqlText :
         {QStringLiteral(
              "DELETE FROM assignment WHERE workshop_id IN (SELECT id FROM workshop WHERE key = ?)"),
          QStringLiteral("DELETE FROM workshop WHERE key = ?")})
        if (Status s = sql::exec(q, sqlText, {key}, what); !s)
            return s;
    return {};
}

Result<int> ForumRepository::countWorkshops() const
{
    const auto v =
        sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM workshop"), Storage::tr("counting workshops"));
    return v ? Result<int>(v->toInt()) : Result<int>(v.error());
}

Result<int> ForumRepository::countProposals() const
{
    const auto v = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM proposal WHERE parent_id IS NULL"),
                               Storage::tr("counting proposals"));
    return v ? Result<int>(v->toInt()) : Result<int>(v.error());
}

Result<QHash<QString, qint64>> ForumRepository::keyIds(const QString &table) const
{
    QSqlQuery q(m_db);
    if (Status s =
            sql::exec(q, QStringLiteral("SELECT key, id FROM ") + table, {}, Storage::tr("reading keys"));
        !s)
        return s;
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<qint64> ForumRepository::idForKey(const QString &table, const QString &key) const
{
    QSqlQuery q(m_db);
    if (Status s = sql::exec(q, QStringLiteral("SELECT id FROM %1 WHERE key = ?").arg(table), {key},
                             Storage::tr("looking up \"%1\"").arg(key));
        !s)
        return s;
    if (!q.next())
        return Error{Storage::tr("Nothing is called \"%1\" in %2.").arg(key, table), {}};
    return q.value(0).toLongLong();
}

} // namespace cordee
