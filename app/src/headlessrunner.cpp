#include "app/headlessrunner.h"

#include "app/commandline.h"
#include "app/logging.h"
#include "app/secretprompt.h"
#include "app/terminationsignals.h"
#include "wizard/playbook/parameters.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/report/planreport.h"
#include "wizard/report/report.h"
#include "wizard/report/signature.h"
#include "wizard/run/engine.h"
#include "wizard/run/maintenancewindow.h"
#include "wizard/run/session.h"
#include "wizard/simulator/trainingenvironment.h"
#include "wizard/support/json.h"
#include "wizard/support/logformat.h"
#include "wizard/support/paths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace uw::app {

namespace {

// Progress and results for people on stdout; warnings and errors on stderr; both into the log
// file as well, so that it holds the whole run.
const auto out = printOut;
const auto err = printErr;

// What an answers file may say: parameter values, sign-offs, skips and who answers. Where each
// sign-off and skip stands in the file, so that one naming no step can be pointed at.
struct Answers
{
    QString path;
    ParameterValues parameters;
    QJsonObject confirm; // step key or item id -> true | {"note": "..."}
    QJsonObject skip; // step key or item id -> reason
    QHash<QString, json::Position> confirmAt;
    QHash<QString, json::Position> skipAt;
    QString operatorName;
    // Values made for several playbooks (the classroom simulator's training-answers.json): a
    // playbook takes those it declares instead of refusing the others.
    bool shared = false;
};

std::expected<Answers, QString> readAnswers(const QString &path)
{
    Answers answers;
    answers.path = path;
    if (path.isEmpty())
        return answers;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            QStringLiteral("%1: error: cannot read the answers file: %2").arg(path, file.errorString()));
    const auto parsed = json::parse(file.readAll());
    if (!parsed)
        return std::unexpected(
            QStringLiteral("%1:%2: error: %3").arg(path, parsed.error().position.toString(), parsed.error().message));
    const auto wrong = [&](const json::Position &at, const QString &what) {
        return std::unexpected(QStringLiteral("%1:%2: error: %3").arg(path, at.toString(), what));
    };
    if (!parsed->isObject())
        return wrong(parsed->position(),
                     QStringLiteral("expected an object with parameters, confirm, skip or "
                                    "operator, got %1")
                         .arg(json::Value::typeName(parsed->type())));
    for (const json::Member &member : parsed->members()) {
        const json::Value &value = member.value;
        const QString got = json::Value::typeName(value.type());
        if (member.key == u"parameters") {
            if (!value.isObject())
                return wrong(value.position(),
                             QStringLiteral("parameters: expected an object of parameter "
                                            "values, got %1")
                                 .arg(got));
            for (const json::Member &parameter : value.members())
                answers.parameters.insert(parameter.key, parameter.value.toQJson());
        } else if (member.key == u"confirm" || member.key == u"skip") {
            const bool confirm = member.key == u"confirm";
            if (!value.isObject())
                return wrong(value.position(),
                             QStringLiteral("%1: expected an object of step keys or item ids, "
                                            "got %2")
                                 .arg(member.key, got));
            // A sign-off is true or {"note": "..."}; a skip is its reason.
            const auto isSignOff = [](const json::Value &a) {
                const json::Value *note = a.member(u"note");
                return (a.isBool() && a.toBool()) || (a.members().size() == 1 && note && note->isString());
            };
            const auto isReason = [](const json::Value &a) {
                return !a.toString().trimmed().isEmpty();
            };
            for (const json::Member &answer : value.members()) {
                const json::Value &a = answer.value;
                if (!(confirm ? isSignOff(a) : isReason(a)))
                    return wrong(a.position(),
                                 confirm ? QStringLiteral("confirm.%1: expected true or {\"note\": \"...\"}, got %2")
                                               .arg(answer.key, json::Value::typeName(a.type()))
                                         : QStringLiteral("skip.%1: expected the reason as a non-empty string, got %2")
                                               .arg(answer.key, json::Value::typeName(a.type())));
                (confirm ? answers.confirm : answers.skip).insert(answer.key, a.toQJson());
                (confirm ? answers.confirmAt : answers.skipAt).insert(answer.key, answer.keyPosition);
            }
        } else if (member.key == u"shared") {
            if (!value.isBool())
                return wrong(value.position(), QStringLiteral("shared: expected true or false, got %1").arg(got));
            answers.shared = value.toBool();
        } else if (member.key == u"operator") {
            if (!value.isString())
                return wrong(value.position(), QStringLiteral("operator: expected a name, got %1").arg(got));
            answers.operatorName = value.toString();
        } else {
            return wrong(member.keyPosition,
                         QStringLiteral("%1: unknown key; expected parameters, shared, confirm, skip or operator")
                             .arg(member.key));
        }
    }
    return answers;
}

// The steps a sign-off or a skip names: one step by its key (apply@NodeB), or every step of an
// item by the item's id (apply: on every node).
QStringList stepsNamed(const Plan &plan, const QString &name)
{
    if (plan.step(name))
        return {name};
    QStringList keys;
    for (const Step *step : plan.stepsOfItem(name))
        keys << step->key;
    return keys;
}

// Whether a sign-off or a skip names anything: a step, or an item of the playbook (whose steps
// may be none in this run: a `when`).
bool namesAStepOrItem(const Engine &engine, const QString &name)
{
    return engine.plan().step(name) || engine.playbook().item(name);
}

// The answer for a step: by its own key (apply@NodeA) or by its item's id (apply).
QJsonValue answerFor(const QJsonObject &answers, const Step &step)
{
    if (answers.contains(step.key))
        return answers.value(step.key);
    return answers.value(step.item->id);
}

class Runner
{
public:
    Runner(Engine &engine, const Answers &answers, const RunOptions &options, TerminationSignals &termination)
        : m_engine(engine)
        , m_answers(answers)
        , m_options(options)
    {
        QObject::connect(
            &engine, &Engine::logLine, &engine,
            [](const QString &, LineLevel level, const QString &node, const QString &text) {
                out(QStringLiteral("%1 %2| %3")
                        .arg(lineLevelName(level).leftJustified(7), node.isEmpty() ? QString() : node + u' ', text));
            });
        // Progress in steps of 10 %: enough to see it move, not a line per item.
        QObject::connect(&engine, &Engine::progress, &engine,
                         [this](const QString &key, double fraction, const Text &) {
                             const int percent = qRound(fraction * 100);
                             int &shown = m_progressShown[key];
                             if (fraction >= 0 && (percent >= shown + 10 || (percent == 100 && shown < 100))) {
                                 shown = percent;
                                 out(QStringLiteral("progress %1: %2%").arg(key).arg(percent));
                             }
                         });
        QObject::connect(&termination, &TerminationSignals::terminationRequested, &engine, [this](int number) {
            err(QStringLiteral("upgrade-wizard: signal %1 received: cancelling the running step; the session can be "
                               "resumed")
                    .arg(number));
            m_cancelled = true;
            m_engine.cancelAll();
            m_loop.quit();
        });
    }

    int run()
    {
        const QString &who = m_answers.operatorName;
        // Every sign-off and skip of the answers file must name a step or an item.
        for (const auto *answers : {&m_answers.confirm, &m_answers.skip}) {
            const bool confirm = answers == &m_answers.confirm;
            for (auto it = answers->begin(); it != answers->end(); ++it) {
                if (namesAStepOrItem(m_engine, it.key()))
                    continue;
                err(QStringLiteral("%1:%2: error: %3.%4: no step or item has this id; use an item id (apply) or a "
                                   "step key (apply@NodeB)")
                        .arg(m_answers.path,
                             (confirm ? m_answers.confirmAt : m_answers.skipAt).value(it.key()).toString(),
                             confirm ? QStringLiteral("confirm") : QStringLiteral("skip"), it.key()));
                return ExitUsage;
            }
        }
        // Skips of the answers file, then --skip: by step key, or by item id for all its steps.
        QList<std::pair<QString, QString>> skips;
        for (auto it = m_answers.skip.begin(); it != m_answers.skip.end(); ++it)
            skips.append({it.key(), it.value().toString()});
        // --skip and --revoke must name a step or an item.
        const auto unknownName = [this](const QStringList &values, const char *option) {
            for (const QString &value : values) {
                const QString name = value.left(value.indexOf(u'='));
                if (!namesAStepOrItem(m_engine, name)) {
                    err(QStringLiteral("upgrade-wizard: --%1 %2: no step or item has this id; use an item id (apply) "
                                       "or a step key (apply@NodeB)")
                            .arg(QLatin1String(option), name));
                    return true;
                }
            }
            return false;
        };
        if (unknownName(m_options.skips, "skip") || unknownName(m_options.revokes, "revoke"))
            return ExitUsage;
        for (const QString &skip : m_options.skips) {
            const qsizetype eq = skip.indexOf(u'=');
            skips.append({skip.left(eq), skip.mid(eq + 1)});
        }
        // Revocations first: a sign-off or skip taken back may then be given anew below.
        for (const QString &revoke : m_options.revokes) {
            const qsizetype eq = revoke.indexOf(u'=');
            const QString name = revoke.left(eq);
            bool revokedAny = false;
            for (const QString &key : stepsNamed(m_engine.plan(), name)) {
                const StepState::Status status = m_engine.state(key).status;
                // An item id of a foreach takes back what its steps have; a step key must name
                // something to take back.
                if (status != StepState::Status::Confirmed && status != StepState::Status::Skipped
                    && !m_engine.plan().step(name))
                    continue;
                if (auto revoked = m_engine.revoke(key, who, revoke.mid(eq + 1)); !revoked) {
                    err(QStringLiteral("upgrade-wizard: --revoke %1: %2").arg(key, revoked.error().toString()));
                    return ExitUsage;
                }
                revokedAny = true;
                out(QStringLiteral("[revoke] %1: %2")
                        .arg(m_engine.plan().step(key)->displayTitle(), m_engine.state(key).summary));
            }
            if (!revokedAny) {
                err(QStringLiteral("upgrade-wizard: --revoke %1: nothing to revoke; no step of it is signed off or "
                                   "skipped")
                        .arg(name));
                return ExitUsage;
            }
        }
        for (const auto &[name, reason] : skips) {
            for (const QString &key : stepsNamed(m_engine.plan(), name)) {
                if (m_engine.state(key).isDone())
                    continue;
                if (auto skipped = m_engine.skip(key, who, reason); !skipped) {
                    err(QStringLiteral("upgrade-wizard: skip %1: %2").arg(key, skipped.error().toString()));
                    return ExitUsage;
                }
                const Step &step = *m_engine.plan().step(key);
                if (step.item->severity != Severity::Blocker)
                    out(QStringLiteral("[skip] %1: skipped by %2: %3").arg(step.displayTitle(), who, reason));
                else if (step.item->waivable)
                    out(QStringLiteral("[skip] %1: waived by %2: %3").arg(step.displayTitle(), who, reason));
                else
                    err(QStringLiteral("upgrade-wizard: warning: %1 is a blocker the playbook does not let be "
                                       "waived: skipping it keeps the decision at NO-GO")
                            .arg(step.displayTitle()));
            }
        }
        const Playbook &playbook = m_engine.playbook();
        for (int p = 0; p < playbook.pages.size() && !m_cancelled; ++p) {
            const QList<const Step *> steps = m_engine.plan().stepsOfPage(p);
            if (steps.isEmpty())
                continue;
            out(QStringLiteral("\n== %1").arg(playbook.pages.at(p).title));
            bool blockerFailed = false;
            for (const Step *step : steps) {
                if (m_cancelled)
                    break;
                runStep(*step, who, blockerFailed);
                const StepState state = m_engine.state(step->key);
                if (step->item->severity == Severity::Blocker && !state.isDone())
                    blockerFailed = true;
            }
            if (blockerFailed && !m_cancelled) {
                out(QStringLiteral("stopping after \"%1\": a blocker on this page is not done")
                        .arg(playbook.pages.at(p).title));
                break;
            }
        }
        if (m_cancelled) {
            out(QStringLiteral("\ncancelled. Resume with: upgrade-wizard resume %1").arg(m_engine.session().dir()));
            return ExitCancelled;
        }
        return ExitOk;
    }

private:
    void runStep(const Step &step, const QString &who, bool blockerFailed)
    {
        const StepState state = m_engine.state(step.key);
        const QString title = step.displayTitle();
        if (state.isDone()) {
            out(QStringLiteral("[%1] %2: already %3")
                    .arg(itemTypeName(step.item->type), title, statusName(state.status)));
            return;
        }
        switch (step.item->type) {
        case Item::Type::Info:
            out(QStringLiteral("[info] %1").arg(title));
            return;
        case Item::Type::Confirm: {
            const QJsonValue answer = answerFor(m_answers.confirm, step);
            const bool answered = answer.isObject() || answer.toBool();
            if (!answered && !m_options.confirmAll) {
                out(QStringLiteral("[confirm] %1: needs a sign-off (answers file \"confirm\", or --confirm-all)")
                        .arg(title));
                return;
            }
            const QString note = answer.toObject().value(QLatin1String("note")).toString();
            if (auto confirmed = m_engine.confirm(step.key, who, note, !answered); !confirmed)
                out(QStringLiteral("[confirm] %1: %2").arg(title, confirmed.error().message));
            else
                out(QStringLiteral("[confirm] %1: %2")
                        .arg(title,
                             answered ? QStringLiteral("confirmed by %1").arg(who)
                                      : QStringLiteral("confirmed unattended")));
            return;
        }
        case Item::Type::Check:
        case Item::Type::Task:
            break;
        }
        // One rule on resume: a task that started before and did not succeed (failed, cancelled or
        // interrupted) may have done part of its work, so it runs again only when asked. Checks
        // only look, and always run again.
        const bool endedBadly = state.status == StepState::Status::Failed
            || state.status == StepState::Status::Cancelled || state.status == StepState::Status::Interrupted;
        if (step.item->type == Item::Type::Task && endedBadly && !m_options.rerun) {
            out(QStringLiteral("[task] %1: %2 before (%3); run it again with --rerun, or skip it with --skip "
                               "'%4=REASON'")
                    .arg(title, statusName(state.status), state.summary, step.key));
            return;
        }
        if (blockerFailed && step.item->type == Item::Type::Task) {
            out(QStringLiteral("[task] %1: not started, because a blocker before it is not done").arg(title));
            return;
        }
        if (const QString why = m_engine.whyNotStartable(step.key); !why.isEmpty()) {
            out(QStringLiteral("[%1] %2").arg(itemTypeName(step.item->type), why));
            return;
        }
        if (step.item->irreversible && m_window && !mayStartIrreversible(step, who))
            return;
        out(QStringLiteral("[%1] %2 ...").arg(itemTypeName(step.item->type), title));
        bool finished = false;
        const auto connection = QObject::connect(&m_engine, &Engine::stepFinished, &m_engine, [&](const QString &key) {
            if (key == step.key) {
                finished = true;
                m_loop.quit();
            }
        });
        if (auto started = m_engine.start(step.key); !started) {
            out(QStringLiteral("[%1] %2: %3").arg(itemTypeName(step.item->type), title, started.error().message));
        } else {
            while (!finished && !m_cancelled)
                m_loop.exec();
            // After a cancel, wait for the runner to report so the journal says "cancelled".
            while (!finished)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        QObject::disconnect(connection);
        const StepState after = m_engine.state(step.key);
        out(QStringLiteral("[%1] %2: %3%4")
                .arg(itemTypeName(step.item->type), title, statusName(after.status),
                     after.summary.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(after.summary)));
    }

    // The point of no return, in a maintenance window: past its latest start it starts only with
    // --allow-late, and that is journalled.
    bool mayStartIrreversible(const Step &step, const QString &who)
    {
        const Schedule now
            = schedule(m_engine.plan(), m_engine.states(), *m_window, QDateTime::currentDateTime(), m_rehearsal);
        out(QStringLiteral("[task] %1: %2")
                .arg(step.displayTitle(), describeSchedule(m_engine.plan(), now, *m_window)));
        if (!now.late)
            return true;
        const QString past = QStringLiteral("it is %1, past %2, the latest start of the point of no return for the "
                                            "window ending %3")
                                 .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")),
                                      now.latestStart.toString(QStringLiteral("HH:mm")),
                                      now.windowEnd.toString(QStringLiteral("HH:mm")));
        if (!m_options.allowLate) {
            out(QStringLiteral("[task] %1: not started: %2; it would end about %3. Start it anyway with --allow-late "
                               "(journalled), or resume in the next window")
                    .arg(step.displayTitle(), past, now.expectedEnd.toString(QStringLiteral("HH:mm"))));
            return false;
        }
        if (auto confirmed = m_engine.confirmLateStart(step.key, who, m_window->toString(), now.latestStart,
                                                       now.windowEnd, now.expectedEnd);
            !confirmed) {
            out(QStringLiteral("[task] %1: %2").arg(step.displayTitle(), confirmed.error().message));
            return false;
        }
        out(QStringLiteral("[task] %1: started late on %2's word (--allow-late): %3")
                .arg(step.displayTitle(), who, past));
        return true;
    }

public:
    void setWindow(const MaintenanceWindow &window, const QHash<QString, qint64> &rehearsal)
    {
        m_window = window;
        m_rehearsal = rehearsal;
    }

private:
    Engine &m_engine;
    const Answers &m_answers;
    const RunOptions &m_options;
    std::optional<MaintenanceWindow> m_window;
    QHash<QString, qint64> m_rehearsal; // ms by step key, from --rehearsal
    QEventLoop m_loop;
    QHash<QString, int> m_progressShown;
    bool m_cancelled = false;
};

void printDecision(const Decision &decision)
{
    out(QStringLiteral("\n== Decision: %1 (%2 of %3 steps done)")
            .arg(decision.headline())
            .arg(decision.done)
            .arg(decision.total));
    // What failed comes first and in full; the steps never reached after it are summed up.
    QStringList notReached;
    for (const Decision::Reason &reason : decision.blockers) {
        if (reason.status == statusName(StepState::Status::Pending) && reason.problem == u"not run")
            notReached << reason.title;
        else
            out(QStringLiteral("  blocker  %1: %2").arg(reason.title, reason.problem));
    }
    if (!notReached.isEmpty())
        out(QStringLiteral("  blocker  %1 step(s) not run: %2%3")
                .arg(notReached.size())
                .arg(notReached.mid(0, 3).join(QStringLiteral("; ")))
                .arg(notReached.size() > 3 ? QStringLiteral("; ...") : QString()));
    for (const Decision::Reason &reason : decision.waivers)
        out(QStringLiteral("  waiver   %1: waived by %2 at %3: %4")
                .arg(reason.title, reason.operatorName, reason.time, reason.why));
    for (const Decision::Reason &reason : decision.warnings)
        out(QStringLiteral("  warning  %1: %2").arg(reason.title, reason.problem));
}

// `changeTo`: on resume, the values given now (--set, the answers file), which go through
// Engine::changeParameters when they differ from the session's.
int drive(Session &session, const Plan &plan, const Answers &answers, const RunOptions &options,
          TerminationSignals &termination, const std::optional<ParameterValues> &changeTo = std::nullopt)
{
    Engine engine(plan, session);
    QObject::connect(&engine, &Engine::journalFailed, &engine,
                     [](const QString &message) { err(QStringLiteral("upgrade-wizard: %1").arg(message)); });
    out(QStringLiteral("session: %1").arg(session.dir()));
    for (const QString &warning : session.warnings())
        err(QStringLiteral("upgrade-wizard: warning: %1").arg(warning));
    if (changeTo) {
        auto changed = engine.changeParameters(*changeTo, answers.operatorName,
                                               QStringLiteral("given on resume (--set or the answers file)"));
        if (!changed) {
            err(QStringLiteral("upgrade-wizard: cannot change the parameters: %1").arg(changed.error().toString()));
            return ExitUsage;
        }
        for (const Text &line : std::as_const(*changed))
            out(QStringLiteral("parameters changed: %1").arg(line.english()));
    }
    for (const QString &line : engine.removeLeftovers())
        out(QStringLiteral("cleanup: %1").arg(line));
    Runner runner(engine, answers, options, termination);
    if (!options.window.isEmpty()) {
        const auto window = MaintenanceWindow::parse(options.window);
        if (!window) {
            err(QStringLiteral("upgrade-wizard: --window: %1").arg(window.error().message));
            return ExitUsage;
        }
        QHash<QString, qint64> rehearsal;
        if (!options.rehearsalDir.isEmpty()) {
            auto durations = rehearsalDurations(options.rehearsalDir);
            if (!durations) {
                err(QStringLiteral("upgrade-wizard: --rehearsal: %1").arg(durations.error().toString()));
                return ExitUsage;
            }
            rehearsal = *durations;
        }
        runner.setWindow(*window, rehearsal);
        out(QStringLiteral("maintenance %1")
                .arg(describeSchedule(
                    plan, schedule(plan, engine.states(), *window, QDateTime::currentDateTime(), rehearsal), *window)));
    }
    const int code = runner.run();
    if (code == ExitUsage)
        return code;
    const Decision decision = engine.decision();
    if (code != ExitCancelled) {
        engine.finish();
        printDecision(decision);
    }
    const QJsonObject report = buildReport(engine);
    bool signingFailed = false;
    for (const QString &path : {session.dir() + QStringLiteral("/report.json"), options.reportFile}) {
        if (path.isEmpty())
            continue;
        if (auto written = writeReport(report, path); !written) {
            err(QStringLiteral("upgrade-wizard: %1").arg(written.error().toString()));
            continue;
        }
        if (path == options.reportFile)
            out(QStringLiteral("report: %1 (%2)").arg(QDir::toNativeSeparators(path), reportFormat(path)));
        if (options.signWith.isEmpty())
            continue;
        // Asked for and not made, a signature is a failure of the run, not a footnote.
        if (auto signed_ = signature::signFile(path, options.signWith); !signed_) {
            err(QStringLiteral("upgrade-wizard: the report was not signed: %1").arg(signed_.error().toString()));
            signingFailed = true;
        } else {
            out(QStringLiteral("signed: %1").arg(QDir::toNativeSeparators(*signed_)));
        }
    }
    if (signingFailed && code != ExitCancelled)
        return ExitFailure;
    if (code == ExitCancelled)
        return code;
    return decision.go ? ExitOk : ExitFailure;
}

void printDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        err(d.toString());
}

// An answers file that holds a secret must be private: anyone who can read it has the secret.
// (On Windows the file's ACL decides, which is the user's profile's for files made there.)
std::expected<void, QString> checkAnswersArePrivate(const Playbook &playbook, const Answers &answers)
{
#ifdef Q_OS_WIN
    Q_UNUSED(playbook);
    Q_UNUSED(answers);
#else
    if (answers.path.isEmpty())
        return {};
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    const QFile::Permissions permissions = QFileInfo(answers.path).permissions();
    if (!(permissions & others))
        return {};
    for (auto it = answers.parameters.begin(); it != answers.parameters.end(); ++it) {
        const Parameter *parameter = playbook.parameter(it.key());
        if (parameter && parameter->isSecret())
            return std::unexpected(QStringLiteral("%1: error: it holds the secret parameter %2, but other users can "
                                                  "read it; make it private (chmod 600 %1), or give the secret with "
                                                  "--secret-env or at the prompt")
                                       .arg(answers.path, it.key()));
    }
#endif
    return {};
}

std::expected<ParameterValues, int> gatherParameters(const Playbook &playbook, const Answers &answers,
                                                     const RunOptions &options)
{
    ParameterValues given = answers.parameters;
    for (const QString &set : options.sets) {
        const qsizetype eq = set.indexOf(u'=');
        const QString name = set.left(eq);
        given.insert(name, set.mid(eq + 1));
        if (const Parameter *parameter = playbook.parameter(name); parameter && parameter->isSecret())
            err(QStringLiteral("upgrade-wizard: warning: --set %1: a secret given on the command line can be read "
                               "by other users of this computer while the program runs (the process list); give it "
                               "with --secret-env %1=VARIABLE or at the prompt")
                    .arg(name));
    }
    for (const QString &pair : options.secretEnvs) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString name = pair.left(eq);
        const QString variable = pair.mid(eq + 1);
        if (!playbook.parameter(name)) {
            err(QStringLiteral("upgrade-wizard: --secret-env %1: the playbook has no parameter %2").arg(pair, name));
            return std::unexpected(int(ExitUsage));
        }
        if (!qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
            err(QStringLiteral("upgrade-wizard: --secret-env %1: the environment variable %2 is not set; export it "
                               "first (in this shell, with the secret as its value)")
                    .arg(pair, variable));
            return std::unexpected(int(ExitUsage));
        }
        given.insert(name, qEnvironmentVariable(variable.toLocal8Bit().constData()));
    }
    // A plan shows every secret as ******, so it needs none: a required one nobody gave stands
    // in as that (a run would ask for it). An optional one stays unset, as in a run, since a
    // `when` may ask whether it was given.
    if (options.planOnly) {
        for (const Parameter &parameter : playbook.parameters)
            if (parameter.isSecret() && parameter.required && given.value(parameter.id).toString().isEmpty())
                given.insert(parameter.id, QString::fromLatin1(kMask));
    }
    // A required secret nobody gave: ask for it, when a person is there to type it.
    if (stdinIsTerminal() && !options.planOnly) {
        for (const Parameter &parameter : playbook.parameters) {
            if (!parameter.isSecret() || !parameter.required
                || !(parameter.defaultValue.isUndefined() || parameter.defaultValue.isNull())
                || !given.value(parameter.id).toString().isEmpty())
                continue;
            const auto typed = promptSecret(QStringLiteral("%1 (%2): ").arg(parameter.label, parameter.id));
            if (!typed && typed.error() == PromptEnd::Cancelled) {
                err(QStringLiteral("upgrade-wizard: cancelled at the prompt for %1; nothing was run")
                        .arg(parameter.id));
                return std::unexpected(int(ExitCancelled));
            }
            if (typed)
                given.insert(parameter.id, *typed);
        }
    }
    auto values = resolveParameters(playbook, given);
    if (!values) {
        for (const QString &e : values.error())
            err(QStringLiteral("upgrade-wizard: parameter %1").arg(e));
        return std::unexpected(int(ExitUsage));
    }
    return *values;
}

// Everything a run needs before it touches anything: the playbook, the answers, the
// parameters (those a resumed session kept, then the answers file, then --set) and the plan.
struct Prepared
{
    std::shared_ptr<const Playbook> playbook;
    Answers answers;
    ParameterValues values;
    std::optional<Plan> plan;
};

std::expected<Prepared, int> prepare(std::expected<Playbook, Diagnostics> loaded, const RunOptions &options,
                                     const QJsonObject &stored = {}, const ParameterValues &training = {})
{
    if (!loaded) {
        printDiagnostics(loaded.error());
        return std::unexpected(int(ExitUsage));
    }
    Prepared prepared;
    prepared.playbook = std::make_shared<const Playbook>(std::move(*loaded));
    for (const QString &warning : std::as_const(prepared.playbook->warnings))
        err(warning);
    auto answers = readAnswers(options.answersFile);
    if (!answers) {
        err(answers.error());
        return std::unexpected(int(ExitUsage));
    }
    prepared.answers = *answers;
    if (prepared.answers.shared)
        prepared.answers.parameters = valuesDeclaredBy(*prepared.playbook, prepared.answers.parameters);
    if (auto private_ = checkAnswersArePrivate(*prepared.playbook, prepared.answers); !private_) {
        err(private_.error());
        return std::unexpected(int(ExitUsage));
    }
    // A session keeps every value but the secrets; those must be given again.
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        const Parameter *parameter = prepared.playbook->parameter(it.key());
        if (parameter && !parameter->isSecret() && !prepared.answers.parameters.contains(it.key()))
            prepared.answers.parameters.insert(it.key(), it.value());
    }
    // The training environment knows where its installations and services are: those values
    // come first, and the answers file and --set may still change them.
    const ParameterValues fitted = valuesDeclaredBy(*prepared.playbook, training);
    for (auto it = fitted.begin(); it != fitted.end(); ++it)
        if (!prepared.answers.parameters.contains(it.key()))
            prepared.answers.parameters.insert(it.key(), it.value());
    if (prepared.answers.operatorName.isEmpty())
        prepared.answers.operatorName = Session::defaultOperator();
    auto values = gatherParameters(*prepared.playbook, prepared.answers, options);
    if (!values)
        return std::unexpected(values.error());
    prepared.values = *values;
    auto plan = Plan::build(prepared.playbook, prepared.values);
    if (!plan) {
        for (const QString &e : plan.error())
            err(QStringLiteral("upgrade-wizard: %1").arg(e));
        return std::unexpected(int(ExitUsage));
    }
    prepared.plan = std::move(*plan);
    return prepared;
}

// The topology the operator gave: the last --set, else the answers file; empty when neither
// says (TrainingEnvironment::nodesFor then takes the playbook's default).
QString givenTopology(const RunOptions &options)
{
    QString topology;
    for (const QString &set : options.sets)
        if (set.startsWith(QLatin1String("topology=")))
            topology = set.mid(int(qstrlen("topology=")));
    if (topology.isEmpty()) {
        if (auto answers = readAnswers(options.answersFile); answers)
            topology = answers->parameters.value(QStringLiteral("topology")).toString();
    }
    return topology;
}

// A report to be signed at the end is checked for before anything runs: an upgrade is not the
// time to learn that the key is missing or OpenSSH is not installed.
bool canSign(const RunOptions &options)
{
    if (options.signWith.isEmpty())
        return true;
    if (!QFileInfo(options.signWith).isFile()) {
        err(QStringLiteral("upgrade-wizard: --sign-with %1: no such key file; name a private key "
                           "(~/.ssh/id_ed25519), or a public key whose private key ssh-agent holds")
                .arg(QDir::toNativeSeparators(options.signWith)));
        return false;
    }
    if (auto keygen = signature::sshKeygen(); !keygen) {
        err(QStringLiteral("upgrade-wizard: --sign-with: %1").arg(keygen.error().toString()));
        return false;
    }
    return true;
}

// The simulated environment for `loaded` (a playbook written for training mode) in `root`, with
// the topology and faults the options give, or the exit code when it cannot be (said on
// stderr). `withoutTraining` is the command's verb for the advice ("Run", "Plan").
std::expected<std::unique_ptr<sim::TrainingEnvironment>, int>
startTraining(const std::expected<Playbook, Diagnostics> &loaded, const RunOptions &options, const QString &root,
              const QString &withoutTraining)
{
    // Training mode runs what the playbook says against the simulator's sandbox; a playbook not
    // written for it would run its real commands on this computer, recorded as training.
    if (loaded && !loaded->isForTraining()) {
        err(QStringLiteral("upgrade-wizard: %1: not written for training mode: it has no \"training\" section, "
                           "so in training mode it would run its real commands, edit real files and call real "
                           "services. %2 it without --training, or give it a \"training\" section naming the "
                           "simulated products it was written for (docs/playbook-format.md)")
                .arg(QDir::toNativeSeparators(loaded->fileName), withoutTraining));
        return std::unexpected(int(ExitUsage));
    }
    sim::TrainingEnvironment::Options trainingOptions;
    // A playbook that does not load trains on the seed's domain; prepare() says why it failed.
    if (loaded)
        trainingOptions.nodes = sim::TrainingEnvironment::nodesFor(*loaded, givenTopology(options));
    trainingOptions.root = root;
    trainingOptions.faults = sim::Faults::parse(options.faults).value_or(sim::Faults());
    auto started = sim::TrainingEnvironment::start(trainingOptions);
    if (!started) {
        err(QStringLiteral("upgrade-wizard: cannot start training mode: %1").arg(started.error()));
        return std::unexpected(int(ExitFailure));
    }
    return std::move(*started);
}

} // namespace

int runPlaybook(const RunOptions &options, TerminationSignals &termination)
{
    if (!canSign(options))
        return ExitUsage;
    auto loaded = loadPlaybook(options.playbook);
    std::unique_ptr<sim::TrainingEnvironment> training;
    // A sandbox is kept only for a session that runs against it.
    QString sandbox;
    const auto discardSandbox = qScopeGuard([&] {
        training.reset();
        if (!sandbox.isEmpty())
            QDir(sandbox).removeRecursively();
    });
    if (options.training) {
        if (!loaded || loaded->isForTraining())
            for (const QString &removed :
                 Session::pruneTrainingSandboxes(paths::dataDir() + QStringLiteral("/training"), paths::sessionsDir()))
                spdlog::info("removed the training sandbox {}, which no session uses", removed.toStdString());
        sandbox = paths::newTrainingRoot();
        auto started = startTraining(loaded, options, sandbox, QStringLiteral("Run"));
        if (!started) {
            if (started.error() == ExitUsage)
                sandbox.clear(); // nothing was made
            return started.error();
        }
        training = std::move(*started);
    }
    auto prepared = prepare(std::move(loaded), options, {}, training ? training->parameters() : ParameterValues());
    if (!prepared)
        return prepared.error();
    const Playbook &playbook = *prepared->playbook;
    const QString dir = options.sessionDir.isEmpty() ? Session::defaultDir(playbook.id) : options.sessionDir;
    auto session = Session::create(dir, playbook, prepared->values, prepared->answers.operatorName,
                                   training ? training->sandbox().root() : QString());
    if (!session) {
        err(QStringLiteral("upgrade-wizard: %1").arg(session.error().toString()));
        return ExitUsage;
    }
    if (training)
        out(QStringLiteral("training mode: simulated installations in %1%2")
                .arg(QDir::toNativeSeparators(sandbox),
                     options.faults.isEmpty() ? QString()
                                              : QStringLiteral("; faults: %1").arg(options.faults.join(u' '))));
    sandbox.clear(); // the session runs against it from now on, and resume needs it
    out(QStringLiteral("%1 (%2)").arg(playbook.title, playbook.id));
    if (!options.window.isEmpty()) {
        const QString rehearsal
            = options.rehearsalDir.isEmpty() ? QString() : QDir(options.rehearsalDir).absolutePath();
        if (auto stored = (*session)->setMaintenance(options.window, rehearsal); !stored)
            err(QStringLiteral("upgrade-wizard: warning: the window is not kept for a resume: %1")
                    .arg(stored.error().toString()));
    }
    return drive(**session, *prepared->plan, prepared->answers, options, termination);
}

int planPlaybook(const RunOptions &options, const QString &format)
{
    RunOptions planning = options;
    planning.planOnly = true;
    auto loaded = loadPlaybook(options.playbook);
    std::unique_ptr<sim::TrainingEnvironment> training;
    // Training values come from a simulated environment, made where nothing outlives the plan.
    QTemporaryDir sandbox;
    const auto stopTraining = qScopeGuard([&] { training.reset(); });
    if (options.training) {
        if (!sandbox.isValid()) {
            err(QStringLiteral("upgrade-wizard: cannot make a temporary folder for the training environment: %1")
                    .arg(sandbox.errorString()));
            return ExitFailure;
        }
        auto started
            = startTraining(loaded, options, sandbox.filePath(QStringLiteral("training")), QStringLiteral("Plan"));
        if (!started)
            return started.error();
        training = std::move(*started);
    }
    auto prepared = prepare(std::move(loaded), planning, {}, training ? training->parameters() : ParameterValues());
    if (!prepared)
        return prepared.error();
    // What a session would give: its folder and its time are not known before it starts.
    const BuiltinValues builtins{QStringLiteral("<session folder>"), QStringLiteral("<session start>"),
                                 prepared->playbook->id, QCoreApplication::applicationFilePath()};
    const QJsonObject report = buildPlanReport(*prepared->plan, builtins);
    QByteArray bytes;
    if (format == u"json")
        bytes = QJsonDocument(report).toJson(QJsonDocument::Indented);
    else if (format == u"html")
        bytes = planHtml(report).toUtf8();
    else
        bytes = planText(report).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    spdlog::info("plan of {}: {} steps", prepared->playbook->id.toStdString(), prepared->plan->steps().size());
    return ExitOk;
}

int resumeSession(const RunOptions &options, TerminationSignals &termination)
{
    if (!canSign(options))
        return ExitUsage;
    auto session = Session::open(options.sessionDir);
    if (!session) {
        err(QStringLiteral("upgrade-wizard: %1").arg(session.error().toString()));
        return ExitUsage;
    }
    // A training session continues against its sandbox, with the services on new ports.
    std::unique_ptr<sim::TrainingEnvironment> training;
    QJsonObject stored = (*session)->info().parameters;
    if (const QString root = (*session)->info().trainingRoot; !root.isEmpty()) {
        sim::TrainingEnvironment::Options trainingOptions;
        trainingOptions.root = root;
        trainingOptions.reuse = true;
        auto started = sim::TrainingEnvironment::start(trainingOptions);
        if (!started) {
            err(QStringLiteral("upgrade-wizard: cannot restart the training environment: %1").arg(started.error()));
            return ExitFailure;
        }
        training = std::move(*started);
        for (const QString &key : sim::TrainingEnvironment::addressParameters()) // the old ports are gone
            stored.remove(key);
    }
    auto prepared = prepare(PlaybookLoader::loadFile((*session)->playbookCopy()), options, stored,
                            training ? training->parameters() : ParameterValues());
    if (!prepared)
        return prepared.error();
    const Playbook &playbook = *prepared->playbook;
    (*session)->setMasker(Masker(secretValues(playbook, prepared->values)));
    // The window the session was given, unless this resume gives another (which is kept).
    RunOptions effective = options;
    if (options.window.isEmpty() && !(*session)->info().window.isEmpty()) {
        effective.window = (*session)->info().window;
        effective.rehearsalDir = (*session)->info().rehearsal;
        out(QStringLiteral("maintenance window of the session: %1").arg(effective.window));
    } else if (!options.window.isEmpty()) {
        const QString rehearsal
            = options.rehearsalDir.isEmpty() ? QString() : QDir(options.rehearsalDir).absolutePath();
        if (auto kept = (*session)->setMaintenance(options.window, rehearsal); !kept)
            err(QStringLiteral("upgrade-wizard: warning: the window is not kept: %1").arg(kept.error().toString()));
    }
    (*session)->record({{QStringLiteral("event"), QLatin1String(event::SessionResumed)},
                        {QStringLiteral("operator"), prepared->answers.operatorName}});
    out(QStringLiteral("%1 (%2), resumed").arg(playbook.title, playbook.id));
    // The plan the session ran with: its own values (with the training environment's new
    // addresses, and the secrets, which are given again); what --set or the answers file change
    // then goes through Engine::changeParameters, in the open.
    ParameterValues previous;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        if (const Parameter *parameter = playbook.parameter(it.key()); parameter && !parameter->isSecret())
            previous.insert(it.key(), it.value());
    if (training) {
        const ParameterValues fitted = valuesDeclaredBy(playbook, training->parameters());
        for (auto it = fitted.begin(); it != fitted.end(); ++it)
            if (!previous.contains(it.key()))
                previous.insert(it.key(), it.value());
    }
    for (const Parameter &parameter : playbook.parameters)
        if (parameter.isSecret() && prepared->values.contains(parameter.id))
            previous.insert(parameter.id, prepared->values.value(parameter.id));
    auto previousValues = resolveParameters(playbook, previous);
    auto previousPlan = previousValues ? Plan::build(prepared->playbook, *previousValues)
                                       : std::expected<Plan, QStringList>(std::unexpect, previousValues.error());
    if (!previousPlan) {
        err(QStringLiteral("upgrade-wizard: warning: the session's own parameters no longer make a plan (%1); going "
                           "on with the ones given now")
                .arg(previousPlan.error().join(QStringLiteral("; "))));
        return drive(**session, *prepared->plan, prepared->answers, effective, termination);
    }
    return drive(**session, *previousPlan, prepared->answers, effective, termination, prepared->values);
}

int validatePlaybooks(const QStringList &files)
{
    int code = ExitOk;
    for (const QString &file : files) {
        auto loaded = PlaybookLoader::loadFile(file);
        if (!loaded) {
            printDiagnostics(loaded.error());
            err(QStringLiteral("%1: %2 error(s)").arg(QDir::toNativeSeparators(file)).arg(loaded.error().size()));
            code = ExitUsage;
        } else {
            for (const QString &warning : std::as_const(loaded->warnings))
                err(warning);
            out(QStringLiteral("%1: ok (%2, %3 pages%4)")
                    .arg(QDir::toNativeSeparators(file), loaded->id)
                    .arg(loaded->pages.size())
                    .arg(loaded->warnings.isEmpty() ? QString()
                                                    : QStringLiteral(", %1 warning(s)").arg(loaded->warnings.size())));
        }
    }
    return code;
}

int listPlaybooks()
{
    Diagnostics problems;
    const QList<BundledPlaybook> playbooks = bundledPlaybooks(&problems);
    // A file that does not load is named with its error, so a site's broken copy is not
    // silently missing from the list.
    for (const Diagnostic &problem : std::as_const(problems))
        err(QStringLiteral("upgrade-wizard: skipped %1").arg(problem.toString()));
    if (playbooks.isEmpty()) {
        err(QStringLiteral("upgrade-wizard: no bundled playbooks found; looked in %1. Reinstall the program, or set "
                           "UW_DATA_DIR to the folder that holds playbooks/.")
                .arg(paths::shippedDataCandidates().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    // ID, title and the file it comes from: which copy is used is never a guess.
    for (const BundledPlaybook &playbook : playbooks)
        out(playbook.id + u'\t' + playbook.title + u'\t' + QDir::toNativeSeparators(playbook.path));
    return ExitOk;
}

} // namespace uw::app
