// The training sandbox on a real disk: the trees it lays out, opening it again, and the JARs
// and release archives it builds, read back with KArchive as a version check would.

#include "testfiles.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/simulator/sandbox.h"
#include "wizard/simulator/trainingenvironment.h"

#include <KTar>
#include <KZip>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace uw::sim;
using namespace uw::test;

class tst_Sandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void laysOutEveryTree_data();
    void laysOutEveryTree();
    void onlyTheFirstAdminNodeHoldsTheDomainKey();
    void oldSystemRunsNewSystemDoesNot();
    void generatesTheVendorsExampleTopology();
    void wrappersExecTheSimulatedTool_data();
    void wrappersExecTheSimulatedTool();
    void openReadsWhatCreateWroteAndChangesNothing();
    void openRefusesADirectoryThatIsNoSandbox();
    void createRefusesAForeignDirectory();
    void createLaysOutAnEarlierSandboxAfresh();
    void createRefusesBadOptions_data();
    void createRefusesBadOptions();
    void faultsReachTheToolsThroughTheirFile();
    void jarManifestIsReadableWithKZip_data();
    void jarManifestIsReadableWithKZip();
    void releaseArchivesHoldAKaazingHome_data();
    void releaseArchivesHoldAKaazingHome();
    void credentialsAreCheckedAgainstHashes();
    void singleNodeSandbox();
    void trainingNodesFollowTheTopologyParameter_data();
    void trainingNodesFollowTheTopologyParameter();

private:
    Sandbox::Options options() const;

    QTemporaryDir m_dir;
    Sandbox m_sandbox;
};

namespace {

// Every file with its size and content hash: what "nothing changed" means.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(path,
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex() + ' '
                             + QByteArray::number(QFileInfo(path).lastModified().toMSecsSinceEpoch()));
    }
    return files;
}

QString manifestVersion(const QByteArray &manifest)
{
    for (const QByteArray &line : manifest.split('\n')) {
        if (line.startsWith("Implementation-Version:"))
            return QString::fromUtf8(line.mid(qstrlen("Implementation-Version:")).trimmed());
    }
    return {};
}

} // namespace

Sandbox::Options tst_Sandbox::options() const
{
    Sandbox::Options options;
    options.toolPath = QStringLiteral(UW_SIMTOOL_PATH);
    return options;
}

void tst_Sandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto sandbox = Sandbox::create(m_dir.path() + QStringLiteral("/sandbox"), options());
    QVERIFY2(sandbox, qPrintable(sandbox ? QString() : sandbox.error()));
    m_sandbox = *sandbox;
}

void tst_Sandbox::laysOutEveryTree_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("executable");
    const auto row = [](const QString &path, bool executable = false) {
        QTest::newRow(qPrintable(path)) << path << executable;
    };
    for (const QString &node : Sandbox::defaultNodes()) {
        const QString old = QStringLiteral("axway/%1/Axway-7.5.1/apigateway/").arg(node);
        for (const QString &file :
             {QStringLiteral("conf/licenses/lic.lic"), QStringLiteral("conf/acl.json"),
              QStringLiteral("conf/adminUsers.json"), QStringLiteral("conf/envSettings.props"),
              QStringLiteral("conf/jvm.xml"), QStringLiteral("groups/topology.json"),
              QStringLiteral("system/conf/jvm.xml"), QStringLiteral("system/conf/redaction.xml"),
              QStringLiteral("system/lib/vordel-core.jar"), QStringLiteral("ext/lib/json-path-2.4.0.jar")})
            row(old + file);
        row(old + QStringLiteral("posix/bin/managedomain"), true);
        row(old + QStringLiteral("posix/bin/kpsadmin"), true);
        row(old + QStringLiteral("posix/bin/nodemanager"), true);
        row(old + QStringLiteral("posix/bin/startinstance"), true);
        const QString fresh = QStringLiteral("axway/%1/Axway-7.7/apigateway/").arg(node);
        row(fresh + QStringLiteral("upgrade/bin/sysupgrade"), true);
        row(fresh + QStringLiteral("upgrade/lib"));
        row(fresh + QStringLiteral("posix/bin/managedomain"), true);
        row(fresh + QStringLiteral("posix/bin/kpsadmin"), true);
        row(fresh + QStringLiteral("conf/licenses/lic.lic"));
        row(fresh + QStringLiteral("system/lib/vordel-core.jar"));
    }
    // The vendor's example topology: Gateway1 on NodeA, Gateway2 and Gateway3 on NodeB,
    // Gateway4 on NodeC.
    for (const QString &instance : {QStringLiteral("NodeA/Axway-7.5.1/apigateway/groups/group-2/instance-1"),
                                    QStringLiteral("NodeB/Axway-7.5.1/apigateway/groups/group-2/instance-2"),
                                    QStringLiteral("NodeB/Axway-7.5.1/apigateway/groups/group-3/instance-3"),
                                    QStringLiteral("NodeC/Axway-7.5.1/apigateway/groups/group-3/instance-4")}) {
        row(QStringLiteral("axway/%1/conf/service.xml").arg(instance));
        row(QStringLiteral("axway/%1/conf/jvm.xml").arg(instance));
        row(QStringLiteral("axway/%1/conf/kps").arg(instance));
    }
    row(QStringLiteral("axway/state.json"));
    for (const QString &series : {QStringLiteral("3.4"), QStringLiteral("3.5"), QStringLiteral("4.0")}) {
        const QString home = QStringLiteral("kaazing/%1/").arg(series);
        for (const QString &file :
             {QStringLiteral("conf/gateway-config.xml"), QStringLiteral("conf/log4j-config.xml"),
              QStringLiteral("conf/jaas-config.xml"), QStringLiteral("README.txt"), QStringLiteral("log")})
            row(home + file);
        // No stop script: the vendor's distribution has none (checked in tst_simtool).
        row(home + QStringLiteral("bin/gateway.start"), true);
    }
    row(QStringLiteral("kaazing/3.4/lib/gateway.server-3.4.1.jar"));
    row(QStringLiteral("kaazing/3.5/lib/gateway.server-3.5.11.jar"));
    row(QStringLiteral("kaazing/4.0/lib/gateway.server-4.0.9.jar"));
    for (const QString &release : {QStringLiteral("4.0.9"), QStringLiteral("3.5.12")}) {
        row(QStringLiteral("kaazing/releases/kaazing-gateway-%1.tar.gz").arg(release));
        row(QStringLiteral("kaazing/releases/kaazing-gateway-%1.zip").arg(release));
    }
    row(QStringLiteral("cortex/webapp/Cortex.Gateway/web.config"));
    row(QStringLiteral("cortex/webapp/Cortex.Gateway/version.txt"));
    row(QStringLiteral("cortex/webapp/Cortex.Upgrade.Gateway/Cortex.Innovation.Install.Gateway.Parameters.json"));
    row(QStringLiteral("cortex/webapp/Cortex.Upgrade.Gateway/Upgrade-Gateway.ps1"), true);
    row(QStringLiteral("cortex/flowdebugger/web.config"));
    row(QStringLiteral("cortex/flowdebugger/version.txt"));
    row(QStringLiteral("sandbox.json"));
    row(QStringLiteral("faults.json"));
}

void tst_Sandbox::laysOutEveryTree()
{
    QFETCH(QString, path);
    QFETCH(bool, executable);
    if (executable) // on Windows a tool is a .cmd beside the name the playbooks use
        path = QFileInfo(path).path() + u'/' + Sandbox::wrapperName(QFileInfo(path).fileName());
    const QFileInfo info(m_sandbox.root() + u'/' + path);
    QVERIFY2(info.exists(), qPrintable(info.filePath()));
#ifndef Q_OS_WIN
    QCOMPARE(info.isExecutable(), executable || info.isDir());
#else
    Q_UNUSED(executable);
#endif
}

void tst_Sandbox::onlyTheFirstAdminNodeHoldsTheDomainKey()
{
    QCOMPARE(m_sandbox.firstAdminNode(), QStringLiteral("NodeA"));
    for (const QString &node : m_sandbox.nodes()) {
        const QString key
            = m_sandbox.apigatewayDir(node, Install::Old) + QStringLiteral("/groups/certs/private/domain.p12");
        QCOMPARE(QFileInfo::exists(key), node == QLatin1String("NodeA"));
        QVERIFY(!QFileInfo::exists(m_sandbox.apigatewayDir(node, Install::New) + QStringLiteral("/groups")));
    }
}

void tst_Sandbox::oldSystemRunsNewSystemDoesNot()
{
    QCOMPARE(m_sandbox.runningServices(QStringLiteral("NodeA"), Install::Old),
             (QStringList{QStringLiteral("instance-1"), QStringLiteral("nodemanager-1")}));
    QCOMPARE(
        m_sandbox.runningServices(QStringLiteral("NodeB"), Install::Old),
        (QStringList{QStringLiteral("instance-2"), QStringLiteral("instance-3"), QStringLiteral("nodemanager-2")}));
    for (const QString &node : m_sandbox.nodes())
        QVERIFY(m_sandbox.runningServices(node, Install::New).isEmpty());
    QVERIFY(QFileInfo::exists(m_sandbox.runDir(QStringLiteral("NodeC"), Install::Old)
                              + QStringLiteral("/nodemanager-3.running")));
}

void tst_Sandbox::generatesTheVendorsExampleTopology()
{
    const auto topology = Topology::read(m_sandbox.apigatewayDir(QStringLiteral("NodeB"), Install::Old)
                                         + QStringLiteral("/groups/topology.json"));
    QVERIFY2(topology, qPrintable(topology ? QString() : topology.error()));
    QCOMPARE(topology->productVersion, QStringLiteral("7.5.1"));
    QCOMPARE(topology->hosts.size(), 3);
    QCOMPARE(topology->hostId(QStringLiteral("NodeC")), QStringLiteral("host-3"));
    QVERIFY(topology->hostId(QStringLiteral("XXX")).isEmpty());
    QCOMPARE(topology->groups.size(), 3);
    const TopologyGroup *group1 = topology->groupByName(QStringLiteral("Group1"));
    QVERIFY(group1);
    QCOMPARE(group1->id, QStringLiteral("group-2"));
    QCOMPARE(group1->services.size(), 2);
    QCOMPARE(topology->hostName(group1->services[0].hostId), QStringLiteral("NodeA"));
    QCOMPARE(topology->hostName(group1->services[1].hostId), QStringLiteral("NodeB"));
    const TopologyGroup *group2 = topology->groupByName(QStringLiteral("Group2"));
    QVERIFY(group2);
    QCOMPARE(group2->services[0].name, QStringLiteral("Gateway3"));
    QCOMPARE(topology->hostName(group2->services[1].hostId), QStringLiteral("NodeC"));
    const QList<TopologyService> onA = topology->servicesOn(QStringLiteral("NodeA"));
    QCOMPARE(onA.size(), 2);
    QVERIFY(onA[0].adminNodeManager);
    QCOMPARE(onA[1].name, QStringLiteral("Gateway1"));
    // What toJson writes, read reads back.
    QCOMPARE(QJsonDocument(topology->toJson()).toJson(),
             QJsonDocument(Topology::generate(Sandbox::defaultNodes(), QStringLiteral("7.5.1")).toJson()).toJson());
}

void tst_Sandbox::wrappersExecTheSimulatedTool_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sysupgrade") << QStringLiteral("axway/NodeB/Axway-7.7/apigateway/upgrade/bin/sysupgrade")
                                << QStringLiteral("sysupgrade --sandbox \"ROOT\" --node NodeB \"$@\"");
    QTest::newRow("old managedomain") << QStringLiteral("axway/NodeA/Axway-7.5.1/apigateway/posix/bin/managedomain")
                                      << QStringLiteral("managedomain --sandbox \"ROOT\" --node NodeA --install 7.5.1 "
                                                        "\"$@\"");
    QTest::newRow("new kpsadmin") << QStringLiteral("axway/NodeC/Axway-7.7/apigateway/posix/bin/kpsadmin")
                                  << QStringLiteral("kpsadmin --sandbox \"ROOT\" --node NodeC --install 7.7 \"$@\"");
    QTest::newRow("gateway.start") << QStringLiteral("kaazing/4.0/bin/gateway.start")
                                   << QStringLiteral("gateway.start --sandbox \"ROOT\" --home \"$(cd \"$(dirname "
                                                     "\"$0\")/..\" && pwd)\" \"$@\"");
    QTest::newRow("cortex") << QStringLiteral("cortex/webapp/Cortex.Upgrade.Gateway/Upgrade-Gateway.ps1")
                            << QStringLiteral("cortex-upgrade-gateway --sandbox \"ROOT\" \"$@\"");
    QTest::newRow("powershell stand-in") << QStringLiteral("cortex/bin/pwsh")
                                         << QStringLiteral("powershell --sandbox \"ROOT\" \"$@\"");
}

void tst_Sandbox::wrappersExecTheSimulatedTool()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
#ifdef Q_OS_WIN
    // A .cmd (a .ps1 for the PowerShell script) that hands over to uw-simtool with the tool's
    // name and the sandbox; tst_simtool runs them.
    const QString wrapper = QFileInfo(path).path() + u'/' + Sandbox::wrapperName(QFileInfo(path).fileName());
    const QString text = QString::fromUtf8(readFile(m_sandbox.root() + u'/' + wrapper));
    QVERIFY2(text.contains(QDir::toNativeSeparators(QStringLiteral(UW_SIMTOOL_PATH))), qPrintable(text));
    const QString tool = expected.section(u' ', 0, 0);
    QVERIFY2(text.contains(tool + QStringLiteral(" --sandbox"))
                 || text.contains(u'\'' + tool + QStringLiteral("' '--sandbox'")),
             qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(m_sandbox.root())), qPrintable(text));
    return;
#endif
    const QString script = QString::fromUtf8(readFile(m_sandbox.root() + u'/' + path));
    QVERIFY2(script.startsWith(QLatin1String("#!/bin/sh\n")), qPrintable(script));
    const QString exec = QStringLiteral("exec \"%1\" ").arg(QStringLiteral(UW_SIMTOOL_PATH))
        + QString(expected).replace(QLatin1String("ROOT"), m_sandbox.root());
    QVERIFY2(script.contains(exec + u'\n'), qPrintable(script + QStringLiteral("\nexpected: ") + exec));
}

void tst_Sandbox::openReadsWhatCreateWroteAndChangesNothing()
{
    const auto before = snapshot(m_sandbox.root());
    for (int i = 0; i < 2; ++i) {
        const auto opened = Sandbox::open(m_sandbox.root() + QStringLiteral("/"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        QCOMPARE(opened->root(), m_sandbox.root());
        QCOMPARE(opened->nodes(), Sandbox::defaultNodes());
        QCOMPARE(opened->toolPath(), QFileInfo(QStringLiteral(UW_SIMTOOL_PATH)).absoluteFilePath());
        QCOMPARE(opened->adminUser(), QStringLiteral("admin"));
        QCOMPARE(opened->firstAdminNode(), QStringLiteral("NodeA"));
        QVERIFY(!opened->externalDatabase());
        QVERIFY(!opened->domainKeyProtected());
        QVERIFY(opened->faults().isEmpty());
    }
    QCOMPARE(snapshot(m_sandbox.root()), before);
}

void tst_Sandbox::openRefusesADirectoryThatIsNoSandbox()
{
    const auto opened = Sandbox::open(m_dir.path());
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QLatin1String("is not a training sandbox")), qPrintable(opened.error()));

    QTemporaryDir damaged;
    QFile manifest(damaged.path() + QStringLiteral("/sandbox.json"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write("{\"format\": 99, \"nodes\": [\"NodeA\"]}");
    manifest.close();
    const auto future = Sandbox::open(damaged.path());
    QVERIFY(!future);
    QVERIFY2(future.error().contains(QLatin1String("format 99")), qPrintable(future.error()));
}

void tst_Sandbox::createRefusesAForeignDirectory()
{
    QTemporaryDir foreign;
    QFile precious(foreign.path() + QStringLiteral("/precious.txt"));
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.write("keep me");
    precious.close();
    const auto created = Sandbox::create(foreign.path(), options());
    QVERIFY(!created);
    QVERIFY2(created.error().contains(QLatin1String("neither empty nor a sandbox")), qPrintable(created.error()));
    QCOMPARE(readFile(precious.fileName()), QByteArray("keep me"));
}

void tst_Sandbox::createLaysOutAnEarlierSandboxAfresh()
{
    QTemporaryDir dir;
    auto first = Sandbox::create(dir.path(), options());
    QVERIFY(first);
    // A trainee's work: a stopped node and a stray file.
    QVERIFY(first->setRunning(QStringLiteral("NodeB"), Install::Old, false));
    const QString stray = first->apigatewayDir(QStringLiteral("NodeA"), Install::New) + QStringLiteral("/stray.txt");
    QFile file(stray);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    Sandbox::Options two = options();
    two.nodes = {QStringLiteral("gw1"), QStringLiteral("gw2")};
    auto second = Sandbox::create(dir.path(), two);
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QVERIFY(!QFileInfo::exists(stray));
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/axway/NodeA")));
    QCOMPARE(Sandbox::open(dir.path())->nodes(), two.nodes);
    QCOMPARE(second->runningServices(QStringLiteral("gw2"), Install::Old).size(), 2);
}

void tst_Sandbox::createRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QString>("toolPath");
    QTest::addColumn<QString>("error");
    const QString tool = QStringLiteral(UW_SIMTOOL_PATH);
    QTest::newRow("no nodes") << QStringList() << tool << QStringLiteral("at least one node");
    QTest::newRow("twice") << QStringList{QStringLiteral("A"), QStringLiteral("A")} << tool
                           << QStringLiteral("named twice");
    QTest::newRow("slash") << QStringList{QStringLiteral("a/b")} << tool << QStringLiteral("not a usable node name");
    QTest::newRow("no tool") << Sandbox::defaultNodes() << QStringLiteral("/nonexistent/uw-simtool")
                             << QStringLiteral("missing or not executable");
}

void tst_Sandbox::createRefusesBadOptions()
{
    QFETCH(QStringList, nodes);
    QFETCH(QString, toolPath);
    QFETCH(QString, error);
    QTemporaryDir dir;
    Sandbox::Options bad = options();
    bad.nodes = nodes;
    bad.toolPath = toolPath;
    const auto created = Sandbox::create(dir.path(), bad);
    QVERIFY(!created);
    QVERIFY2(created.error().contains(error), qPrintable(created.error()));
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/sandbox.json")));
}

void tst_Sandbox::faultsReachTheToolsThroughTheirFile()
{
    QTemporaryDir dir;
    Sandbox::Options withFault = options();
    withFault.faults = *Faults::parse({QStringLiteral("disk.full")});
    auto sandbox = Sandbox::create(dir.path(), withFault);
    QVERIFY(sandbox);
    QCOMPARE(Sandbox::open(dir.path())->faults().items(), QStringList{QStringLiteral("disk.full=on")});
    QVERIFY(sandbox->setFaults(*Faults::parse({QStringLiteral("sysupgrade.upgrade=license")})));
    const QJsonObject json = QJsonDocument::fromJson(readFile(dir.path() + QStringLiteral("/faults.json"))).object();
    QCOMPARE(json.value(QStringLiteral("sysupgrade.upgrade")).toString(), QStringLiteral("license"));
    QCOMPARE(sandbox->faults().items(), QStringList{QStringLiteral("sysupgrade.upgrade=license")});
}

void tst_Sandbox::jarManifestIsReadableWithKZip_data()
{
    QTest::addColumn<QString>("jar");
    QTest::addColumn<QString>("version");
    QTest::newRow("3.5") << QStringLiteral("kaazing/3.5/lib/gateway.server-3.5.11.jar") << QStringLiteral("3.5.11");
    QTest::newRow("4.0") << QStringLiteral("kaazing/4.0/lib/gateway.server-4.0.9.jar") << QStringLiteral("4.0.9");
    QTest::newRow("ext/lib") << QStringLiteral("axway/NodeA/Axway-7.5.1/apigateway/ext/lib/json-path-2.4.0.jar")
                             << QStringLiteral("2.4.0");
}

void tst_Sandbox::jarManifestIsReadableWithKZip()
{
    QFETCH(QString, jar);
    QFETCH(QString, version);
    KZip zip(m_sandbox.root() + u'/' + jar);
    QVERIFY2(zip.open(QIODevice::ReadOnly), qPrintable(zip.errorString()));
    const KArchiveEntry *entry = zip.directory()->entry(QStringLiteral("META-INF/MANIFEST.MF"));
    QVERIFY(entry && entry->isFile());
    const QByteArray manifest = static_cast<const KArchiveFile *>(entry)->data();
    QVERIFY(manifest.startsWith("Manifest-Version: 1.0\r\n"));
    QCOMPARE(manifestVersion(manifest), version);
    QCOMPARE(*Sandbox::jarImplementationVersion(m_sandbox.root() + u'/' + jar), version);
}

void tst_Sandbox::releaseArchivesHoldAKaazingHome_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("xmlns");
    const QString current = QStringLiteral("http://xmlns.kaazing.org/2016/06/gateway");
    const QString of35 = QStringLiteral("http://xmlns.kaazing.com/2012/09/gateway");
    QTest::newRow("4.0.9 tar.gz") << QStringLiteral(".tar.gz") << QStringLiteral("4.0.9") << current;
    QTest::newRow("4.0.9 zip") << QStringLiteral(".zip") << QStringLiteral("4.0.9") << current;
    // The 3.5 patch, for the 3.5.x -> 3.5.y and 3.3/3.4 -> 3.5 paths.
    QTest::newRow("3.5.12 tar.gz") << QStringLiteral(".tar.gz") << QStringLiteral("3.5.12") << of35;
    QTest::newRow("3.5.12 zip") << QStringLiteral(".zip") << QStringLiteral("3.5.12") << of35;
}

void tst_Sandbox::releaseArchivesHoldAKaazingHome()
{
    QFETCH(QString, suffix);
    QFETCH(QString, release);
    QFETCH(QString, xmlns);
    const QString path = m_sandbox.kaazingReleasesDir() + QStringLiteral("/kaazing-gateway-") + release + suffix;
    std::unique_ptr<KArchive> archive;
    if (suffix == QLatin1String(".zip"))
        archive = std::make_unique<KZip>(path);
    else
        archive = std::make_unique<KTar>(path, QStringLiteral("application/x-gzip"));
    QVERIFY2(archive->open(QIODevice::ReadOnly), qPrintable(archive->errorString()));
    const KArchiveDirectory *root = archive->directory();
    QCOMPARE(root->entries(), QStringList{QStringLiteral("kaazing-gateway-") + release});
    const auto file = [&](const QString &name) {
        const KArchiveEntry *entry = root->entry(QStringLiteral("kaazing-gateway-%1/").arg(release) + name);
        return entry && entry->isFile() ? static_cast<const KArchiveFile *>(entry) : nullptr;
    };
    const KArchiveFile *config = file(QStringLiteral("conf/gateway-config.xml"));
    QVERIFY(config);
    QVERIFY(config->data().contains(QStringLiteral("xmlns=\"%1\"").arg(xmlns).toUtf8()));
    QVERIFY(file(QStringLiteral("README.txt"))->data().contains("Version: " + release.toUtf8()));
    const KArchiveFile *start = file(QStringLiteral("bin/") + Sandbox::wrapperName(QStringLiteral("gateway.start")));
    QVERIFY(start);
#ifndef Q_OS_WIN
    QCOMPARE(start->permissions() & 0777, 0755);
#endif
    // The JAR inside the archive is itself a readable JAR.
    const KArchiveFile *jar = file(QStringLiteral("lib/gateway.server-%1.jar").arg(release));
    QVERIFY(jar);
    QByteArray bytes = jar->data();
    QBuffer buffer(&bytes);
    KZip inner(&buffer);
    QVERIFY(inner.open(QIODevice::ReadOnly));
    const KArchiveEntry *manifest = inner.directory()->entry(QStringLiteral("META-INF/MANIFEST.MF"));
    QVERIFY(manifest && manifest->isFile());
    QCOMPARE(manifestVersion(static_cast<const KArchiveFile *>(manifest)->data()), release);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".part")));
}

void tst_Sandbox::credentialsAreCheckedAgainstHashes()
{
    const QString node = QStringLiteral("NodeA");
    QVERIFY(m_sandbox.checkAdminCredentials(node, Install::Old, QStringLiteral("admin"), QStringLiteral("changeme")));
    QVERIFY(m_sandbox.checkAdminCredentials(node, Install::New, QStringLiteral("admin"), QStringLiteral("changeme")));
    QVERIFY(!m_sandbox.checkAdminCredentials(node, Install::Old, QStringLiteral("admin"), QStringLiteral("wrong")));
    QVERIFY(!m_sandbox.checkAdminCredentials(node, Install::Old, QStringLiteral("root"), QStringLiteral("changeme")));
    // No password is written in clear anywhere in the sandbox.
    QTemporaryDir dir;
    Sandbox::Options secret = options();
    secret.adminPassword = QStringLiteral("Sup3r-Secret-Admin");
    secret.domainPassphrase = QStringLiteral("Sup3r-Secret-Domain");
    auto sandbox = Sandbox::create(dir.path(), secret);
    QVERIFY(sandbox);
    QVERIFY(sandbox->domainKeyProtected());
    QVERIFY(sandbox->checkDomainPassphrase(QStringLiteral("Sup3r-Secret-Domain")));
    QVERIFY(!sandbox->checkDomainPassphrase(QStringLiteral("guess")));
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray data = readFile(it.next());
        QVERIFY2(!data.contains("Sup3r-Secret"), qPrintable(it.filePath()));
    }
}

void tst_Sandbox::singleNodeSandbox()
{
    QTemporaryDir dir;
    Sandbox::Options one = options();
    one.nodes = {QStringLiteral("gateway01")};
    auto sandbox = Sandbox::create(dir.path(), one);
    QVERIFY(sandbox);
    const auto topology = Topology::read(sandbox->apigatewayDir(QStringLiteral("gateway01"), Install::Old)
                                         + QStringLiteral("/groups/topology.json"));
    QVERIFY(topology);
    QCOMPARE(topology->hosts.size(), 1);
    QCOMPARE(topology->groups.size(), 2);
    QCOMPARE(topology->groups[1].services.size(), 1);
    QVERIFY(QFileInfo::exists(sandbox->apigatewayDir(QStringLiteral("gateway01"), Install::Old)
                              + QStringLiteral("/groups/certs/private/domain.p12")));
}

void tst_Sandbox::trainingNodesFollowTheTopologyParameter_data()
{
    QTest::addColumn<QString>("playbook");
    QTest::addColumn<QString>("topology"); // as given; empty: not given
    QTest::addColumn<QStringList>("nodes"); // empty: the seed's three

    const QStringList one{Sandbox::defaultNodes().first()};
    QTest::newRow("axway, its default (multi)") << QStringLiteral("axway-upgrade") << QString() << QStringList();
    QTest::newRow("axway, single chosen") << QStringLiteral("axway-upgrade") << QStringLiteral("single") << one;
    QTest::newRow("axway, multi chosen") << QStringLiteral("axway-upgrade") << QStringLiteral("multi") << QStringList();
    QTest::newRow("sample, its default (single)") << QStringLiteral("sample-local") << QString() << one;
    QTest::newRow("sample, multi chosen") << QStringLiteral("sample-local") << QStringLiteral("multi") << QStringList();
    QTest::newRow("cortex, no topology parameter") << QStringLiteral("cortex-upgrade") << QString() << QStringList();
    // A value for a parameter the playbook lacks is refused when the run starts; it shapes nothing.
    QTest::newRow("cortex, single given all the same")
        << QStringLiteral("cortex-upgrade") << QStringLiteral("single") << QStringList();
}

void tst_Sandbox::trainingNodesFollowTheTopologyParameter()
{
    QFETCH(QString, playbook);
    QFETCH(QString, topology);
    QFETCH(QStringList, nodes);
    const auto loaded = uw::loadPlaybook(playbook);
    QVERIFY(loaded);
    QCOMPARE(TrainingEnvironment::nodesFor(*loaded, topology), nodes);
}

QTEST_GUILESS_MAIN(tst_Sandbox)
#include "tst_sandbox.moc"
