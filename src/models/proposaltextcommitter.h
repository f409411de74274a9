#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace cordee {

class ForumDocument;

/// Takes a proposal's text from an editor to the file as it is typed, so that a crash or a power cut loses
/// at most the word being typed: a word that ends (a space or punctuation typed, or pasted) is written at
/// once, a pause of idleDelay() writes what is there, and flush() writes what is left (focus leaving the
/// editor, Enter). Every write is an undoable step that merges with the previous ones of the same proposal
/// (see typingTag()), so one undo takes back the whole typing.
class ProposalTextCommitter : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIdleDelay = 400; ///< ms

    explicit ProposalTextCommitter(QObject *parent = nullptr);

    void setDocument(ForumDocument *document);
    int idleDelay() const { return m_idle.interval(); }
    void setIdleDelay(int ms) { m_idle.setInterval(ms); }

    /// The editor of proposal `key` now reads `text`. A different proposal than the one pending writes that
    /// one first.
    void textEdited(const QString &key, const QString &text);
    /// Writes what is pending now. False when it could not be written (the document has said why).
    bool flush();
    /// Forgets what is pending without writing it (the proposal went away).
    void discard();

    bool hasPending() const { return !m_key.isEmpty(); }
    QString pendingKey() const { return m_key; }
    QString pendingText() const { return m_text; }

Q_SIGNALS:
    /// The text of `key` has reached the file.
    void committed(const QString &key);

private:
    /// True when what was typed between `before` and `after` ends a word.
    static bool endsWord(const QString &before, const QString &after);

    QPointer<ForumDocument> m_document;
    QTimer m_idle;
    QString m_key;
    QString m_text;
    QString m_lastSeen; ///< the editor's text at the previous call, to see what was typed
};

} // namespace cordee
