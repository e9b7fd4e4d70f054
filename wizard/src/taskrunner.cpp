#include "wizard/taskrunner.h"

#include "wizard/archivetask.h"
#include "wizard/commandtask.h"
#include "wizard/copytask.h"
#include "wizard/fileedittask.h"
#include "wizard/httpworkflowtask.h"

namespace uw {

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

std::unique_ptr<TaskRunner> createTaskRunner(const QJsonObject &spec, const TaskContext &context, QString *error)
{
    const QString kind = spec.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("command")) {
        auto parsed = CommandTask::parse(spec);
        if (!parsed) {
            *error = parsed.error();
            return nullptr;
        }
        return std::make_unique<CommandTask>(*parsed);
    }
    if (kind == QLatin1String("archive-backup") || kind == QLatin1String("archive-extract")) {
        auto parsed = ArchiveTask::parse(spec);
        if (!parsed) {
            *error = parsed.error();
            return nullptr;
        }
        return std::make_unique<ArchiveTask>(*parsed);
    }
    if (kind == QLatin1String("file-edit")) {
        auto parsed = FileEditTask::parse(spec);
        if (!parsed) {
            *error = parsed.error();
            return nullptr;
        }
        return std::make_unique<FileEditTask>(*parsed, context.backupDir);
    }
    if (kind == QLatin1String("copy")) {
        auto parsed = CopyTask::parse(spec);
        if (!parsed) {
            *error = parsed.error();
            return nullptr;
        }
        return std::make_unique<CopyTask>(*parsed, context.backupDir);
    }
    if (kind == QLatin1String("http-workflow")) {
        auto parsed = HttpWorkflowTask::parse(spec);
        if (!parsed) {
            *error = parsed.error();
            return nullptr;
        }
        return std::make_unique<HttpWorkflowTask>(*parsed, context.stateFile);
    }
    *error = QStringLiteral("this version has no runner for %1 tasks yet").arg(kind);
    return nullptr;
}

} // namespace uw
