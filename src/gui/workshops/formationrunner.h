#pragma once

#include "formationbridge.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace cordee {

/// Runs a formation (computeFormation()) in a worker thread on a snapshot of the forum, reports its
/// progress and can be cancelled; the window stays responsive. The result is handed back on the GUI thread
/// and nothing is written: the page applies it as one undoable step.
class FormationRunner : public QObject
{
    Q_OBJECT

public:
    explicit FormationRunner(QObject *parent = nullptr);
    /// Cancels a run still going and waits for it.
    ~FormationRunner() override;

    bool isRunning() const;
    void start(ForumSnapshot snapshot, FormOptions options);
    void cancel();
    /// Share of the work done, 0–1.
    double progress() const;

Q_SIGNALS:
    /// The run ended: its plan or why there is none; `cancelled` when the user stopped it.
    void finished(const cordee::Result<cordee::FormationPlan> &result, bool cancelled);

private:
    struct State
    {
        std::atomic<bool> cancel{false};
        std::atomic<double> progress{0};
    };
    std::shared_ptr<State> m_state;
    QFutureWatcher<Result<FormationPlan>> m_watcher;
};

} // namespace cordee
