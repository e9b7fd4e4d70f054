#pragma once

// Runs the real upgrade-wizard as a child process, the way the app tests all need it.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace uw::test {

struct AppOutcome
{
    int exitCode = -1; // -1: did not start or finish in time; -2: crashed
    QString out;
    QString err;
};

inline AppOutcome runApp(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                         int timeoutMs, const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    AppOutcome outcome;
    if (!process.waitForStarted(10000)) {
        outcome.err = process.errorString();
        return outcome;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        outcome.err = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

} // namespace uw::test
