#include "countrytable.h"
#include "printdocs.h"
#include "printlayout.h"
#include "printphrases.h"

#include <QCoreApplication>
#include <QFontMetricsF>

namespace cordee::print {

namespace {

struct BadgeText
{
    Q_DECLARE_TR_FUNCTIONS(BadgeText)
};

constexpr int Columns = 2;
constexpr int Rows = 4;
constexpr qreal Gap = 10; ///< between a badge and its neighbours' crop marks
constexpr qreal Mark = 8; ///< length of a crop mark

/// The role a badge shows: the most visible of the person's roles.
Role badgeRole(const Roles &roles)
{
    for (Role r : {Role::Organizer, Role::GuestOfHonour, Role::Speaker, Role::Facilitator, Role::Rapporteur})
        if (roles.has(r))
            return r;
    return Role::Participant;
}

void drawCropMarks(QPainter &p, const QRectF &r)
{
    p.save();
    p.setPen(QPen(Qt::black, 0.5));
    for (const QPointF &c : {r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight()}) {
        const qreal dx = c.x() == r.left() ? -1 : 1;
        const qreal dy = c.y() == r.top() ? -1 : 1;
        p.drawLine(QPointF(c.x() + dx * 2, c.y()), QPointF(c.x() + dx * (2 + Mark), c.y()));
        p.drawLine(QPointF(c.x(), c.y() + dy * 2), QPointF(c.x(), c.y() + dy * (2 + Mark)));
    }
    p.restore();
}

/// Draws `text` on one line centred in `box`, in the largest size up to `points` that fits its width (long
/// forum titles and names), elided below `minimum` points.
void drawFitted(QPainter &p, const QRectF &box, const QString &text, int points, bool bold, int minimum)
{
    QFont font = PdfCanvas::font(points, bold);
    while (font.pointSize() > minimum &&
           QFontMetricsF(font, p.device()).horizontalAdvance(text) > box.width())
        font.setPointSize(font.pointSize() - 1);
    p.setFont(font);
    const QString shown = QFontMetricsF(font, p.device()).elidedText(text, Qt::ElideRight, box.width());
    p.drawText(box, Qt::AlignCenter, shown);
}

void drawBadge(QPainter &p, const QRectF &r, const Participant &person, const ForumSnapshot &forum)
{
    const QString language = documentLanguage(person.languages, forum.info.languages.value(0));
    const Phrases &ph = phrases(language);
    const QRectF inner = r.adjusted(10, 8, -10, -8);
    drawFitted(p, QRectF(inner.left(), inner.top(), inner.width(), 12), forum.info.title, 8, false, 5);
    drawFitted(p, QRectF(inner.left(), inner.top() + 22, inner.width(), 30), person.firstName, 22, true, 12);
    drawFitted(p, QRectF(inner.left(), inner.top() + 52, inner.width(), 24), person.lastName.toUpper(), 16,
               true, 9);
    p.setFont(PdfCanvas::font(10));
    p.drawText(QRectF(inner.left(), inner.top() + 82, inner.width(), 30), Qt::AlignCenter | Qt::TextWordWrap,
               person.organisation);
    const Country *country = CountryTable::instance().find(person.country);
    p.setFont(PdfCanvas::font(11, true));
    p.drawText(QRectF(inner.left(), inner.top() + 114, inner.width(), 16), Qt::AlignCenter,
               country ? country->name(language) + QStringLiteral(" (") + country->code + u')'
                       : person.country);
    const QRectF band(r.left(), r.bottom() - 30, r.width(), 30);
    p.fillRect(band, QColor(0x33, 0x33, 0x33));
    p.save();
    p.setPen(Qt::white);
    p.setFont(PdfCanvas::font(12, true));
    p.drawText(band, Qt::AlignCenter, ph.roles[int(badgeRole(person.roles))].toUpper());
    p.restore();
    p.setPen(QPen(Qt::lightGray, 0.5));
    p.drawRect(r);
    p.setPen(Qt::black);
}

} // namespace

Status writeBadges(const ForumSnapshot &forum, const PrintRequest &request)
{
    const QList<Participant> people = printablePeople(forum.participants, request.participantIds);
    if (people.isEmpty())
        return Error{BadgeText::tr("There is nobody to print a badge for."), {}};
    PdfCanvas canvas(request.path, BadgeText::tr("Badges"));
    if (!canvas.ok())
        return Error{BadgeText::tr("Could not write %1.").arg(request.path), {}};
    const QRectF page = canvas.page();
    const qreal w = (page.width() - Gap * (Columns + 1)) / Columns;
    const qreal h = (page.height() - Gap * (Rows + 1)) / Rows;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const int onSheet = int(i % (Columns * Rows));
        if (i > 0 && onSheet == 0)
            canvas.newPage();
        const QRectF cell(Gap + (onSheet % Columns) * (w + Gap), Gap + (onSheet / Columns) * (h + Gap), w, h);
        drawBadge(canvas.painter(), cell, people.at(i), forum);
        drawCropMarks(canvas.painter(), cell);
    }
    return canvas.finish(request.path);
}

} // namespace cordee::print
