// The first sheet of an Office Open XML workbook (.xlsx): a zip of XML parts, read with QXmlStreamReader.
// Elements are matched by local name so both transitional and strict OOXML namespaces work.

#include "csvreader.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSet>
#include <QTime>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cordee::tablereader {

namespace {

// The translation context of the readers' messages (lupdate reads Reader::tr the same way).
struct Reader
{
    Q_DECLARE_TR_FUNCTIONS(Reader)
};

using detail::ZipArchive;

constexpr int MaxColumns = 16384; // XFD, Excel's last column

struct Workbook
{
    QString sheetRelation; // r:id of the first <sheet>
    bool date1904 = false;
};

// What turns a cell's <v> into text: the shared strings and which cell styles are dates.
struct SheetContext
{
    QStringList sharedStrings;
    QSet<int> dateStyles;
    bool date1904 = false;
};

Error damaged(const QString &name, const QString &entry, const QXmlStreamReader &xml)
{
    return Error{Reader::tr("%1 is damaged: its part %2 cannot be read.").arg(detail::subject(name), entry),
                 QStringLiteral("%1:%2: %3").arg(entry).arg(xml.lineNumber()).arg(xml.errorString())};
}

bool isStart(QXmlStreamReader &xml, QStringView localName)
{
    return xml.readNext() == QXmlStreamReader::StartElement && xml.name() == localName;
}

// Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_).
QString unescape(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    auto hex = [](QStringView s) {
        return std::all_of(s.begin(), s.end(),
                           [](QChar c) { return c.isDigit() || QStringView(u"abcdefABCDEF").contains(c); });
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_' &&
            hex(QStringView(text).mid(i + 2, 4))) {
            out.append(QChar(QStringView(text).mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 6;
        } else {
            out.append(text[i]);
        }
    }
    return out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

// The text of an <si> or <is>: its <t>, or the <t> of each run <r>; phonetic guides (<rPh>) left out.
QString richText(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t")
            text += unescape(xml.readElementText());
        else if (xml.name() == u"r")
            text += richText(xml);
        else
            xml.skipCurrentElement();
    }
    return text;
}

Workbook readWorkbook(const QByteArray &bytes)
{
    Workbook workbook;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd() && workbook.sheetRelation.isEmpty()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const auto flag = attributes.value("date1904"_L1);
            workbook.date1904 = flag == u"1" || flag == u"true";
        } else if (xml.name() == u"sheet") {
            for (const QXmlStreamAttribute &attribute : attributes)
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    workbook.sheetRelation = attribute.value().toString();
        }
    }
    return workbook;
}

QString sheetPath(const ZipArchive &zip, const QString &relation)
{
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    const auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels || relation.isEmpty())
        return fallback;
    QXmlStreamReader xml(*rels);
    while (!xml.atEnd()) {
        if (isStart(xml, u"Relationship") && xml.attributes().value("Id"_L1) == relation) {
            const QString target = xml.attributes().value("Target"_L1).toString();
            return target.startsWith(u'/') ? target.mid(1) : QDir::cleanPath(QStringLiteral("xl/") + target);
        }
    }
    return fallback;
}

Result<QStringList> readSharedStrings(const ZipArchive &zip, const QString &name)
{
    const QString entry = QStringLiteral("xl/sharedStrings.xml");
    const auto bytes = zip.read(entry);
    QStringList strings;
    if (!bytes)
        return strings;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sst")
            strings.reserve(std::min(xml.attributes().value("uniqueCount"_L1).toInt(), 1 << 20));
        else if (xml.name() == u"si")
            strings.append(richText(xml));
    }
    if (xml.hasError())
        return damaged(name, entry, xml);
    return strings;
}

// A number format code shows a date or time when it has d, m, y, h or s outside quotes, brackets and escapes.
bool isDateFormat(QStringView code)
{
    bool quoted = false;
    int brackets = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i; // the next character is shown or padded, not a code
        else if (c == u'[' || c == u']')
            brackets += c == u'[' ? 1 : -1;
        else if (brackets <= 0 && QStringView(u"dmyhsDMYHS").contains(c))
            return true;
    }
    return false;
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

// The indices of cell formats (<cellXfs>/<xf>, the cells' s attribute) that show dates or times.
QSet<int> readDateStyles(const ZipArchive &zip)
{
    QSet<int> dateStyles;
    const auto bytes = zip.read(QStringLiteral("xl/styles.xml"));
    if (!bytes)
        return dateStyles;
    QSet<int> dateFormats;
    QXmlStreamReader xml(*bytes);
    bool inCellFormats = false;
    int index = -1;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellFormats = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const int id = xml.attributes().value("numFmtId"_L1).toInt();
        if (xml.name() == u"numFmt" && isDateFormat(xml.attributes().value("formatCode"_L1)))
            dateFormats.insert(id);
        else if (xml.name() == u"cellXfs")
            inCellFormats = true;
        if (!inCellFormats || xml.name() != u"xf")
            continue;
        ++index;
        if (isBuiltinDateFormat(id) || dateFormats.contains(id))
            dateStyles.insert(index);
    }
    return dateStyles;
}

// Numbers as Excel shows them in General format, without binary noise ("0.1", not "0.10000000000000001").
QString numberText(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    const bool integer = value.size() <= 15 && std::all_of(value.cbegin(), value.cend(),
                                                           [](QChar c) { return c.isDigit() || c == u'-'; });
    return ok && !integer ? QString::number(number, 'g', 15) : value;
}

// A date serial (days since 1899-12-30, or 1904-01-01) as "2024-03-05", "2024-03-05 14:30:00" or "14:30:00".
QString dateText(const QString &value, bool date1904)
{
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (!ok || serial < 0 || serial >= 2958466) // past 9999-12-31
        return numberText(value);
    const qint64 total = qRound64(serial * 86400.0);
    const QDate date =
        QDate(date1904 ? 1904 : 1899, date1904 ? 1 : 12, date1904 ? 1 : 30).addDays(total / 86400);
    const QString time = QTime(0, 0).addSecs(int(total % 86400)).toString(Qt::ISODate);
    if (total % 86400 == 0)
        return date.toString(Qt::ISODate);
    return total < 86400 ? time : date.toString(Qt::ISODate) + u' ' + time;
}

QString readCell(QXmlStreamReader &xml, const SheetContext &context)
{
    const QString type = xml.attributes().value("t"_L1).toString();
    const int style = xml.attributes().value("s"_L1).toInt();
    QString value, inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            value = xml.readElementText();
        else if (xml.name() == u"is")
            inlineText = richText(xml);
        else
            xml.skipCurrentElement(); // <f>ormulas: their cached <v> is what the person saw
    }
    if (type == u"inlineStr")
        return inlineText;
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok ? context.sharedStrings.value(index) : QString();
    }
    if (type == u"b")
        return value.isEmpty() ? QString() : value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"e" || type == u"d" || value.isEmpty())
        return unescape(value);
    return context.dateStyles.contains(style) ? dateText(value, context.date1904) : numberText(value);
}

// "C7" → 2; -1 when the reference has no column letters.
int columnOf(QStringView reference)
{
    int column = 0, letters = 0;
    for (const QChar c : reference) {
        if (c < u'A' || c > u'Z' || ++letters > 3)
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return letters == 0 || letters > 3 ? -1 : column - 1;
}

detail::RawRow readRow(QXmlStreamReader &xml, const SheetContext &context, int previous)
{
    bool ok = false;
    const int number = xml.attributes().value("r"_L1).toInt(&ok);
    detail::RawRow row{ok && number > 0 ? number : previous + 1, {}};
    int column = -1;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"c") {
            xml.skipCurrentElement();
            continue;
        }
        const int referenced = columnOf(xml.attributes().value("r"_L1));
        column = referenced >= 0 ? referenced : column + 1;
        const QString value = readCell(xml, context).trimmed();
        if (value.isEmpty() || column >= MaxColumns)
            continue;
        if (row.cells.size() <= column)
            row.cells.resize(column + 1); // cells left out of the XML are empty
        row.cells[column] = value;
    }
    return row;
}

Result<detail::RawSheet> readSheet(const QByteArray &bytes, const SheetContext &context, const QString &name,
                                   const QString &entry)
{
    detail::RawSheet sheet;
    QXmlStreamReader xml(bytes);
    int previous = 0;
    while (!xml.atEnd()) {
        if (!isStart(xml, u"row"))
            continue;
        detail::RawRow row = readRow(xml, context, previous);
        previous = row.number;
        if (!row.cells.isEmpty())
            sheet.rows.append(std::move(row));
    }
    if (xml.hasError())
        return damaged(name, entry, xml);
    return sheet;
}

} // namespace

namespace detail {

Result<TextTable> readXlsx(const QByteArray &bytes, const QString &name)
{
    const ZipArchive zip(bytes);
    const auto workbookXml = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!workbookXml)
        return Error{Reader::tr("%1 is not an .xlsx workbook.").arg(subject(name)), {}};
    const Workbook workbook = readWorkbook(*workbookXml);
    const QString entry = sheetPath(zip, workbook.sheetRelation);
    const auto sheetXml = zip.read(entry);
    if (!sheetXml)
        return Error{
            Reader::tr("%1 is damaged: its first sheet (%2) cannot be read.").arg(subject(name), entry), {}};
    Result<QStringList> shared = readSharedStrings(zip, name);
    if (!shared)
        return shared.error();
    const SheetContext context{std::move(shared).value(), readDateStyles(zip), workbook.date1904};
    Result<RawSheet> sheet = readSheet(*sheetXml, context, name, entry);
    if (!sheet)
        return sheet.error();
    TextTable table;
    table.encoding = QStringLiteral("xlsx");
    return buildTable(std::move(sheet).value(), std::move(table), false, name);
}

} // namespace detail

Result<TextTable> readXlsx(const QByteArray &bytes)
{
    return detail::readXlsx(bytes, QString());
}

} // namespace cordee::tablereader
