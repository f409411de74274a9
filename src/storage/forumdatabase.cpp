#include "forumdatabase.h"

#include "sqlcheck.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

namespace cordee {

namespace {

// The translation context of this file's messages (lupdate reads Storage::tr the same way).
struct Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// What the first 100 bytes of a SQLite file say, read before SQLite touches it so a foreign file is
// refused without a single byte written.
struct Header
{
    bool isSqlite = false;
    int userVersion = 0;
    int applicationId = 0;
};

Header readHeader(const QString &path)
{
    Header h;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return h;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.isSqlite = true;
    h.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    h.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return h;
}

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// Files are named as the user gave them (a folder, a relative path), so the message says which one.
Error fileError(const QString &path, const QString &message, const QString &detail = {})
{
    return Error{message.arg(QDir::toNativeSeparators(path)), detail};
}

} // namespace

int ForumDatabase::latestVersion(const QList<Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

int ForumDatabase::currentSchemaVersion()
{
    return latestVersion(schemaMigrations());
}

ForumDatabase::ForumDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("cordee-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ForumDatabase::~ForumDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ForumDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status ForumDatabase::connect(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Error{Storage::tr("The SQLite driver for Qt is missing (install libqt6sql6-sqlite)."), {}};
    if (db.isOpen())
        db.close();
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fileError(m_path, Storage::tr("“%1” could not be opened."), db.lastError().text());
    return {};
}

Status ForumDatabase::applyPragmas()
{
    const QSqlDatabase db = connection();
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA secure_delete = ON"})
        if (Status s = sql::exec(db, QString::fromLatin1(pragma), Storage::tr("setting up the connection"));
            !s)
            return s;
    return {};
}

int ForumDatabase::schemaVersion() const
{
    const auto v = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"),
                               Storage::tr("reading the schema version"));
    return v ? v->toInt() : -1;
}

Result<std::unique_ptr<ForumDatabase>> ForumDatabase::open(const QString &path)
{
    return open(path, schemaMigrations());
}

Result<int> ForumDatabase::inspect(ForumDatabase &db, int latest)
{
    const QString &path = db.m_path;
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, Storage::tr("“%1” does not exist."));
    if (!info.isFile() || !info.isReadable())
        return fileError(path, Storage::tr("“%1” cannot be read."));
    const Header header = readHeader(path);
    if (!header.isSqlite)
        return fileError(path, Storage::tr("“%1” is not a Cordée forum: it is not a database file."));
    if (header.applicationId != ApplicationId)
        return fileError(path, Storage::tr("“%1” is a database, but not a Cordée forum."));
    if (Status s = db.connect(true); !s)
        return s.error();
    const auto check =
        sql::scalar(db.connection(), QStringLiteral("PRAGMA quick_check"), Storage::tr("checking the file"));
    if (!check || check->toString() != u"ok")
        return fileError(path,
                         Storage::tr("“%1” is damaged and cannot be opened. Open a backup copy instead."),
                         check ? check->toString() : check.error().detail);
    const int version = db.schemaVersion();
    if (version > latest)
        return Error{
            Storage::tr(
                "“%1” was written by a newer version of Cordée (file format %2; this version reads up "
                "to %3). Update Cordée to open it.")
                .arg(QDir::toNativeSeparators(path))
                .arg(version)
                .arg(latest),
            {}};
    return version;
}

Result<std::unique_ptr<ForumDatabase>> ForumDatabase::open(const QString &path,
                                                           const QList<Migration> &migrations)
{
    const int latest = latestVersion(migrations);
    std::unique_ptr<ForumDatabase> db(new ForumDatabase(path));
    const auto version = inspect(*db, latest);
    if (!version)
        return version.error();
    if (!QFileInfo(path).isWritable())
        return fileError(
            path, Storage::tr("“%1” is read-only; Cordée saves every change at once and needs to write it."));
    if (Status s = db->connect(false); !s)
        return s.error();
    if (Status s = db->applyPragmas(); !s)
        return s.error();
    if (*version < latest) {
        const QString backup = path + QStringLiteral(".v%1.bak").arg(*version);
        if (Status s = db->backupTo(backup); !s)
            return s.error();
        if (Status s = db->migrate(*version, migrations); !s)
            return s.error();
    }
    return db;
}

Result<std::unique_ptr<ForumDatabase>> ForumDatabase::openReadOnly(const QString &path)
{
    std::unique_ptr<ForumDatabase> db(new ForumDatabase(path));
    const auto version = inspect(*db, currentSchemaVersion());
    if (!version)
        return version.error();
    if (*version < currentSchemaVersion())
        return fileError(path,
                         Storage::tr("“%1” is in an older format: open it once in Cordée to update it."));
    return db;
}

void ForumDatabase::removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<std::unique_ptr<ForumDatabase>> ForumDatabase::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return fileError(path, Storage::tr("“%1” already exists."));
    std::unique_ptr<ForumDatabase> db(new ForumDatabase(path));
    if (Status s = db->connect(false); !s)
        return s.error();
    const QSqlDatabase conn = db->connection();
    Status s = sql::exec(conn, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
                         Storage::tr("creating the file"));
    if (s)
        s = db->applyPragmas();
    if (s)
        s = db->migrate(0, schemaMigrations());
    if (!s) {
        db.reset();
        removeFiles(path);
        return s.error();
    }
    return db;
}

Status ForumDatabase::migrate(int from, const QList<Migration> &migrations)
{
    const QSqlDatabase db = connection();
    for (const Migration &m : migrations) {
        if (m.version <= from)
            continue;
        const QString what = Storage::tr("updating the file to format %1").arg(m.version);
        WriteTransaction tx(db);
        if (Status s = tx.begin(what); !s)
            return s;
        for (const QString &statement : m.statements)
            if (Status s = sql::exec(db, statement, what); !s)
                return s;
        if (Status s = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version), what); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

Status ForumDatabase::backupTo(const QString &target) const
{
    sqlite3 *source = nativeHandle(connection());
    if (!source)
        return Error{Storage::tr("The forum could not be copied: no SQLite connection."), {}};
    if (QFileInfo(target).canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return fileError(target, Storage::tr("A forum cannot be copied onto itself (“%1”)."));
    // The copy replaces whatever was there, even a file that is not a database.
    removeFiles(target);
    sqlite3 *dest = nullptr;
    const QByteArray targetPath = QFile::encodeName(target);
    int rc =
        sqlite3_open_v2(targetPath.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString detail;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        } else {
            rc = sqlite3_errcode(dest);
        }
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        detail = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
    sqlite3_close(dest);
    if (!detail.isEmpty())
        return fileError(target, Storage::tr("The copy “%1” could not be written."), detail);
    return {};
}

Status ForumDatabase::checkpoint() const
{
    return sql::exec(connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                     Storage::tr("saving the file"));
}

} // namespace cordee
