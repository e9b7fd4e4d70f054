#include "servedenvironment.h"

#include "wizard/support/ondemand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QUrl>

namespace uw::sim {

namespace {

// sysupgrade keeps every node's progress in its state file: the node names whose status is
// "system upgrade complete".
QStringList appliedNodes(const QString &statePath)
{
    QFile file(statePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject nodes = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("nodes")).toObject();
    QStringList applied;
    for (auto it = nodes.begin(); it != nodes.end(); ++it)
        if (it.value().toObject().value(QLatin1String("status")).toString() == u"system upgrade complete")
            applied << it.key();
    return applied;
}

// The Admin Node Manager reports 7.7 once the first Admin Node Manager has applied, as the real
// one does after `sysupgrade apply`.
QString axwayVersionFrom(const QString &statePath, const QString &firstAdminNode)
{
    return Sandbox::versionOf(appliedNodes(statePath).contains(firstAdminNode) ? Install::New : Install::Old);
}

// The domain the Admin Node Manager knows: the old one, every node, until the first Admin Node
// Manager runs 7.7; from then on the new one, which has only the nodes that have applied and
// registered with it, so that verifying the topology finds a node that was not upgraded.
QStringList axwayNodesFrom(const QString &statePath, const QString &firstAdminNode, const QStringList &nodes)
{
    const QStringList applied = appliedNodes(statePath);
    if (!applied.contains(firstAdminNode))
        return nodes;
    QStringList present;
    for (const QString &node : nodes)
        if (applied.contains(node))
            present << node;
    return present;
}

} // namespace

ServedEnvironment::ServedEnvironment(Sandbox sandbox, std::unique_ptr<HttpServices> services)
    : m_sandbox(std::move(sandbox))
    , m_services(std::move(services))
{
    m_services->setParent(this);
}

std::expected<std::unique_ptr<TrainingEnvironment>, QString> ServedEnvironment::start(const Options &options)
{
    Sandbox::Options sandboxOptions;
    sandboxOptions.faults = options.faults;
    sandboxOptions.toolPath = options.toolPath;
    if (!options.nodes.isEmpty())
        sandboxOptions.nodes = options.nodes;
    const bool reuse = options.reuse && QFile::exists(options.root + u'/' + QLatin1String(Sandbox::kManifestFileName));
    auto sandbox = reuse ? Sandbox::open(options.root) : Sandbox::create(options.root, sandboxOptions);
    if (!sandbox)
        return std::unexpected(QStringLiteral("the training sandbox: %1").arg(sandbox.error()));

    HttpServices::Options serviceOptions;
    // empty or "localhost": loopback
    serviceOptions.address = options.address.isEmpty() || options.address == u"localhost"
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(options.address);
    serviceOptions.basePort = options.basePort;
    serviceOptions.faults = reuse ? sandbox->faults() : options.faults;
    serviceOptions.nodes = sandbox->nodes();
    serviceOptions.adminUser = sandbox->adminUser();
    serviceOptions.certDir = options.root + QStringLiteral("/certs");
    serviceOptions.axwayVersionSource = [statePath = sandbox->statePath(), first = sandbox->firstAdminNode()] {
        return axwayVersionFrom(statePath, first);
    };
    serviceOptions.axwayNodesSource
        = [statePath = sandbox->statePath(), first = sandbox->firstAdminNode(), nodes = sandbox->nodes()] {
              return axwayNodesFrom(statePath, first, nodes);
          };
    auto services = std::make_unique<HttpServices>(serviceOptions);
    if (auto started = services->start(); !started)
        return std::unexpected(QStringLiteral("the training services: %1").arg(started.error()));

    std::unique_ptr<ServedEnvironment> environment(new ServedEnvironment(std::move(*sandbox), std::move(services)));
    if (auto cassandra = environment->startCassandra(); !cassandra)
        return std::unexpected(QStringLiteral("the training Cassandra cluster: %1").arg(cassandra.error()));
    environment->keepPackageState(reuse);
    if (auto reserved = environment->reserveKaazingPort(serviceOptions.faults); !reserved)
        return std::unexpected(QStringLiteral("the KAAZING Gateway's port: %1").arg(reserved.error()));
    return environment;
}

// A port that accepts connections, as a Cassandra node's native protocol port does. With the
// fault "cassandra.port=closed" (the firewall the checklist asks to open) nothing listens: the
// port is taken and given back, so it is closed but known. On loopback whatever address the
// services listen on: the parameters name the nodes' Cassandra as 127.0.0.1, and the checks run
// on this machine.
std::expected<void, QString> ServedEnvironment::startCassandra()
{
    const bool closed = m_sandbox.faults().mode(QStringLiteral("cassandra.port")) == QLatin1String("closed");
    const QHostAddress host(QHostAddress::LocalHost);
    for (qsizetype i = 0; i < m_sandbox.nodes().size(); ++i) {
        auto *server = new QTcpServer(this);
        if (!server->listen(host, 0))
            return std::unexpected(
                QStringLiteral("cannot listen on %1: %2").arg(host.toString(), server->errorString()));
        m_cassandraPorts.append(server->serverPort());
        // Connections are accepted and left to the client to close: the checks only ask whether
        // the port is open.
        connect(server, &QTcpServer::newConnection, server, [server] {
            while (QTcpSocket *socket = server->nextPendingConnection())
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
        if (closed)
            delete server;
        else
            m_cassandra.append(server);
    }
    return {};
}

// The real Cortex keeps its packages' state; the simulator keeps it in the sandbox, so that a
// resumed session finds the packages as the stopped one left them.
void ServedEnvironment::keepPackageState(bool restore)
{
    const QString path = m_sandbox.root() + QStringLiteral("/cortex/packages-state.json");
    if (restore) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_services->restorePackageState(QJsonDocument::fromJson(file.readAll()).object());
    }
    connect(m_services.get(), &HttpServices::requestServed, this,
            [this, path](const QString &service, const QString &method) {
                if (service != u"cortex" || method == u"GET")
                    return;
                QSaveFile file(path);
                const QByteArray json = QJsonDocument(m_services->packageState()).toJson(QJsonDocument::Compact);
                if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size())
                    file.commit();
            });
}

// The new KAAZING Gateway's port: a free one, since 8000 may be taken on a trainee's laptop.
// With the kaazing.port fault the environment keeps listening on it, as an old Gateway that
// did not stop would: the procedure's port check must then fail.
std::expected<void, QString> ServedEnvironment::reserveKaazingPort(const Faults &faults)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, 0))
        return std::unexpected(server->errorString());
    m_kaazingPort = server->serverPort();
    if (!faults.isOn(QStringLiteral("kaazing.port")))
        delete server;
    return {};
}

// The first Admin Node Manager's name, as the topology spells it; with the anm_host fault the
// mistake a site makes instead: another node of the domain, or the first one by its fully
// qualified name, which the topology does not know.
QString ServedEnvironment::anmHost() const
{
    const QString first = m_sandbox.firstAdminNode();
    const QString mode = m_sandbox.faults().mode(QStringLiteral("anm_host"));
    if (mode == u"not-first" && m_sandbox.nodes().size() > 1)
        return m_sandbox.nodes().value(m_sandbox.nodes().indexOf(first) == 0 ? 1 : 0);
    if (!mode.isEmpty())
        return first.toLower() + QStringLiteral(".example.com");
    return first;
}

ParameterValues ServedEnvironment::parameters() const
{
    const QString first = m_sandbox.firstAdminNode();
    QJsonArray nodes;
    for (const QString &node : m_sandbox.nodes()) {
        nodes.append(QJsonObject{{QStringLiteral("name"), node},
                                 {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("role"), node == first ? QStringLiteral("anm") : QStringLiteral("nm")},
                                 {QStringLiteral("first"), node == first},
                                 {QStringLiteral("old_dir"), m_sandbox.apigatewayDir(node, Install::Old)},
                                 {QStringLiteral("new_dir"), m_sandbox.apigatewayDir(node, Install::New)},
                                 {QStringLiteral("initd_dir"), m_sandbox.initdDir(node)},
                                 {QStringLiteral("remote"), false}});
    }
    // The external Cassandra cluster (Cassandra1 on the first node is the seed) and the gateway
    // instances of the domain, with their groups.
    QJsonArray cassandra;
    for (qsizetype i = 0; i < m_cassandraPorts.size(); ++i)
        cassandra.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Cassandra%1").arg(i + 1)},
                                     {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                     {QStringLiteral("role"), i == 0 ? QStringLiteral("seed") : QStringLiteral("node")},
                                     {QStringLiteral("port"), int(m_cassandraPorts[i])}});
    // Every group keeps KPS data: its first instance is the one kpsadmin works through.
    QJsonArray instances;
    const Topology topology = Topology::generate(m_sandbox.nodes(), Sandbox::versionOf(Install::Old));
    for (const TopologyGroup &group : topology.groups) {
        bool firstOfGroup = true;
        for (const TopologyService &service : group.services) {
            if (service.type != QLatin1String("gateway"))
                continue;
            const QString node = topology.hostName(service.hostId);
            instances.append(QJsonObject{{QStringLiteral("name"), service.name},
                                         {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                         {QStringLiteral("role"), QStringLiteral("gateway")},
                                         {QStringLiteral("group"), group.name},
                                         {QStringLiteral("node"), node},
                                         {QStringLiteral("old_dir"), m_sandbox.apigatewayDir(node, Install::Old)},
                                         {QStringLiteral("new_dir"), m_sandbox.apigatewayDir(node, Install::New)},
                                         {QStringLiteral("remote"), false},
                                         {QStringLiteral("kps"), firstOfGroup}});
            firstOfGroup = false;
        }
    }
    const QString pin = QString::fromLatin1(m_services->serverCertificateSha256());
    ParameterValues values{
        {QStringLiteral("training_root"), m_sandbox.root()},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("anm_host"), anmHost()},
        {QStringLiteral("admin_user"), m_sandbox.adminUser()},
        {QStringLiteral("admin_password"), QStringLiteral("changeme")},
        {QStringLiteral("anm_url"), m_services->url(QStringLiteral("anm"))},
        {QStringLiteral("apimanager_url"), m_services->url(QStringLiteral("apimanager"))},
        {QStringLiteral("cortex_url"), m_services->url(QStringLiteral("cortex"))},
        {QStringLiteral("sf_url"), m_services->url(QStringLiteral("servicefabric"))},
        {QStringLiteral("kaazing_url"), m_services->url(QStringLiteral("kaazing"))},
        {QStringLiteral("tls_pin"), pin},
        {QStringLiteral("sf_client_cert"), m_services->clientCertificatePath()},
        {QStringLiteral("sf_client_key"), m_services->clientKeyPath()},
        {QStringLiteral("kaazing_old_home"), m_sandbox.kaazingHome(QStringLiteral("3.5"))},
        {QStringLiteral("kaazing_release"),
         m_sandbox.kaazingReleasesDir()
             + QStringLiteral("/kaazing-gateway-%1.tar.gz").arg(Sandbox::kaazingRelease(QStringLiteral("4.0")))},
        {QStringLiteral("cortex_script_dir"), m_sandbox.cortexUpgradeScriptDir()},
        {QStringLiteral("cortex_site_dir"), m_sandbox.cortexGatewaySiteDir()},
        {QStringLiteral("cassandra_hosts"), cassandra},
        {QStringLiteral("cass_host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("instances"), instances},
        // The sandbox has these components in use, so that a class practises their steps.
        {QStringLiteral("services_initd"), true},
        {QStringLiteral("quickstart"), true},
        {QStringLiteral("sso"), true},
    };
    appendCortexParameters(values);
    // kaazing-upgrade: the release is unpacked beside the 3.5 home, into a folder of its own.
    const QString kaazingTarget = Sandbox::kaazingRelease(QStringLiteral("4.0"));
    values.insert(QStringLiteral("kaazing_target"), kaazingTarget);
    values.insert(QStringLiteral("kaazing_new_home"), m_sandbox.kaazingHome(kaazingTarget));
    values.insert(QStringLiteral("kaazing_host"), QStringLiteral("127.0.0.1"));
    values.insert(QStringLiteral("kaazing_port"), int(m_kaazingPort));
    values.insert(QStringLiteral("kaazing_members"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("member1")},
                                         {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                         {QStringLiteral("role"), QStringLiteral("member")}}});
    return values;
}

// The Cortex upgrade's form: the application servers are the Service Fabric cluster's nodes
// (their names are the cluster's node names, as the code package restart needs them), the
// Flow Debugger's web application server has a cluster of its own, and the client certificate
// thumbprint is the SHA-1 of the certificate the simulated Service Fabric accepts.
void ServedEnvironment::appendCortexParameters(ParameterValues &values) const
{
    const auto servers = [](const QStringList &names, const QString &url, const QString &role) {
        QJsonArray nodes;
        for (const QString &name : names)
            nodes.append(QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("host"), QUrl(url).host()},
                                     {QStringLiteral("role"), role},
                                     {QStringLiteral("sf_port"), QUrl(url).port()}});
        return nodes;
    };
    const QString sfUrl = m_services->url(QStringLiteral("servicefabric"));
    const QString debuggerUrl = m_services->url(QStringLiteral("flowdebugger-sf"));
    QFile certificate(m_services->clientCertificatePath());
    const QByteArray pem = certificate.open(QIODevice::ReadOnly) ? certificate.readAll() : QByteArray();
    values.insert(QStringLiteral("app_servers"), servers(m_sandbox.nodes(), sfUrl, QStringLiteral("app")));
    values.insert(QStringLiteral("web_servers"),
                  servers(HttpServices::Options().flowDebuggerNodes, debuggerUrl, QStringLiteral("web")));
    values.insert(QStringLiteral("flowdebugger_sf_url"), debuggerUrl);
    // For guided republishing: the packages the grid shows with the "Is Published" filter.
    QJsonArray published;
    const QString gatewayHost = QUrl(m_services->url(QStringLiteral("cortex"))).host();
    for (const PackageInfo &package : m_services->packages())
        if (package.published)
            published.append(QJsonObject{{QStringLiteral("name"), package.name},
                                         {QStringLiteral("host"), gatewayHost},
                                         {QStringLiteral("role"), QStringLiteral("package")},
                                         {QStringLiteral("version"), QString::number(package.version)}});
    values.insert(QStringLiteral("published_packages"), published);
    values.insert(QStringLiteral("flow_debugger_dir"), m_sandbox.flowDebuggerDir());
    values.insert(QStringLiteral("cortex_backup_dir"), m_sandbox.root() + QStringLiteral("/cortex/backup"));
    values.insert(QStringLiteral("cortex_load_balancer"), QStringLiteral("gateway.training.local"));
    values.insert(QStringLiteral("cortex_client_thumbprint"),
                  QString::fromLatin1(QSslCertificate(pem).digest(QCryptographicHash::Sha1).toHex()));
    // One pin per endpoint, as a site has three certificates; the simulator serves one.
    const QString pin = QString::fromLatin1(m_services->serverCertificateSha256());
    values.insert(QStringLiteral("cortex_tls_pin"), pin);
    values.insert(QStringLiteral("sf_app_tls_pin"), pin);
    values.insert(QStringLiteral("sf_web_tls_pin"), pin);
    values.insert(QStringLiteral("powershell"), m_sandbox.cortexPowershellPath());
    // A stuck deletion is given 3 s instead of minutes: the simulator's never ends by itself.
    values.insert(QStringLiteral("sf_delete_wait_ms"), QStringLiteral("3000"));
}

namespace {

// Runs as the library is loaded (or, where it is linked in, before main()).
[[maybe_unused]] const bool registered = [] {
    detail::environmentStarter() = &ServedEnvironment::start;
    ondemand::registerPart();
    return true;
}();

} // namespace

} // namespace uw::sim
