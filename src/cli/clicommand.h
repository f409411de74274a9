#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cordee::cli {

class CommandLine;

/// One `cordee-cli COMMAND`: a name, a one-line summary for the general help, and the arguments it takes
/// (described once, for parsing and for `--help`). Subclasses live in their own .cpp file and are created
/// by the make…Command() functions below.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;

    /// The text `cordee-cli COMMAND --help` prints.
    QString helpText() const;

    /// Parses `arguments` (those after the command's name) and runs the command; returns the exit code.
    /// `--help` prints the help and returns ExitSuccess; a usage error prints the usage on stderr and
    /// returns ExitUsage.
    int run(const QStringList &arguments);

protected:
    /// Declares the usage line, description, arguments and options.
    virtual void describe(CommandLine &commandLine) const = 0;
    /// Runs with arguments parsed without error and `--help` not asked for.
    virtual int execute(const CommandLine &commandLine) = 0;
};

std::unique_ptr<CliCommand> makeNewCommand();
std::unique_ptr<CliCommand> makeDemoCommand();
std::unique_ptr<CliCommand> makeStatsCommand();
std::unique_ptr<CliCommand> makeImportCommand();
std::unique_ptr<CliCommand> makeExportCommand();
std::unique_ptr<CliCommand> makeAssignCommand();
std::unique_ptr<CliCommand> makeCheckCommand();
std::unique_ptr<CliCommand> makeSynthesizeCommand();
std::unique_ptr<CliCommand> makePrintCommand();
std::unique_ptr<CliCommand> makeBenchCommand();

/// Whether the command line runs a command that lays out pages (fonts need a QGuiApplication).
bool needsGuiApplication(const QStringList &arguments);

/// Every command, in the order the general help lists them.
std::vector<std::unique_ptr<CliCommand>> makeCommands();

/// The whole command line of cordee-cli (without the program's name): `--help`, `--version`, `help
/// [COMMAND]` or a command and its arguments. Returns the exit code.
int runCommandLine(const QStringList &arguments);

} // namespace cordee::cli
