#pragma once

// Runs the real upgrade-wizard as a child process, the way the app tests all need it.

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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
    // Windows' console text mode ends lines with \r\n; the tests compare \n.
    outcome.out
        = QString::fromUtf8(process.readAllStandardOutput()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    outcome.err = QString::fromUtf8(process.readAllStandardError()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return outcome;
}

// A home of its own for the program, made anew for each test function: XDG_DATA_HOME points
// into a fresh temporary folder, so sessions, logs and training sandboxes land there (in
// upgrade-wizard/) and vanish with it. Windows finds the profile's folders without looking at the
// environment, so there UW_HOME names the same folder. `environment` adds to the system's (UW_SIM_SPEED=0 for the
// simulated tools without their pacing, USER=tester ...).
class AppHome
{
public:
    AppHome(QString program, QHash<QString, QString> environment, int timeoutMs)
        : m_program(std::move(program))
        , m_environment(std::move(environment))
        , m_timeoutMs(timeoutMs)
    { }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path());
#ifdef Q_OS_WIN
        env.insert(QStringLiteral("UW_HOME"), m_dir.filePath(QStringLiteral("upgrade-wizard")));
#endif
        for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    // Runs the program to its end (or the timeout) in this home.
    AppOutcome run(const QStringList &arguments) const
    {
        return runApp(m_program, arguments, environment(), m_timeoutMs);
    }

private:
    QTemporaryDir m_dir;
    QString m_program;
    QHash<QString, QString> m_environment;
    int m_timeoutMs;
};

} // namespace uw::test
