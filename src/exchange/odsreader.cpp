// The first sheet of an OpenDocument spreadsheet (.ods): content.xml in a zip, read with QXmlStreamReader.
// Repeated rows and cells are expanded only when they hold something, so the million empty rows and the
// thousand empty columns LibreOffice writes after the data cost nothing.

#include "csvreader.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace cordee::tablereader {

namespace {

// The translation context of the readers' messages (lupdate reads Reader::tr the same way).
struct Reader
{
    Q_DECLARE_TR_FUNCTIONS(Reader)
};

constexpr int MaxColumns = 16384; // LibreOffice's last column
constexpr int MaxRows = 1048576;  // and last row

const QString TableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString OfficeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString TextNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

bool isElement(const QXmlStreamReader &xml, const QString &ns, QStringView localName)
{
    return xml.isStartElement() && xml.name() == localName && xml.namespaceUri() == ns;
}

int repeats(const QXmlStreamReader &xml, QLatin1StringView attribute, int max)
{
    const int n = xml.attributes().value(TableNs, attribute).toInt();
    return std::clamp(n, 1, max);
}

// Character data in a paragraph: runs of spaces, tabs and line ends count as one space (ODF 6.1.2).
void appendCollapsed(QString &text, QStringView data)
{
    bool space = false;
    for (const QChar c : data) {
        const bool white = c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
        if (white && space)
            continue;
        text.append(white ? QChar(u' ') : c);
        space = white;
    }
}

// The text of a <text:p> with its spans and links; <text:s>, <text:tab> and <text:line-break> stand for
// spaces, a tab and a line break; notes and annotations are left out.
QString readParagraph(QXmlStreamReader &xml)
{
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            appendCollapsed(text, xml.text());
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth-- == 0)
                break;
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"s")
                text.append(
                    QString(std::clamp(xml.attributes().value(TextNs, "c"_L1).toInt(), 1, 1000), u' '));
            else if (name == u"tab")
                text.append(u'\t');
            else if (name == u"line-break")
                text.append(u'\n');
            else if (name != u"note" && name != u"annotation") {
                ++depth; // a span, a link…: its text is the paragraph's
                continue;
            }
            xml.skipCurrentElement();
        }
    }
    return text;
}

// "PT14H30M05S" → "14:30:05"
QString timeText(QStringView duration)
{
    int parts[3] = {}; // hours, minutes, seconds
    int number = 0;
    for (const QChar c : duration.mid(duration.indexOf(u'T') + 1)) {
        if (c.isDigit()) {
            number = std::min(number * 10 + c.digitValue(), 1'000'000);
            continue;
        }
        const qsizetype unit = c == u'.' ? 2 : QStringView(u"HMS").indexOf(c);
        if (unit >= 0)
            parts[unit] = std::exchange(number, 0);
        if (c == u'.')
            break; // fractions of a second
    }
    return QStringLiteral("%1:%2:%3")
        .arg(parts[0], 2, 10, QChar(u'0'))
        .arg(parts[1], 2, 10, QChar(u'0'))
        .arg(parts[2], 2, 10, QChar(u'0'));
}

// What a typed cell holds, whatever format shows it: "1234.5" for "1 234,50 €", ISO dates and times.
QString typedValue(const QXmlStreamAttributes &attributes)
{
    const auto type = attributes.value(OfficeNs, "value-type"_L1);
    if (type == u"float" || type == u"percentage" || type == u"currency")
        return attributes.value(OfficeNs, "value"_L1).toString();
    if (type == u"date") {
        QString date = attributes.value(OfficeNs, "date-value"_L1).left(19).toString();
        date.replace(u'T', u' ');
        return date.endsWith(u" 00:00:00") ? date.left(10) : date;
    }
    if (type == u"time")
        return timeText(attributes.value(OfficeNs, "time-value"_L1));
    if (type == u"boolean")
        return attributes.value(OfficeNs, "boolean-value"_L1) == u"true" ? QStringLiteral("TRUE")
                                                                         : QStringLiteral("FALSE");
    return {};
}

QString readCell(QXmlStreamReader &xml)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    QStringList paragraphs;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == TextNs && (xml.name() == u"p" || xml.name() == u"h"))
            paragraphs.append(readParagraph(xml));
        else
            xml.skipCurrentElement(); // office:annotation, draw:frame…
    }
    const QString value = typedValue(attributes);
    return value.isEmpty() ? paragraphs.join(u'\n') : value;
}

QStringList readCells(QXmlStreamReader &xml)
{
    QStringList cells;
    int column = 0;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() != TableNs ||
            (xml.name() != u"table-cell" && xml.name() != u"covered-table-cell")) {
            xml.skipCurrentElement();
            continue;
        }
        const int end = std::min(column + repeats(xml, "number-columns-repeated"_L1, MaxColumns), MaxColumns);
        const QString value = readCell(xml).trimmed();
        if (!value.isEmpty()) {
            if (cells.size() < end)
                cells.resize(end);
            std::fill(cells.begin() + column, cells.begin() + end, value);
        }
        column = end;
    }
    return cells;
}

// Reads the rows of the <table:table> the reader is on, up to its end.
detail::RawSheet readTable(QXmlStreamReader &xml)
{
    detail::RawSheet sheet;
    int number = 1;
    int depth = 0;
    while (!xml.atEnd() && number <= MaxRows) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && depth-- == 0)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!isElement(xml, TableNs, u"table-row")) {
            ++depth; // column definitions, row groups, header rows: rows may be inside
            continue;
        }
        const int count = std::min(repeats(xml, "number-rows-repeated"_L1, MaxRows), MaxRows + 1 - number);
        const QStringList cells = readCells(xml);
        for (int i = 0; !cells.isEmpty() && i < count; ++i)
            sheet.rows.append({number + i, cells}); // shares the cells: a repeat costs a row, not its copy
        number += count;
    }
    return sheet;
}

} // namespace

namespace detail {

Result<TextTable> readOds(const QByteArray &bytes, const QString &name)
{
    const ZipArchive zip(bytes);
    const QString entry = QStringLiteral("content.xml");
    const auto content = zip.read(entry);
    if (!content)
        return Error{Reader::tr("%1 is not an .ods workbook.").arg(subject(name)), {}};
    QXmlStreamReader xml(*content);
    while (!xml.atEnd() && !isElement(xml, TableNs, u"table"))
        xml.readNext();
    RawSheet sheet;
    if (isElement(xml, TableNs, u"table"))
        sheet = readTable(xml);
    if (xml.hasError())
        return Error{Reader::tr("%1 is damaged: its part %2 cannot be read.").arg(subject(name), entry),
                     QStringLiteral("%1:%2: %3").arg(entry).arg(xml.lineNumber()).arg(xml.errorString())};
    TextTable table;
    table.encoding = QStringLiteral("ods");
    return buildTable(std::move(sheet), std::move(table), false, name);
}

} // namespace detail

Result<TextTable> readOds(const QByteArray &bytes)
{
    return detail::readOds(bytes, QString());
}

} // namespace cordee::tablereader
