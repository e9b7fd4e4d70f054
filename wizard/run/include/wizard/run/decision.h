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
    };

    bool go = false;
    QList<Reason> blockers; // why it is NO-GO
    QList<Reason> warnings; // to look at, not stopping
    int done = 0;
    int total = 0; // steps that count (all but info items)

    QString headline() const; // "GO" or "NO-GO: 2 blockers"
    QJsonObject toJson() const;
};

// NO-GO while any blocker step is failed, not confirmed, not run, interrupted, cancelled,
// or skipped without a reason. Warning steps that are not done, and blockers skipped with a
// reason, are listed as warnings. Otherwise GO.
Decision decide(const Plan &plan, const StepStates &states);

} // namespace uw
