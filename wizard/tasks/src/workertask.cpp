#include "wizard/tasks/workertask.h"

#include <QThread>

namespace uw {

void WorkerTask::Context::line(LineLevel level, const QString &text) const
{
    WorkerTask *task = m_task;
    QMetaObject::invokeMethod(
        task, [task, level, text] { Q_EMIT task->line(level, text); }, Qt::QueuedConnection);
}

void WorkerTask::Context::progress(double fraction, const Text &text) const
{
    WorkerTask *task = m_task;
    QMetaObject::invokeMethod(
        task, [task, fraction, text] { Q_EMIT task->progress(fraction, text); }, Qt::QueuedConnection);
}

WorkerTask::WorkerTask(int timeoutMs, QObject *parent)
    : TaskRunner(parent)
    , m_timeoutMs(timeoutMs)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_cancel = true;
        Q_EMIT line(LineLevel::Error, QStringLiteral("no result after %1 s; stopping").arg(m_timeoutMs / 1000.0));
    });
}

WorkerTask::~WorkerTask()
{
    // Events the job still posts die with this object; only the thread has to be waited for.
    m_finished = true;
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void WorkerTask::start()
{
    if (m_started)
        return;
    m_started = true;
    Job job = makeJob();
    if (m_timeoutMs > 0)
        m_timeout.start(m_timeoutMs);
    m_thread.reset(QThread::create([this, job = std::move(job)] {
        const Context context(this, &m_cancel);
        const TaskOutcome outcome = job(context);
        // Queued like every line before it, so finished() is the last signal the owner sees.
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

void WorkerTask::cancel()
{
    if (!m_started || m_finished)
        return;
    m_cancel = true;
}

void WorkerTask::finish(TaskOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_thread->wait(); // the job posted this as its last act, so the thread is ending
    if (m_timedOut && outcome.kind == TaskOutcome::Kind::Cancelled)
        outcome = {TaskOutcome::Kind::TimedOut, -1,
                   Text(QT_TRANSLATE_NOOP("uw::Outcome", "did not finish within %1 s: %2"), m_timeoutMs / 1000.0,
                        outcome.message)};
    Q_EMIT finished(outcome);
}

} // namespace uw
