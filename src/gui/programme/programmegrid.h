#pragma once

#include "forum.h"
#include "programmeschedule.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QPoint>

namespace cordee {

/// A day of the programme as a rooms × time grid: one row per room (and a first row for the items without
/// a room: breaks, workshop slots), time running left to right, each item a coloured block by kind.
/// Items are selected by click or arrow keys and moved by drag and drop (or Alt+arrows): the grid only
/// says where the organizer dropped what; the page decides and makes the undoable edit.
class ProgrammeGrid : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit ProgrammeGrid(QWidget *parent = nullptr);

    /// Shows `day`, with one row per room of `rooms` (in that order) after the row without room.
    void setDay(const ScheduleDay &day, const QList<Room> &rooms);
    const ScheduleDay &day() const { return m_day; }

    /// Selects the item `key` (a time slot's or workshop's key) and scrolls to it; an unknown key clears
    /// the selection. Emits nothing.
    void setSelectedKey(const QString &key);
    QString selectedKey() const { return m_selected; }
    /// The item `key` of the day, or null.
    const ScheduleItem *item(const QString &key) const;

    /// Where the item `key` is drawn, in viewport coordinates (empty when not on this day).
    QRect itemRect(const QString &key) const;
    /// The viewport point of time `t` in the row of `room` (empty: the row without room).
    QPoint pointAt(const QString &room, const QTime &t) const;

    /// The colour of items of `kind` (shared with the page's legend).
    static QColor kindColor(SlotKind kind);

Q_SIGNALS:
    void selectionChanged(const QString &key);
    /// Double click or Enter on an item.
    void activated(const QString &key);
    /// The organizer dropped `item` in the row of `room` (empty: the row without room) at `start`.
    void moveRequested(const cordee::ScheduleItem &item, const QString &room, const QTime &start);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    static constexpr int HeaderWidth = 156; ///< the rooms' names
    static constexpr int RulerHeight = 26;  ///< the hours
    static constexpr int LaneHeight = 40;   ///< at least: two lines of text decide
    static constexpr int TrackHeight = 30;  ///< per item when items overlap in a row, at least

    struct Lane
    {
        QString room; ///< empty: items without room
        QString label;
        QString detail;
        int top = 0; ///< in content coordinates, below the ruler
        int height = 0;
    };

    void layoutLanes();
    /// Widens (factor > 1) or narrows the hours, never below fitting the day in the width.
    void zoomBy(double factor);
    void updateScrollBars();
    int laneIndex(const QString &room) const;
    int laneAtY(int viewportY) const;
    QTime timeAtX(int viewportX) const;
    int xOf(const QTime &t) const; ///< viewport x
    QRect rectOf(const ScheduleItem &item) const;
    QString itemAt(const QPoint &viewportPos) const;
    QString tooltipFor(const ScheduleItem &item) const;
    void select(const QString &key);
    void selectNeighbour(int key);
    void moveSelectedBy(int laneStep, int minutes);
    void ensureVisible(const QString &key);
    void paintBackground(QPainter &p);
    void paintItem(QPainter &p, const ScheduleItem &item, const QRect &r, bool ghost) const;
    void paintHeaders(QPainter &p);
    /// Where the dragged item would land for the mouse at `pos`: lane and snapped start.
    std::pair<int, QTime> dropTarget(const QPoint &pos) const;

    ScheduleDay m_day;
    QList<Room> m_rooms;
    QList<Lane> m_lanes;
    QString m_selected;
    double m_pixelsPerMinute = 1.2;
    double m_zoom = 1.0;
    int m_laneHeight = LaneHeight; ///< for the current font
    int m_contentHeight = 0;

    // Dragging: the item pressed, where, and where it would land.
    QString m_pressedKey;
    QPoint m_pressPos;
    bool m_dragging = false;
    int m_dropLane = -1;
    QTime m_dropStart;
};

} // namespace cordee
