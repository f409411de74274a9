#include "programmegrid.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cordee {

namespace {

constexpr double MinPixelsPerMinute = 1.2; // 72 px an hour: a half-hour break stays readable

int minutesOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

} // namespace

ProgrammeGrid::ProgrammeGrid(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("programmeGrid"));
    setAccessibleName(tr("Programme grid"));
    setAccessibleDescription(tr("Rooms by time for the chosen day. Arrow keys select an item, Alt with an "
                                "arrow key moves it, Enter edits it, Ctrl+Plus and Ctrl+Minus zoom."));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

QColor ProgrammeGrid::kindColor(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Conference:
        return {0x3b, 0x6f, 0xd4};
    case SlotKind::RoundTable:
        return {0x8e, 0x44, 0xad};
    case SlotKind::Workshops:
        return {0x2e, 0x9d, 0x5b};
    case SlotKind::Break:
        break;
    }
    return {0x8a, 0x8f, 0x98};
}

void ProgrammeGrid::setDay(const ScheduleDay &day, const QList<Room> &rooms)
{
    m_day = day;
    m_rooms = rooms;
    if (!item(m_selected))
        m_selected.clear();
    if (!item(m_pressedKey)) {
        m_pressedKey.clear();
        m_dragging = false;
    }
    layoutLanes();
    updateScrollBars();
    viewport()->update();
}

const ScheduleItem *ProgrammeGrid::item(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    for (const ScheduleItem &i : m_day.items)
        if (i.key == key)
            return &i;
    return nullptr;
}

void ProgrammeGrid::setSelectedKey(const QString &key)
{
    m_selected = item(key) ? key : QString();
    if (!m_selected.isEmpty())
        ensureVisible(m_selected);
    viewport()->update();
}

void ProgrammeGrid::layoutLanes()
{
    m_lanes.clear();
    m_lanes << Lane{QString(), tr("Without room"), tr("breaks, workshop slots"), 0, 0};
    for (const Room &r : std::as_const(m_rooms))
        m_lanes << Lane{r.key, r.name, tr("%n seat(s)", nullptr, r.capacity), 0, 0};
    // Room for an item's two lines (title and detail) in the current font, whatever its size.
    const int line = fontMetrics().height();
    m_laneHeight = std::max(LaneHeight, 2 * line + 12);
    const int trackHeight = std::max(TrackHeight, line + 12);
    int top = 0;
    for (Lane &lane : m_lanes) {
        int tracks = 1;
        for (const ScheduleItem &i : std::as_const(m_day.items))
            if (i.room == lane.room)
                tracks = std::max(tracks, i.tracks);
        lane.top = top;
        lane.height = std::max(m_laneHeight, tracks * trackHeight + 4);
        top += lane.height;
    }
    m_contentHeight = top;
    const int minutes = std::max(60, minutesOf(m_day.to) - minutesOf(m_day.from));
    const int available = viewport()->width() - HeaderWidth - 8;
    m_pixelsPerMinute = std::max(MinPixelsPerMinute, double(available) / minutes) * m_zoom;
}

void ProgrammeGrid::updateScrollBars()
{
    const int minutes = std::max(60, minutesOf(m_day.to) - minutesOf(m_day.from));
    const int width = HeaderWidth + int(minutes * m_pixelsPerMinute) + 8;
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(int(15 * m_pixelsPerMinute));
    verticalScrollBar()->setRange(0, std::max(0, RulerHeight + m_contentHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(m_laneHeight);
}

void ProgrammeGrid::zoomBy(double factor)
{
    const QTime centre = timeAtX(HeaderWidth + (viewport()->width() - HeaderWidth) / 2);
    m_zoom = std::clamp(m_zoom * factor, 1.0, 8.0);
    layoutLanes();
    updateScrollBars();
    // Keep the time at the centre where it was.
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + xOf(centre) -
                                    (HeaderWidth + (viewport()->width() - HeaderWidth) / 2));
    viewport()->update();
}

void ProgrammeGrid::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        layoutLanes();
        updateScrollBars();
    }
}

void ProgrammeGrid::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8);
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ProgrammeGrid::scrollContentsBy(int, int)
{
    viewport()->update();
}

int ProgrammeGrid::laneIndex(const QString &room) const
{
    for (int i = 0; i < m_lanes.size(); ++i)
        if (m_lanes.at(i).room == room)
            return i;
    return -1;
}

int ProgrammeGrid::laneAtY(int viewportY) const
{
    const int y = viewportY - RulerHeight + verticalScrollBar()->value();
    for (int i = 0; i < m_lanes.size(); ++i)
        if (y >= m_lanes.at(i).top && y < m_lanes.at(i).top + m_lanes.at(i).height)
            return i;
    return y < 0 ? 0 : int(m_lanes.size()) - 1;
}

int ProgrammeGrid::xOf(const QTime &t) const
{
    const double minutes = minutesOf(t) - minutesOf(m_day.from);
    return HeaderWidth + int(std::lround(minutes * m_pixelsPerMinute)) - horizontalScrollBar()->value();
}

QTime ProgrammeGrid::timeAtX(int viewportX) const
{
    const double minutes = (viewportX + horizontalScrollBar()->value() - HeaderWidth) / m_pixelsPerMinute;
    const int total = std::clamp(minutesOf(m_day.from) + int(std::lround(minutes)), 0, 24 * 60 - 1);
    return QTime(total / 60, total % 60);
}

QRect ProgrammeGrid::rectOf(const ScheduleItem &i) const
{
    const int lane = laneIndex(i.room);
    if (lane < 0)
        return {};
    const Lane &l = m_lanes.at(lane);
    const int trackHeight = (l.height - 4) / std::max(1, i.tracks);
    const int top = RulerHeight + l.top - verticalScrollBar()->value() + 2 + i.track * trackHeight;
    const int left = xOf(i.start) + 1;
    return QRect(left, top, std::max(6, xOf(i.end) - left - 1), trackHeight - 2);
}

QRect ProgrammeGrid::itemRect(const QString &key) const
{
    const ScheduleItem *i = item(key);
    return i ? rectOf(*i) : QRect();
}

QPoint ProgrammeGrid::pointAt(const QString &room, const QTime &t) const
{
    const int lane = laneIndex(room);
    if (lane < 0)
        return {};
    const Lane &l = m_lanes.at(lane);
    return QPoint(xOf(t), RulerHeight + l.top - verticalScrollBar()->value() + l.height / 2);
}

QString ProgrammeGrid::itemAt(const QPoint &pos) const
{
    if (pos.x() < HeaderWidth || pos.y() < RulerHeight)
        return {};
    // Last drawn is on top.
    for (auto it = m_day.items.crbegin(); it != m_day.items.crend(); ++it)
        if (rectOf(*it).contains(pos))
            return it->key;
    return {};
}

void ProgrammeGrid::ensureVisible(const QString &key)
{
    const QRect r = itemRect(key);
    if (r.isEmpty())
        return;
    const QRect area = viewport()->rect().adjusted(HeaderWidth, RulerHeight, 0, 0);
    if (r.top() < area.top())
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (area.top() - r.top()) - 4);
    else if (r.bottom() > area.bottom())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + (r.bottom() - area.bottom()) + 4);
    if (r.left() < area.left())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (area.left() - r.left()) - 4);
    else if (r.right() > area.right() && r.width() < area.width())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + (r.right() - area.right()) + 4);
}

void ProgrammeGrid::select(const QString &key)
{
    if (key == m_selected)
        return;
    m_selected = key;
    if (!key.isEmpty())
        ensureVisible(key);
    viewport()->update();
    Q_EMIT selectionChanged(key);
}

QString ProgrammeGrid::tooltipFor(const ScheduleItem &i) const
{
    const QLocale locale;
    QString room = tr("no room");
    for (const Room &r : m_rooms)
        if (r.key == i.room)
            room = tr("%1 (%n seat(s))", nullptr, r.capacity).arg(r.name);
    QString text = QStringLiteral("<b>%1</b><br>%2<br>%3–%4 · %5<br><small>%6</small>")
                       .arg(i.title.toHtmlEscaped(), i.detail.toHtmlEscaped(),
                            locale.toString(i.start, QStringLiteral("HH:mm")),
                            locale.toString(i.end, QStringLiteral("HH:mm")), room.toHtmlEscaped(), i.key);
    if (i.inConflict)
        text += u"<br>" + tr("⚠ In conflict: see the conflicts list");
    return text;
}

bool ProgrammeGrid::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        // Also when a scroll bar comes or goes: the hours fill the width.
        layoutLanes();
        updateScrollBars();
    }
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const ScheduleItem *i = item(itemAt(help->pos())))
            QToolTip::showText(help->globalPos(), tooltipFor(*i), viewport(), rectOf(*i));
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ProgrammeGrid::mousePressEvent(QMouseEvent *event)
{
    const QString key = itemAt(event->position().toPoint());
    select(key); // a right click selects too, so that the context menu acts on what it points at
    if (event->button() != Qt::LeftButton)
        return;
    m_pressedKey = key;
    m_pressPos = event->position().toPoint();
    m_dragging = false;
}

std::pair<int, QTime> ProgrammeGrid::dropTarget(const QPoint &pos) const
{
    const ScheduleItem *i = item(m_pressedKey);
    if (!i)
        return {-1, {}};
    const int lane = laneAtY(pos.y());
    if (i->isWorkshop())
        return {lane, i->start};
    const int shift = int(std::lround((pos.x() - m_pressPos.x()) / m_pixelsPerMinute));
    const int start = std::clamp(minutesOf(i->start) + shift, 0, 24 * 60 - 15);
    return {lane, snapToQuarter(QTime(start / 60, start % 60))};
}

void ProgrammeGrid::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressedKey.isEmpty()) {
        viewport()->setCursor(itemAt(pos).isEmpty() ? Qt::ArrowCursor : Qt::OpenHandCursor);
        return;
    }
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    viewport()->setCursor(Qt::ClosedHandCursor);
    // Near an edge, the grid scrolls so that any row and time can be reached.
    if (pos.y() < RulerHeight + 12)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - m_laneHeight / 2);
    else if (pos.y() > viewport()->height() - 12)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + m_laneHeight / 2);
    std::tie(m_dropLane, m_dropStart) = dropTarget(pos);
    viewport()->update();
}

void ProgrammeGrid::mouseReleaseEvent(QMouseEvent *event)
{
    const bool dropped = m_dragging && event->button() == Qt::LeftButton;
    const ScheduleItem *i = item(m_pressedKey);
    m_dragging = false;
    viewport()->setCursor(Qt::ArrowCursor);
    if (dropped && i) {
        const auto [lane, start] = dropTarget(event->position().toPoint());
        m_pressedKey.clear();
        viewport()->update();
        if (lane >= 0) {
            const ScheduleItem moved = *i; // the grid may be rebuilt by the move
            Q_EMIT moveRequested(moved, m_lanes.at(lane).room, start);
        }
        return;
    }
    m_pressedKey.clear();
    viewport()->update();
}

void ProgrammeGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const QString key = itemAt(event->position().toPoint()); !key.isEmpty())
        Q_EMIT activated(key);
}

void ProgrammeGrid::selectNeighbour(int key)
{
    QList<const ScheduleItem *> order;
    for (const ScheduleItem &i : std::as_const(m_day.items))
        order << &i;
    std::stable_sort(order.begin(), order.end(), [this](const ScheduleItem *a, const ScheduleItem *b) {
        return std::tuple(laneIndex(a->room), a->start, a->track) <
               std::tuple(laneIndex(b->room), b->start, b->track);
    });
    if (order.isEmpty())
        return;
    const ScheduleItem *current = item(m_selected);
    const qsizetype at = current ? order.indexOf(current) : -1;
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const qsizetype next =
            at < 0 ? 0 : std::clamp(at + (key == Qt::Key_Left ? -1 : 1), qsizetype(0), order.size() - 1);
        select(order.at(next)->key);
        return;
    }
    if (key == Qt::Key_Home || key == Qt::Key_End) {
        select((key == Qt::Key_Home ? order.constFirst() : order.constLast())->key);
        return;
    }
    // Up and Down: the item closest in time in the nearest row above or below that has one.
    if (!current) {
        select(order.constFirst()->key);
        return;
    }
    const int step = key == Qt::Key_Up ? -1 : 1;
    for (int lane = laneIndex(current->room) + step; lane >= 0 && lane < m_lanes.size(); lane += step) {
        const ScheduleItem *best = nullptr;
        for (const ScheduleItem *i : std::as_const(order))
            if (i->room == m_lanes.at(lane).room &&
                (!best ||
                 std::abs(current->start.secsTo(i->start)) < std::abs(current->start.secsTo(best->start))))
                best = i;
        if (best) {
            select(best->key);
            return;
        }
    }
}

void ProgrammeGrid::moveSelectedBy(int laneStep, int minutes)
{
    const ScheduleItem *i = item(m_selected);
    if (!i)
        return;
    const int lane = std::clamp(laneIndex(i->room) + laneStep, 0, int(m_lanes.size()) - 1);
    const ScheduleItem moved = *i;
    Q_EMIT moveRequested(moved, m_lanes.at(lane).room, i->start.addSecs(minutes * 60));
}

void ProgrammeGrid::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool arrow =
        key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (arrow && event->modifiers() & Qt::AltModifier) {
        if (key == Qt::Key_Up || key == Qt::Key_Down)
            moveSelectedBy(key == Qt::Key_Up ? -1 : 1, 0);
        else
            moveSelectedBy(0, key == Qt::Key_Left ? -15 : 15);
        return;
    }
    if (arrow || key == Qt::Key_Home || key == Qt::Key_End) {
        selectNeighbour(key);
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_selected.isEmpty()) {
        Q_EMIT activated(m_selected);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier &&
        (key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus)) {
        zoomBy(key == Qt::Key_Minus ? 0.8 : 1.25);
        return;
    }
    if (key == Qt::Key_Escape && m_dragging) {
        m_dragging = false;
        m_pressedKey.clear();
        viewport()->update();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

} // namespace cordee
