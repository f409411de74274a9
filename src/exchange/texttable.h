#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cordee {

/// A problem found while reading or importing a spreadsheet, placed as the user sees it: `row` is the
/// spreadsheet's row number (the header is row 1, as in Excel or LibreOffice), `column` the header text of
/// the column (empty when the problem concerns the whole row or file).
struct ImportProblem
{
    enum class Severity { Warning, Refused };

    int row = 0;
    QString column;
    QString message;
    Severity severity = Severity::Warning;

    bool operator==(const ImportProblem &) const = default;
};

/// Cells read from a CSV/TSV/text file or the first sheet of a workbook: a header and data rows of text.
struct TextTable
{
    QStringList header;
    QList<QStringList> rows; ///< data rows, each padded or cut to header.size()
    QList<int> rowNumbers;   ///< the spreadsheet row number of each data row (header = 1)
    QString encoding;        ///< what was read: "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "Windows-1252",
                             ///< "xlsx", "ods"
    QChar delimiter;         ///< for text files: ',', ';' or '\t'
    QList<ImportProblem> problems; ///< ragged rows, an unclosed quote, NUL bytes…
};

/// How to read a text file; empty values mean "detect".
struct ReadOptions
{
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252" (also "cp1252", "latin1"…); empty:
                      ///< detect
    QChar delimiter; ///< ',', ';', '\t' or any other single character; null: detect
};

} // namespace cordee
