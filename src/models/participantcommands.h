#pragma once

#include "forum.h"
#include "participant.h"

#include <QList>
#include <QUndoCommand>

namespace cordee {

class ForumDocument;

// Undo commands over a ForumDocument. Each redo()/undo() commits at once; a command whose first redo fails
// makes itself obsolete so the stack never holds an edit that did not happen.

class AddParticipantCommand : public QUndoCommand
{
public:
    AddParticipantCommand(ForumDocument *document, Participant participant);
    void redo() override;
    void undo() override;
    qint64 participantId() const { return m_participant.id; }

private:
    ForumDocument *m_document;
    Participant m_participant;
};

class EditParticipantCommand : public QUndoCommand
{
public:
    EditParticipantCommand(ForumDocument *document, Participant before, Participant after);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    Participant m_before;
    Participant m_after;
};

class DeleteParticipantsCommand : public QUndoCommand
{
public:
    DeleteParticipantsCommand(ForumDocument *document, QList<Participant> participants);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    QList<Participant> m_participants;
};

/// An import: new people added and existing people completed, in one transaction; undo removes the new
/// people and restores the others as they were.
class ImportParticipantsCommand : public QUndoCommand
{
public:
    ImportParticipantsCommand(ForumDocument *document, QList<Participant> insert, QList<Participant> update,
                              QList<Participant> updateBefore);
    void redo() override;
    void undo() override;
    /// Ids of the people the import created (after the first redo).
    QList<qint64> insertedIds() const;

private:
    ForumDocument *m_document;
    QList<Participant> m_insert;
    QList<Participant> m_update;
    QList<Participant> m_updateBefore;
};

class EditForumInfoCommand : public QUndoCommand
{
public:
    EditForumInfoCommand(ForumDocument *document, ForumInfo after);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    ForumInfo m_before;
    ForumInfo m_after;
};

} // namespace cordee
