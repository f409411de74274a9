// `cordee-cli import proposals` and `export proposals` through the real binary: counts, JSON keys and exit
// codes are a contract with scripts; a bad file writes nothing; an export imports back byte for byte.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cordee::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CORDEE_FIXTURES_DIR "/proposals/") + name;
}

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TstCliProposals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importReportsCountsAsJson();
    void exportImportsBackByteForByte();
    void reimportChangesNothing();
    void badFileWritesNothing_data();
    void badFileWritesNothing();
    void warningsAloneStillImport();
    void dryRunWritesNothing();
    void unusableExitsTwo_data();
    void unusableExitsTwo();
    void wrongUsageExitsOne_data();
    void wrongUsageExitsOne();
    void helpDocumentsTheColumns();

private:
    CliRun cli(const QStringList &arguments) const { return runCli(arguments, m_dir->path()); }
    /// A new forum file from the proposals' forum fixture (workshops W1-FIN, W1-COM; themes T1, T2).
    QString newForum(const QString &name) const;
    int proposalCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_forum;
};

void TstCliProposals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_forum = newForum(u"forum.cordee"_s);
}

QString TstCliProposals::newForum(const QString &name) const
{
    const QString path = m_dir->filePath(name);
    const CliRun run = cli({u"new"_s, path, u"--from"_s, fixture(u"forum.json"_s)});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return path;
}

int TstCliProposals::proposalCount() const
{
    return json(cli({u"stats"_s, m_forum, u"--json"_s})).value(u"proposals"_s).toInt(-1);
}

void TstCliProposals::importReportsCountsAsJson()
{
    const CliRun run = cli({u"import"_s, u"proposals"_s, m_forum, fixture(u"good.csv"_s), u"--json"_s});
    QVERIFY2(run.finished, qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = json(run);
    for (const QString &key : {u"imported"_s, u"updated"_s, u"unchanged"_s, u"refused"_s, u"problems"_s,
                               u"rows"_s, u"encoding"_s, u"written"_s, u"dry_run"_s})
        QVERIFY2(report.contains(key), qPrintable(key));
    QCOMPARE(report.value(u"imported"_s).toInt(), 7);
    QCOMPARE(report.value(u"refused"_s).toInt(), 0);
    QCOMPARE(report.value(u"written"_s).toBool(), true);
    QVERIFY(report.value(u"problems"_s).toArray().isEmpty());
    // Sub-points are not counted as proposals of their own.
    QCOMPARE(proposalCount(), 5);

    const CliRun text =
        cli({u"import"_s, u"proposals"_s, newForum(u"text.cordee"_s), fixture(u"good.csv"_s)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"7"_s), qPrintable(text.out));
}

void TstCliProposals::exportImportsBackByteForByte()
{
    QCOMPARE(cli({u"import"_s, u"proposals"_s, m_forum, fixture(u"good.csv"_s)}).exitCode, 0);
    const QString first = m_dir->filePath(u"first.csv"_s);
    const CliRun exported = cli({u"export"_s, u"proposals"_s, m_forum, u"-o"_s, first});
    QCOMPARE(exported.exitCode, 0);
    const QByteArray bytes = contents(first);
    QVERIFY(
        bytes.startsWith("\xEF\xBB\xBF"
                         "key,workshop,text,status,order,parent,theme,tags,support,merged_into,sources\r\n"));

    const QString other = newForum(u"other.cordee"_s);
    QCOMPARE(cli({u"import"_s, u"proposals"_s, other, first}).exitCode, 0);
    const QString second = m_dir->filePath(u"second.csv"_s);
    QCOMPARE(cli({u"export"_s, u"proposals"_s, other, u"-o"_s, second}).exitCode, 0);
    QCOMPARE(contents(second), bytes);
    // To standard output as well.
    const CliRun out = cli({u"export"_s, u"proposals"_s, other, u"-o"_s, u"-"_s});
    QCOMPARE(out.exitCode, 0);
    QVERIFY(out.out.contains(u"P-0004,W1-COM,Give communities"_s));
}

void TstCliProposals::reimportChangesNothing()
{
    QCOMPARE(cli({u"import"_s, u"proposals"_s, m_forum, fixture(u"good.csv"_s)}).exitCode, 0);
    const CliRun run = cli({u"import"_s, u"proposals"_s, m_forum, fixture(u"good.csv"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(u"imported"_s).toInt(), 0);
    QCOMPARE(json(run).value(u"unchanged"_s).toInt(), 7);
    QCOMPARE(proposalCount(), 5);
}

void TstCliProposals::badFileWritesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::newRow("unknown workshop") << u"bad-workshop.csv"_s << 3;
    QTest::newRow("bad status") << u"bad-status.csv"_s << 2;
    QTest::newRow("order") << u"bad-order.csv"_s << 2;
    QTest::newRow("unknown parent") << u"unknown-parent.csv"_s << 3;
    QTest::newRow("parent cycle") << u"parent-cycle.csv"_s << 2;
    QTest::newRow("duplicate key") << u"duplicate-keys.csv"_s << 4;
    QTest::newRow("empty text") << u"empty-text.csv"_s << 3;
    QTest::newRow("tags") << u"bad-tags.csv"_s << 2;
    QTest::newRow("support") << u"bad-support.csv"_s << 2;
    QTest::newRow("merged into") << u"merged-not-merged.csv"_s << 2;
}

void TstCliProposals::badFileWritesNothing()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    const CliRun run = cli({u"import"_s, u"proposals"_s, m_forum, fixture(file), u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject report = json(run);
    QCOMPARE(report.value(u"written"_s).toBool(), false);
    QCOMPARE(report.value(u"imported"_s).toInt(), 0);
    QVERIFY(report.value(u"refused"_s).toInt() >= 1);
    const QJsonObject problem = report.value(u"problems"_s).toArray().first().toObject();
    QCOMPARE(problem.value(u"row"_s).toInt(), row);
    QCOMPARE(problem.value(u"severity"_s).toString(), u"refused"_s);
    QVERIFY(!problem.value(u"message"_s).toString().isEmpty());
    QCOMPARE(proposalCount(), 0);

    const CliRun text = cli({u"import"_s, u"proposals"_s, m_forum, fixture(file)});
    QCOMPARE(text.exitCode, 3);
    QVERIFY2(text.out.contains(u"row %1"_s.arg(row)), qPrintable(text.out));
}

void TstCliProposals::warningsAloneStillImport()
{
    const QString source = m_dir->filePath(u"extra.csv"_s);
    QFile f(source);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("key,workshop,text,notes\nP-1,W1-FIN,Un texte,to check\n");
    f.close();
    const CliRun run = cli({u"import"_s, u"proposals"_s, m_forum, source, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(json(run).value(u"written"_s).toBool(), true);
    QCOMPARE(json(run).value(u"problems"_s).toArray().first().toObject().value(u"severity"_s).toString(),
             u"warning"_s);
    QCOMPARE(proposalCount(), 1);
}

void TstCliProposals::dryRunWritesNothing()
{
    const CliRun run =
        cli({u"import"_s, u"proposals"_s, m_forum, fixture(u"good.csv"_s), u"--json"_s, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(u"written"_s).toBool(), false);
    QCOMPARE(json(run).value(u"dry_run"_s).toBool(), true);
    QCOMPARE(json(run).value(u"imported"_s).toInt(), 7);
    QCOMPARE(proposalCount(), 0);
}

void TstCliProposals::unusableExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("missing source") << QStringList{u"import"_s, u"proposals"_s, u"forum.cordee"_s,
                                                   u"nope.csv"_s};
    QTest::newRow("no key column") << QStringList{u"import"_s, u"proposals"_s, u"forum.cordee"_s,
                                                  fixture(u"no-key-column.csv"_s)};
    QTest::newRow("missing forum") << QStringList{u"import"_s, u"proposals"_s, u"nope.cordee"_s,
                                                  fixture(u"good.csv"_s)};
    QTest::newRow("export missing forum")
        << QStringList{u"export"_s, u"proposals"_s, u"nope.cordee"_s, u"-o"_s, u"-"_s};
}

void TstCliProposals::unusableExitsTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(proposalCount(), 0);
}

void TstCliProposals::wrongUsageExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no source") << QStringList{u"import"_s, u"proposals"_s, u"forum.cordee"_s};
    QTest::newRow("strict") << QStringList{u"import"_s, u"proposals"_s, u"forum.cordee"_s, u"a.csv"_s,
                                           u"--strict"_s};
    QTest::newRow("map") << QStringList{u"import"_s, u"proposals"_s, u"forum.cordee"_s,
                                        u"a.csv"_s,  u"--map"_s,     u"A=key"_s};
    QTest::newRow("export without -o") << QStringList{u"export"_s, u"proposals"_s, u"forum.cordee"_s};
    QTest::newRow("unknown what") << QStringList{u"import"_s, u"ideas"_s, u"forum.cordee"_s, u"a.csv"_s};
}

void TstCliProposals::wrongUsageExitsOne()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
}

void TstCliProposals::helpDocumentsTheColumns()
{
    const CliRun import = cli({u"import"_s, u"--help"_s});
    QCOMPARE(import.exitCode, 0);
    for (const QString &word : {u"import proposals"_s, u"parent"_s, u"merged_into"_s,
                                u"sdg:8;sdg:12;actor:UNDP"_s, u"Exit codes"_s})
        QVERIFY2(import.out.contains(word), qPrintable(word));
    const CliRun exportHelp = cli({u"export"_s, u"--help"_s});
    QVERIFY(exportHelp.out.contains(u"export proposals"_s));
    QVERIFY(exportHelp.out.contains(u"sources"_s));
}

QTEST_GUILESS_MAIN(TstCliProposals)
#include "tst_cliproposals.moc"
