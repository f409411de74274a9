#include "clicommand.h"
#include "clioutput.h"
#include "commandline.h"
#include "formationbridge.h"
#include "scorecardjson.h"

#include <QJsonDocument>

namespace cordee::cli {

namespace {

constexpr int HelpWidth = 80;
/// The exit code of `check` when the file breaks a rule: the file itself is fine, its plan is not.
constexpr int ExitRulesBroken = 3;

/// `cordee-cli check FILE [--json]`
class CheckCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return Cli::tr("Score the workshops as they stand and list the rules they break.");
    }

protected:
    void describe(CommandLine &commandLine) const override;
    int execute(const CommandLine &commandLine) override;
};

void CheckCommand::describe(CommandLine &commandLine) const
{
    commandLine.setUsage(QStringLiteral("check FILE [--json]"));
    commandLine.setDescription(Cli::tr(
        "Reads the workshops and placements of the forum FILE as they stand, changes nothing, and prints "
        "their scorecard with every rule they break: someone who attends a slot but is in no workshop, a "
        "workshop below the minimum size or above its limit, someone in a workshop whose language they do "
        "not speak, a pin not held."));
    commandLine.addArgument(QStringLiteral("FILE"), Cli::tr("The forum file (.cordee)."));
    commandLine.addOption(
        QCommandLineOption(QStringLiteral("json"),
                           Cli::tr("Print the scorecard as JSON, with the same keys as assign --json.")));
    commandLine.setEpilogue(wrapped(
        Cli::tr("Exit codes: 0 every rule holds; 1 wrong usage; 2 the file cannot be used; 3 some rules are "
                "broken (listed in the scorecard, under violations with --json)."),
        HelpWidth, 0));
}

int CheckCommand::execute(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.positionalArguments();
    if (arguments.isEmpty())
        return commandLine.usageError(Cli::tr("the forum FILE is missing"));
    if (arguments.size() > 1)
        return commandLine.usageError(Cli::tr("one FILE only, unexpected \"%1\"").arg(arguments.at(1)));
    auto db = ForumDatabase::openReadOnly(arguments.constFirst());
    if (!db)
        return failUnusable(db.error());
    FormationSummary summary;
    const auto card = checkForum(*db.value(), &summary);
    if (!card)
        return failUnusable(card.error());
    if (commandLine.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(scorecardToJson(*card, summary)).toJson()).trimmed());
    else
        printOut(scorecardToText(*card, summary));
    return card->hardViolations == 0 ? int(ExitSuccess) : ExitRulesBroken;
}

} // namespace

std::unique_ptr<CliCommand> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace cordee::cli
