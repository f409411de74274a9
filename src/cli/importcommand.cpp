#include "clicommand.h"
#include "clioutput.h"
#include "commandline.h"
#include "forumdocument.h"
#include "forumrepository.h"
#include "participantimport.h"
#include "proposalcsv.h"
#include "proposalrepository.h"
#include "tablereader.h"
#include "writetransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace cordee::cli {

namespace {

/// Exit code when some rows were refused or warned about and the rest was imported.
constexpr int ExitProblems = 3;

/// `cordee-cli import participants FILE SOURCE [--json] [--dry-run] [--strict] [--encoding NAME]
/// [--delimiter C] [--map "Header=field"]…` and `cordee-cli import proposals FILE SOURCE.csv [--json]
/// [--dry-run]`
class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return Cli::tr("Import participants or proposals from a spreadsheet.");
    }

protected:
    void describe(CommandLine &commandLine) const override;
    int execute(const CommandLine &commandLine) override;

private:
    struct Outcome
    {
        ImportPlan plan;
        TextTable table;
        bool written = false;
    };
    static QJsonObject toJson(const Outcome &outcome, const CommandLine &commandLine);
    static QString toText(const Outcome &outcome);
    static int importProposals(const CommandLine &commandLine, const QString &forum, const QString &source,
                               TextTable table);
};

void ImportCommand::describe(CommandLine &commandLine) const
{
    commandLine.setUsage(QStringLiteral("import participants FILE SOURCE [--json] [--dry-run] [--strict] "
                                        "[--encoding NAME] [--delimiter C] [--map \"Header=field\"]… "
                                        "| import proposals FILE SOURCE.csv [--json] [--dry-run]"));
    commandLine.setDescription(Cli::tr(
        "participants: imports the people of the spreadsheet SOURCE (CSV, TSV, text, .xlsx or .ods; \"-\" "
        "reads standard input) into the forum FILE, in one transaction. Columns are recognised from their "
        "headers in English, French or Spanish. A row without any name is refused; a bad value leaves its "
        "field empty with a warning; someone already in the forum or twice in the file is not created twice, "
        "and the existing record is completed. Problems are listed by spreadsheet row (the header is row 1). "
        "Exit codes: 0 no problem, 3 rows refused or warned about (the rest was imported), 2 nothing could "
        "be read. proposals: imports the proposals of SOURCE into FILE, all in one transaction. Columns, by "
        "header: key (required; a key already in the forum updates that proposal, an empty key makes a new "
        "one), workshop (a workshop key; empty for the plenary), text, status (draft, submitted, retained, "
        "rejected or merged; empty: draft), order (from 1: the place among the retained proposals for a "
        "retained one, among the sub-points of its parent for a sub-point, among its workshop's proposals "
        "otherwise), parent (the key of the proposal a sub-point belongs to), and optionally theme (key or "
        "title), tags (\"sdg:8;sdg:12;actor:UNDP\": SDGs 1 to 17 and actors, separated by semicolons), "
        "support (how many supported it), merged_into and sources (\"merge:P-0003;split:P-0002\"), as "
        "`export proposals` writes them. A column left out keeps the existing proposals' values; an empty "
        "cell clears its value. Any refused row (unknown workshop, theme or parent, bad status, order, "
        "support or tag, empty text, key given twice, sub-points in a cycle) stops the whole import: nothing "
        "is written. An unknown column is a warning. Exit codes: 0 imported without problem, 3 problems "
        "listed (with any refused row nothing was written; with warnings only, the rest was imported), 2 the "
        "source or the forum cannot be used (no key column, say), 1 wrong usage."));
    commandLine.addArgument(QStringLiteral("participants|proposals"), Cli::tr("What to import."));
    commandLine.addArgument(QStringLiteral("FILE"), Cli::tr("The forum file (.cordee)."));
    commandLine.addArgument(QStringLiteral("SOURCE"), Cli::tr("The spreadsheet, or - for standard input."));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("json"),
        Cli::tr("Print a JSON report: imported, updated, duplicates, refused, problems.")));
    commandLine.addOption(
        QCommandLineOption(QStringLiteral("dry-run"), Cli::tr("Check and report, write nothing.")));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("strict"), Cli::tr("Import nothing if any problem is found (participants only).")));
    commandLine.addOption(
        QCommandLineOption(QStringLiteral("encoding"),
                           Cli::tr("The text file's encoding: UTF-8, UTF-16LE, UTF-16BE or Windows-1252."),
                           QStringLiteral("NAME")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("delimiter"),
                                             Cli::tr("The text file's delimiter: , ; or tab (\\t)."),
                                             QStringLiteral("C")));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("map"),
        Cli::tr(
            "Feed the column Header into field (first_name, last_name, email, organization, country, gender, "
            "age_band, category, languages, preference_1…preference_5, roles, availability, status, notes, "
            "ignore). Repeatable. Participants only."),
        QStringLiteral("Header=field")));
    commandLine.setEpilogue(
        Cli::tr("Examples:\n"
                "  cordee-cli import participants forum.cordee inscriptions.csv\n"
                "  cordee-cli import participants forum.cordee export.xlsx --dry-run --json\n"
                "  cordee-cli import participants forum.cordee - --map \"Mail=email\" < list.csv\n"
                "  cordee-cli import proposals forum.cordee proposals.csv --json"));
}

QJsonObject ImportCommand::toJson(const Outcome &o, const CommandLine &commandLine)
{
    QJsonArray problems;
    for (const ImportProblem &p : o.plan.problems)
        problems << QJsonObject{{QStringLiteral("row"), p.row},
                                {QStringLiteral("column"), p.column},
                                {QStringLiteral("message"), p.message},
                                {QStringLiteral("severity"), p.severity == ImportProblem::Severity::Refused
                                                                 ? QStringLiteral("refused")
                                                                 : QStringLiteral("warning")}};
    return QJsonObject{{QStringLiteral("imported"),
                        o.written || commandLine.isSet(QStringLiteral("dry-run")) ? o.plan.imported : 0},
                       {QStringLiteral("updated"),
                        o.written || commandLine.isSet(QStringLiteral("dry-run")) ? o.plan.updated : 0},
                       {QStringLiteral("duplicates"), o.plan.duplicates},
                       {QStringLiteral("refused"), o.plan.refused},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("rows"), int(o.table.rows.size())},
                       {QStringLiteral("encoding"), o.table.encoding},
                       {QStringLiteral("written"), o.written},
                       {QStringLiteral("dry_run"), commandLine.isSet(QStringLiteral("dry-run"))}};
}

QString ImportCommand::toText(const Outcome &o)
{
    QStringList lines;
    const ImportPlan &p = o.plan;
    lines << (o.written
                  ? Cli::tr("Imported %1 new, completed %2 existing; %3 duplicates, %4 refused.")
                  : Cli::tr("Nothing written. Would import %1 new, complete %2 existing; %3 duplicates, "
                            "%4 refused."))
                 .arg(p.imported)
                 .arg(p.updated)
                 .arg(p.duplicates)
                 .arg(p.refused);
    for (const ImportProblem &problem : p.problems) {
        const QString where = problem.column.isEmpty()
                                  ? Cli::tr("row %1").arg(problem.row)
                                  : Cli::tr("row %1, %2").arg(problem.row).arg(problem.column);
        lines << QStringLiteral("  %1: %2").arg(where, problem.message);
    }
    return lines.join(u'\n');
}

Result<TextTable> readSource(const QString &source, const ReadOptions &options)
{
    if (source != u"-")
        return tablereader::readFile(source, options);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error{Cli::tr("Standard input cannot be read."), {}};
    const QByteArray bytes = in.readAll();
    if (bytes.startsWith(QByteArrayLiteral("PK\x03\x04"))) {
        const auto xlsx = tablereader::readXlsx(bytes);
        return xlsx ? xlsx : tablereader::readOds(bytes);
    }
    return tablereader::readText(bytes, options);
}

int ImportCommand::execute(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.positionalArguments();
    const QString what = arguments.value(0);
    if (what != u"participants" && what != u"proposals")
        return commandLine.usageError(
            arguments.isEmpty()
                ? Cli::tr("what to import is missing: participants or proposals")
                : Cli::tr("cannot import \"%1\": participants or proposals").arg(arguments.at(0)));
    if (arguments.size() != 3)
        return commandLine.usageError(Cli::tr("give the forum FILE and the SOURCE spreadsheet"));
    if (what == u"proposals")
        for (const char *option : {"strict", "map"})
            if (commandLine.isSet(QString::fromLatin1(option)))
                return commandLine.usageError(
                    Cli::tr("--%1 is for participants only").arg(QString::fromLatin1(option)));
    ReadOptions options;
    options.encoding = commandLine.value(QStringLiteral("encoding"));
    QString delimiter = commandLine.value(QStringLiteral("delimiter"));
    if (delimiter == u"\\t" || delimiter.compare(u"tab", Qt::CaseInsensitive) == 0)
        delimiter = QStringLiteral("\t");
    if (delimiter.size() > 1)
        return commandLine.usageError(Cli::tr("--delimiter takes one character, not \"%1\"").arg(delimiter));
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.at(0);

    Outcome outcome;
    auto table = readSource(arguments.at(2), options);
    if (!table)
        return failUnusable(table.error());
    if (what == u"proposals")
        return importProposals(commandLine, arguments.at(1), arguments.at(2), std::move(table).value());
    outcome.table = std::move(table).value();
    ColumnMapping mapping = ColumnMapping::guess(outcome.table.header);
    for (const QString &assignment : commandLine.values(QStringLiteral("map")))
        if (const auto error = mapping.applyOverride(outcome.table.header, assignment))
            return commandLine.usageError(*error);
    if (mapping.columnOf(ImportField::FirstName) < 0 && mapping.columnOf(ImportField::LastName) < 0)
        return failUnusable(
            Cli::tr("%1: no column holds first or last names (use --map \"Header=last_name\")")
                .arg(arguments.at(2)));

    const bool dryRun = commandLine.isSet(QStringLiteral("dry-run"));
    auto db = dryRun ? ForumDatabase::openReadOnly(arguments.at(1)) : ForumDatabase::open(arguments.at(1));
    if (!db)
        return failUnusable(db.error());
    auto document = ForumDocument::fromDatabase(std::move(db).value());
    if (!document)
        return failUnusable(document.error());
    ForumDocument &doc = *document.value();
    outcome.plan =
        planParticipantImport(outcome.table, mapping, doc.participants(), doc.themes(), doc.timeSlots());
    const bool strictStop = commandLine.isSet(QStringLiteral("strict")) && outcome.plan.hasProblems();
    if (!dryRun && !strictStop) {
        if (Status s = doc.applyParticipantChanges(outcome.plan.toInsert, outcome.plan.toUpdate); !s)
            return failUnusable(s.error());
        outcome.written = true;
    }
    if (commandLine.isSet(QStringLiteral("json")))
        printOut(
            QString::fromUtf8(QJsonDocument(toJson(outcome, commandLine)).toJson(QJsonDocument::Indented))
                .trimmed());
    else
        printOut(toText(outcome));
    return outcome.plan.hasProblems() ? ExitProblems : ExitSuccess;
}

/// What `import proposals` prints: the counts, then each problem by row.
QString proposalsText(const ProposalImportPlan &plan, bool written)
{
    QStringList lines;
    if (written)
        lines << Cli::tr("Imported %1 new proposals, updated %2; %3 unchanged.")
                     .arg(plan.created)
                     .arg(plan.updated)
                     .arg(plan.unchanged);
    else if (!plan.canWrite())
        lines << Cli::tr("Nothing imported: %1 refused. Correct them and import the file again.")
                     .arg(plural(plan.refused, Cli::tr("%1 row"), Cli::tr("%1 rows")));
    else
        lines << Cli::tr("Nothing written. Would import %1 new proposals, update %2; %3 unchanged.")
                     .arg(plan.created)
                     .arg(plan.updated)
                     .arg(plan.unchanged);
    for (const ImportProblem &problem : plan.problems) {
        const QString where = problem.column.isEmpty()
                                  ? Cli::tr("row %1").arg(problem.row)
                                  : Cli::tr("row %1, %2").arg(problem.row).arg(problem.column);
        lines << QStringLiteral("  %1: %2").arg(where, problem.message);
    }
    return lines.join(u'\n');
}

QJsonObject proposalsJson(const ProposalImportPlan &plan, const TextTable &table, bool written, bool dryRun)
{
    QJsonArray problems;
    for (const ImportProblem &p : plan.problems)
        problems << QJsonObject{{QStringLiteral("row"), p.row},
                                {QStringLiteral("column"), p.column},
                                {QStringLiteral("message"), p.message},
                                {QStringLiteral("severity"), p.severity == ImportProblem::Severity::Refused
                                                                 ? QStringLiteral("refused")
                                                                 : QStringLiteral("warning")}};
    const bool counted = written || (dryRun && plan.canWrite());
    return QJsonObject{{QStringLiteral("imported"), counted ? plan.created : 0},
                       {QStringLiteral("updated"), counted ? plan.updated : 0},
                       {QStringLiteral("unchanged"), plan.unchanged},
                       {QStringLiteral("refused"), plan.refused},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("rows"), int(table.rows.size())},
                       {QStringLiteral("encoding"), table.encoding},
                       {QStringLiteral("written"), written},
                       {QStringLiteral("dry_run"), dryRun}};
}

int ImportCommand::importProposals(const CommandLine &commandLine, const QString &forum,
                                   const QString &source, TextTable table)
{
    const bool dryRun = commandLine.isSet(QStringLiteral("dry-run"));
    auto db = dryRun ? ForumDatabase::openReadOnly(forum) : ForumDatabase::open(forum);
    if (!db)
        return failUnusable(db.error());
    const QSqlDatabase connection = db.value()->connection();
    const ForumRepository forumRepository(connection);
    const auto workshops = forumRepository.loadWorkshops();
    if (!workshops)
        return failUnusable(workshops.error());
    const auto themes = forumRepository.loadThemes();
    if (!themes)
        return failUnusable(themes.error());
    ProposalRepository proposals(connection);
    const auto existing = proposals.loadAll();
    if (!existing)
        return failUnusable(existing.error());
    const ProposalImportPlan plan = planProposalImport(table, *existing, *workshops, *themes);
    if (!plan.unusable.isEmpty())
        return failUnusable(source + QStringLiteral(": ") + plan.unusable);
    bool written = false;
    if (!dryRun && plan.canWrite()) {
        WriteTransaction transaction(connection);
        if (Status s = transaction.begin(Cli::tr("importing proposals")); !s)
            return failUnusable(s.error());
        if (Status s = proposals.apply(plan.edit); !s)
            return failUnusable(s.error());
        if (Status s = transaction.commit(); !s)
            return failUnusable(s.error());
        written = true;
    }
    if (commandLine.isSet(QStringLiteral("json")))
        printOut(
            QString::fromUtf8(
                QJsonDocument(proposalsJson(plan, table, written, dryRun)).toJson(QJsonDocument::Indented))
                .trimmed());
    else
        printOut(proposalsText(plan, written));
    return plan.hasProblems() ? ExitProblems : ExitSuccess;
}

} // namespace

std::unique_ptr<CliCommand> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace cordee::cli
