#include "clicommand.h"
#include "clioutput.h"
#include "commandline.h"
#include "formationbridge.h"
#include "printdocs.h"

namespace cordee::cli {

namespace {

/// `cordee-cli print attendance|programmes|badges|doors FILE -o OUT.pdf [--slot KEY]`
class PrintCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("print"); }
    QString summary() const override
    {
        return Cli::tr("Print attendance sheets, personal programmes, badges or door signs as PDF.");
    }

protected:
    void describe(CommandLine &commandLine) const override;
    int execute(const CommandLine &commandLine) override;
};

void PrintCommand::describe(CommandLine &commandLine) const
{
    commandLine.setUsage(
        QStringLiteral("print attendance|programmes|badges|doors FILE -o OUT.pdf [--slot KEY]"));
    commandLine.setDescription(Cli::tr(
        "attendance: one sign-in sheet per workshop (slot, room, theme, facilitator, rapporteur, members "
        "sorted by name with their country, a signature column and spare lines). programmes: one page per "
        "present participant, in their language when it is English, French or Spanish. badges: A4 sheets of "
        "eight badges with crop marks. doors: one landscape page per room and slot. --slot narrows "
        "attendance sheets and door signs to one slot."));
    commandLine.addArgument(QStringLiteral("attendance|programmes|badges|doors"), Cli::tr("What to print."));
    commandLine.addArgument(QStringLiteral("FILE"), Cli::tr("The forum file (.cordee)."));
    commandLine.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                             Cli::tr("The PDF file to write."), QStringLiteral("OUT")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("slot"), Cli::tr("The key of one time slot."),
                                             QStringLiteral("KEY")));
}

int PrintCommand::execute(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.positionalArguments();
    const QStringList kinds{QStringLiteral("attendance"), QStringLiteral("programmes"),
                            QStringLiteral("badges"), QStringLiteral("doors")};
    if (arguments.isEmpty())
        return commandLine.usageError(
            Cli::tr("what to print is missing: attendance, programmes, badges or doors"));
    const QString what = arguments.constFirst();
    if (!kinds.contains(what))
        return commandLine.usageError(
            Cli::tr("cannot print \"%1\": attendance, programmes, badges or doors").arg(what));
    if (arguments.size() != 2)
        return commandLine.usageError(Cli::tr("give the forum FILE"));
    print::PrintRequest request;
    request.path = commandLine.value(QStringLiteral("output"));
    request.slotKey = commandLine.value(QStringLiteral("slot"));
    if (request.path.isEmpty() || request.path == u"-")
        return commandLine.usageError(Cli::tr("say which PDF file to write with -o OUT.pdf"));
    auto db = ForumDatabase::openReadOnly(arguments.at(1));
    if (!db)
        return failUnusable(db.error());
    const auto forum = loadForumSnapshot(*db.value());
    if (!forum)
        return failUnusable(forum.error());
    bool known = request.slotKey.isEmpty();
    for (const TimeSlot &slot : forum->timeSlots)
        known = known || slot.key == request.slotKey;
    if (!known)
        return failUnusable(Cli::tr("the forum has no time slot \"%1\"").arg(request.slotKey));
    const Status status = what == u"attendance"   ? print::writeAttendanceSheets(*forum, request)
                          : what == u"programmes" ? print::writeProgrammes(*forum, request)
                          : what == u"badges"     ? print::writeBadges(*forum, request)
                                                  : print::writeDoorSigns(*forum, request);
    if (!status)
        return failUnusable(status.error());
    return ExitSuccess;
}

} // namespace

std::unique_ptr<CliCommand> makePrintCommand()
{
    return std::make_unique<PrintCommand>();
}

} // namespace cordee::cli
