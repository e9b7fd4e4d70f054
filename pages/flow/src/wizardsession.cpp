#include "pages/flow/wizardsession.h"

#include "offguithread.h"
#include "wizard/playbook/plan.h"
#include "wizard/support/paths.h"

#include <QDateTime>
#include <QDir>
#include <QSet>
#include <QThreadPool>

namespace uw::pages {

WizardSession::WizardSession(QObject *parent)
    : QObject(parent)
{ }

// The engine refers to the session and the plan; it goes first.
WizardSession::~WizardSession()
{
    dropRun();
    dropEnvironment(); // a sandbox no session used goes with the form that made it
}

void WizardSession::dropRun()
{
    if (m_engine)
        m_engine->cancelAll();
    m_engine.reset();
    m_session.reset();
}

// An environment no session used leaves nothing behind: its sandbox was laid out for this form
// only, and a replaced one would otherwise pile up under the data folder.
void WizardSession::dropEnvironment()
{
    if (!m_environment)
        return;
    const QString root = m_environment->sandbox().root();
    m_environment.reset();
    if (!m_environmentInUse)
        QDir(root).removeRecursively();
    m_environmentInUse = false;
}

std::expected<void, Diagnostics> WizardSession::choosePlaybook(const QString &idOrPath)
{
    auto loaded = loadPlaybook(idOrPath);
    if (!loaded)
        return std::unexpected(loaded.error());
    dropRun();
    m_playbook = std::make_shared<const Playbook>(std::move(*loaded));
    m_source = idOrPath;
    // The resumed session's sandbox is that session's: a new one gets its own.
    if (resuming())
        dropEnvironment();
    m_resumeDir.clear();
    m_resumeWarnings.clear();
    m_storedParameters = {};
    m_storedWindow.clear();
    m_storedRehearsal.clear();
    Q_EMIT playbookChanged();
    return {};
}

std::expected<void, QString> WizardSession::chooseSession(const QString &dir)
{
    // Read-only: choosing changes nothing; a torn last record is cut when the session starts.
    auto opened = Session::open(dir, Session::Access::ReadOnly);
    if (!opened)
        return std::unexpected(opened.error().toString());
    auto loaded = PlaybookLoader::loadFile((*opened)->playbookCopy());
    if (!loaded)
        return std::unexpected(tr("%1: the session's copy of the playbook no longer loads: %2")
                                   .arg(QDir::toNativeSeparators(dir), loaded.error().first().toString()));
    dropRun();
    m_playbook = std::make_shared<const Playbook>(std::move(*loaded));
    m_source = (*opened)->playbookCopy();
    m_resumeDir = dir;
    m_resumeWarnings = (*opened)->warnings();
    m_storedParameters = (*opened)->info().parameters;
    m_storedWindow = (*opened)->info().window;
    m_storedRehearsal = (*opened)->info().rehearsal;
    // A training session continues against its own sandbox.
    const QString root = (*opened)->info().trainingRoot;
    m_training = !root.isEmpty();
    dropEnvironment();
    if (m_training) {
        sim::TrainingEnvironment::Options options;
        options.root = root;
        options.reuse = true;
        options.toolPath = m_toolPath;
        auto started = sim::TrainingEnvironment::start(options);
        if (!started)
            return std::unexpected(tr("cannot restart the training environment: %1").arg(started.error()));
        m_environment = std::move(*started);
        m_environmentInUse = true;
    }
    Q_EMIT playbookChanged();
    return {};
}

void WizardSession::setTraining(bool on, const QStringList &faults)
{
    if (on == m_training && faults == m_faults)
        return;
    m_training = on;
    m_faults = faults;
    if (!resuming())
        dropEnvironment(); // laid out afresh with the new faults when the form needs it
}

QString WizardSession::notForTraining() const
{
    return tr("this playbook is not written for training mode (it has no \"training\" section): it would run its "
              "real commands against real systems. Turn training mode off to run it for real.");
}

std::expected<bool, QString> WizardSession::ensureTrainingEnvironment(const QString &topology)
{
    if (!m_training)
        return false;
    const QStringList nodes = m_playbook ? sim::TrainingEnvironment::nodesFor(*m_playbook, topology) : QStringList();
    if (m_environment) {
        // A running or resumed session has its sandbox; only a form not yet started may change it.
        if (resuming() || m_session)
            return false;
        if (m_environment->sandbox().nodes() == (nodes.isEmpty() ? sim::Sandbox::defaultNodes() : nodes))
            return false;
        dropEnvironment();
    }
    if (m_playbook && !m_playbook->isForTraining())
        return std::unexpected(notForTraining());
    auto faults = sim::Faults::parse(m_faults);
    if (!faults)
        return std::unexpected(faults.error());
    // Reading every session.json and removing whole sandboxes is no work for the GUI thread; the
    // sandbox about to be laid out is too young to be taken.
    QThreadPool::globalInstance()->start(
        [training = paths::dataDir() + QStringLiteral("/training"), sessions = paths::sessionsDir()] {
            Session::pruneTrainingSandboxes(training, sessions);
        });
    sim::TrainingEnvironment::Options options;
    options.root = paths::newTrainingRoot();
    options.faults = *faults;
    options.toolPath = m_toolPath;
    options.nodes = nodes;
    auto started = sim::TrainingEnvironment::start(options);
    if (!started)
        return std::unexpected(started.error());
    m_environment = std::move(*started);
    return true;
}

ParameterValues WizardSession::initialValues() const
{
    ParameterValues values;
    if (!m_playbook)
        return values;
    for (const Parameter &parameter : m_playbook->parameters)
        if (!parameter.defaultValue.isUndefined())
            values.insert(parameter.id, parameter.defaultValue);
    QSet<QString> kept; // the resumed session's own
    for (auto it = m_storedParameters.begin(); it != m_storedParameters.end(); ++it) {
        const Parameter *parameter = m_playbook->parameter(it.key());
        if (parameter && !parameter->isSecret()) {
            values.insert(it.key(), it.value());
            kept.insert(it.key());
        }
    }
    // A resumed session keeps its own values but for the services' new ports: a value the trainee
    // corrected stays corrected.
    if (m_training && m_environment) {
        const ParameterValues training = m_environment->parametersFor(*m_playbook);
        const QStringList moved = sim::TrainingEnvironment::addressParameters();
        for (auto it = training.begin(); it != training.end(); ++it)
            if (!kept.contains(it.key()) || moved.contains(it.key()))
                values.insert(it.key(), it.value());
    }
    return values;
}

std::expected<ParameterValues, QStringList> WizardSession::resolve(const ParameterValues &given) const
{
    if (!m_playbook)
        return std::unexpected(QStringList{tr("no playbook is chosen")});
    return resolveParameters(*m_playbook, given);
}

std::expected<void, QString> WizardSession::start(const ParameterValues &given, const QString &operatorName)
{
    auto values = resolve(given);
    if (!values)
        return std::unexpected(values.error().join(u'\n'));
    auto plan = Plan::build(m_playbook, *values);
    if (!plan)
        return std::unexpected(plan.error().join(u'\n'));
    // A training run never falls back to the real systems because the simulator did not start.
    if (m_training && !m_environment)
        return std::unexpected(tr("training mode is on, but the simulated environment is not running; turn "
                                  "training mode off, or go back and choose the playbook again"));
    dropRun();
    if (resuming()) {
        auto opened = Session::open(m_resumeDir);
        if (!opened)
            return std::unexpected(opened.error().toString());
        m_session = std::move(*opened);
        m_session->setMasker(Masker(secretValues(*m_playbook, *values)));
        m_session->record({{QStringLiteral("event"), QLatin1String(event::SessionResumed)},
                           {QStringLiteral("operator"), operatorName}});
    } else {
        auto made = Session::create(Session::defaultDir(m_playbook->id), *m_playbook, *values, operatorName,
                                    m_training && m_environment ? m_environment->sandbox().root() : QString());
        if (!made)
            return std::unexpected(made.error().toString());
        m_session = std::move(*made);
        m_environmentInUse = m_training && m_environment;
    }
    m_operatorName = operatorName;
    // Kept for a resume (the form showed a resumed session's own); not keeping it changes nothing now.
    (void)m_session->setMaintenance(m_window ? m_window->toString() : QString(), m_window ? m_rehearsalDir : QString());
    m_engine = std::make_unique<Engine>(std::move(*plan), *m_session);
    m_engine->setProgramPath(m_programPath);
    // Changed parameters make new steps: every page rebuilds as for a new engine.
    connect(m_engine.get(), &Engine::planChanged, this, [this] { Q_EMIT engineChanged(m_engine.get()); });
    Q_EMIT engineChanged(m_engine.get());
    return {};
}

std::optional<Schedule> WizardSession::schedule() const
{
    if (!m_window || !m_engine)
        return std::nullopt;
    return uw::schedule(m_engine->plan(), m_engine->states(), *m_window, QDateTime::currentDateTime(), m_rehearsal);
}

} // namespace uw::pages
