#pragma once

#include "forum.h"
#include "participant.h"
#include "result.h"

#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <memory>

namespace cordee::print {

/// A PDF being written in points (72 per inch), with the fonts every document uses.
class PdfCanvas
{
public:
    /// Opens `path`; check ok() before painting.
    PdfCanvas(const QString &path, const QString &title, bool landscape = false);
    ~PdfCanvas();

    bool ok() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    QRectF page() const; ///< the printable area, in points
    void newPage();
    /// Ends the file; an error when it could not be written.
    Status finish(const QString &path);

    /// The documents' font ("Noto Sans", falling back per script) at `points`.
    static QFont font(qreal points, bool bold = false);

private:
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
};

/// The participant with `id`, or null.
const Participant *findParticipant(const QList<Participant> &people, qint64 id);
const Room *findRoom(const QList<Room> &rooms, const QString &key);
const Theme *findTheme(const QList<Theme> &themes, const QString &key);
const TimeSlot *findSlot(const QList<TimeSlot> &slotList, const QString &key);
/// "Last First" as people are sorted on lists.
QString sortName(const Participant &p);
/// Present people (not cancelled, not erased), sorted by last then first name; only those of `only` when it
/// is not empty.
QList<Participant> printablePeople(const QList<Participant> &people, const QList<qint64> &only = {});

} // namespace cordee::print
