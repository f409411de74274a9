#pragma once

#include "assignmentrepository.h"
#include "formationbridge.h"
#include "forum.h"

#include <QList>
#include <QStringList>
#include <QUndoCommand>

namespace cordee {

class ForumDocument;

/// Where someone is in one slot: a workshop key (empty: not placed) and whether the organizer pinned them.
struct Placement
{
    QString workshop;
    bool pinned = false;
    bool operator==(const Placement &) const = default;
};

/// The organizer moves a participant to another workshop of a slot, takes them out of it, or pins or
/// unpins them where they are: each one step of the history.
class MovePlacementCommand : public QUndoCommand
{
public:
    MovePlacementCommand(ForumDocument *document, qint64 participantId, QString slotKey, Placement after);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    qint64 m_participantId;
    QString m_slot;
    Placement m_before;
    Placement m_after;
};

/// A formation run (or a plan of workshops from demand) applied to whole slots: their workshops and
/// placements as the run made them; undo brings back what the slots held before.
class ReplaceSlotPlansCommand : public QUndoCommand
{
public:
    ReplaceSlotPlansCommand(ForumDocument *document, QStringList slotKeys, QList<Workshop> workshops,
                            QList<AssignmentRow> placements, const QString &text);
    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    QStringList m_slots;
    QList<Workshop> m_beforeWorkshops, m_afterWorkshops;
    QList<AssignmentRow> m_beforePlacements, m_afterPlacements;
};

/// Where `participantId` is in `slotKey` in `document` now.
Placement placementOf(const ForumDocument &document, qint64 participantId, const QString &slotKey);

} // namespace cordee
