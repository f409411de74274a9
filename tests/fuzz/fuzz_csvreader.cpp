// libFuzzer entry for tablereader::readText: any bytes must give a table whose invariants hold, or an error,
// never a crash, a hang, a sanitizer report or a NUL in a cell.

#include "tablereader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace cordee;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkTable(const Result<TextTable> &result)
{
    if (!result) {
        check(!result.error().message.isEmpty());
        return;
    }
    const TextTable &table = *result;
    check(!table.header.isEmpty() && !table.header.constLast().isEmpty());
    check(!table.encoding.isEmpty() && !table.delimiter.isNull());
    check(table.rows.size() == table.rowNumbers.size());
    int previous = 1;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        check(table.rows.at(i).size() == table.header.size());
        check(table.rowNumbers.at(i) > previous);
        previous = table.rowNumbers.at(i);
        for (const QString &cell : table.rows.at(i))
            check(!cell.contains(QChar(0)));
    }
    for (qsizetype i = 1; i < table.problems.size(); ++i)
        check(table.problems.at(i - 1).row <= table.problems.at(i).row);
}

// The first byte chooses a forced encoding and delimiter for a second reading of the rest.
ReadOptions optionsFrom(std::uint8_t selector)
{
    static const char *const encodings[] = {"",         "utf-8",  "UTF-16", "utf16le",
                                            "UTF-16BE", "cp1252", "latin1", ""};
    static const char16_t delimiters[] = {0, u',', u';', u'\t', u'|', u' ', 0xA0, 0};
    return ReadOptions{QString::fromLatin1(encodings[selector & 7]), QChar(delimiters[(selector >> 3) & 7])};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkTable(tablereader::readText(bytes));
    if (size > 0)
        checkTable(tablereader::readText(bytes.sliced(1), optionsFrom(data[0])));
    return 0;
}
