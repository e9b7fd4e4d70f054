#include "wizard/simulator/httpservices.h"

#include "cortexpackages.h"
#include "servicefabric.h"
#include "simserver.h"
#include "wizard/simulator/sandbox.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <vector>

namespace uw::sim {

using detail::CortexPackages;
using detail::Outcome;
using detail::Reply;
using detail::ServiceFabric;
using detail::SimServer;
using detail::Status;

namespace {

const QString kAnm = QStringLiteral("anm");
const QString kApiManager = QStringLiteral("apimanager");
const QString kCortex = QStringLiteral("cortex");
const QString kServiceFabric = QStringLiteral("servicefabric");
const QString kKaazing = QStringLiteral("kaazing");
const QString kFlowDebuggerFabric = QStringLiteral("flowdebugger-sf");

QByteArray readResource(const QString &name)
{
    QFile file(QStringLiteral(":/simulator/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Reply notFound(const QHttpServerRequest &request)
{
    return Reply::json(
        QJsonObject{{QStringLiteral("error"), QStringLiteral("No such resource: %1").arg(request.url().path())}},
        Status::NotFound);
}

// The domain's topology as the Admin Node Manager reports it, from the sandbox's nodes (three
// give the seed's sample domain: NodeA runs the first Admin Node Manager and Gateway1 in
// Group1; NodeB a Node Manager, Gateway2 in Group1 and Gateway3 in Group2; NodeC a Node Manager
// and Gateway4 in Group2). Group ids start at group-2 because Axway keeps group-1 for the Node
// Managers, which the simulator lists with their hosts instead. Only the hosts in `present` and
// their services are listed: a new Admin Node Manager knows the nodes that have applied.
QJsonObject topology(const QStringList &nodes, const QStringList &present, const QString &productVersion)
{
    const Topology domain = Topology::generate(nodes, productVersion);
    QJsonArray hosts;
    for (const TopologyHost &host : domain.hosts) {
        if (!present.contains(host.name))
            continue;
        const TopologyService manager = domain.servicesOn(host.name).value(0);
        hosts.append(QJsonObject{
            {QStringLiteral("id"), host.id},
            {QStringLiteral("name"), host.name},
            {QStringLiteral("nodeManager"),
             QJsonObject{{QStringLiteral("id"), manager.id},
                         {QStringLiteral("name"),
                          (manager.adminNodeManager ? QStringLiteral("Admin Node Manager on %1")
                                                    : QStringLiteral("Node Manager on %1"))
                              .arg(host.name)},
                         {QStringLiteral("type"), QStringLiteral("nodemanager")},
                         {QStringLiteral("isAdminNodeManager"), manager.adminNodeManager},
                         {QStringLiteral("scheme"), QStringLiteral("https")},
                         {QStringLiteral("managementPort"), 8090}}}});
    }
    QJsonArray groups;
    for (const TopologyGroup &group : domain.groups) {
        if (group.id == QLatin1String("group-1"))
            continue;
        QJsonArray services;
        for (const TopologyService &service : group.services)
            if (present.contains(domain.hostName(service.hostId)))
                services.append(QJsonObject{{QStringLiteral("id"), service.id},
                                        {QStringLiteral("name"), service.name},
                                        {QStringLiteral("type"), service.type},
                                        {QStringLiteral("scheme"), QStringLiteral("https")},
                                        {QStringLiteral("hostID"), service.hostId},
                                        {QStringLiteral("managementPort"), 8085},
                                        {QStringLiteral("enabled"), true},
                                        {QStringLiteral("tags"), QJsonObject()}});
        groups.append(QJsonObject{{QStringLiteral("id"), group.id},
                                  {QStringLiteral("name"), group.name},
                                  {QStringLiteral("tags"), QJsonObject()},
                                  {QStringLiteral("services"), services}});
    }
    return QJsonObject{{QStringLiteral("result"),
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("topology-5c7e0a1d-training")},
                                    {QStringLiteral("version"), 12},
                                    {QStringLiteral("productVersion"), productVersion},
                                    {QStringLiteral("hosts"), hosts},
                                    {QStringLiteral("groups"), groups}}}};
}

QJsonObject adminUsers(const QString &user)
{
    return QJsonObject{{QStringLiteral("result"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("user-1")},
                                               {QStringLiteral("loginName"), user},
                                               {QStringLiteral("enabled"), true},
                                               {QStringLiteral("roles"),
                                                QJsonArray{QStringLiteral("role-1"), QStringLiteral("role-2"),
                                                           QStringLiteral("role-3"), QStringLiteral("role-4")}}}}}};
}

QJsonObject kps(const QStringList &nodes)
{
    // The Key Property Stores of the gateway groups; kpsadmin re-encrypts them after the upgrade.
    const auto store = [](const QString &group, const QString &groupId) {
        return QJsonObject{{QStringLiteral("groupId"), groupId},
                           {QStringLiteral("groupName"), group},
                           {QStringLiteral("storage"), QStringLiteral("cassandra")},
                           {QStringLiteral("collections"),
                            QJsonArray{QJsonObject{{QStringLiteral("alias"), QStringLiteral("api_server")},
                                                   {QStringLiteral("name"), QStringLiteral("API Server")},
                                                   {QStringLiteral("tables"), 14}},
                                       QJsonObject{{QStringLiteral("alias"), QStringLiteral("oauth")},
                                                   {QStringLiteral("name"), QStringLiteral("OAuth")},
                                                   {QStringLiteral("tables"), 4}}}}};
    };
    QJsonArray stores;
    for (const TopologyGroup &group : Topology::generate(nodes, QString()).groups)
        if (group.id != QLatin1String("group-1")) // the Node Managers' group has no KPS
            stores.append(store(group.name, group.id));
    return QJsonObject{{QStringLiteral("result"), stores}};
}

bool writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions, QString *error)
{
    QFile file(path);
    // Permissions first, so that the key is never readable by others, even for a moment.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !file.setPermissions(permissions)
        || file.write(content) != content.size() || !file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

class HttpServices::Private
{
public:
    explicit Private(Options o)
        : options(std::move(o))
        , faults(options.faults)
        , axwayVersion(options.axwayVersion)
        , kaazingVersion(options.kaazingVersion)
        , packages(options.packages, options.draftPackages)
        , fabric(options.nodes, options.engineVersions)
        , flowDebuggerFabric(options.flowDebuggerNodes, options.flowDebuggerEngineVersions)
    {
        caPem = readResource(QStringLiteral("ca.pem"));
        clientPem = readResource(QStringLiteral("client.pem"));
        clientKeyPem = readResource(QStringLiteral("client.key"));
        ca = QSslCertificate(caPem);
        server = QSslCertificate(readResource(QStringLiteral("server.pem")));
        serverKey = QSslKey(readResource(QStringLiteral("server.key")), QSsl::Rsa);
    }

    struct Running
    {
        QString name;
        QString url;
        std::unique_ptr<SimServer> server;
    };

    SimServer *find(const QString &name) const
    {
        for (const Running &service : running) {
            if (service.name == name)
                return service.server.get();
        }
        return nullptr;
    }

    std::expected<void, QString> writeClientFiles();
    QSslConfiguration tls(bool requireClientCertificate) const;
    QString currentAxwayVersion() const
    {
        return options.axwayVersionSource ? options.axwayVersionSource() : axwayVersion;
    }
    Outcome anm(const QHttpServerRequest &request) const;
    Outcome apiManager(const QHttpServerRequest &request) const;
    Outcome kaazing(const QHttpServerRequest &request) const;

    Options options;
    Faults faults;
    QString axwayVersion;
    QString kaazingVersion;
    CortexPackages packages;
    ServiceFabric fabric;
    ServiceFabric flowDebuggerFabric; // the web application server's own cluster

    QByteArray caPem;
    QByteArray clientPem;
    QByteArray clientKeyPem;
    QSslCertificate ca;
    QSslCertificate server;
    QSslKey serverKey;
    std::unique_ptr<QTemporaryDir> temporaryDir;
    QString caPath;
    QString clientPath;
    QString keyPath;

    std::vector<Running> running; // in serviceNames() order once started
};

std::expected<void, QString> HttpServices::Private::writeClientFiles()
{
    if (ca.isNull() || server.isNull() || serverKey.isNull() || clientPem.isEmpty() || clientKeyPem.isEmpty())
        return std::unexpected(QStringLiteral("the simulator's TLS material is missing from this build "
                                              "(resources/simulator)"));
    QString dir = options.certDir;
    if (dir.isEmpty()) {
        temporaryDir = std::make_unique<QTemporaryDir>();
        if (!temporaryDir->isValid())
            return std::unexpected(QStringLiteral("cannot make a directory for the simulator's certificates: %1")
                                       .arg(temporaryDir->errorString()));
        dir = temporaryDir->path();
    } else if (!QDir().mkpath(dir)) {
        return std::unexpected(
            QStringLiteral("cannot make the certificate directory %1").arg(QDir::toNativeSeparators(dir)));
    }
    const QDir target(dir);
    constexpr auto publicFile
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QString error;
    if (!writeFile(target.filePath(QStringLiteral("ca.pem")), caPem, publicFile, &error)
        || !writeFile(target.filePath(QStringLiteral("client.pem")), clientPem, publicFile, &error)
        || !writeFile(target.filePath(QStringLiteral("client.key")), clientKeyPem,
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner, &error))
        return std::unexpected(error);
    caPath = target.filePath(QStringLiteral("ca.pem"));
    clientPath = target.filePath(QStringLiteral("client.pem"));
    keyPath = target.filePath(QStringLiteral("client.key"));
    return {};
}

QSslConfiguration HttpServices::Private::tls(bool requireClientCertificate) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(server);
    configuration.setPrivateKey(serverKey);
    if (requireClientCertificate) {
        // Only certificates from the simulator's CA: no system CA can vouch for an administrator.
        configuration.setCaCertificates({ca});
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return configuration;
}

Outcome HttpServices::Private::anm(const QHttpServerRequest &request) const
{
    const QStringList path = detail::pathSegments(request);
    if (path.isEmpty() && request.method() == QHttpServerRequest::Method::Get)
        return Reply::html(QStringLiteral("<!DOCTYPE html>\n<html><head><title>API Gateway Manager</title></head>\n"
                                          "<body><h1>API Gateway Manager</h1><p>Axway API Gateway %1 (training "
                                          "simulator). Sign in with an administrator's account.</p></body></html>\n")
                               .arg(currentAxwayVersion().toHtmlEscaped()));
    if (path.value(0) != QLatin1String("api"))
        return notFound(request);
    if (auto denied
        = detail::requireBasic(request, options.adminUser, options.adminPassword, QStringLiteral("API Gateway")))
        return *denied;
    if (path.size() != 2)
        return notFound(request);
    if (request.method() != QHttpServerRequest::Method::Get)
        return Reply::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("Only GET is simulated here")}},
                           Status::MethodNotAllowed);
    if (path[1] == QLatin1String("topology"))
        return Reply::json(
            topology(options.nodes, options.axwayNodesSource ? options.axwayNodesSource() : options.nodes,
                     currentAxwayVersion()));
    if (path[1] == QLatin1String("adminusers"))
        return Reply::json(adminUsers(options.adminUser));
    if (path[1] == QLatin1String("kps"))
        return Reply::json(kps(options.nodes));
    return notFound(request);
}

Outcome HttpServices::Private::apiManager(const QHttpServerRequest &request) const
{
    if (!detail::pathSegments(request).isEmpty() || request.method() != QHttpServerRequest::Method::Get)
        return notFound(request);
    return Reply::html(QStringLiteral("<!DOCTYPE html>\n<html><head><title>API Manager</title></head>\n"
                                      "<body><h1>API Manager</h1><p>Axway API Manager %1 (training simulator): "
                                      "sign in to manage APIs and applications.</p></body></html>\n")
                           .arg(currentAxwayVersion().toHtmlEscaped()));
}

Outcome HttpServices::Private::kaazing(const QHttpServerRequest &request) const
{
    if (detail::pathSegments(request) != QStringList{QStringLiteral("health")}
        || request.method() != QHttpServerRequest::Method::Get)
        return notFound(request);
    return Reply::json(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("UP")}, {QStringLiteral("version"), kaazingVersion}});
}

QStringList HttpServices::serviceNames()
{
    // Appended last, so that the ports of the others stay where classrooms know them.
    return {kAnm, kApiManager, kCortex, kServiceFabric, kKaazing, kFlowDebuggerFabric};
}

HttpServices::HttpServices(Options options, QObject *parent)
    : QObject(parent)
    , m_d(std::make_unique<Private>(std::move(options)))
{
    m_d->packages.onRepublished = [this](const QString &id, int version) {
        Q_EMIT packageRepublished(id, version);
    };
    m_d->fabric.onDeleted = [this](const QString &name) {
        Q_EMIT fabricApplicationDeleted(name);
    };
}

HttpServices::~HttpServices() = default;

std::expected<void, QString> HttpServices::start()
{
    if (isRunning())
        return std::unexpected(QStringLiteral("the simulator's HTTP services are already running"));
    const QStringList names = serviceNames();
    if (m_d->options.basePort != 0 && int(m_d->options.basePort) + names.size() - 1 > 65535)
        return std::unexpected(QStringLiteral("base port %1 leaves no room for %2 services (the last port would be "
                                              "above 65535)")
                                   .arg(m_d->options.basePort)
                                   .arg(names.size()));
    if (auto written = m_d->writeClientFiles(); !written)
        return written;

    Private *d = m_d.get();
    struct Spec
    {
        QString name;
        QString title;
        std::optional<QSslConfiguration> tls;
        SimServer::Handler handler;
    };
    const std::vector<Spec> specs{
        {kAnm, QStringLiteral("The Axway Admin Node Manager simulator"), d->tls(false),
         [d](const QHttpServerRequest &request) {
             return d->anm(request);
         }},
        {kApiManager, QStringLiteral("The Axway API Manager simulator"), d->tls(false),
         [d](const QHttpServerRequest &request) {
             return d->apiManager(request);
         }},
        {kCortex, QStringLiteral("The Cortex Gateway package API simulator"), d->tls(false),
         [d](const QHttpServerRequest &request) {
             return d->packages.handle(
                 request,
                 {d->options.adminUser, d->options.adminPassword, d->faults.mode(QStringLiteral("http.publish"))});
         }},
        {kServiceFabric, QStringLiteral("The Service Fabric simulator"), d->tls(true),
         [d](const QHttpServerRequest &request) {
             return d->fabric.handle(request, d->faults.mode(QStringLiteral("sf.delete")) == QLatin1String("hang"));
         }},
        {kKaazing, QStringLiteral("The KAAZING Gateway simulator"), std::nullopt,
         [d](const QHttpServerRequest &request) {
             return d->kaazing(request);
         }},
        {kFlowDebuggerFabric, QStringLiteral("The Flow Debugger's Service Fabric simulator"), d->tls(true),
         [d](const QHttpServerRequest &request) {
             return d->flowDebuggerFabric.handle(request,
                                                 d->faults.mode(QStringLiteral("sf.delete")) == QLatin1String("hang"));
         }},
    };

    // Clients on this machine reach a wildcard address through loopback.
    QString host = m_d->options.address.toString();
    if (m_d->options.address == QHostAddress::Any || m_d->options.address == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (m_d->options.address == QHostAddress::AnyIPv6)
        host = QStringLiteral("::1");

    std::vector<Private::Running> running;
    for (qsizetype i = 0; i < qsizetype(specs.size()); ++i) {
        const Spec &spec = specs[size_t(i)];
        auto server = std::make_unique<SimServer>(spec.title, spec.handler);
        const quint16 wanted = m_d->options.basePort == 0 ? 0 : quint16(m_d->options.basePort + i);
        const auto port = server->listen(m_d->options.address, wanted, spec.tls);
        if (!port)
            return std::unexpected(port.error()); // the servers bound so far close with `running`
        server->setLatencyMs(m_d->faults.latencyMs());
        connect(server.get(), &SimServer::answered, this,
                [this, name = spec.name](const QString &method, const QString &path, int status) {
                    Q_EMIT requestServed(name, method, path, status);
                });
        QUrl url;
        url.setScheme(spec.tls ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(host);
        url.setPort(*port);
        running.push_back({spec.name, url.toString(), std::move(server)});
    }
    m_d->running = std::move(running);
    return {};
}

bool HttpServices::isRunning() const
{
    return !m_d->running.empty();
}

QList<Endpoint> HttpServices::endpoints() const
{
    QList<Endpoint> list;
    for (const Private::Running &service : m_d->running)
        list.append({service.name, service.url});
    return list;
}

QString HttpServices::url(const QString &service) const
{
    for (const Private::Running &running : m_d->running) {
        if (running.name == service)
            return running.url;
    }
    return {};
}

QByteArray HttpServices::serverCertificateSha256() const
{
    return m_d->server.digest(QCryptographicHash::Sha256).toHex();
}

QString HttpServices::caCertificatePath() const
{
    return m_d->caPath;
}

QString HttpServices::clientCertificatePath() const
{
    return m_d->clientPath;
}

QString HttpServices::clientKeyPath() const
{
    return m_d->keyPath;
}

void HttpServices::setAxwayVersion(const QString &version)
{
    m_d->axwayVersion = version;
}

QString HttpServices::axwayVersion() const
{
    return m_d->currentAxwayVersion();
}

void HttpServices::setKaazingVersion(const QString &version)
{
    m_d->kaazingVersion = version;
}

QString HttpServices::kaazingVersion() const
{
    return m_d->kaazingVersion;
}

void HttpServices::setFaults(const Faults &faults)
{
    m_d->faults = faults;
    for (const Private::Running &service : m_d->running)
        service.server->setLatencyMs(faults.latencyMs());
}

Faults HttpServices::faults() const
{
    return m_d->faults;
}

QList<PackageInfo> HttpServices::packages() const
{
    return m_d->packages.infos();
}

QJsonObject HttpServices::packageState() const
{
    return m_d->packages.state();
}

void HttpServices::restorePackageState(const QJsonObject &state)
{
    m_d->packages.restore(state);
}

int HttpServices::republishedPackageCount() const
{
    return m_d->packages.republished();
}

int HttpServices::packagesLeftToRepublish() const
{
    return m_d->packages.leftToRepublish();
}

QList<FabricApplication> HttpServices::fabricApplications() const
{
    return m_d->fabric.applications();
}

QList<FabricApplication> HttpServices::flowDebuggerFabricApplications() const
{
    return m_d->flowDebuggerFabric.applications();
}

qint64 HttpServices::requestsServed(const QString &service) const
{
    const SimServer *server = m_d->find(service);
    return server ? server->served() : 0;
}

int HttpServices::concurrentRequests(const QString &service) const
{
    const SimServer *server = m_d->find(service);
    return server ? server->inFlight() : 0;
}

int HttpServices::maxConcurrentRequests(const QString &service) const
{
    const SimServer *server = m_d->find(service);
    return server ? server->maxInFlight() : 0;
}

void HttpServices::resetRequestStatistics()
{
    for (const Private::Running &service : m_d->running)
        service.server->resetStatistics();
}

} // namespace uw::sim
