#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <functional>

namespace cordee::cli {

/// What every benchmark of `cordee-cli bench` is run with.
struct BenchSettings
{
    int participants = 10000;
    int runs = 5;
    quint64 seed = 20261014; ///< of the synthetic forum: the same forum on every run and every machine
};

/// One timed operation: its samples in milliseconds and the goal its median should stay under.
/// Benchmarks report; they never fail on time.
struct Measurement
{
    QString key;       ///< stable, for --json ("open_participants")
    QString label;     ///< for people
    double goalMs = 0; ///< 0 for a reference measurement without a goal of its own
    QList<double> samplesMs;
    QString baselineKey; ///< when set, the report gives this median as a ratio of that measurement's

    double median() const;
    double min() const;
    double max() const;
    bool withinGoal() const { return goalMs <= 0 || median() < goalMs; }
};

/// One `cordee-cli bench WHAT`. Later: formation, import, synthesis.
struct Benchmark
{
    QString name;
    QString summary;
    std::function<Result<QList<Measurement>>(const BenchSettings &)> run;
};

/// Every benchmark; the first is the default.
QList<Benchmark> benchmarks();

/// Opening a forum of N participants into the table model, and filter keystrokes over its rows.
Result<QList<Measurement>> benchParticipants(const BenchSettings &settings);

/// Importing N participants from a CSV file into a forum, beside sqlite3's own `.import` of the same file.
Result<QList<Measurement>> benchImport(const BenchSettings &settings);

/// Forming workshops for generated forums of 350, 2,000 and (when N ≥ 10,000) 10,000 people over 3 slots,
/// with each plan's F beside a lower bound, its broken rules (0) and the peak memory.
Result<QList<Measurement>> benchFormation(const BenchSettings &settings);

/// Building the declaration of 300 retained proposals, and writing it as HTML and as PDF (whose median
/// should stay under a second).
Result<QList<Measurement>> benchSynthesis(const BenchSettings &settings);

/// Nanoseconds (QElapsedTimer::nsecsElapsed()) as milliseconds.
double elapsedMs(qint64 nanoseconds);

} // namespace cordee::cli
