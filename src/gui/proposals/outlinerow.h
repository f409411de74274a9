#pragma once

#include "proposal.h"

#include <QTextEdit>
#include <QWidget>

class QLabel;

namespace cordee {

/// The text of one proposal in the capture outline: plain text that wraps and grows with what is typed,
/// and hands the outliner's keys to the outline (Enter, Tab, Shift+Tab, arrows across proposals, Backspace
/// and Del on an empty proposal, undo and redo of the forum's history).
class OutlineEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit OutlineEdit(QWidget *parent = nullptr);

    /// Replaces the text without telling the outline it was typed, the cursor kept where it was.
    void setTextQuietly(const QString &text);
    bool isQuiet() const { return m_quiet; }
    /// Puts the cursor at the start or the end, or at `position` (clamped).
    void placeCursor(int position);

Q_SIGNALS:
    void enterPressed();
    void indentRequested();
    void outdentRequested();
    /// Up on the first line (−1) or Down on the last one (+1).
    void leaveRequested(int direction);
    /// Backspace (−1) or Del (+1) in an empty proposal.
    void removeEmptyRequested(int direction);
    void undoRequested();
    void redoRequested();
    void focusEntered();
    void focusLeft();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    bool m_quiet = false;
};

/// A grip to drag a proposal to another place in the outline.
class DragHandle : public QWidget
{
    Q_OBJECT

public:
    explicit DragHandle(QWidget *parent = nullptr);
    QSize sizeHint() const override;

Q_SIGNALS:
    void dragStarted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QPoint m_pressed;
    bool m_armed = false;
};

/// One line of the capture outline: a grip, the proposal's number, its text and its status.
class OutlineRow : public QWidget
{
    Q_OBJECT

public:
    OutlineRow(const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    /// A draft row becomes the proposal written from it.
    void setKey(const QString &key);
    OutlineEdit *editor() const { return m_edit; }
    DragHandle *handle() const { return m_handle; }
    int depth() const { return m_depth; }

    /// Shows `proposal` at `depth` with its number ("2", "2.1"); the text is replaced only when
    /// `replaceText` (nothing typed in it waits to be written).
    void showProposal(const Proposal &proposal, int depth, const QString &number, bool replaceText);

private:
    QString m_key;
    int m_depth = -1;
    DragHandle *m_handle = nullptr;
    QLabel *m_number = nullptr;
    OutlineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cordee
