#pragma once
// Runs the real cordee-cli binary for the CLI tests: exit codes, output and JSON are a contract with scripts.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace cordee::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

/// Runs cordee-cli with `arguments` in `workingDirectory` and waits for it (up to 4 minutes).
inline CliRun runCli(const QStringList &arguments, const QString &workingDirectory)
{
    QProcess process;
    process.setProgram(QStringLiteral(CORDEE_CLI_PATH));
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.start();
    CliRun run;
    run.finished = process.waitForFinished(240'000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// "stats demo.cordee --json" → {"stats", "demo.cordee", "--json"}
inline QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

inline QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace cordee::test
