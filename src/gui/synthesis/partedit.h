#pragma once

#include <QTextEdit>

namespace cordee {

/// The editor of one free part of the declaration: plain text that grows with what it holds. Ctrl+Z and
/// Ctrl+Shift+Z belong to the forum's history, where every keystroke already is, so the editor keeps no
/// history of its own and passes them on.
class PartEdit : public QTextEdit
{
    Q_OBJECT

public:
    explicit PartEdit(bool singleLine, QWidget *parent = nullptr);

    /// Shows `text` without announcing it as typed, keeping the cursor where it was.
    void setTextQuietly(const QString &text);

Q_SIGNALS:
    /// The user changed the text.
    void edited(const QString &text);
    void undoRequested();
    void redoRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void fitHeight();

    bool m_singleLine;
    bool m_quiet = false;
};

} // namespace cordee
