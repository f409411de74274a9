// Drives the real cordee-cli through synthesize: every format from the output's extension, the language
// and paper options, refusals with their exit codes, and the export records left in the forum file.

#include "declarationfixture.h"
#include "exportrecordrepository.h"
#include "forumfile.h"
#include "proposalrepository.h"
#include "writetransaction.h"

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee;
using namespace cordee::test;
using namespace Qt::StringLiterals;

namespace {

QString golden(const QString &name)
{
    return QString::fromUtf8(contents(QStringLiteral(CORDEE_FIXTURES_DIR "/declaration/") + name));
}

QString normalised(QString text)
{
    static const QRegularExpression version(QStringLiteral("Cordée \\d+\\.\\d+\\.\\d+"));
    return text.replace(version, u"Cordée VERSION"_s);
}

/// Writes the declaration fixture's forum, its proposals included, to `path`.
bool writeForum(const QString &path, ForumData data)
{
    auto db = createForumFile(path, data);
    if (!db)
        return false;
    ProposalSet set = declarationProposals();
    WriteTransaction transaction(db.value()->connection());
    return transaction.begin(u"test"_s) &&
           ProposalRepository(db.value()->connection()).insert(set.proposals) && transaction.commit();
}

QString pdftotext(const QString &pdf)
{
    const QString program = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (program.isEmpty())
        return u"pdftotext is missing: install poppler-utils (build.sh does)"_s;
    QProcess process;
    process.start(program, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    process.waitForFinished(60'000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TstCliSynthesize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void htmlAndMarkdownAsTheLibraryWritesThem_data();
    void htmlAndMarkdownAsTheLibraryWritesThem();
    void pdf();
    void odt();
    void exportsAreRecorded();
    void refusals_data();
    void refusals();
    void notAForum();
    void unsupportedFirstLanguageFallsBackToEnglish();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_forum;
};

void TstCliSynthesize::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_forum = path(u"andes.cordee"_s);
    QVERIFY(writeForum(m_forum, declarationForum()));
}

void TstCliSynthesize::htmlAndMarkdownAsTheLibraryWritesThem_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("expected");
    // The forum's first language is Spanish.
    QTest::newRow("html, default language") << QStringList() << u"d.html"_s << u"andean-es.html"_s;
    QTest::newRow("md, default language") << QStringList() << u"d.md"_s << u"andean-es.md"_s;
    QTest::newRow("html fr") << QStringList{u"--lang"_s, u"fr"_s} << u"d-fr.html"_s << u"andean-fr.html"_s;
    QTest::newRow("md en, upper-case extension")
        << QStringList{u"--lang"_s, u"en"_s} << u"D-EN.MD"_s << u"andean-en.md"_s;
    QTest::newRow("md fr by theme") << QStringList{u"--lang"_s, u"fr"_s, u"--by-theme"_s} << u"t.md"_s
                                    << u"andean-fr-by-theme.md"_s;
}

void TstCliSynthesize::htmlAndMarkdownAsTheLibraryWritesThem()
{
    QFETCH(QStringList, options);
    QFETCH(QString, out);
    QFETCH(QString, expected);
    const CliRun run = runCli(QStringList{u"synthesize"_s, m_forum, u"-o"_s, out} + options, m_dir.path());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.startsWith(u"Wrote the declaration"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"4 proposals, 3 sub-points; 7 participants counted"_s));
    QCOMPARE(normalised(QString::fromUtf8(contents(path(out)))), golden(expected));
}

void TstCliSynthesize::pdf()
{
    const CliRun run = runCli(
        {u"synthesize"_s, m_forum, u"-o"_s, u"d.pdf"_s, u"--lang"_s, u"fr"_s, u"--paper"_s, u"letter"_s},
        m_dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(contents(path(u"d.pdf"_s)).startsWith("%PDF-"));
    const QString text = pdftotext(path(u"d.pdf"_s));
    QVERIFY2(text.contains(u"a réuni 7 participants venus de 6 pays et de 4 continents"_s), qPrintable(text));
    QVERIFY(!text.contains(u"REJECTED"_s));
    QVERIFY(!text.contains(u"DRAFT"_s));
    QVERIFY(contents(path(u"d.pdf"_s)).contains("/MediaBox [0 0 612.000000 792.000000]"));
}

void TstCliSynthesize::odt()
{
    const CliRun run = runCli({u"synthesize"_s, m_forum, u"-o"_s, u"d.odt"_s}, m_dir.path());
    QCOMPARE(run.exitCode, 0);
    const QByteArray odt = contents(path(u"d.odt"_s));
    QCOMPARE(odt.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(odt.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
}

void TstCliSynthesize::exportsAreRecorded()
{
    const QString forum = path(u"records.cordee"_s);
    QVERIFY(writeForum(forum, declarationForum()));
    QCOMPARE(
        runCli({u"synthesize"_s, forum, u"-o"_s, u"r.md"_s, u"--lang"_s, u"en"_s}, m_dir.path()).exitCode, 0);
    QCOMPARE(runCli({u"synthesize"_s, forum, u"-o"_s, u"r.html"_s}, m_dir.path()).exitCode, 0);
    QCOMPARE(runCli({u"synthesize"_s, forum, u"-o"_s, u"r.txt"_s}, m_dir.path()).exitCode, 1); // not recorded

    auto db = ForumDatabase::openReadOnly(forum);
    QVERIFY(db);
    const auto records = ExportRecordRepository(db.value()->connection()).loadAll();
    QVERIFY(records);
    QCOMPARE(records->size(), 2);
    QSet<QString> formats;
    for (const ExportRecord &r : *records) {
        formats.insert(r.format + u'/' + r.language);
        QCOMPARE(r.proposalKeys, declarationWrittenKeys());
        QVERIFY(QDir::isAbsolutePath(r.path));
        QVERIFY(r.path.endsWith(u"r."_s + r.format));
        QVERIFY(qAbs(r.exportedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    }
    QCOMPARE(formats, (QSet<QString>{u"md/en"_s, u"html/es"_s}));
}

void TstCliSynthesize::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown extension")
        << QStringList{u"-o"_s, u"d.docx"_s} << 1 << u".pdf, .odt, .html or .md"_s;
    QTest::newRow("no extension") << QStringList{u"-o"_s, u"declaration"_s} << 1 << u"extension"_s;
    QTest::newRow("no output") << QStringList() << 1 << u"-o OUT"_s;
    QTest::newRow("bad language") << QStringList{u"-o"_s, u"d.md"_s, u"--lang"_s, u"de"_s} << 1
                                  << u"--lang is en, fr or es, not \"de\""_s;
    QTest::newRow("bad paper") << QStringList{u"-o"_s, u"d.pdf"_s, u"--paper"_s, u"a5"_s} << 1
                               << u"--paper is a4 or letter"_s;
    QTest::newRow("unknown option") << QStringList{u"-o"_s, u"d.md"_s, u"--colour"_s} << 1 << u"colour"_s;
    QTest::newRow("unwritable output")
        << QStringList{u"-o"_s, u"no/such/folder/d.md"_s} << 2 << u"could not be written"_s;
}

void TstCliSynthesize::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList{u"synthesize"_s, m_forum} + arguments, m_dir.path());
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TstCliSynthesize::notAForum()
{
    QFile text(path(u"notes.cordee"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("These are notes, not a forum.\n");
    text.close();
    const CliRun run = runCli({u"synthesize"_s, u"notes.cordee"_s, u"-o"_s, u"n.md"_s}, m_dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(path(u"n.md"_s)));
    const CliRun missing = runCli({u"synthesize"_s, u"nowhere.cordee"_s, u"-o"_s, u"n.md"_s}, m_dir.path());
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(runCli({u"synthesize"_s, u"-o"_s, u"n.md"_s}, m_dir.path()).exitCode, 1);
}

void TstCliSynthesize::unsupportedFirstLanguageFallsBackToEnglish()
{
    ForumData data = declarationForum();
    data.info.languages = {u"de"_s, u"fr"_s};
    const QString forum = path(u"german.cordee"_s);
    QVERIFY(writeForum(forum, data));
    const CliRun run = runCli({u"synthesize"_s, forum, u"-o"_s, u"g.html"_s}, m_dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"\"de\""_s) && run.err.contains(u"English"_s), qPrintable(run.err));
    QVERIFY(contents(path(u"g.html"_s)).contains("<html lang=\"en\">"));
}

QTEST_GUILESS_MAIN(TstCliSynthesize)
#include "tst_clisynthesize.moc"
