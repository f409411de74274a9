#pragma once
// Internal to the table readers (csvreader.cpp, tablereader.cpp, xlsxreader.cpp, odsreader.cpp); not public
// API. csvreader.cpp needs nothing but QtCore, so the CSV fuzzer can build it alone.

#include "result.h"
#include "texttable.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QBuffer;
class QuaZip;

namespace cordee::tablereader::detail {

/// One row as read from the file, before it meets the header: `number` is its spreadsheet row number.
struct RawRow
{
    int number = 0;
    QStringList cells;
};

/// Rows and problems read from one sheet or text file, in file order.
struct RawSheet
{
    QList<RawRow> rows;
    QList<ImportProblem> problems;
};

/// Turns raw rows into a table: the first row with a non-empty cell is the header (cells trimmed, trailing
/// empty cells dropped), later fully empty rows are skipped, each row is padded or cut to the header's width
/// (dropped non-empty cells and, when `warnShortRows`, missing ones are warnings), duplicate header names are
/// warnings. `table` brings the encoding, delimiter and nothing else. No header at all → the "is empty"
/// error.
Result<TextTable> buildTable(RawSheet sheet, TextTable table, bool warnShortRows, const QString &name);

/// "“name”" for a file the user named, "The file" for bytes read from elsewhere (the subject of messages).
QString subject(const QString &name);

/// The readers behind tablereader::readText/readXlsx/readOds; `name` is the native path for messages, or
/// empty.
Result<TextTable> readText(const QByteArray &bytes, const ReadOptions &options, const QString &name);
Result<TextTable> readXlsx(const QByteArray &bytes, const QString &name);
Result<TextTable> readOds(const QByteArray &bytes, const QString &name);

/// Windows-1252 bytes as text (0x80–0x9F per the code page, its five holes as the C1 controls).
QString decodeWindows1252(QByteArrayView bytes);

/// A zip archive held in memory (xlsx and ods are zips of XML files); defined in tablereader.cpp.
class ZipArchive
{
public:
    explicit ZipArchive(const QByteArray &bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const;
    bool contains(const QString &entry) const;
    /// The entry's bytes; nothing when it is missing, unreadable or implausibly large once inflated.
    std::optional<QByteArray> read(const QString &entry) const;

private:
    QByteArray m_bytes;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QuaZip> m_zip;
};

} // namespace cordee::tablereader::detail
