#pragma once

#include "wizard/tasks/taskrunner.h"

#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace uw {

// A task runner whose work is blocking file I/O. The work runs on a thread of its own (a long
// copy must not hold a shared pool thread that checks also need), and everything it reports is
// posted to the runner's thread, so connected slots never run on the worker.
class WorkerTask : public TaskRunner
{
    Q_OBJECT
public:
    // Handed to the job on the worker thread: the cancel flag and the way to report.
    class Context
    {
    public:
        bool cancelled() const { return m_cancel->load(); }
        void line(LineLevel level, const QString &text) const;
        void progress(double fraction, const Text &text) const;

    private:
        friend class WorkerTask;
        Context(WorkerTask *task, const std::atomic_bool *cancel)
            : m_task(task)
            , m_cancel(cancel)
        { }
        WorkerTask *m_task;
        const std::atomic_bool *m_cancel;
    };

    // The job owns copies of everything it needs: it never touches the runner's members, so the
    // runner can be destroyed (after the job is stopped) in any order.
    using Job = std::function<TaskOutcome(const Context &context)>;

    ~WorkerTask() override; // cancels the job and waits for it

    void start() final;
    void cancel() final;

protected:
    WorkerTask(int timeoutMs, QObject *parent);

    // Called once, by start(), on the runner's thread.
    virtual Job makeJob() = 0;

private:
    void finish(TaskOutcome outcome);

    int m_timeoutMs = 0;
    QTimer m_timeout;
    std::atomic_bool m_cancel = false;
    std::unique_ptr<QThread> m_thread;
    bool m_started = false;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace uw
