#include "clicommand.h"
#include "clioutput.h"
#include "commandline.h"
#include "demofile.h"
#include "demoforum.h"

#include <QFileInfo>

namespace cordee::cli {

namespace {

/// `cordee-cli demo FILE`
class DemoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return Cli::tr("Write the demo forum into a new file."); }

protected:
    void describe(CommandLine &commandLine) const override;
    int execute(const CommandLine &commandLine) override;
};

void DemoCommand::describe(CommandLine &commandLine) const
{
    commandLine.setUsage(QStringLiteral("demo FILE"));
    commandLine.setDescription(
        Cli::tr("Creates FILE holding the demo forum: a made-up edition of a social and solidarity economy "
                "forum with 350 participants from 45 countries on the five continents, four themes and a "
                "three-day programme, its workshops formed. The same on every machine. An existing file is "
                "never overwritten."));
    commandLine.addArgument(QStringLiteral("FILE"), Cli::tr("The forum file to create, e.g. demo.cordee."));
}

int DemoCommand::execute(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.positionalArguments();
    if (arguments.isEmpty())
        return commandLine.usageError(Cli::tr("the forum FILE to create is missing"));
    if (arguments.size() > 1)
        return commandLine.usageError(Cli::tr("one FILE only, unexpected \"%1\"").arg(arguments.at(1)));
    const QString path = arguments.constFirst();
    // Checked before anything else so that a typo in the name never overwrites a forum.
    if (QFileInfo::exists(path))
        return failUnusable(
            Cli::tr("“%1” already exists; choose another name, a forum is never overwritten.").arg(path));
    const auto db = createDemoForumFile(path);
    if (!db)
        return failUnusable(db.error());
    printOut(Cli::tr("Created %1: \"%2\"").arg(path, makeDemoForum().info.title));
    return ExitSuccess;
}

} // namespace

std::unique_ptr<CliCommand> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace cordee::cli
