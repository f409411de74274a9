#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace cordee::cli {

/// The exit codes scripts rely on.
enum ExitCode : int {
    ExitSuccess = 0,  ///< done
    ExitUsage = 1,    ///< unknown command or option, missing or extra argument
    ExitUnusable = 2, ///< a file or an input that cannot be used
};

/// Every text people read goes through the "Cli" translation context: `Cli::tr(…)`, which lupdate reads the
/// same way.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// `one` when n is 1, else `many`, with %1 replaced by n ("1 country", "45 countries").
QString plural(int n, const QString &one, const QString &many);

/// Writes `text` and a line break to stdout / stderr, in UTF-8, flushed at once.
void printOut(const QString &text);
void printErr(const QString &text);

/// Prints "cordee-cli: MESSAGE" on stderr and returns ExitUnusable.
int failUnusable(const QString &message);
/// The same with an error's message and, on a second line, its technical detail.
int failUnusable(const Error &error);

/// Lines of "label  value" with the values lined up: `indent` spaces, labels padded to `labelWidth`
/// (or to the longest label when `labelWidth` is 0).
QString alignedLines(const QList<std::pair<QString, QString>> &rows, int indent = 2,
                     qsizetype labelWidth = 0);

/// Wraps `text` to fit in `width` columns when it starts at column `indent` (after a label, say): every
/// line after the first is indented by `indent` spaces.
QString wrapped(const QString &text, int width, int indent);

/// Keeps Qt's debug and info messages off the terminal (QT_LOGGING_RULES can still turn them on):
/// scripts read stdout and stderr.
void quietQtLogging();

} // namespace cordee::cli
