#include "participantcommands.h"

#include "forumdocument.h"

#include <QCoreApplication>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Commands::tr the same way).
struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

} // namespace

AddParticipantCommand::AddParticipantCommand(ForumDocument *document, Participant participant)
    : m_document(document)
    , m_participant(std::move(participant))
{
    setText(Commands::tr("Add %1").arg(m_participant.displayName()));
}

void AddParticipantCommand::redo()
{
    // The first redo gives the person an id; later redos restore them under the same id.
    if (!m_document->addParticipant(m_participant))
        setObsolete(true);
}

void AddParticipantCommand::undo()
{
    (void)m_document->removeParticipants({m_participant.id});
}

EditParticipantCommand::EditParticipantCommand(ForumDocument *document, Participant before, Participant after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(Commands::tr("Edit %1").arg(m_after.displayName()));
}

void EditParticipantCommand::redo()
{
    if (!m_document->updateParticipant(m_after))
        setObsolete(true);
}

void EditParticipantCommand::undo()
{
    (void)m_document->updateParticipant(m_before);
}

DeleteParticipantsCommand::DeleteParticipantsCommand(ForumDocument *document, QList<Participant> participants)
    : m_document(document)
    , m_participants(std::move(participants))
{
    setText(m_participants.size() == 1
                ? Commands::tr("Delete %1").arg(m_participants.constFirst().displayName())
                : Commands::tr("Delete %n participant(s)", nullptr, int(m_participants.size())));
}

void DeleteParticipantsCommand::redo()
{
    QList<qint64> ids;
    for (const Participant &p : std::as_const(m_participants))
        ids << p.id;
    if (!m_document->removeParticipants(ids))
        setObsolete(true);
}

void DeleteParticipantsCommand::undo()
{
    (void)m_document->addParticipants(m_participants);
}

ImportParticipantsCommand::ImportParticipantsCommand(ForumDocument *document, QList<Participant> insert,
                                                     QList<Participant> update,
                                                     QList<Participant> updateBefore)
    : m_document(document)
    , m_insert(std::move(insert))
    , m_update(std::move(update))
    , m_updateBefore(std::move(updateBefore))
{
    setText(Commands::tr("Import %n participant(s)", nullptr, int(m_insert.size())));
}

void ImportParticipantsCommand::redo()
{
    // The first redo gives the new people ids; later redos bring them back under the same ids.
    if (!m_document->applyParticipantChanges(m_insert, m_update))
        setObsolete(true);
}

void ImportParticipantsCommand::undo()
{
    QList<Participant> none;
    (void)m_document->applyParticipantChanges(none, m_updateBefore, insertedIds());
}

QList<qint64> ImportParticipantsCommand::insertedIds() const
{
    QList<qint64> ids;
    for (const Participant &p : m_insert)
        ids << p.id;
    return ids;
}

EditForumInfoCommand::EditForumInfoCommand(ForumDocument *document, ForumInfo after)
    : m_document(document)
    , m_before(document->info())
    , m_after(std::move(after))
{
    setText(Commands::tr("Edit the forum's settings"));
}

void EditForumInfoCommand::redo()
{
    if (!m_document->setInfo(m_after))
        setObsolete(true);
}

void EditForumInfoCommand::undo()
{
    (void)m_document->setInfo(m_before);
}

} // namespace cordee
