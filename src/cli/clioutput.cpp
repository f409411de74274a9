#include "clioutput.h"

#include <QLoggingCategory>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace cordee::cli {

namespace {

QTextStream &stream(FILE *file)
{
    // Qt 6 streams write UTF-8 by default, whatever the locale says.
    static QTextStream out(stdout);
    static QTextStream err(stderr);
    return file == stdout ? out : err;
}

void print(FILE *file, const QString &text)
{
    if (file == stderr)
        stream(stdout).flush(); // keep the order of both streams on a shared terminal
    QTextStream &s = stream(file);
    s << text << u'\n';
    s.flush();
}

} // namespace

QString plural(int n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

void printOut(const QString &text)
{
    print(stdout, text);
}

void printErr(const QString &text)
{
    print(stderr, text);
}

int failUnusable(const QString &message)
{
    printErr(QCoreApplication::applicationName() + QStringLiteral(": ") + message);
    return ExitUnusable;
}

int failUnusable(const Error &error)
{
    QString text = error.message;
    if (!error.detail.isEmpty())
        text += u'\n' + Cli::tr("Detail: %1").arg(error.detail);
    return failUnusable(text);
}

QString alignedLines(const QList<std::pair<QString, QString>> &rows, int indent, qsizetype labelWidth)
{
    if (labelWidth == 0)
        for (const auto &row : rows)
            labelWidth = std::max(labelWidth, row.first.size());
    QStringList lines;
    const QString margin(indent, u' ');
    for (const auto &[label, value] : rows)
        lines << margin + label.leftJustified(labelWidth) + QStringLiteral("  ") + value;
    return lines.join(u'\n');
}

QString wrapped(const QString &text, int width, int indent)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines.join(u'\n' + QString(indent, u' '));
}

void quietQtLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
}

} // namespace cordee::cli
