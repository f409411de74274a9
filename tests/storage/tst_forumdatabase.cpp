// Opening and creating forum files: foreign, damaged and newer files are refused without a byte written,
// older ones are migrated after a backup copy.

#include "forumdatabase.h"
#include "forumfile.h"
#include "migrations.h"
#include "participantrepository.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return {};
    return q.value(0);
}

/// Runs `statements` on `path` through a plain QtSql connection, the way another program would.
bool runRaw(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                qWarning() << statement << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA table_info(%1)"_s.arg(table)))
        while (q.next())
            columns << q.value(1).toString();
    return columns;
}

Participant person(const QString &first, const QString &last)
{
    Participant p;
    p.firstName = first;
    p.lastName = last;
    p.country = u"FR"_s;
    return p;
}

ForumData smallForum()
{
    ForumData d;
    d.info.title = u"Forum des Cimes"_s;
    d.themes = {Theme{0, u"T1"_s, u"Impact"_s, {}}, Theme{0, u"T2"_s, u"Finance"_s, {}}};
    for (int i = 0; i < 40; ++i) {
        Participant p = person(u"Prénom%1"_s.arg(i), u"Nom%1"_s.arg(i));
        p.notes = QString(200, QChar(u'a' + i % 26)); // enough text to fill several pages
        p.preferences = {i % 2 ? u"T1"_s : u"T2"_s};
        d.participants << p;
    }
    return d;
}

} // namespace

class TstForumDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void createSetsHeaderAndPragmas();
    void createRefusesExistingFile();
    void openAppliesPragmas();
    void openMissingFile();
    void openTextFileIsRefusedUntouched();
    void openForeignDatabaseIsRefusedUntouched();
    void openNewerFileIsRefusedUntouched();
    void openDamagedFileIsRefusedUntouched();
    void migrationTakesBackupAndAddsColumn();
    void failingMigrationLeavesFileAtOldVersion();
    void backupToWritesStandaloneCopy();
    void backupToOverwritesNonDatabaseFile();
    void backupOntoItselfIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TstForumDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
}

void TstForumDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstForumDatabase::createSetsHeaderAndPragmas()
{
    const QString file = path(u"new.cordee"_s);
    {
        auto db = ForumDatabase::create(file);
        QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
        const QSqlDatabase conn = db.value()->connection();
        QVERIFY(conn.isOpen());
        QCOMPARE(db.value()->schemaVersion(), ForumDatabase::currentSchemaVersion());
        QCOMPARE(pragma(conn, u"user_version"_s).toInt(), ForumDatabase::currentSchemaVersion());
        QCOMPARE(pragma(conn, u"application_id"_s).toInt(), ForumDatabase::ApplicationId);
        QCOMPARE(pragma(conn, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(conn, u"foreign_keys"_s).toInt(), 1);
        QCOMPARE(db.value()->path(), file);
        QVERIFY(columnsOf(conn, u"participant"_s).contains(u"last_name"_s));
    }
    // Closed: the WAL is folded back, and the header on disk says what the pragmas said.
    const QByteArray header = readAll(file).left(100);
    QCOMPARE(header.size(), 100);
    QVERIFY(header.startsWith(QByteArrayLiteral("SQLite format 3\0")));
    QCOMPARE(qFromBigEndian<quint32>(header.constData() + 68), quint32(0x436F7264));
    QCOMPARE(header.mid(68, 4), QByteArrayLiteral("Cord"));
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 60), qint32(ForumDatabase::currentSchemaVersion()));
    QCOMPARE(int(header.at(18)), 2); // WAL is the file's persistent journal mode
    QCOMPARE(int(header.at(19)), 2);
    QVERIFY(ForumDatabase::currentSchemaVersion() >= 1);
}

void TstForumDatabase::createRefusesExistingFile()
{
    const QString file = path(u"existing.cordee"_s);
    const QByteArray content = "notes of the committee\n";
    QVERIFY(writeAll(file, content));
    auto db = ForumDatabase::create(file);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"existing.cordee"_s), qPrintable(db.error().fullText()));
    QCOMPARE(readAll(file), content);

    // A forum is not overwritten either.
    const QString forum = path(u"forum.cordee"_s);
    QVERIFY(ForumDatabase::create(forum).isOk());
    const QByteArray before = readAll(forum);
    QVERIFY(!ForumDatabase::create(forum));
    QCOMPARE(readAll(forum), before);
}

void TstForumDatabase::openAppliesPragmas()
{
    const QString file = path(u"forum.cordee"_s);
    QVERIFY(ForumDatabase::create(file).isOk());
    auto db = ForumDatabase::open(file);
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
    const QSqlDatabase conn = db.value()->connection();
    QCOMPARE(pragma(conn, u"foreign_keys"_s).toInt(), 1);
    QCOMPARE(pragma(conn, u"journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(db.value()->schemaVersion(), ForumDatabase::currentSchemaVersion());
    QVERIFY(!QFile::exists(file + u".v1.bak"_s)); // nothing to migrate, no backup
}

void TstForumDatabase::openMissingFile()
{
    const QString file = path(u"missing.cordee"_s);
    auto db = ForumDatabase::open(file);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"missing.cordee"_s), qPrintable(db.error().fullText()));
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFile::exists(file + u"-wal"_s));
}

void TstForumDatabase::openTextFileIsRefusedUntouched()
{
    const QString file = path(u"notes.cordee"_s);
    QByteArray content = "Participants list\nHélène Dupont;FR\n";
    content += QByteArray(200, 'x'); // longer than a SQLite header
    QVERIFY(writeAll(file, content));
    auto db = ForumDatabase::open(file);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"not a Cordée forum"_s), qPrintable(db.error().fullText()));
    QCOMPARE(readAll(file), content);
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QVERIFY(!QFile::exists(file + u"-shm"_s));

    // A file shorter than the header is no forum either.
    QVERIFY(writeAll(file, "SQLite format 3"));
    QVERIFY(!ForumDatabase::open(file));
    QCOMPARE(readAll(file), QByteArray("SQLite format 3"));
}

void TstForumDatabase::openForeignDatabaseIsRefusedUntouched()
{
    const QString file = path(u"other.sqlite"_s);
    QVERIFY(runRaw(file, {u"CREATE TABLE contacts (name TEXT, email TEXT)"_s,
                          u"INSERT INTO contacts VALUES ('Hélène', 'helene@exemple.fr')"_s}));
    const QByteArray before = readAll(file);
    QVERIFY(before.startsWith("SQLite format 3"));
    auto db = ForumDatabase::open(file);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"not a Cordée forum"_s), qPrintable(db.error().fullText()));
    QCOMPARE(readAll(file), before);
    QVERIFY(!QFile::exists(file + u"-wal"_s));
}

void TstForumDatabase::openNewerFileIsRefusedUntouched()
{
    const QString file = path(u"future.cordee"_s);
    QVERIFY(createForumFile(file, smallForum()).isOk());
    const int newer = ForumDatabase::currentSchemaVersion() + 1;
    QVERIFY(runRaw(file, {u"PRAGMA user_version = %1"_s.arg(newer)}));
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    const QByteArray before = readAll(file);
    QCOMPARE(qFromBigEndian<qint32>(before.constData() + 60), qint32(newer));

    auto db = ForumDatabase::open(file);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"newer"_s), qPrintable(db.error().fullText()));
    QVERIFY2(db.error().message.contains(QString::number(newer)), qPrintable(db.error().fullText()));
    QCOMPARE(readAll(file), before);
    QVERIFY(!QFile::exists(file + u".v%1.bak"_s.arg(newer)));
}

void TstForumDatabase::openDamagedFileIsRefusedUntouched()
{
    const QString file = path(u"damaged.cordee"_s);
    {
        auto db = createForumFile(file, smallForum());
        QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
        QVERIFY(db.value()->checkpoint().isOk());
    }
    QByteArray bytes = readAll(file);
    const int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    QVERIFY(pageSize >= 512);
    QVERIFY2(bytes.size() >= 4 * pageSize, qPrintable(QString::number(bytes.size())));
    // Keep page 1 (the header and the schema) and scramble the middle of every later page.
    const QByteArray header = bytes.left(pageSize);
    for (qsizetype page = pageSize; page + pageSize <= bytes.size(); page += pageSize)
        for (qsizetype i = page + 8; i < page + pageSize - 8; ++i)
            bytes[i] = char((i * 131) ^ 0x5A);
    QVERIFY(bytes.startsWith(header));
    QVERIFY(writeAll(file, bytes));

    auto db = ForumDatabase::open(file);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"damaged"_s), qPrintable(db.error().fullText()));
    QCOMPARE(readAll(file), bytes);
}

void TstForumDatabase::migrationTakesBackupAndAddsColumn()
{
    const int from = ForumDatabase::currentSchemaVersion(); // 1 while the schema has one step
    const int to = from + 1;
    const QString file = path(u"old.cordee"_s);
    {
        auto db = createForumFile(file, smallForum());
        QVERIFY(db.isOk());
    }
    QList<Migration> migrations = schemaMigrations();
    migrations << Migration{to, {u"ALTER TABLE forum ADD COLUMN motto TEXT"_s}};
    QCOMPARE(ForumDatabase::latestVersion(migrations), to);
    const QString backup = file + u".v%1.bak"_s.arg(from);
    QVERIFY(!QFile::exists(backup));
    {
        auto db = ForumDatabase::open(file, migrations);
        QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
        QCOMPARE(db.value()->schemaVersion(), to);
        const QSqlDatabase conn = db.value()->connection();
        QCOMPARE(pragma(conn, u"user_version"_s).toInt(), to);
        QVERIFY(columnsOf(conn, u"forum"_s).contains(u"motto"_s));
        const auto people = ParticipantRepository(conn).loadAll();
        QVERIFY(people.isOk());
        QCOMPARE(people->size(), 40); // the data came through
    }
    QVERIFY(QFile::exists(backup));
    QVERIFY(!QFile::exists(backup + u"-wal"_s));

    // The backup is the file as it was: at the old version, without the new column.
    auto old = ForumDatabase::open(backup);
    QVERIFY2(old, qPrintable(old.isOk() ? QString() : old.error().fullText()));
    QCOMPARE(old.value()->schemaVersion(), from);
    QVERIFY(!columnsOf(old.value()->connection(), u"forum"_s).contains(u"motto"_s));
    const auto people = ParticipantRepository(old.value()->connection()).loadAll();
    QVERIFY(people.isOk());
    QCOMPARE(people->size(), 40);

    // The migrated file now counts as newer for this build.
    QVERIFY(!ForumDatabase::open(file));
}

void TstForumDatabase::failingMigrationLeavesFileAtOldVersion()
{
    const int from = ForumDatabase::currentSchemaVersion();
    const QString file = path(u"old.cordee"_s);
    {
        auto db = createForumFile(file, smallForum());
        QVERIFY(db.isOk());
    }
    QList<Migration> migrations = schemaMigrations();
    migrations << Migration{from + 1, {u"ALTER TABLE forum ADD COLUMN motto TEXT"_s, u"THIS IS NOT SQL"_s}};
    {
        auto db = ForumDatabase::open(file, migrations);
        QVERIFY(!db);
        QVERIFY(!db.error().message.isEmpty());
    }
    auto db = ForumDatabase::open(file);
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
    QCOMPARE(db.value()->schemaVersion(), from);
    // The step is all or nothing: its first statement did not land either.
    QVERIFY(!columnsOf(db.value()->connection(), u"forum"_s).contains(u"motto"_s));
    const auto people = ParticipantRepository(db.value()->connection()).loadAll();
    QVERIFY(people.isOk());
    QCOMPARE(people->size(), 40);
}

void TstForumDatabase::backupToWritesStandaloneCopy()
{
    const QString file = path(u"forum.cordee"_s);
    const QString copy = path(u"copy.cordee"_s);
    auto db = createForumFile(file, smallForum());
    QVERIFY(db.isOk());
    const auto original = ParticipantRepository(db.value()->connection()).loadAll();
    QVERIFY(original.isOk());
    QCOMPARE(original->size(), 40);

    // An older, bigger forum is where the copy goes: it is replaced, not merged.
    {
        ForumData older = smallForum();
        older.info.title = u"Older copy"_s;
        older.participants << older.participants << older.participants;
        QVERIFY(createForumFile(copy, older).isOk());
    }
    const Status s = db.value()->backupTo(copy);
    QVERIFY2(s, qPrintable(s.isOk() ? QString() : s.error().fullText()));
    QVERIFY(!QFile::exists(copy + u"-wal"_s));
    const QByteArray header = readAll(copy).left(100);
    QCOMPARE(qFromBigEndian<quint32>(header.constData() + 68), quint32(ForumDatabase::ApplicationId));

    // The copy opens (while the original is still open) and holds the same people.
    auto other = ForumDatabase::open(copy);
    QVERIFY2(other, qPrintable(other.isOk() ? QString() : other.error().fullText()));
    const auto copied = ParticipantRepository(other.value()->connection()).loadAll();
    QVERIFY(copied.isOk());
    QVERIFY(*copied == *original);
}

// "Overwrites target", says backupTo(): a file in the way that is not a database (a stale export, a
// half-written copy) must be replaced too.
void TstForumDatabase::backupToOverwritesNonDatabaseFile()
{
    const QString file = path(u"forum.cordee"_s);
    const QString copy = path(u"copy.cordee"_s);
    auto db = createForumFile(file, smallForum());
    QVERIFY(db.isOk());
    QVERIFY(writeAll(copy, QByteArray("A text file that happens to be where the copy goes.\n").repeated(20)));
    const Status s = db.value()->backupTo(copy);
    QVERIFY2(s, qPrintable(s.isOk() ? QString() : s.error().fullText()));
    auto other = ForumDatabase::open(copy);
    QVERIFY2(other, qPrintable(other.isOk() ? QString() : other.error().fullText()));
    const auto copied = ParticipantRepository(other.value()->connection()).loadAll();
    QVERIFY(copied.isOk());
    QCOMPARE(copied->size(), 40);
}

// Removing the target first must never remove the forum itself.
void TstForumDatabase::backupOntoItselfIsRefused()
{
    const QString file = path(u"forum.cordee"_s);
    auto db = createForumFile(file, smallForum());
    QVERIFY(db.isOk());
    QVERIFY(!db.value()->backupTo(file));
    QVERIFY(!db.value()->backupTo(QDir(m_dir->path()).filePath(u"./forum.cordee"_s)));
    QVERIFY(QFile::exists(file));
    const auto people = ParticipantRepository(db.value()->connection()).loadAll();
    QVERIFY(people.isOk());
    QCOMPARE(people->size(), 40);
    db.value().reset();
    auto again = ForumDatabase::open(file);
    QVERIFY2(again, qPrintable(again.isOk() ? QString() : again.error().fullText()));
    QCOMPARE(ParticipantRepository(again.value()->connection()).loadAll()->size(), 40);
}

QTEST_GUILESS_MAIN(TstForumDatabase)
#include "tst_forumdatabase.moc"
