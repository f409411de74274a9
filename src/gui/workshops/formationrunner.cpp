#include "formationrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cordee {

FormationRunner::FormationRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<FormationPlan>>::finished, this, [this] {
        const bool cancelled = m_state && m_state->cancel.load();
        Q_EMIT finished(m_watcher.result(), cancelled);
    });
}

FormationRunner::~FormationRunner()
{
    if (m_state)
        m_state->cancel = true;
    m_watcher.waitForFinished();
}

bool FormationRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void FormationRunner::start(ForumSnapshot snapshot, FormOptions options)
{
    if (isRunning())
        return;
    // The worker keeps its own reference: the state outlives a runner destroyed mid-run.
    m_state = std::make_shared<State>();
    std::shared_ptr<State> state = m_state;
    options.cancel = &state->cancel;
    options.progress = [state](double done, double) { state->progress = done; };
    m_watcher.setFuture(QtConcurrent::run(
        [state, snapshot = std::move(snapshot), options]() { return computeFormation(snapshot, options); }));
}

void FormationRunner::cancel()
{
    if (m_state)
        m_state->cancel = true;
}

double FormationRunner::progress() const
{
    return m_state ? m_state->progress.load() : 0.0;
}

} // namespace cordee
