#include "clicommand.h"
#include "clioutput.h"
#include "commandline.h"
#include "formationbridge.h"
#include "scorecardjson.h"

#include <QJsonDocument>

namespace cordee::cli {

namespace {

constexpr int HelpWidth = 80;
constexpr double DefaultTimeLimit = 10;
constexpr double MaxTimeLimit = 24 * 3600;

/// `cordee-cli assign FILE [--slot KEY]… [--seed N] [--time-limit SECONDS] [--json]`
class AssignCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("assign"); }
    QString summary() const override
    {
        return Cli::tr("Form the workshops: place every participant, slot by slot.");
    }

protected:
    void describe(CommandLine &commandLine) const override;
    int execute(const CommandLine &commandLine) override;

private:
    static std::optional<FormOptions> options(const CommandLine &commandLine, QString *error);
};

void AssignCommand::describe(CommandLine &commandLine) const
{
    commandLine.setUsage(
        QStringLiteral("assign FILE [--slot KEY]... [--seed N] [--time-limit SECONDS] [--json]"));
    commandLine.setDescription(Cli::tr(
        "Forms the workshops of the forum FILE: every participant who attends a workshop slot is placed in "
        "one of its workshops, within the workshop sizes and rooms, in a language they speak, as close to "
        "their ranked themes as can be and mixing countries, continents, genders, categories and "
        "organisations. Organizers and guests of honour are not placed. A slot with no workshop first gets "
        "them, planned from the participants' choices and the free rooms. The placements of the formed slots "
        "are replaced (pinned ones are kept) in one transaction: if the rules cannot all hold, the message "
        "says why and nothing is written. Then prints the scorecard."));
    commandLine.addArgument(QStringLiteral("FILE"), Cli::tr("The forum file (.cordee)."));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("slot"),
        Cli::tr("Form only this workshop slot (its key); repeat for several. The other slots keep their "
                "placements. Default: every workshop slot."),
        QStringLiteral("KEY")));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("seed"), Cli::tr("The seed: the same seed on the same forum gives the same plan (1)."),
        QStringLiteral("N"), QStringLiteral("1")));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("time-limit"),
        Cli::tr("How long the solver may search for a better plan, in seconds (%1).").arg(DefaultTimeLimit),
        QStringLiteral("SECONDS"), QString::number(DefaultTimeLimit)));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("json"),
        Cli::tr(
            "Print the scorecard as JSON: hard_violations, objective, violations, preference_profile "
            "(first, second, third, fourth, fifth, unranked), repeated_themes, pairs (country, continent, "
            "gender, category, organisation: pairs and bound), lone_gender_workshops, repeated_pairs, "
            "workshops, placements, interpreted.")));
    commandLine.setEpilogue(wrapped(Cli::tr("Exit codes: 0 formed; 1 wrong usage; 2 the file cannot be used, "
                                            "a --slot names no workshop slot of "
                                            "the forum, or the rules cannot all hold (nothing is written)."),
                                    HelpWidth, 0));
}

std::optional<FormOptions> AssignCommand::options(const CommandLine &commandLine, QString *error)
{
    FormOptions options;
    options.slotKeys = commandLine.values(QStringLiteral("slot"));
    options.slotKeys.removeDuplicates();
    bool ok = false;
    const QString seed = commandLine.value(QStringLiteral("seed"));
    options.seed = seed.toULongLong(&ok);
    if (!ok) {
        *error = Cli::tr("--seed takes a whole number from 0 up, not \"%1\"").arg(seed);
        return std::nullopt;
    }
    const QString limit = commandLine.value(QStringLiteral("time-limit"));
    options.timeLimitSeconds = limit.toDouble(&ok);
    if (!ok || !(options.timeLimitSeconds > 0) || options.timeLimitSeconds > MaxTimeLimit) {
        *error = Cli::tr("--time-limit takes a number of seconds above 0, not \"%1\"").arg(limit);
        return std::nullopt;
    }
    return options;
}

int AssignCommand::execute(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.positionalArguments();
    if (arguments.isEmpty())
        return commandLine.usageError(Cli::tr("the forum FILE is missing"));
    if (arguments.size() > 1)
        return commandLine.usageError(Cli::tr("one FILE only, unexpected \"%1\"").arg(arguments.at(1)));
    QString error;
    const std::optional<FormOptions> options = AssignCommand::options(commandLine, &error);
    if (!options)
        return commandLine.usageError(error);
    auto db = ForumDatabase::open(arguments.constFirst());
    if (!db)
        return failUnusable(db.error());
    formation::Scorecard card;
    FormationSummary summary;
    if (Status s = formWorkshops(*db.value(), *options, &card, &summary); !s)
        return failUnusable(s.error());
    if (commandLine.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(scorecardToJson(card, summary)).toJson()).trimmed());
        return ExitSuccess;
    }
    QString formed = plural(int(summary.formedSlots.size()), Cli::tr("Formed %1 workshop slot"),
                            Cli::tr("Formed %1 workshop slots")) +
                     QStringLiteral(" (") + summary.formedSlots.join(QStringLiteral(", ")) + u')';
    if (summary.plannedWorkshops > 0)
        formed += plural(summary.plannedWorkshops,
                         Cli::tr(", with %1 new workshop planned from the participants' choices"),
                         Cli::tr(", with %1 new workshops planned from the participants' choices"));
    printOut(formed + u'.' + u'\n' + scorecardToText(card, summary));
    return ExitSuccess;
}

} // namespace

std::unique_ptr<CliCommand> makeAssignCommand()
{
    return std::make_unique<AssignCommand>();
}

} // namespace cordee::cli
