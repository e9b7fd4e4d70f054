#include "wizard/run/stepstate.h"

#include <QJsonArray>

namespace uw {

QString statusName(StepState::Status status)
{
    switch (status) {
    case StepState::Status::Pending:
        return QStringLiteral("pending");
    case StepState::Status::Running:
        return QStringLiteral("running");
    case StepState::Status::Passed:
        return QStringLiteral("passed");
    case StepState::Status::Confirmed:
        return QStringLiteral("confirmed");
    case StepState::Status::Failed:
        return QStringLiteral("failed");
    case StepState::Status::Cancelled:
        return QStringLiteral("cancelled");
    case StepState::Status::Interrupted:
        return QStringLiteral("interrupted");
    case StepState::Status::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

StepStates replayJournal(const QList<QJsonObject> &records)
{
    StepStates states;
    for (const QJsonObject &record : records) {
        const QString type = record.value(QLatin1String("event")).toString();
        if (type == QLatin1String(event::ParametersChanged)) {
            // The steps whose work the change made obsolete are to be done again.
            const QStringList names = record.value(QLatin1String("changes")).toObject().keys();
            for (const QJsonValue &reset : record.value(QLatin1String("reset")).toArray()) {
                StepState fresh;
                fresh.time = QDateTime::fromString(record.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
                fresh.setSummary(Text(QT_TRANSLATE_NOOP("uw::Outcome", "to be done again: %1 changed"),
                                      names.join(QStringLiteral(", "))));
                states.insert(reset.toString(), fresh);
            }
            continue;
        }
        const QString key = record.value(QLatin1String("step")).toString();
        const QDateTime time = QDateTime::fromString(record.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        if (key.isEmpty())
            continue;
        StepState &state = states[key];
        state.time = time;
        if (type == QLatin1String(event::Confirmed)) {
            state.status = StepState::Status::Confirmed;
            state.operatorName = record.value(QLatin1String("operator")).toString();
            state.note = record.value(QLatin1String("note")).toString();
            state.unattended = record.value(QLatin1String("unattended")).toBool();
            state.setSummary(state.unattended
                                 ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "confirmed unattended"))
                                 : Text(QT_TRANSLATE_NOOP("uw::Outcome", "confirmed by %1"), state.operatorName));
        } else if (type == QLatin1String(event::Skipped)) {
            state.status = StepState::Status::Skipped;
            state.operatorName = record.value(QLatin1String("operator")).toString();
            state.note = record.value(QLatin1String("reason")).toString();
            state.setSummary(Text(QT_TRANSLATE_NOOP("uw::Outcome", "skipped by %1"), state.operatorName));
        } else if (type == QLatin1String(event::Revoked)) {
            const bool wasSkip = record.value(QLatin1String("revoked")).toString() == QLatin1String("skipped");
            state = StepState{};
            state.time = time;
            const QString by = record.value(QLatin1String("operator")).toString();
            const QString reason = record.value(QLatin1String("reason")).toString();
            state.setSummary(wasSkip
                                 ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "skip revoked by %1: %2"), by, reason)
                                 : Text(QT_TRANSLATE_NOOP("uw::Outcome", "sign-off revoked by %1: %2"), by, reason));
        } else if (type == QLatin1String(event::CheckFinished)) {
            const QString status = record.value(QLatin1String("status")).toString();
            state.status = status == QLatin1String("pass") ? StepState::Status::Passed
                : status == QLatin1String("cancelled")     ? StepState::Status::Cancelled
                                                           : StepState::Status::Failed;
            state.setSummary(Text::fromJson(record.value(QLatin1String("summary_text")).toObject(),
                                            record.value(QLatin1String("summary")).toString()));
            state.warning = record.value(QLatin1String("warning")).toBool();
            state.evidence.clear();
            const QJsonArray lines = record.value(QLatin1String("evidence")).toArray();
            const QJsonArray texts = record.value(QLatin1String("evidence_texts")).toArray();
            for (qsizetype i = 0; i < lines.size(); ++i)
                state.evidence << Text::fromJson(texts.at(i).toObject(), lines.at(i).toString());
            state.durationMs = record.value(QLatin1String("duration_ms")).toInteger();
        } else if (type == QLatin1String(event::TaskStarted)) {
            // Stays Interrupted unless a task-finished record follows.
            state.status = StepState::Status::Interrupted;
            state.setSummary(
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "interrupted: the program stopped while this task was running")));
            state.evidence.clear();
        } else if (type == QLatin1String(event::TaskFinished)) {
            const QString outcome = record.value(QLatin1String("outcome")).toString();
            state.status = outcome == QLatin1String("success") ? StepState::Status::Passed
                : outcome == QLatin1String("cancelled")        ? StepState::Status::Cancelled
                                                               : StepState::Status::Failed;
            state.setSummary(Text::fromJson(record.value(QLatin1String("message_text")).toObject(),
                                            record.value(QLatin1String("message")).toString()));
            state.exitCode = record.value(QLatin1String("exit_code")).toInt(-1);
            state.durationMs = record.value(QLatin1String("duration_ms")).toInteger();
        }
    }
    return states;
}

} // namespace uw
