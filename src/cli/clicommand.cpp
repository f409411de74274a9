#include "clicommand.h"

#include "clioutput.h"
#include "commandline.h"

namespace cordee::cli {

namespace {

constexpr int HelpWidth = 80;
constexpr int NameWidth = 13;

QString commandList(const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    QList<std::pair<QString, QString>> rows;
    for (const auto &command : commands)
        rows << std::pair{command->name(), command->summary()};
    rows << std::pair{QStringLiteral("help"), Cli::tr("Show the help of a command.")};
    return Cli::tr("Commands:") + u'\n' + alignedLines(rows, 2, NameWidth);
}

QString usageLine()
{
    return Cli::tr("Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]").arg(QCoreApplication::applicationName());
}

QString helpHint()
{
    return Cli::tr("Run '%1 COMMAND --help' for the arguments and options of a command.")
        .arg(QCoreApplication::applicationName());
}

QString generalHelp(const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    const QList<std::pair<QString, QString>> optionRows{
        {QStringLiteral("-h, --help"), Cli::tr("Show this help and exit.")},
        {QStringLiteral("-v, --version"), Cli::tr("Show the version and exit.")},
    };
    const QStringList parts{
        usageLine(),
        wrapped(
            Cli::tr("Prepares an international forum from the command line: creates forum files, counts the "
                    "participants and measures how fast Cordée handles large forums."),
            HelpWidth, 0),
        commandList(commands),
        Cli::tr("Options:") + u'\n' + alignedLines(optionRows, 2, NameWidth),
        helpHint(),
        Cli::tr("Exit codes: 0 success, 1 wrong usage, 2 a file or an input that cannot be used, 3 done with "
                "problems to look at (import: rows refused; check: rules broken)."),
    };
    return parts.join(QStringLiteral("\n\n"));
}

/// The message, the usage and the commands on stderr: what a script's author needs to fix the call.
int usageError(const QString &message, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    printErr(QCoreApplication::applicationName() + QStringLiteral(": ") + message);
    printErr(usageLine() + QStringLiteral("\n\n") + commandList(commands) + QStringLiteral("\n\n") +
             helpHint());
    return ExitUsage;
}

CliCommand *find(const std::vector<std::unique_ptr<CliCommand>> &commands, const QString &name)
{
    for (const auto &command : commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

int help(const QStringList &arguments, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    if (arguments.isEmpty() || arguments.constFirst() == u"help") {
        printOut(generalHelp(commands));
        return ExitSuccess;
    }
    if (arguments.size() > 1)
        return usageError(Cli::tr("help takes one command name"), commands);
    const CliCommand *command = find(commands, arguments.constFirst());
    if (!command)
        return usageError(Cli::tr("no command \"%1\"").arg(arguments.constFirst()), commands);
    printOut(command->helpText());
    return ExitSuccess;
}

} // namespace

QString CliCommand::helpText() const
{
    CommandLine commandLine(name());
    describe(commandLine);
    return commandLine.helpText();
}

int CliCommand::run(const QStringList &arguments)
{
    CommandLine commandLine(name());
    describe(commandLine);
    switch (commandLine.parse(arguments)) {
    case CommandLine::Outcome::Help:
        printOut(commandLine.helpText());
        return ExitSuccess;
    case CommandLine::Outcome::Error:
        return commandLine.usageError(commandLine.errorText());
    case CommandLine::Outcome::Run:
        break;
    }
    return execute(commandLine);
}

std::vector<std::unique_ptr<CliCommand>> makeCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(makeNewCommand());
    commands.push_back(makeDemoCommand());
    commands.push_back(makeStatsCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeAssignCommand());
    commands.push_back(makeCheckCommand());
    commands.push_back(makeSynthesizeCommand());
    commands.push_back(makePrintCommand());
    commands.push_back(makeBenchCommand());
    return commands;
}

bool needsGuiApplication(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    return command == u"synthesize" || command == u"print" || command == u"bench";
}

int runCommandLine(const QStringList &arguments)
{
    const auto commands = makeCommands();
    if (arguments.isEmpty())
        return usageError(Cli::tr("a command is needed"), commands);
    const QString first = arguments.constFirst();
    if (first == u"--help" || first == u"-h" || first == u"help")
        return help(arguments.mid(1), commands);
    if (first == u"--version" || first == u"-v") {
        if (arguments.size() > 1)
            return usageError(Cli::tr("--version takes no argument"), commands);
        printOut(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
        return ExitSuccess;
    }
    if (first.startsWith(u'-'))
        return usageError(Cli::tr("unknown option \"%1\"").arg(first), commands);
    if (CliCommand *command = find(commands, first))
        return command->run(arguments.mid(1));
    return usageError(Cli::tr("unknown command \"%1\"").arg(first), commands);
}

} // namespace cordee::cli
