#include "clicommand.h"
#include "clioutput.h"
#include "commandline.h"
#include "countrytable.h"
#include "forumdatabase.h"
#include "forumrepository.h"
#include "forumstats.h"
#include "participantrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cordee::cli {

namespace {

/// What `stats` reports about one forum file.
struct StatsReport
{
    QString title;
    ForumStats stats;
    int workshops = 0;
    int proposals = 0;
};

/// Reads the report; the repositories are gone before `db` closes its connection.
Result<StatsReport> loadReport(const ForumDatabase &db)
{
    const ForumRepository forum(db.connection());
    const ParticipantRepository participants(db.connection());
    StatsReport report;
    const Result<ForumInfo> info = forum.loadInfo();
    if (!info)
        return info.error();
    report.title = info->title;
    const Result<QList<Participant>> people = participants.loadAll();
    if (!people)
        return people.error();
    report.stats = ForumStats::compute(*people);
    const Result<int> workshops = forum.countWorkshops();
    if (!workshops)
        return workshops.error();
    report.workshops = *workshops;
    const Result<int> proposals = forum.countProposals();
    if (!proposals)
        return proposals.error();
    report.proposals = *proposals;
    return report;
}

QString categoryKey(Category c)
{
    return c == Category::Unspecified ? QStringLiteral("unspecified") : vocab::key(c);
}

QJsonObject toJson(const StatsReport &report)
{
    const ForumStats &s = report.stats;
    QJsonObject continents, categories, genders, countries;
    // Every key of a closed vocabulary is present, zero or not, so scripts need no existence checks.
    for (Continent c : vocab::continents())
        continents.insert(vocab::key(c), s.byContinent.value(c));
    categories.insert(categoryKey(Category::Unspecified), s.byCategory.value(Category::Unspecified));
    for (Category c : vocab::categories())
        categories.insert(categoryKey(c), s.byCategory.value(c));
    for (Gender g : vocab::genders())
        genders.insert(vocab::key(g), s.byGender.value(g));
    for (auto it = s.byCountry.cbegin(); it != s.byCountry.cend(); ++it)
        countries.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("title"), report.title},         {QStringLiteral("participants"), s.participants},
        {QStringLiteral("countries"), s.countries()},    {QStringLiteral("continents"), s.continents()},
        {QStringLiteral("workshops"), report.workshops}, {QStringLiteral("proposals"), report.proposals},
        {QStringLiteral("by_continent"), continents},    {QStringLiteral("by_category"), categories},
        {QStringLiteral("by_gender"), genders},          {QStringLiteral("by_country"), countries},
    };
}

using Rows = QList<std::pair<QString, QString>>;

/// "  93   26.6 %": counts lined up on the right, shares to one decimal.
QString countCell(int count, int total, int digits)
{
    const QString share = total > 0 ? QString::number(100.0 * count / total, 'f', 1) : QStringLiteral("0.0");
    return QString::number(count).rightJustified(digits) + QStringLiteral("  ") + share.rightJustified(5) +
           QStringLiteral(" %");
}

QList<Rows> breakdownRows(const ForumStats &s)
{
    const int digits = int(QString::number(s.participants).size());
    const auto cell = [&](int n) { return countCell(n, s.participants, digits); };
    Rows continents, categories, genders, countries;
    for (Continent c : vocab::continents())
        continents << std::pair{vocab::label(c), cell(s.byContinent.value(c))};
    for (Category c : vocab::categories())
        categories << std::pair{vocab::label(c), cell(s.byCategory.value(c))};
    categories << std::pair{vocab::label(Category::Unspecified),
                            cell(s.byCategory.value(Category::Unspecified))};
    for (Gender g : {Gender::Female, Gender::Male, Gender::Other, Gender::NotStated})
        genders << std::pair{vocab::label(g), cell(s.byGender.value(g))};
    // Countries by head count, the largest first; ties in code order.
    QList<std::pair<QString, int>> sorted;
    for (auto it = s.byCountry.cbegin(); it != s.byCountry.cend(); ++it)
        sorted << std::pair{it.key(), it.value()};
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    const CountryTable &table = CountryTable::instance();
    for (const auto &[code, count] : sorted)
        countries << std::pair{table.displayName(code) + QStringLiteral(" (") + code + u')', cell(count)};
    return {continents, categories, genders, countries};
}

QString toText(const StatsReport &report)
{
    const ForumStats &s = report.stats;
    const QString dot = QStringLiteral(" · ");
    QStringList lines{
        plural(s.participants, Cli::tr("%1 participant"), Cli::tr("%1 participants")) + dot +
            plural(s.countries(), Cli::tr("%1 country"), Cli::tr("%1 countries")) + dot +
            plural(s.continents(), Cli::tr("%1 continent"), Cli::tr("%1 continents")),
        report.title,
        plural(report.workshops, Cli::tr("%1 workshop"), Cli::tr("%1 workshops")) + dot +
            plural(report.proposals, Cli::tr("%1 proposal"), Cli::tr("%1 proposals")),
    };
    const QList<Rows> sections = breakdownRows(s);
    const QStringList headings{Cli::tr("By continent"), Cli::tr("By category"), Cli::tr("By gender"),
                               Cli::tr("By country")};
    qsizetype width = 0;
    for (const Rows &rows : sections)
        for (const auto &row : rows)
            width = std::max(width, row.first.size());
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Rows &rows = sections.at(i);
        lines << QString() << headings.at(i)
              << (rows.isEmpty() ? QStringLiteral("  ") + Cli::tr("(none)") : alignedLines(rows, 2, width));
    }
    return lines.join(u'\n');
}

/// `cordee-cli stats FILE [--json]`
class StatsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override
    {
        return Cli::tr("Print a forum's head counts by continent, category, gender and country.");
    }

protected:
    void describe(CommandLine &commandLine) const override;
    int execute(const CommandLine &commandLine) override;
};

void StatsCommand::describe(CommandLine &commandLine) const
{
    commandLine.setUsage(QStringLiteral("stats FILE [--json]"));
    commandLine.setDescription(Cli::tr(
        "Prints the head counts of the forum in FILE: participants (those who cancelled are not "
        "counted), countries, continents, workshops and proposals, then the participants by continent, "
        "category, gender and country."));
    commandLine.addArgument(QStringLiteral("FILE"), Cli::tr("A forum file (.cordee)."));
    commandLine.addOption(QCommandLineOption(
        QStringLiteral("json"),
        Cli::tr(
            "Print a JSON object instead: title, participants, countries, continents, workshops, proposals, "
            "by_continent, by_category, by_gender, by_country.")));
}

int StatsCommand::execute(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.positionalArguments();
    if (arguments.isEmpty())
        return commandLine.usageError(Cli::tr("the forum FILE is missing"));
    if (arguments.size() > 1)
        return commandLine.usageError(Cli::tr("one FILE only, unexpected \"%1\"").arg(arguments.at(1)));
    const auto db = ForumDatabase::openReadOnly(arguments.constFirst());
    if (!db)
        return failUnusable(db.error());
    const Result<StatsReport> report = loadReport(*db.value());
    if (!report)
        return failUnusable(report.error());
    if (commandLine.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(toJson(*report)).toJson(QJsonDocument::Indented)).trimmed());
    else
        printOut(toText(*report));
    return ExitSuccess;
}

} // namespace

std::unique_ptr<CliCommand> makeStatsCommand()
{
    return std::make_unique<StatsCommand>();
}

} // namespace cordee::cli
