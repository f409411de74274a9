#pragma once

#include "declaration.h"
#include "result.h"

#include <QString>
#include <QUndoCommand>

namespace cordee {

class ForumDocument;

/// The free text of one part of the declaration in one language, as a step of the history: redo writes
/// the new text, undo the one before. Typing in the same part merges into one step while nothing else
/// happens in between, so the text reaches the file at every keystroke yet one undo takes back the whole
/// typing; a merge that comes back to where it started leaves no step at all.
class DeclarationTextCommand : public QUndoCommand
{
public:
    DeclarationTextCommand(ForumDocument *document, QString language, DeclarationPart part, QString before,
                           QString after);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    QString language() const { return m_language; }
    DeclarationPart part() const { return m_part; }
    QString before() const { return m_before; }
    QString after() const { return m_after; }

private:
    friend Status pushDeclarationText(ForumDocument *, const QString &, DeclarationPart, const QString &);

    ForumDocument *m_document;
    QString m_language;
    DeclarationPart m_part;
    QString m_before;
    QString m_after;
    bool m_done = false;
    bool m_skipRedo = false; ///< applied before being pushed
};

/// The guests of honour as a step of the history: redo writes the new list, undo the one before.
class GuestsCommand : public QUndoCommand
{
public:
    GuestsCommand(ForumDocument *document, QList<Guest> before, QList<Guest> after);

    void redo() override;
    void undo() override;

private:
    ForumDocument *m_document;
    QList<Guest> m_before;
    QList<Guest> m_after;
};

/// Writes `guests` and records it on the document's undo stack; nothing is recorded when it could not be
/// written (the error says why) or did not change.
Status pushGuests(ForumDocument *document, const QList<Guest> &guests);

/// The name of the part in the history ("Edit Patronage").
QString declarationPartName(DeclarationPart part);

/// Writes `text` as `language`'s own text of the free part `part` and records it on the document's undo
/// stack; nothing is recorded when it could not be written (the error says why) or did not change.
Status pushDeclarationText(ForumDocument *document, const QString &language, DeclarationPart part,
                           const QString &text);

} // namespace cordee
