#include "proposaltextcommitter.h"

#include "forumdocument.h"
#include "proposalcommands.h"

#include <QCoreApplication>

namespace cordee {

namespace {

// The translation context of this file's messages (shared with the other undo commands).
struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

bool isWordEnd(QChar c)
{
    return c.isSpace() || c.isPunct();
}

} // namespace

ProposalTextCommitter::ProposalTextCommitter(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(DefaultIdleDelay);
    connect(&m_idle, &QTimer::timeout, this, &ProposalTextCommitter::flush);
}

void ProposalTextCommitter::setDocument(ForumDocument *document)
{
    if (document != m_document)
        discard();
    m_document = document;
}

bool ProposalTextCommitter::endsWord(const QString &before, const QString &after)
{
    if (after.size() <= before.size())
        return false;
    // What was inserted lies after the common beginning; pasted text counts when it holds a word end.
    qsizetype start = 0;
    while (start < before.size() && before.at(start) == after.at(start))
        ++start;
    const qsizetype inserted = after.size() - before.size();
    for (qsizetype i = start; i < start + inserted && i < after.size(); ++i)
        if (isWordEnd(after.at(i)))
            return true;
    return false;
}

void ProposalTextCommitter::textEdited(const QString &key, const QString &text)
{
    if (!m_key.isEmpty() && key != m_key)
        flush();
    if (m_key != key) {
        const Proposal *p = m_document ? m_document->proposals().find(key) : nullptr;
        m_lastSeen = p ? p->text : QString();
    }
    const bool wordEnded = endsWord(m_lastSeen, text);
    m_lastSeen = text;
    m_key = key;
    m_text = text;
    if (wordEnded)
        flush();
    else
        m_idle.start();
}

bool ProposalTextCommitter::flush()
{
    m_idle.stop();
    if (m_key.isEmpty())
        return true;
    const QString key = std::exchange(m_key, QString());
    const QString text = std::exchange(m_text, QString());
    if (!m_document)
        return false;
    const Proposal *old = m_document->proposals().find(key);
    if (!old)
        return false;
    if (old->text == text)
        return true;
    Proposal changed = *old;
    changed.text = text;
    const Status s = pushProposalEdit(m_document, planUpdate(m_document->proposals(), changed),
                                      Commands::tr("Type in %1").arg(key), typingTag(key));
    if (s)
        Q_EMIT committed(key);
    return s.isOk();
}

void ProposalTextCommitter::discard()
{
    m_idle.stop();
    m_key.clear();
    m_text.clear();
}

} // namespace cordee
