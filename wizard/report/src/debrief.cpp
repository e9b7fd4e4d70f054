#include "wizard/report/debrief.h"

#include "wizard/simulator/faults.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

#include <algorithm>

namespace uw {

namespace {

// The one place a journal record's outcome message is read here (a check's "summary", a
// task's "message"), so that the form it is kept in can change without touching the rest.
QString recordMessage(const QJsonObject &record)
{
    const QString type = record.value(QLatin1String("event")).toString();
    return record.value(QLatin1String(type == QLatin1String(event::TaskFinished) ? "message" : "summary")).toString();
}

// The one place a fault's description is read, for the same reason.
QString faultDescription(const sim::FaultInfo &fault)
{
    return fault.mimics.english(); // the report's JSON is English; its id is the same sentence
}

QJsonArray faultsOf(const Session &session)
{
    QJsonArray faults;
    const QString root = session.info().trainingRoot;
    if (root.isEmpty())
        return faults;
    QFile file(root + u'/' + QLatin1String(sim::Faults::kFileName));
    if (!file.open(QIODevice::ReadOnly))
        return faults;
    const sim::Faults active = sim::Faults::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    for (const QString &item : active.items()) {
        const QString name = item.section(u'=', 0, 0);
        QJsonObject fault{{QStringLiteral("name"), name}, {QStringLiteral("mode"), active.mode(name)}};
        for (const sim::FaultInfo &known : sim::knownFaults())
            if (known.name == name) {
                fault.insert(QStringLiteral("description"), faultDescription(known));
                fault.insert(QStringLiteral("description_text"), known.mimics.toJson());
            }
        faults.append(fault);
    }
    return faults;
}

// What one journal record says the trainee (or the step) did; empty for records that are no
// event of a step's own.
QJsonObject eventOf(const QJsonObject &record)
{
    const QString type = record.value(QLatin1String("event")).toString();
    QString what;
    if (type == QLatin1String(event::CheckFinished)) {
        const QString status = record.value(QLatin1String("status")).toString();
        what = status == QLatin1String("pass")     ? QStringLiteral("passed")
            : status == QLatin1String("cancelled") ? QStringLiteral("cancelled")
                                                   : QStringLiteral("failed");
    } else if (type == QLatin1String(event::TaskFinished)) {
        const QString outcome = record.value(QLatin1String("outcome")).toString();
        what = outcome == QLatin1String("success")  ? QStringLiteral("passed")
            : outcome == QLatin1String("cancelled") ? QStringLiteral("cancelled")
                                                    : QStringLiteral("failed");
    } else if (type == QLatin1String(event::Skipped)) {
        what = QStringLiteral("skipped");
    } else if (type == QLatin1String(event::Confirmed)) {
        what = QStringLiteral("confirmed");
    } else if (type == QLatin1String(event::Revoked)) {
        what = QStringLiteral("revoked");
    } else {
        return {};
    }
    QJsonObject entry{{QStringLiteral("what"), what},
                      {QStringLiteral("time"), record.value(QLatin1String("time")).toString()}};
    if (const QString message = recordMessage(record); !message.isEmpty()) {
        entry.insert(QStringLiteral("message"), message);
        // The same sentence as a message id with its arguments, for a reader that translates.
        const QJsonValue structured
            = record.value(QLatin1String(type == QLatin1String(event::TaskFinished) ? "message_text" : "summary_text"));
        if (structured.isObject())
            entry.insert(QStringLiteral("message_text"), structured);
    }
    // A sign-off's note goes where a skip's reason does: what the trainee wrote.
    for (const char *key : {"operator", "reason", "note"})
        if (const QString value = record.value(QLatin1String(key)).toString(); !value.isEmpty())
            entry.insert(qstrcmp(key, "note") == 0 ? QStringLiteral("reason") : QString::fromLatin1(key), value);
    return entry;
}

} // namespace

QJsonObject buildDebrief(const Engine &engine)
{
    const Session &session = engine.session();
    QHash<QString, QJsonArray> events;
    QHash<QString, int> attempts;
    QHash<QString, bool> troubled;
    QJsonArray changes;
    for (const QJsonObject &record : session.records()) {
        const QString type = record.value(QLatin1String("event")).toString();
        if (type == QLatin1String(event::ParametersChanged)) {
            QJsonObject change;
            for (const char *key : {"operator", "reason", "time", "changes", "reset"})
                change.insert(QLatin1String(key), record.value(QLatin1String(key)));
            changes.append(change);
            continue;
        }
        const QString key = record.value(QLatin1String("step")).toString();
        const QJsonObject entry = eventOf(record);
        if (key.isEmpty() || entry.isEmpty())
            continue;
        const QString what = entry.value(QLatin1String("what")).toString();
        if (type == QLatin1String(event::CheckFinished) || type == QLatin1String(event::TaskFinished))
            ++attempts[key];
        if (what != QLatin1String("passed") && what != QLatin1String("confirmed"))
            troubled[key] = true;
        events[key].append(entry);
    }
    // A task whose program never came back (the wizard stopped while it ran) is an event too.
    for (const Step &step : engine.plan().steps())
        if (engine.state(step.key).status == StepState::Status::Interrupted) {
            troubled[step.key] = true;
            events[step.key].append(QJsonObject{{QStringLiteral("what"), QStringLiteral("interrupted")}});
        }

    // Blockers first: a fault shows where it stops the upgrade; warnings the sandbox's own
    // installation raises (customisations to carry over) come after them.
    QList<const Step *> order;
    for (const Step &step : engine.plan().steps())
        if (troubled.value(step.key))
            order << &step;
    std::ranges::stable_partition(order, [](const Step *step) { return step->item->severity == Severity::Blocker; });
    QJsonArray steps;
    for (const Step *stepPointer : std::as_const(order)) {
        const Step &step = *stepPointer;
        QJsonObject entry{{QStringLiteral("step"), step.key},
                          {QStringLiteral("title"), step.displayTitle()},
                          {QStringLiteral("severity"), severityName(step.item->severity)},
                          {QStringLiteral("status"), statusName(engine.state(step.key).status)},
                          {QStringLiteral("attempts"), attempts.value(step.key)},
                          {QStringLiteral("events"), events.value(step.key)}};
        if (!step.item->remedy.isEmpty())
            entry.insert(QStringLiteral("remedy"), step.item->remedy);
        steps.append(entry);
    }
    return QJsonObject{{QStringLiteral("faults"), faultsOf(session)},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("parameter_changes"), changes}};
}

} // namespace uw
