#include "clicommand.h"

#include "clioutput.h"
#include "commandline.h"

namespace cordee::cli {

namespace {

QString generalHelp(const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    const QString app = QCoreApplication::applicationName();
    QList<std::pair<QString, QString>> commandRows;
    for (const auto &command : commands)
        commandRows << std::pair{command->name(), command->summary()};
    commandRows << std::pair{QStringLiteral("help"), tr("Show the help of a command.")};
    const QList<std::pair<QString, QString>> optionRows{
        {QStringLiteral("-h, --help"), tr("Show this help and exit.")},
        {QStringLiteral("-v, --version"), tr("Show the version and exit.")},
    };
    const QStringList parts{
        tr("Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]").arg(app),
        tr("Prepares an international forum from the command line: creates forum files, counts the "
           "participants and measures how fast Cordée handles large forums."),
        tr("Commands:") + u'\n' + alignedLines(commandRows, 2, 13),
        tr("Options:") + u'\n' + alignedLines(optionRows, 2, 13),
        tr("Run '%1 COMMAND --help' for the arguments and options of a command.").arg(app),
        tr("Exit codes: 0 success, 1 wrong usage, 2 a file or an input that cannot be used."),
    };
    return parts.join(QStringLiteral("\n\n"));
}

int usageError(const QString &message, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    const QString app = QCoreApplication::applicationName();
    if (!message.isEmpty())
        printErr(app + QStringLiteral(": ") + message);
    printErr(generalHelp(commands));
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
        return usageError(tr("help takes one command name"), commands);
    const CliCommand *command = find(commands, arguments.constFirst());
    if (!command)
        return usageError(tr("no command \"%1\"").arg(arguments.constFirst()), commands);
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
    commands.push_back(makeBenchCommand());
    return commands;
}

int runCommandLine(const QStringList &arguments)
{
    const auto commands = makeCommands();
    if (arguments.isEmpty())
        return usageError(tr("a command is needed"), commands);
    const QString first = arguments.constFirst();
    if (first == u"--help" || first == u"-h" || first == u"help")
        return help(arguments.mid(1), commands);
    if (first == u"--version" || first == u"-v") {
        if (arguments.size() > 1)
            return usageError(tr("--version takes no argument"), commands);
        printOut(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
        return ExitSuccess;
    }
    if (first.startsWith(u'-'))
        return usageError(tr("unknown option \"%1\"").arg(first), commands);
    if (CliCommand *command = find(commands, first))
        return command->run(arguments.mid(1));
    return usageError(tr("unknown command \"%1\"").arg(first), commands);
}

} // namespace cordee::cli
