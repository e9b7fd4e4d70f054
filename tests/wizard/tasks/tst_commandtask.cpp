// Real child processes (uw-testchild): ones that succeed, fail, crash, hang, ignore a stop,
// start children of their own or flood their output; and real remote execution through OpenSSH
// against an sshd started on loopback.

#include "taskrunning.h"
#include "testchild.h"
#include "wizard/support/processtree.h"
#include "wizard/tasks/commandtask.h"
#include "wizard/tasks/stopprocesstask.h"
#include "wizard/tasks/taskspecs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

Q_DECLARE_METATYPE(uw::TaskOutcome::Kind)

class tst_CommandTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void endsWithItsOwnOutcome_data();
    void endsWithItsOwnOutcome();
    void streamsEveryLineOfAFlood();
    void cutsALineTooLongToShowAndPassesItsRestOn();
    void cancelKillsAProcessThatIgnoresSigterm();
    void cancelStopsWhatTheProcessStarted_data();
    void cancelStopsWhatTheProcessStarted();
    void reportsProgressFromOutput();
    void runsAScriptByTheNameAPlaybookUses();
    void startsAPowerShellScriptThroughPowerShell();
    void quotesArgumentsForTheRemoteShell();
    void quotesForAWindowsServersShell_data();
    void quotesForAWindowsServersShell();
    void refusesWhatCmdCannotPass();
    void runsRemotelyOverOpenSsh();
    void explainsAnSshConnectionFailure();
    void backgroundStartWaitsForALogLineAndOutlivesTheTask();
    void backgroundStartWaitsForThePort();
    void backgroundStartFailsWhenTheProgramEndsFirst();
    void backgroundStartStopsWhatItStartedOnTimeoutAndCancel_data();
    void backgroundStartStopsWhatItStartedOnTimeoutAndCancel();
    void backgroundStartRefusesASecondStartWhileTheFirstRuns();
    void stopProcessKillsAProcessThatIgnoresTheRequest();
    void stopProcessSucceedsWhenNothingIsLeftToStop();
    void backgroundAndStopProcessAreValidatedAtLoad_data();
    void backgroundAndStopProcessAreValidatedAtLoad();
    void cleanupTestCase();

private:
    struct Run
    {
        TaskOutcome outcome;
        QStringList lines;
        QList<double> progress;
        QString tail; // what lineTail passed on
        int tailEnds = 0;
        qsizetype longestTailPiece = 0;
    };
    Run run(const QJsonObject &spec, int cancelAfterMs = -1);
    TaskOutcome stop(const QString &pidFile, int graceMs = 10000, QStringList *lines = nullptr);
    QJsonObject background(const QStringList &commands, const QJsonObject &ready, int readyTimeoutMs = 0);
    static qint64 pidIn(const QString &pidFile);
    bool startSshd();

    QTemporaryDir m_tmp;
    QProcess m_sshd;
    int m_sshPort = 0;
    QString m_sshSkip;
};

void tst_CommandTask::initTestCase()
{
    qRegisterMetaType<TaskOutcome>();
    QVERIFY(m_tmp.isValid());
    if (!startSshd() && m_sshSkip.isEmpty())
        QFAIL("sshd is installed but could not be started");
}

tst_CommandTask::Run tst_CommandTask::run(const QJsonObject &json, int cancelAfterMs)
{
    Run result;
    auto spec = CommandTask::parse(json);
    if (!spec) {
        result.outcome.message = Text::verbatim(spec.error());
        return result;
    }
    CommandTask task(*spec);
    connect(&task, &TaskRunner::line, this, [&](LineLevel, const QString &text) { result.lines << text; });
    connect(&task, &TaskRunner::progress, this, [&](double fraction, const Text &) { result.progress << fraction; });
    connect(&task, &TaskRunner::lineTail, this, [&](LineLevel, const QString &text, bool ends) {
        result.tail += text;
        result.tailEnds += ends ? 1 : 0;
        result.longestTailPiece = std::max(result.longestTailPiece, text.size());
    });
    const auto outcome = test::startAndWait(task, 30000, test::cancelAfter(task, cancelAfterMs));
    if (!outcome)
        return result;
    result.outcome = *outcome;
    return result;
}

// A command spec that runs uw-testchild with `commands`.
QJsonObject child(const QStringList &commands, int timeoutMs = 0)
{
    QJsonObject spec{{QStringLiteral("kind"), QStringLiteral("command")},
                     {QStringLiteral("program"), test::testChild()},
                     {QStringLiteral("args"), QJsonArray::fromStringList(commands)}};
    if (timeoutMs > 0)
        spec.insert(QStringLiteral("timeout_ms"), timeoutMs);
    return spec;
}

void tst_CommandTask::endsWithItsOwnOutcome_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<TaskOutcome::Kind>("kind");
    QTest::addColumn<QString>("message");
    const QString name = test::testChildName();
    QTest::newRow("success") << child({QStringLiteral("print"), QStringLiteral("done")}) << TaskOutcome::Kind::Success
                             << name + QStringLiteral(" completed");
    QTest::newRow("exit code") << child({QStringLiteral("exit"), QStringLiteral("3")}) << TaskOutcome::Kind::ExitCode
                               << name + QStringLiteral(" exited with code 3");
    QJsonObject accepted = child({QStringLiteral("exit"), QStringLiteral("3")});
    accepted.insert(QStringLiteral("success_exit_codes"), QJsonArray{0, 3});
    QTest::newRow("accepted exit code") << accepted << TaskOutcome::Kind::Success
                                        << name + QStringLiteral(" completed");
    QTest::newRow("crash") << child({QStringLiteral("crash")}) << TaskOutcome::Kind::Crashed
                           << name + QStringLiteral(" crashed");
    QTest::newRow("timeout") << child({QStringLiteral("sleep"), QStringLiteral("30000")}, 300)
                             << TaskOutcome::Kind::TimedOut
                             << name + QStringLiteral(" did not finish within 0.3 s and was stopped");
    QTest::newRow("failed to start") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("command")},
                                                    {QStringLiteral("program"), QStringLiteral("/no/such/sysupgrade")}}
                                     << TaskOutcome::Kind::FailedToStart
                                     << QStringLiteral("could not start /no/such/sysupgrade: ");
    QJsonObject failing
        = child({QStringLiteral("print"), QStringLiteral("ERROR: Host NodeX is not a valid host in the topology")});
    failing.insert(QStringLiteral("fail_regex"), QStringLiteral("^ERROR:"));
    QTest::newRow("fail regex") << failing << TaskOutcome::Kind::Failed
                                << name + QStringLiteral(" reported an error: ERROR: Host NodeX is not a valid host");
    QJsonObject noDir = child({});
    noDir.insert(QStringLiteral("workdir"), QStringLiteral("/no/such/dir"));
    QTest::newRow("missing workdir")
        << noDir << TaskOutcome::Kind::FailedToStart
        << QStringLiteral("could not start %1: working directory /no/such/dir does not exist").arg(test::testChild());
}

void tst_CommandTask::endsWithItsOwnOutcome()
{
    QFETCH(QJsonObject, spec);
    QFETCH(TaskOutcome::Kind, kind);
    QFETCH(QString, message);
    const Run r = run(spec);
    QCOMPARE(int(r.outcome.kind), int(kind));
    QVERIFY2(r.outcome.message.english().startsWith(message), qPrintable(r.outcome.message.english()));
}

void tst_CommandTask::streamsEveryLineOfAFlood()
{
    const Run r = run(child({QStringLiteral("lines"), QStringLiteral("20000"), QStringLiteral("line"),
                             QStringLiteral("write"), QStringLiteral("tail")}));
    QVERIFY(r.outcome.succeeded());
    QStringList output = r.lines.filter(QRegularExpression(QStringLiteral("^line \\d+$")));
    QCOMPARE(output.size(), 20000);
    QCOMPARE(output.first(), QStringLiteral("line 0"));
    QCOMPARE(output.last(), QStringLiteral("line 19999"));
    QVERIFY(r.lines.contains(QStringLiteral("tail"))); // a last line without a newline is not lost
}

void tst_CommandTask::cutsALineTooLongToShowAndPassesItsRestOn()
{
    constexpr qsizetype total = 3 * 1024 * 1024 + 7;
    const Run r = run(child({QStringLiteral("long-line"), QString::number(total)}));
    QVERIFY2(r.outcome.succeeded(), qPrintable(r.outcome.message.english()));
    // Shown: the line's start, cut with the marker; then the next line as usual.
    const QStringList lines = r.lines.mid(1); // after "starting ..."
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.first().endsWith(kLineCutMarker));
    const QString start = lines.first().chopped(kLineCutMarker.size());
    QCOMPARE(start.size(), CommandTask::kMaxLineBytes);
    QCOMPARE(lines.last(), QStringLiteral("after"));
    // Passed on: exactly the rest, in pieces no larger than the cap, ended once.
    QCOMPARE(start.size() + r.tail.size(), total);
    QCOMPARE(r.tailEnds, 1);
    QVERIFY(r.longestTailPiece <= 2 * CommandTask::kMaxLineBytes);
    const QString whole = start + r.tail;
    QVERIFY(whole.startsWith(QLatin1String("0123456789012")));
    // Byte i is the digit i % 10: nothing lost, doubled or out of order at the pieces' seams.
    for (qsizetype i = 0; i < total; i += 4099)
        QVERIFY2(whole.at(i) == QLatin1Char(char('0' + i % 10)), qPrintable(QString::number(i)));
    QCOMPARE(whole.right(3), QStringLiteral("234"));
}

void tst_CommandTask::cancelKillsAProcessThatIgnoresSigterm()
{
    QElapsedTimer clock;
    clock.start();
    const Run r = run(child({QStringLiteral("ignore-stop"), QStringLiteral("print"), QStringLiteral("started"),
                             QStringLiteral("sleep"), QStringLiteral("60000")}),
                      300);
    QCOMPARE(r.outcome.kind, TaskOutcome::Kind::Cancelled);
    QVERIFY(r.lines.contains(QStringLiteral("the process ignored the request to stop; killing it")));
    QVERIFY(clock.elapsed() < 20000);
}

// A cancel reaches the whole tree: the process group on Unix, the task's Job object on Windows.
void tst_CommandTask::cancelStopsWhatTheProcessStarted_data()
{
    QTest::addColumn<QString>("spawn");
    QTest::newRow("a child in its group") << QStringLiteral("spawn-sleeper");
    // setsid: out of the group's reach, and it ignores SIGTERM, so only a kill ends it.
    QTest::newRow("a daemon in a session of its own") << QStringLiteral("spawn-daemon");
}

void tst_CommandTask::cancelStopsWhatTheProcessStarted()
{
    QFETCH(QString, spawn);
    const Run r = run(child({spawn, QStringLiteral("60000"), QStringLiteral("print"), QStringLiteral("started"),
                             QStringLiteral("sleep"), QStringLiteral("60000")}),
                      500);
    QCOMPARE(r.outcome.kind, TaskOutcome::Kind::Cancelled);
    const QStringList children = r.lines.filter(QRegularExpression(QStringLiteral("^child \\d+$")));
    QVERIFY2(children.size() == 1, qPrintable(r.lines.join(u'\n')));
    const qint64 pid = children.first().mid(6).toLongLong();
    QTRY_VERIFY2_WITH_TIMEOUT(!test::processIsAlive(pid), "the grandchild outlived the cancel", 10000);
}

void tst_CommandTask::reportsProgressFromOutput()
{
    QJsonObject spec
        = child({QStringLiteral("print"), QStringLiteral("progress 10%"), QStringLiteral("print"),
                 QStringLiteral("progress 55%"), QStringLiteral("print"), QStringLiteral("progress 100%")});
    spec.insert(QStringLiteral("progress_regex"), QStringLiteral("progress (\\d+)%"));
    const Run r = run(spec);
    QVERIFY(r.outcome.succeeded());
    QCOMPARE(r.progress, (QList<double>{0.10, 0.55, 1.0}));
}

// A playbook names ".../bin/gateway.start" on every platform; on Windows the file is
// gateway.start.cmd, which CreateProcess would not find from that name.
void tst_CommandTask::runsAScriptByTheNameAPlaybookUses()
{
    const QString dir = m_tmp.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(dir));
#ifdef Q_OS_WIN
    QFile script(dir + QStringLiteral("/gateway.start.cmd"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("@echo off\r\necho started with %1\r\nexit /b 5\r\n");
#else
    QFile script(dir + QStringLiteral("/gateway.start"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho started with $1\nexit 5\n");
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
#endif
    script.close();
    const Run r = run(QJsonObject{{QStringLiteral("kind"), QStringLiteral("command")},
                                  {QStringLiteral("program"), dir + QStringLiteral("/gateway.start")},
                                  {QStringLiteral("args"), QJsonArray{QStringLiteral("fast")}}});
    QCOMPARE(r.outcome.kind, TaskOutcome::Kind::ExitCode);
    QCOMPARE(r.outcome.exitCode, 5);
    QVERIFY2(r.lines.contains(QStringLiteral("started with fast")), qPrintable(r.lines.join(u'\n')));
}

// CreateProcess cannot start a .ps1; PowerShell runs it, with the script's arguments after it.
void tst_CommandTask::startsAPowerShellScriptThroughPowerShell()
{
    const QString script = m_tmp.filePath(QStringLiteral("Upgrade-Gateway.ps1"));
    const ProcessLaunch launch = ProcessLaunch::resolve(script, {QStringLiteral("-Force")});
#ifdef Q_OS_WIN
    const QString shell = QFileInfo(launch.program).fileName().toLower();
    QVERIFY2(shell == u"powershell.exe" || shell == u"pwsh.exe", qPrintable(launch.program));
    QCOMPARE(launch.args,
             (QStringList{QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                          QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"), QStringLiteral("-File"), script,
                          QStringLiteral("-Force")}));
#else
    // Elsewhere the script's own first line says what runs it.
    QCOMPARE(launch.program, script);
    QCOMPARE(launch.args, QStringList{QStringLiteral("-Force")});
#endif
}

void tst_CommandTask::quotesArgumentsForTheRemoteShell()
{
    CommandTask::Spec spec;
    spec.program = QStringLiteral("./sysupgrade");
    spec.args = {QStringLiteral("export"), QStringLiteral("--old_install_dir"),
                 QStringLiteral("/opt/Axway 7.5.1/apigateway"), QStringLiteral("it's")};
    spec.workdir = QStringLiteral("/opt/Axway-7.7/apigateway/upgrade/bin");
    spec.ssh.host = QStringLiteral("nodea");
    spec.ssh.port = 2222;
    spec.ssh.user = QStringLiteral("axway");
    const QStringList args = CommandTask::sshArguments(spec);
    QVERIFY(args.contains(QStringLiteral("BatchMode=yes")));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-p")) + 1), QStringLiteral("2222"));
    QCOMPARE(args.at(args.size() - 2), QStringLiteral("nodea"));
    QCOMPARE(args.last(),
             QStringLiteral("cd /opt/Axway-7.7/apigateway/upgrade/bin && ./sysupgrade export "
                            "--old_install_dir '/opt/Axway 7.5.1/apigateway' 'it'\\''s'"));
}

// A PowerShell script on a Windows server over ssh: its OpenSSH hands the line to cmd.exe by
// default, or to PowerShell when that is its DefaultShell; the vector arrives as given in both.
void tst_CommandTask::quotesForAWindowsServersShell_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cmd") << QStringLiteral("cmd")
                         << QStringLiteral("cd /d \"C:\\Cortex\\Upgrade Script\\\\\" && powershell.exe -NoProfile "
                                           "-ExecutionPolicy Bypass -File \"C:\\Cortex\\Upgrade Script\\"
                                           "Upgrade-Gateway.ps1\" \"it's\"");
    QTest::newRow("powershell") << QStringLiteral("powershell")
                                << QStringLiteral(
                                       "Set-Location -LiteralPath 'C:\\Cortex\\Upgrade Script\\' -ErrorAction "
                                       "Stop; & 'powershell.exe' '-NoProfile' '-ExecutionPolicy' 'Bypass' "
                                       "'-File' 'C:\\Cortex\\Upgrade Script\\Upgrade-Gateway.ps1' 'it''s'; "
                                       "exit $LASTEXITCODE");
}

void tst_CommandTask::quotesForAWindowsServersShell()
{
    QFETCH(QString, shell);
    QFETCH(QString, expected);
    const auto spec = CommandTask::parse(QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("command")},
        {QStringLiteral("program"), QStringLiteral("powershell.exe")},
        {QStringLiteral("args"),
         QJsonArray{QStringLiteral("-NoProfile"), QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"),
                    QStringLiteral("-File"), QStringLiteral("C:\\Cortex\\Upgrade Script\\Upgrade-Gateway.ps1"),
                    QStringLiteral("it's")}},
        {QStringLiteral("workdir"), QStringLiteral("C:\\Cortex\\Upgrade Script\\")},
        {QStringLiteral("remote"), true},
        {QStringLiteral("ssh"),
         QJsonObject{{QStringLiteral("host"), QStringLiteral("web1.example")}, {QStringLiteral("shell"), shell}}}});
    QVERIFY2(spec, qPrintable(spec ? QString() : spec.error()));
    const QStringList args = CommandTask::sshArguments(*spec);
    QCOMPARE(args.at(args.size() - 2), QStringLiteral("web1.example"));
    QCOMPARE(args.last(), expected);
}

void tst_CommandTask::refusesWhatCmdCannotPass()
{
    const auto spec = CommandTask::parse(
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("command")},
                    {QStringLiteral("program"), QStringLiteral("powershell.exe")},
                    {QStringLiteral("args"), QJsonArray{QStringLiteral("-File"), QStringLiteral("%TEMP%\\x.ps1")}},
                    {QStringLiteral("remote"), true},
                    {QStringLiteral("ssh"),
                     QJsonObject{{QStringLiteral("host"), QStringLiteral("web1.example")},
                                 {QStringLiteral("shell"), QStringLiteral("cmd")}}}});
    QVERIFY(!spec);
    QVERIFY2(spec.error().contains(QLatin1String("args[1]: \"%TEMP%\\x.ps1\" cannot be passed through cmd.exe")),
             qPrintable(spec.error()));
    const auto wrongShell
        = CommandTask::parse(QJsonObject{{QStringLiteral("kind"), QStringLiteral("command")},
                                         {QStringLiteral("program"), QStringLiteral("x")},
                                         {QStringLiteral("remote"), true},
                                         {QStringLiteral("ssh"),
                                          QJsonObject{{QStringLiteral("host"), QStringLiteral("web1.example")},
                                                      {QStringLiteral("shell"), QStringLiteral("bash")}}}});
    QVERIFY(!wrongShell);
    QVERIFY2(wrongShell.error().contains(QLatin1String("ssh.shell")), qPrintable(wrongShell.error()));
}

bool tst_CommandTask::startSshd()
{
    const QString sshd = QStandardPaths::findExecutable(QStringLiteral("sshd"), {QStringLiteral("/usr/sbin")});
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (sshd.isEmpty() || keygen.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty()) {
#ifdef Q_OS_WIN
        m_sshSkip = QStringLiteral("OpenSSH's server (sshd, ssh-keygen) is not on this machine: remote execution "
                                   "is tried against a Linux sshd on loopback, which tools/dev test has");
#else
        m_sshSkip = QStringLiteral(
            "OpenSSH (ssh, sshd, ssh-keygen) is not installed; tools/dev installs it in its build root");
#endif
        return false;
    }
    const QString dir = m_tmp.path();
    for (const QString &key : {QStringLiteral("host_key"), QStringLiteral("user_key")}) {
        if (QProcess::execute(keygen,
                              {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                               QStringLiteral("-N"), QString(), QStringLiteral("-f"), dir + u'/' + key})
            != 0)
            return false;
    }
    QFile::copy(dir + QStringLiteral("/user_key.pub"), dir + QStringLiteral("/authorized_keys"));
    // Find a free port, then hand it to sshd.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_sshPort = probe.serverPort();
    probe.close();
    QFile config(dir + QStringLiteral("/sshd_config"));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(
        QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2/host_key\nAuthorizedKeysFile %2/authorized_keys\n"
                       "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n"
                       "PermitRootLogin prohibit-password\nPidFile none\n")
            .arg(m_sshPort)
            .arg(dir)
            .toUtf8());
    config.close();
    QDir().mkpath(QStringLiteral("/run/sshd")); // its privilege-separation directory
    m_sshd.setProcessChannelMode(QProcess::MergedChannels);
    m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config.fileName()});
    if (!m_sshd.waitForStarted(5000))
        return false;
    // Write known_hosts so the client verifies the host key (no StrictHostKeyChecking=no).
    QFile hostKey(dir + QStringLiteral("/host_key.pub"));
    QFile knownHosts(dir + QStringLiteral("/known_hosts"));
    if (!hostKey.open(QIODevice::ReadOnly) || !knownHosts.open(QIODevice::WriteOnly))
        return false;
    knownHosts.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshPort).toUtf8() + hostKey.readAll());
    knownHosts.close();
    QTcpSocket socket;
    for (int i = 0; i < 50; ++i) {
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_sshPort));
        if (socket.waitForConnected(200))
            return true;
        QTest::qWait(100);
    }
    qWarning("sshd output: %s", m_sshd.readAll().constData());
    return false;
}

QJsonObject remote(int port, const QString &dir, const QString &program, const QStringList &args)
{
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("command")},
                       {QStringLiteral("program"), program},
                       {QStringLiteral("args"), QJsonArray::fromStringList(args)},
                       {QStringLiteral("remote"), true},
                       {QStringLiteral("ssh"),
                        QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                    {QStringLiteral("port"), port},
                                    {QStringLiteral("user"), QStringLiteral("root")},
                                    {QStringLiteral("identity"), dir + QStringLiteral("/user_key")},
                                    {QStringLiteral("known_hosts"), dir + QStringLiteral("/known_hosts")}}}};
}

void tst_CommandTask::runsRemotelyOverOpenSsh()
{
    if (!m_sshSkip.isEmpty())
        QSKIP(qPrintable(m_sshSkip));
    const Run r = run(remote(m_sshPort, m_tmp.path(), QStringLiteral("printf"),
                             {QStringLiteral("%s|%s\\n"), QStringLiteral("two words"), QStringLiteral("it's")}));
    QVERIFY2(r.outcome.succeeded(), qPrintable(r.outcome.message.english() + u'\n' + r.lines.join(u'\n')));
    QVERIFY2(r.lines.contains(QStringLiteral("two words|it's")), qPrintable(r.lines.join(u'\n')));

    const Run failed
        = run(remote(m_sshPort, m_tmp.path(), QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exit 4")}));
    QCOMPARE(failed.outcome.kind, TaskOutcome::Kind::ExitCode);
    QCOMPARE(failed.outcome.exitCode, 4);
}

void tst_CommandTask::explainsAnSshConnectionFailure()
{
    if (!m_sshSkip.isEmpty())
        QSKIP(qPrintable(m_sshSkip));
    QTcpServer probe; // a port nothing listens on
    probe.listen(QHostAddress::LocalHost, 0);
    const int closedPort = probe.serverPort();
    probe.close();
    const Run r = run(remote(closedPort, m_tmp.path(), QStringLiteral("true"), {}));
    QCOMPARE(r.outcome.kind, TaskOutcome::Kind::FailedToStart);
    QVERIFY2(r.outcome.message.english().startsWith(QLatin1String("could not run true on 127.0.0.1 over SSH: ")),
             qPrintable(r.outcome.message.english()));
    QVERIFY2(r.outcome.message.english().contains(QLatin1String("Connection refused")),
             qPrintable(r.outcome.message.english()));
}

// --- background start and stop-process ------------------------------------------------------

QJsonObject tst_CommandTask::background(const QStringList &commands, const QJsonObject &ready, int readyTimeoutMs)
{
    QJsonObject bg{{QStringLiteral("pid_file"), m_tmp.filePath(QStringLiteral("service.pid"))},
                   {QStringLiteral("ready"), ready}};
    if (readyTimeoutMs > 0)
        bg.insert(QStringLiteral("ready_timeout_ms"), readyTimeoutMs);
    QJsonObject spec = child(commands);
    spec.insert(QStringLiteral("background"), bg);
    return spec;
}

qint64 tst_CommandTask::pidIn(const QString &pidFile)
{
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

TaskOutcome tst_CommandTask::stop(const QString &pidFile, int graceMs, QStringList *lines)
{
    auto spec = StopProcessTask::parse({{QStringLiteral("kind"), QStringLiteral("stop-process")},
                                        {QStringLiteral("pid_file"), pidFile},
                                        {QStringLiteral("grace_ms"), graceMs}});
    if (!spec)
        return {TaskOutcome::Kind::Failed, -1, Text::verbatim(spec.error())};
    StopProcessTask task(*spec);
    connect(&task, &TaskRunner::line, this, [lines](LineLevel, const QString &text) {
        if (lines)
            *lines << text;
    });
    return test::startAndWait(task, 30000).value_or(TaskOutcome{});
}

void tst_CommandTask::backgroundStartWaitsForALogLineAndOutlivesTheTask()
{
    const QString pidFile = m_tmp.filePath(QStringLiteral("service.pid"));
    const QString output = m_tmp.filePath(QStringLiteral("service.out"));
    QFile::remove(output);
    // A service that takes a moment to come up, then runs in the foreground until it is stopped.
    const Run r = run(background(
        {QStringLiteral("print"), QStringLiteral("starting"), QStringLiteral("sleep"), QStringLiteral("300"),
         QStringLiteral("print"), QStringLiteral("Started server"), QStringLiteral("sleep"), QStringLiteral("120000")},
        {{QStringLiteral("log_file"), output}, {QStringLiteral("regex"), QStringLiteral("^Started server$")}}));
    QVERIFY2(r.outcome.kind == TaskOutcome::Kind::Success,
             qPrintable(r.outcome.message.english() + r.lines.join(u'\n')));
    const qint64 pid = pidIn(pidFile);
    QVERIFY(pid > 0);
    QVERIFY2(r.outcome.message.english().contains(
                 QStringLiteral("runs in the background as process %1 and is ready").arg(pid)),
             qPrintable(r.outcome.message.english()));
    QVERIFY(r.outcome.message.english().contains(QLatin1String("says \"Started server\"")));
    // Its output went to the file and into the step's log.
    QVERIFY2(r.lines.contains(QStringLiteral("starting")), qPrintable(r.lines.join(u'\n')));
    // The task is gone; the service still runs, until stop-process stops it by its pid file.
    QVERIFY(test::processIsAlive(pid));
    QStringList lines;
    const TaskOutcome stopped = stop(pidFile, 10000, &lines);
    QVERIFY2(stopped.succeeded(), qPrintable(stopped.message.english()));
#ifdef Q_OS_WIN
    const QString how = QStringLiteral("was killed and is gone"); // no request to stop there
#else
    const QString how = QStringLiteral("stopped");
#endif
    QCOMPARE(stopped.message.english(), QStringLiteral("process %1 %2").arg(pid).arg(how));
    QTRY_VERIFY_WITH_TIMEOUT(!test::processIsAlive(pid), 10000);
    QVERIFY(!QFileInfo::exists(pidFile));
}

void tst_CommandTask::backgroundStartWaitsForThePort()
{
    // What listens is this test; the service only has to be alive when the port answers.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString pidFile = m_tmp.filePath(QStringLiteral("service.pid"));
    const Run r = run(background({QStringLiteral("sleep"), QStringLiteral("120000")},
                                 {{QStringLiteral("tcp_port"), QString::number(server.serverPort())},
                                  {QStringLiteral("host"), QStringLiteral("127.0.0.1")}}));
    QVERIFY2(r.outcome.succeeded(), qPrintable(r.outcome.message.english()));
    QVERIFY2(r.outcome.message.english().contains(
                 QStringLiteral("127.0.0.1:%1 accepts connections").arg(server.serverPort())),
             qPrintable(r.outcome.message.english()));
    const qint64 pid = pidIn(pidFile);
    QVERIFY(test::processIsAlive(pid));
    QVERIFY(stop(pidFile).succeeded());
    QTRY_VERIFY_WITH_TIMEOUT(!test::processIsAlive(pid), 10000);
}

void tst_CommandTask::backgroundStartFailsWhenTheProgramEndsFirst()
{
    QTcpServer probe; // a port nobody listens on: taken and given back
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run r = run(background({QStringLiteral("print-err"), QStringLiteral("Error binding to 127.0.0.1: in use"),
                                  QStringLiteral("exit"), QStringLiteral("3")},
                                 {{QStringLiteral("tcp_port"), int(port)}}));
    QCOMPARE(r.outcome.kind, TaskOutcome::Kind::ExitCode);
    QVERIFY2(
        r.outcome.message.english().contains(QLatin1String(" before it was ready; its last output: Error binding to "
                                                           "127.0.0.1: in use")),
        qPrintable(r.outcome.message.english()));
#ifdef Q_OS_WIN
    QVERIFY2(r.outcome.message.english().contains(QLatin1String("ended with exit code 3")),
             qPrintable(r.outcome.message.english()));
#endif
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("service.pid"))));
}

void tst_CommandTask::backgroundStartStopsWhatItStartedOnTimeoutAndCancel_data()
{
    QTest::addColumn<int>("cancelAfterMs");
    QTest::addColumn<TaskOutcome::Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("not ready in time") << -1 << TaskOutcome::Kind::TimedOut
                                       << QStringLiteral(" was not ready within 1 s and was stopped");
    QTest::newRow("cancelled while waiting")
        << 500 << TaskOutcome::Kind::Cancelled << QStringLiteral("cancelled while waiting for ");
}

void tst_CommandTask::backgroundStartStopsWhatItStartedOnTimeoutAndCancel()
{
    QFETCH(int, cancelAfterMs);
    QFETCH(TaskOutcome::Kind, kind);
    QFETCH(QString, message);
    const QString output = m_tmp.filePath(QStringLiteral("service.out"));
    const Run r = run(
        background({QStringLiteral("ignore-stop"), QStringLiteral("print-pid"), QStringLiteral("sleep"),
                    QStringLiteral("120000")},
                   {{QStringLiteral("log_file"), output}, {QStringLiteral("regex"), QStringLiteral("^never$")}}, 1000),
        cancelAfterMs);
    QCOMPARE(int(r.outcome.kind), int(kind));
    QVERIFY2(r.outcome.message.english().contains(message), qPrintable(r.outcome.message.english()));
    const QStringList pids = r.lines.filter(QRegularExpression(QStringLiteral("^pid \\d+$")));
    QVERIFY2(pids.size() == 1, qPrintable(r.lines.join(u'\n')));
    // It ignored the request to stop, so it was killed.
    QTRY_VERIFY2_WITH_TIMEOUT(!test::processIsAlive(pids.first().mid(4).toLongLong()),
                              "the background service outlived its failed start", 10000);
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("service.pid"))));
}

void tst_CommandTask::backgroundStartRefusesASecondStartWhileTheFirstRuns()
{
    const QString pidFile = m_tmp.filePath(QStringLiteral("service.pid"));
    const QString output = m_tmp.filePath(QStringLiteral("service.out"));
    const QJsonObject ready{{QStringLiteral("log_file"), output}, {QStringLiteral("regex"), QStringLiteral("^up$")}};
    const QStringList commands{QStringLiteral("print"), QStringLiteral("up"), QStringLiteral("sleep"),
                               QStringLiteral("120000")};
    QVERIFY(run(background(commands, ready)).outcome.succeeded());
    const qint64 pid = pidIn(pidFile);
    // The second start finds the first one's "up" in the output file, but only what comes after
    // its own start counts; and the first still runs, so it does not start at all.
    const Run second = run(background(commands, ready));
    QCOMPARE(second.outcome.kind, TaskOutcome::Kind::FailedToStart);
    QVERIFY2(second.outcome.message.english().contains(QStringLiteral("names process %1, which still runs").arg(pid)),
             qPrintable(second.outcome.message.english()));
    QVERIFY(stop(pidFile).succeeded());
    QTRY_VERIFY_WITH_TIMEOUT(!test::processIsAlive(pid), 10000);
}

void tst_CommandTask::stopProcessKillsAProcessThatIgnoresTheRequest()
{
    const QString pidFile = m_tmp.filePath(QStringLiteral("service.pid"));
    const QString output = m_tmp.filePath(QStringLiteral("service.out"));
    const Run r
        = run(background({QStringLiteral("ignore-stop"), QStringLiteral("print"), QStringLiteral("up"),
                          QStringLiteral("sleep"), QStringLiteral("120000")},
                         {{QStringLiteral("log_file"), output}, {QStringLiteral("regex"), QStringLiteral("^up$")}}));
    QVERIFY2(r.outcome.succeeded(), qPrintable(r.outcome.message.english()));
    const qint64 pid = pidIn(pidFile);
    const TaskOutcome stopped = stop(pidFile, 300);
    QVERIFY2(stopped.succeeded(), qPrintable(stopped.message.english()));
    QCOMPARE(stopped.message.english(), QStringLiteral("process %1 was killed and is gone").arg(pid));
    QVERIFY(!test::processIsAlive(pid));
}

void tst_CommandTask::stopProcessSucceedsWhenNothingIsLeftToStop()
{
    const QString pidFile = m_tmp.filePath(QStringLiteral("gone.pid"));
    QFile::remove(pidFile);
    TaskOutcome stopped = stop(pidFile);
    QVERIFY2(stopped.succeeded(), qPrintable(stopped.message.english()));
    QVERIFY(stopped.message.english().startsWith(QLatin1String("no pid file ")));

    // A process that has ended: the pid file names it, with its start time, but it is gone.
    QProcess ended;
    ended.start(test::testChild(), {QStringLiteral("exit"), QStringLiteral("0")});
    QVERIFY(ended.waitForFinished(10000));
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(ended.processId() > 0 ? ended.processId() : 999999) + "\nstarted 1\n");
    file.close();
    stopped = stop(pidFile);
    QVERIFY2(stopped.succeeded(), qPrintable(stopped.message.english()));
    QVERIFY2(stopped.message.english().contains(QLatin1String("is not running: already stopped")),
             qPrintable(stopped.message.english()));
    QVERIFY(!QFileInfo::exists(pidFile));

    // A pid file that holds no process id is an error that says so.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("java\n");
    file.close();
    stopped = stop(pidFile);
    QCOMPARE(stopped.kind, TaskOutcome::Kind::Failed);
    QVERIFY2(stopped.message.english().contains(
                 QLatin1String("does not hold a process id on its first line (it holds 'java')")),
             qPrintable(stopped.message.english()));
}

void tst_CommandTask::backgroundAndStopProcessAreValidatedAtLoad_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<QString>("error");
    const QJsonObject port{{QStringLiteral("tcp_port"), 8000}};
    const auto with = [](QJsonObject spec, const QString &key, const QJsonValue &value) {
        spec.insert(key, value);
        return spec;
    };
    const QJsonObject base{{QStringLiteral("kind"), QStringLiteral("command")},
                           {QStringLiteral("program"), QStringLiteral("bin/gateway.start")}};
    const QJsonObject bg{{QStringLiteral("pid_file"), QStringLiteral("${session.dir}/gw.pid")},
                         {QStringLiteral("ready"), port}};
    QTest::newRow("no ready") << with(base, QStringLiteral("background"),
                                      QJsonObject{{QStringLiteral("pid_file"), QStringLiteral("x.pid")}})
                              << QStringLiteral("background.ready: missing required key");
    QTest::newRow("no pid file") << with(base, QStringLiteral("background"),
                                         QJsonObject{{QStringLiteral("ready"), port}})
                                 << QStringLiteral("background.pid_file: missing required key");
    QTest::newRow("port and log") << with(base, QStringLiteral("background"),
                                          with(bg, QStringLiteral("ready"),
                                               QJsonObject{{QStringLiteral("tcp_port"), 8000},
                                                           {QStringLiteral("log_file"), QStringLiteral("l")},
                                                           {QStringLiteral("regex"), QStringLiteral("x")}}))
                                  << QStringLiteral("give either tcp_port (and host) or log_file (and regex)");
    QTest::newRow("bad port") << with(base, QStringLiteral("background"),
                                      with(bg, QStringLiteral("ready"), QJsonObject{{QStringLiteral("tcp_port"), 0}}))
                              << QStringLiteral("background.ready.tcp_port: ");
    QTest::newRow("bad regex") << with(base, QStringLiteral("background"),
                                       with(bg, QStringLiteral("ready"),
                                            QJsonObject{{QStringLiteral("log_file"), QStringLiteral("l")},
                                                        {QStringLiteral("regex"), QStringLiteral("(")}}))
                               << QStringLiteral("background.ready.regex: ");
    QTest::newRow("with timeout_ms") << with(with(base, QStringLiteral("background"), bg), QStringLiteral("timeout_ms"),
                                             1000)
                                     << QStringLiteral("timeout_ms: does not go with background");
    QTest::newRow("remote") << with(with(base, QStringLiteral("background"), bg), QStringLiteral("remote"), true)
                            << QStringLiteral("background: starts a local program only");
    QTest::newRow("stop-process without pid file")
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("stop-process")}}
        << QStringLiteral("pid_file: missing required key");
    QTest::newRow("stop-process unknown key") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("stop-process")},
                                                             {QStringLiteral("pid_file"), QStringLiteral("x.pid")},
                                                             {QStringLiteral("signal"), QStringLiteral("HUP")}}
                                              << QStringLiteral("signal");
    QTest::newRow("valid background") << with(base, QStringLiteral("background"), bg) << QString();
    QTest::newRow("valid stop-process") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("stop-process")},
                                                       {QStringLiteral("pid_file"),
                                                        QStringLiteral("${session.dir}/gw.pid")},
                                                       {QStringLiteral("grace_ms"), 30000}}
                                        << QString();
}

void tst_CommandTask::backgroundAndStopProcessAreValidatedAtLoad()
{
    QFETCH(QJsonObject, spec);
    QFETCH(QString, error);
    const QList<SpecError> errors = tasks::validate(spec, spec::Mode::Load);
    QStringList texts;
    for (const SpecError &e : errors)
        texts << e.toString();
    if (error.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(texts.join(u'\n')));
        return;
    }
    QVERIFY2(texts.join(u'\n').contains(error), qPrintable(texts.join(u'\n')));
}

void tst_CommandTask::cleanupTestCase()
{
    if (m_sshd.state() != QProcess::NotRunning) {
        m_sshd.terminate();
        m_sshd.waitForFinished(5000);
    }
}

QTEST_GUILESS_MAIN(tst_CommandTask)
#include "tst_commandtask.moc"
