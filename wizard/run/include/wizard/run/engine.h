#pragma once

#include "wizard/playbook/plan.h"
#include "wizard/playbook/playbook.h"
#include "wizard/run/decision.h"
#include "wizard/run/session.h"
#include "wizard/run/stepstate.h"
#include "wizard/support/error.h"
#include "wizard/tasks/taskrunner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>

namespace uw {

// What ${session.dir}, ${timestamp}, ${playbook.id} and ${app.path} stand for in a session.
struct BuiltinValues
{
    QString sessionDir;
    QString timestamp;
    QString playbookId;
    QString appPath;
};

// The check or task object `step` runs with: its placeholders filled from the step's values
// and the builtins (a JSON template's whole-placeholder strings typed), the certificates the
// operator trusted for the session added to an http check or workflow, and a remote command's
// ssh host, user, port and identity taken from its node unless the task names them. What
// Engine::start runs; validating it with spec::Mode::Run says whether its runner accepts it.
QJsonObject resolveStepSpec(const Plan &plan, const Step &step, const BuiltinValues &builtins,
                            const QStringList &trusted = {});

// Drives one session: what may start, confirmations and skips, checks on worker threads,
// tasks through their runners, every change written to the journal first. The GUI and the
// headless runner both use it; it never touches a widget.
class Engine : public QObject
{
    Q_OBJECT
public:
    // The session must outlive the engine.
    Engine(Plan plan, Session &session, QObject *parent = nullptr);
    ~Engine() override;

    const Playbook &playbook() const { return m_plan.playbook(); }
    const Plan &plan() const { return m_plan; }
    const Session &session() const { return m_session; }
    StepState state(const QString &key) const { return m_states.value(key); }
    const StepStates &states() const { return m_states; }
    Decision decision() const { return decide(m_plan, m_states); }
    bool isRunning() const { return !m_running.isEmpty(); }
    // What ${app.path} names: this program unless a front end says otherwise (a test runs
    // the wizard's pages in its own binary, not in upgrade-wizard).
    void setProgramPath(const QString &path) { m_programPath = path; }

    // Trusts a server certificate by its SHA-256 fingerprint for the rest of this session (and
    // its resumes): the operator looked at it; it goes into the journal. HTTPS checks and
    // workflows then accept that certificate, self-signed or not, where no pin is given.
    Result<void> trustCertificate(const QString &sha256, const QString &operatorName);
    QStringList trustedCertificates() const { return m_trusted; } // upper-case hex with ':' separators

    // Why `key` may not start now, in words; empty if it may.
    QString whyNotStartable(const QString &key) const; // in English: whyNotStartableText(key).english()
    Text whyNotStartableText(const QString &key) const;

    Result<void> confirm(const QString &key, const QString &operatorName, const QString &note, bool unattended = false);
    // Journals that the operator starts the irreversible task `key` past the latest start the
    // maintenance window leaves it (maintenancewindow.h); the caller then starts it.
    Result<void> confirmLateStart(const QString &key, const QString &operatorName, const QString &window,
                                  const QDateTime &latestStart, const QDateTime &windowEnd,
                                  const QDateTime &expectedEnd);
    // A skipped blocker keeps the decision at NO-GO unless its item is waivable: then the skip
    // is a waiver and needs the operator's name.
    Result<void> skip(const QString &key, const QString &operatorName, const QString &reason);
    // Takes back a sign-off or a skip (journalled with who and why): the step is open again and
    // counts as not done until it is confirmed, run or skipped anew.
    Result<void> revoke(const QString &key, const QString &operatorName, const QString &reason);
    // Starts a check or a task; stepFinished follows (also for a task that fails to start).
    Result<void> start(const QString &key);
    void cancel(const QString &key);
    void cancelAll();
    // Records the end of the session with the decision.
    Result<void> finish();

    // Changes parameters mid-session (a wrong anm_host, a node to add): `given` is the whole
    // set of values, validated as the form does; the plan is rebuilt; every step whose
    // resolved check or task changed, or that waits for one that did, is set back to be done
    // again, and the other steps keep their results. Journalled with old and new values
    // (secrets masked), who and why; session.json gets the new values for a resume. Returns
    // what changed and what was reset, a line each; nothing when no value differs. Not while
    // a step runs. planChanged follows: steps (and pointers to them) are new.
    Result<QList<Text>> changeParameters(const ParameterValues &given, const QString &operatorName,
                                         const QString &reason);
    // What changeParameters(given) would set back, before it is done: the keys of the steps
    // that have a result and would be done again (empty: none, or no value differs).
    Result<QStringList> stepsToRedo(const ParameterValues &given) const;

    // Removes what interrupted runs left (a backup's partial archive, a half-extracted folder:
    // each task journals its partial output as it makes it) and journals that it did; one
    // line per path, saying what was removed or what must be removed by hand. A re-run of an
    // interrupted step does this first by itself; resume calls it for every step.
    QStringList removeLeftovers();

Q_SIGNALS:
    void stepStarted(const QString &key);
    void stepFinished(const QString &key);
    void logLine(const QString &key, uw::LineLevel level, const QString &node, const QString &text);
    void progress(const QString &key, double fraction, const uw::Text &text);
    void journalFailed(const QString &message);
    void planChanged();

private:
    struct Running;
    QSet<QString> affectedSteps(const Plan &rebuilt) const;
    QStringList withResults(const Plan &rebuilt, const QSet<QString> &keys) const;
    void startCheck(const Step &step, const QJsonObject &spec);
    void startTask(const Step &step, const QJsonObject &spec);
    void finishTask(const QString &key, const TaskOutcome &outcome);
    QStringList removeLeftovers(const QString &key);
    // The id of a process that an interrupted run of `key` started and that still runs; 0 if none.
    qint64 orphanOf(const QString &key) const;
    void emitLine(const QString &key, LineLevel level, const QString &text);
    Result<void> record(QJsonObject record);
    Result<void> recordStepChange(const QString &key, QJsonObject change);
    void refreshStates();

    Plan m_plan;
    Session &m_session;
    StepStates m_states;
    // The certificates trusted in this session, in the order they were: read from the journal
    // once when the engine is made, then kept up with trustCertificate, so that starting a
    // step does not read the whole journal again.
    QStringList m_trusted;
    QHash<QString, std::shared_ptr<Running>> m_running;
    QString m_programPath;
};

} // namespace uw
