#pragma once

#include "declaration.h"
#include "declarationformat.h"
#include "result.h"

#include <QByteArray>
#include <QImage>
#include <QSizeF>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace cordee {

/// The declaration laid out on pages, the same for the live preview, printing and the PDF: one
/// QTextDocument in serif type (Noto Serif, then Noto CJK, Noto Naskh Arabic and the system's fallbacks, so
/// names in any script render), justified, with bullets for proposals and sub-points, headings and lead-in
/// sentences kept on the page of what follows, a running header with the forum's name from the second
/// page on, and "Page n of N" at the foot of every page. Needs a QGuiApplication (fonts); the layout does
/// not depend on the screen.
class DeclarationPages
{
public:
    explicit DeclarationPages(const Declaration &declaration, PaperSize paper = PaperSize::A4);
    ~DeclarationPages();
    DeclarationPages(const DeclarationPages &) = delete;
    DeclarationPages &operator=(const DeclarationPages &) = delete;

    PaperSize paper() const;
    /// The paper's size in points (1/72 inch).
    QSizeF pageSizePoints() const;
    int pageCount() const;

    /// Paints page `index` (from 0) with its header and footer. The painter's units are points from the
    /// page's top left corner: scale it by dpi / 72 for a device of `dpi` dots per inch.
    void paintPage(QPainter &painter, int index) const;
    /// Page `index` on white at `dotsPerInch` (the live preview: about 96 × zoom × devicePixelRatio).
    QImage pageImage(int index, qreal dotsPerInch) const;
    /// Paints every page on `device` (Print…: a QPrinter set to full page). Sets the device's page layout
    /// to this paper without margins.
    Status print(QPagedPaintDevice &device) const;
    /// The PDF: fonts embedded (subsets), title, author (the organizer), creator and language in its
    /// information dictionary, XMP metadata and catalog (/Lang).
    Result<QByteArray> toPdf() const;

    /// The laid-out body (in units of 1/1200 inch), e.g. to find where a part starts.
    const QTextDocument &textDocument() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cordee
