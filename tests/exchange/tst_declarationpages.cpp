// The declaration on pages and in PDF, read back with poppler's tools (poppler-utils, installed by build.sh):
// the figures, the proposals in order and nothing that was not retained (pdftotext), fonts embedded and
// covering Arabic, Chinese and Vietnamese names (pdffonts), title, author, language and paper (pdfinfo), a
// running header, page numbers, and headings kept with what follows.

#include "declarationfixture.h"
#include "declarationpages.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace cordee;
using namespace cordee::test;
using namespace Qt::StringLiterals;

namespace {

/// Runs a poppler tool on `pdf` and returns its standard output; fails the test when the tool is missing.
QString poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        QTest::qFail(qPrintable(tool + u" is missing: install poppler-utils (build.sh does)"_s), __FILE__,
                     __LINE__);
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        QTest::qFail(qPrintable(tool + u" failed: "_s + QString::fromUtf8(process.readAllStandardError())),
                     __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// Text as pdftotext gives it back, for comparisons: ligatures ("ﬁ") and other compatibility forms
/// decomposed (NFKC), runs of white space (line breaks, no-break spaces) made single spaces.
QString flattened(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

class TstDeclarationPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textOfThePdf_data();
    void textOfThePdf();
    void fontsEmbeddedForEveryScript();
    void metadata();
    void letterPaper();
    void headerAndPageNumbers();
    void headingsKeptWithWhatFollows();
    void signatureNeverAlone();
    void previewImage();
    void manyProposalsQuickly();

private:
    QString writePdf(const Declaration &d, PaperSize paper = PaperSize::A4);
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TstDeclarationPages::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TstDeclarationPages::writePdf(const Declaration &d, PaperSize paper)
{
    const auto pdf = DeclarationPages(d, paper).toPdf();
    if (!pdf)
        return {};
    const QString path = m_dir.filePath(u"declaration-%1.pdf"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size())
        return {};
    return path;
}

void TstDeclarationPages::textOfThePdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("figures");
    QTest::newRow("en") << u"en"_s << u"7 participants from 6 countries and 4 continents"_s;
    QTest::newRow("fr") << u"fr"_s << u"7 participants venus de 6 pays et de 4 continents"_s;
    QTest::newRow("es") << u"es"_s << u"7 participantes procedentes de 6 países y 4 continentes"_s;
}

void TstDeclarationPages::textOfThePdf()
{
    QFETCH(QString, language);
    QFETCH(QString, figures);
    const Declaration d = buildDeclaration(declarationInput(language));
    const QString path = writePdf(d);
    QVERIFY(!path.isEmpty());
    const QString text = flattened(poppler(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
    QVERIFY2(text.contains(figures), qPrintable(text));
    QVERIFY(text.contains(flattened(d.placeAndDate)));
    QVERIFY(text.contains(flattened(d.decisionIntro)));
    qsizetype at = -1;
    const ProposalSet proposals = declarationProposals();
    for (const QString &key : declarationWrittenKeys()) {
        const qsizetype next = text.indexOf(flattened(proposals.find(key)->text));
        QVERIFY2(next > at, qPrintable(key + u" out of place in: "_s + text));
        at = next;
    }
    for (const char *marker : {"REJECTED", "DRAFT", "SUBMITTED", "MERGED"})
        QVERIFY2(!text.contains(QLatin1String(marker)), marker);
    for (const QString &name : {u"Rosa Huamán Quispe"_s, u"李伟"_s, u"Nguyễn Thị Hương"_s})
        QVERIFY2(text.contains(name), qPrintable(name));
}

void TstDeclarationPages::fontsEmbeddedForEveryScript()
{
    const QString path = writePdf(buildDeclaration(declarationInput(u"en"_s)));
    const QStringList lines = poppler(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    bool cjk = false, arabic = false;
    for (const QString &line : lines) {
        const QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
        // name type… encoding emb sub uni object ID: "emb" is the fifth column from the end.
        QVERIFY2(cells.size() >= 7 && cells.at(cells.size() - 5) == u"yes",
                 qPrintable(u"not embedded: "_s + line));
        QVERIFY2(!line.contains(u"Type 3"_s), qPrintable(line));
        cjk = cjk || line.contains(u"CJK"_s);
        arabic = arabic || line.contains(u"Arabic"_s);
    }
    QVERIFY2(cjk, "no CJK font: is fonts-noto-cjk installed?");
    QVERIFY2(arabic, "no Arabic font: is fonts-noto-core installed?");
}

void TstDeclarationPages::metadata()
{
    const Declaration d = buildDeclaration(declarationInput(u"es"_s));
    const QString path = writePdf(d);
    const QString info = poppler(u"pdfinfo"_s, {path});
    QVERIFY2(info.contains(u"Title:           "_s + d.title), qPrintable(info));
    QVERIFY2(info.contains(u"Author:          Red Andina de Cooperativas"_s), qPrintable(info));
    QVERIFY(info.contains(u"Creator:         Cordée"_s));
    QVERIFY(info.contains(u"(A4)"_s));
    QVERIFY2(!info.contains(u"Error"_s), qPrintable(info));
    const QString xmp = poppler(u"pdfinfo"_s, {u"-meta"_s, path});
    QVERIFY(xmp.contains(u"<dc:language><rdf:Bag><rdf:li>es</rdf:li></rdf:Bag></dc:language>"_s));
    QVERIFY(xmp.contains(u"<rdf:li>Red Andina de Cooperativas</rdf:li>"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("/Lang <FEFF00650073>")); // the catalog's language, "es" in UTF-16
}

void TstDeclarationPages::letterPaper()
{
    const Declaration d = buildDeclaration(declarationInput(u"en"_s));
    DeclarationPages pages(d, PaperSize::Letter);
    QCOMPARE(pages.pageSizePoints(), QSizeF(612, 792));
    const QString info = poppler(u"pdfinfo"_s, {writePdf(d, PaperSize::Letter)});
    QVERIFY2(info.contains(u"612 x 792 pts (letter)"_s), qPrintable(info));
}

void TstDeclarationPages::headerAndPageNumbers()
{
    DeclarationInput input = declarationInput(u"fr"_s);
    for (int i = 0; i < 80; ++i) {
        Proposal p =
            declarationProposal("", "Une proposition retenue, d’une longueur ordinaire pour une déclaration.",
                                ProposalStatus::Retained, 100 + i, "T2");
        p.key = u"Q-%1"_s.arg(i, 4, 10, QChar(u'0'));
        input.proposals.proposals << p;
    }
    const Declaration d = buildDeclaration(input);
    DeclarationPages pages(d);
    const int count = pages.pageCount();
    QVERIFY2(count >= 3, qPrintable(QString::number(count)));
    const QString path = writePdf(d);
    QVERIFY(poppler(u"pdfinfo"_s, {path}).contains(u"Pages:           %1"_s.arg(count)));
    const QString first =
        flattened(poppler(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, path, u"-"_s}));
    const QString second =
        flattened(poppler(u"pdftotext"_s, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, path, u"-"_s}));
    QVERIFY(first.contains(u"Page 1 sur %1"_s.arg(count)));
    QVERIFY(second.contains(u"Page 2 sur %1"_s.arg(count)));
    // The running header from the second page on: the forum's name without its article.
    QVERIFY2(second.startsWith(u"Forum andin des entreprises coopératives"_s), qPrintable(second));
    QVERIFY(!first.startsWith(u"Forum andin"_s));
}

void TstDeclarationPages::headingsKeptWithWhatFollows()
{
    // Many themes with few proposals each: some headings would fall at the foot of a page.
    DeclarationInput input = declarationInput(u"en"_s, true);
    for (int t = 0; t < 40; ++t) {
        const QString theme = u"X%1"_s.arg(t);
        input.themes << Theme{0, theme, u"Theme number %1 of the forum"_s.arg(t), {}};
        for (int i = 0; i < 2 + t % 3; ++i) {
            Proposal p = declarationProposal("", "A proposal of this theme that the committee retained.",
                                             ProposalStatus::Retained, 100 + t * 10 + i);
            p.key = u"Q-%1-%2"_s.arg(t).arg(i);
            p.theme = theme;
            input.proposals.proposals << p;
        }
    }
    DeclarationPages pages(buildDeclaration(input));
    const QTextDocument &doc = pages.textDocument();
    const qreal pageHeight = doc.pageSize().height();
    int headings = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 2 || !b.next().isValid())
            continue;
        ++headings;
        const QTextLayout *h = b.layout();
        const QTextLayout *n = b.next().layout();
        const int headingPage = int((h->position().y() + h->lineAt(0).y() + 1) / pageHeight);
        const int nextPage = int((n->position().y() + n->lineAt(0).y() + 1) / pageHeight);
        QVERIFY2(headingPage == nextPage, qPrintable(b.text()));
    }
    QVERIFY(headings > 40);
    QVERIFY(pages.pageCount() > 3);
}

void TstDeclarationPages::signatureNeverAlone()
{
    // The fixture's French declaration ends just past the foot of its first page: the conclusion goes over
    // with the signature rather than leaving it alone.
    DeclarationPages pages(buildDeclaration(declarationInput(u"fr"_s)));
    const QTextDocument &doc = pages.textDocument();
    const qreal pageHeight = doc.pageSize().height();
    const QTextBlock signature = doc.lastBlock();
    QCOMPARE(signature.text(), u"Red Andina de Cooperativas"_s);
    const QTextLayout *before = signature.previous().layout();
    const QTextLine lastLine = before->lineAt(before->lineCount() - 1);
    const int beforePage = int((before->position().y() + lastLine.y() + lastLine.height() - 1) / pageHeight);
    const int signaturePage =
        int((signature.layout()->position().y() + signature.layout()->lineAt(0).y() + 1) / pageHeight);
    QCOMPARE(signaturePage, beforePage);
}

void TstDeclarationPages::previewImage()
{
    DeclarationPages pages(buildDeclaration(declarationInput(u"en"_s)));
    const QImage image = pages.pageImage(0, 48);
    QCOMPARE(image.size(), QSize(397, 562)); // A4 at 48 dpi
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
}

void TstDeclarationPages::manyProposalsQuickly()
{
    // The benchmark (300 retained proposals → PDF in under a second) lives in `cordee-cli bench
    // synthesis`; here the time is only reported.
    DeclarationInput input = declarationInput(u"en"_s);
    for (int i = 0; i < 300; ++i) {
        Proposal p = declarationProposal("",
                                         "A retained proposal with a sentence of ordinary length in it, "
                                         "long enough to take two lines on the page.",
                                         ProposalStatus::Retained, 100 + i, "T1");
        p.key = u"Q-%1"_s.arg(i, 4, 10, QChar(u'0'));
        input.proposals.proposals << p;
    }
    QElapsedTimer timer;
    timer.start();
    const auto pdf = DeclarationPages(buildDeclaration(input)).toPdf();
    QVERIFY(pdf);
    qInfo("304 proposals to PDF in %lld ms", timer.elapsed());
}

QTEST_MAIN(TstDeclarationPages)
#include "tst_declarationpages.moc"
