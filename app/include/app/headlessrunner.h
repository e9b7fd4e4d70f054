#pragma once

#include <QString>
#include <QStringList>

namespace uw::app {

class TerminationSignals;

struct RunOptions
{
    QString playbook; // run: an id or a file
    QString sessionDir; // run: where to make the session (default: a new one); resume: the session
    QStringList sets; // NAME=VALUE
    QStringList secretEnvs; // NAME=VARIABLE: the value from the environment
    QString answersFile;
    QString reportFile;
    bool confirmAll = false;
    bool rerun = false; // tasks that failed, were cancelled or interrupted run again
    QStringList skips; // STEP=REASON
    QStringList revokes; // STEP=REASON: sign-offs and skips taken back (resume)
    bool training = false; // run against the built-in simulated environment
    QStringList faults; // NAME=MODE, with training
    QString signWith; // an SSH key: every report written is signed with it (REPORT.sig)
    QString window; // "22:00-02:00": the maintenance window (maintenancewindow.h)
    QString rehearsalDir; // a rehearsal of the same playbook, whose durations time the window
    bool allowLate = false; // the point of no return may start past its latest start
    bool planOnly = false; // plan: nothing runs; secrets not given stand in as ******, never asked for
};

// `upgrade-wizard run` and `resume`: the same engine as the wizard, printing to the terminal.
// Returns the exit code: 0 GO, 1 NO-GO, 2 usage or playbook error, 3 cancelled.
int runPlaybook(const RunOptions &options, TerminationSignals &termination);
int resumeSession(const RunOptions &options, TerminationSignals &termination);

// `upgrade-wizard plan`: every step a run would take, in order, written to stdout as text, json
// or html; nothing runs and nothing is written. 0 when the plan is built, 2 when it cannot be.
int planPlaybook(const RunOptions &options, const QString &format);

// `upgrade-wizard validate FILE...`: 0 if every file is valid, else 2.
int validatePlaybooks(const QStringList &files);

// `upgrade-wizard playbooks`: ID<TAB>TITLE per bundled playbook.
int listPlaybooks();

} // namespace uw::app
