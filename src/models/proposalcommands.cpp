#include "proposalcommands.h"

#include "forumdocument.h"

namespace cordee {

namespace {

constexpr int ProposalMergeId = 0x50524f50; // "PROP"

/// The one proposal an edit changes, when that is all it does (a text or field edit); else null.
const Proposal *singleChange(const ProposalEdit &edit, const Proposal **after)
{
    if (!edit.added.isEmpty() || !edit.removed.isEmpty() || !edit.addedEdges.isEmpty() ||
        !edit.removedEdges.isEmpty() || edit.before.size() != 1 || edit.after.size() != 1)
        return nullptr;
    *after = &edit.after.constFirst();
    return &edit.before.constFirst();
}

} // namespace

QString typingTag(const QString &key)
{
    return QStringLiteral("text:") + key;
}

ProposalEditCommand::ProposalEditCommand(ForumDocument *document, ProposalEdit edit, const QString &text,
                                         QString mergeTag)
    : m_document(document)
    , m_edit(std::move(edit))
    , m_mergeTag(std::move(mergeTag))
{
    setText(text);
}

void ProposalEditCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    const Status s = m_document->applyProposalEdit(m_edit);
    if (!s && !m_done)
        setObsolete(true);
    m_done = m_done || s.isOk();
}

void ProposalEditCommand::undo()
{
    (void)m_document->applyProposalEdit(m_edit.inverted());
}

int ProposalEditCommand::id() const
{
    return m_mergeTag.isEmpty() ? -1 : ProposalMergeId;
}

bool ProposalEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ProposalEditCommand *>(other);
    if (!next || next->isObsolete() || m_mergeTag.isEmpty() || next->m_mergeTag != m_mergeTag)
        return false;
    const Proposal *theirsAfter = nullptr;
    const Proposal *theirsBefore = singleChange(next->m_edit, &theirsAfter);
    if (!theirsBefore)
        return false;
    // The proposal this step added, typed on: the step adds it with its later text.
    for (Proposal &added : m_edit.added)
        if (added.key == theirsBefore->key) {
            Proposal startedFrom = *theirsBefore;
            startedFrom.id = added.id; // the file gave it its id after this step was planned
            if (!(startedFrom == added))
                return false;
            const qint64 id = added.id;
            added = *theirsAfter;
            added.id = id;
            return true;
        }
    // Only a chain: what this step left is what the next one started from.
    const Proposal *mineAfter = nullptr;
    const Proposal *mineBefore = singleChange(m_edit, &mineAfter);
    if (!mineBefore || !(*mineAfter == *theirsBefore))
        return false;
    m_edit.after[0] = *theirsAfter;
    if (m_edit.before.constFirst() == m_edit.after.constFirst())
        setObsolete(true);
    return true;
}

Status pushProposalEdit(ForumDocument *document, const Result<ProposalEdit> &planned, const QString &text,
                        const QString &mergeTag)
{
    if (!planned)
        return planned.status();
    if (planned->isEmpty())
        return {};
    if (Status s = document->applyProposalEdit(planned.value()); !s)
        return s;
    auto *command = new ProposalEditCommand(document, planned.value(), text, mergeTag);
    command->m_done = true;
    command->m_skipRedo = true;
    document->undoStack()->push(command);
    return {};
}

} // namespace cordee
