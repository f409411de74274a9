#include "programmeeditor.h"

#include "demandplandialog.h"
#include "forumdocument.h"
#include "placementcommands.h"
#include "programmecommands.h"
#include "roomdialog.h"
#include "themedialog.h"
#include "timeslotdialog.h"
#include "workshopdialog.h"

#include <QWidget>

#include <algorithm>

namespace cordee {

namespace {

template <typename T>
QSet<QString> keysOf(const QList<T> &items, const QString &except = {})
{
    QSet<QString> keys;
    for (const T &item : items)
        if (item.key != except)
            keys.insert(item.key);
    return keys;
}

template <typename T>
const T *byKey(const QList<T> &items, const QString &key)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const T &i) { return i.key == key; });
    return it == items.cend() ? nullptr : &*it;
}

} // namespace

ProgrammeEditor::ProgrammeEditor(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_parent(dialogParent)
{}

bool ProgrammeEditor::push(QUndoCommand *command)
{
    m_document->undoStack()->push(command);
    return wasApplied(m_document, command);
}

ProgrammeRef ProgrammeEditor::addTimeSlot(const QDate &day)
{
    if (!m_document)
        return {};
    TimeSlotDialog dialog(m_document->info(), m_document->rooms(), keysOf(m_document->timeSlots()), m_parent);
    TimeSlot fresh = dialog.timeSlot();
    if (day.isValid())
        fresh.date = day;
    dialog.setTimeSlot(fresh);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const TimeSlot slot = dialog.timeSlot();
    if (!push(new AddTimeSlotCommand(m_document, slot)))
        return {};
    Q_EMIT statusMessage(tr("Time slot %1 added; Ctrl+Z takes it back").arg(slot.key));
    return {ProgrammeRef::Type::TimeSlot, slot.key};
}

ProgrammeRef ProgrammeEditor::addWorkshop(const QString &slotKey)
{
    if (!m_document)
        return {};
    WorkshopDialog dialog(*m_document, m_parent);
    Workshop fresh;
    fresh.slot = slotKey;
    fresh.language = m_document->info().languages.value(0);
    dialog.setWorkshop(fresh);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const Workshop w = dialog.workshop();
    if (!push(new AddWorkshopCommand(m_document, w)))
        return {};
    Q_EMIT statusMessage(tr("Workshop %1 added; Ctrl+Z takes it back").arg(w.key));
    return {ProgrammeRef::Type::Workshop, w.key};
}

ProgrammeRef ProgrammeEditor::addTheme()
{
    if (!m_document)
        return {};
    ThemeDialog dialog(keysOf(m_document->themes()), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const Theme t = dialog.theme();
    if (!push(new AddThemeCommand(m_document, t)))
        return {};
    Q_EMIT statusMessage(tr("Theme “%1” added").arg(t.title));
    return {ProgrammeRef::Type::Theme, t.key};
}

ProgrammeRef ProgrammeEditor::addRoom()
{
    if (!m_document)
        return {};
    RoomDialog dialog(keysOf(m_document->rooms()), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const Room r = dialog.room();
    if (!push(new AddRoomCommand(m_document, r)))
        return {};
    Q_EMIT statusMessage(tr("Room “%1” added").arg(r.name));
    return {ProgrammeRef::Type::Room, r.key};
}

void ProgrammeEditor::edit(const ProgrammeRef &ref)
{
    if (!m_document)
        return;
    switch (ref.type) {
    case ProgrammeRef::Type::Theme:
        if (const Theme *t = byKey(m_document->themes(), ref.key)) {
            const Theme before = *t;
            ThemeDialog dialog(keysOf(m_document->themes(), ref.key), m_parent);
            dialog.setTheme(before);
            if (dialog.exec() == QDialog::Accepted && dialog.theme() != before)
                push(new EditThemeCommand(m_document, before, dialog.theme()));
        }
        break;
    case ProgrammeRef::Type::Room:
        if (const Room *r = byKey(m_document->rooms(), ref.key)) {
            const Room before = *r;
            RoomDialog dialog(keysOf(m_document->rooms(), ref.key), m_parent);
            dialog.setRoom(before);
            if (dialog.exec() == QDialog::Accepted && dialog.room() != before)
                push(new EditRoomCommand(m_document, before, dialog.room()));
        }
        break;
    case ProgrammeRef::Type::TimeSlot:
        if (const TimeSlot *s = byKey(m_document->timeSlots(), ref.key)) {
            const TimeSlot before = *s;
            TimeSlotDialog dialog(m_document->info(), m_document->rooms(),
                                  keysOf(m_document->timeSlots(), ref.key), m_parent);
            dialog.setTimeSlot(before);
            if (dialog.exec() == QDialog::Accepted && dialog.timeSlot() != before)
                push(new EditTimeSlotCommand(m_document, before, dialog.timeSlot()));
        }
        break;
    case ProgrammeRef::Type::Workshop:
        if (const Workshop *w = byKey(m_document->workshops(), ref.key)) {
            const Workshop before = *w;
            WorkshopDialog dialog(*m_document, m_parent);
            dialog.setWorkshop(before);
            if (dialog.exec() == QDialog::Accepted && dialog.workshop() != before)
                push(new EditWorkshopCommand(m_document, before, dialog.workshop()));
        }
        break;
    case ProgrammeRef::Type::None:
        break;
    }
}

bool ProgrammeEditor::remove(const ProgrammeRef &ref)
{
    if (!m_document || ref.isNull())
        return false;
    QUndoCommand *command = nullptr;
    switch (ref.type) {
    case ProgrammeRef::Type::Theme:
        command = new RemoveThemeCommand(m_document, ref.key);
        break;
    case ProgrammeRef::Type::Room:
        command = new RemoveRoomCommand(m_document, ref.key);
        break;
    case ProgrammeRef::Type::TimeSlot:
        command = new RemoveTimeSlotCommand(m_document, ref.key);
        break;
    case ProgrammeRef::Type::Workshop:
        command = new RemoveWorkshopCommand(m_document, ref.key);
        break;
    case ProgrammeRef::Type::None:
        return false;
    }
    const QString text = command->text();
    if (!push(command))
        return false;
    // No confirmation: removing is undoable, and the status bar says so.
    Q_EMIT statusMessage(tr("%1 — Ctrl+Z brings it back").arg(text));
    return true;
}

bool ProgrammeEditor::planFromDemand(const QString &slotKey)
{
    if (!m_document)
        return false;
    DemandPlanDialog dialog(*m_document, slotKey, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString slot = dialog.slotKey();
    const QList<Workshop> planned = dialog.workshops();
    if (!push(new ReplaceSlotPlansCommand(m_document, {slot}, planned, dialog.placementsKept(),
                                          tr("Plan the workshops of %1").arg(slot))))
        return false;
    Q_EMIT statusMessage(
        tr("%n workshop(s) planned for %1; Ctrl+Z takes the plan back", nullptr, int(planned.size()))
            .arg(slot));
    return true;
}

} // namespace cordee
