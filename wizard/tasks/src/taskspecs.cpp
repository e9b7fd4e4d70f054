#include "wizard/tasks/taskspecs.h"

#include "wizard/tasks/archivetask.h"
#include "wizard/tasks/commandtask.h"
#include "wizard/tasks/copytask.h"
#include "wizard/tasks/fileedittask.h"
#include "wizard/tasks/httpworkflowtask.h"
#include "wizard/tasks/stopprocesstask.h"

#include <QJsonArray>

namespace uw::tasks {

QStringList kinds()
{
    return {QStringLiteral("archive-backup"), QStringLiteral("archive-extract"), QStringLiteral("command"),
            QStringLiteral("copy"),           QStringLiteral("file-edit"),       QStringLiteral("http-workflow"),
            QStringLiteral("stop-process")};
}

// One reading of a task object for the load and the run: each kind's runner reads it (read()),
// so nothing a run refuses for a reason in the file passes the load.
QList<SpecError> validate(const QJsonObject &spec, spec::Mode mode)
{
    QList<SpecError> errors;
    const QJsonValue kindValue = spec.value(QLatin1String("kind"));
    if (!kindValue.isString()) {
        errors.append({QString(),
                       kindValue.isUndefined() ? QStringLiteral("missing required key \"kind\"; expected one of %1")
                                                     .arg(kinds().join(QStringLiteral(", ")))
                                               : QStringLiteral("kind: expected a string")});
        return errors;
    }
    const QString kind = kindValue.toString();
    spec::Reader reader(spec, QString(), mode, &errors);
    if (kind == u"command")
        CommandTask::read(reader);
    else if (kind == u"archive-backup" || kind == u"archive-extract")
        ArchiveTask::read(reader);
    else if (kind == u"copy")
        CopyTask::read(reader);
    else if (kind == u"file-edit")
        FileEditTask::read(reader);
    else if (kind == u"http-workflow")
        HttpWorkflowTask::read(reader);
    else if (kind == u"stop-process")
        StopProcessTask::read(reader);
    else
        errors.append({QStringLiteral("kind"),
                       QStringLiteral("unknown task kind \"%1\"; expected one of %2")
                           .arg(kind, kinds().join(QStringLiteral(", ")))});
    return errors;
}

QStringList localNames(const QJsonObject &spec)
{
    // An http workflow's requests may extract values, collect lists, and walk them with
    // `as`: ${pkg.id} reads a field of the current item ("pkg.*" allows any field).
    QStringList names;
    if (spec.value(QLatin1String("kind")).toString() != QLatin1String("http-workflow"))
        return names;
    const auto addRequest = [&names](const QJsonObject &request) {
        const QJsonObject extract = request.value(QLatin1String("extract")).toObject();
        for (auto it = extract.begin(); it != extract.end(); ++it)
            names << it.key() << it.key() + QStringLiteral(".*");
        const QString collect = request.value(QLatin1String("collect")).toString();
        if (!collect.isEmpty())
            names << collect;
    };
    for (const QJsonValue &stepValue : spec.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = stepValue.toObject();
        addRequest(step);
        if (step.contains(QLatin1String("foreach"))) {
            // "as" is one name, or a list of them for a step over several lists.
            const QJsonValue as = step.value(QLatin1String("as"));
            const QJsonArray each = as.isArray() ? as.toArray() : QJsonArray{as.toString(QStringLiteral("item"))};
            for (const QJsonValue &name : each)
                names << name.toString() << name.toString() + QStringLiteral(".*");
        }
        // The items whose poll gave up: a list a later step may walk.
        const QString unfinished = step.value(QLatin1String("unfinished")).toString();
        if (!unfinished.isEmpty())
            names << unfinished;
        for (const QJsonValue &request : step.value(QLatin1String("requests")).toArray())
            addRequest(request.toObject());
    }
    return names;
}

} // namespace uw::tasks
