// Workbooks: the .xlsx and .ods fixtures of tests/fixtures/import read into the expected cells and real row
// numbers; sheets built in memory cover one XML feature each (sparse cells, shared and inline strings, date
// styles, repeated ODS rows and cells…); zips that are neither, damaged ones, and readFile's sniffing.

#include "tablereader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QStringList>;
using Entries = QList<std::pair<QString, QByteArray>>;

QString fixture(const QString &name)
{
    return QStringLiteral(CORDEE_FIXTURES_DIR "/import/") + name;
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray zip(const Entries &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip archive(&buffer);
    if (!archive.open(QuaZip::mdCreate))
        return {};
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&archive);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return {};
        file.write(data);
        file.close();
    }
    archive.close();
    return bytes;
}

const auto Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"_ba;
const auto Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"_ba;

/// A one-sheet workbook around `sheetData` (the content of <sheetData>), with shared strings, and cell
/// formats 0 General, 1 built-in date (14), 2 "yyyy-mm-dd hh:mm", 3 a number with a quoted "h" (not a date).
QByteArray xlsx(const QByteArray &sheetData, const QByteArrayList &shared = {}, bool date1904 = false)
{
    QByteArray sst = "<sst xmlns=\"" + Main + "\">";
    for (const QByteArray &si : shared)
        sst += "<si>" + si + "</si>";
    return zip(
        {{u"xl/workbook.xml"_s, "<workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Rel +
                                    "\"><workbookPr date1904=\"" + (date1904 ? "1" : "0") +
                                    "\"/><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                                    "</workbook>"},
         {u"xl/_rels/workbook.xml.rels"_s,
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"_ba},
         {u"xl/worksheets/sheet1.xml"_s,
          "<worksheet xmlns=\"" + Main + "\"><sheetData>" + sheetData + "</sheetData></worksheet>"},
         {u"xl/sharedStrings.xml"_s, sst + "</sst>"},
         {u"xl/styles.xml"_s, "<styleSheet xmlns=\"" + Main +
                                  "\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/>"
                                  "<numFmt numFmtId=\"165\" formatCode=\"0.0&quot; h&quot;\"/></numFmts>"
                                  "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                                  "<xf numFmtId=\"165\"/></cellXfs></styleSheet>"}});
}

QByteArray inlineCell(const QByteArray &ref, const QByteArray &text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

/// A one-table spreadsheet around `rows` (the content of <table:table>).
QByteArray ods(const QByteArray &rows)
{
    const QByteArray content =
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
        "<table:table table:name=\"A\">" +
        rows + "</table:table></office:spreadsheet></office:body></office:document-content>";
    return zip(
        {{u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet"_ba}, {u"content.xml"_s, content}});
}

QByteArray p(const QByteArray &text)
{
    return "<table:table-cell><text:p>" + text + "</text:p></table:table-cell>";
}

QByteArray row(const QByteArray &cells, const QByteArray &attributes = {})
{
    return "<table:table-row" + attributes + ">" + cells + "</table:table-row>";
}

QString problemText(const TextTable &table)
{
    QStringList lines;
    for (const ImportProblem &problem : table.problems)
        lines << QStringLiteral("%1: %2").arg(problem.row).arg(problem.message);
    return lines.join(u'\n');
}

QList<int> problemRows(const TextTable &table)
{
    QList<int> rows;
    for (const ImportProblem &problem : table.problems)
        rows << problem.row;
    return rows;
}

} // namespace

class TestWorkbookReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void xlsxSheets_data();
    void xlsxSheets();
    void odsSheets_data();
    void odsSheets();
    void odsHugeRepeats();
    void sniffing_data();
    void sniffing();
    void refused_data();
    void refused();
    void wrongReader();
};

void TestWorkbookReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("rowNumbers");
    QTest::addColumn<QList<int>>("problemRows");

    QTest::newRow("xlsx") << u"registrations.xlsx"_s << u"xlsx"_s
                          << u"Prénom,Nom,Courriel,Organisme,Pays,Inscrit le,Âge,Présent"_s.split(u',')
                          << Rows{{u"Hélène"_s, QString(), u"helene.dupre@exemple.org"_s,
                                   u"Coopérative « L’Élan »"_s, u"France"_s, u"2024-03-05 12:00:00"_s,
                                   u"42"_s, u"TRUE"_s},
                                  {u"Zoé"_s, u"N’Diaye"_s, u"0.1"_s, u"Zoé@x"_s, u"Sénégal"_s,
                                   u"2024-03-06"_s, u"#N/A"_s, u"FALSE"_s},
                                  {u"Marc"_s, QString(), QString(), QString(), QString(), QString(),
                                   QString(), u"Line\nbreak"_s}}
                          << QList<int>{2, 5, 7} << QList<int>{7};
    QTest::newRow("ods")
        << u"registrations.ods"_s << u"ods"_s
        << u"Prénom,Nom,Organisme,Montant,Arrivée,Choix 1,Choix 2,Taux"_s.split(u',')
        << Rows{{u"Jean-Luc"_s, u"Le Goff  Kerbrat"_s, u"Mairie de Brest\nService\tjeunesse\nbureau 4"_s,
                 u"1234.5"_s, u"2024-03-05 14:30:00"_s, u"T2"_s, u"T2"_s, u"0.25"_s},
                {u"Zoé"_s, u"Ba"_s, QString(), u"12"_s, u"2024-03-06"_s, QString(), QString(), QString()},
                {u"Zoé"_s, u"Ba"_s, QString(), u"12"_s, u"2024-03-06"_s, QString(), QString(), QString()},
                {QString(), QString(), QString(), QString(), QString(), u"T4"_s, QString(), QString()}}
        << QList<int>{2, 5, 6, 7} << QList<int>{7};
}

void TestWorkbookReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, rowNumbers);
    QFETCH(QList<int>, problemRows);

    const Result<TextTable> result = tablereader::readFile(fixture(file));
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().fullText()));
    QCOMPARE(result->encoding, encoding);
    QCOMPARE(result->header, header);
    QCOMPARE(result->rows, rows);
    QCOMPARE(result->rowNumbers, rowNumbers);
    QVERIFY2(::problemRows(*result) == problemRows, qPrintable(problemText(*result)));
    QVERIFY(result->problems.constFirst().message.contains(u"1 non-empty cell(s)"));
}

void TestWorkbookReader::xlsxSheets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("rowNumbers");

    const QByteArray ab = "<row r=\"1\">" + inlineCell("A1", "a") + inlineCell("B1", "b") + "</row>";
    const QStringList abHeader{u"a"_s, u"b"_s};
    QTest::newRow("cells left out are empty, in the right column")
        << xlsx(
               "<row r=\"1\">" + inlineCell("A1", "a") + inlineCell("C1", "c") +
               "</row><row r=\"2\"><c r=\"B2\"><v>5</v></c></row><row r=\"3\"><c r=\"C3\"><v>6</v></c></row>")
        << QStringList{u"a"_s, QString(), u"c"_s}
        << Rows{{QString(), u"5"_s, QString()}, {QString(), QString(), u"6"_s}} << QList<int>{2, 3};
    QTest::newRow("cells and rows without references follow on")
        << xlsx("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                "<row><c><v>1</v></c><c><v>2</v></c></row>")
        << abHeader << Rows{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("row numbers are the sheet's") << xlsx(ab + "<row r=\"40\"><c r=\"B40\"><v>7</v></c></row>")
                                                 << abHeader << Rows{{QString(), u"7"_s}} << QList<int>{40};
    QTest::newRow("header not on row 1")
        << xlsx("<row r=\"3\">" + inlineCell("B3", "a") + inlineCell("C3", "b") + "</row><row r=\"4\">" +
                inlineCell("C4", "x") + "</row>")
        << QStringList{QString(), u"a"_s, u"b"_s} << Rows{{QString(), QString(), u"x"_s}} << QList<int>{4};
    QTest::newRow("shared strings: runs joined, phonetics left out")
        << xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>9</v></c></row>",
                {"<t>a</t>", "<t xml:space=\"preserve\"> b </t>",
                 "<r><rPr><i/></rPr><t>Gar</t></r><r><t>cía</t></r><rPh sb=\"0\" eb=\"1\"><t>ガ</t></rPh>"})
        << abHeader << Rows{{u"García"_s, QString()}} << QList<int>{2};
    QTest::newRow("inline rich text")
        << xlsx(ab + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>Ra</t></r>"
                     "<r><t>ú</t></r></is></c></row>")
        << abHeader << Rows{{u"Raú"_s, QString()}} << QList<int>{2};
    QTest::newRow("booleans, errors, formulas")
        << xlsx(
               ab +
               "<row r=\"2\"><c r=\"A2\" t=\"b\"><v>1</v></c><c r=\"B2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
               "</row><row r=\"3\"><c r=\"A3\" t=\"b\"><v>0</v></c><c r=\"B3\" "
               "t=\"str\"><f>A1</f><v>a</v></c></row>")
        << abHeader << Rows{{u"TRUE"_s, u"#DIV/0!"_s}, {u"FALSE"_s, u"a"_s}} << QList<int>{2, 3};
    QTest::newRow("numbers without binary noise")
        << xlsx(ab +
                "<row r=\"2\"><c r=\"A2\"><v>0.30000000000000004</v></c><c r=\"B2\"><v>1E-3</v></c></row>"
                "<row r=\"3\"><c r=\"A3\"><v>33612345678</v></c><c r=\"B3\"><v>-7</v></c></row>"
                "<row r=\"4\"><c r=\"A4\"><v>3.0</v></c><c r=\"B4\"><v>1234.5</v></c></row>")
        << abHeader << Rows{{u"0.3"_s, u"0.001"_s}, {u"33612345678"_s, u"-7"_s}, {u"3"_s, u"1234.5"_s}}
        << QList<int>{2, 3, 4};
    QTest::newRow("date styles")
        << xlsx(ab +
                "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45356</v></c><c r=\"B2\" "
                "s=\"2\"><v>45356.75</v></c></row>"
                "<row r=\"3\"><c r=\"A3\" s=\"2\"><v>0.5</v></c><c r=\"B3\" s=\"3\"><v>12.5</v></c></row>")
        << abHeader << Rows{{u"2024-03-05"_s, u"2024-03-05 18:00:00"_s}, {u"12:00:00"_s, u"12.5"_s}}
        << QList<int>{2, 3};
    QTest::newRow("1904 dates") << xlsx(
                                       ab +
                                           "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c><c r=\"B2\" s=\"1\">"
                                           "<v>1</v></c></row>",
                                       {}, true)
                                << abHeader << Rows{{u"1904-01-01"_s, u"1904-01-02"_s}} << QList<int>{2};
    QTest::newRow("escaped characters") << xlsx(ab + "<row r=\"2\">" + inlineCell("A2", "x_x000D_\ny") +
                                                inlineCell("B2", "_x005F_x0041_ _x0041_") + "</row>")
                                        << abHeader << Rows{{u"x\ny"_s, u"_x0041_ A"_s}} << QList<int>{2};
    QTest::newRow("cells trimmed, empty rows skipped")
        << xlsx(ab + "<row r=\"2\">" + inlineCell("A2", "   ") + "<c r=\"B2\" s=\"1\"/></row><row r=\"3\">" +
                inlineCell("A3", "  Inès ") + "</row>")
        << abHeader << Rows{{u"Inès"_s, QString()}} << QList<int>{3};
    QTest::newRow("columns past XFD ignored")
        << xlsx(ab + "<row r=\"2\">" + inlineCell("A2", "x") + inlineCell("XFE2", "far") + "</row>")
        << abHeader << Rows{{u"x"_s, QString()}} << QList<int>{2};
}

void TestWorkbookReader::xlsxSheets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, rowNumbers);

    const Result<TextTable> result = tablereader::readXlsx(bytes);
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().fullText()));
    QCOMPARE(result->header, header);
    QCOMPARE(result->rows, rows);
    QCOMPARE(result->rowNumbers, rowNumbers);
    QVERIFY2(result->problems.isEmpty(), qPrintable(problemText(*result)));
}

void TestWorkbookReader::odsSheets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("rowNumbers");

    const QByteArray ab = row(p("a") + p("b"));
    const QStringList abHeader{u"a"_s, u"b"_s};
    QTest::newRow("repeated cells with a value")
        << ods(ab + row("<table:table-cell "
                        "table:number-columns-repeated=\"2\"><text:p>x</text:p></table:table-cell>"))
        << abHeader << Rows{{u"x"_s, u"x"_s}} << QList<int>{2};
    QTest::newRow("repeated empty cells move the column")
        << ods(ab + row("<table:table-cell table:number-columns-repeated=\"1\"/>" + p("y") +
                        "<table:table-cell table:number-columns-repeated=\"1000\"/>"))
        << abHeader << Rows{{QString(), u"y"_s}} << QList<int>{2};
    QTest::newRow("repeated rows with a value")
        << ods(ab + row(p("x"), " table:number-rows-repeated=\"3\"")) << abHeader
        << Rows{{u"x"_s, QString()}, {u"x"_s, QString()}, {u"x"_s, QString()}} << QList<int>{2, 3, 4};
    QTest::newRow("repeated empty rows keep the numbering")
        << ods(ab + row("<table:table-cell/>", " table:number-rows-repeated=\"1000000\"") + row(p("x")))
        << abHeader << Rows{{u"x"_s, QString()}} << QList<int>{1000002};
    QTest::newRow("spaces, tabs, line breaks, spans")
        << ods(ab +
               row(p("a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d") + p("<text:span>e</text:span>"
                                                                                    "<text:a>f</text:a>")))
        << abHeader << Rows{{u"a   b\tc\nd"_s, u"ef"_s}} << QList<int>{2};
    QTest::newRow("white space in text collapses")
        << ods(ab + row(p("  a  \n  b  "))) << abHeader << Rows{{u"a b"_s, QString()}} << QList<int>{2};
    QTest::newRow("paragraphs joined, annotations left out")
        << ods(ab + row("<table:table-cell><office:annotation><text:p>note</text:p></office:annotation>"
                        "<text:p>one</text:p><text:p>two</text:p></table:table-cell>"))
        << abHeader << Rows{{u"one\ntwo"_s, QString()}} << QList<int>{2};
    QTest::newRow("values behind formatted text")
        << ods(ab +
               row("<table:table-cell office:value-type=\"float\" office:value=\"3.5\"><text:p>3,50</text:p>"
                   "</table:table-cell><table:table-cell office:value-type=\"time\" "
                   "office:time-value=\"PT09H05M30S\">"
                   "<text:p>09:05</text:p></table:table-cell>") +
               row("<table:table-cell office:value-type=\"date\" office:date-value=\"2024-12-31T00:00:00\">"
                   "<text:p>31 déc.</text:p></table:table-cell><table:table-cell "
                   "office:value-type=\"boolean\" "
                   "office:boolean-value=\"false\"><text:p>FAUX</text:p></table:table-cell>"))
        << abHeader << Rows{{u"3.5"_s, u"09:05:30"_s}, {u"2024-12-31"_s, u"FALSE"_s}} << QList<int>{2, 3};
    QTest::newRow("rows inside groups and header rows")
        << ods("<table:table-column/><table:table-header-rows>" + ab +
               "</table:table-header-rows><table:table-row-group>" + row(p("x")) +
               "</table:table-row-group>" + row(p("y")))
        << abHeader << Rows{{u"x"_s, QString()}, {u"y"_s, QString()}} << QList<int>{2, 3};
    QTest::newRow("covered cells are empty")
        << ods(ab + row("<table:table-cell "
                        "table:number-columns-spanned=\"2\"><text:p>m</text:p></table:table-cell>"
                        "<table:covered-table-cell/>" +
                        p("z")))
        << QStringList{u"a"_s, u"b"_s} << Rows{{u"m"_s, QString()}} << QList<int>{2};
}

void TestWorkbookReader::odsSheets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, rowNumbers);

    const Result<TextTable> result = tablereader::readOds(bytes);
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().fullText()));
    QCOMPARE(result->header, header);
    QCOMPARE(result->rows, rows);
    QCOMPARE(result->rowNumbers, rowNumbers);
    if (QByteArray(QTest::currentDataTag()).startsWith("covered"))
        QCOMPARE(problemRows(*result), QList<int>{2}); // "z" is past the header
    else
        QVERIFY2(result->problems.isEmpty(), qPrintable(problemText(*result)));
}

void TestWorkbookReader::odsHugeRepeats()
{
    // A value repeated over a million columns stops at the last column a spreadsheet has.
    const Result<TextTable> wide = tablereader::readOds(
        ods(row("<table:table-cell "
                "table:number-columns-repeated=\"1000000\"><text:p>h</text:p></table:table-cell>")));
    QVERIFY(wide.isOk());
    QCOMPARE(wide->header.size(), 16384);

    // A row repeated five million times stops at the last row.
    const Result<TextTable> tall =
        tablereader::readOds(ods(row(p("h")) + row(p("x"), " table:number-rows-repeated=\"5000000\"")));
    QVERIFY(tall.isOk());
    QCOMPARE(tall->rows.size(), 1048575);
    QCOMPARE(tall->rowNumbers.constLast(), 1048576);

    // A wide header over many repeated rows: padding them all would take gigabytes; reading stops first.
    const Result<TextTable> both = tablereader::readOds(
        ods(row("<table:table-cell "
                "table:number-columns-repeated=\"16384\"><text:p>h</text:p></table:table-cell>") +
            row(p("x"), " table:number-rows-repeated=\"1000000\"")));
    QVERIFY(both.isOk());
    QVERIFY(both->rows.size() < 2000);
    QVERIFY(both->problems.constLast().message.contains(u"too large"));
}

void TestWorkbookReader::sniffing_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QString>("savedAs");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("xlsx saved as .ods") << u"registrations.xlsx"_s << u"inscriptions.ods"_s << u"xlsx"_s;
    QTest::newRow("xlsx without extension") << u"registrations.xlsx"_s << u"inscriptions"_s << u"xlsx"_s;
    QTest::newRow("ods saved as .csv") << u"registrations.ods"_s << u"inscriptions.csv"_s << u"ods"_s;
    QTest::newRow("ods saved as .XLSX") << u"registrations.ods"_s << u"INSCRIPTIONS.XLSX"_s << u"ods"_s;
    QTest::newRow("CSV saved as .txt")
        << u"fr-excel-cp1252.csv"_s << u"inscriptions.txt"_s << u"Windows-1252"_s;
}

void TestWorkbookReader::sniffing()
{
    QFETCH(QString, fixtureName);
    QFETCH(QString, savedAs);
    QFETCH(QString, encoding);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(savedAs);
    QVERIFY(QFile::copy(fixture(fixtureName), path));
    const Result<TextTable> result = tablereader::readFile(path);
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().fullText()));
    QCOMPARE(result->encoding, encoding);
    QVERIFY(result->header.startsWith(u"Prénom"_s));
}

void TestWorkbookReader::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("zip of something else") << u"not-a-workbook.zip"_s << u"neither an .xlsx nor an .ods"_s;
    QTest::newRow("text document") << u"letter.odt"_s << u"not a spreadsheet"_s;
    QTest::newRow("damaged sheet") << u"broken-sheet.xlsx"_s << u"is damaged"_s;
    QTest::newRow("truncated zip") << u"truncated.xlsx"_s << u"cannot be opened"_s;
    QTest::newRow("text named .xlsx") << u"fake.xlsx"_s << u"not a valid .xlsx workbook"_s;
    QTest::newRow("Excel 97–2003") << u"old-excel.xls"_s << u"(.xls)"_s;
}

void TestWorkbookReader::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Result<TextTable> result = tablereader::readFile(fixture(file));
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().fullText()));
    QVERIFY(result.error().message.contains(u"“" + QDir::toNativeSeparators(fixture(file)) + u"”"));
}

void TestWorkbookReader::wrongReader()
{
    const QByteArray xlsxBytes = fixtureBytes(u"registrations.xlsx"_s);
    const QByteArray odsBytes = fixtureBytes(u"registrations.ods"_s);
    QVERIFY(tablereader::readXlsx(xlsxBytes).isOk());
    QVERIFY(tablereader::readOds(odsBytes).isOk());
    QVERIFY(tablereader::readXlsx(odsBytes).error().message.contains(u"not an .xlsx workbook"));
    QVERIFY(tablereader::readOds(xlsxBytes).error().message.contains(u"not an .ods workbook"));
    QVERIFY(!tablereader::readXlsx("Nom;Prénom\n"_ba).isOk());
    QVERIFY(!tablereader::readOds(QByteArray()).isOk());
    // A workbook whose sheet has nothing is empty, like an empty CSV.
    QVERIFY(tablereader::readXlsx(xlsx({})).error().message.contains(u"is empty"));
    QVERIFY(tablereader::readOds(ods(row("<table:table-cell/>"))).error().message.contains(u"is empty"));
}

QTEST_GUILESS_MAIN(TestWorkbookReader)
#include "tst_workbookreader.moc"
