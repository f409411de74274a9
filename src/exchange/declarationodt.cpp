#include "declarationodt.h"

#include "declarationlanguage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSizeF>
#include <QXmlStreamWriter>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Exchange::tr the same way).
struct Exchange
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString foNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString svgNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString metaNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString dcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString manifestNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString odfVersion = QStringLiteral("1.3");

/// A QXmlStreamWriter with short calls for ODF's namespaced attributes: attr("fo:margin-top", "1cm").
class OdfWriter
{
public:
    explicit OdfWriter(QByteArray *out)
        : m_xml(out)
    {
        m_xml.setAutoFormatting(false);
        m_xml.writeStartDocument();
    }
    /// Declares namespaces on the next element started (the root: call it first).
    void declare(const QStringList &prefixes)
    {
        for (const QString &p : prefixes)
            m_xml.writeNamespace(uri(p), p);
    }
    void start(const QString &qualified)
    {
        m_xml.writeStartElement(uri(prefix(qualified)), local(qualified));
    }
    void end() { m_xml.writeEndElement(); }
    void attr(const QString &qualified, const QString &value)
    {
        m_xml.writeAttribute(uri(prefix(qualified)), local(qualified), value);
    }
    void text(const QString &t) { m_xml.writeCharacters(t); }
    void empty(const QString &qualified)
    {
        m_xml.writeEmptyElement(uri(prefix(qualified)), local(qualified));
    }
    /// <qualified a1=v1 …>text</qualified>
    void element(const QString &qualified, const QList<std::pair<QString, QString>> &attrs,
                 const QString &t = {})
    {
        start(qualified);
        for (const auto &[name, value] : attrs)
            attr(name, value);
        if (!t.isEmpty())
            text(t);
        end();
    }
    void finish() { m_xml.writeEndDocument(); }

private:
    static QString prefix(const QString &q) { return q.section(u':', 0, 0); }
    static QString local(const QString &q) { return q.section(u':', 1); }
    static QString uri(const QString &prefix)
    {
        static const QHash<QString, QString> uris{
            {QStringLiteral("office"), officeNs}, {QStringLiteral("style"), styleNs},
            {QStringLiteral("text"), textNs},     {QStringLiteral("fo"), foNs},
            {QStringLiteral("svg"), svgNs},       {QStringLiteral("meta"), metaNs},
            {QStringLiteral("dc"), dcNs},         {QStringLiteral("manifest"), manifestNs}};
        return uris.value(prefix);
    }
    QXmlStreamWriter m_xml;
};

using Attrs = QList<std::pair<QString, QString>>;

void paragraph(OdfWriter &w, const QString &style, const QString &text)
{
    w.element(QStringLiteral("text:p"), {{QStringLiteral("text:style-name"), style}}, text);
}

/// Text with the language's ordinal suffixes raised ("6e" in French) in "Superscript" spans.
void richText(OdfWriter &w, const QString &text, const DeclarationLanguage &language)
{
    qsizetype at = 0;
    for (const auto &[start, length] : language.raisedSuffixes(text)) {
        w.text(text.mid(at, start - at));
        w.element(QStringLiteral("text:span"),
                  {{QStringLiteral("text:style-name"), QStringLiteral("Superscript")}},
                  text.mid(start, length));
        at = start + length;
    }
    w.text(text.mid(at));
}

/// A paragraph (or heading, `element` "text:h" with its `level`) of `style` with raised ordinal suffixes.
void richParagraph(OdfWriter &w, const QString &style, const QString &text,
                   const DeclarationLanguage &language, const QString &element = QStringLiteral("text:p"),
                   int level = 0)
{
    w.start(element);
    w.attr(QStringLiteral("text:style-name"), style);
    if (level > 0)
        w.attr(QStringLiteral("text:outline-level"), QString::number(level));
    richText(w, text, language);
    w.end();
}

void points(OdfWriter &w, const QList<DeclarationPoint> &list, bool top, const DeclarationLanguage &l)
{
    w.start(QStringLiteral("text:list"));
    if (top)
        w.attr(QStringLiteral("text:style-name"), QStringLiteral("Proposals"));
    for (const DeclarationPoint &p : list) {
        w.start(QStringLiteral("text:list-item"));
        richParagraph(w, QStringLiteral("List_20_Paragraph"), p.text, l);
        if (!p.subPoints.isEmpty())
            points(w, p.subPoints, false, l);
        w.end();
    }
    w.end();
}

QByteArray contentXml(const Declaration &d)
{
    const DeclarationLanguage &l = DeclarationLanguage::forCode(d.language);
    QByteArray out;
    OdfWriter w(&out);
    w.declare(
        {QStringLiteral("office"), QStringLiteral("style"), QStringLiteral("text"), QStringLiteral("fo")});
    w.start(QStringLiteral("office:document-content"));
    w.attr(QStringLiteral("office:version"), odfVersion);
    w.start(QStringLiteral("office:body"));
    w.start(QStringLiteral("office:text"));
    const QString body = QStringLiteral("Text_20_body");
    if (d.has(DeclarationPart::PlaceAndDate))
        paragraph(w, QStringLiteral("Place_20_and_20_date"), d.placeAndDate);
    richParagraph(w, QStringLiteral("Title"), d.title, l, QStringLiteral("text:h"), 1);
    if (d.has(DeclarationPart::Question))
        paragraph(w, QStringLiteral("Subtitle"), d.question);
    richParagraph(w, body, d.introduction, l);
    for (const QString &p : d.patronage)
        richParagraph(w, body, p, l);
    if (d.has(DeclarationPart::Guests)) {
        paragraph(w, QStringLiteral("Lead"), d.guestsIntro);
        for (const DeclarationGuest &g : d.guests) {
            w.start(QStringLiteral("text:p"));
            w.attr(QStringLiteral("text:style-name"), QStringLiteral("Guest"));
            w.element(QStringLiteral("text:span"),
                      {{QStringLiteral("text:style-name"), QStringLiteral("Strong_20_Emphasis")}}, g.name);
            if (!g.title.isEmpty())
                richText(w, QStringLiteral(", ") + g.title, l);
            w.end();
        }
    }
    if (d.has(DeclarationPart::Participation))
        paragraph(w, body, d.participation);
    if (d.has(DeclarationPart::Decisions)) {
        paragraph(w, QStringLiteral("Decisions"), d.decisionIntro);
        for (const DeclarationSection &s : d.sections) {
            if (!s.heading.isEmpty())
                w.element(QStringLiteral("text:h"),
                          {{QStringLiteral("text:style-name"), QStringLiteral("Heading_20_2")},
                           {QStringLiteral("text:outline-level"), QStringLiteral("2")}},
                          s.heading);
            points(w, s.points, true, l);
        }
    }
    for (const QString &p : d.closing)
        richParagraph(w, body, p, l);
    if (d.has(DeclarationPart::Conclusion)) {
        w.element(QStringLiteral("text:h"),
                  {{QStringLiteral("text:style-name"), QStringLiteral("Heading_20_2")},
                   {QStringLiteral("text:outline-level"), QStringLiteral("2")}},
                  d.conclusionHeading);
        for (const QString &p : d.conclusion)
            richParagraph(w, body, p, l);
    }
    if (d.has(DeclarationPart::Signature))
        paragraph(w, QStringLiteral("Signature"), d.signature);
    w.end();
    w.end();
    w.end();
    w.finish();
    return out;
}

/// A named paragraph style: `paragraphProps` and `textProps` are fo:/style: attributes.
void paragraphStyle(OdfWriter &w, const QString &name, const QString &display, const QString &parent,
                    const Attrs &paragraphProps, const Attrs &textProps = {})
{
    w.start(QStringLiteral("style:style"));
    w.attr(QStringLiteral("style:name"), name);
    w.attr(QStringLiteral("style:display-name"), display);
    w.attr(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    if (!parent.isEmpty())
        w.attr(QStringLiteral("style:parent-style-name"), parent);
    if (!paragraphProps.isEmpty())
        w.element(QStringLiteral("style:paragraph-properties"), paragraphProps);
    if (!textProps.isEmpty())
        w.element(QStringLiteral("style:text-properties"), textProps);
    w.end();
}

void fontFaces(OdfWriter &w)
{
    w.start(QStringLiteral("office:font-face-decls"));
    for (const auto &[name, generic] :
         {std::pair{QStringLiteral("Noto Serif"), QStringLiteral("roman")},
          std::pair{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("roman")},
          std::pair{QStringLiteral("Noto Naskh Arabic"), QStringLiteral("roman")}})
        w.element(QStringLiteral("style:font-face"),
                  {{QStringLiteral("style:name"), name},
                   {QStringLiteral("svg:font-family"), u'\'' + name + u'\''},
                   {QStringLiteral("style:font-family-generic"), generic},
                   {QStringLiteral("style:font-pitch"), QStringLiteral("variable")}});
    w.end();
}

void namedStyles(OdfWriter &w, const Declaration &d)
{
    w.start(QStringLiteral("office:styles"));
    w.start(QStringLiteral("style:default-style"));
    w.attr(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    w.element(QStringLiteral("style:text-properties"),
              {{QStringLiteral("style:font-name"), QStringLiteral("Noto Serif")},
               {QStringLiteral("style:font-name-asian"), QStringLiteral("Noto Serif CJK SC")},
               {QStringLiteral("style:font-name-complex"), QStringLiteral("Noto Naskh Arabic")},
               {QStringLiteral("fo:font-size"), QStringLiteral("11pt")},
               {QStringLiteral("fo:language"), d.language},
               {QStringLiteral("fo:country"), QStringLiteral("none")},
               {QStringLiteral("fo:hyphenate"), QStringLiteral("false")}});
    w.end();
    const QString standard = QStringLiteral("Standard");
    const QString body = QStringLiteral("Text_20_body");
    const QString keep = QStringLiteral("fo:keep-with-next");
    paragraphStyle(w, standard, standard, {}, {{QStringLiteral("fo:line-height"), QStringLiteral("125%")}});
    paragraphStyle(w, body, QStringLiteral("Text body"), standard,
                   {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.21cm")},
                    {QStringLiteral("fo:text-align"), QStringLiteral("justify")},
                    {QStringLiteral("fo:orphans"), QStringLiteral("2")},
                    {QStringLiteral("fo:widows"), QStringLiteral("2")}});
    paragraphStyle(w, QStringLiteral("Place_20_and_20_date"), QStringLiteral("Place and date"), standard,
                   {{QStringLiteral("fo:text-align"), QStringLiteral("end")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.9cm")}});
    paragraphStyle(w, QStringLiteral("Title"), QStringLiteral("Title"), standard,
                   {{QStringLiteral("fo:text-align"), QStringLiteral("center")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.35cm")},
                    {keep, QStringLiteral("always")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("16pt")},
                    {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    paragraphStyle(w, QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), standard,
                   {{QStringLiteral("fo:text-align"), QStringLiteral("center")},
                    {QStringLiteral("fo:margin-left"), QStringLiteral("1cm")},
                    {QStringLiteral("fo:margin-right"), QStringLiteral("1cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.8cm")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("12pt")},
                    {QStringLiteral("fo:font-style"), QStringLiteral("italic")}});
    paragraphStyle(w, QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"), standard,
                   {{QStringLiteral("fo:margin-top"), QStringLiteral("0.45cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.2cm")},
                    {keep, QStringLiteral("always")}},
                   {{QStringLiteral("fo:font-size"), QStringLiteral("12pt")},
                    {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    paragraphStyle(w, QStringLiteral("Lead"), QStringLiteral("Lead"), body,
                   {{keep, QStringLiteral("always")}});
    paragraphStyle(
        w, QStringLiteral("Decisions"), QStringLiteral("Decisions"), body,
        {{keep, QStringLiteral("always")}, {QStringLiteral("fo:margin-top"), QStringLiteral("0.2cm")}},
        {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    paragraphStyle(w, QStringLiteral("Guest"), QStringLiteral("Guest"), standard,
                   {{QStringLiteral("fo:margin-left"), QStringLiteral("0.8cm")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.12cm")}});
    paragraphStyle(w, QStringLiteral("List_20_Paragraph"), QStringLiteral("List Paragraph"), standard,
                   {{QStringLiteral("fo:text-align"), QStringLiteral("justify")},
                    {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.12cm")}});
    paragraphStyle(w, QStringLiteral("Signature"), QStringLiteral("Signature"), standard,
                   {{QStringLiteral("fo:text-align"), QStringLiteral("end")},
                    {QStringLiteral("fo:margin-top"), QStringLiteral("1cm")}},
                   {{QStringLiteral("fo:font-style"), QStringLiteral("italic")}});
    const Attrs small{{QStringLiteral("fo:font-size"), QStringLiteral("8.5pt")},
                      {QStringLiteral("fo:color"), QStringLiteral("#555555")}};
    paragraphStyle(w, QStringLiteral("Header"), QStringLiteral("Header"), standard,
                   {{QStringLiteral("fo:text-align"), QStringLiteral("center")},
                    {QStringLiteral("fo:border-bottom"), QStringLiteral("0.5pt solid #999999")},
                    {QStringLiteral("fo:padding-bottom"), QStringLiteral("0.1cm")}},
                   small);
    paragraphStyle(w, QStringLiteral("Footer"), QStringLiteral("Footer"), standard,
                   {{QStringLiteral("fo:text-align"), QStringLiteral("center")}}, small);
    w.start(QStringLiteral("style:style"));
    w.attr(QStringLiteral("style:name"), QStringLiteral("Strong_20_Emphasis"));
    w.attr(QStringLiteral("style:display-name"), QStringLiteral("Strong Emphasis"));
    w.attr(QStringLiteral("style:family"), QStringLiteral("text"));
    w.element(QStringLiteral("style:text-properties"),
              {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}});
    w.end();
    w.start(QStringLiteral("style:style"));
    w.attr(QStringLiteral("style:name"), QStringLiteral("Superscript"));
    w.attr(QStringLiteral("style:family"), QStringLiteral("text"));
    w.element(QStringLiteral("style:text-properties"),
              {{QStringLiteral("style:text-position"), QStringLiteral("super 58%")}});
    w.end();

    // Bullets: a disc for proposals, a circle for their sub-points, a square below.
    w.start(QStringLiteral("text:list-style"));
    w.attr(QStringLiteral("style:name"), QStringLiteral("Proposals"));
    const QString bullets[] = {QStringLiteral("•"), QStringLiteral("◦"), QStringLiteral("▪")};
    for (int level = 1; level <= 6; ++level) {
        w.start(QStringLiteral("text:list-level-style-bullet"));
        w.attr(QStringLiteral("text:level"), QString::number(level));
        w.attr(QStringLiteral("text:bullet-char"), bullets[std::min(level, 3) - 1]);
        w.start(QStringLiteral("style:list-level-properties"));
        w.attr(QStringLiteral("text:list-level-position-and-space-mode"), QStringLiteral("label-alignment"));
        w.element(QStringLiteral("style:list-level-label-alignment"),
                  {{QStringLiteral("text:label-followed-by"), QStringLiteral("listtab")},
                   {QStringLiteral("text:list-tab-stop-position"), QString::number(0.7 * level) + u"cm"},
                   {QStringLiteral("fo:text-indent"), QStringLiteral("-0.5cm")},
                   {QStringLiteral("fo:margin-left"), QString::number(0.7 * level) + u"cm"}});
        w.end();
        w.end();
    }
    w.end();
    w.end(); // office:styles
}

QByteArray stylesXml(const Declaration &d, PaperSize paper)
{
    const DeclarationLanguage &language = DeclarationLanguage::forCode(d.language);
    const QSizeF mm = declarationformat::pageSize(paper).size(QPageSize::Millimeter);
    auto cm = [](double millimetres) -> QString {
        return QString::number(millimetres / 10.0, 'f', 2) + u"cm";
    };

    QByteArray out;
    OdfWriter w(&out);
    w.declare({QStringLiteral("office"), QStringLiteral("style"), QStringLiteral("text"),
               QStringLiteral("fo"), QStringLiteral("svg")});
    w.start(QStringLiteral("office:document-styles"));
    w.attr(QStringLiteral("office:version"), odfVersion);
    fontFaces(w);
    namedStyles(w, d);

    w.start(QStringLiteral("office:automatic-styles"));
    w.start(QStringLiteral("style:page-layout"));
    w.attr(QStringLiteral("style:name"), QStringLiteral("Page"));
    w.element(QStringLiteral("style:page-layout-properties"),
              {{QStringLiteral("fo:page-width"), cm(mm.width())},
               {QStringLiteral("fo:page-height"), cm(mm.height())},
               {QStringLiteral("style:print-orientation"), QStringLiteral("portrait")},
               {QStringLiteral("fo:margin-top"), cm(12)},
               {QStringLiteral("fo:margin-bottom"), cm(12)},
               {QStringLiteral("fo:margin-left"), cm(22)},
               {QStringLiteral("fo:margin-right"), cm(22)}});
    w.start(QStringLiteral("style:header-style"));
    w.element(QStringLiteral("style:header-footer-properties"),
              {{QStringLiteral("fo:min-height"), cm(5)}, {QStringLiteral("fo:margin-bottom"), cm(8)}});
    w.end();
    w.start(QStringLiteral("style:footer-style"));
    w.element(QStringLiteral("style:header-footer-properties"),
              {{QStringLiteral("fo:min-height"), cm(5)}, {QStringLiteral("fo:margin-top"), cm(7)}});
    w.end();
    w.end(); // page-layout
    w.end(); // automatic-styles

    w.start(QStringLiteral("office:master-styles"));
    w.start(QStringLiteral("style:master-page"));
    w.attr(QStringLiteral("style:name"), QStringLiteral("Standard"));
    w.attr(QStringLiteral("style:page-layout-name"), QStringLiteral("Page"));
    w.start(QStringLiteral("style:header"));
    paragraph(w, QStringLiteral("Header"), d.forumName);
    w.end();
    w.start(QStringLiteral("style:footer"));
    w.start(QStringLiteral("text:p"));
    w.attr(QStringLiteral("text:style-name"), QStringLiteral("Footer"));
    // "Page %1 of %2" with the fields in place of the numbers.
    const QString pattern = language.pageOf(1, 2);
    const qsizetype one = pattern.indexOf(u'1'), two = pattern.indexOf(u'2');
    w.text(pattern.left(one));
    w.element(QStringLiteral("text:page-number"),
              {{QStringLiteral("text:select-page"), QStringLiteral("current")}}, QStringLiteral("1"));
    w.text(pattern.mid(one + 1, two - one - 1));
    w.element(QStringLiteral("text:page-count"), {}, QStringLiteral("1"));
    w.text(pattern.mid(two + 1));
    w.end();
    w.end(); // footer
    w.end(); // master-page
    w.end(); // master-styles
    w.end();
    w.finish();
    return out;
}

QByteArray metaXml(const Declaration &d)
{
    QByteArray out;
    OdfWriter w(&out);
    w.declare({QStringLiteral("office"), QStringLiteral("meta"), QStringLiteral("dc")});
    w.start(QStringLiteral("office:document-meta"));
    w.attr(QStringLiteral("office:version"), odfVersion);
    w.start(QStringLiteral("office:meta"));
    w.element(QStringLiteral("meta:generator"), {},
              QStringLiteral("Cordée/") + QStringLiteral(CORDEE_VERSION));
    w.element(QStringLiteral("dc:title"), {}, d.title);
    w.element(QStringLiteral("dc:language"), {}, d.language);
    if (!d.author.isEmpty()) {
        w.element(QStringLiteral("meta:initial-creator"), {}, d.author);
        w.element(QStringLiteral("dc:creator"), {}, d.author);
    }
    w.end();
    w.end();
    w.finish();
    return out;
}

QByteArray manifestXml()
{
    QByteArray out;
    OdfWriter w(&out);
    w.declare({QStringLiteral("manifest")});
    w.start(QStringLiteral("manifest:manifest"));
    w.attr(QStringLiteral("manifest:version"), odfVersion);
    w.element(
        QStringLiteral("manifest:file-entry"),
        {{QStringLiteral("manifest:full-path"), QStringLiteral("/")},
         {QStringLiteral("manifest:version"), odfVersion},
         {QStringLiteral("manifest:media-type"), QStringLiteral("application/vnd.oasis.opendocument.text")}});
    for (const char *file : {"content.xml", "styles.xml", "meta.xml"})
        w.element(QStringLiteral("manifest:file-entry"),
                  {{QStringLiteral("manifest:full-path"), QString::fromLatin1(file)},
                   {QStringLiteral("manifest:media-type"), QStringLiteral("text/xml")}});
    w.end();
    w.finish();
    return out;
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &bytes, bool stored)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    // No timestamp of the moment: the same declaration gives the same bytes.
    info.dateTime = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    const bool open = stored ? file.open(QIODevice::WriteOnly, info, nullptr, 0, 0, 0)
                             : file.open(QIODevice::WriteOnly, info);
    if (!open)
        return false;
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    return written && file.getZipError() == 0;
}

} // namespace

Result<QByteArray> declarationToOdt(const Declaration &declaration, PaperSize paper)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return Error{Exchange::tr("The OpenDocument file could not be made."),
                         QStringLiteral("zip error %1").arg(zip.getZipError())};
        // ODF: "mimetype" first and stored, so that a file's first bytes say what it is.
        const bool ok = addEntry(zip, QStringLiteral("mimetype"),
                                 QByteArrayLiteral("application/vnd.oasis.opendocument.text"), true) &&
                        addEntry(zip, QStringLiteral("META-INF/manifest.xml"), manifestXml(), false) &&
                        addEntry(zip, QStringLiteral("content.xml"), contentXml(declaration), false) &&
                        addEntry(zip, QStringLiteral("styles.xml"), stylesXml(declaration, paper), false) &&
                        addEntry(zip, QStringLiteral("meta.xml"), metaXml(declaration), false);
        zip.close();
        if (!ok || zip.getZipError() != 0)
            return Error{Exchange::tr("The OpenDocument file could not be made."),
                         QStringLiteral("zip error %1").arg(zip.getZipError())};
    }
    return bytes;
}

} // namespace cordee
