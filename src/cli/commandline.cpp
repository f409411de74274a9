#include "commandline.h"

#include "clioutput.h"

namespace cordee::cli {

namespace {

constexpr int HelpWidth = 80;

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        syntax += u' ' + option.valueName();
    // Long-only options line up with the long names of the others.
    return option.names().constFirst().size() == 1 ? syntax : QStringLiteral("    ") + syntax;
}

} // namespace

CommandLine::CommandLine(QString command)
    : m_command(std::move(command))
    , m_usage(m_command + QStringLiteral(" [OPTIONS]"))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                 Cli::tr("Show this help and exit.")));
}

void CommandLine::addArgument(const QString &name, const QString &description)
{
    m_arguments << std::pair{name, description};
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_options << option;
    m_parser.addOption(option);
}

QString CommandLine::usageLine() const
{
    return Cli::tr("Usage: %1 %2").arg(QCoreApplication::applicationName(), m_usage);
}

QString CommandLine::helpText() const
{
    QList<std::pair<QString, QString>> rows;
    qsizetype width = 0;
    for (const auto &argument : m_arguments)
        width = std::max(width, argument.first.size());
    for (const QCommandLineOption &option : m_options)
        width = std::max(width, optionSyntax(option).size());
    const int indent = 2 + int(width) + 2;
    QStringList parts{usageLine()};
    if (!m_description.isEmpty())
        parts << wrapped(m_description, HelpWidth, 0);
    if (!m_arguments.isEmpty()) {
        for (const auto &[name, description] : m_arguments)
            rows << std::pair{name, wrapped(description, HelpWidth, indent)};
        parts << Cli::tr("Arguments:") + u'\n' + alignedLines(rows, 2, width);
        rows.clear();
    }
    for (const QCommandLineOption &option : m_options)
        rows << std::pair{optionSyntax(option), wrapped(option.description(), HelpWidth, indent)};
    parts << Cli::tr("Options:") + u'\n' + alignedLines(rows, 2, width);
    if (!m_epilogue.isEmpty())
        parts << m_epilogue;
    return parts.join(QStringLiteral("\n\n"));
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    // QCommandLineParser skips the first element: it expects the program's name there.
    if (!m_parser.parse(QStringList{QCoreApplication::applicationName()} + arguments)) {
        m_error = m_parser.errorText();
        return Outcome::Error;
    }
    return m_parser.isSet(QStringLiteral("help")) ? Outcome::Help : Outcome::Run;
}

int CommandLine::usageError(const QString &message) const
{
    const QString app = QCoreApplication::applicationName();
    printErr(app + u' ' + m_command + QStringLiteral(": ") + message);
    printErr(usageLine());
    printErr(Cli::tr("Run '%1 %2 --help' for more information.").arg(app, m_command));
    return ExitUsage;
}

int CommandLine::intValue(const QString &name, int min, int max, QString *error) const
{
    bool ok = false;
    const QString text = m_parser.value(name);
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = Cli::tr("--%1 must be a whole number from %2 to %3 (got \"%4\")")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return min;
    }
    return value;
}

} // namespace cordee::cli
