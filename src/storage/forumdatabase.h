#pragma once

#include "migrations.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cordee {

/// One open forum file (`*.cordee`): a SQLite database with Cordée's application id, in WAL mode with foreign
/// keys on, migrated to the current schema. Owns its QtSql connection; use it from one thread.
class ForumDatabase
{
public:
    /// `PRAGMA application_id` of every forum file ("Cord").
    static constexpr int ApplicationId = 0x436F7264;
    /// The schema this build reads and writes (`PRAGMA user_version`).
    static int currentSchemaVersion();
    /// Latest version that `migrations` lead to.
    static int latestVersion(const QList<Migration> &migrations);

    ~ForumDatabase();
    ForumDatabase(const ForumDatabase &) = delete;
    ForumDatabase &operator=(const ForumDatabase &) = delete;

    /// Opens an existing forum. A file that is not a forum, is damaged, or comes from a newer Cordée is
    /// refused with a message saying which, and nothing is written to it. An older schema is migrated step
    /// by step after a backup copy is taken beside the file (`NAME.cordee.v1.bak`).
    static Result<std::unique_ptr<ForumDatabase>> open(const QString &path);

    /// The same with another list of migration steps: lets tests exercise the migration path.
    static Result<std::unique_ptr<ForumDatabase>> open(const QString &path,
                                                       const QList<Migration> &migrations);

    /// Opens a forum for reading only (reports, statistics): the same refusals as open(), nothing is ever
    /// written, and a file in an older format is read as it is only when no migration is needed.
    static Result<std::unique_ptr<ForumDatabase>> openReadOnly(const QString &path);

    /// Creates a new, empty forum file. Refuses to overwrite an existing file.
    static Result<std::unique_ptr<ForumDatabase>> create(const QString &path);

    /// Deletes a forum file with its WAL and shared-memory companions (a file that failed to be created, or
    /// one the user chose to replace).
    static void removeFiles(const QString &path);

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    /// Writes a consistent copy of the whole forum to `target` with SQLite's online backup API; the copy is
    /// a standalone file (no WAL beside it). Overwrites `target`.
    Status backupTo(const QString &target) const;

    /// Folds the WAL back into the main file (used after erasing personal data and before copying).
    Status checkpoint() const;

private:
    explicit ForumDatabase(QString path);
    Status connect(bool readOnly);
    /// Checks a file before anything is written: a forum, intact, not newer than `latest`. Leaves `db`
    /// connected read-only and returns the file's schema version.
    static Result<int> inspect(ForumDatabase &db, int latest);
    Status applyPragmas();
    Status migrate(int from, const QList<Migration> &migrations);

    QString m_path;
    QString m_connectionName;
};

} // namespace cordee
