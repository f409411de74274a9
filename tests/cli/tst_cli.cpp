// Drives the real cordee-cli binary: exit codes, messages and JSON keys are a contract with users' scripts.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cordee::test::CliRun;
using cordee::test::contents;
using cordee::test::runCli;
using cordee::test::words;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(CORDEE_FIXTURES_DIR "/forum-json/") + name;
}

int sumOf(const QJsonObject &object)
{
    int sum = 0;
    for (auto it = object.begin(); it != object.end(); ++it)
        sum += it.value().toInt();
    return sum;
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void helpExitsZero_data();
    void helpExitsZero();
    void wrongUsageExitsOne_data();
    void wrongUsageExitsOne();
    void version();

    void demoThenStatsJson();
    void statsText();
    void refusesExistingFile_data();
    void refusesExistingFile();
    void newWithTitle();
    void newFromGoodJson();
    void newFromBadJson_data();
    void newFromBadJson();
    void statsRefusesUnusableFile_data();
    void statsRefusesUnusableFile();

    void benchText();
    void benchJson();

private:
    CliRun cli(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void createForeignDatabase(const QString &file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCli::init()
{
    // Each test function (and each data row) works in a fresh folder.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TstCli::cli(const QStringList &arguments) const
{
    return runCli(arguments, m_dir->path());
}

void TstCli::createForeignDatabase(const QString &file) const
{
    const QString connection = u"tst_cli_foreign"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE recipe (name TEXT, servings INTEGER)"_s));
        QVERIFY(q.exec(u"INSERT INTO recipe VALUES ('Tartiflette', 4)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TstCli::helpExitsZero_data()
{
    QTest::addColumn<QStringList>("arguments");
    for (const char *line : {"--help", "-h", "help", "new --help", "new -h", "help new", "demo --help",
                             "demo -h", "help demo", "stats --help", "stats -h", "help stats", "bench --help",
                             "bench -h", "help bench", "bench participants --help"})
        QTest::newRow(line) << words(line);
}

void TstCli::helpExitsZero()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Usage: cordee-cli "_s), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TstCli::wrongUsageExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no arguments") << QStringList{};
    QTest::newRow("unknown command") << words("frobnicate");
    QTest::newRow("unknown option") << words("--frobnicate");
    QTest::newRow("help on unknown command") << words("help frobnicate");
    QTest::newRow("--version with argument") << words("--version now");
    QTest::newRow("new: unknown option") << words("new a.cordee --title T --colour red");
    QTest::newRow("new: no file") << words("new --title T");
    QTest::newRow("new: neither --title nor --from") << words("new a.cordee");
    QTest::newRow("new: both --title and --from") << words("new a.cordee --title T --from f.json");
    QTest::newRow("new: --title without value") << words("new a.cordee --title");
    QTest::newRow("new: two files") << words("new a.cordee b.cordee --title T");
    QTest::newRow("demo: no file") << words("demo");
    QTest::newRow("demo: two files") << words("demo a.cordee b.cordee");
    QTest::newRow("demo: unknown option") << words("demo a.cordee --force");
    QTest::newRow("stats: no file") << words("stats");
    QTest::newRow("stats: unknown option") << words("stats a.cordee --xml");
    QTest::newRow("stats: two files") << words("stats a.cordee b.cordee");
    QTest::newRow("bench: unknown benchmark") << words("bench frobnication");
    QTest::newRow("bench: unknown option") << words("bench --fast");
    QTest::newRow("bench: zero participants") << words("bench --participants 0");
    QTest::newRow("bench: participants not a number") << words("bench --participants many");
    QTest::newRow("bench: zero runs") << words("bench --runs 0");
    QTest::newRow("bench: --runs without value") << words("bench --runs");
}

void TstCli::wrongUsageExitsOne()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Usage: cordee-cli"_s), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY(!QFile::exists(path(u"a.cordee"_s)));
}

void TstCli::version()
{
    for (const QString &option : {u"--version"_s, u"-v"_s}) {
        const CliRun run = cli({option});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("cordee-cli " CORDEE_VERSION "\n"));
        QVERIFY(run.err.isEmpty());
    }
}

void TstCli::demoThenStatsJson()
{
    const CliRun demo = cli(words("demo demo.cordee"));
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.out.startsWith(u"Created demo.cordee: \""_s), qPrintable(demo.out));
    QVERIFY2(demo.err.isEmpty(), qPrintable(demo.err));

    const CliRun stats = cli(words("stats demo.cordee --json"));
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.err.isEmpty(), qPrintable(stats.err)); // no Qt debug noise
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!json[u"title"].toString().isEmpty());
    QCOMPARE(json[u"participants"].toInt(-1), 350);
    QCOMPARE(json[u"countries"].toInt(-1), 45);
    QCOMPARE(json[u"continents"].toInt(-1), 5);
    // The demo comes with its workshops formed: three slots of them.
    const int workshops = json[u"workshops"].toInt(-1);
    QVERIFY2(workshops >= 3 * 24 && workshops % 3 == 0, qPrintable(QString::number(workshops)));
    // And two to four proposals of their own each (sub-points are not counted).
    const int proposals = json[u"proposals"].toInt(-1);
    QVERIFY2(proposals >= 2 * workshops, qPrintable(QString::number(proposals)));

    const QJsonObject continents = json[u"by_continent"].toObject();
    QCOMPARE(continents.keys(), words("africa americas asia europe oceania"));
    const QJsonObject genders = json[u"by_gender"].toObject();
    QCOMPARE(genders.keys(), words("F M X not_stated"));
    const QJsonObject categories = json[u"by_category"].toObject();
    QVERIFY(categories.contains(u"unspecified"_s));
    QVERIFY(categories.contains(u"sse_entrepreneur"_s));
    const QJsonObject countries = json[u"by_country"].toObject();
    QCOMPARE(countries.size(), 45);
    QVERIFY(countries.contains(u"FR"_s));
    for (const QJsonObject &breakdown : {continents, genders, categories, countries})
        QCOMPARE(sumOf(breakdown), 350);
}

void TstCli::statsText()
{
    QCOMPARE(cli(words("demo demo.cordee")).exitCode, 0);
    const CliRun stats = cli(words("stats demo.cordee"));
    QCOMPARE(stats.exitCode, 0);
    QVERIFY2(stats.err.isEmpty(), qPrintable(stats.err));
    const QStringList lines = stats.out.split(u'\n');
    QCOMPARE(lines.constFirst(), u"350 participants · 45 countries · 5 continents"_s);
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [](const QString &l) {
                             return l.contains(u" workshops · "_s) && l.endsWith(u" proposals"_s) &&
                                    !l.startsWith(u'0') && !l.contains(u"· 0 proposals"_s);
                         }),
             qPrintable(stats.out));
    QVERIFY(stats.out.contains(u"France (FR)"_s));
    QVERIFY(stats.out.contains(u"Oceania"_s));
}

void TstCli::refusesExistingFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("demo twice") << words("demo forum.cordee");
    QTest::newRow("new --title") << words("new forum.cordee --title Other");
    QTest::newRow("new --from") << QStringList{u"new"_s, u"forum.cordee"_s, u"--from"_s,
                                               fixture(u"good.json"_s)};
}

void TstCli::refusesExistingFile()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(cli(words("demo forum.cordee")).exitCode, 0);
    const QByteArray before = contents(path(u"forum.cordee"_s));
    const CliRun again = cli(arguments);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"forum.cordee"_s), qPrintable(again.err));
    QVERIFY(again.out.isEmpty());
    QCOMPARE(contents(path(u"forum.cordee"_s)), before);
}

void TstCli::newWithTitle()
{
    const QString title = u"Forum des Cimes — édition 2027"_s;
    const CliRun created = cli({u"new"_s, u"cimes.cordee"_s, u"--title"_s, title});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out, u"Created cimes.cordee: \"%1\"\n"_s.arg(title));
    for (const char *suffix : {"-wal", "-shm"})
        QVERIFY(!QFile::exists(path(u"cimes.cordee"_s + QLatin1String(suffix))));

    const CliRun stats = cli(words("stats cimes.cordee --json"));
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QCOMPARE(json[u"title"].toString(), title);
    QCOMPARE(json[u"participants"].toInt(-1), 0);
    QCOMPARE(json[u"countries"].toInt(-1), 0);
    QCOMPARE(json[u"workshops"].toInt(-1), 0);
    QCOMPARE(sumOf(json[u"by_continent"].toObject()), 0);
}

void TstCli::newFromGoodJson()
{
    const CliRun created = cli({u"new"_s, u"andes.cordee"_s, u"--from"_s, fixture(u"good.json"_s)});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(created.out.startsWith(u"Created andes.cordee: \"Andes–Alps Forum"_s));

    const CliRun stats = cli(words("stats andes.cordee --json"));
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QCOMPARE(json[u"title"].toString(), u"Andes–Alps Forum of the Social and Solidarity Economy"_s);
    QCOMPARE(json[u"workshops"].toInt(-1), 6);
    QCOMPARE(json[u"proposals"].toInt(-1), 0);
    QCOMPARE(json[u"participants"].toInt(-1), 0);

    // The declaration's texts came along, each language with its own wording.
    for (const auto &[language, patronage, title] :
         {std::tuple{u"es"_s, u"Esta tercera edición se celebró"_s, u"Gobernadora Regional del Cusco"_s},
          std::tuple{u"en"_s, u"This third edition was held"_s, u"Regional Governor of Cusco"_s}}) {
        const QString out = path(u"andes-"_s + language + u".md"_s);
        const CliRun synthesized =
            cli({u"synthesize"_s, u"andes.cordee"_s, u"-o"_s, out, u"--lang"_s, language});
        QVERIFY2(synthesized.exitCode == 0, qPrintable(synthesized.err));
        const QString md = QString::fromUtf8(contents(out));
        QVERIFY2(md.contains(patronage), qPrintable(md));
        QVERIFY2(md.contains(title), qPrintable(md));
    }
}

void TstCli::newFromBadJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key") << u"bad-unknown-key.json"_s << u"titel: unknown key"_s;
    QTest::newRow("missing title") << u"bad-missing-title.json"_s << u"title: is required"_s;
    QTest::newRow("dates out of order") << u"bad-dates.json"_s << u"end: the forum ends before it starts"_s;
    QTest::newRow("unknown room") << u"bad-room.json"_s << u"workshops[3].room: no room \"R9\""_s;
    QTest::newRow("unknown theme") << u"bad-theme.json"_s << u"workshops[1].theme: no theme \"T9\""_s;
    QTest::newRow("unknown slot") << u"bad-slot.json"_s << u"workshops[0].slot: no slot \"D9-W9\""_s;
    QTest::newRow("room of capacity 0") << u"bad-capacity.json"_s << u"rooms[2].capacity: "_s;
    QTest::newRow("malformed JSON") << u"bad-malformed.json"_s << u"not valid JSON at line 4"_s;
    QTest::newRow("missing JSON file") << u"nowhere.json"_s << u"no such file"_s;
}

void TstCli::newFromBadJson()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString json = fixture(file);
    const CliRun run = cli({u"new"_s, u"bad.cordee"_s, u"--from"_s, json});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.contains(json + u": "_s + expected), qPrintable(run.err));
    // One line per problem, each "FORUM.json: path: message".
    for (const QString &line : run.err.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(line.startsWith(json + u": "_s), qPrintable(line));
    for (const char *suffix : {"", "-wal", "-shm"})
        QVERIFY(!QFile::exists(path(u"bad.cordee"_s + QLatin1String(suffix))));
}

void TstCli::statsRefusesUnusableFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content"); ///< empty: no file; "sqlite": a database that is not a forum
    QTest::newRow("missing file") << u"missing.cordee"_s << QByteArray();
    QTest::newRow("text file") << u"notes.txt"_s << QByteArray("Participants: Maria, Amadou, Hélène\n");
    QTest::newRow("one-byte file") << u"tiny.cordee"_s << QByteArray("\n");
    QTest::newRow("foreign SQLite database") << u"recipes.sqlite"_s << QByteArray("sqlite");
}

void TstCli::statsRefusesUnusableFile()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    if (content == "sqlite") {
        createForeignDatabase(path(file));
        if (QTest::currentTestFailed())
            return;
    } else if (!content.isEmpty()) {
        QFile f(path(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = contents(path(file));

    const CliRun run = cli({u"stats"_s, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(u"cordee-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(file), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one message, no Qt noise
    // A refused file is left exactly as it was.
    QCOMPARE(contents(path(file)), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), content.isEmpty() ? 0 : 1);
}

void TstCli::benchText()
{
    const CliRun run = cli(words("bench --participants 500 --runs 2"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.contains(u"500 participants, 2 runs"_s));
    const QStringList measured = run.out.split(u'\n').filter(u"median"_s);
    QCOMPARE(measured.size(), 2);
    for (const QString &line : measured)
        QVERIFY2(line.contains(u"goal <"_s) &&
                     (line.endsWith(u"within goal"_s) || line.endsWith(u"over goal"_s)),
                 qPrintable(line));
}

void TstCli::benchJson()
{
    const CliRun run = cli(words("bench participants --participants 300 --runs 2 --json"));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json[u"benchmark"].toString(), u"participants"_s);
    QCOMPARE(json[u"participants"].toInt(), 300);
    QCOMPARE(json[u"runs"].toInt(), 2);
    const QJsonArray measurements = json[u"measurements"].toArray();
    QCOMPARE(measurements.size(), 2);
    QCOMPARE(measurements.at(0)[u"name"_s].toString(), u"open_participants"_s);
    QCOMPARE(measurements.at(1)[u"name"_s].toString(), u"filter_keystroke"_s);
    QCOMPARE(measurements.at(0)[u"samples_ms"_s].toArray().size(), 2);
    for (const QJsonValue &m : measurements) {
        const double median = m[u"median_ms"_s].toDouble(-1);
        QVERIFY(m[u"min_ms"_s].toDouble(-1) <= median);
        QVERIFY(median <= m[u"max_ms"_s].toDouble(-1));
        QVERIFY(m[u"goal_ms"_s].toDouble() > 0);
        QVERIFY(m[u"within_goal"_s].isBool());
    }
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
