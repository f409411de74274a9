#include "programmecommands.h"

#include "forumdocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Commands::tr the same way).
struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

template <typename T>
const T *find(const QList<T> &items, const QString &key)
{
    const auto it =
        std::find_if(items.cbegin(), items.cend(), [&](const T &item) { return item.key == key; });
    return it == items.cend() ? nullptr : &*it;
}

/// "“Opening ceremony”", or the slot's key when it has no title.
QString slotName(const TimeSlot &slot)
{
    return slot.title.isEmpty() ? slot.key : Commands::tr("“%1”").arg(slot.title);
}

} // namespace

bool wasApplied(ForumDocument *document, const QUndoCommand *command)
{
    const QUndoStack *stack = document->undoStack();
    return stack->index() > 0 && stack->command(stack->index() - 1) == command;
}

// Themes

AddThemeCommand::AddThemeCommand(ForumDocument *document, Theme theme)
    : m_document(document)
    , m_theme(std::move(theme))
{
    setText(Commands::tr("Add theme “%1”").arg(m_theme.title));
}

void AddThemeCommand::redo()
{
    m_theme.id = 0; // a new row each time: the undo removed the previous one
    if (!m_document->saveTheme(m_theme))
        setObsolete(true);
}

void AddThemeCommand::undo()
{
    (void)m_document->removeTheme(m_theme.key);
}

EditThemeCommand::EditThemeCommand(ForumDocument *document, Theme before, Theme after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(Commands::tr("Edit theme “%1”").arg(m_after.title));
}

void EditThemeCommand::redo()
{
    if (!m_document->saveTheme(m_after))
        setObsolete(true);
}

void EditThemeCommand::undo()
{
    (void)m_document->saveTheme(m_before);
}

RemoveThemeCommand::RemoveThemeCommand(ForumDocument *document, const QString &key)
    : m_document(document)
{
    const QList<Theme> &themes = document->themes();
    for (int i = 0; i < themes.size(); ++i)
        if (themes.at(i).key == key) {
            m_theme = themes.at(i);
            m_row = i;
        }
    m_theme.key = key;
    setText(Commands::tr("Remove theme “%1”").arg(m_theme.title.isEmpty() ? key : m_theme.title));
}

void RemoveThemeCommand::redo()
{
    if (!m_document->removeTheme(m_theme.key))
        setObsolete(true);
}

void RemoveThemeCommand::undo()
{
    (void)m_document->restoreTheme(m_theme, m_row);
}

// Rooms

AddRoomCommand::AddRoomCommand(ForumDocument *document, Room room)
    : m_document(document)
    , m_room(std::move(room))
{
    setText(Commands::tr("Add room “%1”").arg(m_room.name));
}

void AddRoomCommand::redo()
{
    m_room.id = 0;
    if (!m_document->saveRoom(m_room))
        setObsolete(true);
}

void AddRoomCommand::undo()
{
    (void)m_document->removeRoom(m_room.key);
}

EditRoomCommand::EditRoomCommand(ForumDocument *document, Room before, Room after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(Commands::tr("Edit room “%1”").arg(m_after.name));
}

void EditRoomCommand::redo()
{
    if (!m_document->saveRoom(m_after))
        setObsolete(true);
}

void EditRoomCommand::undo()
{
    (void)m_document->saveRoom(m_before);
}

RemoveRoomCommand::RemoveRoomCommand(ForumDocument *document, const QString &key)
    : m_document(document)
{
    if (const Room *room = find(document->rooms(), key))
        m_room = *room;
    m_room.key = key;
    for (const TimeSlot &s : document->timeSlots())
        if (s.room == key)
            m_slotKeys << s.key;
    for (const Workshop &w : document->workshops())
        if (w.room == key)
            m_workshopKeys << w.key;
    setText(Commands::tr("Remove room “%1”").arg(m_room.name.isEmpty() ? key : m_room.name));
}

void RemoveRoomCommand::redo()
{
    if (!m_document->removeRoom(m_room.key))
        setObsolete(true);
}

void RemoveRoomCommand::undo()
{
    (void)m_document->restoreRoom(m_room, m_slotKeys, m_workshopKeys);
}

// Time slots

AddTimeSlotCommand::AddTimeSlotCommand(ForumDocument *document, TimeSlot slot)
    : m_document(document)
    , m_slot(std::move(slot))
{
    setText(Commands::tr("Add time slot %1").arg(slotName(m_slot)));
}

void AddTimeSlotCommand::redo()
{
    m_slot.id = 0;
    if (!m_document->saveTimeSlot(m_slot))
        setObsolete(true);
}

void AddTimeSlotCommand::undo()
{
    (void)m_document->removeTimeSlot(m_slot.key);
}

EditTimeSlotCommand::EditTimeSlotCommand(ForumDocument *document, TimeSlot before, TimeSlot after,
                                         const QString &text)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text.isEmpty() ? Commands::tr("Edit time slot %1").arg(slotName(m_after)) : text);
}

void EditTimeSlotCommand::redo()
{
    if (!m_document->saveTimeSlot(m_after))
        setObsolete(true);
}

void EditTimeSlotCommand::undo()
{
    (void)m_document->saveTimeSlot(m_before);
}

RemoveTimeSlotCommand::RemoveTimeSlotCommand(ForumDocument *document, const QString &key)
    : m_document(document)
{
    if (const TimeSlot *slot = find(document->timeSlots(), key))
        m_slot = *slot;
    m_slot.key = key;
    setText(Commands::tr("Remove time slot %1").arg(slotName(m_slot)));
}

void RemoveTimeSlotCommand::redo()
{
    if (!m_document->removeTimeSlot(m_slot.key))
        setObsolete(true);
}

void RemoveTimeSlotCommand::undo()
{
    TimeSlot slot = m_slot;
    slot.id = 0;
    (void)m_document->saveTimeSlot(slot);
}

// Workshops

AddWorkshopCommand::AddWorkshopCommand(ForumDocument *document, Workshop workshop)
    : m_document(document)
    , m_workshop(std::move(workshop))
{
    setText(Commands::tr("Add workshop %1").arg(m_workshop.key));
}

void AddWorkshopCommand::redo()
{
    m_workshop.id = 0;
    if (!m_document->saveWorkshop(m_workshop))
        setObsolete(true);
}

void AddWorkshopCommand::undo()
{
    (void)m_document->removeWorkshop(m_workshop.key);
}

EditWorkshopCommand::EditWorkshopCommand(ForumDocument *document, Workshop before, Workshop after,
                                         const QString &text)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text.isEmpty() ? Commands::tr("Edit workshop %1").arg(m_after.key) : text);
}

void EditWorkshopCommand::redo()
{
    if (!m_document->saveWorkshop(m_after))
        setObsolete(true);
}

void EditWorkshopCommand::undo()
{
    (void)m_document->saveWorkshop(m_before);
}

RemoveWorkshopCommand::RemoveWorkshopCommand(ForumDocument *document, const QString &key)
    : m_document(document)
{
    if (const Workshop *w = find(document->workshops(), key))
        m_workshop = *w;
    m_workshop.key = key;
    for (const AssignmentRow &a : document->assignments())
        if (a.workshop == key)
            m_placements << a;
    setText(Commands::tr("Remove workshop %1").arg(key));
}

void RemoveWorkshopCommand::redo()
{
    if (!m_document->removeWorkshop(m_workshop.key))
        setObsolete(true);
}

void RemoveWorkshopCommand::undo()
{
    // The slot as it is now, with the workshop and its members back, in one transaction.
    const QString slot = m_workshop.slot;
    QList<Workshop> workshops;
    for (const Workshop &w : m_document->workshops())
        if (w.slot == slot)
            workshops << w;
    Workshop restored = m_workshop;
    restored.id = 0;
    workshops << restored;
    QList<AssignmentRow> placements;
    for (const AssignmentRow &a : m_document->assignments())
        if (a.slot == slot)
            placements << a;
    placements += m_placements;
    (void)m_document->replaceSlotPlans({slot}, workshops, placements);
}

} // namespace cordee
