// ProgrammeGrid's painting (declared in programmegrid.h): rows, hours, items and the dragged item's ghost.

#include "programmegrid.h"

#include "icons.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

namespace cordee {

namespace {

int minutesOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

QColor blend(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

const QColor conflictColor(0xd3, 0x2f, 0x2f);

} // namespace

void ProgrammeGrid::paintBackground(QPainter &p)
{
    const QPalette &pal = palette();
    const int vscroll = verticalScrollBar()->value();
    const int right = viewport()->width();
    for (int i = 0; i < m_lanes.size(); ++i) {
        const Lane &l = m_lanes.at(i);
        const QRect r(HeaderWidth, RulerHeight + l.top - vscroll, right - HeaderWidth, l.height);
        if (i % 2 == 1)
            p.fillRect(r, pal.color(QPalette::AlternateBase));
    }
    // Workshop slots tint their time in every room: that is where their workshops go.
    QColor band = kindColor(SlotKind::Workshops);
    band.setAlphaF(isDark(pal) ? 0.12f : 0.07f);
    for (const ScheduleItem &i : std::as_const(m_day.items))
        if (!i.isWorkshop() && i.kind == SlotKind::Workshops)
            p.fillRect(QRect(QPoint(xOf(i.start), RulerHeight), QPoint(xOf(i.end), viewport()->height())),
                       band);
    QColor quarter = pal.color(QPalette::Mid);
    quarter.setAlphaF(0.25f);
    QColor hour = pal.color(QPalette::Mid);
    hour.setAlphaF(0.6f);
    for (int m = minutesOf(m_day.from); m <= minutesOf(m_day.to); m += 15) {
        const int x = xOf(QTime(m / 60 % 24, m % 60)) + (m >= 24 * 60 ? int(m_pixelsPerMinute) : 0);
        p.setPen(m % 60 == 0 ? hour : quarter);
        p.drawLine(x, RulerHeight, x, viewport()->height());
    }
    p.setPen(quarter);
    for (const Lane &l : std::as_const(m_lanes)) {
        const int y = RulerHeight + l.top + l.height - vscroll - 1;
        p.drawLine(HeaderWidth, y, right, y);
    }
}

void ProgrammeGrid::paintItem(QPainter &p, const ScheduleItem &i, const QRect &r, bool ghost) const
{
    const QPalette &pal = palette();
    const QColor kind = kindColor(i.kind);
    QColor fill = blend(pal.color(QPalette::Base), kind, isDark(pal) ? 0.45 : 0.22);
    if (ghost)
        fill.setAlphaF(0.75f);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.fillPath(path, fill);
    QPen border(kind, 1.2);
    if (i.inConflict)
        border = QPen(conflictColor, 2, Qt::DashLine);
    if (ghost)
        border.setStyle(Qt::DotLine);
    if (i.key == m_selected && !ghost)
        border = QPen(pal.color(QPalette::Highlight), 2.5);
    p.setPen(border);
    p.drawPath(path);
    // A stripe of the kind's colour, so that kinds read apart even in a crowded row.
    p.fillRect(QRect(r.left() + 1, r.top() + 3, 3, r.height() - 6), kind);
    p.setRenderHint(QPainter::Antialiasing, false);

    QRect text = r.adjusted(8, 1, -4, -1);
    if (i.inConflict && text.width() > 24) {
        themedIcon(QStringLiteral("emblem-warning"))
            .paint(&p, QRect(text.left(), r.center().y() - 7, 14, 14));
        text.setLeft(text.left() + 17);
    }
    if (text.width() < 12)
        return;
    p.setPen(pal.color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    if (text.height() >= 2 * fontMetrics().height()) {
        p.setFont(bold);
        const QRect first(text.left(), text.top() + 1, text.width(), text.height() / 2);
        p.drawText(first, Qt::AlignLeft | Qt::AlignBottom,
                   boldMetrics.elidedText(i.title, Qt::ElideRight, text.width()));
        p.setFont(font());
        const QRect second(text.left(), text.top() + text.height() / 2 + 1, text.width(), text.height() / 2);
        p.drawText(second, Qt::AlignLeft | Qt::AlignTop,
                   fontMetrics().elidedText(i.detail, Qt::ElideRight, text.width()));
    } else {
        p.setFont(bold);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   boldMetrics.elidedText(i.title, Qt::ElideRight, text.width()));
        p.setFont(font());
    }
}

void ProgrammeGrid::paintHeaders(QPainter &p)
{
    const QPalette &pal = palette();
    const QLocale locale;
    const int vscroll = verticalScrollBar()->value();
    // Rooms, fixed on the left.
    p.fillRect(QRect(0, RulerHeight, HeaderWidth, viewport()->height()), pal.color(QPalette::Button));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    for (const Lane &l : std::as_const(m_lanes)) {
        const QRect r(8, RulerHeight + l.top - vscroll, HeaderWidth - 14, l.height);
        p.setPen(pal.color(QPalette::ButtonText));
        p.setFont(font());
        const QRect name(r.left(), r.top() + 2, r.width(), r.height() / 2);
        p.drawText(name, Qt::AlignLeft | Qt::AlignBottom,
                   fontMetrics().elidedText(l.label, Qt::ElideRight, r.width()));
        p.setFont(small);
        QColor dim = pal.color(QPalette::ButtonText);
        dim.setAlphaF(0.7f);
        p.setPen(dim);
        p.drawText(QRect(r.left(), r.top() + r.height() / 2 + 1, r.width(), r.height() / 2),
                   Qt::AlignLeft | Qt::AlignTop,
                   QFontMetrics(small).elidedText(l.detail, Qt::ElideRight, r.width()));
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(0, r.bottom(), HeaderWidth, r.bottom());
    }
    p.setFont(font());
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(HeaderWidth - 1, RulerHeight, HeaderWidth - 1, viewport()->height());
    // Hours, fixed on top.
    p.fillRect(QRect(0, 0, viewport()->width(), RulerHeight), pal.color(QPalette::Button));
    p.save();
    p.setClipRect(QRect(HeaderWidth, 0, viewport()->width() - HeaderWidth, RulerHeight));
    p.setPen(pal.color(QPalette::ButtonText));
    for (int m = minutesOf(m_day.from); m < minutesOf(m_day.to); m += 60) {
        const int x = xOf(QTime(m / 60, 0));
        p.drawText(QRect(x + 3, 0, 60, RulerHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   locale.toString(QTime(m / 60, 0), QStringLiteral("HH:mm")));
        p.drawLine(x, RulerHeight - 6, x, RulerHeight);
    }
    p.restore();
    p.setPen(pal.color(QPalette::ButtonText));
    p.drawText(QRect(8, 0, HeaderWidth - 10, RulerHeight), Qt::AlignLeft | Qt::AlignVCenter,
               locale.toString(m_day.date, QStringLiteral("dddd d MMMM")));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, RulerHeight - 1, viewport()->width(), RulerHeight - 1);
}

void ProgrammeGrid::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    p.save();
    p.setClipRect(QRect(HeaderWidth, RulerHeight, viewport()->width() - HeaderWidth,
                        viewport()->height() - RulerHeight));
    paintBackground(p);
    for (const ScheduleItem &i : std::as_const(m_day.items))
        paintItem(p, i, rectOf(i), false);
    if (const ScheduleItem *dragged = item(m_pressedKey); dragged && m_dragging && m_dropLane >= 0) {
        ScheduleItem ghost = *dragged;
        ghost.room = m_lanes.at(m_dropLane).room;
        ghost.end = m_dropStart.addSecs(dragged->start.secsTo(dragged->end));
        ghost.start = m_dropStart;
        ghost.track = 0;
        ghost.tracks = 1;
        paintItem(p, ghost, rectOf(ghost), true);
        p.setPen(palette().color(QPalette::Text));
        const QRect r = rectOf(ghost);
        p.drawText(QRect(r.left(), r.top() - 16, 120, 16), Qt::AlignLeft | Qt::AlignBottom,
                   QLocale().toString(m_dropStart, QStringLiteral("HH:mm")));
    }
    if (m_day.items.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect().adjusted(HeaderWidth, RulerHeight, 0, 0), Qt::AlignCenter,
                   tr("Nothing is planned on this day yet."));
    }
    p.restore();
    paintHeaders(p);
    if (hasFocus() && m_selected.isEmpty() && !m_day.items.isEmpty()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(viewport()->rect().adjusted(0, 0, -1, -1));
    }
}

} // namespace cordee
