#include "partedit.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QMimeData>

namespace cordee {

PartEdit::PartEdit(bool singleLine, QWidget *parent)
    : QTextEdit(parent)
    , m_singleLine(singleLine)
{
    setAcceptRichText(false);
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(4);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &PartEdit::fitHeight);
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (!m_quiet)
            Q_EMIT edited(toPlainText());
    });
    fitHeight();
}

void PartEdit::setTextQuietly(const QString &text)
{
    if (text == toPlainText())
        return;
    const int position = textCursor().position();
    m_quiet = true;
    setPlainText(text);
    m_quiet = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::clamp(position, 0, int(text.size())));
    setTextCursor(cursor);
}

void PartEdit::fitHeight()
{
    const int minimum = fontMetrics().lineSpacing() * (m_singleLine ? 1 : 2) + 8;
    setFixedHeight(std::max(int(document()->size().height()), minimum) + 2 * frameWidth());
}

bool PartEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            key->accept();
            return true;
        }
    }
    return QTextEdit::event(event);
}

void PartEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        Q_EMIT redoRequested();
        return;
    }
    if (m_singleLine && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        focusNextChild();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void PartEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void PartEdit::insertFromMimeData(const QMimeData *source)
{
    // Plain text only, and on one line where the part is one line (a name pasted from a document).
    QString text = source->text();
    if (m_singleLine)
        text = text.simplified();
    textCursor().insertText(text);
}

} // namespace cordee
