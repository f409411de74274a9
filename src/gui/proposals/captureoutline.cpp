#include "captureoutline.h"

#include "forumdocument.h"
#include "outlinerow.h"
#include "proposalcommands.h"
#include "proposaltextcommitter.h"

#include <QDrag>
#include <QDragMoveEvent>
#include <QFrame>
#include <QMimeData>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cordee {

namespace {

const QString kMime = QStringLiteral("application/x-cordee-proposal-key");

/// "2", "2.1": the place of each line among its siblings, the draft counted where it shows.
QStringList numbers(const QList<int> &depths)
{
    QStringList out;
    QList<int> counters;
    for (int depth : depths) {
        counters.resize(depth + 1);
        ++counters[depth];
        QStringList parts;
        for (int c : std::as_const(counters))
            parts << QString::number(c);
        out << parts.join(u'.');
    }
    return out;
}

} // namespace

CaptureOutline::CaptureOutline(QWidget *parent)
    : QScrollArea(parent)
    , m_committer(new ProposalTextCommitter(this))
{
    setObjectName(QStringLiteral("captureOutline"));
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    m_canvas = new QWidget;
    m_canvas->setObjectName(QStringLiteral("outlineCanvas"));
    m_canvas->setAcceptDrops(true);
    m_canvas->installEventFilter(this);
    m_canvas->setBackgroundRole(QPalette::Base);
    m_canvas->setAutoFillBackground(true);
    m_layout = new QVBoxLayout(m_canvas);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
    m_dropLine = new QFrame(m_canvas);
    m_dropLine->setFrameShape(QFrame::HLine);
    m_dropLine->setLineWidth(2);
    m_dropLine->setForegroundRole(QPalette::Highlight);
    m_dropLine->hide();
    setWidget(m_canvas);
}

CaptureOutline::~CaptureOutline() = default;

void CaptureOutline::setDocument(ForumDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_committer->setDocument(document);
    m_document = document;
    m_draft.reset();
    m_current.clear();
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = document ? document->undoStack() : nullptr;
    if (document) {
        connect(document, &ForumDocument::proposalsChanged, this, &CaptureOutline::rebuild);
        connect(document, &ForumDocument::programmeChanged, this, &CaptureOutline::rebuild);
        // Undo from the toolbar, the cursor still in a word not yet written: the word goes with the step
        // undone, and the line shows the file again.
        connect(m_stack, &QUndoStack::indexChanged, this, [this] {
            if (m_committer->hasPending()) {
                m_committer->discard();
                rebuild();
            }
        });
    }
    rebuild();
}

void CaptureOutline::setWorkshop(const QString &workshop)
{
    if (workshop == m_workshop && !m_order.isEmpty())
        return;
    flush();
    m_workshop = workshop;
    m_draft.reset();
    m_current.clear();
    rebuild();
    verticalScrollBar()->setValue(0);
}

QString CaptureOutline::workshopTheme() const
{
    if (m_document)
        for (const Workshop &w : m_document->workshops())
            if (w.key == m_workshop)
                return w.theme;
    return {};
}

qint64 CaptureOutline::workshopRapporteur() const
{
    if (m_document)
        for (const Workshop &w : m_document->workshops())
            if (w.key == m_workshop)
                return w.rapporteurId;
    return 0;
}

OutlineRow *CaptureOutline::makeRow(const QString &key)
{
    auto *row = new OutlineRow(key, m_canvas);
    OutlineEdit *edit = row->editor();
    connect(edit, &QTextEdit::textChanged, this, [this, row] { textChanged(row); });
    connect(edit, &OutlineEdit::enterPressed, this, [this, row] { enter(row); });
    connect(edit, &OutlineEdit::indentRequested, this, [this, row] { indent(row); });
    connect(edit, &OutlineEdit::outdentRequested, this, [this, row] { outdent(row); });
    connect(edit, &OutlineEdit::leaveRequested, this, [this, row](int direction) { leave(row, direction); });
    connect(edit, &OutlineEdit::removeEmptyRequested, this,
            [this, row](int direction) { removeEmpty(row, direction); });
    connect(edit, &OutlineEdit::undoRequested, this, &CaptureOutline::undo);
    connect(edit, &OutlineEdit::redoRequested, this, &CaptureOutline::redo);
    connect(edit, &OutlineEdit::focusEntered, this, [this, row] {
        m_current = row->key();
        ensureWidgetVisible(row, 0, 24);
        Q_EMIT currentChanged(m_current);
    });
    connect(edit, &OutlineEdit::focusLeft, this, [this, row] { focusLeft(row); });
    connect(row->handle(), &DragHandle::dragStarted, this, [this, row] { dragRow(row); });
    return row;
}

void CaptureOutline::rebuild()
{
    const ProposalSet empty;
    const ProposalSet &set = m_document ? m_document->proposals() : empty;
    const QList<OutlineItem> items = m_document ? outline::ofWorkshop(set, m_workshop) : QList<OutlineItem>{};
    // A workshop without proposals shows where to type the first one.
    if (m_document && items.isEmpty() && !m_draft)
        m_draft = outline::draftAfter(set, m_workshop, {}, workshopTheme(), workshopRapporteur());
    std::pair<int, int> place{-1, -1};
    if (m_draft) {
        place = outline::draftPlace(set, items, *m_draft);
        if (place.first < 0)
            m_draft.reset();
    }
    QList<QString> keys;
    QList<int> depths;
    for (int i = 0; i <= items.size(); ++i) {
        if (m_draft && place.first == i) {
            keys << QString();
            depths << place.second;
        }
        if (i < items.size()) {
            keys << items.at(i).key;
            depths << items.at(i).depth;
        }
    }
    const QStringList labels = numbers(depths);

    QHash<QString, OutlineRow *> old = std::exchange(m_rows, {});
    OutlineRow *oldDraft = std::exchange(m_draftRow, nullptr);
    QWidget *focused = focusWidget();
    qsizetype focusedAt = -1;
    for (qsizetype i = 0; i < m_order.size(); ++i)
        if (focused && m_order.at(i)->isAncestorOf(focused))
            focusedAt = i;
    for (OutlineRow *row : std::as_const(m_order))
        m_layout->removeWidget(row);
    m_order.clear();
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        OutlineRow *row = nullptr;
        if (key.isEmpty()) {
            row = oldDraft ? std::exchange(oldDraft, nullptr) : makeRow({});
            m_draftRow = row;
            row->showProposal(m_draft->proposal, depths.at(i), labels.at(i), false);
            if (items.isEmpty())
                row->editor()->setPlaceholderText(
                    m_workshop.isEmpty()
                        ? tr("No proposal of the plenary yet: type the first one here…")
                        : tr("No proposal from this workshop yet: type the first one here…"));
        } else {
            row = old.contains(key) ? old.take(key) : makeRow(key);
            m_rows.insert(key, row);
            const bool typing = m_committer->pendingKey() == key;
            row->showProposal(*set.find(key), depths.at(i), labels.at(i), !typing);
        }
        m_layout->insertWidget(i, row);
        m_order << row;
        row->setVisible(true);
    }
    // Rows that went: the cursor goes to the line that took their place.
    bool lostFocus = false;
    const auto discard = [&](OutlineRow *row) {
        lostFocus = lostFocus || (focused && row->isAncestorOf(focused));
        row->hide();
        row->deleteLater();
    };
    for (OutlineRow *row : std::as_const(old))
        discard(row);
    if (oldDraft)
        discard(oldDraft);
    if (!m_focusKey.isEmpty() || m_focusDraft) {
        OutlineRow *target = m_focusDraft ? m_draftRow : m_rows.value(m_focusKey);
        m_focusKey.clear();
        m_focusDraft = false;
        if (target)
            focusRow(target, std::exchange(m_focusCursor, -1));
    } else if (lostFocus && !m_order.isEmpty()) {
        // The line above the one that went (an undone addition), else the first.
        focusRow(m_order.at(std::clamp<qsizetype>(focusedAt - 1, 0, m_order.size() - 1)), -1);
    }
}

void CaptureOutline::focusRow(OutlineRow *row, int cursor)
{
    row->editor()->setFocus(Qt::OtherFocusReason);
    row->editor()->placeCursor(cursor < 0 ? int(row->editor()->toPlainText().size()) : cursor);
    ensureWidgetVisible(row, 0, 24);
}

void CaptureOutline::focusProposal(const QString &key)
{
    if (OutlineRow *row = m_rows.value(key))
        focusRow(row, -1);
}

bool CaptureOutline::flush()
{
    return m_committer->flush();
}

void CaptureOutline::push(const Result<ProposalEdit> &planned, const QString &text)
{
    if (!m_document)
        return;
    if (Status s = pushProposalEdit(m_document, planned, text); !s)
        Q_EMIT message(s.error().message);
}

void CaptureOutline::textChanged(OutlineRow *row)
{
    if (row->editor()->isQuiet() || !m_document)
        return;
    const QString text = row->editor()->toPlainText();
    if (row->key().isEmpty()) {
        Q_EMIT textTyped({}, text);
        createFromDraft(row);
        return;
    }
    // The file keeps no empty proposal: an emptied one is removed by Del, or gets its text back.
    if (!text.trimmed().isEmpty())
        m_committer->textEdited(row->key(), text);
    Q_EMIT textTyped(row->key(), text);
}

void CaptureOutline::createFromDraft(OutlineRow *row)
{
    const QString text = row->editor()->toPlainText();
    if (!m_draft || text.trimmed().isEmpty())
        return;
    flush();
    auto planned = outline::planAddDraft(m_document->proposals(), *m_draft, text);
    if (!planned) {
        Q_EMIT message(planned.error().message);
        return;
    }
    const QString key = planned->added.constFirst().key;
    // The row goes on as the new proposal's, the cursor where it is: typing does not stop.
    const outline::DraftProposal draft = *std::exchange(m_draft, std::nullopt);
    m_draftRow = nullptr;
    row->setKey(key);
    m_rows.insert(key, row);
    m_current = key;
    if (Status s = pushProposalEdit(m_document, planned, tr("Add proposal %1").arg(key), typingTag(key));
        !s) {
        m_rows.remove(key);
        row->setKey({});
        m_draft = draft;
        m_draftRow = row;
        m_current.clear();
        Q_EMIT message(s.error().message);
        return;
    }
    Q_EMIT currentChanged(key);
}

void CaptureOutline::startDraft(const QString &afterKey)
{
    if (!m_document)
        return;
    flush();
    m_draft = outline::draftAfter(m_document->proposals(), m_workshop, afterKey, workshopTheme(),
                                  workshopRapporteur());
    m_focusDraft = true;
    rebuild();
}

void CaptureOutline::startProposal()
{
    if (!m_document)
        return;
    if (m_draftRow) {
        focusRow(m_draftRow, -1);
        return;
    }
    QString after = m_current;
    if (!m_rows.contains(after)) {
        // Last among the workshop's own proposals.
        const QStringList top = m_document->proposals().topLevelOfWorkshop(m_workshop);
        after = top.isEmpty() ? QString() : top.constLast();
    }
    startDraft(after);
}

void CaptureOutline::enter(OutlineRow *row)
{
    const QString key = row->key();
    const QString text = row->editor()->toPlainText();
    if (key.isEmpty()) {
        // Enter on an empty draft that is a sub-point takes it one level out, as in a word processor.
        if (m_draft && text.isEmpty() && outline::outdentDraft(m_document->proposals(), *m_draft)) {
            m_focusDraft = true;
            rebuild();
        }
        return;
    }
    const Proposal *p = m_document->proposals().find(key);
    if (!p)
        return;
    if (text.trimmed().isEmpty()) {
        if (p->isSubPoint())
            push(planOutdent(m_document->proposals(), key), tr("Make %1 a proposal of its own").arg(key));
        return;
    }
    if (text != text.trimmed())
        m_committer->textEdited(key, text.trimmed());
    startDraft(key);
}

void CaptureOutline::indent(OutlineRow *row)
{
    if (row->key().isEmpty()) {
        if (m_draft && outline::indentDraft(m_document->proposals(), *m_draft)) {
            m_focusDraft = true;
            m_focusCursor = row->editor()->textCursor().position();
            rebuild();
        } else {
            Q_EMIT message(tr("There is no proposal above this one to make it a sub-point of."));
        }
        return;
    }
    flush();
    push(outline::planIndent(m_document->proposals(), row->key()), tr("Make %1 a sub-point").arg(row->key()));
}

void CaptureOutline::outdent(OutlineRow *row)
{
    if (row->key().isEmpty()) {
        if (m_draft && outline::outdentDraft(m_document->proposals(), *m_draft)) {
            m_focusDraft = true;
            m_focusCursor = row->editor()->textCursor().position();
            rebuild();
        }
        return;
    }
    flush();
    push(planOutdent(m_document->proposals(), row->key()),
         tr("Make %1 a proposal of its own").arg(row->key()));
}

void CaptureOutline::indentCurrent()
{
    if (OutlineRow *row = m_current.isEmpty() ? m_draftRow : m_rows.value(m_current))
        indent(row);
}

void CaptureOutline::outdentCurrent()
{
    if (OutlineRow *row = m_current.isEmpty() ? m_draftRow : m_rows.value(m_current))
        outdent(row);
}

void CaptureOutline::moveCurrent(int delta)
{
    if (!m_document || !m_rows.contains(m_current))
        return;
    flush();
    push(outline::planMove(m_document->proposals(), m_current, delta), tr("Move %1").arg(m_current));
    ensureWidgetVisible(m_rows.value(m_current), 0, 24);
}

void CaptureOutline::leave(OutlineRow *row, int direction)
{
    const qsizetype at = m_order.indexOf(row) + direction;
    if (at < 0 || at >= m_order.size())
        return;
    focusRow(m_order.at(at), direction < 0 ? -1 : 0);
}

void CaptureOutline::removeEmpty(OutlineRow *row, int direction)
{
    const qsizetype at = m_order.indexOf(row);
    OutlineRow *neighbour = nullptr;
    if (direction > 0 && at + 1 < m_order.size())
        neighbour = m_order.at(at + 1);
    else if (at > 0)
        neighbour = m_order.at(at - 1);
    else if (at + 1 < m_order.size())
        neighbour = m_order.at(at + 1);
    const QString neighbourKey = neighbour ? neighbour->key() : QString();
    if (row->key().isEmpty()) {
        if (!neighbour)
            return; // the only line of an empty workshop stays, to type into
        m_draft.reset();
    } else {
        const QString key = row->key();
        if (!m_document->proposals().childrenOf(key).isEmpty()) {
            Q_EMIT message(
                tr("This proposal has sub-points: remove them first, or delete it from the toolbar."));
            return;
        }
        m_committer->discard();
        m_focusKey = neighbourKey;
        m_focusDraft = neighbourKey.isEmpty() && neighbour;
        m_focusCursor = direction < 0 ? -1 : 0;
        push(planRemove(m_document->proposals(), key), tr("Remove proposal %1").arg(key));
        return;
    }
    m_focusKey = neighbourKey;
    m_focusCursor = direction < 0 ? -1 : 0;
    rebuild();
}

void CaptureOutline::focusLeft(OutlineRow *row)
{
    flush();
    const QString key = row->key();
    if (key.isEmpty()) {
        // An empty draft left behind goes, unless it is the only line of the workshop.
        QTimer::singleShot(0, this, [this] {
            if (m_draftRow && m_draftRow->editor()->toPlainText().isEmpty() &&
                !m_draftRow->editor()->hasFocus() && !m_rows.isEmpty()) {
                m_draft.reset();
                rebuild();
            }
        });
        return;
    }
    const Proposal *p = m_document ? m_document->proposals().find(key) : nullptr;
    if (p && row->editor()->toPlainText().trimmed().isEmpty()) {
        row->editor()->setTextQuietly(p->text);
        Q_EMIT message(
            tr("A proposal cannot be empty: its text is back. Del in an empty proposal removes it."));
    }
}

void CaptureOutline::undo()
{
    if (!m_document)
        return;
    flush();
    // The rebuild puts the cursor on the line above one that goes; one that stays keeps it.
    const QString key = m_current;
    m_document->undoStack()->undo();
    if (OutlineRow *row = m_rows.value(key); row && !row->editor()->hasFocus())
        row->editor()->setFocus(Qt::OtherFocusReason);
}

void CaptureOutline::redo()
{
    if (!m_document)
        return;
    flush();
    const QString key = m_current;
    m_document->undoStack()->redo();
    if (OutlineRow *row = m_rows.value(key); row && !row->editor()->hasFocus())
        row->editor()->setFocus(Qt::OtherFocusReason);
}

void CaptureOutline::dragRow(OutlineRow *row)
{
    if (row->key().isEmpty())
        return;
    flush();
    m_dragged = row->key();
    auto *drag = new QDrag(row->handle());
    auto *data = new QMimeData;
    data->setData(kMime, row->key().toUtf8());
    drag->setMimeData(data);
    drag->setPixmap(row->grab().scaledToWidth(qMin(row->width(), 360), Qt::SmoothTransformation));
    drag->exec(Qt::MoveAction);
    m_dragged.clear();
    m_dropLine->hide();
}

OutlineRow *CaptureOutline::dropTarget(const QString &key, int y) const
{
    if (!m_document)
        return nullptr;
    OutlineRow *under = nullptr;
    for (OutlineRow *row : m_order)
        if (!row->key().isEmpty() && (!under || row->geometry().top() <= y))
            under = row;
    if (!under)
        return nullptr;
    const ProposalSet &set = m_document->proposals();
    const Proposal *dragged = set.find(key);
    if (!dragged)
        return nullptr;
    // Onto a sub-point of a sibling: that sibling.
    const Proposal *p = set.find(under->key());
    for (int guard = 0; p && p->parent != dragged->parent && guard <= set.proposals.size(); ++guard)
        p = set.find(p->parent);
    return p ? m_rows.value(p->key) : nullptr;
}

bool CaptureOutline::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas)
        return QScrollArea::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        const QString key = QString::fromUtf8(drag->mimeData()->data(kMime));
        OutlineRow *target = key.isEmpty() ? nullptr : dropTarget(key, drag->position().toPoint().y());
        if (!target) {
            drag->ignore();
            m_dropLine->hide();
            return true;
        }
        drag->acceptProposedAction();
        // The line shows where it lands: above the target going up, below it going down.
        const bool down = m_order.indexOf(target) > m_order.indexOf(m_rows.value(key));
        const QRect g = target->geometry();
        m_dropLine->setGeometry(g.left(), (down ? g.bottom() + 2 : g.top() - 3), g.width(), 2);
        m_dropLine->show();
        m_dropLine->raise();
        return true;
    }
    case QEvent::DragLeave:
        m_dropLine->hide();
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        m_dropLine->hide();
        const QString key = QString::fromUtf8(drop->mimeData()->data(kMime));
        OutlineRow *target = key.isEmpty() ? nullptr : dropTarget(key, drop->position().toPoint().y());
        if (!target) {
            drop->ignore();
            return true;
        }
        const QStringList siblings = outline::siblingsOf(m_document->proposals(), key);
        const int delta = int(siblings.indexOf(target->key()) - siblings.indexOf(key));
        drop->acceptProposedAction();
        if (delta != 0)
            push(outline::planMove(m_document->proposals(), key, delta), tr("Move %1").arg(key));
        return true;
    }
    default:
        return QScrollArea::eventFilter(watched, event);
    }
}

} // namespace cordee
