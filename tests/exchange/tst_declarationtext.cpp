// The declaration as HTML and Markdown, against golden files in the three languages (tests/fixtures/
// declaration; rewrite them with CORDEE_UPDATE_GOLDEN=1 after a deliberate change, and read the diff), and
// the formats a file name asks for.

#include "declarationfixture.h"
#include "declarationformat.h"
#include "declarationhtml.h"
#include "declarationmarkdown.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace cordee;
using namespace cordee::test;
using namespace Qt::StringLiterals;

namespace {

QString goldenPath(const QString &name)
{
    return QStringLiteral(CORDEE_FIXTURES_DIR "/declaration/") + name;
}

/// The version of Cordée is the only thing that changes from one build to the next.
QString normalised(QString text)
{
    static const QRegularExpression version(QStringLiteral("Cordée \\d+\\.\\d+\\.\\d+"));
    return text.replace(version, u"Cordée VERSION"_s);
}

void compareWithGolden(const QString &actual, const QString &name)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIsSet("CORDEE_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(normalised(actual).toUtf8());
        qInfo("rewrote %s", qPrintable(name));
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(u"missing golden file "_s + path));
    const QStringList expected = QString::fromUtf8(in.readAll()).split(u'\n');
    const QStringList lines = normalised(actual).split(u'\n');
    for (qsizetype i = 0; i < std::min(expected.size(), lines.size()); ++i)
        QVERIFY2(lines.at(i) == expected.at(i),
                 qPrintable(u"%1, line %2:\n  actual:   %3\n  expected: %4"_s.arg(
                     name, QString::number(i + 1), lines.at(i), expected.at(i))));
    QCOMPARE(lines.size(), expected.size());
}

} // namespace

class TstDeclarationText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_data();
    void html();
    void markdown_data();
    void markdown();
    void markdownByTheme();
    void htmlLetterPaper();
    void neverWritesWhatWasNotRetained_data();
    void neverWritesWhatWasNotRetained();
    void markdownEscapesMarkup();
    void formatFromPath_data();
    void formatFromPath();
    void paper();
};

void TstDeclarationText::html_data()
{
    QTest::addColumn<QString>("language");
    for (const char *l : {"en", "fr", "es"})
        QTest::newRow(l) << QString::fromLatin1(l);
}

void TstDeclarationText::html()
{
    QFETCH(QString, language);
    const Declaration d = buildDeclaration(declarationInput(language));
    compareWithGolden(declarationToHtml(d), u"andean-%1.html"_s.arg(language));
}

void TstDeclarationText::markdown_data()
{
    html_data();
}

void TstDeclarationText::markdown()
{
    QFETCH(QString, language);
    const Declaration d = buildDeclaration(declarationInput(language));
    compareWithGolden(declarationToMarkdown(d), u"andean-%1.md"_s.arg(language));
}

void TstDeclarationText::markdownByTheme()
{
    const Declaration d = buildDeclaration(declarationInput(u"fr"_s, true));
    compareWithGolden(declarationToMarkdown(d), u"andean-fr-by-theme.md"_s);
}

void TstDeclarationText::htmlLetterPaper()
{
    const Declaration d = buildDeclaration(declarationInput(u"en"_s));
    QVERIFY(declarationToHtml(d, PaperSize::Letter).contains(u"@page { size: letter;"_s));
    QVERIFY(declarationToHtml(d, PaperSize::A4).contains(u"@page { size: A4;"_s));
}

void TstDeclarationText::neverWritesWhatWasNotRetained_data()
{
    html_data();
}

void TstDeclarationText::neverWritesWhatWasNotRetained()
{
    QFETCH(QString, language);
    const Declaration d = buildDeclaration(declarationInput(language));
    for (const QString &text : {declarationToHtml(d), declarationToMarkdown(d)}) {
        for (const char *marker : {"REJECTED", "DRAFT", "SUBMITTED", "MERGED"})
            QVERIFY2(!text.contains(QLatin1String(marker)), marker);
        // The committee's order.
        qsizetype at = -1;
        for (const char *words :
             {"Bring cooperative banks", "Create a fair-trade label", "Open it to producer",
              "Review its criteria", "With the producers", "Protect the headwaters", "Publish the 2027"}) {
            const qsizetype next = text.indexOf(QLatin1String(words));
            QVERIFY2(next > at, words);
            at = next;
        }
    }
}

void TstDeclarationText::markdownEscapesMarkup()
{
    Declaration d;
    d.language = u"en"_s;
    d.title = u"A *bold* title"_s;
    d.introduction = u"# not a heading, 1. not a list, <b>not html</b> & [not](a link)"_s;
    const QString md = declarationToMarkdown(d);
    QVERIFY2(md.contains(u"# A \\*bold\\* title"_s), qPrintable(md));
    QVERIFY2(
        md.contains(u"\\# not a heading, 1. not a list, \\<b\\>not html\\</b\\> \\& \\[not\\](a link)"_s),
        qPrintable(md));
}

void TstDeclarationText::formatFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // −1: none
    QTest::newRow("pdf") << u"out/declaration.pdf"_s << int(DeclarationFormat::Pdf);
    QTest::newRow("PDF") << u"DECLARATION.PDF"_s << int(DeclarationFormat::Pdf);
    QTest::newRow("odt") << u"d.odt"_s << int(DeclarationFormat::Odt);
    QTest::newRow("html") << u"d.html"_s << int(DeclarationFormat::Html);
    QTest::newRow("htm") << u"d.htm"_s << int(DeclarationFormat::Html);
    QTest::newRow("md") << u"d.md"_s << int(DeclarationFormat::Markdown);
    QTest::newRow("markdown") << u"d.markdown"_s << int(DeclarationFormat::Markdown);
    QTest::newRow("docx") << u"d.docx"_s << -1;
    QTest::newRow("none") << u"declaration"_s << -1;
}

void TstDeclarationText::formatFromPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = declarationformat::fromPath(path);
    QCOMPARE(found ? int(*found) : -1, format);
    if (found)
        QCOMPARE(declarationformat::fromPath(u"x."_s + declarationformat::key(*found)), found);
}

void TstDeclarationText::paper()
{
    QCOMPARE(declarationformat::paperFromKey(u"A4"_s), PaperSize::A4);
    QCOMPARE(declarationformat::paperFromKey(u" letter"_s), PaperSize::Letter);
    QVERIFY(!declarationformat::paperFromKey(u"a5"_s));
    QCOMPARE(declarationformat::paperKey(PaperSize::Letter), u"letter"_s);
}

QTEST_GUILESS_MAIN(TstDeclarationText)
#include "tst_declarationtext.moc"
