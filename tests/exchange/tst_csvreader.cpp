// Text spreadsheets: each fixture of tests/fixtures/import (written by make_fixtures.py) reads into the
// expected header, rows, row numbers and problems; bytes built in memory cover RFC 4180's corners, encodings
// and delimiters one at a time, and a round trip through our own writer in every encoding and delimiter.

#include "tablereader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

/// A cell to check: `row` indexes TextTable::rows, `column` the header.
struct Cell
{
    int row;
    int column;
    QString text;
};

using Rows = QList<QStringList>;

QString fixture(const QString &name)
{
    return QStringLiteral(CORDEE_FIXTURES_DIR "/import/") + name;
}

QList<int> problemRows(const TextTable &table)
{
    QList<int> rows;
    for (const ImportProblem &p : table.problems)
        rows << p.row;
    return rows;
}

QString problemText(const TextTable &table)
{
    QStringList lines;
    for (const ImportProblem &p : table.problems)
        lines << QStringLiteral("%1 [%2] %3").arg(p.row).arg(p.column, p.message);
    return lines.join(u'\n');
}

TextTable read(const QByteArray &bytes, const ReadOptions &options = {})
{
    const Result<TextTable> result = tablereader::readText(bytes, options);
    if (!result)
        qWarning() << result.error().fullText();
    return result ? result.value() : TextTable();
}

QStringList frHeader()
{
    return u"Prénom;Nom;Courriel;Organisme;Pays;Sexe;Catégorie;Langues;Choix 1;Choix 2"_s.split(u';');
}

// RFC 4180 as a careful writer does it: quote what needs it, double the quotes.
QString toCsv(const Rows &rows, QChar delimiter)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool quote = cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') ||
                               cell.contains(u'\r') || cell != cell.trimmed();
            cells << (quote ? u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"' : cell);
        }
        text += cells.join(delimiter) + u"\r\n";
    }
    return text;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void emptyFixtures_data();
    void emptyFixtures();
    void records_data();
    void records();
    void problems_data();
    void problems();
    void encodings_data();
    void encodings();
    void windows1252();
    void unknownEncoding();
    void delimiters_data();
    void delimiters();
    void roundTrip_data();
    void roundTrip();
    void bigCell();
    void fileErrors_data();
    void fileErrors();
    void tenThousandRows();
};

void TestCsvReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<int>>("rowNumbers");
    QTest::addColumn<QList<Cell>>("cells");
    QTest::addColumn<QList<int>>("problemRows");

    QTest::newRow("French Excel, Windows-1252")
        << u"fr-excel-cp1252.csv"_s << u"Windows-1252"_s << QChar(u';') << frHeader()
        << QList<int>{2, 3, 4, 5}
        << QList<Cell>{{0, 0, u"Hélène"_s},     {0, 3, u"Coopérative « L’Élan »"_s},
                       {1, 1, u"Lœwenbruck"_s}, {1, 3, u"Œuvres du Cœur"_s},
                       {2, 1, u"N’Diaye"_s},    {2, 3, u"Association \"Les Îles\"; Réunion"_s},
                       {2, 9, QString()},       {3, 3, u"Fonds 2 000 € — Solidarité"_s}}
        << QList<int>{};
    QTest::newRow("online form, UTF-8 BOM")
        << u"form-utf8-bom.csv"_s << u"UTF-8 BOM"_s << QChar(u',')
        << u"First name,Last name,Email,Organization,Country,Gender,Category,Languages,Preference 1,Preference 2"_s
               .split(u',')
        << QList<int>{2, 3, 4}
        << QList<Cell>{{0, 0, u"Łukasz"_s},
                       {0, 3, u"Smith, Jones & Co"_s},
                       {0, 7, u"pl, en"_s},
                       {1, 1, u"O'Connor"_s},
                       {1, 3, u"Red Cross\nLocal branch"_s},
                       {2, 0, u"Nguyễn"_s},
                       {2, 3, u"Say \"hello\""_s},
                       {2, 9, QString()}}
        << QList<int>{};
    QTest::newRow("Excel Unicode text, UTF-16LE")
        << u"unicode-text-utf16le.txt"_s << u"UTF-16LE"_s << QChar(u'\t')
        << u"Nombre\tApellido\tCorreo electrónico\tOrganización\tPaís\tSexo\tCategoría\tIdiomas\tPreferencia "
           u"1\t"
           u"Preferencia 2"_s.split(u'\t')
        << QList<int>{2, 3, 4}
        << QList<Cell>{{0, 1, u"Pérez Ñúñez"_s},
                       {0, 3, u"Colectivo 🌱 Verde; Sevilla"_s},
                       {1, 3, u"Red de mujeres\nrurales"_s},
                       {1, 4, u"México"_s},
                       {2, 3, u"Koop, Bilbo"_s},
                       {2, 7, u"eu, es, fr"_s}}
        << QList<int>{};
    QTest::newRow("UTF-16BE") << u"utf16be-bom.txt"_s << u"UTF-16BE"_s << QChar(u'\t')
                              << QStringList{u"Nom"_s, u"Prénom"_s} << QList<int>{2}
                              << QList<Cell>{{0, 0, u"Østergård"_s}, {0, 1, u"Søren"_s}} << QList<int>{};
    QTest::newRow("near-duplicates kept as written")
        << u"near-duplicates.csv"_s << u"UTF-8"_s << QChar(u',')
        << QStringList{u"Prénom"_s, u"Nom"_s, u"Courriel"_s, u"Organisme"_s} << QList<int>{2, 3, 4, 5}
        << QList<Cell>{{0, 0, u"Hélène"_s},
                       {1, 0, u"HELENE"_s},
                       {1, 2, QString()},
                       {2, 0, u"He\u0301le\u0300ne"_s},
                       {3, 0, u"Hélène"_s},
                       {3, 1, u"Dupré"_s},
                       {3, 3, u"  Coopérative Élan  "_s}}
        << QList<int>{};
    QTest::newRow("old Mac CR line ends")
        << u"mac-cr.csv"_s << u"UTF-8"_s << QChar(u',') << QStringList{u"Nom"_s, u"Prénom"_s}
        << QList<int>{2, 3} << QList<Cell>{{0, 1, u"Jürgen"_s}, {1, 0, u"Çelik"_s}, {1, 1, u"Ayşe"_s}}
        << QList<int>{};
    QTest::newRow("line breaks inside quotes")
        << u"quoted-linebreaks.csv"_s << u"UTF-8"_s << QChar(u';')
        << QStringList{u"Nom"_s, u"Adresse"_s, u"Remarque"_s} << QList<int>{2, 3, 4}
        << QList<Cell>{{0, 1, u"12 rue des Lilas\n75011 Paris"_s},
                       {0, 2, u"Arrive\nle 2"_s},
                       {1, 1, u"Place du Marché\nBP 4"_s},
                       {1, 2, u"\"VIP\""_s},
                       {2, 0, u"Roux"_s},
                       {2, 2, QString()}}
        << QList<int>{};
    QTest::newRow("unclosed quote") << u"unclosed-quote.csv"_s << u"UTF-8"_s << QChar(u';')
                                    << QStringList{u"Nom"_s, u"Prénom"_s, u"Remarque"_s} << QList<int>{2, 3}
                                    << QList<Cell>{{0, 2, u"ok"_s},
                                                   {1, 2,
                                                    u"commence ici\nBlanc;Marie;perdue dans la remarque\n"_s}}
                                    << QList<int>{3};
    QTest::newRow("ragged rows")
        << u"ragged-rows.csv"_s << u"UTF-8"_s << QChar(u';')
        << u"Prénom;Nom;Courriel;Pays;Langues"_s.split(u';') << QList<int>{2, 3, 4, 5}
        << QList<Cell>{{1, 1, u"Henry"_s}, {1, 4, QString()}, {2, 4, u"fr"_s}, {3, 4, u"fr"_s}}
        << QList<int>{3, 4};
    QTest::newRow("NUL bytes") << u"nul-bytes.csv"_s << u"UTF-8"_s << QChar(u',')
                               << QStringList{u"Nom"_s, u"Prénom"_s} << QList<int>{2, 3, 4}
                               << QList<Cell>{{0, 0, u"Bonnet"_s}, {2, 0, u"Roy"_s}, {2, 1, u"Marc"_s}}
                               << QList<int>{2, 4};
    QTest::newRow("header only") << u"header-only.csv"_s << u"Windows-1252"_s << QChar(u';')
                                 << QStringList{u"Prénom"_s, u"Nom"_s, u"Courriel"_s} << QList<int>{}
                                 << QList<Cell>{} << QList<int>{};
    QTest::newRow("duplicate headers")
        << u"duplicate-headers.csv"_s << u"UTF-8"_s << QChar(u';')
        << u"Nom;Prénom;Nom;Courriel;courriel"_s.split(u';') << QList<int>{2}
        << QList<Cell>{{0, 2, u"Garnier-Roy"_s}, {0, 4, u"lea.garnier@exemple.org"_s}} << QList<int>{1, 1};
    QTest::newRow("blank lines between rows")
        << u"blank-lines-between.csv"_s << u"UTF-8"_s << QChar(u',') << QStringList{u"Nom"_s, u"Prénom"_s}
        << QList<int>{3, 6} << QList<Cell>{{0, 1, u"Théo"_s}, {1, 0, u"Fabre"_s}} << QList<int>{};
}

void TestCsvReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QList<int>, rowNumbers);
    QFETCH(QList<Cell>, cells);
    QFETCH(QList<int>, problemRows);

    const Result<TextTable> result = tablereader::readFile(fixture(file));
    QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().fullText()));
    const TextTable &table = *result;
    QCOMPARE(table.encoding, encoding);
    QCOMPARE(table.delimiter, delimiter);
    QCOMPARE(table.header, header);
    QCOMPARE(table.rowNumbers, rowNumbers);
    QCOMPARE(table.rows.size(), rowNumbers.size());
    for (const QStringList &row : table.rows)
        QCOMPARE(row.size(), header.size());
    for (const Cell &cell : cells)
        QCOMPARE(table.rows.value(cell.row).value(cell.column), cell.text);
    QVERIFY2(::problemRows(table) == problemRows, qPrintable(problemText(table)));
}

void TestCsvReader::emptyFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("no bytes") << u"empty.csv"_s;
    QTest::newRow("blank lines only") << u"blank-lines.csv"_s;
}

void TestCsvReader::emptyFixtures()
{
    QFETCH(QString, file);
    const Result<TextTable> result = tablereader::readFile(fixture(file));
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().message.contains(u"is empty"), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QDir::toNativeSeparators(fixture(file))));
}

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("rowNumbers");

    const QStringList ab{u"a"_s, u"b"_s};
    QTest::newRow("quoted delimiter")
        << "a,b\n\"x,y\",z\n"_ba << ab << Rows{{u"x,y"_s, u"z"_s}} << QList<int>{2};
    QTest::newRow("doubled quotes") << "a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n"_ba << ab
                                    << Rows{{u"say \"hi\""_s, u"\""_s}} << QList<int>{2};
    QTest::newRow("CRLF inside quotes") << "a,b\r\n\"1\r\n2\",z\r\nc,d\r\n"_ba << ab
                                        << Rows{{u"1\n2"_s, u"z"_s}, {u"c"_s, u"d"_s}} << QList<int>{2, 3};
    QTest::newRow("CR inside quotes")
        << "a,b\n\"1\r2\",z\n"_ba << ab << Rows{{u"1\n2"_s, u"z"_s}} << QList<int>{2};
    QTest::newRow("record over four lines counts once")
        << "a,b\n\"1\n2\n3\n4\",z\nc,d\n"_ba << ab << Rows{{u"1\n2\n3\n4"_s, u"z"_s}, {u"c"_s, u"d"_s}}
        << QList<int>{2, 3};
    QTest::newRow("CR record ends") << "a,b\rc,d\re,f"_ba << ab << Rows{{u"c"_s, u"d"_s}, {u"e"_s, u"f"_s}}
                                    << QList<int>{2, 3};
    QTest::newRow("mixed record ends")
        << "a,b\r\nc,d\ne,f\rg,h"_ba << ab << Rows{{u"c"_s, u"d"_s}, {u"e"_s, u"f"_s}, {u"g"_s, u"h"_s}}
        << QList<int>{2, 3, 4};
    QTest::newRow("trailing empty records")
        << "a,b\nc,d\n\n\r\n\n"_ba << ab << Rows{{u"c"_s, u"d"_s}} << QList<int>{2};
    QTest::newRow("blank line keeps numbering")
        << "a,b\n\n,\nc,d\n"_ba << ab << Rows{{u"c"_s, u"d"_s}} << QList<int>{4};
    QTest::newRow("whitespace trimmed, quoted kept")
        << "  a , b \n  x  ,\" y \"\n"_ba << ab << Rows{{u"x"_s, u" y "_s}} << QList<int>{2};
    QTest::newRow("quote after spaces")
        << "a,b\n  \"x,1\"  ,y\n"_ba << ab << Rows{{u"x,1"_s, u"y"_s}} << QList<int>{2};
    QTest::newRow("text after closing quote")
        << "a,b\n\"x\"yz,w\n"_ba << ab << Rows{{u"xyz"_s, u"w"_s}} << QList<int>{2};
    QTest::newRow("quote inside unquoted cell")
        << "a,b\nJean \"JJ\" Roy,w\n"_ba << ab << Rows{{u"Jean \"JJ\" Roy"_s, u"w"_s}} << QList<int>{2};
    QTest::newRow("empty quoted cell")
        << "a,b\n\"\",x\n"_ba << ab << Rows{{QString(), u"x"_s}} << QList<int>{2};
    QTest::newRow("trailing delimiter at end of file")
        << "a,b\nx,"_ba << ab << Rows{{u"x"_s, QString()}} << QList<int>{2};
    QTest::newRow("header only") << "a;b\r\n"_ba << ab << Rows{} << QList<int>{};
    QTest::newRow("header cells trimmed, trailing empty ones dropped")
        << "\" a \";b;;\n1;2;;\n"_ba << ab << Rows{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("tab: spaces trimmed, tabs separate")
        << "a\tb\n x \t y \n"_ba << ab << Rows{{u"x"_s, u"y"_s}} << QList<int>{2};
    QTest::newRow("one column") << "Nom\nDupont\n"_ba << QStringList{u"Nom"_s} << Rows{{u"Dupont"_s}}
                                << QList<int>{2};
    QTest::newRow("blank lines before the header")
        << "\r\n\r\na,b\r\nc,d\r\n"_ba << ab << Rows{{u"c"_s, u"d"_s}} << QList<int>{4};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, rowNumbers);

    const TextTable table = read(bytes);
    QCOMPARE(table.header, header);
    QCOMPARE(table.rows, rows);
    QCOMPARE(table.rowNumbers, rowNumbers);
    QVERIFY2(table.problems.isEmpty(), qPrintable(problemText(table)));
}

void TestCsvReader::problems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("unclosed quote") << "a,b\n1,2\n3,\"open\n4,5\n"_ba << QString() << QList<int>{3}
                                    << QString() << u"a quote opened here is never closed"_s;
    QTest::newRow("unclosed quote on a spanning record")
        << "a,b\n\"1\n2\",x\n3,\"open"_ba << QString() << QList<int>{3} << QString() << u"Row 3"_s;
    QTest::newRow("NUL bytes, one problem per row")
        << "a,b\n1\0,\"2\0\"\n3,4\0\0\n"_ba << QString() << QList<int>{2, 3} << QString() << u"NUL"_s;
    QTest::newRow("short row") << "a,b,c\n1,2\n"_ba << QString() << QList<int>{2} << QString()
                               << u"Row 2 has 2 cells instead of 3"_s;
    QTest::newRow("extra non-empty cells") << "a,b\n1,2,3,,4\n"_ba << QString() << QList<int>{2} << QString()
                                           << u"Row 2 has 2 non-empty cell(s) beyond the last column"_s;
    QTest::newRow("extra empty cells are silent")
        << "a,b\n1,2,, \n"_ba << QString() << QList<int>{} << QString() << QString();
    QTest::newRow("duplicate header, case-blind") << "Nom,Email,nom\nx,y,z\n"_ba << QString() << QList<int>{1}
                                                  << u"nom"_s << u"“nom” appears more than once"_s;
    QTest::newRow("invalid UTF-8 when UTF-8 is asked")
        << "a\nd\xe9j\xe0\n"_ba << u"utf-8"_s << QList<int>{0} << QString() << u"not valid UTF-8"_s;
    QTest::newRow("odd byte count in UTF-16")
        << "\xff\xfe"
           "a\0\n\0b\0\n"_ba
        << QString() << QList<int>{0} << QString() << u"not valid UTF-16LE"_s;
}

void TestCsvReader::problems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QList<int>, rows);
    QFETCH(QString, column);
    QFETCH(QString, message);

    const TextTable table = read(bytes, ReadOptions{encoding, {}});
    QVERIFY2(problemRows(table) == rows, qPrintable(problemText(table)));
    for (const ImportProblem &problem : table.problems) {
        QCOMPARE(problem.column, column);
        QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
        QCOMPARE(problem.severity, ImportProblem::Severity::Warning);
    }
    for (const QStringList &row : table.rows) {
        QCOMPARE(row.size(), table.header.size());
        for (const QString &cell : row)
            QVERIFY(!cell.contains(QChar(0)));
    }
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("cell");

    QTest::newRow("UTF-8 detected") << "x\nPr\xc3\xa9nom\n"_ba << QString() << u"UTF-8"_s << u"Prénom"_s;
    QTest::newRow("UTF-8 BOM") << "\xef\xbb\xbfx\nPr\xc3\xa9nom\n"_ba << QString() << u"UTF-8 BOM"_s
                               << u"Prénom"_s;
    QTest::newRow("Windows-1252 fallback")
        << "x\nPr\xe9nom\n"_ba << QString() << u"Windows-1252"_s << u"Prénom"_s;
    QTest::newRow("cp1252, not Latin-1")
        << "x\n\x80 \x92\x93\x94\x9c\x8c\n"_ba << QString() << u"Windows-1252"_s << u"€ ’“”œŒ"_s;
    QTest::newRow("UTF-8 cut in a sequence is not UTF-8")
        << "x\nJos\xc3"_ba << QString() << u"Windows-1252"_s << u"JosÃ"_s;
    QTest::newRow("overlong UTF-8 is not UTF-8")
        << "x\n\xc0\xaf"_ba << QString() << u"Windows-1252"_s << u"À¯"_s;
    QTest::newRow("UTF-16LE BOM") << "\xff\xfex\0\n\0\xe9\0t\0\xe9\0"_ba << QString() << u"UTF-16LE"_s
                                  << u"été"_s;
    QTest::newRow("UTF-16BE BOM") << "\xfe\xff\0x\0\n\0\xe9\0t\0\xe9"_ba << QString() << u"UTF-16BE"_s
                                  << u"été"_s;
    QTest::newRow("latin1 asked for UTF-8 bytes")
        << "x\nPr\xc3\xa9nom\n"_ba << u"latin1"_s << u"Windows-1252"_s << u"PrÃ©nom"_s;
    QTest::newRow("iso-8859-1") << "x\n\x80\n"_ba << u"ISO-8859-1"_s << u"Windows-1252"_s << u"€"_s;
    QTest::newRow("cp1252") << "x\n\xe9\n"_ba << u"cp1252"_s << u"Windows-1252"_s << u"é"_s;
    QTest::newRow("windows-1252") << "x\n\xe9\n"_ba << u"Windows-1252"_s << u"Windows-1252"_s << u"é"_s;
    QTest::newRow("utf8 asked on a BOM")
        << "\xef\xbb\xbfx\n\xc3\xa9\n"_ba << u"utf8"_s << u"UTF-8 BOM"_s << u"é"_s;
    QTest::newRow("UTF-8 asked") << "x\n\xc3\xa9\n"_ba << u"UTF-8"_s << u"UTF-8"_s << u"é"_s;
    QTest::newRow("utf-16 without BOM is LE") << "x\0\n\0\xe9\0"_ba << u"utf-16"_s << u"UTF-16LE"_s << u"é"_s;
    QTest::newRow("utf-16 with BE BOM")
        << "\xfe\xff\0x\0\n\0\xe9"_ba << u"UTF-16"_s << u"UTF-16BE"_s << u"é"_s;
    QTest::newRow("utf16le") << "\xff\xfex\0\n\0\xe9\0"_ba << u"utf16le"_s << u"UTF-16LE"_s << u"é"_s;
    QTest::newRow("UTF-16BE asked") << "\0x\0\n\0\xe9"_ba << u"UTF-16BE"_s << u"UTF-16BE"_s << u"é"_s;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, asked);
    QFETCH(QString, encoding);
    QFETCH(QString, cell);

    const TextTable table = read(bytes, ReadOptions{asked, {}});
    QCOMPARE(table.encoding, encoding);
    QCOMPARE(table.header, QStringList{u"x"_s});
    QCOMPARE(table.rows, Rows{{cell}});
}

void TestCsvReader::windows1252()
{
    // Every byte from 0x80 up, between brackets so no edge is trimmed.
    QByteArray bytes = "x\n["_ba;
    for (int b = 0x80; b <= 0xff; ++b)
        bytes += char(b);
    bytes += ']';
    QString expected = u"[€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ"_s;
    for (char16_t c = 0xa0; c <= 0xff; ++c)
        expected += QChar(c);
    expected += u']';
    for (const QString &asked : {QString(), u"cp1252"_s}) {
        const TextTable table = read(bytes, ReadOptions{asked, {}});
        QCOMPARE(table.encoding, u"Windows-1252"_s);
        QCOMPARE(table.rows.value(0).value(0), expected);
    }
}

void TestCsvReader::unknownEncoding()
{
    const Result<TextTable> result = tablereader::readText("a\n1\n"_ba, ReadOptions{u"EBCDIC"_s, {}});
    QVERIFY(!result.isOk());
    QVERIFY(result.error().message.contains(u"EBCDIC"));
    QVERIFY(!tablereader::readText("a\n1\n"_ba, ReadOptions{{}, QChar(u'"')}).isOk());
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("asked");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("columns");

    QTest::newRow("semicolons, commas in cells")
        << "Pr\xc3\xa9nom;Nom;Organisme\nA;B;Smith, Jones\nC;D;X, Y, Z\n"_ba << QChar() << QChar(u';') << 3;
    QTest::newRow("commas, semicolons in cells")
        << "a,b,c\n1,\"x;y\",2\n3,p;q,4\n"_ba << QChar() << QChar(u',') << 3;
    QTest::newRow("tabs, commas and semicolons in cells")
        << "a\tb\n1,2;3\t4\n5;6\t7,8\n"_ba << QChar() << QChar(u'\t') << 2;
    QTest::newRow("quoted delimiters do not count")
        << "a;b\n\"1,2,3,4\";x\n"_ba << QChar() << QChar(u';') << 2;
    QTest::newRow("quoted line breaks do not end the record")
        << "a,b\n\"x;\ny;\nz;\",1\n"_ba << QChar() << QChar(u',') << 2;
    QTest::newRow("consistent beats many")
        << "a;b;c\n1,1,1,1;2;3\n4;5;6\n7;8,8;9\n"_ba << QChar() << QChar(u';') << 3;
    QTest::newRow("tie goes to semicolon")
        << "Nom, pr\xc3\xa9nom;Courriel\nRoy, Paul;pr@x\n"_ba << QChar() << QChar(u';') << 2;
    QTest::newRow("one column") << "Nom\nDupont\n"_ba << QChar() << QChar(u',') << 1;
    QTest::newRow("one column, UTF-16") << "\xff\xfeN\0\n\0D\0"_ba << QChar() << QChar(u'\t') << 1;
    QTest::newRow("asked: pipe") << "a|b\n1|2\n"_ba << QChar(u'|') << QChar(u'|') << 2;
    QTest::newRow("asked: semicolon in a comma file")
        << "a,b;c\n1,2;3\n"_ba << QChar(u';') << QChar(u';') << 2;
    QTest::newRow("asked: space") << "a b\n1  2\n"_ba << QChar(u' ') << QChar(u' ') << 2;
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, asked);
    QFETCH(QChar, delimiter);
    QFETCH(int, columns);

    const TextTable table = read(bytes, ReadOptions{{}, asked});
    QCOMPARE(table.delimiter, delimiter);
    QCOMPARE(table.header.size(), columns);
}

void TestCsvReader::roundTrip_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    for (const QString &encoding :
         {u"UTF-8"_s, u"UTF-8 BOM"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"Windows-1252"_s})
        for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')})
            QTest::addRow("%s, %s", qPrintable(encoding),
                          delimiter == u'\t' ? "tab" : qPrintable(QString(delimiter)))
                << encoding << delimiter;
}

void TestCsvReader::roundTrip()
{
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);

    const Rows rows{frHeader(),
                    {u"Hélène"_s, u"Dupré"_s, u"h@exemple.org"_s, u"Coop « Élan », Nantes; 44"_s, u"France"_s,
                     u"F"_s, u"Élue"_s, u"fr\ten"_s, u"T1"_s, QString()},
                    {u"Œdipe"_s, u"L’Hôte"_s, QString(), u"Dit \"Œil\"\nLigne 2\r\nLigne 3"_s, u"Bénin"_s,
                     u"M"_s, u"  espaces  "_s, u"€"_s, QString(), u"T2"_s}};
    const QString text = toCsv(rows, delimiter);
    QByteArray bytes;
    if (encoding == u"Windows-1252") {
        for (const QChar c : text) // cp1252 is Latin-1 with its own 0x80–0x9F; these are all the test uses
            bytes += c == u'€' ? '\x80' : c == u'’' ? '\x92' : c == u'Œ' ? '\x8c' : char(c.unicode());
    } else {
        const bool bom = encoding != u"UTF-8";
        QStringEncoder encoder(encoding.startsWith(u"UTF-16LE")   ? QStringEncoder::Utf16LE
                               : encoding.startsWith(u"UTF-16BE") ? QStringEncoder::Utf16BE
                                                                  : QStringEncoder::Utf8,
                               bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
        bytes = encoder.encode(text);
    }
    const TextTable table = read(bytes);
    QCOMPARE(table.encoding, encoding);
    QCOMPARE(table.delimiter, delimiter);
    QCOMPARE(table.header, rows.first());
    Rows expected = rows.mid(1);
    expected[1][3] = u"Dit \"Œil\"\nLigne 2\nLigne 3"_s; // line ends inside a cell come back as "\n"
    QCOMPARE(table.rows, expected);
    QCOMPARE(table.rowNumbers, (QList<int>{2, 3}));
}

void TestCsvReader::bigCell()
{
    QElapsedTimer timer;
    timer.start();
    const Result<TextTable> result = tablereader::readFile(fixture(u"big-cell.csv"_s));
    qInfo("1 MiB cell read in %lld ms", timer.elapsed());
    QVERIFY(result.isOk());
    QCOMPARE(result->rows.size(), 2);
    const QString cell = result->rows.first().value(2);
    QCOMPARE(cell.size(), 1048576);
    QVERIFY(cell.startsWith(u"Lorem, \"ipsum\"\ndolor; Lorem"));
    QCOMPARE(result->rows.at(1), (QStringList{u"Bertrand"_s, u"Colin"_s, u"court"_s}));
    QCOMPARE(result->rowNumbers, (QList<int>{2, 3}));

    // Unquoted, and one quote left open over 1 MiB: both in one pass.
    const QByteArray big(1 << 20, 'x');
    QCOMPARE(read("a,b\n" + big + ",y\n").rows.value(0).value(0).size(), 1 << 20);
    const TextTable open = read("a,b\n\"" + big);
    QCOMPARE(open.rows.value(0).value(0).size(), 1 << 20);
    QCOMPARE(problemRows(open), (QList<int>{2, 2})); // the quote, and one cell where the header has two
}

void TestCsvReader::fileErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << fixture(u"no-such-file.csv"_s) << u"cannot be read"_s;
    QTest::newRow("folder") << QStringLiteral(CORDEE_FIXTURES_DIR "/import")
                            << u"cannot be read: it is a folder"_s;
}

void TestCsvReader::fileErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const Result<TextTable> result = tablereader::readFile(path);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"“" + QDir::toNativeSeparators(path) + u"”"));
}

void TestCsvReader::tenThousandRows()
{
    QStringList header = frHeader();
    for (int i = 11; i <= 20; ++i)
        header << u"Colonne %1"_s.arg(i);
    QString text = header.join(u';') + u"\r\n";
    text.reserve(2'500'000);
    for (int i = 0; i < 10000; ++i) {
        text += QStringLiteral("Hélène%1;Dupré;h%1@exemple.org;\"Coop; Élan\";France;F;Élue;fr, en;T1;T2;"
                               "a;b;c;d;e;f;g;h;i;j\r\n")
                    .arg(i);
    }
    const QByteArray bytes = text.toUtf8();
    QElapsedTimer timer;
    timer.start();
    const TextTable table = read(bytes);
    const qint64 ms = timer.elapsed();
    qInfo("10,000 rows × 20 cells (%lld KiB) read in %lld ms", qint64(bytes.size() / 1024), ms);
    QCOMPARE(table.rows.size(), 10000);
    QCOMPARE(table.rows.last().value(3), u"Coop; Élan"_s);
    QCOMPARE(table.header.size(), 20);
    QVERIFY(table.problems.isEmpty());
    QVERIFY2(ms < 5000, "far slower than linear"); // a report, not a benchmark: only catches the pathological
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
