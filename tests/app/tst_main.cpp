// Runs the real upgrade-wizard executable as a child process.

#include "wizard/support/version.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class tst_Main : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void printsItsVersion();
    void validateWithoutFilesIsAUsageError();
    void simulatorListsItsFaults();
    void simulatorServesUntilSigterm();
    void badFlagIsAUsageError();
    void commandLineSubcommandsLogToFileAndStderr();
    void guiWithoutDisplayExplainsWhatToDo();
    void everyCommandPrintsItsHelpWithoutADisplay_data();
    void everyCommandPrintsItsHelpWithoutADisplay();
    void manualPageDescribesEveryCommandAndOption();
    void guiStartsOffscreenAndQuitsCleanlyOnSigterm_data();
    void guiStartsOffscreenAndQuitsCleanlyOnSigterm();
    void loadsTheOnDemandLibraryOnlyWhenItNeedsIt();

private:
    struct Outcome
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };
    Outcome run(const QStringList &arguments, const QProcessEnvironment &env);
    QProcessEnvironment environment() const;
    QString logFile() const;

    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_Main::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QProcessEnvironment tst_Main::environment() const
{
    // A private data directory per test, so logs are ours to inspect.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path());
    env.insert(QStringLiteral("HOME"), m_home->path());
#ifdef Q_OS_WIN // Windows finds the profile's folders without the environment
    env.insert(QStringLiteral("UW_HOME"), m_home->filePath(QStringLiteral("upgrade-wizard")));
#endif
    return env;
}

QString tst_Main::logFile() const
{
    return m_home->filePath(QStringLiteral("upgrade-wizard/logs/upgrade-wizard.log"));
}

tst_Main::Outcome tst_Main::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(UW_APP_PATH), arguments);
    Outcome outcome;
    if (!process.waitForStarted(10000) || !process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitCode();
    outcome.status = process.exitStatus();
    // Windows' console text mode ends lines with \r\n; the tests compare \n.
    outcome.out
        = QString::fromLocal8Bit(process.readAllStandardOutput()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    outcome.err
        = QString::fromLocal8Bit(process.readAllStandardError()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return outcome;
}

void tst_Main::printsItsVersion()
{
    const Outcome o = run({QStringLiteral("--version")}, environment());
    QCOMPARE(o.status, QProcess::NormalExit);
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.out, QStringLiteral("upgrade-wizard %1\n").arg(QLatin1String(uw::kVersion)));
    QVERIFY(o.err.isEmpty());
}

void tst_Main::validateWithoutFilesIsAUsageError()
{
    const Outcome o = run({QStringLiteral("validate")}, environment());
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("Usage: upgrade-wizard validate")), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
}

void tst_Main::simulatorListsItsFaults()
{
    const Outcome o = run({QStringLiteral("simulator"), QStringLiteral("--list-faults")}, environment());
    QCOMPARE(o.exitCode, 0);
    for (const char *fault :
         {"sysupgrade.export=inconsistent-group", "sysupgrade.upgrade=license", "anm_host=not-first|not-in-topology",
          "http.publish=500|timeout", "sf.delete=hang", "net.latency=MS", "disk.full=on"})
        QVERIFY2(o.out.contains(QLatin1String(fault)), fault);
    QVERIFY(o.out.contains(QLatin1String("None of the available"))
            || o.out.contains(QLatin1String("not a valid host")));
}

void tst_Main::simulatorServesUntilSigterm()
{
#ifdef Q_OS_UNIX
    QProcess process;
    process.setProcessEnvironment(environment());
    const QString root = m_home->filePath(QStringLiteral("classroom"));
    QTcpServer probe; // a free port; the services take it and the four after it
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    process.start(QStringLiteral(UW_APP_PATH),
                  {QStringLiteral("simulator"), QStringLiteral("--listen"), listen, QStringLiteral("--root"), root,
                   QStringLiteral("--fault"), QStringLiteral("disk.full")});
    QVERIFY(process.waitForStarted(10000));
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(process.readAllStandardOutput())).contains(QLatin1String("Stop with Ctrl-C")), 30000);
    QVERIFY2(out.contains(QLatin1String("servicefabric")) && out.contains(QLatin1String("Faults: disk.full")),
             qPrintable(out));
    QVERIFY(QFile::exists(root + QStringLiteral("/training-answers.json")));
    QVERIFY(QFile::exists(root + QStringLiteral("/axway/NodeA/Axway-7.7/apigateway/upgrade/bin/sysupgrade")));
    process.terminate();
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
#else
    QSKIP("SIGTERM is a Unix signal");
#endif
}

void tst_Main::badFlagIsAUsageError()
{
    const Outcome o = run({QStringLiteral("--no-such-flag")}, environment());
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("no-such-flag")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("--help")), qPrintable(o.err));
}

void tst_Main::commandLineSubcommandsLogToFileAndStderr()
{
    const Outcome o = run({QStringLiteral("--log-level"), QStringLiteral("debug"), QStringLiteral("simulator"),
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443"), QStringLiteral("--root"),
                           QStringLiteral("/proc/no-such-dir/sandbox")},
                          environment());
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("error: cannot start the simulator: ")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("/proc/no-such-dir/sandbox")), qPrintable(o.err));
    QFile log(logFile());
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(logFile()));
    const QString text = QString::fromUtf8(log.readAll());
    QVERIFY2(text.contains(QLatin1String(" D ")) && text.contains(QLatin1String("started: simulator")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String(" E ")));
}

void tst_Main::everyCommandPrintsItsHelpWithoutADisplay_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"gui", "playbooks", "validate", "run", "resume", "simulator"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void tst_Main::everyCommandPrintsItsHelpWithoutADisplay()
{
    QFETCH(QString, command);
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Outcome o = run({command, QStringLiteral("--help")}, env);
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.startsWith(QStringLiteral("Usage: upgrade-wizard %1").arg(command)), qPrintable(o.out + o.err));
}

void tst_Main::manualPageDescribesEveryCommandAndOption()
{
    // Every command and long option the program's help prints, in roff's spelling (\-\-set).
    QFile file(QStringLiteral(UW_MAN_PAGE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString manual = QString::fromUtf8(file.readAll());
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Outcome top = run({QStringLiteral("--help")}, env);
    QCOMPARE(top.exitCode, 0);
    const QString commands = top.out.section(QLatin1String("Commands:"), 1).section(QLatin1String("Options:"), 0, 0);
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = commandLine.globalMatch(commands); it.hasNext();)
        names << it.next().captured(1);
    QCOMPARE(names.size(), 9);
    QString helps = top.out;
    for (const QString &name : std::as_const(names)) {
        QVERIFY2(manual.contains(QStringLiteral(".B %1").arg(name))
                     || manual.contains(QStringLiteral(".BI %1 ").arg(name)),
                 qPrintable(name));
        helps += run({name, QStringLiteral("--help")}, env).out;
    }
    static const QRegularExpression longOption(QStringLiteral("--[a-z][a-z-]+"));
    QSet<QString> options;
    for (auto it = longOption.globalMatch(helps); it.hasNext();)
        options.insert(it.next().captured());
    QVERIFY(options.size() >= 15);
    for (const QString &option : std::as_const(options)) {
        QString roff = option;
        roff.replace(u'-', QLatin1String("\\-"));
        QVERIFY2(manual.contains(roff), qPrintable(option + QLatin1String(" is not in ") + file.fileName()));
    }
}

void tst_Main::guiWithoutDisplayExplainsWhatToDo()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Outcome o = run({}, env);
    QCOMPARE(o.status, QProcess::NormalExit);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("no display")), qPrintable(o.err));
    QVERIFY(o.err.contains(QLatin1String("upgrade-wizard run")));
#else
    QSKIP("only X11 and Wayland desktops can lack a display");
#endif
}

void tst_Main::guiStartsOffscreenAndQuitsCleanlyOnSigterm_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("gui") << QStringList{QStringLiteral("gui")};
    QTest::newRow("gui in training mode with a fault") << QStringList{
        QStringLiteral("gui"), QStringLiteral("--training"), QStringLiteral("--fault"), QStringLiteral("disk.full")};
}

void tst_Main::guiStartsOffscreenAndQuitsCleanlyOnSigterm()
{
#ifdef Q_OS_UNIX
    QFETCH(QStringList, arguments);
    QProcess process;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(UW_APP_PATH), arguments);
    QVERIFY(process.waitForStarted(10000));

    // The wizard says in its log when its window is up; the log is flushed every 2 s.
    const auto logText = [this] {
        QFile log(logFile());
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(logText().contains(QLatin1String("wizard shown")), 20000);
    QCOMPARE(process.state(), QProcess::Running);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString text = logText();
    QVERIFY2(text.contains(QLatin1String("received signal 15")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("wizard closed")), qPrintable(text));
#else
    QSKIP("SIGTERM is a Unix signal");
#endif
}

QTEST_GUILESS_MAIN(tst_Main)
// The program starts without QtNetwork or KArchive (wizard/support/ondemand.h, docs/performance.md):
// the on-demand library is loaded when something needs it, here the training simulator. The
// dynamic loader says what it loads (LD_DEBUG, glibc).
void tst_Main::loadsTheOnDemandLibraryOnlyWhenItNeedsIt()
{
#if !defined(Q_OS_LINUX) || !defined(UW_ON_DEMAND)
    QSKIP("the on-demand code is linked into the program here");
#else
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    Outcome o = run({QStringLiteral("playbooks")}, env);
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.contains(QLatin1String("libQt6Core")), "LD_DEBUG printed nothing: cannot tell");
    QVERIFY2(!o.err.contains(QLatin1String("libQt6Network")), "listing the playbooks loaded QtNetwork");
    QVERIFY2(!o.err.contains(QLatin1String("libKF6Archive")), "listing the playbooks loaded KArchive");
    QVERIFY(!o.err.contains(QLatin1String("libupgrade-wizard-ondemand")));

    env.insert(QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0"));
    o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--training"),
             QStringLiteral("--confirm-all")},
            env);
    QVERIFY2(o.exitCode == 0 && o.out.contains(QLatin1String("== Decision: GO")),
             qPrintable(o.out + o.err.right(2000)));
    QVERIFY2(o.err.contains(QLatin1String("libupgrade-wizard-ondemand.so [0];  dynamically loaded")),
             "the training run did not load the on-demand library on demand");
    QVERIFY(o.err.contains(QLatin1String("libQt6Network")));
    QVERIFY(o.err.contains(QLatin1String("libKF6Archive")));
#endif
}

#include "tst_main.moc"
