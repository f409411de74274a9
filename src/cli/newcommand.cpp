#include "clicommand.h"
#include "clioutput.h"
#include "commandline.h"
#include "newforum.h"

namespace cordee::cli {

namespace {

/// `cordee-cli new FILE (--title TITLE | --from FORUM.json)`
class NewCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override
    {
        return Cli::tr("Create a forum file, empty or from a JSON description.");
    }

protected:
    void describe(CommandLine &commandLine) const override;
    int execute(const CommandLine &commandLine) override;
};

void NewCommand::describe(CommandLine &commandLine) const
{
    commandLine.setUsage(QStringLiteral("new FILE (--title TITLE | --from FORUM.json)"));
    commandLine.setDescription(Cli::tr(
        "Creates the forum file FILE, either empty with a title or from a JSON description of the forum "
        "(settings, themes, rooms, time slots, workshops, declaration). An existing file is never "
        "overwritten. Each problem of a description is reported as \"FORUM.json: FIELD: MESSAGE\" and "
        "no file is created."));
    commandLine.addArgument(QStringLiteral("FILE"), Cli::tr("The forum file to create, e.g. forum.cordee."));
    commandLine.addOption(
        QCommandLineOption(QStringLiteral("title"), Cli::tr("The forum's title."), QStringLiteral("TITLE")));
    commandLine.addOption(
        QCommandLineOption(QStringLiteral("from"),
                           Cli::tr("A JSON description of the forum; see the user manual for "
                                   "its keys."),
                           QStringLiteral("FORUM.json")));
    commandLine.setEpilogue(Cli::tr("Examples:\n"
                                    "  cordee-cli new forum.cordee --title \"Forum of the Alps\"\n"
                                    "  cordee-cli new forum.cordee --from forum.json"));
}

int NewCommand::execute(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.positionalArguments();
    if (arguments.isEmpty())
        return commandLine.usageError(Cli::tr("the forum FILE to create is missing"));
    if (arguments.size() > 1)
        return commandLine.usageError(Cli::tr("one FILE only, unexpected \"%1\"").arg(arguments.at(1)));
    const bool hasTitle = commandLine.isSet(QStringLiteral("title"));
    const bool hasFrom = commandLine.isSet(QStringLiteral("from"));
    if (hasTitle && hasFrom)
        return commandLine.usageError(Cli::tr("give --title or --from, not both"));
    if (!hasTitle && !hasFrom)
        return commandLine.usageError(Cli::tr("give --title TITLE or --from FORUM.json"));

    const QString path = arguments.constFirst();
    if (hasTitle) {
        ForumData data;
        data.info.title = commandLine.value(QStringLiteral("title")).trimmed();
        return createForum(path, data);
    }
    const std::optional<ForumData> data = readForumDescription(commandLine.value(QStringLiteral("from")));
    return data ? createForum(path, *data) : ExitUnusable;
}

} // namespace

std::unique_ptr<CliCommand> makeNewCommand()
{
    return std::make_unique<NewCommand>();
}

} // namespace cordee::cli
