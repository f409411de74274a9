#include "declarationpages.h"

#include "declarationlanguage.h"
#include "declarationpdfinfo.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Exchange::tr the same way).
struct Exchange
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

/// The layout's unit: 1/1200 inch, as QPdfWriter's default resolution, so glyph positions need no
/// rounding to reach the PDF.
constexpr int LayoutDpi = 1200;
constexpr int KeepWithNext = QTextFormat::UserProperty + 1;

constexpr qreal pt(qreal points)
{
    return points * LayoutDpi / 72.0;
}

/// A vertical length in a block format (top and bottom margins). QTextDocumentLayout reads those in pixels
/// of the default screen and scales them to its paint device, but not horizontal ones (left and right
/// margins, text indent), which stay in the device's units: pt().
qreal formatPt(qreal points)
{
    // As Qt's qt_defaultDpiY(): the primary screen's logical DPI, 96 without a screen.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const bool fixed = QCoreApplication::testAttribute(Qt::AA_Use96Dpi) || !screen;
    const qreal dpi = fixed ? 96.0 : qreal(qRound(screen->logicalDotsPerInchY()));
    return points * dpi / 72.0;
}

constexpr qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * LayoutDpi;
}

// Page geometry, the same for A4 and Letter.
constexpr qreal MarginSide = mm(24);
constexpr qreal MarginTop = mm(26);
constexpr qreal MarginBottom = mm(24);
constexpr qreal HeaderBaseline = mm(15);
constexpr qreal FooterBaseline = mm(12); // from the bottom edge

QFont baseFont(qreal points)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("Noto Serif CJK SC"),
                      QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans"),
                      QStringLiteral("DejaVu Serif")});
    font.setStyleHint(QFont::Serif);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(points);
    return font;
}

/// Builds the body of the declaration with a cursor, block by block.
class BodyWriter
{
public:
    BodyWriter(QTextDocument &doc, const QPaintDevice *device, const DeclarationLanguage &language)
        : m_cursor(&doc)
        , m_device(device)
        , m_language(language)
    {
        m_body.setAlignment(Qt::AlignJustify);
        // The declaration's languages are written left to right, whatever script a name starts a block with.
        m_body.setLayoutDirection(Qt::LeftToRight);
        m_body.setBottomMargin(formatPt(6));
        m_body.setLineHeight(122, QTextBlockFormat::ProportionalHeight);
    }

    QTextBlockFormat body() const { return m_body; }
    static QTextCharFormat chars(qreal points = 11, bool bold = false, bool italic = false)
    {
        QTextCharFormat f;
        f.setFont(baseFont(points), QTextCharFormat::FontPropertiesAll);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setFontItalic(italic);
        return f;
    }

    void paragraph(const QTextBlockFormat &block, const QTextCharFormat &chars, const QString &text)
    {
        newBlock(block, chars);
        insert(text, chars);
    }

    void guest(const DeclarationGuest &g)
    {
        QTextBlockFormat block = m_body;
        block.setAlignment(Qt::AlignLeft);
        block.setLeftMargin(pt(20));
        block.setTextIndent(-pt(8));
        block.setBottomMargin(formatPt(3));
        newBlock(block, chars());
        // Isolated, so that a name in a right-to-left script keeps the comma after it in place.
        insert(QChar(0x2068) + g.name + QChar(0x2069), chars(11, true));
        if (!g.title.isEmpty())
            insert(QStringLiteral(", ") + g.title, chars());
    }

    /// The points with a hanging bullet: a bullet, then a dash, then a middle dot, one step of indent per
    /// level. Drawn as text rather than as a QTextList, whose bullets sit too close to the words.
    void points(const QList<DeclarationPoint> &list, int depth = 0)
    {
        static const QString bullets[] = {QStringLiteral("\u2022"), QStringLiteral("\u2013"),
                                          QStringLiteral("\u00b7")};
        const QString bullet = bullets[std::min(depth, 2)] + QChar(0x2002); // an en space after it
        const QTextCharFormat text = chars(depth == 0 ? 11 : 10.5);
        const qreal hang = QFontMetricsF(text.font(), m_device).horizontalAdvance(bullet);
        QTextBlockFormat block = m_body;
        block.setAlignment(Qt::AlignLeft); // ragged right: short items justified open wide gaps
        block.setLeftMargin(pt(12 + 17 * depth) + hang);
        block.setTextIndent(-hang);
        block.setBottomMargin(formatPt(depth == 0 ? 4.5 : 2.5));
        for (const DeclarationPoint &p : list) {
            newBlock(block, text);
            m_cursor.insertText(bullet, text);
            insert(p.text, text);
            if (!p.subPoints.isEmpty())
                points(p.subPoints, depth + 1);
        }
    }

    /// Keeps the last block on the page of the next one.
    void keepLastWithNext()
    {
        QTextBlockFormat f;
        f.setProperty(KeepWithNext, true);
        m_cursor.mergeBlockFormat(f);
    }

private:
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    /// Inserts `text`, its ordinal suffixes raised ("6e" in French).
    void insert(const QString &text, const QTextCharFormat &chars)
    {
        QTextCharFormat raised = chars;
        raised.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        qsizetype at = 0;
        for (const auto &[start, length] : m_language.raisedSuffixes(text)) {
            m_cursor.insertText(text.mid(at, start - at), chars);
            m_cursor.insertText(text.mid(start, length), raised);
            at = start + length;
        }
        m_cursor.insertText(text.mid(at), chars);
    }

    QTextCursor m_cursor;
    const QPaintDevice *m_device;
    const DeclarationLanguage &m_language;
    QTextBlockFormat m_body;
    bool m_first = true;
};

void writeBody(QTextDocument &doc, const QPaintDevice *device, const Declaration &d)
{
    BodyWriter w(doc, device, DeclarationLanguage::forCode(d.language));
    const QTextBlockFormat body = w.body();
    const QTextCharFormat text = BodyWriter::chars();
    auto keep = [](QTextBlockFormat f) {
        f.setProperty(KeepWithNext, true);
        return f;
    };
    auto aligned = [&](Qt::Alignment a, qreal top, qreal bottom) {
        QTextBlockFormat f = body;
        f.setAlignment(a);
        f.setTopMargin(top);
        f.setBottomMargin(bottom);
        return f;
    };
    if (d.has(DeclarationPart::PlaceAndDate))
        w.paragraph(aligned(Qt::AlignRight, 0, formatPt(26)), text, d.placeAndDate);
    QTextBlockFormat title = keep(aligned(Qt::AlignHCenter, 0, formatPt(10)));
    title.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
    title.setHeadingLevel(1);
    w.paragraph(title, BodyWriter::chars(16, true), d.title);
    if (d.has(DeclarationPart::Question)) {
        QTextBlockFormat question = aligned(Qt::AlignHCenter, 0, formatPt(24));
        question.setLeftMargin(pt(30));
        question.setRightMargin(pt(30));
        w.paragraph(question, BodyWriter::chars(12, false, true), d.question);
    }
    w.paragraph(body, text, d.introduction);
    for (const QString &p : d.patronage)
        w.paragraph(body, text, p);
    if (d.has(DeclarationPart::Guests)) {
        w.paragraph(keep(aligned(Qt::AlignJustify, formatPt(4), formatPt(6))), text, d.guestsIntro);
        for (const DeclarationGuest &g : d.guests)
            w.guest(g);
    }
    if (d.has(DeclarationPart::Participation))
        w.paragraph(aligned(Qt::AlignJustify, formatPt(6), formatPt(6)), text, d.participation);
    if (d.has(DeclarationPart::Decisions)) {
        w.paragraph(keep(aligned(Qt::AlignLeft, formatPt(4), formatPt(8))), BodyWriter::chars(11, true),
                    d.decisionIntro);
        QTextBlockFormat heading = keep(aligned(Qt::AlignLeft, formatPt(10), formatPt(5)));
        heading.setHeadingLevel(2);
        for (const DeclarationSection &s : d.sections) {
            if (!s.heading.isEmpty())
                w.paragraph(heading, BodyWriter::chars(12, true), s.heading);
            w.points(s.points);
        }
    }
    for (qsizetype i = 0; i < d.closing.size(); ++i)
        w.paragraph(aligned(Qt::AlignJustify, i == 0 ? formatPt(8) : 0, formatPt(6)), text, d.closing.at(i));
    if (d.has(DeclarationPart::Conclusion)) {
        QTextBlockFormat heading = keep(aligned(Qt::AlignLeft, formatPt(14), formatPt(6)));
        heading.setHeadingLevel(2);
        w.paragraph(heading, BodyWriter::chars(12, true), d.conclusionHeading);
        for (const QString &p : d.conclusion)
            w.paragraph(body, text, p);
    }
    if (d.has(DeclarationPart::Signature)) {
        w.keepLastWithNext(); // never a signature alone on its page
        w.paragraph(aligned(Qt::AlignRight, formatPt(26), 0), BodyWriter::chars(11, false, true),
                    d.signature);
    }
}

/// The page (from 0) of a height in the document. Callers nudge a line's top down and its bottom up by one
/// unit: a line moved to the top of a page starts on the boundary itself, give or take rounding.
int pageAt(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

qreal firstLineTop(const QTextBlock &b)
{
    const QTextLayout *l = b.layout();
    return l->position().y() + (l->lineCount() > 0 ? l->lineAt(0).y() : 0);
}

qreal lastLineBottom(const QTextBlock &b)
{
    const QTextLayout *l = b.layout();
    if (l->lineCount() == 0)
        return l->position().y();
    const QTextLine last = l->lineAt(l->lineCount() - 1);
    return l->position().y() + last.y() + last.height();
}

/// Moves a block marked KeepWithNext (a heading, a lead-in sentence), with the marked blocks just before
/// it, to the next page when what follows it starts there. One move per pass: each move shifts the rest.
void keepWithNext(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    for (int pass = 0; pass < 500; ++pass) {
        doc.documentLayout()->documentSize(); // lays out the whole document
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid() && !moved; b = b.next()) {
            const QTextBlock next = b.next();
            if (!next.isValid() || !b.blockFormat().boolProperty(KeepWithNext))
                continue;
            if (pageAt(lastLineBottom(b) - 1, pageHeight) == pageAt(firstLineTop(next) + 1, pageHeight))
                continue;
            QTextBlock first = b;
            for (QTextBlock p = b.previous(); p.isValid() && p.blockFormat().boolProperty(KeepWithNext);
                 p = p.previous()) {
                if (pageAt(firstLineTop(p) + 1, pageHeight) != pageAt(firstLineTop(first) + 1, pageHeight))
                    break;
                first = p;
            }
            if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            QTextBlockFormat f;
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(first).mergeBlockFormat(f);
            moved = true;
        }
        if (!moved)
            return;
    }
}

} // namespace

struct DeclarationPages::Private
{
    Declaration declaration;
    PaperSize paper = PaperSize::A4;
    QSizeF page; ///< in layout units
    QImage layoutDevice{1, 1, QImage::Format_RGB32};
    QTextDocument document;

    QRectF bodyRect() const
    {
        return QRectF(MarginSide, MarginTop, page.width() - 2 * MarginSide,
                      page.height() - MarginTop - MarginBottom);
    }
    void paintHeaderAndFooter(QPainter &painter, int index) const;
};

DeclarationPages::DeclarationPages(const Declaration &declaration, PaperSize paper)
    : d(std::make_unique<Private>())
{
    d->declaration = declaration;
    d->paper = paper;
    const QSizeF points = declarationformat::pageSize(paper).size(QPageSize::Point);
    d->page = QSizeF(pt(points.width()), pt(points.height()));
    const int dotsPerMeter = qRound(LayoutDpi / 0.0254);
    d->layoutDevice.setDotsPerMeterX(dotsPerMeter);
    d->layoutDevice.setDotsPerMeterY(dotsPerMeter);

    QTextDocument &doc = d->document;
    doc.documentLayout()->setPaintDevice(&d->layoutDevice);
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    doc.setIndentWidth(formatPt(18));
    doc.setDefaultFont(baseFont(11));
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setPageSize(d->bodyRect().size());
    doc.setMetaInformation(QTextDocument::DocumentTitle, declaration.title);
    writeBody(doc, &d->layoutDevice, declaration);
    keepWithNext(doc);
}

DeclarationPages::~DeclarationPages() = default;

PaperSize DeclarationPages::paper() const
{
    return d->paper;
}

QSizeF DeclarationPages::pageSizePoints() const
{
    return declarationformat::pageSize(d->paper).size(QPageSize::Point);
}

int DeclarationPages::pageCount() const
{
    return std::max(1, d->document.pageCount());
}

const QTextDocument &DeclarationPages::textDocument() const
{
    return d->document;
}

void DeclarationPages::Private::paintHeaderAndFooter(QPainter &painter, int index) const
{
    const DeclarationLanguage &language = DeclarationLanguage::forCode(declaration.language);
    QFont font = baseFont(8.5);
    font.setPixelSize(qRound(pt(8.5)));
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF body = bodyRect();
    const QFontMetricsF metrics(font, &layoutDevice);
    // The first page carries the title: the running header starts on the second.
    if (index > 0 && !declaration.forumName.isEmpty()) {
        const QString header = metrics.elidedText(declaration.forumName, Qt::ElideRight, body.width());
        const qreal x = body.left() + (body.width() - metrics.horizontalAdvance(header)) / 2;
        painter.drawText(QPointF(x, HeaderBaseline), header);
        painter.setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.4)));
        const qreal ruleY = HeaderBaseline + pt(5);
        painter.drawLine(QPointF(body.left(), ruleY), QPointF(body.right(), ruleY));
        painter.setPen(QColor(0x55, 0x55, 0x55));
    }
    const QString footer = language.pageOf(index + 1, std::max(1, document.pageCount()));
    const qreal x = body.left() + (body.width() - metrics.horizontalAdvance(footer)) / 2;
    painter.drawText(QPointF(x, page.height() - FooterBaseline), footer);
}

void DeclarationPages::paintPage(QPainter &painter, int index) const
{
    painter.save();
    painter.scale(72.0 / LayoutDpi, 72.0 / LayoutDpi);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    d->paintHeaderAndFooter(painter, index);

    const QRectF body = d->bodyRect();
    const qreal pageHeight = d->document.pageSize().height();
    painter.translate(body.left(), body.top() - index * pageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    // A little room on the sides for bullets and italics that overhang the text block.
    context.clip = QRectF(-pt(30), index * pageHeight, body.width() + pt(60), pageHeight);
    context.palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    painter.setClipRect(context.clip);
    d->document.documentLayout()->draw(&painter, context);
    painter.restore();
}

QImage DeclarationPages::pageImage(int index, qreal dotsPerInch) const
{
    const QSizeF points = pageSizePoints();
    QImage image(qCeil(points.width() * dotsPerInch / 72.0), qCeil(points.height() * dotsPerInch / 72.0),
                 QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(dotsPerInch / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(dotsPerInch / 72.0, dotsPerInch / 72.0);
    paintPage(painter, index);
    return image;
}

Status DeclarationPages::print(QPagedPaintDevice &device) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{Exchange::tr("The declaration cannot be laid out on pages without the graphical "
                                  "application's fonts."),
                     {}};
    device.setPageLayout(
        QPageLayout(declarationformat::pageSize(d->paper), QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&device))
        return Error{Exchange::tr("The declaration could not be printed."), {}};
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !device.newPage())
            return Error{Exchange::tr("The declaration could not be printed."), {}};
        painter.save();
        painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
        paintPage(painter, i);
        painter.restore();
    }
    if (!painter.end())
        return Error{Exchange::tr("The declaration could not be printed."), {}};
    return {};
}

Result<QByteArray> DeclarationPages::toPdf() const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(LayoutDpi);
        writer.setTitle(d->declaration.title);
        writer.setCreator(QStringLiteral("Cordée ") + QStringLiteral(CORDEE_VERSION));
        writer.setDocumentXmpMetadata(
            declarationXmp(d->declaration.title, d->declaration.author, d->declaration.language));
        if (Status s = print(writer); !s)
            return s;
    }
    return withAuthorAndLanguage(bytes, d->declaration.author, d->declaration.language);
}

} // namespace cordee
