#include "participantrepository.h"

#include "forumrepository.h"
#include "sqlcheck.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Storage::tr the same way).
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kColumns = QStringLiteral("id, first_name, last_name, email, organisation, country, gender, "
                                        "age_band, category, languages, roles, notes, status, erased");

Participant fromRow(const QSqlQuery &q)
{
    Participant p;
    p.id = q.value(0).toLongLong();
    p.firstName = q.value(1).toString();
    p.lastName = q.value(2).toString();
    p.email = q.value(3).toString();
    p.organisation = q.value(4).toString();
    p.country = q.value(5).toString();
    p.gender = vocab::genderFromKey(q.value(6).toString()).value_or(Gender::NotStated);
    p.ageBand = vocab::ageBandFromKey(q.value(7).toString()).value_or(AgeBand::Unknown);
    p.category = vocab::categoryFromKey(q.value(8).toString()).value_or(Category::Unspecified);
    p.languages = q.value(9).toString().split(u' ', Qt::SkipEmptyParts);
    p.roles = vocab::rolesFromKeys(q.value(10).toString());
    p.notes = q.value(11).toString();
    p.status =
        vocab::participantStatusFromKey(q.value(12).toString()).value_or(ParticipantStatus::Registered);
    p.erased = q.value(13).toBool();
    return p;
}

QVariantList rowValues(const Participant &p)
{
    return {p.firstName,
            p.lastName,
            sql::nullIfEmpty(p.email),
            p.organisation,
            sql::nullIfEmpty(p.country),
            vocab::key(p.gender),
            sql::nullIfEmpty(vocab::key(p.ageBand)),
            sql::nullIfEmpty(vocab::key(p.category)),
            p.languages.join(u' '),
            vocab::rolesToKeys(p.roles),
            p.notes,
            vocab::key(p.status)};
}

} // namespace

ParticipantRepository::ParticipantRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<Participant>> ParticipantRepository::loadAll() const
{
    return loadWhere({}, {});
}

Result<Participant> ParticipantRepository::load(qint64 id) const
{
    auto list = loadWhere(QStringLiteral("id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{Storage::tr("Participant %1 is not in the forum.").arg(id), {}};
    return list->constFirst();
}

Result<QList<Participant>> ParticipantRepository::loadWhere(const QString &where,
                                                            const QVariantList &values) const
{
    const QString what = Storage::tr("reading the participants");
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q,
                                QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM participant") +
                                    filter + QStringLiteral(" ORDER BY id"),
                                what);
        !s)
        return s;
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = sql::exec(q, what); !s)
        return s;
    QList<Participant> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        out << fromRow(q);
        index.insert(out.constLast().id, out.size() - 1);
    }
    const QString linkFilter = where.isEmpty() ? QString() : QStringLiteral(" WHERE x.participant_") + where;
    QSqlQuery links(m_db);
    links.setForwardOnly(true);
    const QString prefs =
        QStringLiteral("SELECT x.participant_id, t.key FROM participant_preference x JOIN theme t "
                       "ON t.id = x.theme_id") +
        linkFilter + QStringLiteral(" ORDER BY x.participant_id, x.rank");
    const QString misses =
        QStringLiteral("SELECT x.participant_id, s.key FROM participant_unavailability x JOIN "
                       "time_slot s ON s.id = x.slot_id") +
        linkFilter + QStringLiteral(" ORDER BY x.participant_id, s.day, s.start_time");
    for (const auto &[statement, member] :
         {std::pair{prefs, &Participant::preferences}, std::pair{misses, &Participant::unavailableSlots}}) {
        if (Status s = sql::prepare(links, statement, what); !s)
            return s;
        for (const QVariant &v : values)
            links.addBindValue(v);
        if (Status s = sql::exec(links, what); !s)
            return s;
        while (links.next())
            if (const auto it = index.constFind(links.value(0).toLongLong()); it != index.cend())
                (out[*it].*member) << links.value(1).toString();
    }
    return out;
}

Status ParticipantRepository::refreshKeyMaps()
{
    const ForumRepository forum(m_db);
    auto themes = forum.keyIds(QStringLiteral("theme"));
    if (!themes)
        return themes.status();
    auto slotIds = forum.keyIds(QStringLiteral("time_slot"));
    if (!slotIds)
        return slotIds.status();
    m_themeIds = std::move(themes).value();
    m_slotIds = std::move(slotIds).value();
    return {};
}

Status ParticipantRepository::insert(Participant &participant)
{
    QList<Participant> one{participant};
    if (Status s = insert(one); !s)
        return s;
    participant.id = one.constFirst().id;
    return {};
}

Status ParticipantRepository::insert(QList<Participant> &participants)
{
    const QString what = Storage::tr("saving a participant");
    if (Status s = refreshKeyMaps(); !s)
        return s;
    QSqlQuery withId(m_db), withoutId(m_db);
    const QString cols =
        QStringLiteral("first_name, last_name, email, organisation, country, gender, age_band, "
                       "category, languages, roles, notes, status");
    const QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    if (Status s = sql::prepare(
            withoutId, QStringLiteral("INSERT INTO participant (%1) VALUES (%2)").arg(cols, marks), what);
        !s)
        return s;
    if (Status s = sql::prepare(
            withId, QStringLiteral("INSERT INTO participant (%1, id) VALUES (%2, ?)").arg(cols, marks), what);
        !s)
        return s;
    for (Participant &p : participants) {
        QSqlQuery &q = p.id ? withId : withoutId;
        for (const QVariant &v : rowValues(p))
            sql::bind(q, v);
        if (p.id)
            q.addBindValue(p.id);
        if (Status s = sql::exec(q, what); !s)
            return s;
        if (!p.id)
            p.id = q.lastInsertId().toLongLong();
        if (Status s = writeLinks(p.id, p); !s)
            return s;
    }
    return {};
}

Status ParticipantRepository::writeLinks(qint64 id, const Participant &p)
{
    const QString what = Storage::tr("saving a participant's preferences");
    // Prepared once per repository: an import writes tens of thousands of these rows.
    if (!m_preferenceInsert) {
        m_preferenceInsert.emplace(m_db);
        m_unavailabilityInsert.emplace(m_db);
        Status s =
            sql::prepare(*m_preferenceInsert,
                         QStringLiteral("INSERT INTO participant_preference (participant_id, rank, theme_id) "
                                        "VALUES (?, ?, ?)"),
                         what);
        if (s)
            s = sql::prepare(
                *m_unavailabilityInsert,
                QStringLiteral("INSERT INTO participant_unavailability (participant_id, slot_id) "
                               "VALUES (?, ?)"),
                what);
        if (!s) {
            m_preferenceInsert.reset();
            return s;
        }
    }
    for (qsizetype rank = 0; rank < p.preferences.size() && rank < Participant::MaxPreferences; ++rank) {
        const auto theme = m_themeIds.constFind(p.preferences.at(rank));
        if (theme == m_themeIds.cend())
            return Error{Storage::tr("There is no theme \"%1\" in this forum.").arg(p.preferences.at(rank)),
                         {}};
        m_preferenceInsert->addBindValue(id);
        m_preferenceInsert->addBindValue(int(rank + 1));
        m_preferenceInsert->addBindValue(*theme);
        if (Status s = sql::exec(*m_preferenceInsert, what); !s)
            return s;
    }
    for (const QString &slotKey : p.unavailableSlots) {
        const auto slot = m_slotIds.constFind(slotKey);
        if (slot == m_slotIds.cend())
            return Error{Storage::tr("There is no time slot \"%1\" in this forum.").arg(slotKey), {}};
        m_unavailabilityInsert->addBindValue(id);
        m_unavailabilityInsert->addBindValue(*slot);
        if (Status s = sql::exec(*m_unavailabilityInsert, what); !s)
            return s;
    }
    return {};
}

Status ParticipantRepository::update(const Participant &p)
{
    const QString what = Storage::tr("saving a participant");
    if (Status s = refreshKeyMaps(); !s)
        return s;
    QSqlQuery q(m_db);
    if (Status s = sql::prepare(
            q,
            QStringLiteral("UPDATE participant SET first_name = ?, last_name = ?, email = ?, "
                           "organisation = ?, country = ?, gender = ?, age_band = ?, category = ?, "
                           "languages = ?, roles = ?, notes = ?, status = ? WHERE id = ?"),
            what);
        !s)
        return s;
    for (const QVariant &v : rowValues(p))
        sql::bind(q, v);
    q.addBindValue(p.id);
    if (Status s = sql::exec(q, what); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{Storage::tr("Participant %1 is not in the forum.").arg(p.id), {}};
    for (const char *table : {"participant_preference", "participant_unavailability"})
        if (Status s = sql::exec(
                q, QStringLiteral("DELETE FROM %1 WHERE participant_id = ?").arg(QLatin1String(table)),
                {p.id}, what);
            !s)
            return s;
    return writeLinks(p.id, p);
}

Status ParticipantRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    return sql::exec(q, QStringLiteral("DELETE FROM participant WHERE id = ?"), {id},
                     Storage::tr("deleting a participant"));
}

} // namespace cordee
