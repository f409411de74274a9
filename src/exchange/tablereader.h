#pragma once

#include "result.h"
#include "texttable.h"

#include <QByteArray>
#include <QString>

namespace cordee {

/// Reads spreadsheets into a TextTable.
///
/// Text files (CSV, TSV, "Unicode text"): the encoding is detected — UTF-8 with or without BOM, UTF-16 LE/BE
/// with BOM, Windows-1252 when the bytes are not valid UTF-8 — unless given; the delimiter among ',', ';' and
/// tab is detected from the first lines unless given; quoting follows RFC 4180 (quoted delimiters, doubled
/// quotes, line breaks inside quotes); CR, LF and CRLF line ends. Workbooks: `.xlsx` and `.ods`, first sheet.
/// A file that cannot be read at all (missing, empty, not a spreadsheet) is an Error; anything less is a
/// problem in the table, with its row number.
namespace tablereader {

Result<TextTable> readFile(const QString &path, const ReadOptions &options = {});
Result<TextTable> readText(const QByteArray &bytes, const ReadOptions &options = {});
Result<TextTable> readXlsx(const QByteArray &bytes);
Result<TextTable> readOds(const QByteArray &bytes);

} // namespace tablereader
} // namespace cordee
