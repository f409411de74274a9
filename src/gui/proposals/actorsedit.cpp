#include "actorsedit.h"

#include "proposal.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>

namespace cordee {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    setSpacing(4);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items << item;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x(), y = area.y(), lineHeight = 0;
    for (QLayoutItem *item : m_items) {
        const QSize hint = item->sizeHint();
        if (x > area.x() && x + hint.width() > area.right() + 1) {
            x = area.x();
            y += lineHeight + spacing();
            lineHeight = 0;
        }
        // A field ending the flow takes what is left of its line.
        const bool last = item == m_items.constLast();
        const int width = last ? qMax(hint.width(), area.right() + 1 - x) : hint.width();
        if (apply)
            item->setGeometry(QRect(QPoint(x, y), QSize(qMin(width, area.width()), hint.height())));
        x += width + spacing();
        lineHeight = qMax(lineHeight, hint.height());
    }
    return y + lineHeight - rect.y() + contentsMargins().bottom();
}

ActorsEdit::ActorsEdit(QWidget *parent)
    : QWidget(parent)
    , m_known(new QStringListModel(this))
{
    m_flow = new FlowLayout(this);
    m_flow->setContentsMargins(0, 0, 0, 0);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("actorField"));
    m_field->setPlaceholderText(tr("Add an actor…"));
    m_field->setAccessibleName(tr("Add a target actor"));
    m_field->setMinimumWidth(120);
    auto *completer = new QCompleter(m_known, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_field->setCompleter(completer);
    connect(m_field, &QLineEdit::returnPressed, this, &ActorsEdit::addTyped);
    connect(m_field, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.endsWith(u',') || text.endsWith(u';'))
            addTyped();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &) {
        QMetaObject::invokeMethod(this, &ActorsEdit::addTyped, Qt::QueuedConnection);
    });
    m_field->installEventFilter(this);
    m_flow->addWidget(m_field);
}

void ActorsEdit::setActors(const QStringList &actors)
{
    if (actors == m_actors)
        return;
    m_actors = actors;
    rebuildChips();
}

void ActorsEdit::setKnownActors(const QStringList &actors)
{
    m_known->setStringList(actors);
}

void ActorsEdit::addTyped()
{
    QString text = m_field->text();
    text.remove(u',');
    text.remove(u';');
    text = text.simplified();
    m_field->clear();
    if (text.isEmpty())
        return;
    const QStringList next = normalizedActors(m_actors + QStringList{text});
    if (next == m_actors)
        return;
    m_actors = next;
    rebuildChips();
    Q_EMIT actorsEdited(m_actors);
}

bool ActorsEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Backspace && m_field->text().isEmpty() &&
        !m_actors.isEmpty()) {
        m_actors.removeLast();
        rebuildChips();
        Q_EMIT actorsEdited(m_actors);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ActorsEdit::rebuildChips()
{
    for (QWidget *chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        chip->deleteLater();
    }
    m_chips.clear();
    m_flow->removeWidget(m_field);
    for (const QString &actor : std::as_const(m_actors)) {
        auto *chip = new QToolButton(this);
        chip->setText(actor + QStringLiteral("  ✕"));
        chip->setAutoRaise(false);
        chip->setToolTip(tr("Remove %1").arg(actor));
        chip->setAccessibleName(tr("Actor %1, press to remove").arg(actor));
        connect(chip, &QToolButton::clicked, this, [this, actor] {
            m_actors.removeAll(actor);
            rebuildChips();
            m_field->setFocus();
            Q_EMIT actorsEdited(m_actors);
        });
        m_flow->addWidget(chip);
        m_chips << chip;
    }
    m_flow->addWidget(m_field);
    // Chips come before the field in the tab order, as they show.
    QWidget *previous = nullptr;
    for (QWidget *chip : std::as_const(m_chips)) {
        if (previous)
            setTabOrder(previous, chip);
        previous = chip;
    }
    if (previous)
        setTabOrder(previous, m_field);
    updateGeometry();
}

} // namespace cordee
