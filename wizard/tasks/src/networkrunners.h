#pragma once

// What the tasks part runs over the network, from the on-demand library (src/net/): it registers
// these as it is loaded (wizard/support/ondemand.h), and whoever calls them loads it first.

#include "wizard/tasks/httpworkflowtask.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace uw::detail {

struct TaskNetwork
{
    std::unique_ptr<TaskRunner> (*httpWorkflow)(const HttpWorkflowTask::Spec &spec, const QString &stateFile) = nullptr;
    // Connects to host:port and calls `connected` (on `parent`'s thread) once it could; the probe,
    // a child of `parent`, deletes itself when it is done either way.
    QObject *(*probePort)(QObject *parent, const QString &host, quint16 port, std::function<void()> connected)
        = nullptr;
};

TaskNetwork &taskNetwork();

} // namespace uw::detail
