#pragma once

#include "proposaledit.h"

#include <QString>
#include <QUndoCommand>

namespace cordee {

class ForumDocument;

/// One planned change of the proposals (see proposaledit.h) as a step of the history: redo writes it, undo
/// writes its inverse. A command whose first redo fails (the document said why) makes itself obsolete, so the
/// stack never holds a change that did not happen.
///
/// Commands given the same non-empty `mergeTag` (typingTag() for the text of one proposal) merge while they
/// follow each other: the text is written at every word, yet one undo takes back the whole typing. A merge
/// that comes back to where it started leaves no step at all.
class ProposalEditCommand : public QUndoCommand
{
public:
    ProposalEditCommand(ForumDocument *document, ProposalEdit edit, const QString &text,
                        QString mergeTag = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const ProposalEdit &edit() const { return m_edit; }
    QString mergeTag() const { return m_mergeTag; }

private:
    friend Status pushProposalEdit(ForumDocument *, const Result<ProposalEdit> &, const QString &,
                                   const QString &);

    ForumDocument *m_document;
    ProposalEdit m_edit;
    QString m_mergeTag;
    bool m_done = false;
    bool m_skipRedo = false; ///< applied before being pushed
};

/// The merge tag of typing in the text of proposal `key`.
QString typingTag(const QString &key);

/// Applies `planned` to the document and records it on its undo stack as one step named `text`; returns the
/// error of the plan or of the writing, and records nothing then. An empty edit is ok and records nothing.
Status pushProposalEdit(ForumDocument *document, const Result<ProposalEdit> &planned, const QString &text,
                        const QString &mergeTag = {});

} // namespace cordee
