// The simulated tools as an administrator meets them: real uw-simtool processes started
// through the sandbox's wrapper scripts, on real files, with UW_SIM_SPEED=0 so that nothing
// waits. Messages are the vendors' where the vendors give them.

#include "testfiles.h"
#include "wine.h"
#include "wizard/simulator/sandbox.h"
#include "wizard/support/processtree.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace uw::sim;
using namespace uw::test;

class tst_SimTool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void statusBeforeAnythingIsNotStarted();
    void multiNodeUpgradeAppliesTheFirstAdminNodeFirst();
    void exportsOnAllNodesAtOnceAreAllRecorded();
    void exportIsRefusedWhileTheOldSystemIsStopped();
    void exportIsRefusedWithAnotherAnmHostThanTheOtherNodes();
    void anmHostMustBeAHostOfTheTopology_data();
    void anmHostMustBeAHostOfTheTopology();
    void stepsRunInOrder_data();
    void stepsRunInOrder();
    void applyIsRefusedWhileTheOldSystemRuns();
    void applyThroughANodeWithoutTheDomainKeyCannotSignCsr();
    void upgradeNeedsACassandraChoiceOnlyWithSeveralHosts();
    void faultGivesTheRealMessage_data();
    void faultGivesTheRealMessage();
    void passwordsAreNeverEchoed();
    void wrongCredentialsAreRefusedByExport();
    void upgradeWarnsAndApplyNeedsTheJdbcDriver();
    void applyNeedsTheDomainPassphrase();
    void cleanResetsTheNewInstallation();
    void unknownOptionsAreRefused_data();
    void unknownOptionsAreRefused();
    void kpsadminReencrypts_data();
    void kpsadminReencrypts();
    void kpsadminNeedsTheNewAdminNodeManager();
    void managedomainPrintsTheInstallationsVersion_data();
    void managedomainPrintsTheInstallationsVersion();
    void nodemanagerAndStartinstanceStopAndStart();
    void cortexScriptRefusesMissingParameters();
    void cortexScriptUpgradesTheGateway();
    void cortexScriptFailsOnAFullDisk();
    void cortexScriptRunsThroughThePowershellStandIn();
    void kaazingStartTranslatesAnOldNamespace();
    void kaazingStartLeavesACurrentConfiguration_data();
    void kaazingStartLeavesACurrentConfiguration();
    void kaazingStartFailsOnAFullDisk();
    void kaazingGatewayRunsUntilStoppedAndFailsOnABusyPort();
    void progressIsPacedUnlessSpeedIsZero();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QString all() const { return out + err; }
    };

    // A fresh sandbox in its own temporary directory, for one test.
    struct Fixture
    {
        std::unique_ptr<QTemporaryDir> dir;
        Sandbox sandbox;
    };
    static Fixture makeSandbox(Sandbox::Options options = {});

    static Run run(const QString &program, const QStringList &args, const QString &speed = QStringLiteral("0"));
    // bin/gateway.start runs in the foreground: started, read until it says it has started
    // (or ends), asked whether it accepts on `port`, then killed. exitCode -1 and `listening`
    // set when it was still running.
    struct GatewayRun : Run
    {
        bool running = false;
        bool listening = false;
    };
    static GatewayRun runGateway(const QString &home, quint16 port);
    static quint16 freePort();
    static Run sysupgrade(const Sandbox &sandbox, const QString &node, const QStringList &args);
    static Run posixTool(const Sandbox &sandbox, const QString &node, Install install, const QString &tool,
                         const QStringList &args);
    static QString status(const Sandbox &sandbox, const QString &node);
    // anmHost empty: the first Admin Node Manager, as the vendor says.
    static bool exportAndUpgradeAll(const Sandbox &sandbox, QString anmHost = {});
    // withTools: the vendor's stop commands as processes; otherwise the markers directly, where
    // stopping is only the setting of a test.
    static bool stopOldSystem(const Sandbox &sandbox, bool withTools = false);
    static bool upgradeAll(const Sandbox &sandbox);

    Fixture m_upgraded; // all three nodes at 7.7, shared by the tests that only read it
};

namespace {

QString show(const QString &what, int exitCode, const QString &output)
{
    return QStringLiteral("%1 exited %2:\n%3").arg(what).arg(exitCode).arg(output);
}

bool copyDir(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target) || !QFile::setPermissions(target, QFile::permissions(path)))
            return false;
    }
    return true;
}

QString oldDirArg(const Sandbox &sandbox, const QString &node)
{
    return sandbox.apigatewayDir(node, Install::Old) + u'/';
}

} // namespace

tst_SimTool::Fixture tst_SimTool::makeSandbox(Sandbox::Options options)
{
    Fixture fixture;
    QElapsedTimer timer;
    timer.start();
    fixture.dir = std::make_unique<QTemporaryDir>();
    options.toolPath = QStringLiteral(UW_SIMTOOL_PATH);
    auto sandbox = Sandbox::create(fixture.dir->path() + QStringLiteral("/sandbox"), options);
    if (!sandbox)
        qFatal("cannot create the sandbox: %s", qPrintable(sandbox.error()));
    fixture.sandbox = *sandbox;
    if (qEnvironmentVariableIntValue("UW_SHOW_OUTPUT"))
        qInfo("sandbox created in %lld ms", timer.elapsed());
    return fixture;
}

tst_SimTool::Run tst_SimTool::run(const QString &program, const QStringList &args, const QString &speed)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UW_SIM_SPEED"), speed);
    process.setProcessEnvironment(env);
    // As the command task starts it: on Windows the wrapper's .cmd or .ps1 is found from the name.
    const uw::ProcessLaunch launch = uw::ProcessLaunch::resolve(program, args);
    process.start(launch.program, launch.args);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish").arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    // Windows' console text mode ends lines with \r\n.
    result.out
        = QString::fromLocal8Bit(process.readAllStandardOutput()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.err
        = QString::fromLocal8Bit(process.readAllStandardError()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    // UW_SHOW_OUTPUT=1 prints every run: handy when reviewing what trainees will read.
    if (qEnvironmentVariableIntValue("UW_SHOW_OUTPUT"))
        qInfo("$ %s %s\n%s[exit %d after %lld ms]", qPrintable(QFileInfo(program).fileName()),
              qPrintable(args.join(u' ')), qPrintable(result.out + result.err), result.exitCode, timer.elapsed());
    return result;
}

quint16 tst_SimTool::freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

// The Gateway's port in conf/gateway-config.xml set to `port` (8000 may be taken on this machine).
static bool setGatewayPort(const QString &home, quint16 port)
{
    QFile file(home + QStringLiteral("/conf/gateway-config.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString config = QString::fromUtf8(file.readAll());
    file.close();
    config.replace(QRegularExpression(QStringLiteral("(<name>gateway\\.base\\.port</name><value>)\\d+")),
                   QStringLiteral("\\1%1").arg(port));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(config.toUtf8()) > 0;
}

tst_SimTool::GatewayRun tst_SimTool::runGateway(const QString &home, quint16 port)
{
    GatewayRun result;
    if (!setGatewayPort(home, port)) {
        result.err = QStringLiteral("cannot set the port in %1").arg(home);
        return result;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0"));
    process.setProcessEnvironment(env);
    const uw::ProcessLaunch launch = uw::ProcessLaunch::resolve(home + QStringLiteral("/bin/gateway.start"), {});
    process.start(launch.program, launch.args);
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("cannot start gateway.start: %1").arg(process.errorString());
        return result;
    }
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && !out.contains("Started server successfully")
           && clock.elapsed() < 30000) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
    }
    result.running = process.state() != QProcess::NotRunning;
    if (result.running) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        result.listening = socket.waitForConnected(10000);
        // With what it started: on Windows the .cmd wrapper's cmd.exe runs uw-simtool.
        uw::ProcessTree::stopDetached(process.processId(), 0, true);
    }
    process.waitForFinished(10000);
    out += process.readAllStandardOutput();
    result.exitCode = result.running ? -1 : process.exitCode();
    result.out = QString::fromLocal8Bit(out).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    result.err
        = QString::fromLocal8Bit(process.readAllStandardError()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return result;
}

tst_SimTool::Run tst_SimTool::sysupgrade(const Sandbox &sandbox, const QString &node, const QStringList &args)
{
    return run(sandbox.sysupgradeDir(node) + u'/' + Sandbox::wrapperName(QStringLiteral("sysupgrade")), args);
}

tst_SimTool::Run tst_SimTool::posixTool(const Sandbox &sandbox, const QString &node, Install install,
                                        const QString &tool, const QStringList &args)
{
    return run(sandbox.posixBinDir(node, install) + u'/' + Sandbox::wrapperName(tool), args);
}

QString tst_SimTool::status(const Sandbox &sandbox, const QString &node)
{
    const Run result = sysupgrade(sandbox, node, {QStringLiteral("status")});
    return result.exitCode == 0 ? result.out.trimmed() : show(QStringLiteral("status"), result.exitCode, result.all());
}

bool tst_SimTool::exportAndUpgradeAll(const Sandbox &sandbox, QString anmHost)
{
    if (anmHost.isEmpty())
        anmHost = sandbox.firstAdminNode();
    for (const QString &node : sandbox.nodes()) {
        const Run exported = sysupgrade(sandbox, node,
                                        {QStringLiteral("export"), QStringLiteral("--old_install_dir"),
                                         oldDirArg(sandbox, node), QStringLiteral("--anm_host"), anmHost});
        if (exported.exitCode != 0) {
            qWarning("%s", qPrintable(show(QStringLiteral("export on ") + node, exported.exitCode, exported.all())));
            return false;
        }
        const Run upgraded = sysupgrade(
            sandbox, node, {QStringLiteral("upgrade"), QStringLiteral("--cass_host"), QStringLiteral("NodeA")});
        if (upgraded.exitCode != 0) {
            qWarning("%s", qPrintable(show(QStringLiteral("upgrade on ") + node, upgraded.exitCode, upgraded.all())));
            return false;
        }
    }
    return true;
}

// With the vendor's commands: startinstance -k for every API Gateway, nodemanager -k.
bool tst_SimTool::stopOldSystem(const Sandbox &sandbox, bool withTools)
{
    for (const QString &node : sandbox.nodes()) {
        if (!withTools) {
            if (!sandbox.setRunning(node, Install::Old, false))
                return false;
            continue;
        }
        const auto topology
            = Topology::read(sandbox.apigatewayDir(node, Install::Old) + QStringLiteral("/groups/topology.json"));
        if (!topology)
            return false;
        for (const TopologyService &service : topology->servicesOn(node)) {
            const Run stopped = service.type == QLatin1String("nodemanager")
                ? posixTool(sandbox, node, Install::Old, QStringLiteral("nodemanager"), {QStringLiteral("-k")})
                : posixTool(sandbox, node, Install::Old, QStringLiteral("startinstance"),
                            {QStringLiteral("-g"), topology->groupOf(service.id)->name, QStringLiteral("-n"),
                             service.name, QStringLiteral("-k")});
            if (stopped.exitCode != 0) {
                qWarning("%s",
                         qPrintable(show(QStringLiteral("stopping ") + service.name, stopped.exitCode, stopped.all())));
                return false;
            }
        }
        if (!sandbox.runningServices(node, Install::Old).isEmpty())
            return false;
    }
    return true;
}

bool tst_SimTool::upgradeAll(const Sandbox &sandbox)
{
    if (!exportAndUpgradeAll(sandbox) || !stopOldSystem(sandbox))
        return false;
    for (const QString &node : sandbox.nodes()) {
        const Run applied = sysupgrade(
            sandbox, node, {QStringLiteral("apply"), QStringLiteral("--anm_host"), sandbox.firstAdminNode()});
        if (applied.exitCode != 0) {
            qWarning("%s", qPrintable(show(QStringLiteral("apply on ") + node, applied.exitCode, applied.all())));
            return false;
        }
    }
    return true;
}

void tst_SimTool::initTestCase()
{
    m_upgraded = makeSandbox();
    QVERIFY(upgradeAll(m_upgraded.sandbox));
}

void tst_SimTool::statusBeforeAnythingIsNotStarted()
{
    const Fixture f = makeSandbox();
    for (const QString &node : f.sandbox.nodes())
        QCOMPARE(status(f.sandbox, node), QStringLiteral("Current status: not started\nNext step: sysupgrade export"));
}

void tst_SimTool::multiNodeUpgradeAppliesTheFirstAdminNodeFirst()
{
    const Fixture f = makeSandbox();
    const Sandbox &s = f.sandbox;
    // The vendor's commands, exactly as documented, on every node.
    for (const QString &node : s.nodes()) {
        const Run exported = sysupgrade(s, node,
                                        {QStringLiteral("export"), QStringLiteral("--old_install_dir"),
                                         oldDirArg(s, node), QStringLiteral("--anm_host"), QStringLiteral("NodeA")});
        QVERIFY2(exported.exitCode == 0, qPrintable(show(QStringLiteral("export"), exported.exitCode, exported.all())));
        QVERIFY(exported.out.contains(QLatin1String("Export complete")));
        QCOMPARE(status(s, node), QStringLiteral("Current status: export complete\nNext step: sysupgrade upgrade"));
        const Run upgraded
            = sysupgrade(s, node, {QStringLiteral("upgrade"), QStringLiteral("--cass_host"), QStringLiteral("NodeA")});
        QVERIFY2(upgraded.exitCode == 0,
                 qPrintable(show(QStringLiteral("upgrade"), upgraded.exitCode, upgraded.all())));
        QCOMPARE(status(s, node),
                 QStringLiteral("Current status: export and upgrade complete\nNext step: sysupgrade apply"));
        const QString out = s.sysupgradeOutDir(node);
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/logs/export.log")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/logs/upgrade.log")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/export/topology.json")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/export/ext/lib/json-path-2.4.0.jar")));
    }
    QVERIFY(readFile(s.sysupgradeOutDir(QStringLiteral("NodeB")) + QStringLiteral("/logs/export.log"))
                .contains("Checking that group 'Group2' (group-3) is consistent"));
    QVERIFY(QFileInfo::exists(s.sysupgradeOutDir(QStringLiteral("NodeB"))
                              + QStringLiteral("/export/groups/group-3/instance-3/conf/service.xml")));

    QVERIFY(stopOldSystem(s, true));
    // NodeB cannot join before the first Admin Node Manager runs 7.7.
    const Run early = sysupgrade(s, QStringLiteral("NodeB"),
                                 {QStringLiteral("apply"), QStringLiteral("--anm_host"), QStringLiteral("NodeA")});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains(QLatin1String("Node Manager error: Failed to sign CSR for service. None of the "
                                              "available Admin Node Managers have the domain private key")),
             qPrintable(early.all()));
    QVERIFY(readFile(s.sysupgradeOutDir(QStringLiteral("NodeB")) + QStringLiteral("/logs/apply.log"))
                .contains("Failed to sign CSR"));
    QCOMPARE(status(s, QStringLiteral("NodeB")),
             QStringLiteral("Current status: export and upgrade complete\nNext step: sysupgrade apply"));

    for (const QString &node : {QStringLiteral("NodeA"), QStringLiteral("NodeB"), QStringLiteral("NodeC")}) {
        const Run applied
            = sysupgrade(s, node, {QStringLiteral("apply"), QStringLiteral("--anm_host"), QStringLiteral("NodeA")});
        QVERIFY2(applied.exitCode == 0,
                 qPrintable(show(QStringLiteral("apply on ") + node, applied.exitCode, applied.all())));
        QCOMPARE(status(s, node), QStringLiteral("Current status: system upgrade complete"));
        QVERIFY(!s.runningServices(node, Install::New).isEmpty());
        QVERIFY(QFileInfo::exists(s.sysupgradeOutDir(node) + QStringLiteral("/logs/apply.log")));
    }
    // The new installations hold the upgraded topology and what each node runs.
    const auto topology = Topology::read(s.apigatewayDir(QStringLiteral("NodeC"), Install::New)
                                         + QStringLiteral("/groups/topology.json"));
    QVERIFY(topology);
    QCOMPARE(topology->productVersion, QStringLiteral("7.7"));
    QCOMPARE(
        s.runningServices(QStringLiteral("NodeB"), Install::New),
        (QStringList{QStringLiteral("instance-2"), QStringLiteral("instance-3"), QStringLiteral("nodemanager-2")}));
    QVERIFY(QFileInfo::exists(s.apigatewayDir(QStringLiteral("NodeA"), Install::New)
                              + QStringLiteral("/groups/certs/private/domain.p12")));
    QVERIFY(QFileInfo::exists(s.apigatewayDir(QStringLiteral("NodeB"), Install::New)
                              + QStringLiteral("/ext/lib/json-path-2.4.0.jar")));
    const QJsonObject state = QJsonDocument::fromJson(readFile(s.statePath())).object();
    QCOMPARE(state[QStringLiteral("nodes")][QStringLiteral("NodeC")][QStringLiteral("anmHost")].toString(),
             QStringLiteral("NodeA"));
}

void tst_SimTool::exportsOnAllNodesAtOnceAreAllRecorded()
{
    const Fixture f = makeSandbox();
    std::vector<std::unique_ptr<QProcess>> processes;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0"));
    for (const QString &node : f.sandbox.nodes()) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(f.sandbox.sysupgradeDir(node) + u'/' + Sandbox::wrapperName(QStringLiteral("sysupgrade")),
                       {QStringLiteral("export"), QStringLiteral("--old_install_dir"), oldDirArg(f.sandbox, node),
                        QStringLiteral("--anm_host"), QStringLiteral("NodeA")});
        processes.push_back(std::move(process));
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 qPrintable(
                     show(process->program(), process->exitCode(),
                          QString::fromLocal8Bit(process->readAllStandardOutput() + process->readAllStandardError()))));
    }
    const QJsonObject nodes
        = QJsonDocument::fromJson(readFile(f.sandbox.statePath())).object().value(QStringLiteral("nodes")).toObject();
    QCOMPARE(nodes.keys(), f.sandbox.nodes());
    for (const QString &node : f.sandbox.nodes())
        QCOMPARE(nodes[node][QStringLiteral("status")].toString(), QStringLiteral("export complete"));
}

void tst_SimTool::exportIsRefusedWhileTheOldSystemIsStopped()
{
    const Fixture f = makeSandbox();
    const Run stopped = posixTool(f.sandbox, QStringLiteral("NodeC"), Install::Old, QStringLiteral("startinstance"),
                                  {QStringLiteral("-g"), QStringLiteral("Group2"), QStringLiteral("-n"),
                                   QStringLiteral("Gateway4"), QStringLiteral("-k")});
    QCOMPARE(stopped.exitCode, 0);
    const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("--old_install_dir"),
                                 oldDirArg(f.sandbox, QStringLiteral("NodeA")), QStringLiteral("--anm_host"),
                                 QStringLiteral("NodeA")};
    const Run refused = sysupgrade(f.sandbox, QStringLiteral("NodeA"), exportArgs);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("ERROR: The old installation must be running to export. Not running: "
                                                "Gateway4 (NodeC).")),
             qPrintable(refused.all()));
    QCOMPARE(status(f.sandbox, QStringLiteral("NodeA")),
             QStringLiteral("Current status: not started\nNext step: sysupgrade export"));

    const Run started = posixTool(f.sandbox, QStringLiteral("NodeC"), Install::Old, QStringLiteral("startinstance"),
                                  {QStringLiteral("-g"), QStringLiteral("Group2"), QStringLiteral("-n"),
                                   QStringLiteral("Gateway4"), QStringLiteral("-d")});
    QCOMPARE(started.exitCode, 0);
    const Run exported = sysupgrade(f.sandbox, QStringLiteral("NodeA"), exportArgs);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.all()));
}

void tst_SimTool::exportIsRefusedWithAnotherAnmHostThanTheOtherNodes()
{
    const Fixture f = makeSandbox();
    const Run first = sysupgrade(f.sandbox, QStringLiteral("NodeA"),
                                 {QStringLiteral("export"), QStringLiteral("--old_install_dir"),
                                  oldDirArg(f.sandbox, QStringLiteral("NodeA")), QStringLiteral("--anm_host"),
                                  QStringLiteral("NodeA")});
    QCOMPARE(first.exitCode, 0);
    const Run second = sysupgrade(f.sandbox, QStringLiteral("NodeB"),
                                  {QStringLiteral("export"), QStringLiteral("--old_install_dir"),
                                   oldDirArg(f.sandbox, QStringLiteral("NodeB")), QStringLiteral("--anm_host"),
                                   QStringLiteral("NodeB")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QLatin1String("ERROR: --anm_host 'NodeB' differs from --anm_host 'NodeA' used by "
                                               "export on NodeA.")),
             qPrintable(second.all()));
    QCOMPARE(status(f.sandbox, QStringLiteral("NodeB")),
             QStringLiteral("Current status: not started\nNext step: sysupgrade export"));
}

void tst_SimTool::anmHostMustBeAHostOfTheTopology_data()
{
    QTest::addColumn<QStringList>("anmArgs");
    QTest::addColumn<QString>("message");
    QTest::newRow("not in the topology")
        << QStringList{QStringLiteral("--anm_host"), QStringLiteral("nodea.example.com")}
        << QStringLiteral("ERROR: Host 'nodea.example.com' is not a valid host in the topology. Retry with --anm_host "
                          "<hostname>");
    QTest::newRow("missing in a multi-node domain")
        << QStringList()
        << QStringLiteral("ERROR: The topology has 3 hosts. Specify the Admin Node Manager with "
                          "--anm_host <hostname>");
}

void tst_SimTool::anmHostMustBeAHostOfTheTopology()
{
    QFETCH(QStringList, anmArgs);
    QFETCH(QString, message);
    const Fixture f = makeSandbox();
    const Run refused = sysupgrade(f.sandbox, QStringLiteral("NodeB"),
                                   QStringList{QStringLiteral("export"), QStringLiteral("--old_install_dir"),
                                               oldDirArg(f.sandbox, QStringLiteral("NodeB"))}
                                       + anmArgs);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.all()));
}

void tst_SimTool::stepsRunInOrder_data()
{
    QTest::addColumn<int>("done"); // 0 nothing, 1 export, 2 export and upgrade
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("upgrade before export")
        << 0 << QStringList{QStringLiteral("upgrade"), QStringLiteral("--no_cassandra")}
        << QStringLiteral("Run 'sysupgrade export' first.");
    QTest::newRow("apply before export") << 0 << QStringList{QStringLiteral("apply")}
                                         << QStringLiteral("Run 'sysupgrade export' first.");
    QTest::newRow("apply before upgrade")
        << 1 << QStringList{QStringLiteral("apply")} << QStringLiteral("Run 'sysupgrade upgrade' first.");
    QTest::newRow("export again without --force")
        << 1 << QStringList{QStringLiteral("export"), QStringLiteral("--old_install_dir"), QStringLiteral("OLD")}
        << QStringLiteral("Use --force to export again.");
    QTest::newRow("upgrade again without --force")
        << 2 << QStringList{QStringLiteral("upgrade"), QStringLiteral("--no_cassandra")}
        << QStringLiteral("Use --force to run it again.");
    QTest::newRow("parent of apigateway")
        << 0 << QStringList{QStringLiteral("export"), QStringLiteral("--old_install_dir"), QStringLiteral("OLDPARENT")}
        << QStringLiteral("is not an API Gateway installation directory");
    QTest::newRow("new installation as the old")
        << 0 << QStringList{QStringLiteral("export"), QStringLiteral("--old_install_dir"), QStringLiteral("NEW")}
        << QStringLiteral("is the new API Gateway 7.7 installation");
}

void tst_SimTool::stepsRunInOrder()
{
    QFETCH(int, done);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    Sandbox::Options one;
    one.nodes = {QStringLiteral("gw1")};
    const Fixture f = makeSandbox(one);
    const QString node = QStringLiteral("gw1");
    if (done >= 1)
        QCOMPARE(sysupgrade(f.sandbox, node,
                            {QStringLiteral("export"), QStringLiteral("--old_install_dir"), oldDirArg(f.sandbox, node)})
                     .exitCode,
                 0);
    if (done >= 2)
        QCOMPARE(sysupgrade(f.sandbox, node, {QStringLiteral("upgrade"), QStringLiteral("--no_cassandra")}).exitCode,
                 0);
    const QString before = status(f.sandbox, node);
    args.replaceInStrings(QStringLiteral("OLDPARENT"), f.sandbox.installDir(node, Install::Old));
    args.replaceInStrings(QStringLiteral("OLD"), oldDirArg(f.sandbox, node));
    args.replaceInStrings(QStringLiteral("NEW"), f.sandbox.apigatewayDir(node, Install::New));
    const Run refused = sysupgrade(f.sandbox, node, args);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.all()));
    QCOMPARE(status(f.sandbox, node), before);
}

void tst_SimTool::applyIsRefusedWhileTheOldSystemRuns()
{
    const Fixture f = makeSandbox();
    QVERIFY(exportAndUpgradeAll(f.sandbox));
    for (const QString &node : {QStringLiteral("NodeA"), QStringLiteral("NodeB")})
        QVERIFY(f.sandbox.setRunning(node, Install::Old, false));
    const Run refused = sysupgrade(f.sandbox, QStringLiteral("NodeA"),
                                   {QStringLiteral("apply"), QStringLiteral("--anm_host"), QStringLiteral("NodeA")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("ERROR: API Gateway processes of the old installation are still "
                                                "running: Node Manager on NodeC (NodeC), Gateway4 (NodeC).")),
             qPrintable(refused.all()));
    QVERIFY(f.sandbox.runningServices(QStringLiteral("NodeA"), Install::New).isEmpty());
}

void tst_SimTool::applyThroughANodeWithoutTheDomainKeyCannotSignCsr()
{
    const Fixture f = makeSandbox();
    // NodeB is a valid host, so export accepts it; only apply finds it has no domain key.
    QVERIFY(exportAndUpgradeAll(f.sandbox, QStringLiteral("NodeB")));
    QVERIFY(stopOldSystem(f.sandbox));
    for (const QString &node : {QStringLiteral("NodeA"), QStringLiteral("NodeB")}) {
        const Run refused = sysupgrade(f.sandbox, node, {QStringLiteral("apply")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("Node Manager error: Failed to sign CSR for service. None of the "
                                                    "available Admin Node Managers have the domain private key")),
                 qPrintable(refused.all()));
    }
}

// The vendor's single-node example runs `sysupgrade upgrade` alone (the exported configuration's
// Cassandra host is kept); its multi-node example must name the cluster with --cass_host.
void tst_SimTool::upgradeNeedsACassandraChoiceOnlyWithSeveralHosts()
{
    Sandbox::Options one;
    one.nodes = {QStringLiteral("gw1")};
    const Fixture f = makeSandbox(one);
    const QString node = QStringLiteral("gw1");
    QCOMPARE(sysupgrade(f.sandbox, node,
                        {QStringLiteral("export"), QStringLiteral("--old_install_dir"), oldDirArg(f.sandbox, node)})
                 .exitCode,
             0);
    const Run alone = sysupgrade(f.sandbox, node, {QStringLiteral("upgrade")});
    QVERIFY2(alone.exitCode == 0, qPrintable(alone.all()));
    QVERIFY2(alone.out.contains(QLatin1String("keeping the Cassandra host of the exported configuration (gw1)")),
             qPrintable(alone.all()));
    const Run both = sysupgrade(f.sandbox, node,
                                {QStringLiteral("upgrade"), QStringLiteral("--force"), QStringLiteral("--no_cassandra"),
                                 QStringLiteral("--cass_host"), QStringLiteral("gw1")});
    QCOMPARE(both.exitCode, 1);
    const Run thrift = sysupgrade(f.sandbox, node,
                                  {QStringLiteral("upgrade"), QStringLiteral("--force"), QStringLiteral("--cass_host"),
                                   QStringLiteral("gw1"), QStringLiteral("--cass_port"), QStringLiteral("9160")});
    QCOMPARE(thrift.exitCode, 0);
    QVERIFY2(thrift.out.contains(QLatin1String("WARN: Port 9160 is the Apache Thrift port")), qPrintable(thrift.all()));
    QVERIFY(thrift.out.contains(QLatin1String("Upgrade complete with 1 warning(s). Examine the log file")));

    const Fixture three = makeSandbox();
    const QString nodeA = QStringLiteral("NodeA");
    QCOMPARE(sysupgrade(three.sandbox, nodeA,
                        {QStringLiteral("export"), QStringLiteral("--old_install_dir"), oldDirArg(three.sandbox, nodeA),
                         QStringLiteral("--anm_host"), nodeA})
                 .exitCode,
             0);
    const Run neither = sysupgrade(three.sandbox, nodeA, {QStringLiteral("upgrade")});
    QCOMPARE(neither.exitCode, 1);
    QVERIFY2(neither.err.contains(QLatin1String("the topology has 3 hosts. Specify the Cassandra host with --cass_host "
                                                "<host>, or --no_cassandra")),
             qPrintable(neither.all()));
}

void tst_SimTool::faultGivesTheRealMessage_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("message");
    QTest::newRow("export inconsistent group")
        << QStringLiteral("sysupgrade.export=inconsistent-group") << QStringLiteral("export")
        << QStringLiteral("ERROR: Group 'Group1' (group-2) is inconsistent. Upgrade requires all groups to be "
                          "consistent.");
    QTest::newRow("upgrade license") << QStringLiteral("sysupgrade.upgrade=license") << QStringLiteral("upgrade")
                                     << QStringLiteral("ERROR: LicenseException ('License not found");
    for (const QString &step : {QStringLiteral("export"), QStringLiteral("upgrade"), QStringLiteral("apply")})
        QTest::addRow("disk full on %s", qPrintable(step))
            << QStringLiteral("disk.full") << step << QStringLiteral("No space left on device");
}

void tst_SimTool::faultGivesTheRealMessage()
{
    QFETCH(QString, fault);
    QFETCH(QString, step);
    QFETCH(QString, message);
    const Fixture f = makeSandbox();
    const Sandbox &s = f.sandbox;
    const QString node = QStringLiteral("NodeA");
    if (step != QLatin1String("export")) {
        QVERIFY(sysupgrade(s, node,
                           {QStringLiteral("export"), QStringLiteral("--old_install_dir"), oldDirArg(s, node),
                            QStringLiteral("--anm_host"), QStringLiteral("NodeA")})
                    .exitCode
                == 0);
    }
    if (step == QLatin1String("apply")) {
        QVERIFY(sysupgrade(s, node, {QStringLiteral("upgrade"), QStringLiteral("--cass_host"), QStringLiteral("NodeA")})
                    .exitCode
                == 0);
        QVERIFY(stopOldSystem(s));
    }
    const QString before = status(s, node);
    // Faults are switched on while the sandbox exists, as a trainer does during a class.
    QVERIFY(s.setFaults(*Faults::parse({fault})));
    QStringList args{step};
    if (step == QLatin1String("export"))
        args << QStringLiteral("--old_install_dir") << oldDirArg(s, node) << QStringLiteral("--anm_host")
             << QStringLiteral("NodeA");
    else if (step == QLatin1String("upgrade"))
        args << QStringLiteral("--cass_host") << QStringLiteral("NodeA");
    else
        args << QStringLiteral("--anm_host") << QStringLiteral("NodeA");
    const Run failed = sysupgrade(s, node, args);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(message), qPrintable(failed.all()));
    QCOMPARE(status(s, node), before);
    QVERIFY(s.runningServices(node, Install::New).isEmpty());

    // Switched off again, the same command goes through.
    QVERIFY(s.setFaults({}));
    const Run retried = sysupgrade(s, node, args);
    QVERIFY2(retried.exitCode == 0, qPrintable(retried.all()));
}

void tst_SimTool::passwordsAreNeverEchoed()
{
    Sandbox::Options options;
    options.adminPassword = QStringLiteral("Pa55-Secret-Word");
    options.domainPassphrase = QStringLiteral("Domain-Secret-Phrase");
    options.nodes = {QStringLiteral("gw1")};
    const Fixture f = makeSandbox(options);
    const QString node = QStringLiteral("gw1");
    const Run exported = sysupgrade(f.sandbox, node,
                                    {QStringLiteral("export"), QStringLiteral("--old_install_dir"),
                                     oldDirArg(f.sandbox, node), QStringLiteral("--username"), QStringLiteral("admin"),
                                     QStringLiteral("--password"), QStringLiteral("Pa55-Secret-Word")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.all()));
    const Run upgraded = sysupgrade(f.sandbox, node,
                                    {QStringLiteral("upgrade"), QStringLiteral("--cass_host"), QStringLiteral("gw1"),
                                     QStringLiteral("--cass_username"), QStringLiteral("cassandra"),
                                     QStringLiteral("--cass_password=Cass-Secret-Word")});
    QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.all()));
    QVERIFY(f.sandbox.setRunning(node, Install::Old, false));
    const Run applied = sysupgrade(
        f.sandbox, node,
        {QStringLiteral("apply"), QStringLiteral("--domain_passphrase"), QStringLiteral("Domain-Secret-Phrase")});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.all()));
    const Run reencrypted
        = posixTool(f.sandbox, node, Install::New, QStringLiteral("kpsadmin"),
                    {QStringLiteral("-u"), QStringLiteral("admin"), QStringLiteral("-p"),
                     QStringLiteral("Pa55-Secret-Word"), QStringLiteral("-g"), QStringLiteral("Group1"),
                     QStringLiteral("-n"), QStringLiteral("Gateway1"), QStringLiteral("reencrypt")});
    QVERIFY2(reencrypted.exitCode == 0, qPrintable(reencrypted.all()));

    for (const Run *result : {&exported, &upgraded, &applied, &reencrypted})
        QVERIFY2(!result->all().contains(QLatin1String("Secret")), qPrintable(result->all()));
    QDirIterator it(f.sandbox.root(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray data = readFile(it.next());
        QVERIFY2(!data.contains("Secret"), qPrintable(it.filePath()));
    }
    const QString logs = f.sandbox.sysupgradeOutDir(node) + QStringLiteral("/logs/");
    QVERIFY(readFile(logs + QStringLiteral("export.log")).contains("--username admin --password ******"));
    QVERIFY(readFile(logs + QStringLiteral("upgrade.log")).contains("--cass_password=******"));
    QVERIFY(readFile(logs + QStringLiteral("apply.log")).contains("--domain_passphrase ******"));
}

void tst_SimTool::wrongCredentialsAreRefusedByExport()
{
    Sandbox::Options one;
    one.nodes = {QStringLiteral("gw1")};
    const Fixture f = makeSandbox(one);
    const Run refused = sysupgrade(f.sandbox, QStringLiteral("gw1"),
                                   {QStringLiteral("export"), QStringLiteral("--old_install_dir"),
                                    oldDirArg(f.sandbox, QStringLiteral("gw1")), QStringLiteral("--username"),
                                    QStringLiteral("admin"), QStringLiteral("--password"), QStringLiteral("guess")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("failed for user 'admin' (HTTP 401)")), qPrintable(refused.all()));
    QVERIFY(!refused.all().contains(QLatin1String("guess")));
}

void tst_SimTool::upgradeWarnsAndApplyNeedsTheJdbcDriver()
{
    Sandbox::Options options;
    options.nodes = {QStringLiteral("gw1")};
    options.externalDatabase = true;
    options.extLibConflict = true;
    const Fixture f = makeSandbox(options);
    const Sandbox &s = f.sandbox;
    const QString node = QStringLiteral("gw1");
    QCOMPARE(sysupgrade(s, node, {QStringLiteral("export"), QStringLiteral("--old_install_dir"), oldDirArg(s, node)})
                 .exitCode,
             0);
    const Run upgraded = sysupgrade(s, node, {QStringLiteral("upgrade"), QStringLiteral("--cass_host"), node});
    QCOMPARE(upgraded.exitCode, 0);
    QVERIFY2(upgraded.out.contains(QLatin1String("WARN: OAuth/KPS tables must be upgraded in the following external "
                                                 "databases: jdbc:mysql://gw1:3306/kps.")),
             qPrintable(upgraded.all()));
    QVERIFY(upgraded.out.contains(QLatin1String("Copy the JDBC driver JARs (mysql-connector-java-5.1.47.jar)")));
    QVERIFY(upgraded.out.contains(QLatin1String("WARN: ext/lib/json-path-2.4.0.jar is also present in the new "
                                                "installation under system/lib.")));
    QVERIFY(upgraded.out.contains(QLatin1String("Upgrade complete with 2 warning(s).")));

    QVERIFY(s.setRunning(node, Install::Old, false));
    const Run noDriver = sysupgrade(s, node, {QStringLiteral("apply")});
    QCOMPARE(noDriver.exitCode, 1);
    QVERIFY2(noDriver.err.contains(QLatin1String("No suitable driver found")), qPrintable(noDriver.all()));
    // What the checklist says to do: copy the driver from the old ext/lib to the new upgrade/lib.
    QVERIFY(QFile::copy(
        s.apigatewayDir(node, Install::Old) + QStringLiteral("/ext/lib/mysql-connector-java-5.1.47.jar"),
        s.apigatewayDir(node, Install::New) + QStringLiteral("/upgrade/lib/mysql-connector-java-5.1.47.jar")));
    const Run applied = sysupgrade(s, node, {QStringLiteral("apply")});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.all()));
    QVERIFY(applied.out.contains(QLatin1String("Upgrading the OAuth/KPS tables in jdbc:mysql://gw1:3306/kps")));
}

void tst_SimTool::applyNeedsTheDomainPassphrase()
{
    Sandbox::Options options;
    options.nodes = {QStringLiteral("gw1")};
    options.domainPassphrase = QStringLiteral("open sesame");
    const Fixture f = makeSandbox(options);
    const QString node = QStringLiteral("gw1");
    QCOMPARE(sysupgrade(f.sandbox, node,
                        {QStringLiteral("export"), QStringLiteral("--old_install_dir"), oldDirArg(f.sandbox, node)})
                 .exitCode,
             0);
    QCOMPARE(sysupgrade(f.sandbox, node, {QStringLiteral("upgrade"), QStringLiteral("--no_cassandra")}).exitCode, 0);
    QVERIFY(f.sandbox.setRunning(node, Install::Old, false));
    const Run missing = sysupgrade(f.sandbox, node, {QStringLiteral("apply")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("Retry with --domain_passphrase <passphrase>")),
             qPrintable(missing.all()));
    const Run wrong
        = sysupgrade(f.sandbox, node,
                     {QStringLiteral("apply"), QStringLiteral("--domain_passphrase"), QStringLiteral("open barley")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains(QLatin1String("The passphrase of the domain private key is incorrect.")));
    const Run right
        = sysupgrade(f.sandbox, node,
                     {QStringLiteral("apply"), QStringLiteral("--domain_passphrase"), QStringLiteral("open sesame")});
    QVERIFY2(right.exitCode == 0, qPrintable(right.all()));
}

void tst_SimTool::cleanResetsTheNewInstallation()
{
    Sandbox::Options one;
    one.nodes = {QStringLiteral("gw1")};
    const Fixture f = makeSandbox(one);
    const Sandbox &s = f.sandbox;
    const QString node = QStringLiteral("gw1");
    QVERIFY(upgradeAll(s));
    QCOMPARE(status(s, node), QStringLiteral("Current status: system upgrade complete"));
    const Run again = sysupgrade(
        s, node,
        {QStringLiteral("export"), QStringLiteral("--old_install_dir"), oldDirArg(s, node), QStringLiteral("--force")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QLatin1String("Run 'sysupgrade clean' to start again.")));

    const Run cleaned = sysupgrade(s, node, {QStringLiteral("clean")});
    QVERIFY2(cleaned.exitCode == 0, qPrintable(cleaned.all()));
    QCOMPARE(status(s, node), QStringLiteral("Current status: not started\nNext step: sysupgrade export"));
    QVERIFY(s.runningServices(node, Install::New).isEmpty());
    QVERIFY(!QFileInfo::exists(s.sysupgradeOutDir(node)));
    QVERIFY(!QFileInfo::exists(s.apigatewayDir(node, Install::New) + QStringLiteral("/groups")));
    QVERIFY(QDir(s.apigatewayDir(node, Install::New) + QStringLiteral("/ext/lib")).isEmpty());
    QVERIFY(QFileInfo::exists(s.sysupgradeDir(node) + u'/' + Sandbox::wrapperName(QStringLiteral("sysupgrade"))));
}

void tst_SimTool::unknownOptionsAreRefused_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("sysupgrade option") << QStringLiteral("sysupgrade")
                                       << QStringList{QStringLiteral("export"), QStringLiteral("--old-install-dir"),
                                                      QStringLiteral("/x")}
                                       << QStringLiteral("ERROR: Unknown option '--old-install-dir'");
    QTest::newRow("sysupgrade command") << QStringLiteral("sysupgrade") << QStringList{QStringLiteral("import")}
                                        << QStringLiteral("ERROR: Unknown command 'import'");
    QTest::newRow("sysupgrade tracelevel")
        << QStringLiteral("sysupgrade")
        << QStringList{QStringLiteral("upgrade"), QStringLiteral("--tracelevel"), QStringLiteral("TRACE")}
        << QStringLiteral("--tracelevel must be DEBUG, INFO or VERBOSE");
    QTest::newRow("kpsadmin without command")
        << QStringLiteral("kpsadmin")
        << QStringList{QStringLiteral("-u"), QStringLiteral("admin"),  QStringLiteral("-p"), QStringLiteral("x"),
                       QStringLiteral("-g"), QStringLiteral("Group1"), QStringLiteral("-n"), QStringLiteral("Gateway1")}
        << QStringLiteral("expected the command 'reencrypt'");
    QTest::newRow("managedomain menu") << QStringLiteral("managedomain") << QStringList{QStringLiteral("--menu")}
                                       << QStringLiteral("Usage: managedomain --version");
}

void tst_SimTool::unknownOptionsAreRefused()
{
    QFETCH(QString, tool);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    Sandbox::Options one;
    one.nodes = {QStringLiteral("gw1")};
    const Fixture f = makeSandbox(one);
    const Run refused = tool == QLatin1String("sysupgrade")
        ? sysupgrade(f.sandbox, QStringLiteral("gw1"), args)
        : posixTool(f.sandbox, QStringLiteral("gw1"), Install::New, tool, args);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.all()));
}

void tst_SimTool::kpsadminReencrypts_data()
{
    QTest::addColumn<QString>("install");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString good = QStringLiteral("changeme");
    QTest::newRow("Group1") << QStringLiteral("7.7") << good << QStringLiteral("Group1") << QStringLiteral("Gateway1")
                            << 0 << QStringLiteral("of group 'Group1'. Done.");
    QTest::newRow("Group2 on NodeC") << QStringLiteral("7.7") << good << QStringLiteral("Group2")
                                     << QStringLiteral("Gateway4") << 0 << QStringLiteral("Done.");
    QTest::newRow("wrong group") << QStringLiteral("7.7") << good << QStringLiteral("Group9")
                                 << QStringLiteral("Gateway1") << 1
                                 << QStringLiteral("Error: API Gateway group 'Group9' not found in the topology. "
                                                   "Groups: Group1, Group2");
    QTest::newRow("instance of another group")
        << QStringLiteral("7.7") << good << QStringLiteral("Group1") << QStringLiteral("Gateway4") << 1
        << QStringLiteral("Error: API Gateway 'Gateway4' not found in group 'Group1'. Instances: Gateway1, Gateway2");
    QTest::newRow("wrong password") << QStringLiteral("7.7") << QStringLiteral("guess") << QStringLiteral("Group1")
                                    << QStringLiteral("Gateway1") << 1
                                    << QStringLiteral("Error: authentication failed for user 'admin'");
    QTest::newRow("old installation") << QStringLiteral("7.5.1") << good << QStringLiteral("Group1")
                                      << QStringLiteral("Gateway1") << 1
                                      << QStringLiteral("'reencrypt' is not supported by kpsadmin 7.5.1");
}

void tst_SimTool::kpsadminReencrypts()
{
    QFETCH(QString, install);
    QFETCH(QString, password);
    QFETCH(QString, group);
    QFETCH(QString, instance);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Fixture &f = m_upgraded;
    const Install which = install == QLatin1String("7.7") ? Install::New : Install::Old;
    const Run result
        = posixTool(f.sandbox, QStringLiteral("NodeB"), which, QStringLiteral("kpsadmin"),
                    {QStringLiteral("-u"), QStringLiteral("admin"), QStringLiteral("-p"), password,
                     QStringLiteral("-g"), group, QStringLiteral("-n"), instance, QStringLiteral("reencrypt")});
    QVERIFY2(result.exitCode == exitCode, qPrintable(show(QStringLiteral("kpsadmin"), result.exitCode, result.all())));
    QVERIFY2(result.all().contains(message), qPrintable(result.all()));
    if (exitCode == 0) {
        const QString node = group == QLatin1String("Group1") ? QStringLiteral("NodeA") : QStringLiteral("NodeC");
        const QString groupId
            = group == QLatin1String("Group1") ? QStringLiteral("group-2") : QStringLiteral("group-3");
        const QString instanceId
            = group == QLatin1String("Group1") ? QStringLiteral("instance-1") : QStringLiteral("instance-4");
        QVERIFY(QFileInfo::exists(f.sandbox.apigatewayDir(node, Install::New)
                                  + QStringLiteral("/groups/%1/%2/conf/kps/cipher.json").arg(groupId, instanceId)));
    }
}

void tst_SimTool::kpsadminNeedsTheNewAdminNodeManager()
{
    const Fixture f = makeSandbox();
    const Run refused = posixTool(f.sandbox, QStringLiteral("NodeA"), Install::New, QStringLiteral("kpsadmin"),
                                  {QStringLiteral("-u"), QStringLiteral("admin"), QStringLiteral("-p"),
                                   QStringLiteral("changeme"), QStringLiteral("-g"), QStringLiteral("Group1"),
                                   QStringLiteral("-n"), QStringLiteral("Gateway1"), QStringLiteral("reencrypt")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("cannot connect to the Admin Node Manager at https://NodeA:8090")),
             qPrintable(refused.all()));
}

void tst_SimTool::managedomainPrintsTheInstallationsVersion_data()
{
    QTest::addColumn<bool>("afterUpgrade");
    QTest::addColumn<bool>("newInstall");
    QTest::addColumn<QString>("version");
    QTest::newRow("old, before") << false << false << QStringLiteral("Version: 7.5.1 ");
    QTest::newRow("new, before") << false << true << QStringLiteral("Version: 7.7 ");
    QTest::newRow("old, after") << true << false << QStringLiteral("Version: 7.5.1 ");
    QTest::newRow("new, after") << true << true << QStringLiteral("Version: 7.7 ");
}

void tst_SimTool::managedomainPrintsTheInstallationsVersion()
{
    QFETCH(bool, afterUpgrade);
    QFETCH(bool, newInstall);
    QFETCH(QString, version);
    const Fixture fresh = afterUpgrade ? Fixture() : makeSandbox();
    const Sandbox &sandbox = afterUpgrade ? m_upgraded.sandbox : fresh.sandbox;
    const Run result = posixTool(sandbox, QStringLiteral("NodeB"), newInstall ? Install::New : Install::Old,
                                 QStringLiteral("managedomain"), {QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(version), qPrintable(result.all()));
}

void tst_SimTool::nodemanagerAndStartinstanceStopAndStart()
{
    const Fixture f = makeSandbox();
    const Sandbox &s = f.sandbox;
    const QString node = QStringLiteral("NodeB");
    const Run stopped = posixTool(s, node, Install::Old, QStringLiteral("nodemanager"), {QStringLiteral("-k")});
    QCOMPARE(stopped.exitCode, 0);
    QVERIFY(stopped.out.contains(QLatin1String("Node Manager on NodeB stopped")));
    QCOMPARE(s.runningServices(node, Install::Old),
             (QStringList{QStringLiteral("instance-2"), QStringLiteral("instance-3")}));
    // Stopping what is stopped is harmless, so a playbook may repeat a stop step.
    QCOMPARE(posixTool(s, node, Install::Old, QStringLiteral("nodemanager"), {QStringLiteral("-k")}).exitCode, 0);
    const Run wrongNode = posixTool(s, node, Install::Old, QStringLiteral("startinstance"),
                                    {QStringLiteral("-g"), QStringLiteral("Group1"), QStringLiteral("-n"),
                                     QStringLiteral("Gateway1"), QStringLiteral("-k")});
    QCOMPARE(wrongNode.exitCode, 1);
    QVERIFY(wrongNode.err.contains(QLatin1String("no API Gateway named 'Gateway1' in group 'Group1' on NodeB")));
    const Run wrongGroup = posixTool(s, node, Install::Old, QStringLiteral("startinstance"),
                                     {QStringLiteral("-g"), QStringLiteral("Group7"), QStringLiteral("-n"),
                                      QStringLiteral("Gateway2"), QStringLiteral("-k")});
    QCOMPARE(wrongGroup.exitCode, 1);
    QCOMPARE(posixTool(s, node, Install::Old, QStringLiteral("nodemanager"), {QStringLiteral("-d")}).exitCode, 0);
    QCOMPARE(s.runningServices(node, Install::Old).size(), 3);
    // The new installation has nothing to start before apply.
    const Run early = posixTool(s, node, Install::New, QStringLiteral("nodemanager"), {QStringLiteral("-d")});
    QCOMPARE(early.exitCode, 1);
    QVERIFY(early.err.contains(QLatin1String("no Node Manager is configured")));
}

void tst_SimTool::cortexScriptRefusesMissingParameters()
{
    if (uw::test::runningUnderWine())
        QSKIP(uw::test::kWineHasNoPowerShell);
    const Fixture f = makeSandbox();
    // As shipped: the site-specific values are empty.
    const Run refused = run(f.sandbox.cortexUpgradeScriptPath(), {});
    QCOMPARE(refused.exitCode, 1);
    for (const QString &key : {QStringLiteral("ApplicationServerFqdns"), QStringLiteral("LoadBalancerFqdn"),
                               QStringLiteral("ClientCertificateThumbprint")})
        QVERIFY2(refused.err.contains(QStringLiteral("Upgrade-Gateway.ps1 : The parameter '%1' is required but missing "
                                                     "or empty in Cortex.Innovation.Install.Gateway.Parameters.json.")
                                          .arg(key)),
                 qPrintable(refused.all()));
    QVERIFY(!refused.err.contains(QLatin1String("'SiteName'")));
    QCOMPARE(readFile(f.sandbox.cortexGatewaySiteDir() + QStringLiteral("/version.txt")), QByteArray("2024.7\n"));
}

namespace {

bool configureCortex(const Sandbox &sandbox, const QString &path)
{
    QJsonObject parameters = QJsonDocument::fromJson(readFile(sandbox.cortexParametersPath())).object();
    parameters.insert(QStringLiteral("ApplicationServerFqdns"),
                      QJsonArray{QStringLiteral("app1.example.com"), QStringLiteral("app2.example.com")});
    parameters.insert(QStringLiteral("LoadBalancerFqdn"), QStringLiteral("cortex.example.com"));
    parameters.insert(QStringLiteral("ClientCertificateThumbprint"),
                      QStringLiteral("0123456789abcdef0123456789ABCDEF01234567"));
    return writeFile(path, QJsonDocument(parameters).toJson());
}

} // namespace

void tst_SimTool::cortexScriptUpgradesTheGateway()
{
    if (uw::test::runningUnderWine())
        QSKIP(uw::test::kWineHasNoPowerShell);
    const Fixture f = makeSandbox();
    const QString parameters = f.dir->path() + QStringLiteral("/my-parameters.json");
    QVERIFY(configureCortex(f.sandbox, parameters));
    const Run upgraded = run(f.sandbox.cortexUpgradeScriptPath(), {QStringLiteral("--parameters"), parameters});
    QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.all()));
    QVERIFY(upgraded.out.contains(QLatin1String("Cortex Gateway upgrade to 2024.9 complete.")));
    const QString site = f.sandbox.cortexGatewaySiteDir();
    QCOMPARE(readFile(site + QStringLiteral("/version.txt")), QByteArray("2024.9\n"));
    QVERIFY(readFile(site + QStringLiteral("/web.config")).contains("value=\"cortex.example.com\""));
    const QStringList backups
        = QDir(f.sandbox.root() + QStringLiteral("/cortex/backup")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().startsWith(QLatin1String("Cortex.Gateway-2024.7-")));
    const QByteArray log = readFile(f.sandbox.cortexUpgradeScriptDir() + QStringLiteral("/Logs/Upgrade-Gateway.log"));
    QVERIFY2(log.contains("Installing Cortex Gateway 2024.9"), log.constData());
    // A second run finds nothing to do.
    const Run again = run(f.sandbox.cortexUpgradeScriptPath(), {QStringLiteral("--parameters"), parameters});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QLatin1String("already at 2024.9; nothing to do")));
}

void tst_SimTool::cortexScriptFailsOnAFullDisk()
{
    if (uw::test::runningUnderWine())
        QSKIP(uw::test::kWineHasNoPowerShell);
    Sandbox::Options options;
    options.faults = *Faults::parse({QStringLiteral("disk.full")});
    const Fixture f = makeSandbox(options);
    // The parameters file beside the script, configured as the vendor's guide says.
    QVERIFY(configureCortex(f.sandbox, f.sandbox.cortexParametersPath()));
    const Run failed = run(f.sandbox.cortexUpgradeScriptPath(), {});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(QLatin1String("Upgrade-Gateway.ps1 : "))
                 && failed.err.contains(QLatin1String("No space left on device")),
             qPrintable(failed.all()));
    QCOMPARE(readFile(f.sandbox.cortexGatewaySiteDir() + QStringLiteral("/version.txt")), QByteArray("2024.7\n"));
}

// A .ps1 is started through PowerShell: `pwsh -NoProfile -ExecutionPolicy Bypass -File
// Upgrade-Gateway.ps1`, the argument vector the playbook gives on a real site. The sandbox's
// stand-in takes it (the .cmd one on Windows, which has no PowerShell under Wine either).
void tst_SimTool::cortexScriptRunsThroughThePowershellStandIn()
{
    const Fixture f = makeSandbox();
    const QString parameters = f.dir->path() + QStringLiteral("/my-parameters.json");
    QVERIFY(configureCortex(f.sandbox, parameters));
    const QString script = f.sandbox.cortexUpgradeScriptPath();
    // The downloaded script is not signed: without Bypass PowerShell refuses it.
    const Run refused
        = run(f.sandbox.cortexPowershellPath(), {QStringLiteral("-NoProfile"), QStringLiteral("-File"), script});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("is not digitally signed")), qPrintable(refused.all()));
    QCOMPARE(readFile(f.sandbox.cortexGatewaySiteDir() + QStringLiteral("/version.txt")), QByteArray("2024.7\n"));
    // Another script is not simulated.
    const Run other = run(f.sandbox.cortexPowershellPath(),
                          {QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"), QStringLiteral("-File"),
                           f.dir->path() + QStringLiteral("/Other.ps1")});
    QCOMPARE(other.exitCode, 2);
    QVERIFY2(other.err.contains(QLatin1String("only the sandbox's Upgrade-Gateway.ps1 is simulated")),
             qPrintable(other.all()));
    const Run upgraded
        = run(f.sandbox.cortexPowershellPath(),
              {QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-ExecutionPolicy"),
               QStringLiteral("Bypass"), QStringLiteral("-File"), script, QStringLiteral("--parameters"), parameters});
    QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.all()));
    QVERIFY(upgraded.out.contains(QLatin1String("Cortex Gateway upgrade to 2024.9 complete.")));
    QCOMPARE(readFile(f.sandbox.cortexGatewaySiteDir() + QStringLiteral("/version.txt")), QByteArray("2024.9\n"));
}

void tst_SimTool::kaazingStartTranslatesAnOldNamespace()
{
    const Fixture f = makeSandbox();
    const QString oldHome = f.sandbox.kaazingHome(QStringLiteral("3.5"));
    const QString newHome = f.sandbox.kaazingHome(QStringLiteral("4.0"));
    // The migration procedure: copy the old configuration into the new GATEWAY_HOME, start.
    const QString config = newHome + QStringLiteral("/conf/gateway-config.xml");
    QVERIFY(QFile::remove(config));
    QVERIFY(QFile::copy(oldHome + QStringLiteral("/conf/gateway-config.xml"), config));
    const quint16 port = freePort();
    const GatewayRun started = runGateway(newHome, port);
    // As the real script, it stays in the foreground and accepts on its port.
    QVERIFY2(started.running && started.listening, qPrintable(started.all()));
    const QByteArray translated = readFile(config + QStringLiteral(".new"));
    QVERIFY(translated.contains("<gateway-config xmlns=\"http://xmlns.kaazing.org/2016/06/gateway\">"));
    QVERIFY(!translated.contains("xmlns.kaazing.com/2012/09/gateway"));
    QVERIFY(readFile(config).contains("http://xmlns.kaazing.com/2012/09/gateway"));
    const QByteArray log = readFile(newHome + QStringLiteral("/log/service.log"));
    QVERIFY2(log.contains("Starting KAAZING Gateway 4.0.9"), log.constData());
    QVERIFY(log.contains("out-of-date namespace http://xmlns.kaazing.com/2012/09/gateway"));
    QVERIFY(log.contains(QStringLiteral("ws://localhost:%1/echo").arg(port).toUtf8()));
    QVERIFY(log.contains("http://localhost:8001/"));

    // Then: replace the configuration with the translated one, start again: no translation.
    QVERIFY(QFile::remove(config));
    QVERIFY(QFile::rename(config + QStringLiteral(".new"), config));
    const GatewayRun again = runGateway(newHome, port);
    QVERIFY2(again.running && again.listening, qPrintable(again.all()));
    QVERIFY(!QFileInfo::exists(config + QStringLiteral(".new")));
    QCOMPARE(readFile(newHome + QStringLiteral("/log/service.log")).count("Starting KAAZING Gateway 4.0.9"), 2);
}

void tst_SimTool::kaazingStartLeavesACurrentConfiguration_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("release");
    QTest::newRow("3.4") << QStringLiteral("3.4") << QStringLiteral("3.4.1");
    QTest::newRow("3.5") << QStringLiteral("3.5") << QStringLiteral("3.5.11");
    QTest::newRow("4.0") << QStringLiteral("4.0") << QStringLiteral("4.0.9");
    QTest::newRow("4.0 copied elsewhere") << QStringLiteral("elsewhere") << QStringLiteral("4.0.9");
}

void tst_SimTool::kaazingStartLeavesACurrentConfiguration()
{
    QFETCH(QString, home);
    QFETCH(QString, release);
    const Fixture f = makeSandbox();
    QString dir = f.sandbox.kaazingHome(home);
    if (home == QLatin1String("elsewhere")) {
        // As an unpacked release: gateway.start finds its GATEWAY_HOME from where it is.
        dir = f.dir->path() + QStringLiteral("/opt/kaazing-gateway-4.0.9");
        QVERIFY(copyDir(f.sandbox.kaazingHome(QStringLiteral("4.0")), dir));
    }
    const GatewayRun started = runGateway(dir, freePort());
    QVERIFY2(started.running && started.listening, qPrintable(started.all()));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/conf/gateway-config.xml.new")));
    QVERIFY(
        readFile(dir + QStringLiteral("/log/service.log")).contains("Starting KAAZING Gateway " + release.toUtf8()));
    QVERIFY(started.out.contains(QLatin1String("Started server successfully")));
}

void tst_SimTool::kaazingStartFailsOnAFullDisk()
{
    Sandbox::Options options;
    options.faults = *Faults::parse({QStringLiteral("disk.full")});
    const Fixture f = makeSandbox(options);
    const Run failed = run(f.sandbox.kaazingHome(QStringLiteral("4.0")) + QStringLiteral("/bin/gateway.start"), {});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(QLatin1String("No space left on device")), qPrintable(failed.all()));
}

void tst_SimTool::kaazingGatewayRunsUntilStoppedAndFailsOnABusyPort()
{
    const Fixture f = makeSandbox();
    const QString home = f.sandbox.kaazingHome(QStringLiteral("3.5"));
    // The vendor's distribution has no stop script, and neither has the sandbox.
    QVERIFY(!QFileInfo::exists(home + QStringLiteral("/bin/") + Sandbox::wrapperName(QStringLiteral("gateway.stop"))));

    // Something (an old Gateway) holds the port: the new one cannot bind it and ends.
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    const GatewayRun failed = runGateway(home, busy.serverPort());
    QVERIFY2(!failed.running && failed.exitCode == 1, qPrintable(failed.all()));
    QVERIFY2(failed.err.contains(QStringLiteral("Error binding to localhost:%1").arg(busy.serverPort())),
             qPrintable(failed.all()));
    busy.close();

    // Left running, it ends by itself once its sandbox is gone (a class leaves none behind).
    QVERIFY(setGatewayPort(home, freePort()));
    QProcess gateway;
    const uw::ProcessLaunch launch = uw::ProcessLaunch::resolve(home + QStringLiteral("/bin/gateway.start"), {});
    gateway.start(launch.program, launch.args);
    QVERIFY(gateway.waitForStarted(10000));
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains("Started server successfully") && gateway.state() != QProcess::NotRunning
           && clock.elapsed() < 30000) {
        gateway.waitForReadyRead(200);
        out += gateway.readAllStandardOutput();
    }
    QVERIFY2(gateway.state() == QProcess::Running, out.constData());
    QVERIFY(QFile::remove(f.sandbox.root() + u'/' + QLatin1String(Sandbox::kManifestFileName)));
    QVERIFY2(gateway.waitForFinished(15000), "the simulated Gateway outlived its sandbox");
    QCOMPARE(gateway.exitCode(), 0);
}

void tst_SimTool::progressIsPacedUnlessSpeedIsZero()
{
    Sandbox::Options one;
    one.nodes = {QStringLiteral("gw1")};
    const Fixture f = makeSandbox(one);
    const QString tool = f.sandbox.posixBinDir(QStringLiteral("gw1"), Install::Old) + QStringLiteral("/nodemanager");
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run(tool, {QStringLiteral("-k")}, QStringLiteral("1")).exitCode, 0);
    QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
    timer.restart();
    // Twice as fast: half the pause.
    QCOMPARE(run(tool, {QStringLiteral("-d")}, QStringLiteral("2")).exitCode, 0);
    QVERIFY2(timer.elapsed() >= 180, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_SimTool)
#include "tst_simtool.moc"
