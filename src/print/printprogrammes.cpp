#include "printdocs.h"
#include "printlayout.h"
#include "printphrases.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace cordee::print {

namespace {

struct ProgrammeText
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeText)
};

QString itemText(const ForumSnapshot &forum, const TimeSlot &slot, const QHash<QString, QString> &workshopOf,
                 const Phrases &ph)
{
    const Room *room = findRoom(forum.rooms, slot.room);
    switch (slot.kind) {
    case SlotKind::Break:
        return ph.breakTime;
    case SlotKind::Conference:
    case SlotKind::RoundTable:
        return (slot.title.isEmpty() ? ph.plenary : slot.title) +
               (room ? QStringLiteral(" — ") + room->name : QString());
    case SlotKind::Workshops:
        break;
    }
    const QString key = workshopOf.value(slot.key);
    for (const Workshop &w : forum.workshops) {
        if (w.key != key)
            continue;
        const Theme *theme = findTheme(forum.themes, w.theme);
        const Room *wroom = findRoom(forum.rooms, w.room);
        return ph.yourWorkshop + QStringLiteral(": ") + (theme ? theme->title : w.title) +
               (wroom ? QStringLiteral(" — ") + ph.room + u' ' + wroom->name : QString()) +
               QStringLiteral(" (") + w.language.toUpper() + u')';
    }
    return ph.noWorkshop;
}

void drawProgramme(PdfCanvas &canvas, const ForumSnapshot &forum, const Participant &person)
{
    const QString language = documentLanguage(person.languages, forum.info.languages.value(0));
    const Phrases &ph = phrases(language);
    const QLocale locale(language);
    QHash<QString, QString> workshopOf; // slot key → workshop key
    for (const AssignmentRow &a : forum.assignments)
        if (a.participantId == person.id)
            workshopOf.insert(a.slot, a.workshop);
    QPainter &p = canvas.painter();
    const qreal width = canvas.page().width();
    qreal y = 0;
    p.setFont(PdfCanvas::font(10));
    p.drawText(QRectF(0, y, width, 14), Qt::AlignLeft, forum.info.title);
    y += 22;
    p.setFont(PdfCanvas::font(20, true));
    p.drawText(QRectF(0, y, width, 28), Qt::AlignLeft, ph.personalProgramme);
    y += 34;
    p.setFont(PdfCanvas::font(14, true));
    p.drawText(QRectF(0, y, width, 20), Qt::AlignLeft, person.displayName());
    y += 20;
    p.setFont(PdfCanvas::font(10));
    p.drawText(QRectF(0, y, width, 14), Qt::AlignLeft, person.organisation);
    y += 26;
    QDate day;
    for (const TimeSlot &slot : forum.timeSlots) {
        if (slot.date != day) {
            day = slot.date;
            y += 6;
            p.setFont(PdfCanvas::font(12, true));
            QString heading = locale.toString(day, QStringLiteral("dddd d MMMM yyyy"));
            heading[0] = heading.at(0).toUpper();
            p.drawText(QRectF(0, y, width, 18), Qt::AlignLeft, heading);
            y += 20;
            p.drawLine(QPointF(0, y), QPointF(width, y));
            y += 4;
        }
        p.setFont(PdfCanvas::font(10, slot.kind == SlotKind::Workshops));
        p.drawText(QRectF(0, y, 90, 16), Qt::AlignLeft,
                   locale.toString(slot.start, QLocale::ShortFormat) + QStringLiteral("–") +
                       locale.toString(slot.end, QLocale::ShortFormat));
        const QRectF text(95, y, width - 95, 32);
        QRectF used;
        p.drawText(text, Qt::AlignLeft | Qt::TextWordWrap, itemText(forum, slot, workshopOf, ph), &used);
        y += std::max<qreal>(18, used.height() + 4);
    }
}

} // namespace

Status writeProgrammes(const ForumSnapshot &forum, const PrintRequest &request)
{
    const QList<Participant> people = printablePeople(forum.participants, request.participantIds);
    if (people.isEmpty())
        return Error{ProgrammeText::tr("There is nobody to print a programme for."), {}};
    PdfCanvas canvas(request.path, ProgrammeText::tr("Personal programmes"));
    if (!canvas.ok())
        return Error{ProgrammeText::tr("Could not write %1.").arg(request.path), {}};
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (i > 0)
            canvas.newPage();
        drawProgramme(canvas, forum, people.at(i));
    }
    return canvas.finish(request.path);
}

} // namespace cordee::print
