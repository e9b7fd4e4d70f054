#include "wizard/run/engine.h"

#include "wizard/checks/checks.h"
#include "wizard/support/fileops.h"
#include "wizard/support/paths.h"
#include "wizard/support/processtree.h"
#include "wizard/support/substitution.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace uw {

struct Engine::Running
{
    std::atomic_bool cancelled{false};
    std::unique_ptr<TaskRunner> runner;
    std::unique_ptr<QFutureWatcher<checks::Result>> watcher;
    std::unique_ptr<QFile> log;
    QElapsedTimer clock;
    QStringList leftovers; // what the interrupted run before this one left, removed: said in the log
    double lastProgress = -1;
    qint64 lastProgressMs = -1;
    bool inLongLine = false; // a line cut in the log panel is being written whole to the log file
    QString carry; // its text not yet masked and written (see Masker::maskPiece)
};

Engine::Engine(Plan plan, Session &session, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_session(session)
    , m_states(replayJournal(session.records()))
{
    // A resumed session keeps what its operator trusted before.
    for (const QJsonObject &record : session.records())
        if (record.value(QLatin1String("event")).toString() == QLatin1String(event::CertificateTrusted))
            m_trusted << record.value(QLatin1String("sha256")).toString();
    m_trusted.removeDuplicates();
}

// The journal is the truth; what runs now is not in it until it ends.
void Engine::refreshStates()
{
    m_states = replayJournal(m_session.records());
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
        m_states[it.key()].status = StepState::Status::Running;
}

namespace {

QString normalisedFingerprint(const QString &text)
{
    QString hex = text.toUpper();
    hex.remove(u':').remove(u' ');
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-F]{64}$"));
    if (!sha256.match(hex).hasMatch())
        return {};
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << hex.mid(i, 2);
    return pairs.join(u':');
}

} // namespace

Result<void> Engine::trustCertificate(const QString &sha256, const QString &operatorName)
{
    const QString fingerprint = normalisedFingerprint(sha256);
    if (fingerprint.isEmpty())
        return std::unexpected(
            Error::usage(QStringLiteral("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits)").arg(sha256)));
    if (m_trusted.contains(fingerprint))
        return {};
    // Trusted once it is in the journal: a trust that could not be written is not kept.
    auto written = record({{QStringLiteral("event"), QLatin1String(event::CertificateTrusted)},
                           {QStringLiteral("sha256"), fingerprint},
                           {QStringLiteral("operator"), operatorName}});
    if (written)
        m_trusted << fingerprint;
    return written;
}

Engine::~Engine()
{
    // Runners stop their processes in their destructors; checks see the flag and return.
    for (const auto &running : std::as_const(m_running))
        running->cancelled = true;
    for (const auto &running : std::as_const(m_running))
        if (running->watcher)
            running->watcher->waitForFinished();
}

Result<void> Engine::record(QJsonObject record)
{
    auto written = m_session.record(std::move(record));
    if (!written)
        Q_EMIT journalFailed(written.error().toString());
    return written;
}

QString Engine::whyNotStartable(const QString &key) const
{
    return whyNotStartableText(key).english();
}

Text Engine::whyNotStartableText(const QString &key) const
{
    const Step *step = m_plan.step(key);
    if (!step)
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "no step \"%1\" in this session"), key);
    if (m_running.contains(key))
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "\"%1\" is already running"), titleText(*step));
    if (const qint64 pid = orphanOf(key))
        return Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                      "\"%1\" cannot run again yet: process %2, which its interrupted run started, "
                                      "still runs (the program ended without stopping it). Wait for it to end, or stop "
                                      "it, then run the step again"),
                    titleText(*step), pid);
    const auto waits = m_plan.waitsFor(key, [this](const QString &other) { return m_states.value(other).isDone(); });
    if (waits.isEmpty())
        return {};
    QList<Text> lines;
    for (const Plan::Wait &wait : waits)
        lines << Text(QT_TRANSLATE_NOOP("uw::Outcome", "\"%1\" is not done yet (%2)"), titleText(*wait.step),
                      wait.reason);
    return Text(QT_TRANSLATE_NOOP("uw::Outcome", "\"%1\" cannot start yet: %2"), titleText(*step),
                joinedTexts(lines, QStringLiteral("; ")));
}

Result<void> Engine::confirm(const QString &key, const QString &operatorName, const QString &note, bool unattended)
{
    const Step *step = m_plan.step(key);
    if (!step || step->item->type != Item::Type::Confirm)
        return std::unexpected(Error::usage(QStringLiteral("\"%1\" is not a sign-off step of this session").arg(key)));
    if (const Text why = whyNotStartableText(key); !why.isEmpty())
        return std::unexpected(Error::usage(why));
    return recordStepChange(key,
                            {{QStringLiteral("event"), QLatin1String(event::Confirmed)},
                             {QStringLiteral("step"), key},
                             {QStringLiteral("operator"), operatorName},
                             {QStringLiteral("note"), note},
                             {QStringLiteral("unattended"), unattended}});
}

// A sign-off, skip or revocation: in the journal first, then in the states everyone sees.
Result<void> Engine::recordStepChange(const QString &key, QJsonObject change)
{
    if (auto written = record(std::move(change)); !written)
        return written;
    refreshStates();
    Q_EMIT stepFinished(key);
    return {};
}

Result<void> Engine::skip(const QString &key, const QString &operatorName, const QString &reason)
{
    const Step *step = m_plan.step(key);
    if (!step)
        return std::unexpected(Error::usage(QStringLiteral("no step \"%1\" in this session").arg(key)));
    if (m_running.contains(key))
        return std::unexpected(Error::usage(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "\"%1\" is running; cancel it first"), titleText(*step))));
    // A waiver is signed: it names who, or it is not taken.
    if (step->item->severity == Severity::Blocker && step->item->waivable && operatorName.trimmed().isEmpty())
        return std::unexpected(Error::usage(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "waiving \"%1\" needs the operator's name"), titleText(*step)),
            QStringLiteral("give the name of the operator who waives it")));
    return recordStepChange(key,
                            {{QStringLiteral("event"), QLatin1String(event::Skipped)},
                             {QStringLiteral("step"), key},
                             {QStringLiteral("operator"), operatorName},
                             {QStringLiteral("reason"), reason}});
}

Result<void> Engine::revoke(const QString &key, const QString &operatorName, const QString &reason)
{
    const Step *step = m_plan.step(key);
    if (!step)
        return std::unexpected(Error::usage(QStringLiteral("no step \"%1\" in this session").arg(key)));
    const StepState::Status status = m_states.value(key).status;
    if (status != StepState::Status::Confirmed && status != StepState::Status::Skipped)
        return std::unexpected(Error::usage(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "\"%1\" is %2: only a sign-off or a skip can be revoked"),
                 titleText(*step), statusName(status))));
    if (reason.trimmed().isEmpty() || operatorName.trimmed().isEmpty())
        return std::unexpected(Error::usage(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "revoking \"%1\" needs a reason and the operator's name"),
                 titleText(*step))));
    return recordStepChange(key,
                            {{QStringLiteral("event"), QLatin1String(event::Revoked)},
                             {QStringLiteral("step"), key},
                             {QStringLiteral("revoked"), statusName(status)},
                             {QStringLiteral("operator"), operatorName},
                             {QStringLiteral("reason"), reason}});
}

QJsonObject resolveStepSpec(const Plan &plan, const Step &step, const BuiltinValues &builtins,
                            const QStringList &trusted)
{
    QHash<QString, QString> values = step.values;
    values.insert(QStringLiteral("session.dir"), builtins.sessionDir);
    values.insert(QStringLiteral("timestamp"), builtins.timestamp);
    values.insert(QStringLiteral("playbook.id"), builtins.playbookId);
    values.insert(QStringLiteral("app.path"), builtins.appPath);
    QJsonObject spec = substitution::applyToSpec(QJsonValue(step.item->spec), values, plan.templateValues()).toObject();
    // Certificates the operator trusted for this session reach every HTTPS check and workflow.
    const QString kind = spec.value(QLatin1String("kind")).toString();
    if (!trusted.isEmpty() && (kind == u"http" || kind == u"http-workflow")) {
        QJsonObject tls = spec.value(QLatin1String("tls")).toObject();
        tls.insert(QStringLiteral("trusted"), QJsonArray::fromStringList(trusted));
        spec.insert(QStringLiteral("tls"), tls);
    }
    // "${node.remote}" arrives as text; a value that is no boolean is refused by the task itself.
    if (step.item->type == Item::Type::Task
        && fileops::boolean(spec, QStringLiteral("remote"), false).value_or(false)) {
        // A remote command runs on the step's node unless the task says otherwise: host, and
        // the node attributes ssh_user, ssh_port and ssh_identity when the playbook has them.
        QJsonObject ssh = spec.value(QLatin1String("ssh")).toObject();
        const auto fill = [&](const char *sshKey, const char *field) {
            const QString value = values.value(QLatin1String(field));
            if (!ssh.contains(QLatin1String(sshKey)) && !value.isEmpty())
                ssh.insert(QLatin1String(sshKey), value);
        };
        fill("host", "node.host");
        fill("user", "node.ssh_user");
        fill("port", "node.ssh_port");
        fill("identity", "node.ssh_identity");
        spec.insert(QStringLiteral("ssh"), ssh);
    }
    return spec;
}

Result<void> Engine::start(const QString &key)
{
    const Step *step = m_plan.step(key);
    if (!step || (step->item->type != Item::Type::Check && step->item->type != Item::Type::Task))
        return std::unexpected(Error::usage(QStringLiteral("\"%1\" is not a check or task of this session").arg(key)));
    if (const Text why = whyNotStartableText(key); !why.isEmpty())
        return std::unexpected(Error::usage(why));

    const QJsonObject spec
        = resolveStepSpec(m_plan, *step,
                          {m_session.dir(), m_session.info().timestamp, playbook().id,
                           m_programPath.isEmpty() ? QCoreApplication::applicationFilePath() : m_programPath},
                          m_trusted);

    auto running = std::make_shared<Running>();
    running->leftovers = removeLeftovers(key);
    running->clock.start();
    m_running.insert(key, running);
    m_states[key].status = StepState::Status::Running;
    if (step->item->type == Item::Type::Check)
        startCheck(*step, spec);
    else
        startTask(*step, spec);
    return {};
}

void Engine::startCheck(const Step &step, const QJsonObject &spec)
{
    const QString key = step.key;
    std::shared_ptr<Running> running = m_running.value(key);
    running->watcher = std::make_unique<QFutureWatcher<checks::Result>>();
    connect(running->watcher.get(), &QFutureWatcher<checks::Result>::finished, this, [this, key, running] {
        const checks::Result result = running->watcher->result();
        // The English for whoever reads the journal, the sentences to show in another language.
        QJsonArray evidence;
        QJsonArray evidenceTexts;
        for (const Text &line : result.evidence) {
            evidence.append(line.english());
            evidenceTexts.append(line.toJson());
        }
        record({{QStringLiteral("event"), QLatin1String(event::CheckFinished)},
                {QStringLiteral("step"), key},
                {QStringLiteral("status"), checks::statusName(result.status)},
                {QStringLiteral("summary"), result.summary.english()},
                {QStringLiteral("summary_text"), result.summary.toJson()},
                {QStringLiteral("warning"), result.details.value(QLatin1String("warning")).toBool()},
                {QStringLiteral("evidence"), evidence},
                {QStringLiteral("evidence_texts"), evidenceTexts},
                {QStringLiteral("duration_ms"), running->clock.elapsed()}});
        m_running.remove(key);
        refreshStates();
        const StepState state = m_states.value(key);
        emitLine(key, state.status == StepState::Status::Passed ? LineLevel::Info : LineLevel::Error,
                 QStringLiteral("%1: %2").arg(checks::statusName(result.status), result.summary.english()));
        for (const Text &line : result.evidence)
            emitLine(key, LineLevel::Debug, QStringLiteral("  ") + line.english());
        Q_EMIT stepFinished(key);
    });
    Q_EMIT stepStarted(key);
    running->watcher->setFuture(QtConcurrent::run([spec, running] { return checks::run(spec, running->cancelled); }));
}

void Engine::startTask(const Step &step, const QJsonObject &spec)
{
    const QString key = step.key;
    std::shared_ptr<Running> running = m_running.value(key);
    running->log = std::make_unique<QFile>(m_session.logPath(key));
    if (!running->log->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        running->log.reset();
    else
        paths::makePrivate(running->log->fileName());

    record({{QStringLiteral("event"), QLatin1String(event::TaskStarted)},
            {QStringLiteral("step"), key},
            {QStringLiteral("kind"), spec.value(QLatin1String("kind")).toString()}});
    Q_EMIT stepStarted(key);
    for (const QString &line : std::as_const(running->leftovers))
        emitLine(key, LineLevel::Warning, line);

    QString error;
    const QString fileName = QFileInfo(m_session.logPath(key)).completeBaseName();
    const TaskContext context{m_session.dir() + QStringLiteral("/backups/") + fileName,
                              m_session.dir() + QStringLiteral("/state/") + fileName + QStringLiteral(".jsonl")};
    paths::ensureDir(m_session.dir() + QStringLiteral("/state"));
    running->runner = createTaskRunner(spec, context, &error);
    if (!running->runner) {
        finishTask(key, {TaskOutcome::Kind::Failed, -1, Text::verbatim(error)}); // a spec error: English
        return;
    }
    TaskRunner *runner = running->runner.get();
    connect(runner, &TaskRunner::line, this,
            [this, key](LineLevel level, const QString &text) { emitLine(key, level, text); });
    connect(runner, &TaskRunner::lineTail, this, [this, running](LineLevel, const QString &text, bool ends) {
        if (!running->log || !running->inLongLine)
            return;
        running->log->write(m_session.masker().maskPiece(running->carry, text, ends).toUtf8());
        if (ends) {
            running->log->write("\n");
            running->inLongLine = false;
        }
        running->log->flush();
    });
    connect(runner, &TaskRunner::processStarted, this, [this, key](qint64 pid) {
        record({{QStringLiteral("event"), QLatin1String(event::TaskProcess)},
                {QStringLiteral("step"), key},
                {QStringLiteral("pid"), pid},
                {QStringLiteral("started"), ProcessTree::startTimeOf(pid)}});
    });
    connect(runner, &TaskRunner::scratch, this, [this, key](const QString &path, const QString &what) {
        record({{QStringLiteral("event"), QLatin1String(event::TaskScratch)},
                {QStringLiteral("step"), key},
                {QStringLiteral("path"), path},
                {QStringLiteral("what"), what}});
    });
    connect(runner, &TaskRunner::progress, this, [this, key, running](double fraction, const Text &text) {
        Q_EMIT progress(key, fraction, m_session.masker().mask(text));
        // Progress goes to the journal at most every 2 s or 10 %, so a chatty tool cannot flood it.
        const qint64 now = running->clock.elapsed();
        if (running->lastProgressMs < 0 || now - running->lastProgressMs >= 2000
            || fraction - running->lastProgress >= 0.1) {
            running->lastProgressMs = now;
            running->lastProgress = fraction;
            record({{QStringLiteral("event"), QLatin1String(event::TaskProgress)},
                    {QStringLiteral("step"), key},
                    {QStringLiteral("fraction"), fraction},
                    {QStringLiteral("text"), text.english()}});
        }
    });
    connect(
        runner, &TaskRunner::finished, this, [this, key](const TaskOutcome &outcome) { finishTask(key, outcome); },
        Qt::QueuedConnection);
    runner->start();
}

void Engine::finishTask(const QString &key, const TaskOutcome &outcome)
{
    std::shared_ptr<Running> running = m_running.value(key);
    if (!running)
        return;
    if (running->inLongLine && running->log) {
        // Stopped in the middle of a very long line: what came of it is written.
        running->log->write(m_session.masker().maskPiece(running->carry, {}, true).toUtf8() + "\n");
        running->inLongLine = false;
    }
    record({{QStringLiteral("event"), QLatin1String(event::TaskFinished)},
            {QStringLiteral("step"), key},
            {QStringLiteral("outcome"), outcome.kindName()},
            {QStringLiteral("exit_code"), outcome.exitCode},
            {QStringLiteral("message"), outcome.message.english()},
            {QStringLiteral("message_text"), outcome.message.toJson()},
            {QStringLiteral("duration_ms"), running->clock.elapsed()}});
    emitLine(key, outcome.succeeded() ? LineLevel::Info : LineLevel::Error, outcome.message.english());
    m_running.remove(key);
    refreshStates();
    Q_EMIT stepFinished(key);
    // The runner may still be on the call stack: delete it later.
    if (running->runner)
        running->runner.release()->deleteLater();
}

void Engine::cancel(const QString &key)
{
    const auto running = m_running.value(key);
    if (!running)
        return;
    running->cancelled = true;
    if (running->runner)
        running->runner->cancel();
}

void Engine::cancelAll()
{
    for (const QString &key : m_running.keys())
        cancel(key);
}

Result<void> Engine::confirmLateStart(const QString &key, const QString &operatorName, const QString &window,
                                      const QDateTime &latestStart, const QDateTime &windowEnd,
                                      const QDateTime &expectedEnd)
{
    const Step *step = m_plan.step(key);
    if (!step || step->item->type != Item::Type::Task || !step->item->irreversible)
        return std::unexpected(
            Error::usage(QStringLiteral("\"%1\" is not an irreversible task of this session").arg(key)));
    if (operatorName.trimmed().isEmpty())
        return std::unexpected(Error::usage(QStringLiteral("a late start needs the operator's name")));
    return record({{QStringLiteral("event"), QLatin1String(event::LateStartConfirmed)},
                   {QStringLiteral("step"), key},
                   {QStringLiteral("operator"), operatorName},
                   {QStringLiteral("window"), window},
                   {QStringLiteral("latest_start"), latestStart.toString(Qt::ISODate)},
                   {QStringLiteral("window_end"), windowEnd.toString(Qt::ISODate)},
                   {QStringLiteral("expected_end"), expectedEnd.toString(Qt::ISODate)}});
}

Result<void> Engine::finish()
{
    const Decision d = decision();
    return record({{QStringLiteral("event"), QLatin1String(event::SessionFinished)},
                   {QStringLiteral("decision"), d.verdict()},
                   {QStringLiteral("headline"), d.headline()}});
}

qint64 Engine::orphanOf(const QString &key) const
{
    if (m_states.value(key).status != StepState::Status::Interrupted)
        return 0;
    QList<QJsonObject> processes; // of the last run
    for (const QJsonObject &r : m_session.records()) {
        if (r.value(QLatin1String("step")).toString() != key)
            continue;
        const QString type = r.value(QLatin1String("event")).toString();
        if (type == QLatin1String(event::TaskStarted))
            processes.clear();
        else if (type == QLatin1String(event::TaskProcess))
            processes << r;
    }
    for (const QJsonObject &r : std::as_const(processes)) {
        const qint64 pid = r.value(QLatin1String("pid")).toInteger();
        if (ProcessTree::isRunning(pid, r.value(QLatin1String("started")).toInteger()))
            return pid;
    }
    return 0;
}

QStringList Engine::removeLeftovers(const QString &key)
{
    if (m_states.value(key).status != StepState::Status::Interrupted)
        return {};
    // The partial outputs of the last run, unless their removal is journalled already.
    QList<QJsonObject> scratch;
    for (const QJsonObject &r : m_session.records()) {
        if (r.value(QLatin1String("step")).toString() != key)
            continue;
        const QString type = r.value(QLatin1String("event")).toString();
        if (type == QLatin1String(event::TaskStarted) || type == QLatin1String(event::LeftoversRemoved))
            scratch.clear();
        else if (type == QLatin1String(event::TaskScratch))
            scratch << r;
    }
    if (scratch.isEmpty())
        return {};
    QStringList said;
    QJsonArray removed;
    for (const QJsonObject &r : std::as_const(scratch)) {
        const QString path = r.value(QLatin1String("path")).toString();
        const QString what = r.value(QLatin1String("what")).toString();
        const QFileInfo info(path);
        if (path.isEmpty() || (!info.exists() && !info.isSymLink()))
            continue;
        bool ok = true;
        if (what == u"file") {
            ok = QFile::remove(path);
        } else if (what == u"folder") {
            ok = QDir(path).removeRecursively();
        } else { // "contents": the folder was empty when the run began
            const QFileInfoList children
                = QDir(path).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            for (const QFileInfo &child : children)
                ok = (child.isDir() && !child.isSymLink() ? QDir(child.filePath()).removeRecursively()
                                                          : QFile::remove(child.filePath()))
                    && ok;
        }
        const QString shown = QDir::toNativeSeparators(path);
        const QString thing = what == u"contents" ? QStringLiteral("the contents of %1").arg(shown) : shown;
        said << (ok ? QStringLiteral("removed %1, left half-made by the interrupted run").arg(thing)
                    : QStringLiteral("could not remove %1, left half-made by the interrupted run; remove it by hand "
                                     "before the step runs again")
                          .arg(thing));
        if (ok)
            removed.append(path);
    }
    record({{QStringLiteral("event"), QLatin1String(event::LeftoversRemoved)},
            {QStringLiteral("step"), key},
            {QStringLiteral("paths"), removed}});
    return said;
}

namespace {

// A step's check or task with its values filled in: what it would do.
QJsonValue resolvedSpec(const Plan &plan, const Step &step)
{
    return substitution::applyToSpec(QJsonValue(step.item->spec), step.values, plan.templateValues());
}

QString shownValue(const Parameter &parameter, const QJsonValue &value)
{
    if (parameter.isSecret())
        return QStringLiteral("******");
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("(none)");
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

// The nodes of a nodes parameter by name, in order.
QStringList nodeNames(const QJsonValue &nodes)
{
    QStringList names;
    for (const QJsonValue &node : nodes.toArray())
        names << node.toObject().value(QLatin1String("name")).toString();
    return names;
}

} // namespace

// Steps whose check or task does something else under `rebuilt`, then every step after one.
QSet<QString> Engine::affectedSteps(const Plan &rebuilt) const
{
    QSet<QString> reset;
    for (const Step &step : rebuilt.steps()) {
        const Step *old = m_plan.step(step.key);
        if (old && resolvedSpec(m_plan, *old) != resolvedSpec(rebuilt, step))
            reset.insert(step.key);
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (const Step &step : rebuilt.steps()) {
            if (reset.contains(step.key))
                continue;
            for (const QString &predecessor : rebuilt.predecessors(step.key))
                if (reset.contains(predecessor)) {
                    reset.insert(step.key);
                    grew = true;
                    break;
                }
        }
    }
    return reset;
}

// Only what has a result goes back; a step not done yet simply runs with the new values.
QStringList Engine::withResults(const Plan &rebuilt, const QSet<QString> &keys) const
{
    QStringList withResult;
    for (const Step &step : rebuilt.steps())
        if (keys.contains(step.key) && m_states.value(step.key).status != StepState::Status::Pending)
            withResult << step.key;
    return withResult;
}

Result<QStringList> Engine::stepsToRedo(const ParameterValues &given) const
{
    auto resolved = resolveParameters(playbook(), given);
    if (!resolved)
        return std::unexpected(Error::usage(resolved.error().join(QStringLiteral("; "))));
    if (*resolved == m_plan.parameters())
        return QStringList();
    auto rebuilt = Plan::build(m_plan.sharedPlaybook(), *resolved);
    if (!rebuilt)
        return std::unexpected(Error::usage(rebuilt.error().join(QStringLiteral("; "))));
    return withResults(*rebuilt, affectedSteps(*rebuilt));
}

Result<QList<Text>> Engine::changeParameters(const ParameterValues &given, const QString &operatorName,
                                             const QString &reason)
{
    if (isRunning())
        return std::unexpected(Error::usage(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "a step is running; change parameters once it has ended"))));
    if (reason.trimmed().isEmpty() || operatorName.trimmed().isEmpty())
        return std::unexpected(Error::usage(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "changing parameters needs a reason and the operator's name"))));
    const Playbook &book = playbook();
    auto resolved = resolveParameters(book, given);
    if (!resolved)
        return std::unexpected(Error::usage(resolved.error().join(QStringLiteral("; "))));
    const ParameterValues &before = m_plan.parameters();
    QJsonObject changes;
    QList<Text> lines;
    QStringList changedNames;
    for (const Parameter &parameter : book.parameters) {
        const QJsonValue oldValue = before.value(parameter.id);
        const QJsonValue newValue = resolved->value(parameter.id);
        if (oldValue == newValue)
            continue;
        changedNames << parameter.id;
        changes.insert(parameter.id,
                       QJsonObject{{QStringLiteral("old"), shownValue(parameter, oldValue)},
                                   {QStringLiteral("new"), shownValue(parameter, newValue)}});
        lines << Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1: %2 -> %3"), parameter.id, shownValue(parameter, oldValue),
                      shownValue(parameter, newValue));
        if (parameter.type == Parameter::Type::Nodes) {
            const QStringList was = nodeNames(oldValue);
            const QStringList now = nodeNames(newValue);
            QStringList added, removed;
            for (const QString &name : now)
                if (!was.contains(name))
                    added << name;
            for (const QString &name : was)
                if (!now.contains(name))
                    removed << name;
            if (!added.isEmpty())
                lines << Text(QT_TRANSLATE_NOOP("uw::Outcome", "  added node(s) %1: their steps are to be done"),
                              added.join(QStringLiteral(", ")));
            if (!removed.isEmpty())
                lines << Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                                "  removed node(s) %1: their steps leave the plan and the decision "
                                                "(the journal keeps what they did)"),
                              removed.join(QStringLiteral(", ")));
            if (added.isEmpty() && removed.isEmpty() && was != now)
                lines << Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                                "  the order is now %1: steps that go one node at a time follow it"),
                              now.join(QStringLiteral(", ")));
        }
    }
    if (changedNames.isEmpty())
        return QList<Text>();
    auto rebuilt = Plan::build(m_plan.sharedPlaybook(), *resolved);
    if (!rebuilt)
        return std::unexpected(Error::usage(rebuilt.error().join(QStringLiteral("; "))));

    const QSet<QString> reset = affectedSteps(*rebuilt);
    const QStringList resetKeys = withResults(*rebuilt, reset);
    QJsonArray resetArray;
    for (const QString &key : std::as_const(resetKeys))
        resetArray.append(key);

    // New secrets are masked from now on, in this record too. The journal first: should
    // session.json then fail, a resume plans with the old values and runs the reset steps
    // again, never keeping results obtained with the old ones.
    m_session.setMasker(Masker(secretValues(book, *resolved)));
    if (auto written = record({{QStringLiteral("event"), QLatin1String(event::ParametersChanged)},
                               {QStringLiteral("operator"), operatorName},
                               {QStringLiteral("reason"), reason},
                               {QStringLiteral("changes"), changes},
                               {QStringLiteral("reset"), resetArray}});
        !written)
        return std::unexpected(written.error());
    if (auto written = m_session.setParameters(book, *resolved); !written)
        return std::unexpected(written.error());
    m_plan = std::move(*rebuilt);
    refreshStates();
    int kept = 0;
    for (const Step &step : m_plan.steps())
        if (!reset.contains(step.key) && m_states.value(step.key).status != StepState::Status::Pending)
            ++kept;
    QList<Text> titles;
    for (const QString &key : std::as_const(resetKeys))
        titles << titleText(*m_plan.step(key));
    lines << (titles.isEmpty() ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "no step has to be done again"))
                               : Text(QT_TRANSLATE_NOOP("uw::Outcome", "to be done again (%1): %2"), titles.size(),
                                      joinedTexts(titles, QStringLiteral("; "))));
    lines << Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 step(s) keep their results"), kept);
    Q_EMIT planChanged();
    return lines;
}

QStringList Engine::removeLeftovers()
{
    QStringList said;
    for (const Step &step : m_plan.steps())
        for (const QString &line : removeLeftovers(step.key))
            said << QStringLiteral("%1: %2").arg(step.displayTitle(), line);
    return said;
}

void Engine::emitLine(const QString &key, LineLevel level, const QString &text)
{
    const Step *step = m_plan.step(key);
    const QString node = step ? step->node : QString();
    const auto running = m_running.value(key);
    if (text.endsWith(kLineCutMarker)) {
        // The start of a line too long to show: whole in the log file (its rest follows through
        // lineTail), cut in the panel, where its last characters are left out in case they are
        // the start of a secret that the cut divided.
        const QString start = text.chopped(kLineCutMarker.size());
        const Masker &masker = m_session.masker();
        if (running && running->log) {
            running->log->write(QStringLiteral("%1 %2 ")
                                    .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), lineLevelName(level))
                                    .toUtf8());
            running->log->write(masker.maskPiece(running->carry, start, false).toUtf8());
            running->inLongLine = true;
        }
        const qsizetype unsafe = qMax<qsizetype>(0, masker.longestSpelling() - 1);
        Q_EMIT logLine(key, level, node, masker.mask(start.chopped(qMin(unsafe, start.size()))) + kLineCutMarker);
        return;
    }
    const QString masked = m_session.masker().mask(text);
    if (running && running->log) {
        running->log->write(
            QStringLiteral("%1 %2 %3\n")
                .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), lineLevelName(level), masked)
                .toUtf8());
        running->log->flush();
    }
    Q_EMIT logLine(key, level, node, masked);
}

} // namespace uw
