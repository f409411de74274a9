#include "placementcommands.h"

#include "forumdocument.h"

#include <QCoreApplication>
#include <QSet>

namespace cordee {

namespace {

// The translation context of this file's messages (shared with the other undo commands).
struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

QString nameOf(const ForumDocument &document, qint64 id)
{
    const int row = document.indexOfParticipant(id);
    return row >= 0 ? document.participants().at(row).displayName() : QString();
}

QString moveText(const QString &name, const Placement &before, const Placement &after)
{
    if (after.workshop.isEmpty())
        return Commands::tr("Take %1 out of the workshop").arg(name);
    if (before.workshop == after.workshop)
        return after.pinned ? Commands::tr("Pin %1").arg(name) : Commands::tr("Unpin %1").arg(name);
    return Commands::tr("Move %1 to %2").arg(name, after.workshop);
}

} // namespace

Placement placementOf(const ForumDocument &document, qint64 participantId, const QString &slotKey)
{
    for (const AssignmentRow &a : document.assignments())
        if (a.participantId == participantId && a.slot == slotKey)
            return Placement{a.workshop, a.pinned};
    return {};
}

MovePlacementCommand::MovePlacementCommand(ForumDocument *document, qint64 participantId, QString slotKey,
                                           Placement after)
    : m_document(document)
    , m_participantId(participantId)
    , m_slot(std::move(slotKey))
    , m_before(placementOf(*document, participantId, m_slot))
    , m_after(std::move(after))
{
    setText(moveText(nameOf(*document, participantId), m_before, m_after));
}

void MovePlacementCommand::redo()
{
    if (!m_document->setPlacement(m_participantId, m_slot, m_after.workshop, m_after.pinned))
        setObsolete(true);
}

void MovePlacementCommand::undo()
{
    (void)m_document->setPlacement(m_participantId, m_slot, m_before.workshop, m_before.pinned);
}

ReplaceSlotPlansCommand::ReplaceSlotPlansCommand(ForumDocument *document, QStringList slotKeys,
                                                 QList<Workshop> workshops, QList<AssignmentRow> placements,
                                                 const QString &text)
    : m_document(document)
    , m_slots(std::move(slotKeys))
    , m_afterWorkshops(std::move(workshops))
    , m_afterPlacements(std::move(placements))
{
    setText(text);
    const QSet<QString> targets(m_slots.cbegin(), m_slots.cend());
    for (const Workshop &w : document->workshops())
        if (targets.contains(w.slot))
            m_beforeWorkshops << w;
    for (const AssignmentRow &a : document->assignments())
        if (targets.contains(a.slot))
            m_beforePlacements << a;
}

void ReplaceSlotPlansCommand::redo()
{
    if (!m_document->replaceSlotPlans(m_slots, m_afterWorkshops, m_afterPlacements))
        setObsolete(true);
}

void ReplaceSlotPlansCommand::undo()
{
    (void)m_document->replaceSlotPlans(m_slots, m_beforeWorkshops, m_beforePlacements);
}

} // namespace cordee
