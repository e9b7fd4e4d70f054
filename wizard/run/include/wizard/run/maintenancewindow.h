#pragma once

// The maintenance window and the point of no return (issue 18). A session may be given a window
// ("22:00-02:00"); from the steps still to do, each taking what the same step took in a
// rehearsal of the playbook or else its estimate, the wizard and the headless runner know at any
// moment when the session is expected to end and the latest time its point of no return (the
// first irreversible step not yet done) may start for everything from there on to end inside the
// window. Pure functions of the time given, so that tests set the clock.

#include "wizard/playbook/plan.h"
#include "wizard/run/stepstate.h"
#include "wizard/support/error.h"

#include <QDateTime>
#include <QHash>
#include <QTime>

namespace uw {

struct MaintenanceWindow
{
    QTime start;
    QTime end; // at or before start: the window ends the next day
    // "HH:MM-HH:MM" (24-hour clock, local time), as --window and the form take it.
    static Result<MaintenanceWindow> parse(const QString &text);
    QString toString() const; // "22:00-02:00"
    // The window that `now` is in, or else the next one: its start and end.
    std::pair<QDateTime, QDateTime> around(const QDateTime &now) const;
};

struct Schedule
{
    QDateTime windowStart;
    QDateTime windowEnd;
    qint64 remainingSeconds = 0; // the steps not done, each by its rehearsal's duration or estimate
    QDateTime expectedEnd; // now + remainingSeconds (or the window's start + it, before the window)
    bool endsInside = true; // expectedEnd <= windowEnd
    QString pointOfNoReturn; // the first irreversible step not done; empty when none is left
    qint64 fromPointSeconds = 0; // that step and every step after it not done
    QDateTime latestStart; // windowEnd - fromPointSeconds: the latest it may start
    bool late = false; // now is past latestStart
    int estimated = 0; // steps timed by their estimate
    int rehearsed = 0; // steps timed by a rehearsal
    int untimed = 0; // steps with neither (counted as 0 s)
};

// `rehearsal`: what each step took in a rehearsal, in milliseconds, by step key (0 or missing:
// use the estimate).
Schedule schedule(const Plan &plan, const StepStates &states, const MaintenanceWindow &window, const QDateTime &now,
                  const QHash<QString, qint64> &rehearsal = {});

// What each step of a finished session took, by step key: the durations a rehearsal gives.
Result<QHash<QString, qint64>> rehearsalDurations(const QString &sessionDir);

// "22:00-02:00 (ends 08.12. 02:00): expected end 01:10, inside the window; point of no return
// "sysupgrade apply on NodeA": start it by 00:45" — for the command line and the journal.
QString describeSchedule(const Plan &plan, const Schedule &schedule, const MaintenanceWindow &window);

} // namespace uw
