#include "wizard/run/decision.h"

#include <QJsonArray>

namespace uw {

namespace {

// The one place a step's outcome message is read here, so that the type it is kept in can
// change without touching the rest.
QString messageOf(const StepState &state)
{
    return state.summary;
}

QString categoryOf(const StepState &state)
{
    switch (state.status) {
    case StepState::Status::Failed:
    case StepState::Status::Interrupted:
        return QStringLiteral("failed");
    case StepState::Status::Skipped:
        return QStringLiteral("skipped");
    case StepState::Status::Pending:
    case StepState::Status::Running:
    case StepState::Status::Cancelled:
    case StepState::Status::Passed:
    case StepState::Status::Confirmed:
        break;
    }
    return QStringLiteral("not-run");
}

QString problemOf(const Step &step, const StepState &state)
{
    switch (state.status) {
    case StepState::Status::Pending: {
        const QString problem
            = step.item->type == Item::Type::Confirm ? QStringLiteral("not confirmed") : QStringLiteral("not run");
        // A revoked sign-off or skip says so: it is why the step is open again.
        return messageOf(state).isEmpty() ? problem : QStringLiteral("%1 (%2)").arg(problem, messageOf(state));
    }
    case StepState::Status::Running:
        return QStringLiteral("still running");
    case StepState::Status::Failed: {
        QString problem = messageOf(state).isEmpty() ? QStringLiteral("failed")
                                                     : QStringLiteral("failed: %1").arg(messageOf(state));
        if (!step.item->remedy.isEmpty())
            problem += QStringLiteral(". What to do: %1").arg(step.item->remedy);
        return problem;
    }
    case StepState::Status::Cancelled:
        return QStringLiteral("cancelled; run it again");
    case StepState::Status::Interrupted:
        return QStringLiteral("interrupted; run it again or skip it with a reason");
    case StepState::Status::Skipped:
        return state.note.trimmed().isEmpty() ? QStringLiteral("skipped without a reason")
                                              : QStringLiteral("skipped by %1: %2").arg(state.operatorName, state.note);
    case StepState::Status::Passed:
    case StepState::Status::Confirmed:
        return messageOf(state);
    }
    return QString();
}

} // namespace

QString Decision::verdict() const
{
    if (!go)
        return QStringLiteral("no-go");
    return waivers.isEmpty() ? QStringLiteral("go") : QStringLiteral("go-with-waivers");
}

int Decision::count(const QString &category) const
{
    int n = 0;
    for (const QList<Reason> *list : {&blockers, &waivers, &warnings})
        for (const Reason &reason : *list)
            n += reason.category == category ? 1 : 0;
    return n;
}

QString Decision::headline() const
{
    if (!go)
        return QStringLiteral("NO-GO: %1 blocker(s)").arg(blockers.size());
    QString text = waivers.isEmpty() ? QStringLiteral("GO")
                                     : QStringLiteral("GO with waivers: %1 blocker(s) waived").arg(waivers.size());
    if (!warnings.isEmpty())
        text += QStringLiteral(", with %1 warning(s)").arg(warnings.size());
    return text;
}

QJsonObject Decision::toJson() const
{
    const auto reasons = [](const QList<Reason> &list) {
        QJsonArray array;
        for (const Reason &r : list) {
            QJsonObject entry{{QStringLiteral("step"), r.step},
                              {QStringLiteral("title"), r.title},
                              {QStringLiteral("severity"), severityName(r.severity)},
                              {QStringLiteral("status"), r.status},
                              {QStringLiteral("problem"), r.problem},
                              {QStringLiteral("category"), r.category}};
            if (!r.message.isEmpty())
                entry.insert(QStringLiteral("message"), r.message);
            if (!r.remedy.isEmpty())
                entry.insert(QStringLiteral("remedy"), r.remedy);
            if (!r.operatorName.isEmpty()) {
                entry.insert(QStringLiteral("operator"), r.operatorName);
                entry.insert(QStringLiteral("time"), r.time);
                entry.insert(QStringLiteral("reason"), r.why);
            }
            array.append(entry);
        }
        return array;
    };
    return QJsonObject{{QStringLiteral("decision"), verdict()},
                       {QStringLiteral("go"), go},
                       {QStringLiteral("headline"), headline()},
                       {QStringLiteral("blockers"), reasons(blockers)},
                       {QStringLiteral("waivers"), reasons(waivers)},
                       {QStringLiteral("warnings"), reasons(warnings)},
                       {QStringLiteral("counts"),
                        QJsonObject{{QStringLiteral("failed"), count(QStringLiteral("failed"))},
                                    {QStringLiteral("not_run"), count(QStringLiteral("not-run"))},
                                    {QStringLiteral("skipped"), count(QStringLiteral("skipped"))},
                                    {QStringLiteral("waived"), count(QStringLiteral("waived"))},
                                    {QStringLiteral("warnings"), int(warnings.size())}}},
                       {QStringLiteral("done"), done},
                       {QStringLiteral("total"), total}};
}

Decision decide(const Plan &plan, const StepStates &states)
{
    Decision decision;
    for (const Step &step : plan.steps()) {
        const Item &item = *step.item;
        if (item.type == Item::Type::Info)
            continue;
        ++decision.total;
        const StepState state = states.value(step.key);
        Decision::Reason reason;
        reason.step = step.key;
        reason.title = step.displayTitle();
        reason.severity = item.severity;
        reason.status = statusName(state.status);
        reason.problem = problemOf(step, state);
        reason.category = categoryOf(state);
        reason.message = messageOf(state);
        reason.remedy = item.remedy;
        const bool skipped = state.status == StepState::Status::Skipped && state.isDone();
        if (skipped && item.severity == Severity::Blocker) {
            // A skipped blocker is not done: only a waiver the playbook allows, with who and why, lets it pass.
            if (item.waivable && !state.operatorName.trimmed().isEmpty()) {
                ++decision.done;
                reason.category = QStringLiteral("waived");
                reason.problem = QStringLiteral("waived by %1: %2").arg(state.operatorName, state.note);
                reason.operatorName = state.operatorName;
                reason.time = state.time.toUTC().toString(Qt::ISODate);
                reason.why = state.note;
                decision.waivers << reason;
            } else {
                reason.problem = item.waivable
                    ? QStringLiteral("skipped without the operator's name; a waiver needs who and why")
                    : QStringLiteral("skipped by %1 (%2), but the playbook does not let this blocker be waived: "
                                     "do it, or the upgrade stays NO-GO")
                          .arg(state.operatorName, state.note);
                decision.blockers << reason;
            }
            continue;
        }
        // A check or task that talked TLS without verifying the certificate proved nothing about
        // whom it talked to: the decision says so, whatever its outcome.
        if (state.status == StepState::Status::Passed || state.status == StepState::Status::Failed) {
            const QJsonObject tls = item.spec.value(QLatin1String("tls")).toObject();
            if (tls.value(QLatin1String("insecure")).toBool()) {
                Decision::Reason insecure = reason;
                insecure.severity = Severity::Warning;
                insecure.category = QStringLiteral("insecure-tls");
                insecure.problem = QStringLiteral("%1 did not verify the server's TLS certificate (tls.insecure): "
                                                  "anyone on the network could have answered in its place")
                                       .arg(step.displayTitle());
                decision.warnings << insecure;
            }
        }
        if (state.isDone()) {
            ++decision.done;
            if (skipped || state.warning) {
                reason.category = QStringLiteral("warning");
                decision.warnings << reason;
            }
            continue;
        }
        if (item.severity == Severity::Blocker) {
            decision.blockers << reason;
        } else if (item.severity == Severity::Warning) {
            reason.category = QStringLiteral("warning");
            decision.warnings << reason;
        }
    }
    decision.go = decision.blockers.isEmpty();
    return decision;
}

} // namespace uw
