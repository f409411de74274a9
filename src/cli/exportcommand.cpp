#include "clicommand.h"
#include "clioutput.h"
#include "commandline.h"
#include "formationbridge.h"
#include "participantcsv.h"
#include "participantrepository.h"
#include "personaldata.h"
#include "proposalcsv.h"
#include "proposalrepository.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <cstdio>

namespace cordee::cli {

namespace {

/// `cordee-cli export participants FILE -o OUT.csv`, `cordee-cli export assignments FILE -o OUT.csv`,
/// `cordee-cli export proposals FILE -o OUT.csv` and `cordee-cli export person FILE --email E -o OUT.json`
class ExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return Cli::tr("Export participants, placements or proposals as CSV, or one person's data as JSON.");
    }

protected:
    void describe(CommandLine &commandLine) const override;
    int execute(const CommandLine &commandLine) override;

private:
    static int exportParticipants(ForumDatabase &db, const QString &out);
    static int exportAssignments(ForumDatabase &db, const QString &out);
    static int exportProposals(ForumDatabase &db, const QString &out);
    static int exportPerson(ForumDatabase &db, const QString &email, const QString &out);
};

void ExportCommand::describe(CommandLine &commandLine) const
{
    commandLine.setUsage(
        QStringLiteral("export participants FILE -o OUT.csv | export assignments FILE -o OUT.csv "
                       "| export proposals FILE -o OUT.csv | export person FILE --email EMAIL -o OUT.json"));
    commandLine.setDescription(Cli::tr(
        "participants: writes every participant of the forum FILE as CSV for spreadsheets (UTF-8 with a "
        "byte-order mark; columns first_name, last_name, email, organization, country, gender, category, "
        "languages, preference_1…preference_5, roles, status; cells that a spreadsheet would run as a "
        "formula start with an apostrophe). assignments: writes one line per placement of a participant in a "
        "workshop, with the same encoding, columns email, slot, workshop, theme, room (keys), sorted by slot "
        "(in programme order), then workshop, then e-mail. proposals: writes every proposal with the same "
        "encoding, in the columns `import proposals` reads: key, workshop, text, status, order, parent, "
        "theme, tags (\"sdg:8;sdg:12;actor:UNDP\"), support, and their history: merged_into (the proposal it "
        "was merged into) and sources (what it was made from: \"merge:P-0003;merge:P-0007\" or "
        "\"split:P-0002\"); workshop by workshop, the plenary first, each proposal followed by its "
        "sub-points. person: writes everything the forum holds about the participant with that e-mail as "
        "JSON (their right of access). \"-o -\" writes to standard output."));
    commandLine.addArgument(QStringLiteral("participants|assignments|proposals|person"),
                            Cli::tr("What to export."));
    commandLine.addArgument(QStringLiteral("FILE"), Cli::tr("The forum file (.cordee)."));
    commandLine.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                             Cli::tr("The file to write, or - for standard output."),
                                             QStringLiteral("OUT")));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("email"), Cli::tr("The person to export (person only)."), QStringLiteral("EMAIL")));
}

int writeOut(const QString &out, const QByteArray &bytes)
{
    if (out == u"-") {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failUnusable(Cli::tr("“%1” cannot be written: %2").arg(out, file.errorString()));
    return ExitSuccess;
}

int ExportCommand::exportParticipants(ForumDatabase &db, const QString &out)
{
    auto people = ParticipantRepository(db.connection()).loadAll();
    if (!people)
        return failUnusable(people.error());
    QList<Participant> kept;
    for (const Participant &p : std::as_const(*people))
        if (!p.erased)
            kept << p;
    return writeOut(out, participantsToCsv(kept));
}

/// A CSV cell a spreadsheet reads as text: formula starters defused, then RFC 4180 quoting.
QString csvCell(QString cell)
{
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r') || cell.contains(u'\n'))
        cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return cell;
}

int ExportCommand::exportAssignments(ForumDatabase &db, const QString &out)
{
    const auto forum = loadForumSnapshot(db);
    if (!forum)
        return failUnusable(forum.error());
    QHash<qint64, QString> emails;
    for (const Participant &p : forum->participants)
        emails.insert(p.id, p.email);
    QHash<QString, const Workshop *> workshops;
    for (const Workshop &w : forum->workshops)
        workshops.insert(w.key, &w);
    QHash<QString, int> slotOrder;
    for (const TimeSlot &s : forum->timeSlots)
        slotOrder.insert(s.key, int(slotOrder.size()));
    QList<QStringList> lines;
    for (const AssignmentRow &a : forum->assignments) {
        const Workshop *w = workshops.value(a.workshop);
        lines << QStringList{emails.value(a.participantId), a.slot, a.workshop, w ? w->theme : QString(),
                             w ? w->room : QString()};
    }
    std::stable_sort(lines.begin(), lines.end(), [&](const QStringList &x, const QStringList &y) {
        const int sx = slotOrder.value(x.at(1)), sy = slotOrder.value(y.at(1));
        return sx != sy ? sx < sy : x.at(2) != y.at(2) ? x.at(2) < y.at(2) : x.at(0) < y.at(0);
    });
    QString text = QStringLiteral("email,slot,workshop,theme,room\r\n");
    for (const QStringList &line : std::as_const(lines)) {
        QStringList cells;
        for (const QString &c : line)
            cells << csvCell(c);
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    return writeOut(out, QByteArray("\xEF\xBB\xBF") + text.toUtf8());
}

int ExportCommand::exportProposals(ForumDatabase &db, const QString &out)
{
    const auto proposals = ProposalRepository(db.connection()).loadAll();
    if (!proposals)
        return failUnusable(proposals.error());
    return writeOut(out, proposalsToCsv(*proposals));
}

int ExportCommand::exportPerson(ForumDatabase &db, const QString &email, const QString &out)
{
    auto people = ParticipantRepository(db.connection()).loadAll();
    if (!people)
        return failUnusable(people.error());
    const QString wanted = email.trimmed().toCaseFolded();
    const auto it = std::find_if(people->cbegin(), people->cend(),
                                 [&](const Participant &p) { return p.email.toCaseFolded() == wanted; });
    if (it == people->cend())
        return failUnusable(Cli::tr("Nobody has the e-mail \"%1\" in %2.").arg(email, db.path()));
    const auto json = personaldata::exportJson(db, it->id);
    if (!json)
        return failUnusable(json.error());
    return writeOut(out, *json);
}

int ExportCommand::execute(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.positionalArguments();
    if (arguments.isEmpty())
        return commandLine.usageError(
            Cli::tr("what to export is missing: participants, assignments, proposals or person"));
    const QString what = arguments.constFirst();
    if (what != u"participants" && what != u"assignments" && what != u"proposals" && what != u"person")
        return commandLine.usageError(
            Cli::tr("cannot export \"%1\": participants, assignments, proposals or person").arg(what));
    if (arguments.size() != 2)
        return commandLine.usageError(Cli::tr("give the forum FILE"));
    const QString out = commandLine.value(QStringLiteral("output"));
    if (out.isEmpty())
        return commandLine.usageError(Cli::tr("say where to write with -o OUT"));
    if (what == u"person" && commandLine.value(QStringLiteral("email")).isEmpty())
        return commandLine.usageError(Cli::tr("say whose data with --email EMAIL"));
    auto db = ForumDatabase::openReadOnly(arguments.at(1));
    if (!db)
        return failUnusable(db.error());
    if (what == u"assignments")
        return exportAssignments(*db.value(), out);
    if (what == u"proposals")
        return exportProposals(*db.value(), out);
    return what == u"participants"
               ? exportParticipants(*db.value(), out)
               : exportPerson(*db.value(), commandLine.value(QStringLiteral("email")), out);
}

} // namespace

std::unique_ptr<CliCommand> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace cordee::cli
