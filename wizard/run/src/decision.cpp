#include "wizard/run/decision.h"

#include <QJsonArray>

namespace uw {

namespace {

QString problemOf(const Step &step, const StepState &state)
{
    switch (state.status) {
    case StepState::Status::Pending:
        return step.item->type == Item::Type::Confirm ? QStringLiteral("not confirmed") : QStringLiteral("not run");
    case StepState::Status::Running:
        return QStringLiteral("still running");
    case StepState::Status::Failed: {
        QString problem
            = state.summary.isEmpty() ? QStringLiteral("failed") : QStringLiteral("failed: %1").arg(state.summary);
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
        return state.summary;
    }
    return QString();
}

} // namespace

QString Decision::headline() const
{
    if (go)
        return warnings.isEmpty() ? QStringLiteral("GO")
                                  : QStringLiteral("GO, with %1 warning(s)").arg(warnings.size());
    return QStringLiteral("NO-GO: %1 blocker(s)").arg(blockers.size());
}

QJsonObject Decision::toJson() const
{
    const auto reasons = [](const QList<Reason> &list) {
        QJsonArray array;
        for (const Reason &r : list)
            array.append(QJsonObject{{QStringLiteral("step"), r.step},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("severity"), severityName(r.severity)},
                                     {QStringLiteral("status"), r.status},
                                     {QStringLiteral("problem"), r.problem}});
        return array;
    };
    return QJsonObject{{QStringLiteral("decision"), go ? QStringLiteral("go") : QStringLiteral("no-go")},
                       {QStringLiteral("headline"), headline()},
                       {QStringLiteral("blockers"), reasons(blockers)},
                       {QStringLiteral("warnings"), reasons(warnings)},
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
        const Decision::Reason reason{step.key, step.displayTitle(), item.severity, statusName(state.status),
                                      problemOf(step, state)};
        if (state.isDone()) {
            ++decision.done;
            if (state.status == StepState::Status::Skipped && item.severity != Severity::Info)
                decision.warnings << reason;
            else if (state.warning)
                decision.warnings << reason;
            continue;
        }
        if (item.severity == Severity::Blocker)
            decision.blockers << reason;
        else if (item.severity == Severity::Warning)
            decision.warnings << reason;
    }
    decision.go = decision.blockers.isEmpty();
    return decision;
}

} // namespace uw
