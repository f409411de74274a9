#include "declarationcommands.h"

#include "forumdocument.h"

#include <QCoreApplication>

namespace cordee {

namespace {

// The translation context of this file's messages (shared with the other undo commands).
struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

constexpr int DeclarationMergeId = 0x4445434c; // "DECL"

} // namespace

QString declarationPartName(DeclarationPart part)
{
    switch (part) {
    case DeclarationPart::PlaceAndDate:
        return Commands::tr("Place and Date");
    case DeclarationPart::Title:
        return Commands::tr("Forum Name");
    case DeclarationPart::Question:
        return Commands::tr("Question");
    case DeclarationPart::Introduction:
        return Commands::tr("Introduction");
    case DeclarationPart::Patronage:
        return Commands::tr("Patronage");
    case DeclarationPart::Guests:
        return Commands::tr("Guests of Honour");
    case DeclarationPart::Participation:
        return Commands::tr("Participation");
    case DeclarationPart::Decisions:
        return Commands::tr("Words Before the Proposals");
    case DeclarationPart::Closing:
        return Commands::tr("Closing Text");
    case DeclarationPart::Conclusion:
        return Commands::tr("Conclusion");
    case DeclarationPart::Signature:
        return Commands::tr("Signature");
    }
    return {};
}

DeclarationTextCommand::DeclarationTextCommand(ForumDocument *document, QString language,
                                               DeclarationPart part, QString before, QString after)
    : m_document(document)
    , m_language(std::move(language))
    , m_part(part)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(Commands::tr("Edit %1").arg(declarationPartName(part)));
}

void DeclarationTextCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    const Status s = m_document->setDeclarationText(m_language, m_part, m_after);
    if (!s && !m_done)
        setObsolete(true);
    m_done = m_done || s.isOk();
}

void DeclarationTextCommand::undo()
{
    (void)m_document->setDeclarationText(m_language, m_part, m_before);
}

int DeclarationTextCommand::id() const
{
    return DeclarationMergeId;
}

bool DeclarationTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const DeclarationTextCommand *>(other);
    if (!next || next->isObsolete() || next->m_language != m_language || next->m_part != m_part ||
        next->m_before != m_after)
        return false;
    m_after = next->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

Status pushDeclarationText(ForumDocument *document, const QString &language, DeclarationPart part,
                           const QString &text)
{
    const QString before = document->declarationText(language, part);
    if (before == text)
        return {};
    if (Status s = document->setDeclarationText(language, part, text); !s)
        return s;
    auto *command = new DeclarationTextCommand(document, language, part, before, text);
    command->m_done = true;
    command->m_skipRedo = true;
    document->undoStack()->push(command);
    return {};
}

GuestsCommand::GuestsCommand(ForumDocument *document, QList<Guest> before, QList<Guest> after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(Commands::tr("Edit %1").arg(declarationPartName(DeclarationPart::Guests)));
}

void GuestsCommand::redo()
{
    (void)m_document->setGuests(m_after);
}

void GuestsCommand::undo()
{
    (void)m_document->setGuests(m_before);
}

Status pushGuests(ForumDocument *document, const QList<Guest> &guests)
{
    const QList<Guest> before = document->declarationTexts().guests;
    if (before == guests)
        return {};
    if (Status s = document->setGuests(guests); !s)
        return s;
    // Written already: the first redo() writes the same list again, which changes nothing.
    document->undoStack()->push(new GuestsCommand(document, before, guests));
    return {};
}

} // namespace cordee
