#pragma once

#include "wizard/playbook/parameters.h"
#include "wizard/playbook/playbook.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/run/engine.h"
#include "wizard/run/maintenancewindow.h"
#include "wizard/run/session.h"
#include "wizard/simulator/trainingenvironment.h"

#include <QObject>
#include <QStringList>

#include <expected>
#include <memory>

namespace uw::pages {

// What the wizard's pages share: the chosen playbook, the training environment when training
// mode is on, and once the parameters are given, the session with its plan and engine. The
// headless runner does the same steps in app/src/headlessrunner.cpp; here they are spread
// over pages, so the state lives in one object the pages ask.
class WizardSession : public QObject
{
    Q_OBJECT
public:
    explicit WizardSession(QObject *parent = nullptr);
    ~WizardSession() override;

    // A bundled playbook's id or a file; every validation error comes back at once.
    std::expected<void, Diagnostics> choosePlaybook(const QString &idOrPath);
    // An existing session folder: its playbook copy and its parameters (secrets must be given
    // again); the engine starts on the parameters page, as for a new run.
    std::expected<void, QString> chooseSession(const QString &dir);

    // Training mode: the simulated environment starts when the parameters page is shown, so
    // that its values (paths, URLs, pins) fill the form.
    void setTraining(bool on, const QStringList &faults = {});
    bool training() const { return m_training; }
    QStringList faults() const { return m_faults; }
    // A trainer's choice (--hide-faults): the pages do not name the faults until the debrief.
    void setFaultsHidden(bool hidden) { m_faultsHidden = hidden; }
    bool faultsHidden() const { return m_faultsHidden; }
    // Starts the environment for the playbook's `topology`: `topology` is the value on the form,
    // empty for the playbook's default (sim::TrainingEnvironment::nodesFor decides the nodes).
    // Before the session starts, an environment of another shape is replaced by a new one, so
    // the domain the operator chose is the one trained on; a resumed session keeps its own.
    // Returns whether a new environment was started (its values then belong on the form).
    // A playbook without a `training` section is refused (notForTraining() says why).
    std::expected<bool, QString> ensureTrainingEnvironment(const QString &topology = {});
    QString notForTraining() const;
    // Where uw-simtool is; empty: next to this program (tests run from elsewhere).
    void setSimulatedToolPath(const QString &path) { m_toolPath = path; }
    // What ${app.path} names; empty: this program.
    void setProgramPath(const QString &path) { m_programPath = path; }
    sim::TrainingEnvironment *trainingEnvironment() const { return m_environment.get(); }

    // The values the form starts with: the playbook's defaults, then the session's (when
    // resuming), then training mode's.
    ParameterValues initialValues() const;

    // Checks the form's values; the errors name the parameter first ("nodes[1].host: ...").
    std::expected<ParameterValues, QStringList> resolve(const ParameterValues &given) const;
    // Makes (or reopens) the session and the engine with these values.
    std::expected<void, QString> start(const ParameterValues &given, const QString &operatorName);

    std::shared_ptr<const Playbook> playbook() const { return m_playbook; }
    QString playbookSource() const { return m_source; }
    bool resuming() const { return !m_resumeDir.isEmpty(); }
    // What reading the chosen session's journal warned of (a torn last record, cut when the
    // session starts).
    QStringList resumeWarnings() const { return m_resumeWarnings; }
    Session *session() const { return m_session.get(); }
    Engine *engine() const { return m_engine.get(); }
    const Plan *plan() const { return m_engine ? &m_engine->plan() : nullptr; }

    // The maintenance window the operator gave on the form, with the durations of a rehearsal
    // that time it (maintenancewindow.h); none by default.
    // The session keeps them (session.json); the form shows a resumed session's own, and what
    // the form says on Start is what it keeps (cleared: no window any more).
    void setMaintenance(std::optional<MaintenanceWindow> window, const QHash<QString, qint64> &rehearsal = {},
                        const QString &rehearsalDir = {})
    {
        m_window = window;
        m_rehearsal = rehearsal;
        m_rehearsalDir = rehearsalDir;
    }
    const std::optional<MaintenanceWindow> &maintenanceWindow() const { return m_window; }
    // The window and rehearsal folder the resumed session keeps, for the form to show; empty
    // for a new session.
    QString storedWindow() const { return m_storedWindow; }
    QString storedRehearsal() const { return m_storedRehearsal; }
    // Where the session stands in its window now: none without a window or an engine.
    std::optional<Schedule> schedule() const;

    // The user who signs off: the login name.
    // The operator given to start(): every sign-off, skip and trust on the pages is theirs.
    QString operatorName() const { return m_operatorName.isEmpty() ? Session::defaultOperator() : m_operatorName; }

Q_SIGNALS:
    // Another playbook (or session) was chosen: the wizard makes its pages.
    void playbookChanged();
    // The engine was made or replaced: pages connect to it here.
    void engineChanged(uw::Engine *engine);

private:
    void dropRun();
    void dropEnvironment();

    std::shared_ptr<const Playbook> m_playbook;
    QString m_source;
    QString m_resumeDir;
    QStringList m_resumeWarnings;
    QJsonObject m_storedParameters; // of the resumed session, secrets as {"secret": true}
    QString m_storedWindow; // of the resumed session (session.json), for the form
    QString m_storedRehearsal;
    bool m_training = false;
    QStringList m_faults;
    bool m_faultsHidden = false;
    QString m_toolPath;
    QString m_programPath;
    QString m_operatorName;
    std::unique_ptr<sim::TrainingEnvironment> m_environment;
    // A session runs against the environment (it was made with it, or it is the resumed
    // session's): its sandbox must stay when the environment goes.
    bool m_environmentInUse = false;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Engine> m_engine;
    std::optional<MaintenanceWindow> m_window;
    QHash<QString, qint64> m_rehearsal;
    QString m_rehearsalDir;
};

} // namespace uw::pages
