#include "printdocs.h"

#include "countrytable.h"
#include "printlayout.h"
#include "printphrases.h"

#include <QCoreApplication>
#include <QLocale>

namespace cordee::print {

namespace {

struct PrintText
{
    Q_DECLARE_TR_FUNCTIONS(PrintText)
};

constexpr int SpareLines = 5;
constexpr qreal RowHeight = 22;

QString slotText(const TimeSlot *slot, const QString &language)
{
    if (!slot)
        return {};
    const QLocale locale(language);
    return locale.toString(slot->date, QStringLiteral("dddd d MMMM yyyy")) + QStringLiteral(", ") +
           locale.toString(slot->start, QLocale::ShortFormat) + QStringLiteral("–") +
           locale.toString(slot->end, QLocale::ShortFormat);
}

QString forumLanguage(const ForumSnapshot &forum)
{
    return documentLanguage(forum.info.languages.mid(0, 1), QStringLiteral("en"));
}

QString personName(const QList<Participant> &people, qint64 id)
{
    const Participant *p = findParticipant(people, id);
    return p ? p->displayName() : QStringLiteral("—");
}

QList<Participant> membersOf(const ForumSnapshot &forum, const Workshop &w)
{
    QList<Participant> all;
    for (const AssignmentRow &a : forum.assignments)
        if (a.workshop == w.key && a.slot == w.slot)
            if (const Participant *p = findParticipant(forum.participants, a.participantId))
                all.append(*p);
    return printablePeople(all);
}

void drawHeader(PdfCanvas &canvas, const ForumSnapshot &forum, const Workshop &w, const Phrases &ph, qreal &y)
{
    QPainter &p = canvas.painter();
    const qreal width = canvas.page().width();
    p.setFont(PdfCanvas::font(9));
    p.drawText(QRectF(0, y, width, 14), Qt::AlignLeft, forum.info.title);
    y += 18;
    p.setFont(PdfCanvas::font(18, true));
    const Theme *theme = findTheme(forum.themes, w.theme);
    p.drawText(QRectF(0, y, width, 26), Qt::AlignLeft,
               ph.attendanceSheet + QStringLiteral(" — ") + (theme ? theme->title : w.key));
    y += 32;
    p.setFont(PdfCanvas::font(10));
    const Room *room = findRoom(forum.rooms, w.room);
    const QStringList lines{
        ph.slot + QStringLiteral(": ") + slotText(findSlot(forum.timeSlots, w.slot), ph.language),
        ph.room + QStringLiteral(": ") + (room ? room->name : QStringLiteral("—")) + QStringLiteral("    ") +
            ph.language_ + QStringLiteral(": ") + w.language + QStringLiteral("    ") + w.key,
        ph.facilitator + QStringLiteral(": ") + personName(forum.participants, w.facilitatorId) +
            QStringLiteral("    ") + ph.rapporteur + QStringLiteral(": ") +
            personName(forum.participants, w.rapporteurId)};
    for (const QString &line : lines) {
        p.drawText(QRectF(0, y, width, 14), Qt::AlignLeft, line);
        y += 16;
    }
    y += 8;
}

void drawRow(QPainter &p, qreal y, qreal width, const QStringList &cells, bool bold)
{
    const qreal xs[] = {0, 30, width * 0.42, width * 0.72, width};
    p.setFont(PdfCanvas::font(10, bold));
    for (int c = 0; c < 4; ++c) {
        const QRectF cell(xs[c], y, xs[c + 1] - xs[c], RowHeight);
        p.drawRect(cell);
        p.drawText(cell.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, cells.value(c));
    }
}

} // namespace

Status writeAttendanceSheets(const ForumSnapshot &forum, const PrintRequest &request)
{
    const Phrases &ph = phrases(forumLanguage(forum));
    PdfCanvas canvas(request.path, ph.attendanceSheet);
    if (!canvas.ok())
        return Error{PrintText::tr("Could not write %1.").arg(request.path), {}};
    const CountryTable &countries = CountryTable::instance();
    bool first = true;
    for (const Workshop &w : forum.workshops) {
        if (!request.slotKey.isEmpty() && w.slot != request.slotKey)
            continue;
        if (!first)
            canvas.newPage();
        first = false;
        qreal y = 0;
        drawHeader(canvas, forum, w, ph, y);
        const qreal width = canvas.page().width();
        const qreal bottom = canvas.page().height() - RowHeight;
        drawRow(canvas.painter(), y, width, {ph.number, ph.name, ph.country, ph.signature}, true);
        y += RowHeight;
        const QList<Participant> members = membersOf(forum, w);
        for (qsizetype i = 0; i < members.size() + SpareLines; ++i) {
            if (y > bottom) {
                canvas.newPage();
                y = 0;
                drawHeader(canvas, forum, w, ph, y);
                drawRow(canvas.painter(), y, width, {ph.number, ph.name, ph.country, ph.signature}, true);
                y += RowHeight;
            }
            QStringList cells{QString::number(i + 1)};
            if (i < members.size()) {
                const Participant &m = members.at(i);
                const Country *c = countries.find(m.country);
                cells << m.lastName.toUpper() + u' ' + m.firstName
                      << (c ? c->name(ph.language) + QStringLiteral(" (") + c->code + u')' : m.country);
            }
            drawRow(canvas.painter(), y, width, cells, false);
            y += RowHeight;
        }
    }
    if (first)
        return Error{PrintText::tr("There is no workshop to print a sheet for."),
                     request.slotKey.isEmpty() ? QString() : PrintText::tr("slot %1").arg(request.slotKey)};
    return canvas.finish(request.path);
}

Status writeDoorSigns(const ForumSnapshot &forum, const PrintRequest &request)
{
    const Phrases &ph = phrases(forumLanguage(forum));
    PdfCanvas canvas(request.path, ph.room, true);
    if (!canvas.ok())
        return Error{PrintText::tr("Could not write %1.").arg(request.path), {}};
    bool first = true;
    auto sign = [&](const QString &roomKey, const QString &slotKey, const QString &heading,
                    const QString &detail) {
        if (!first)
            canvas.newPage();
        first = false;
        QPainter &p = canvas.painter();
        const QRectF page = canvas.page();
        const Room *room = findRoom(forum.rooms, roomKey);
        p.setFont(PdfCanvas::font(60, true));
        p.drawText(QRectF(0, 40, page.width(), 110), Qt::AlignCenter | Qt::TextWordWrap,
                   room ? room->name : roomKey);
        p.setFont(PdfCanvas::font(22));
        p.drawText(QRectF(0, 170, page.width(), 40), Qt::AlignCenter,
                   slotText(findSlot(forum.timeSlots, slotKey), ph.language));
        p.setFont(PdfCanvas::font(34, true));
        p.drawText(QRectF(20, 240, page.width() - 40, 160), Qt::AlignCenter | Qt::TextWordWrap, heading);
        p.setFont(PdfCanvas::font(18));
        p.drawText(QRectF(0, 420, page.width(), 40), Qt::AlignCenter, detail);
        p.setFont(PdfCanvas::font(9));
        p.drawText(QRectF(0, page.height() - 16, page.width(), 16), Qt::AlignCenter, forum.info.title);
    };
    for (const TimeSlot &slot : forum.timeSlots) {
        if (!request.slotKey.isEmpty() && slot.key != request.slotKey)
            continue;
        if (slot.kind != SlotKind::Workshops) {
            if (!slot.room.isEmpty())
                sign(slot.room, slot.key, slot.title.isEmpty() ? ph.plenary : slot.title, ph.plenary);
            continue;
        }
        for (const Workshop &w : forum.workshops) {
            if (w.slot != slot.key || w.room.isEmpty())
                continue;
            const Theme *theme = findTheme(forum.themes, w.theme);
            sign(w.room, slot.key, theme ? theme->title : w.title,
                 ph.language_ + QStringLiteral(": ") + w.language.toUpper() + QStringLiteral(" · ") + w.key);
        }
    }
    if (first)
        return Error{PrintText::tr("There is no room in use to print a sign for."), {}};
    return canvas.finish(request.path);
}

} // namespace cordee::print
