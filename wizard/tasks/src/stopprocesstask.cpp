#include "wizard/tasks/stopprocesstask.h"

#include "taskspec_support.h"

#include "wizard/support/processtree.h"
#include "wizard/tasks/commandtask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace uw {

StopProcessTask::Spec StopProcessTask::read(spec::Reader &reader)
{
    Spec spec;
    reader.allowKeys(tasks::detail::withCommonKeys({QStringLiteral("pid_file"), QStringLiteral("grace_ms")}));
    spec.pidFile = reader.string(QStringLiteral("pid_file"), spec::Need::Required).value_or(QString());
    spec.graceMs = int(reader.milliseconds(QStringLiteral("grace_ms"), 0, 600000).value_or(kDefaultGraceMs));
    return spec;
}

std::expected<StopProcessTask::Spec, QString> StopProcessTask::parse(const QJsonObject &json)
{
    return tasks::detail::parseAtRunTime(json, &StopProcessTask::read);
}

StopProcessTask::StopProcessTask(Spec spec, QObject *parent)
    : TaskRunner(parent)
    , m_spec(std::move(spec))
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &StopProcessTask::poll);
}

void StopProcessTask::start()
{
    const QString pidFile = QDir::toNativeSeparators(m_spec.pidFile);
    if (!QFileInfo::exists(m_spec.pidFile)) {
        finish(
            {TaskOutcome::Kind::Success, 0,
             Text(QT_TRANSLATE_NOOP("uw::Outcome", "no pid file %1: nothing started through it is running"), pidFile)});
        return;
    }
    const auto pid = CommandTask::readPidFile(m_spec.pidFile);
    if (!pid) {
        finish({TaskOutcome::Kind::Failed, -1,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "cannot tell what to stop: %1"), pid.error())});
        return;
    }
    m_pid = pid->pid;
    m_started = pid->started;
    m_group = pid->group;
    if (!ProcessTree::isRunning(m_pid, m_started)) {
        QFile::remove(m_spec.pidFile);
        finish({TaskOutcome::Kind::Success, 0,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "process %1 of %2 is not running: already stopped"), m_pid,
                     pidFile)});
        return;
    }
#ifdef Q_OS_WIN
    Q_EMIT line(LineLevel::Info, QStringLiteral("ending process %1 and the processes it started").arg(m_pid));
    ProcessTree::stopDetached(m_pid, m_group, true);
    m_killed = true;
#else
    Q_EMIT line(LineLevel::Info,
                QStringLiteral("asking process %1 to stop (SIGTERM%2); killing it if it is still there after %3 s")
                    .arg(m_pid)
                    .arg(m_group > 0 ? QStringLiteral(" to its process group %1").arg(m_group) : QString())
                    .arg(m_spec.graceMs / 1000.0));
    ProcessTree::stopDetached(m_pid, m_group, false);
#endif
    m_clock.start();
    m_poll.start();
}

void StopProcessTask::poll()
{
    if (m_finished)
        return;
    if (!ProcessTree::isRunning(m_pid, m_started)) {
        QFile::remove(m_spec.pidFile);
        finish({TaskOutcome::Kind::Success, 0,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "process %1 %2"), m_pid,
                     m_killed ? QStringLiteral("was killed and is gone") : QStringLiteral("stopped"))});
        return;
    }
    if (!m_killed && m_clock.elapsed() >= m_spec.graceMs) {
        Q_EMIT line(LineLevel::Warning,
                    QStringLiteral("process %1 is still running after %2 s; killing it")
                        .arg(m_pid)
                        .arg(m_spec.graceMs / 1000.0));
        ProcessTree::stopDetached(m_pid, m_group, true);
        m_killed = true;
        m_clock.restart();
        return;
    }
    if (m_killed && m_clock.elapsed() >= kAfterKillMs)
        finish({TaskOutcome::Kind::Failed, -1,
                Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                       "process %1 is still running after it was killed (is it another user's?)"),
                     m_pid)});
}

void StopProcessTask::cancel()
{
    if (m_finished)
        return;
    finish({TaskOutcome::Kind::Cancelled, -1,
            m_pid > 0 ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "cancelled; process %1 may still be stopping"), m_pid)
                      : Text(QT_TRANSLATE_NOOP("uw::Outcome", "cancelled"))});
}

void StopProcessTask::finish(TaskOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_poll.stop();
    Q_EMIT finished(outcome);
}

} // namespace uw
