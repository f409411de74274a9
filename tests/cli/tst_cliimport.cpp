// `cordee-cli import participants` and `export participants|person` through the real binary: the counts,
// JSON keys and exit codes scripts rely on, and the bad input they must survive.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(CORDEE_CLI_PATH), arguments);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// Four new people (one with a bad e-mail and an unknown country), one demo participant again by e-mail
/// in another case, one row without names; the header is row 1, so the nameless row is row 7.
const QByteArray kMixed = "First name,Last name,E-mail,Organisation,Country,Gender,Languages\n"
                          "Aïssatou,Kaboré,aissatou.kabore@example.org,Coopérative Sahel,Burkina Faso,F,fr\n"
                          "Tomás,Quispe,tomas.quispe@example.org,Red Andina,Pérou,M,es qu\n"
                          "Ngozi,Okafor,not-an-address,Lagos Women Co-op,Atlantis,Female,en\n"
                          "Lars,Berg,lars.berg@example.org,Andel,Norvège,Homme,\"nb, en\"\n"
                          "X,Y,%DEMO%,,,,\n"
                          ",,ghost@example.org,Nobody Ltd,France,,\n";

int participants(const QString &forum)
{
    return json(cli({u"stats"_s, forum, u"--json"_s})).value(u"participants"_s).toInt();
}

} // namespace

class TstCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mixedFileImportsTheGoodAndReportsTheRest();
    void cleanFileExitsZero();
    void dryRunWritesNothing();
    void strictImportsNothingOnProblems();
    void standardInputWithEncodingAndDelimiter();
    void mapOverridesAHeader();
    void unusableSourceExitsTwo_data();
    void unusableSourceExitsTwo();
    void wrongUsageExitsOne_data();
    void wrongUsageExitsOne();
    void exportParticipantsCsv();
    void exportGuardsFormulas();
    void exportPersonJson();

private:
    QByteArray mixed() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_forum;
    QString m_demoEmail;
};

void TstCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_forum = m_dir->filePath(u"forum.cordee"_s);
    QCOMPARE(cli({u"demo"_s, m_forum}).exitCode, 0);
    // A demo participant's e-mail, taken from the export, in upper case to check case-blind matching.
    const Run exported = cli({u"export"_s, u"participants"_s, m_forum, u"-o"_s, u"-"_s});
    QCOMPARE(exported.exitCode, 0);
    m_demoEmail = QString::fromUtf8(exported.out).split(u"\r\n"_s).at(1).section(u',', 2, 2).toUpper();
    QVERIFY(m_demoEmail.contains(u'@'));
}

QByteArray TstCliImport::mixed() const
{
    return QByteArray(kMixed).replace("%DEMO%", m_demoEmail.toUtf8());
}

void TstCliImport::mixedFileImportsTheGoodAndReportsTheRest()
{
    const QString source = m_dir->filePath(u"mixed.csv"_s);
    write(source, mixed());
    const int before = participants(m_forum);
    const Run run = cli({u"import"_s, u"participants"_s, m_forum, source, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject report = json(run);
    QCOMPARE(report.value(u"imported"_s).toInt(), 4);
    QCOMPARE(report.value(u"duplicates"_s).toInt(), 1);
    QCOMPARE(report.value(u"refused"_s).toInt(), 1);
    QVERIFY(report.contains(u"updated"_s));
    const QJsonArray problems = report.value(u"problems"_s).toArray();
    QStringList where;
    for (const QJsonValue &p : problems)
        where << u"%1/%2"_s.arg(p.toObject().value(u"row"_s).toInt())
                     .arg(p.toObject().value(u"column"_s).toString());
    QVERIFY2(where.contains(u"4/E-mail"_s), qPrintable(where.join(u' ')));
    QVERIFY2(where.contains(u"4/Country"_s), qPrintable(where.join(u' ')));
    QVERIFY2(std::any_of(where.cbegin(), where.cend(), [](const QString &w) { return w.startsWith(u"7/"); }),
             qPrintable(where.join(u' ')));
    QCOMPARE(participants(m_forum), before + 4);

    // The same file again: everyone is known now, nobody is created twice.
    const Run again = cli({u"import"_s, u"participants"_s, m_forum, source, u"--json"_s});
    QCOMPARE(json(again).value(u"imported"_s).toInt(), 0);
    QCOMPARE(json(again).value(u"duplicates"_s).toInt(), 5);
    QCOMPARE(participants(m_forum), before + 4);
}

void TstCliImport::cleanFileExitsZero()
{
    const QString source = m_dir->filePath(u"clean.csv"_s);
    write(source, "Prénom;Nom;Courriel;Pays\nÉloïse;Marchand;eloise.marchand@example.fr;Belgique\n");
    const Run run = cli({u"import"_s, u"participants"_s, m_forum, source});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
}

void TstCliImport::dryRunWritesNothing()
{
    const QString source = m_dir->filePath(u"mixed.csv"_s);
    write(source, mixed());
    const int before = participants(m_forum);
    const Run run = cli({u"import"_s, u"participants"_s, m_forum, source, u"--json"_s, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(json(run).value(u"imported"_s).toInt(), 4);
    QCOMPARE(json(run).value(u"written"_s).toBool(), false);
    QCOMPARE(participants(m_forum), before);
}

void TstCliImport::strictImportsNothingOnProblems()
{
    const QString source = m_dir->filePath(u"mixed.csv"_s);
    write(source, mixed());
    const int before = participants(m_forum);
    const Run run = cli({u"import"_s, u"participants"_s, m_forum, source, u"--json"_s, u"--strict"_s});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(json(run).value(u"imported"_s).toInt(), 0);
    QVERIFY(!json(run).value(u"problems"_s).toArray().isEmpty());
    QCOMPARE(participants(m_forum), before);
}

void TstCliImport::standardInputWithEncodingAndDelimiter()
{
    // Windows-1252 bytes: "Hélène" and "Société Coopérative".
    const QByteArray cp1252 =
        "Pr\xe9nom|Nom|Organisme\r\nH\xe9l\xe8ne|Lef\xe8vre|Soci\xe9t\xe9 Coop\xe9rative\r\n";
    const Run run = cli({u"import"_s, u"participants"_s, m_forum, u"-"_s, u"--json"_s, u"--encoding"_s,
                         u"windows-1252"_s, u"--delimiter"_s, u"|"_s},
                        cp1252);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run).value(u"imported"_s).toInt(), 1);
    const Run exported = cli({u"export"_s, u"participants"_s, m_forum, u"-o"_s, u"-"_s});
    QVERIFY(QString::fromUtf8(exported.out).contains(u"Hélène,Lefèvre,,Société Coopérative"_s));
}

void TstCliImport::mapOverridesAHeader()
{
    // Neither "Who" nor "Where from" means anything to the guesser: --map says what they hold.
    const QString source = m_dir->filePath(u"odd.csv"_s);
    write(source, "Who,Surname,Where from\nMoussa,Camara,Guinée\n");
    const Run run = cli({u"import"_s, u"participants"_s, m_forum, source, u"--json"_s, u"--map"_s,
                         u"Who=first_name"_s, u"--map"_s, u"where FROM=country"_s});
    QCOMPARE(run.exitCode, 0);
    const Run exported = cli({u"export"_s, u"participants"_s, m_forum, u"-o"_s, u"-"_s});
    QVERIFY(QString::fromUtf8(exported.out).contains(u"Moussa,Camara,,,GN"_s));
    const Run unknown =
        cli({u"import"_s, u"participants"_s, m_forum, source, u"--map"_s, u"Nope=first_name"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"Nope"_s));
}

void TstCliImport::unusableSourceExitsTwo_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("exists");
    QTest::newRow("missing file") << QByteArray() << false;
    QTest::newRow("empty file") << QByteArray() << true;
    QTest::newRow("blank lines") << QByteArray("\n\n  \n") << true;
    QTest::newRow("no name column") << QByteArray("Colour,Size\nred,4\n") << true;
}

void TstCliImport::unusableSourceExitsTwo()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, exists);
    const QString source = m_dir->filePath(u"bad.csv"_s);
    if (exists)
        write(source, bytes);
    const int before = participants(m_forum);
    const Run run = cli({u"import"_s, u"participants"_s, m_forum, source, u"--json"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"bad.csv"_s));
    QCOMPARE(participants(m_forum), before);
}

void TstCliImport::wrongUsageExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{u"import"_s};
    QTest::newRow("unknown what") << QStringList{u"import"_s, u"sponsors"_s, u"f.cordee"_s, u"s.csv"_s};
    QTest::newRow("no source") << QStringList{u"import"_s, u"participants"_s, u"f.cordee"_s};
    QTest::newRow("long delimiter") << QStringList{u"import"_s, u"participants"_s, u"f"_s,
                                                   u"s"_s,      u"--delimiter"_s,  u";;"_s};
    QTest::newRow("export without -o") << QStringList{u"export"_s, u"participants"_s, u"f.cordee"_s};
    QTest::newRow("export unknown") << QStringList{u"export"_s, u"rooms"_s, u"f.cordee"_s, u"-o"_s, u"x"_s};
    QTest::newRow("person without email")
        << QStringList{u"export"_s, u"person"_s, u"f.cordee"_s, u"-o"_s, u"x"_s};
}

void TstCliImport::wrongUsageExitsOne()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(cli(arguments).exitCode, 1);
}

void TstCliImport::exportParticipantsCsv()
{
    const QString out = m_dir->filePath(u"out.csv"_s);
    const Run run = cli({u"export"_s, u"participants"_s, m_forum, u"-o"_s, out});
    QCOMPARE(run.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(
        lines.first().trimmed(),
        QByteArray("first_name,last_name,email,organization,country,gender,category,languages,preference_1,"
                   "preference_2,preference_3,preference_4,preference_5,roles,status"));
    QCOMPARE(lines.size() - 2, 356); // every participant, cancelled ones too, then the final line break
}

void TstCliImport::exportGuardsFormulas()
{
    const QString source = m_dir->filePath(u"evil.csv"_s);
    write(source, "First name,Last name,Organisation\n=HYPERLINK(\"http://x\"),@SUM(A1),+33 4 50\n");
    QCOMPARE(cli({u"import"_s, u"participants"_s, m_forum, source}).exitCode, 0);
    const Run exported = cli({u"export"_s, u"participants"_s, m_forum, u"-o"_s, u"-"_s});
    const QString text = QString::fromUtf8(exported.out);
    QVERIFY2(text.contains(u"\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),,'+33 4 50"_s),
             qPrintable(text.right(300)));
}

void TstCliImport::exportPersonJson()
{
    const QString out = m_dir->filePath(u"person.json"_s);
    const Run run =
        cli({u"export"_s, u"person"_s, m_forum, u"--email"_s, m_demoEmail.toLower(), u"-o"_s, out});
    QCOMPARE(run.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(u"participant"_s).toObject().value(u"email"_s).toString(), m_demoEmail.toLower());
    QVERIFY(root.value(u"theme_preferences"_s).isArray());
    const Run unknown =
        cli({u"export"_s, u"person"_s, m_forum, u"--email"_s, u"nobody@nowhere.example"_s, u"-o"_s, out});
    QCOMPARE(unknown.exitCode, 2);
}

QTEST_GUILESS_MAIN(TstCliImport)
#include "tst_cliimport.moc"
