#pragma once

#include "proposaloutline.h"

#include <QHash>
#include <QPointer>
#include <QScrollArea>

#include <optional>

class QFrame;
class QUndoStack;
class QLabel;
class QVBoxLayout;

namespace cordee {

class ForumDocument;
class OutlineRow;
class ProposalTextCommitter;

/// The rapporteur's editor: one workshop's proposals as an outline typed like a list in a word processor.
/// Enter starts the next proposal, Tab and Shift+Tab make a sub-point of the one above and back, the grip
/// or Alt+Up/Down (moveCurrent()) reorders, Backspace or Del on an empty proposal removes it, Ctrl+Z and
/// Ctrl+Shift+Z go through the forum's history. What is typed reaches the file word by word
/// (ProposalTextCommitter); a new proposal is written with its first letter.
class CaptureOutline : public QScrollArea
{
    Q_OBJECT

public:
    explicit CaptureOutline(QWidget *parent = nullptr);
    ~CaptureOutline() override;

    void setDocument(ForumDocument *document);
    /// Shows the proposals of `workshop` (empty: the plenary).
    void setWorkshop(const QString &workshop);
    QString workshop() const { return m_workshop; }

    /// The proposal being edited (or last edited); empty for none or for a draft.
    QString currentKey() const { return m_current; }
    /// The rows in outline order, the draft (whose key is empty) included.
    QList<OutlineRow *> rows() const { return m_order; }
    OutlineRow *rowOf(const QString &key) const { return m_rows.value(key); }
    OutlineRow *draftRow() const { return m_draftRow; }
    ProposalTextCommitter *committer() const { return m_committer; }

public Q_SLOTS:
    /// Starts a proposal after the current one (or last in the workshop) and puts the cursor in it.
    void startProposal();
    void indentCurrent();
    void outdentCurrent();
    void moveCurrent(int delta);
    void focusProposal(const QString &key);
    /// Writes what waits to be written.
    bool flush();
    void undo();
    void redo();

Q_SIGNALS:
    /// The cursor went to another proposal (empty key: a draft).
    void currentChanged(const QString &key);
    /// The text of `key` (empty: the draft) now reads `text` in the editor.
    void textTyped(const QString &key, const QString &text);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    OutlineRow *makeRow(const QString &key);
    void textChanged(OutlineRow *row);
    void enter(OutlineRow *row);
    void indent(OutlineRow *row);
    void outdent(OutlineRow *row);
    void leave(OutlineRow *row, int direction);
    void removeEmpty(OutlineRow *row, int direction);
    void focusLeft(OutlineRow *row);
    void createFromDraft(OutlineRow *row);
    void startDraft(const QString &afterKey);
    void dropDraft();
    void dragRow(OutlineRow *row);
    /// The row a drop at `y` (in the container) goes to, made a sibling of `key`; null when none.
    OutlineRow *dropTarget(const QString &key, int y) const;
    void focusRow(OutlineRow *row, int cursor);
    void push(const Result<ProposalEdit> &planned, const QString &text);
    QString workshopTheme() const;
    qint64 workshopRapporteur() const;

    ForumDocument *m_document = nullptr;
    QPointer<QUndoStack> m_stack;
    QString m_workshop;
    QWidget *m_canvas = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QFrame *m_dropLine = nullptr;
    QHash<QString, OutlineRow *> m_rows;
    QList<OutlineRow *> m_order;
    OutlineRow *m_draftRow = nullptr;
    std::optional<outline::DraftProposal> m_draft;
    QString m_current;
    /// The row to put the cursor in after the next rebuild ("" with m_focusDraft: the draft), and where.
    QString m_focusKey;
    bool m_focusDraft = false;
    int m_focusCursor = -1;
    ProposalTextCommitter *m_committer = nullptr;
    QString m_dragged;
};

} // namespace cordee
