#pragma once

#include "assignmentrepository.h"
#include "declaration.h"
#include "formationbridge.h"
#include "forum.h"
#include "forumdatabase.h"
#include "forumstats.h"
#include "participant.h"
#include "proposal.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace cordee {

struct ProposalEdit;

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
    const QList<Workshop> &workshops() const { return m_workshops; }
    /// Every placement, in programme order (slot, workshop key, participant id).
    const QList<AssignmentRow> &assignments() const { return m_assignments; }
    int workshopCount() const { return int(m_workshops.size()); }
    /// Proposals of their own (sub-points not counted), merged ones included.
    int proposalCount() const;
    /// Every proposal and the history of merges and splits.
    const ProposalSet &proposals() const { return m_proposals; }
    ForumStats stats() const { return ForumStats::compute(m_participants); }
    /// The forum as the formation engine reads it (a copy, safe to hand to a worker thread).
    ForumSnapshot snapshot() const;

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

    // The programme (forumdocument_programme.cpp). Items are named by their keys, which never change once
    // created. save*() inserts an item whose id is 0 (its key must be new) and updates it otherwise.
    Status saveTheme(Theme &theme);
    Status removeTheme(const QString &key);
    Status saveRoom(Room &room);
    Status removeRoom(const QString &key);
    Status saveTimeSlot(TimeSlot &slot);
    Status removeTimeSlot(const QString &key);
    Status saveWorkshop(Workshop &workshop);
    /// Removes a workshop and its placements.
    Status removeWorkshop(const QString &key);

    // Placements (forumdocument_placements.cpp).
    /// Places a participant in `workshopKey` for `slotKey`, or takes them out of that slot when
    /// `workshopKey` is empty.
    Status setPlacement(qint64 participantId, const QString &slotKey, const QString &workshopKey,
                        bool pinned);
    /// Makes the slots `slotKeys` hold exactly `workshops` (inserted, updated or removed by key) and
    /// `placements`, in one transaction: a formation run, or its undoing.
    Status replaceSlotPlans(const QStringList &slotKeys, const QList<Workshop> &workshops,
                            const QList<AssignmentRow> &placements);

    // Proposals (forumdocument_proposals.cpp).
    /// Writes a planned edit (see proposaledit.h) in one transaction, then applies it to the proposals in
    /// memory: all of it or nothing.
    Status applyProposalEdit(const ProposalEdit &edit);

    // The declaration (forumdocument_declaration.cpp). Its free texts are read when first asked for.
    /// The committee's texts; none when they cannot be read (storageFailed() says why).
    const DeclarationTexts &declarationTexts();
    /// The text `language` has of its own for the free part `part` (see freeTextOf()); empty when it takes
    /// the base's. An empty `language` is the base.
    QString declarationText(const QString &language, DeclarationPart part);
    /// Writes `language`'s own text of the free part `part`; empty gives the part back to the base.
    Status setDeclarationText(const QString &language, DeclarationPart part, const QString &text);
    /// Writes the guests of honour (names, titles, titles per language), in their order.
    Status setGuests(const QList<Guest> &guests);
    /// Everything the declaration is built from, as the document holds it now (the language is the
    /// caller's to set).
    DeclarationInput declarationInput();
    /// Keeps an export of the declaration in the file (its id and time filled in).
    Status recordExport(ExportRecord &record);
    /// Every export kept in the file, the latest first.
    Result<QList<ExportRecord>> exportRecords() const;

Q_SIGNALS:
    void infoChanged();
    void participantAboutToBeInserted(int row);
    void participantInserted(int row);
    void participantChanged(int row);
    void participantAboutToBeRemoved(int row);
    void participantRemoved(int row);
    /// Any change of the participants (after the specific signal above).
    void participantsChanged();
    /// Themes, rooms, time slots or workshops changed (placements may have gone with a workshop).
    void programmeChanged();
    /// Placements of the slots `slotKeys` changed.
    void placementsChanged(const QStringList &slotKeys);
    /// Proposals or their history changed.
    void proposalsChanged();
    /// The free text of `part` in `language` (empty: the base) changed.
    void declarationChanged(const QString &language, cordee::DeclarationPart part);
    /// An export of the declaration was recorded.
    void exportRecorded();
    /// A change could not be written; the message is for the user.
    void storageFailed(const cordee::Error &error);

private:
    explicit ForumDocument(std::unique_ptr<ForumDatabase> db);
    Status load();
    Status fail(Status status);
    void insertRows(const QList<Participant> &participants);
    void removeRows(const QList<qint64> &ids);
    /// Puts time slots, workshops and placements back in programme order after an edit (the order the
    /// repositories read them in).
    void sortProgramme();
    /// Runs `work` in one write transaction; a failure is announced through storageFailed().
    Status write(const char *what, const std::function<Status()> &work);

    // Undo of removals that must land whole (forumdocument_programme.cpp), for the commands that make them.
    friend class RemoveThemeCommand;
    friend class RemoveRoomCommand;
    /// Puts a removed theme back at `row` of the forum's order.
    Status restoreTheme(Theme &theme, int row);
    /// Puts a removed room back, and back in the time slots and workshops that used it.
    Status restoreRoom(Room &room, const QStringList &slotKeys, const QStringList &workshopKeys);
    /// Ok when the item `key` may go; else an error saying what uses it.
    Status checkThemeUnused(const QString &key) const;
    Status checkTimeSlotUnused(const QString &key) const;
    Status checkWorkshopRemovable(const QString &key) const;
    /// Reads the proposals, and follows the changes elsewhere that the file passes on to them.
    Status loadProposals();
    /// Reads the proposals again when a removal elsewhere left them naming a workshop, theme or person that
    /// is gone (the file has cleared those references).
    void reloadStaleProposals();

    std::unique_ptr<ForumDatabase> m_db;
    QUndoStack m_undo;
    ForumInfo m_info;
    QList<Theme> m_themes;
    QList<Room> m_rooms;
    QList<TimeSlot> m_timeSlots;
    QList<Participant> m_participants;
    QList<Workshop> m_workshops;
    QList<AssignmentRow> m_assignments;
    ProposalSet m_proposals;
    std::optional<DeclarationTexts> m_declarationTexts;
};

} // namespace cordee
