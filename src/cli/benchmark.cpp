#include "benchmark.h"

#include "clioutput.h"

#include <algorithm>

namespace cordee::cli {

double Measurement::median() const
{
    if (samplesMs.isEmpty())
        return 0;
    QList<double> sorted = samplesMs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype mid = sorted.size() / 2;
    return sorted.size() % 2 ? sorted.at(mid) : (sorted.at(mid - 1) + sorted.at(mid)) / 2;
}

double Measurement::min() const
{
    return samplesMs.isEmpty() ? 0 : *std::min_element(samplesMs.cbegin(), samplesMs.cend());
}

double Measurement::max() const
{
    return samplesMs.isEmpty() ? 0 : *std::max_element(samplesMs.cbegin(), samplesMs.cend());
}

double elapsedMs(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

QList<Benchmark> benchmarks()
{
    return {
        Benchmark{
            QStringLiteral("participants"),
            Cli::tr("Open a forum of N participants into the participant table, then filter it keystroke "
                    "by keystroke."),
            benchParticipants},
        Benchmark{QStringLiteral("import"),
                  Cli::tr("Import N participants from a CSV file, beside sqlite3's own .import of the same "
                          "file."),
                  benchImport},
        Benchmark{QStringLiteral("formation"),
                  Cli::tr("Form workshops for generated forums of 350, 2,000 and 10,000 people over 3 slots "
                          "(10,000 only when N is 10,000 or more)."),
                  benchFormation},
        Benchmark{QStringLiteral("synthesis"),
                  Cli::tr("Build the declaration of 300 retained proposals and write it as HTML and PDF."),
                  benchSynthesis},
    };
}

} // namespace cordee::cli
