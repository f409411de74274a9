#include "outlinerow.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>

namespace cordee {

OutlineEdit::OutlineEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(false);
    setTabChangesFocus(false);
    // Ctrl+Z belongs to the forum's history, where every word already is.
    setUndoRedoEnabled(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(3);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &OutlineEdit::fitHeight);
    fitHeight();
}

void OutlineEdit::fitHeight()
{
    const int height = qMax(int(document()->size().height()), fontMetrics().lineSpacing() + 6);
    setFixedHeight(height + 2 * frameWidth());
}

void OutlineEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void OutlineEdit::setTextQuietly(const QString &text)
{
    const int position = textCursor().position();
    m_quiet = true;
    setPlainText(text);
    m_quiet = false;
    placeCursor(position);
}

void OutlineEdit::placeCursor(int position)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::clamp(position, 0, int(toPlainText().size())));
    setTextCursor(cursor);
}

bool OutlineEdit::event(QEvent *event)
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

void OutlineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        Q_EMIT undoRequested();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        Q_EMIT redoRequested();
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool empty = toPlainText().isEmpty();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mods == Qt::NoModifier || mods == Qt::ShiftModifier) {
            Q_EMIT enterPressed();
            return;
        }
        break;
    case Qt::Key_Tab:
        if (mods == Qt::NoModifier)
            Q_EMIT indentRequested();
        else if (mods == Qt::ControlModifier)
            focusNextPrevChild(true); // the way out of the outline by the keyboard
        return;
    case Qt::Key_Backtab:
        if (mods == Qt::ShiftModifier)
            Q_EMIT outdentRequested();
        else if (mods == (Qt::ShiftModifier | Qt::ControlModifier))
            focusNextPrevChild(false);
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (mods == Qt::NoModifier) {
            const bool up = event->key() == Qt::Key_Up;
            QTextCursor probe = textCursor();
            if (!probe.movePosition(up ? QTextCursor::Up : QTextCursor::Down)) {
                Q_EMIT leaveRequested(up ? -1 : 1);
                return;
            }
        }
        break;
    case Qt::Key_Backspace:
        if (empty && mods == Qt::NoModifier) {
            Q_EMIT removeEmptyRequested(-1);
            return;
        }
        break;
    case Qt::Key_Delete:
        if (empty && mods == Qt::NoModifier) {
            Q_EMIT removeEmptyRequested(1);
            return;
        }
        break;
    default:
        break;
    }
    QTextEdit::keyPressEvent(event);
}

void OutlineEdit::focusInEvent(QFocusEvent *event)
{
    QTextEdit::focusInEvent(event);
    Q_EMIT focusEntered();
}

void OutlineEdit::focusOutEvent(QFocusEvent *event)
{
    QTextEdit::focusOutEvent(event);
    // The row may have moved meanwhile (a line inserted above): no cursor left drawn where it was.
    viewport()->update();
    Q_EMIT focusLeft();
}

void OutlineEdit::insertFromMimeData(const QMimeData *source)
{
    // A proposal is one paragraph: pasted lines join.
    QString text = source->text();
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\t', u' ');
    insertPlainText(text);
}

DragHandle::DragHandle(QWidget *parent)
    : QWidget(parent)
{
    setCursor(Qt::OpenHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
}

QSize DragHandle::sizeHint() const
{
    return QSize(12, fontMetrics().lineSpacing() + 8);
}

void DragHandle::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid));
    // Two columns of three dots, centred on the first line.
    const int top = (fontMetrics().lineSpacing() + 8) / 2 - 5;
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 2; ++column)
            painter.drawEllipse(QPointF(3.5 + column * 5, top + 1.5 + row * 4), 1.4, 1.4);
}

void DragHandle::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->position().toPoint();
    m_armed = event->button() == Qt::LeftButton;
}

void DragHandle::mouseMoveEvent(QMouseEvent *event)
{
    if (m_armed &&
        (event->position().toPoint() - m_pressed).manhattanLength() >= QApplication::startDragDistance()) {
        m_armed = false;
        Q_EMIT dragStarted();
    }
}

OutlineRow::OutlineRow(const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
{
    m_handle = new DragHandle(this);
    m_handle->setToolTip(tr("Drag to move this proposal among its neighbours (or Alt+Up/Down)"));
    m_number = new QLabel(this);
    m_number->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_number->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.0")));
    m_number->setContentsMargins(0, 4, 0, 0);
    m_edit = new OutlineEdit(this);
    m_status = new QLabel(this);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_status->setContentsMargins(0, 4, 0, 0);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_handle, 0, Qt::AlignTop);
    layout->addWidget(m_number, 0, Qt::AlignTop);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status, 0, Qt::AlignTop);
    setKey(key);
}

void OutlineRow::setKey(const QString &key)
{
    m_key = key;
    m_edit->setObjectName(QStringLiteral("proposalEdit_") + (key.isEmpty() ? QStringLiteral("draft") : key));
}

void OutlineRow::showProposal(const Proposal &proposal, int depth, const QString &number, bool replaceText)
{
    if (depth != m_depth) {
        m_depth = depth;
        layout()->setContentsMargins(depth * 28, 0, 0, 0);
    }
    m_number->setText(number + u'.');
    if (replaceText && m_edit->toPlainText() != proposal.text)
        m_edit->setTextQuietly(proposal.text);
    const bool merged = proposal.status == ProposalStatus::Merged;
    const bool closed = merged || proposal.status == ProposalStatus::Rejected;
    m_edit->setReadOnly(merged);
    QPalette palette = m_edit->palette();
    palette.setColor(QPalette::Text, closed ? QApplication::palette().color(QPalette::PlaceholderText)
                                            : QApplication::palette().color(QPalette::Text));
    m_edit->setPalette(palette);
    m_status->setText(merged && !proposal.mergedInto.isEmpty() ? tr("merged into %1").arg(proposal.mergedInto)
                                                               : vocab::label(proposal.status).toLower());
    m_edit->setAccessibleName(depth == 0 ? tr("Proposal %1").arg(number) : tr("Sub-point %1").arg(number));
    m_edit->setAccessibleDescription(proposal.key + QStringLiteral(" · ") + vocab::label(proposal.status));
    m_edit->setToolTip(proposal.key);
    m_edit->setPlaceholderText(proposal.key.isEmpty() ? tr("Type a proposal…") : QString());
}

} // namespace cordee
