#pragma once

#include "forum.h"
#include "forumdatabase.h"
#include "forumstats.h"
#include "participant.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace cordee {

/// An open forum as the application sees it: the file, an in-memory copy of what the pages show, and the
/// undo stack. Every mutation is committed to the file at once and announced by a signal; undo commands
/// call these mutations, so the pages never touch SQL.
class ForumDocument : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<ForumDocument>> open(const QString &path);
    /// Wraps an already opened file (e.g. one just created from a description).
    static Result<std::unique_ptr<ForumDocument>> fromDatabase(std::unique_ptr<ForumDatabase> db);
    ~ForumDocument() override;

    QString path() const { return m_db->path(); }
    ForumDatabase &database() { return *m_db; }
    QUndoStack *undoStack() { return &m_undo; }

    const ForumInfo &info() const { return m_info; }
    const QList<Theme> &themes() const { return m_themes; }
    const QList<Room> &rooms() const { return m_rooms; }
    const QList<TimeSlot> &timeSlots() const { return m_timeSlots; }
    const QList<Participant> &participants() const { return m_participants; }
    int workshopCount() const { return m_workshopCount; }
    int proposalCount() const { return m_proposalCount; }
    ForumStats stats() const { return ForumStats::compute(m_participants); }

    /// Row of the participant with `id`, or -1.
    int indexOfParticipant(qint64 id) const;

    // Mutations, each one committed transaction. Called by undo commands.
    Status setInfo(const ForumInfo &info);
    /// Adds people in one transaction; each keeps its id when set (undo of a deletion), else gets one.
    Status addParticipants(QList<Participant> &participants);
    Status addParticipant(Participant &participant);
    Status updateParticipant(const Participant &participant);
    /// Inserts `insert`, saves `update` (existing people, by id) and removes `remove` in one transaction: an
    /// import, or its undoing, lands whole or not at all. New people get their ids in `insert`.
    Status applyParticipantChanges(QList<Participant> &insert, const QList<Participant> &update,
                                   const QList<qint64> &remove = {});
    /// Erases a participant's identity for good (see personaldata::erase). The undo history is cleared, since
    /// its commands hold the erased data.
    Status eraseParticipant(qint64 id);
    /// Removes people in one transaction: all of them or none.
    Status removeParticipants(const QList<qint64> &ids);

Q_SIGNALS:
    void infoChanged();
    void participantAboutToBeInserted(int row);
    void participantInserted(int row);
    void participantChanged(int row);
    void participantAboutToBeRemoved(int row);
    void participantRemoved(int row);
    /// Any change of the participants (after the specific signal above).
    void participantsChanged();
    /// A change could not be written; the message is for the user.
    void storageFailed(const cordee::Error &error);

private:
    explicit ForumDocument(std::unique_ptr<ForumDatabase> db);
    Status load();
    Status fail(Status status);
    void insertRows(const QList<Participant> &participants);
    void removeRows(const QList<qint64> &ids);
    /// Runs `work` in one write transaction; a failure is announced through storageFailed().
    Status write(const char *what, const std::function<Status()> &work);

    std::unique_ptr<ForumDatabase> m_db;
    QUndoStack m_undo;
    ForumInfo m_info;
    QList<Theme> m_themes;
    QList<Room> m_rooms;
    QList<TimeSlot> m_timeSlots;
    QList<Participant> m_participants;
    int m_workshopCount = 0;
    int m_proposalCount = 0;
};

} // namespace cordee
