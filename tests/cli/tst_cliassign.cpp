// Drives the real cordee-cli through assign, check and export assignments: option names, JSON keys, CSV
// columns and exit codes are a contract with users' scripts.

#include "forumfile.h"

#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using cordee::test::CliRun;
using cordee::test::contents;
using cordee::test::runCli;
using cordee::test::words;

namespace {

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(text));
    return json;
}

/// Seven people and workshops of exactly five: no plan can exist.
cordee::ForumData impossibleForum()
{
    cordee::ForumData d;
    d.info.title = u"Impossible"_s;
    d.info.workshopMin = d.info.workshopMax = 5;
    d.themes = {cordee::Theme{0, u"T1"_s, u"Impact"_s, {}}};
    d.rooms = {cordee::Room{0, u"R1"_s, u"Salle 1"_s, 20}, cordee::Room{0, u"R2"_s, u"Salle 2"_s, 20}};
    d.timeSlots = {cordee::TimeSlot{
        0, u"W1"_s, QDate(2027, 3, 1), QTime(10, 0), QTime(12, 0), cordee::SlotKind::Workshops, {}, {}}};
    for (int i = 0; i < 7; ++i) {
        cordee::Participant p;
        p.firstName = QStringLiteral("P%1").arg(i);
        p.languages = {u"en"_s};
        d.participants << p;
    }
    return d;
}

} // namespace

class TstCliAssign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void assignJsonOnDemo();
    void checkAfterAssign();
    void assignText();
    void exportAssignments();
    void assignOneSlot();
    void unknownSlotExitsTwo();
    void infeasibleExitsTwoAndWritesNothing();
    void checkWithoutWorkshopsExitsThree();
    void wrongUsageExitsOne_data();
    void wrongUsageExitsOne();
    void helpDocumentsExitCodes();

private:
    CliRun cli(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    QTemporaryDir m_demoDir; ///< one formed demo forum, copied by each test
    std::unique_ptr<QTemporaryDir> m_dir;
};

CliRun TstCliAssign::cli(const QStringList &arguments) const
{
    return runCli(arguments, m_dir ? m_dir->path() : m_demoDir.path());
}

void TstCliAssign::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_demoDir.isValid());
    const CliRun demo = cli(words("demo demo.cordee"));
    QVERIFY(demo.finished);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TstCliAssign::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QFile::copy(m_demoDir.filePath(u"demo.cordee"_s), path(u"demo.cordee"_s)));
}

void TstCliAssign::assignJsonOnDemo()
{
    const CliRun run = cli(words("assign demo.cordee --json --seed 5 --time-limit 3"));
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject json = parseObject(run.out);
    for (const char *key :
         {"hard_violations", "objective", "violations", "preference_profile", "repeated_themes", "pairs",
          "lone_gender_workshops", "repeated_pairs", "workshops", "placements"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json[u"hard_violations"].toInt(-1), 0);
    QVERIFY(json[u"objective"].isDouble());
    QVERIFY(json[u"objective"].toDouble() > 0);
    QVERIFY(json[u"violations"].toArray().isEmpty());
    const QJsonObject profile = json[u"preference_profile"].toObject();
    QCOMPARE(profile.keys(), words("fifth first fourth second third unranked"));
    int placed = 0;
    for (const QJsonValue v : profile)
        placed += v.toInt();
    QCOMPARE(placed, json[u"placements"].toInt());
    QVERIFY(profile[u"first"].toInt() > profile[u"unranked"].toInt());
    const QJsonObject pairs = json[u"pairs"].toObject();
    QCOMPARE(pairs.keys(), words("category continent country gender organisation"));
    for (const QJsonValue v : pairs) {
        QVERIFY(v.toObject().contains(u"pairs"_s));
        QVERIFY(v.toObject()[u"bound"].toInt(-1) >= 0);
    }
    QVERIFY(json[u"workshops"].toInt() > 0);
    QVERIFY(json[u"placements"].toInt() > 900); // about 340 people in 3 slots
}

void TstCliAssign::checkAfterAssign()
{
    QCOMPARE(cli(words("assign demo.cordee --time-limit 2")).exitCode, 0);
    const CliRun check = cli(words("check demo.cordee --json"));
    QCOMPARE(check.exitCode, 0);
    const QJsonObject json = parseObject(check.out);
    QCOMPARE(json[u"hard_violations"].toInt(-1), 0);
    QVERIFY(json[u"violations"].toArray().isEmpty());
    QCOMPARE(cli(words("check demo.cordee")).exitCode, 0);
}

void TstCliAssign::assignText()
{
    const CliRun run = cli(words("assign demo.cordee --time-limit 2"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Formed 3 workshop slots (D1-W1, D2-W2, D2-W3)."_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Every rule holds."_s));
    QVERIFY(run.out.contains(u"Objective F: "_s));
}

void TstCliAssign::exportAssignments()
{
    const CliRun check = cli(words("check demo.cordee --json"));
    QCOMPARE(check.exitCode, 0); // the demo comes with its workshops formed
    const int placements = parseObject(check.out)[u"placements"].toInt();
    QVERIFY(placements > 0);

    const CliRun run = cli(words("export assignments demo.cordee -o out.csv"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray bytes = contents(path(u"out.csv"_s));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.takeLast(), QString()); // the last line ends too
    QCOMPARE(lines.takeFirst(), u"email,slot,workshop,theme,room"_s);
    QCOMPARE(lines.size(), placements);
    QStringList previous;
    for (const QString &line : std::as_const(lines)) {
        const QStringList cells = line.split(u',');
        QCOMPARE(cells.size(), 5);
        QVERIFY(!cells.at(3).isEmpty() && !cells.at(4).isEmpty()); // demo workshops have a theme and a room
        if (!previous.isEmpty())
            QVERIFY2(std::tie(previous[1], previous[2], previous[0]) <=
                         std::tie(cells[1], cells[2], cells[0]),
                     qPrintable(line));
        previous = cells;
    }
}

void TstCliAssign::assignOneSlot()
{
    const CliRun run = cli(words("assign demo.cordee --slot D2-W3 --json --time-limit 2"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parseObject(run.out)[u"hard_violations"].toInt(-1), 0);
    QCOMPARE(cli(words("check demo.cordee")).exitCode, 0);
}

void TstCliAssign::unknownSlotExitsTwo()
{
    // The file is read before the slot can be looked up: an unknown slot is an input that cannot be used.
    for (const char *line : {"assign demo.cordee --slot D9-W9", "assign demo.cordee --slot D1-CONF"}) {
        const QByteArray before = contents(path(u"demo.cordee"_s));
        const CliRun run = cli(words(line));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(words(line).last()), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(contents(path(u"demo.cordee"_s)), before);
    }
}

void TstCliAssign::infeasibleExitsTwoAndWritesNothing()
{
    {
        auto db = cordee::createForumFile(path(u"impossible.cordee"_s), impossibleForum());
        QVERIFY(db);
    }
    const QByteArray before = contents(path(u"impossible.cordee"_s));
    const CliRun run = cli(words("assign impossible.cordee --json"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(u"cordee-cli: "_s) && run.err.size() > 20, qPrintable(run.err));
    QCOMPARE(contents(path(u"impossible.cordee"_s)), before);
    const CliRun check = cli(words("check impossible.cordee --json"));
    QCOMPARE(check.exitCode, 3);
    QCOMPARE(parseObject(check.out)[u"workshops"].toInt(-1), 0);
}

void TstCliAssign::checkWithoutWorkshopsExitsThree()
{
    {
        auto db = cordee::createForumFile(path(u"empty.cordee"_s), impossibleForum());
        QVERIFY(db);
    }
    const CliRun run = cli(words("check empty.cordee"));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.contains(u"7 rules broken:"_s));
}

void TstCliAssign::wrongUsageExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("assign: no file") << words("assign");
    QTest::newRow("assign: two files") << words("assign demo.cordee b.cordee");
    QTest::newRow("assign: unknown option") << words("assign demo.cordee --fast");
    QTest::newRow("assign: seed not a number") << words("assign demo.cordee --seed many");
    QTest::newRow("assign: negative seed") << words("assign demo.cordee --seed -3");
    QTest::newRow("assign: zero time limit") << words("assign demo.cordee --time-limit 0");
    QTest::newRow("assign: time limit not a number") << words("assign demo.cordee --time-limit soon");
    QTest::newRow("assign: --slot without value") << words("assign demo.cordee --slot");
    QTest::newRow("check: no file") << words("check");
    QTest::newRow("check: two files") << words("check demo.cordee b.cordee");
    QTest::newRow("check: unknown option") << words("check demo.cordee --xml");
    QTest::newRow("export assignments: no output") << words("export assignments demo.cordee");
    QTest::newRow("export: unknown kind") << words("export workshops demo.cordee -o x.csv");
}

void TstCliAssign::wrongUsageExitsOne()
{
    QFETCH(QStringList, arguments);
    const QByteArray before = contents(path(u"demo.cordee"_s));
    const CliRun run = cli(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Usage: cordee-cli"_s), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(contents(path(u"demo.cordee"_s)), before);
}

void TstCliAssign::helpDocumentsExitCodes()
{
    const CliRun check = cli(words("check --help"));
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.simplified().contains(u"3 some rules are broken"_s), qPrintable(check.out));
    const CliRun assign = cli(words("help assign"));
    QCOMPARE(assign.exitCode, 0);
    for (const char *option : {"--slot", "--seed", "--time-limit", "--json"})
        QVERIFY2(assign.out.contains(QLatin1String(option)), option);
    const CliRun general = cli(words("--help"));
    QVERIFY(general.out.contains(u"assign"_s) && general.out.contains(u"check"_s));
}

QTEST_GUILESS_MAIN(TstCliAssign)
#include "tst_cliassign.moc"
