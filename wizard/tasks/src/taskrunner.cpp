#include "wizard/tasks/taskrunner.h"

#include "networkrunners.h"

#include "wizard/support/ondemand.h"

#include "wizard/tasks/archivetask.h"
#include "wizard/tasks/commandtask.h"
#include "wizard/tasks/copytask.h"
#include "wizard/tasks/fileedittask.h"
#include "wizard/tasks/httpworkflowtask.h"
#include "wizard/tasks/stopprocesstask.h"

namespace uw {

namespace detail {

TaskNetwork &taskNetwork()
{
    static TaskNetwork network;
    return network;
}

} // namespace detail

QString lineLevelName(LineLevel level)
{
    switch (level) {
    case LineLevel::Debug:
        return QStringLiteral("debug");
    case LineLevel::Info:
        return QStringLiteral("info");
    case LineLevel::Warning:
        return QStringLiteral("warning");
    case LineLevel::Error:
        break;
    }
    return QStringLiteral("error");
}

QString TaskOutcome::kindName() const
{
    switch (kind) {
    case Kind::Success:
        return QStringLiteral("success");
    case Kind::FailedToStart:
        return QStringLiteral("failed-to-start");
    case Kind::Crashed:
        return QStringLiteral("crashed");
    case Kind::TimedOut:
        return QStringLiteral("timed-out");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::ExitCode:
        return QStringLiteral("exit-code");
    case Kind::Failed:
        break;
    }
    return QStringLiteral("failed");
}

namespace {

// Parses the object for Runner and builds it with the extra constructor arguments.
template<typename Runner, typename... Extra>
std::unique_ptr<TaskRunner> build(const QJsonObject &spec, QString *error, const Extra &...extra)
{
    auto parsed = Runner::parse(spec);
    if (!parsed) {
        *error = parsed.error();
        return nullptr;
    }
    return std::make_unique<Runner>(*parsed, extra...);
}

} // namespace

std::unique_ptr<TaskRunner> createTaskRunner(const QJsonObject &spec, const TaskContext &context, QString *error)
{
    const QString kind = spec.value(QLatin1String("kind")).toString();
    if (kind == u"command")
        return build<CommandTask>(spec, error);
    if (kind == u"archive-backup" || kind == u"archive-extract")
        return build<ArchiveTask>(spec, error);
    if (kind == u"file-edit")
        return build<FileEditTask>(spec, error, context.backupDir);
    if (kind == u"copy")
        return build<CopyTask>(spec, error, context.backupDir);
    if (kind == u"http-workflow") {
        auto parsed = HttpWorkflowTask::parse(spec);
        if (!parsed) {
            *error = parsed.error();
            return nullptr;
        }
        // The runner is the on-demand library's, loaded now if this is the first use.
        if (auto loaded = ondemand::ensureLoaded(); !loaded) {
            *error = loaded.error().toString();
            return nullptr;
        }
        return detail::taskNetwork().httpWorkflow(*parsed, context.stateFile);
    }
    if (kind == u"stop-process")
        return build<StopProcessTask>(spec, error);
    // The loader refuses unknown kinds, so only a playbook edited past validation gets here.
    *error = QStringLiteral("no runner for %1 tasks").arg(kind);
    return nullptr;
}

} // namespace uw
