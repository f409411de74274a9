#include "forumdocument.h"

#include "forumrepository.h"
#include "participantrepository.h"
#include "personaldata.h"
#include "writetransaction.h"

#include <QCoreApplication>

#include <functional>

namespace cordee {

namespace {

template <typename T>
Status take(Result<T> result, T &into)
{
    if (!result)
        return result.status();
    into = std::move(result).value();
    return {};
}

} // namespace

ForumDocument::ForumDocument(std::unique_ptr<ForumDatabase> db)
    : m_db(std::move(db))
{}

ForumDocument::~ForumDocument() = default;

Result<std::unique_ptr<ForumDocument>> ForumDocument::open(const QString &path)
{
    auto db = ForumDatabase::open(path);
    if (!db)
        return db.error();
    return fromDatabase(std::move(db).value());
}

Result<std::unique_ptr<ForumDocument>> ForumDocument::fromDatabase(std::unique_ptr<ForumDatabase> db)
{
    std::unique_ptr<ForumDocument> doc(new ForumDocument(std::move(db)));
    if (Status s = doc->load(); !s)
        return s.error();
    return doc;
}

Status ForumDocument::load()
{
    const ForumRepository forum(m_db->connection());
    const ParticipantRepository participants(m_db->connection());
    Status s = take(forum.loadInfo(), m_info);
    if (s)
        s = take(forum.loadThemes(), m_themes);
    if (s)
        s = take(forum.loadRooms(), m_rooms);
    if (s)
        s = take(forum.loadTimeSlots(), m_timeSlots);
    if (s)
        s = take(participants.loadAll(), m_participants);
    if (s)
        s = take(forum.loadWorkshops(), m_workshops);
    if (s)
        s = take(AssignmentRepository(m_db->connection()).loadAll(), m_assignments);
    if (s)
        s = loadProposals();
    return s;
}

Status ForumDocument::fail(Status status)
{
    if (!status)
        Q_EMIT storageFailed(status.error());
    return status;
}

int ForumDocument::indexOfParticipant(qint64 id) const
{
    const auto pos = std::lower_bound(m_participants.cbegin(), m_participants.cend(), id,
                                      [](const Participant &p, qint64 value) { return p.id < value; });
    return pos != m_participants.cend() && pos->id == id ? int(pos - m_participants.cbegin()) : -1;
}

Status ForumDocument::write(const char *what, const std::function<Status()> &work)
{
    WriteTransaction tx(m_db->connection());
    Status s = tx.begin(QCoreApplication::translate("Storage", what));
    if (s)
        s = work();
    if (s)
        s = tx.commit();
    return fail(s);
}

Status ForumDocument::setInfo(const ForumInfo &info)
{
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "saving the forum's settings"),
                         [&] { return ForumRepository(m_db->connection()).saveInfo(info); });
        !s)
        return s;
    m_info = info;
    Q_EMIT infoChanged();
    return {};
}

Status ForumDocument::addParticipant(Participant &participant)
{
    QList<Participant> one{participant};
    if (Status s = addParticipants(one); !s)
        return s;
    participant.id = one.constFirst().id;
    return {};
}

Status ForumDocument::addParticipants(QList<Participant> &participants)
{
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "adding participants"),
                         [&] { return ParticipantRepository(m_db->connection()).insert(participants); });
        !s)
        return s;
    insertRows(participants);
    Q_EMIT participantsChanged();
    return {};
}

void ForumDocument::insertRows(const QList<Participant> &participants)
{
    for (const Participant &participant : participants) {
        // Keep rows in id order so an undone deletion comes back where it was.
        const auto pos = std::lower_bound(m_participants.cbegin(), m_participants.cend(), participant.id,
                                          [](const Participant &p, qint64 id) { return p.id < id; });
        const int row = int(pos - m_participants.cbegin());
        Q_EMIT participantAboutToBeInserted(row);
        m_participants.insert(row, participant);
        Q_EMIT participantInserted(row);
    }
}

Status ForumDocument::applyParticipantChanges(QList<Participant> &insert, const QList<Participant> &update,
                                              const QList<qint64> &remove)
{
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "importing participants"),
                         [&]() -> Status {
                             ParticipantRepository repository(m_db->connection());
                             for (qint64 id : remove)
                                 if (Status s = repository.remove(id); !s)
                                     return s;
                             for (const Participant &p : update)
                                 if (Status s = repository.update(p); !s)
                                     return s;
                             return repository.insert(insert);
                         });
        !s)
        return s;
    removeRows(remove);
    for (const Participant &p : update)
        if (const int row = indexOfParticipant(p.id); row >= 0) {
            m_participants[row] = p;
            Q_EMIT participantChanged(row);
        }
    insertRows(insert);
    Q_EMIT participantsChanged();
    return {};
}

Status ForumDocument::updateParticipant(const Participant &participant)
{
    const int row = indexOfParticipant(participant.id);
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "saving a participant"),
                         [&] { return ParticipantRepository(m_db->connection()).update(participant); });
        !s || row < 0)
        return s;
    m_participants[row] = participant;
    Q_EMIT participantChanged(row);
    Q_EMIT participantsChanged();
    return {};
}

Status ForumDocument::eraseParticipant(qint64 id)
{
    if (Status s = fail(personaldata::erase(*m_db, id)); !s)
        return s;
    // Commands on the stack hold the erased identity and could write it back: the history goes.
    m_undo.clear();
    const auto erased = ParticipantRepository(m_db->connection()).load(id);
    if (!erased)
        return fail(erased.status());
    if (const int row = indexOfParticipant(id); row >= 0) {
        m_participants[row] = *erased;
        Q_EMIT participantChanged(row);
    }
    Q_EMIT participantsChanged();
    return {};
}

Status ForumDocument::removeParticipants(const QList<qint64> &ids)
{
    if (Status s = write(QT_TRANSLATE_NOOP("Storage", "deleting participants"),
                         [&]() -> Status {
                             ParticipantRepository repository(m_db->connection());
                             for (qint64 id : ids)
                                 if (Status s = repository.remove(id); !s)
                                     return s;
                             return {};
                         });
        !s)
        return s;
    removeRows(ids);
    Q_EMIT participantsChanged();
    return {};
}

void ForumDocument::removeRows(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const int row = indexOfParticipant(id);
        if (row < 0)
            continue;
        Q_EMIT participantAboutToBeRemoved(row);
        m_participants.removeAt(row);
        Q_EMIT participantRemoved(row);
    }
}

} // namespace cordee
