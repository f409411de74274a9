#include "printlayout.h"

#include <QCollator>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>

#include <algorithm>

namespace cordee::print {

namespace {

struct PrintText
{
    Q_DECLARE_TR_FUNCTIONS(PrintText)
};

} // namespace

PdfCanvas::PdfCanvas(const QString &path, const QString &title, bool landscape)
    : m_writer(std::make_unique<QPdfWriter>(path))
{
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Cordée"));
    m_writer->setResolution(72);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                        landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                        QMarginsF(36, 36, 36, 36), QPageLayout::Point));
    m_painter.begin(m_writer.get());
    if (m_painter.isActive())
        m_painter.setRenderHint(QPainter::Antialiasing);
}

PdfCanvas::~PdfCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

QRectF PdfCanvas::page() const
{
    return QRectF(QPointF(0, 0), m_writer->pageLayout().paintRect(QPageLayout::Point).size());
}

void PdfCanvas::newPage()
{
    m_writer->newPage();
}

Status PdfCanvas::finish(const QString &path)
{
    if (!m_painter.isActive() || !m_painter.end())
        return Error{PrintText::tr("Could not write %1.").arg(path),
                     PrintText::tr("check that the folder exists and can be written to")};
    return Status::ok();
}

QFont PdfCanvas::font(qreal points, bool bold)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setFamilies(
        {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

const Participant *findParticipant(const QList<Participant> &people, qint64 id)
{
    for (const Participant &p : people)
        if (p.id == id && id != 0)
            return &p;
    return nullptr;
}

const Room *findRoom(const QList<Room> &rooms, const QString &key)
{
    for (const Room &r : rooms)
        if (r.key == key)
            return &r;
    return nullptr;
}

const Theme *findTheme(const QList<Theme> &themes, const QString &key)
{
    for (const Theme &t : themes)
        if (t.key == key)
            return &t;
    return nullptr;
}

const TimeSlot *findSlot(const QList<TimeSlot> &slotList, const QString &key)
{
    for (const TimeSlot &s : slotList)
        if (s.key == key)
            return &s;
    return nullptr;
}

QString sortName(const Participant &p)
{
    return p.lastName + u' ' + p.firstName;
}

QList<Participant> printablePeople(const QList<Participant> &people, const QList<qint64> &only)
{
    QList<Participant> out;
    for (const Participant &p : people)
        if (p.isCounted() && !p.erased && (only.isEmpty() || only.contains(p.id)))
            out.append(p);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(out.begin(), out.end(), [&collator](const Participant &a, const Participant &b) {
        return collator.compare(sortName(a), sortName(b)) < 0;
    });
    return out;
}

} // namespace cordee::print
