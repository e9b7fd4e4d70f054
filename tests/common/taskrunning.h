#pragma once

// Running a task runner to its end in a test, on the test's thread.

#include "wizard/tasks/taskrunner.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <optional>

namespace uw::test {

// Starts `task`, calls `whileRunning` right after start() (on this thread), and waits up to
// `timeoutMs` for how the task ends; nullopt when it did not finish in time.
inline std::optional<TaskOutcome> startAndWait(TaskRunner &task, int timeoutMs,
                                               const std::function<void()> &whileRunning = {})
{
    QSignalSpy finished(&task, &TaskRunner::finished);
    task.start();
    if (whileRunning)
        whileRunning();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return std::nullopt;
    return finished.first().first().value<TaskOutcome>();
}

// For startAndWait: cancels the task `ms` after its start; nothing when `ms` is negative.
inline std::function<void()> cancelAfter(TaskRunner &task, int ms)
{
    if (ms < 0)
        return {};
    return [&task, ms] {
        QTest::qWait(ms);
        task.cancel();
    };
}

} // namespace uw::test
