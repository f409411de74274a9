#include "benchmark.h"
#include "clicommand.h"
#include "clioutput.h"
#include "commandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace cordee::cli {

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

std::optional<Measurement> baselineOf(const Measurement &m, const QList<Measurement> &results)
{
    if (m.baselineKey.isEmpty())
        return std::nullopt;
    for (const Measurement &other : results)
        if (other.key == m.baselineKey && other.median() > 0)
            return other;
    return std::nullopt;
}

QJsonObject toJson(const Benchmark &benchmark, const BenchSettings &settings,
                   const QList<Measurement> &results)
{
    QJsonArray measurements;
    for (const Measurement &m : results) {
        QJsonArray samples;
        for (double sample : m.samplesMs)
            samples << sample;
        measurements << QJsonObject{
            {QStringLiteral("name"), m.key},
            {QStringLiteral("label"), m.label},
            {QStringLiteral("median_ms"), m.median()},
            {QStringLiteral("min_ms"), m.min()},
            {QStringLiteral("max_ms"), m.max()},
            {QStringLiteral("goal_ms"), m.goalMs},
            {QStringLiteral("within_goal"), m.withinGoal()},
            {QStringLiteral("samples_ms"), samples},
        };
        if (const auto base = baselineOf(m, results)) {
            QJsonObject last = measurements.last().toObject();
            last.insert(QStringLiteral("baseline"), base->key);
            last.insert(QStringLiteral("ratio_to_baseline"), m.median() / base->median());
            measurements.replace(measurements.size() - 1, last);
        }
    }
    return QJsonObject{
        {QStringLiteral("benchmark"), benchmark.name},
        {QStringLiteral("participants"), settings.participants},
        {QStringLiteral("runs"), settings.runs},
        {QStringLiteral("seed"), QString::number(settings.seed)},
        {QStringLiteral("measurements"), measurements},
    };
}

QString toText(const QList<Measurement> &results)
{
    qsizetype goalWidth = 0;
    for (const Measurement &m : results)
        goalWidth = std::max(goalWidth, QString::number(m.goalMs).size());
    QList<std::pair<QString, QString>> rows;
    QStringList ratios;
    for (const Measurement &m : results) {
        const QString goal =
            m.goalMs > 0 ? Cli::tr("goal < %1 ms").arg(QString::number(m.goalMs).rightJustified(goalWidth))
                         : Cli::tr("reference");
        const QString figures = Cli::tr("median %1 ms   min %2   max %3   %4   %5")
                                    .arg(ms(m.median()).rightJustified(7), ms(m.min()).rightJustified(7),
                                         ms(m.max()).rightJustified(7), goal,
                                         m.goalMs <= 0    ? QString()
                                         : m.withinGoal() ? Cli::tr("within goal")
                                                          : Cli::tr("over goal"));
        rows << std::pair{m.label, figures};
        if (const auto base = baselineOf(m, results))
            ratios << Cli::tr("  %1 takes %2× the time of: %3")
                          .arg(m.label, QString::number(m.median() / base->median(), 'f', 2), base->label);
    }
    return alignedLines(rows) + (ratios.isEmpty() ? QString() : u'\n' + ratios.join(u'\n'));
}

/// `cordee-cli bench [WHAT] [--participants N] [--runs R] [--json]`
class BenchCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override { return Cli::tr("Measure how fast Cordée handles a large forum."); }

protected:
    void describe(CommandLine &commandLine) const override;
    int execute(const CommandLine &commandLine) override;

private:
    bool readSettings(const CommandLine &commandLine, BenchSettings &settings, QString *error) const;
};

void BenchCommand::describe(CommandLine &commandLine) const
{
    commandLine.setUsage(QStringLiteral("bench [WHAT] [--participants N] [--runs R] [--json]"));
    commandLine.setDescription(Cli::tr(
        "Measures WHAT on a generated forum (the same on every machine) and prints, for each "
        "measurement, the median, the fastest and the slowest run against its goal. Goals are reported, "
        "never enforced: the exit code is 0 whatever the times."));
    commandLine.addArgument(QStringLiteral("WHAT"), Cli::tr("What to measure (default: participants)."));
    commandLine.addOption(QCommandLineOption(QStringLiteral("participants"),
                                             Cli::tr("Participants in the generated forum (default: 10000)."),
                                             QStringLiteral("N"), QStringLiteral("10000")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("runs"),
                                             Cli::tr("Times each measurement is repeated (default: 5)."),
                                             QStringLiteral("R"), QStringLiteral("5")));
    commandLine.addOption(
        QCommandLineOption(QStringLiteral("json"), Cli::tr("Print the results as a JSON object.")));
    QList<std::pair<QString, QString>> rows;
    for (const Benchmark &b : benchmarks())
        rows << std::pair{b.name, wrapped(b.summary, 80, 2 + 22 + 2)};
    commandLine.setEpilogue(Cli::tr("Benchmarks (WHAT):") + u'\n' + alignedLines(rows, 2, 22));
}

bool BenchCommand::readSettings(const CommandLine &commandLine, BenchSettings &settings, QString *error) const
{
    settings.participants = commandLine.intValue(QStringLiteral("participants"), 1, 1'000'000, error);
    if (error->isEmpty())
        settings.runs = commandLine.intValue(QStringLiteral("runs"), 1, 1000, error);
    return error->isEmpty();
}

int BenchCommand::execute(const CommandLine &commandLine)
{
    const QStringList arguments = commandLine.positionalArguments();
    if (arguments.size() > 1)
        return commandLine.usageError(
            Cli::tr("one benchmark at a time, unexpected \"%1\"").arg(arguments.at(1)));
    const QList<Benchmark> all = benchmarks();
    const QString what = arguments.isEmpty() ? all.constFirst().name : arguments.constFirst();
    const auto benchmark =
        std::find_if(all.cbegin(), all.cend(), [&](const Benchmark &b) { return b.name == what; });
    if (benchmark == all.cend())
        return commandLine.usageError(Cli::tr("no benchmark \"%1\"").arg(what));
    BenchSettings settings;
    QString error;
    if (!readSettings(commandLine, settings, &error))
        return commandLine.usageError(error);

    const bool json = commandLine.isSet(QStringLiteral("json"));
    if (!json)
        printOut(
            Cli::tr("Benchmark %1: %2, %3")
                .arg(what,
                     plural(settings.participants, Cli::tr("%1 participant"), Cli::tr("%1 participants")),
                     plural(settings.runs, Cli::tr("%1 run"), Cli::tr("%1 runs"))));
    const Result<QList<Measurement>> results = benchmark->run(settings);
    if (!results)
        return failUnusable(results.error());
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(toJson(*benchmark, settings, *results)).toJson()).trimmed());
    else
        printOut(toText(*results));
    return ExitSuccess;
}

} // namespace

std::unique_ptr<CliCommand> makeBenchCommand()
{
    return std::make_unique<BenchCommand>();
}

} // namespace cordee::cli
