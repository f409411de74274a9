#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace cordee::cli {

/// The arguments one command accepts: parses them with QCommandLineParser and writes the command's help
/// from the same description, so the two never disagree. `-h`/`--help` is always there.
class CommandLine
{
public:
    /// `command` is the command's name ("new"), used in messages and in the default usage line.
    explicit CommandLine(QString command);
    CommandLine(const CommandLine &) = delete;
    CommandLine &operator=(const CommandLine &) = delete;

    /// What follows "Usage: cordee-cli " in the help, e.g. "new FILE (--title TITLE | --from FORUM.json)".
    void setUsage(const QString &usage) { m_usage = usage; }
    void setDescription(const QString &description) { m_description = description; }
    /// Free text printed after the options (examples, the list of benchmarks…).
    void setEpilogue(const QString &epilogue) { m_epilogue = epilogue; }
    /// A positional argument, for the help only: its count is checked by the command.
    void addArgument(const QString &name, const QString &description);
    void addOption(const QCommandLineOption &option);

    QString helpText() const;

    enum class Outcome { Run, Help, Error };
    /// Parses `arguments` (those after the command's name). On Error, errorText() says why.
    Outcome parse(const QStringList &arguments);
    QString errorText() const { return m_error; }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    /// Prints "cordee-cli COMMAND: MESSAGE", the usage line and where to find help on stderr; returns
    /// ExitUsage.
    int usageError(const QString &message) const;

    /// The value of option `name` as a whole number in [min, max], or a usage error in `error`.
    int intValue(const QString &name, int min, int max, QString *error) const;

private:
    QString usageLine() const;

    QString m_command;
    QString m_usage;
    QString m_description;
    QString m_epilogue;
    QList<std::pair<QString, QString>> m_arguments;
    QList<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
    QString m_error;
};

} // namespace cordee::cli
