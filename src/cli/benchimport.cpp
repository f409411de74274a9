#include "benchmark.h"

#include "clioutput.h"
#include "forumdocument.h"
#include "forumfile.h"
#include "participantcsv.h"
#include "participantimport.h"
#include "syntheticforum.h"
#include "tablereader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace cordee::cli {

namespace {

constexpr double ImportGoalMs = 1000;

/// What `cordee-cli import participants` does, timed from reading the file to the committed transaction.
Result<double> importOnce(const QString &forumPath, const QString &csvPath)
{
    QElapsedTimer timer;
    timer.start();
    auto table = tablereader::readFile(csvPath);
    if (!table)
        return table.error();
    const ColumnMapping mapping = ColumnMapping::guess(table->header);
    auto document = ForumDocument::open(forumPath);
    if (!document)
        return document.error();
    ForumDocument &doc = *document.value();
    ImportPlan plan =
        planParticipantImport(*table, mapping, doc.participants(), doc.themes(), doc.timeSlots());
    if (Status s = doc.applyParticipantChanges(plan.toInsert, plan.toUpdate); !s)
        return s.error();
    return elapsedMs(timer.nsecsElapsed());
}

/// sqlite3's own `.import` of the same file into a fresh database: the floor of loading rows.
Result<double> sqliteOnce(const QString &sqlite3, const QString &dbPath, const QString &csvPath)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(sqlite3, {dbPath, QStringLiteral(".mode csv"),
                            QStringLiteral(".import '%1' participant").arg(csvPath)});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return Error{Cli::tr("sqlite3 .import failed."), QString::fromUtf8(process.readAllStandardError())};
    return elapsedMs(timer.nsecsElapsed());
}

} // namespace

Result<QList<Measurement>> benchImport(const BenchSettings &settings)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{Cli::tr("No temporary folder for the benchmark."), dir.errorString()};
    ForumData data = makeSyntheticForum(settings.participants, settings.seed);
    const QString csvPath = dir.filePath(QStringLiteral("participants.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(participantsToCsv(data.participants)) < 0)
        return Error{Cli::tr("The benchmark's CSV file cannot be written."), csv.errorString()};
    csv.close();
    data.participants.clear();

    Measurement cordee{QStringLiteral("import_participants"),
                       Cli::tr("Import the CSV file into a forum (read, check, write)"),
                       ImportGoalMs,
                       {},
                       {}};
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    Measurement reference{
        QStringLiteral("sqlite3_import"), Cli::tr("sqlite3 .import of the same file"), 0, {}, {}};
    if (!sqlite3.isEmpty())
        cordee.baselineKey = reference.key;
    for (int run = 0; run < settings.runs; ++run) {
        const QString forumPath = dir.filePath(QStringLiteral("run%1.cordee").arg(run));
        if (auto db = createForumFile(forumPath, data); !db)
            return db.error();
        const auto ms = importOnce(forumPath, csvPath);
        if (!ms)
            return ms.error();
        cordee.samplesMs << *ms;
        if (sqlite3.isEmpty())
            continue;
        const auto reference_ms =
            sqliteOnce(sqlite3, dir.filePath(QStringLiteral("run%1.db").arg(run)), csvPath);
        if (!reference_ms)
            return reference_ms.error();
        reference.samplesMs << *reference_ms;
    }
    QList<Measurement> out{cordee};
    if (!reference.samplesMs.isEmpty())
        out << reference;
    return out;
}

} // namespace cordee::cli
