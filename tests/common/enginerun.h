#pragma once

// A real session of a playbook with an Engine on it, in a temporary folder, for the tests that
// drive the engine directly (no program, no GUI): the parameters resolved with the same rules
// as --set, the plan built, the session created on disk. `error` says which of these failed.

#include "wizard/playbook/parameters.h"
#include "wizard/playbook/plan.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/run/engine.h"
#include "wizard/run/session.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace uw::test {

struct EngineRun
{
    QTemporaryDir dir;
    std::shared_ptr<const Playbook> playbook;
    ParameterValues values;
    std::unique_ptr<Session> session;
    std::unique_ptr<Engine> engine;
    QString error; // empty when the run is ready

    EngineRun() = default;
    // A bundled playbook by id, with the values given.
    EngineRun(const QString &playbookId, const ParameterValues &given,
              const QString &operatorName = QStringLiteral("tester"))
    {
        auto loaded = loadPlaybook(playbookId);
        if (!loaded) {
            error = playbookId + QStringLiteral(" does not load");
            return;
        }
        open(std::make_shared<const Playbook>(std::move(*loaded)), given, operatorName);
    }

    // Resolves `given`, builds the plan and creates the session in dir/session; false with
    // `error` set when any of them fails.
    bool open(std::shared_ptr<const Playbook> opened, const ParameterValues &given, const QString &operatorName)
    {
        playbook = std::move(opened);
        auto resolved = resolveParameters(*playbook, given);
        if (!resolved) {
            error = resolved.error().join(u'\n');
            return false;
        }
        values = *resolved;
        auto plan = Plan::build(playbook, values);
        if (!plan) {
            error = plan.error().join(u'\n');
            return false;
        }
        auto made = Session::create(dir.filePath(QStringLiteral("session")), *playbook, values, operatorName);
        if (!made) {
            error = made.error().toString();
            return false;
        }
        session = std::move(*made);
        engine = std::make_unique<Engine>(std::move(*plan), *session);
        return true;
    }

    // Why the engine refuses to start a step; empty when it started.
    QString startError(const QString &key) const
    {
        auto started = engine->start(key);
        return started ? QString() : started.error().message;
    }

    // Marks an item's steps done the way an operator can without running them: skipped with a
    // reason.
    bool skipAll(const QString &itemId) const
    {
        for (const Step *step : engine->plan().stepsOfItem(itemId))
            if (!engine->skip(step->key, QStringLiteral("tester"), QStringLiteral("done by hand in this test")))
                return false;
        return true;
    }

    // Starts a check or a task and waits until it has finished; empty when it ran.
    QString run(const QString &key, int timeoutMs = 60000) const
    {
        QSignalSpy finished(engine.get(), &Engine::stepFinished);
        if (auto started = engine->start(key); !started)
            return started.error().toString();
        const auto done = [&] {
            for (const QList<QVariant> &arguments : std::as_const(finished))
                if (arguments.value(0).toString() == key)
                    return true;
            return false;
        };
        QDeadlineTimer deadline(timeoutMs);
        while (!done() && !deadline.hasExpired())
            finished.wait(1000);
        return done() ? QString() : QStringLiteral("%1 did not finish in time").arg(key);
    }
};

} // namespace uw::test
