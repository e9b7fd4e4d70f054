#pragma once

#include "wizard/support/specreader.h"
#include "wizard/tasks/taskrunner.h"

#include <QElapsedTimer>
#include <QTimer>

#include <expected>

namespace uw {

// Stops a service by the pid file a background start wrote (or any pid file whose first line
// is a process id): asks it to stop (Unix: SIGTERM, to its process group when the pid file
// names one it still leads), kills it if it is still there after the grace period (Windows:
// ends it and its descendants at once, since a console program there has no such request),
// and removes the pid file. A process that is already gone, or a pid file that is not there,
// is a success: there is nothing left to stop.
class StopProcessTask : public TaskRunner
{
    Q_OBJECT
public:
    struct Spec
    {
        QString pidFile;
        int graceMs = kDefaultGraceMs;
    };
    static constexpr int kDefaultGraceMs = 10000;
    static constexpr int kAfterKillMs = 5000; // how long a killed process may take to go
    static constexpr int kPollMs = 100;

    static Spec read(spec::Reader &reader);
    static std::expected<Spec, QString> parse(const QJsonObject &spec);

    explicit StopProcessTask(Spec spec, QObject *parent = nullptr);

    void start() override;
    void cancel() override;

private:
    void poll();
    void finish(TaskOutcome outcome);

    Spec m_spec;
    qint64 m_pid = 0;
    qint64 m_started = 0;
    qint64 m_group = 0;
    bool m_killed = false;
    bool m_finished = false;
    QTimer m_poll;
    QElapsedTimer m_clock;
};

} // namespace uw
