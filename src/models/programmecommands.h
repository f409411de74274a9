#pragma once

#include "assignmentrepository.h"
#include "forum.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

namespace cordee {

class ForumDocument;

// Undo commands over the programme of a ForumDocument: themes, rooms, time slots and workshops added,
// edited (moves in the grid are edits) and removed. Each redo()/undo() commits at once; a command whose
// first redo fails (the document refused it and said why) makes itself obsolete, so the stack never holds
// an edit that did not happen.

class AddThemeCommand : public QUndoCommand
{
public:
    AddThemeCommand(ForumDocument *document, Theme theme);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    Theme m_theme;
};

class EditThemeCommand : public QUndoCommand
{
public:
    EditThemeCommand(ForumDocument *document, Theme before, Theme after);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    Theme m_before, m_after;
};

/// Refused while workshops, preferences or proposals name the theme; undo puts it back in its place.
class RemoveThemeCommand : public QUndoCommand
{
public:
    RemoveThemeCommand(ForumDocument *document, const QString &key);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    Theme m_theme;
    int m_row = -1;
};

class AddRoomCommand : public QUndoCommand
{
public:
    AddRoomCommand(ForumDocument *document, Room room);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    Room m_room;
};

class EditRoomCommand : public QUndoCommand
{
public:
    EditRoomCommand(ForumDocument *document, Room before, Room after);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    Room m_before, m_after;
};

/// Clears the room from the time slots and workshops that used it; undo puts it back in them.
class RemoveRoomCommand : public QUndoCommand
{
public:
    RemoveRoomCommand(ForumDocument *document, const QString &key);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    Room m_room;
    QStringList m_slotKeys, m_workshopKeys;
};

class AddTimeSlotCommand : public QUndoCommand
{
public:
    AddTimeSlotCommand(ForumDocument *document, TimeSlot slot);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    TimeSlot m_slot;
};

/// An edit of a time slot, or a move in the grid (`text` then says so).
class EditTimeSlotCommand : public QUndoCommand
{
public:
    EditTimeSlotCommand(ForumDocument *document, TimeSlot before, TimeSlot after, const QString &text = {});
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    TimeSlot m_before, m_after;
};

/// Refused while the slot holds workshops or participants said they will miss it.
class RemoveTimeSlotCommand : public QUndoCommand
{
public:
    RemoveTimeSlotCommand(ForumDocument *document, const QString &key);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    TimeSlot m_slot;
};

class AddWorkshopCommand : public QUndoCommand
{
public:
    AddWorkshopCommand(ForumDocument *document, Workshop workshop);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    Workshop m_workshop;
};

/// An edit of a workshop, or its move to another room in the grid (`text` then says so).
class EditWorkshopCommand : public QUndoCommand
{
public:
    EditWorkshopCommand(ForumDocument *document, Workshop before, Workshop after, const QString &text = {});
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    Workshop m_before, m_after;
};

/// Removes a workshop and its placements; undo brings both back.
class RemoveWorkshopCommand : public QUndoCommand
{
public:
    RemoveWorkshopCommand(ForumDocument *document, const QString &key);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    Workshop m_workshop;
    QList<AssignmentRow> m_placements;
};

/// Whether the last command pushed on `document`'s stack is `command`, i.e. it was done and kept (a
/// refused command makes itself obsolete and the stack deletes it).
bool wasApplied(ForumDocument *document, const QUndoCommand *command);

} // namespace cordee
