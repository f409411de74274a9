// Text spreadsheets (CSV, TSV, Excel's "Unicode text"): encoding, delimiter, RFC 4180 records, and the
// header/rows step every reader shares. Needs QtCore only, so the fuzzer builds this file alone.

#include "csvreader.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <functional>

namespace cordee::tablereader {

namespace {

// The translation context of the readers' messages (lupdate reads Reader::tr the same way).
struct Reader
{
    Q_DECLARE_TR_FUNCTIONS(Reader)
};

void warn(QList<ImportProblem> &problems, int row, const QString &message, const QString &column = {})
{
    problems.append(ImportProblem{row, column, message, ImportProblem::Severity::Warning});
}

// Rows are padded to the header's width: this bounds what a wide header over many short rows can cost.
constexpr qsizetype MaxCells = 20'000'000;

enum class Encoding { Utf8, Utf16, Utf16LE, Utf16BE, Windows1252 };

// Spellings people type for an encoding, compared without case, dashes, underscores or spaces.
std::optional<Encoding> encodingFromName(const QString &name)
{
    QString key = name.toLower();
    key.remove(u'-').remove(u'_').remove(u' ');
    if (key == u"utf8" || key == u"utf8bom" || key == u"utf8sig")
        return Encoding::Utf8;
    if (key == u"utf16" || key == u"unicode")
        return Encoding::Utf16;
    if (key == u"utf16le")
        return Encoding::Utf16LE;
    if (key == u"utf16be")
        return Encoding::Utf16BE;
    if (key == u"cp1252" || key == u"windows1252" || key == u"latin1" || key == u"iso88591" || key == u"ansi")
        return Encoding::Windows1252;
    return std::nullopt;
}

struct Decoded
{
    QString text;
    QString encoding;
    bool invalid = false; // some bytes were not valid in the encoding and became U+FFFD
};

Decoded decodeUnicode(QStringConverter::Encoding encoding, QByteArrayView bytes, const QString &label)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    Decoded d{decoder.decode(bytes), label};
    // A lone last byte of UTF-16 is silently dropped by a stateless decoder: count it as invalid.
    d.invalid = decoder.hasError() || (encoding != QStringConverter::Utf8 && bytes.size() % 2 != 0);
    return d;
}

Decoded decodeAs(Encoding encoding, QByteArrayView bytes)
{
    auto withoutBom = [bytes](const char *bom) { return bytes.startsWith(bom) ? bytes.sliced(2) : bytes; };
    switch (encoding) {
    case Encoding::Utf8:
        if (bytes.startsWith("\xEF\xBB\xBF"))
            return decodeUnicode(QStringConverter::Utf8, bytes.sliced(3), QStringLiteral("UTF-8 BOM"));
        return decodeUnicode(QStringConverter::Utf8, bytes, QStringLiteral("UTF-8"));
    case Encoding::Utf16:
        return decodeAs(bytes.startsWith("\xFE\xFF") ? Encoding::Utf16BE : Encoding::Utf16LE, bytes);
    case Encoding::Utf16LE:
        return decodeUnicode(QStringConverter::Utf16LE, withoutBom("\xFF\xFE"), QStringLiteral("UTF-16LE"));
    case Encoding::Utf16BE:
        return decodeUnicode(QStringConverter::Utf16BE, withoutBom("\xFE\xFF"), QStringLiteral("UTF-16BE"));
    case Encoding::Windows1252:
        break;
    }
    return Decoded{detail::decodeWindows1252(bytes), QStringLiteral("Windows-1252")};
}

// A byte-order mark decides; without one, bytes that are strictly valid UTF-8 are UTF-8 and anything else is
// what Excel writes on a Western Windows machine.
Decoded detectAndDecode(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeAs(Encoding::Utf8, bytes);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return decodeAs(Encoding::Utf16, bytes);
    Decoded utf8 = decodeAs(Encoding::Utf8, bytes);
    return utf8.invalid ? decodeAs(Encoding::Windows1252, bytes) : utf8;
}

// The delimiter whose count in the header line is repeated by the most of the first records (then the one
// with more columns). Quotes are toggled blindly: good enough to skip quoted delimiters and line breaks.
QChar detectDelimiter(QStringView text, bool utf16)
{
    constexpr std::array<char16_t, 3> candidates{u'\t', u';', u','};
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current{};
    bool quoted = false, blank = true;
    auto endRecord = [&] {
        for (size_t k = 0; !blank && k < candidates.size(); ++k)
            counts[k].append(current[k]);
        current = {};
        blank = true;
    };
    for (qsizetype i = 0; i < text.size() && counts[0].size() < 20; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'"')
            quoted = !quoted;
        if (!quoted && (c == u'\n' || c == u'\r'))
            endRecord();
        else if (!quoted && !text[i].isSpace())
            blank = false;
        for (size_t k = 0; !quoted && k < candidates.size(); ++k)
            current[k] += c == candidates[k];
    }
    endRecord();
    QChar best = utf16 ? QChar(u'\t') : QChar(u',');
    std::pair<qsizetype, int> bestScore{0, 0};
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int inHeader = counts[k].value(0);
        const std::pair score{counts[k].count(inHeader), inHeader};
        if (inHeader > 0 && score > bestScore) {
            bestScore = score;
            best = QChar(candidates[k]);
        }
    }
    return best;
}

// RFC 4180 records from decoded text, in one pass: quoted fields keep delimiters, doubled quotes and line
// breaks (made "\n"); unquoted fields are trimmed; NULs are dropped. Each record is one row, however many
// lines it spans.
class CsvParser
{
public:
    CsvParser(QStringView text, QChar delimiter)
        : m_pos(text.utf16())
        , m_end(text.utf16() + text.size())
        , m_delimiter(delimiter.unicode())
    {}

    detail::RawSheet parse()
    {
        for (int row = 1; m_pos < m_end; ++row)
            readRecord(row);
        return std::move(m_sheet);
    }

private:
    bool isBlank(char16_t c) const { return c != m_delimiter && (c == u' ' || c == u'\t' || c == 0xA0); }
    bool endsField(char16_t c) const { return c == m_delimiter || c == u'\n' || c == u'\r'; }

    void readRecord(int row)
    {
        QStringList cells;
        bool blank = true;
        for (;;) {
            cells.append(readField(row));
            blank = blank && cells.constLast().isEmpty();
            if (m_pos == m_end)
                break;
            if (*m_pos++ == m_delimiter) {
                if (m_pos == m_end)
                    cells.append(QString());
                continue;
            }
            if (m_pos[-1] == u'\r' && m_pos < m_end && *m_pos == u'\n')
                ++m_pos;
            break;
        }
        if (!blank && m_nul)
            warn(m_sheet.problems, row,
                 Reader::tr("Row %1 contained NUL bytes; they were removed.").arg(row));
        m_nul = false;
        if (!blank)
            m_sheet.rows.append({row, std::move(cells)});
    }

    QString readField(int row)
    {
        const char16_t *start = m_pos;
        while (m_pos < m_end && isBlank(*m_pos))
            ++m_pos;
        if (m_pos < m_end && *m_pos == u'"') {
            ++m_pos;
            QString cell = readQuoted(row);
            appendTail(cell);
            return cell;
        }
        m_pos = start;
        bool nul = false;
        for (; m_pos < m_end && !endsField(*m_pos); ++m_pos)
            nul |= *m_pos == 0;
        QString cell = QStringView(start, m_pos).trimmed().toString();
        if (nul) {
            cell.remove(QChar(0));
            m_nul = true;
        }
        return cell;
    }

    // From after the opening quote to after the closing one (or the end of the text).
    QString readQuoted(int row)
    {
        QString cell;
        for (;;) {
            const char16_t *start = m_pos;
            while (m_pos < m_end && *m_pos != u'"' && *m_pos != u'\r' && *m_pos != 0)
                ++m_pos;
            cell.append(QStringView(start, m_pos));
            if (m_pos == m_end) {
                warn(m_sheet.problems, row,
                     Reader::tr("Row %1: a quote opened here is never closed; the rest of the file was read "
                                "as one cell.")
                         .arg(row));
                return cell;
            }
            const char16_t c = *m_pos++;
            if (c == u'"') {
                if (m_pos == m_end || *m_pos != u'"')
                    return cell;
                cell.append(u'"');
                ++m_pos;
            } else if (c == u'\r') {
                cell.append(u'\n');
                if (m_pos < m_end && *m_pos == u'\n')
                    ++m_pos;
            } else {
                m_nul = true;
            }
        }
    }

    // Text after a closing quote is not RFC 4180; like Excel, keep it as part of the cell.
    void appendTail(QString &cell)
    {
        const char16_t *start = m_pos;
        while (m_pos < m_end && !endsField(*m_pos))
            ++m_pos;
        QString tail = QStringView(start, m_pos).trimmed().toString();
        if (tail.contains(QChar(0))) {
            tail.remove(QChar(0));
            m_nul = true;
        }
        cell.append(tail);
    }

    const char16_t *m_pos;
    const char16_t *m_end;
    char16_t m_delimiter;
    bool m_nul = false;
    detail::RawSheet m_sheet;
};

bool isBlankCell(const QString &cell)
{
    return std::all_of(cell.cbegin(), cell.cend(), [](QChar c) { return c.isSpace(); });
}

bool isBlankRow(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), isBlankCell);
}

void warnDuplicates(const QStringList &header, int row, QList<ImportProblem> &problems)
{
    QSet<QString> seen;
    for (const QString &name : header) {
        if (name.isEmpty())
            continue;
        const QString key = name.toCaseFolded();
        if (seen.contains(key))
            warn(problems, row,
                 Reader::tr("The column “%1” appears more than once; both columns are kept.").arg(name),
                 name);
        seen.insert(key);
    }
}

void fitRow(QStringList &cells, qsizetype width, int row, bool warnShort, QList<ImportProblem> &problems)
{
    if (cells.size() > width) {
        const auto dropped = std::count_if(cells.cbegin() + width, cells.cend(), std::not_fn(isBlankCell));
        if (dropped > 0)
            warn(problems, row,
                 Reader::tr("Row %1 has %n non-empty cell(s) beyond the last column; they were dropped.",
                            nullptr, int(dropped))
                     .arg(row));
        cells.resize(width);
    } else if (cells.size() < width) {
        if (warnShort)
            warn(problems, row,
                 Reader::tr("Row %1 has %2 cells instead of %3; the missing cells are left empty.")
                     .arg(QString::number(row), QString::number(cells.size()), QString::number(width)));
        cells.resize(width);
    }
}

} // namespace

namespace detail {

QString subject(const QString &name)
{
    return name.isEmpty() ? Reader::tr("The file") : QStringLiteral("“%1”").arg(name);
}

QString decodeWindows1252(QByteArrayView bytes)
{
    // 0x80–0x9F; the code page's five holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay the C1 controls.
    static constexpr char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                          0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = (b >= 0x80 && b < 0xA0) ? high[b - 0x80] : char16_t(b);
    }
    return text;
}

Result<TextTable> buildTable(RawSheet sheet, TextTable table, bool warnShortRows, const QString &name)
{
    const auto first = std::find_if(sheet.rows.begin(), sheet.rows.end(),
                                    [](const RawRow &row) { return !isBlankRow(row.cells); });
    if (first == sheet.rows.end())
        return Error{Reader::tr("%1 is empty: it has no header row.").arg(subject(name)), {}};
    for (const QString &cell : std::as_const(first->cells))
        table.header.append(cell.trimmed());
    while (table.header.constLast().isEmpty())
        table.header.removeLast();
    QList<ImportProblem> problems = std::move(sheet.problems);
    warnDuplicates(table.header, first->number, problems);
    table.rows.reserve(sheet.rows.end() - first);
    table.rowNumbers.reserve(sheet.rows.end() - first);
    qsizetype cells = 0;
    for (auto it = first + 1; it != sheet.rows.end(); ++it) {
        if (isBlankRow(it->cells))
            continue;
        if ((cells += table.header.size()) > MaxCells) {
            warn(problems, it->number,
                 Reader::tr("The table is too large; rows from %1 on were not read.").arg(it->number));
            break;
        }
        fitRow(it->cells, table.header.size(), it->number, warnShortRows, problems);
        table.rows.append(std::move(it->cells));
        table.rowNumbers.append(it->number);
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.row < b.row; });
    table.problems = std::move(problems);
    return table;
}

Result<TextTable> readText(const QByteArray &bytes, const ReadOptions &options, const QString &name)
{
    std::optional<Encoding> encoding;
    if (!options.encoding.isEmpty() && !(encoding = encodingFromName(options.encoding)))
        return Error{Reader::tr("Unknown encoding “%1”: use UTF-8, UTF-16LE, UTF-16BE or Windows-1252.")
                         .arg(options.encoding),
                     {}};
    const QChar given = options.delimiter;
    if (given == u'"' || given == u'\r' || given == u'\n')
        return Error{Reader::tr("A quote or a line break cannot separate columns."), {}};
    const Decoded decoded = encoding ? decodeAs(*encoding, bytes) : detectAndDecode(bytes);
    TextTable table;
    table.encoding = decoded.encoding;
    table.delimiter =
        given.isNull() ? detectDelimiter(decoded.text, decoded.encoding.startsWith(u"UTF-16")) : given;
    RawSheet sheet = CsvParser(decoded.text, table.delimiter).parse();
    if (decoded.invalid)
        sheet.problems.prepend({0,
                                {},
                                Reader::tr("Some bytes are not valid %1; they were replaced by “�”.")
                                    .arg(decoded.encoding.section(u' ', 0, 0))});
    return buildTable(std::move(sheet), std::move(table), true, name);
}

} // namespace detail

Result<TextTable> readText(const QByteArray &bytes, const ReadOptions &options)
{
    return detail::readText(bytes, options, QString());
}

} // namespace cordee::tablereader
