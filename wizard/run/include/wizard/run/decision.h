#pragma once

#include "wizard/playbook/plan.h"
#include "wizard/run/stepstate.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace uw {

// The go/no-go decision: one object that the summary page, the headless runner and the
// reports all show.
struct Decision
{
    struct Reason
    {
        QString step; // step key
        QString title; // display title
        Severity severity = Severity::Info;
        QString status;
        QString problem; // what is wrong, in a sentence
        // Which list of the summary it belongs to: "failed" (failed or interrupted), "not-run"
        // (not run, not signed off, cancelled or still running), "skipped" (a blocker skipped
        // that is no waiver), "waived", or for warnings "warning" and "insecure-tls". An info
        // item is never a reason, so never "not-run".
        QString category;
        QString message; // the step's own outcome message, without "failed: "; empty when none
        QString remedy; // the playbook's "what to do" for the item, as the playbook has it
        // A waiver's who, when (UTC, ISO 8601) and why; empty for the other reasons.
        QString operatorName;
        QString time;
        QString why;
    };

    bool go = false;
    QList<Reason> blockers; // why it is NO-GO
    QList<Reason> waivers; // blockers skipped where the playbook allows it: GO with waivers
    QList<Reason> warnings; // to look at, not stopping
    int done = 0;
    int total = 0; // steps that count (all but info items)

    // "go", "go-with-waivers" or "no-go": the word the journal and the report keep.
    QString verdict() const;
    QString headline() const; // "GO", "GO with waivers: 1 blocker waived", "NO-GO: 2 blocker(s)"
    // How many reasons of a category ("failed", "not-run", ...; see Reason::category) the
    // blockers, waivers and warnings hold together.
    int count(const QString &category) const;
    QJsonObject toJson() const;
};

// NO-GO while any blocker step is failed, not confirmed, not run, interrupted, cancelled, or
// skipped (unless the playbook marks its item waivable and the skip has a reason and the
// operator's name: that is a waiver, and the decision is GO with waivers). Warning steps that
// are not done, or skipped, are listed as warnings. Otherwise GO.
Decision decide(const Plan &plan, const StepStates &states);

} // namespace uw
