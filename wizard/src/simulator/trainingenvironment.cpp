#include "wizard/simulator/trainingenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

namespace uw::sim {

TrainingEnvironment::TrainingEnvironment(Sandbox sandbox, std::unique_ptr<HttpServices> services)
    : m_sandbox(std::move(sandbox))
    , m_services(std::move(services))
{
    m_services->setParent(this);
}

std::expected<std::unique_ptr<TrainingEnvironment>, QString> TrainingEnvironment::start(const Options &options)
{
    Sandbox::Options sandboxOptions;
    sandboxOptions.faults = options.faults;
    sandboxOptions.toolPath = options.toolPath;
    const bool reuse = options.reuse && QFile::exists(options.root + u'/' + QLatin1String(Sandbox::kManifestFileName));
    auto sandbox = reuse ? Sandbox::open(options.root) : Sandbox::create(options.root, sandboxOptions);
    if (!sandbox)
        return std::unexpected(QStringLiteral("the training sandbox: %1").arg(sandbox.error()));

    HttpServices::Options serviceOptions;
    serviceOptions.address = options.address;
    serviceOptions.basePort = options.basePort;
    serviceOptions.faults = reuse ? sandbox->faults() : options.faults;
    serviceOptions.nodes = sandbox->nodes();
    serviceOptions.adminUser = sandbox->adminUser();
    serviceOptions.certDir = options.root + QStringLiteral("/certs");
    auto services = std::make_unique<HttpServices>(serviceOptions);
    if (auto started = services->start(); !started)
        return std::unexpected(QStringLiteral("the training services: %1").arg(started.error()));

    std::unique_ptr<TrainingEnvironment> environment(new TrainingEnvironment(std::move(*sandbox), std::move(services)));
    environment->followSysupgrade();
    environment->keepPackageState(reuse);
    return environment;
}

// The Admin Node Manager reports 7.7 once the first Admin Node Manager has applied, as the
// real one does after `sysupgrade apply`.
void TrainingEnvironment::followSysupgrade()
{
    // sysupgrade replaces its state file atomically, which file watches lose track of; a
    // quarter-second look is cheap and always right.
    const auto sync = [this] {
        QFile file(m_sandbox.statePath());
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QJsonObject nodes
            = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("nodes")).toObject();
        const bool applied
            = nodes.value(m_sandbox.firstAdminNode()).toObject().value(QLatin1String("status")).toString()
            == u"system upgrade complete";
        const QString version = Sandbox::versionOf(applied ? Install::New : Install::Old);
        if (m_services->axwayVersion() != version)
            m_services->setAxwayVersion(version);
    };
    sync();
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, sync);
    timer->start(250);
}

// The real Cortex keeps its packages' state; the simulator keeps it in the sandbox, so that a
// resumed session finds the packages as the stopped one left them.
void TrainingEnvironment::keepPackageState(bool restore)
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

ParameterValues TrainingEnvironment::parameters() const
{
    const QString first = m_sandbox.firstAdminNode();
    QJsonArray nodes;
    for (const QString &node : m_sandbox.nodes()) {
        nodes.append(QJsonObject{{QStringLiteral("name"), node},
                                 {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("role"), node == first ? QStringLiteral("anm") : QStringLiteral("nm")},
                                 {QStringLiteral("first"), node == first},
                                 {QStringLiteral("old_dir"), m_sandbox.apigatewayDir(node, Install::Old)},
                                 {QStringLiteral("new_dir"), m_sandbox.apigatewayDir(node, Install::New)}});
    }
    const QString pin = QString::fromLatin1(m_services->serverCertificateSha256());
    ParameterValues values{
        {QStringLiteral("training_root"), m_sandbox.root()},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("anm_host"), first},
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
    };
    appendCortexParameters(values);
    return values;
}

// The Cortex upgrade's form: the application servers are the Service Fabric cluster's nodes
// (their names are the cluster's node names, as the code package restart needs them), the
// Flow Debugger's web application server has a cluster of its own, and the client certificate
// thumbprint is the SHA-1 of the certificate the simulated Service Fabric accepts.
void TrainingEnvironment::appendCortexParameters(ParameterValues &values) const
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
    values.insert(QStringLiteral("flow_debugger_dir"), m_sandbox.flowDebuggerDir());
    values.insert(QStringLiteral("cortex_backup_dir"), m_sandbox.root() + QStringLiteral("/cortex/backup"));
    values.insert(QStringLiteral("cortex_load_balancer"), QStringLiteral("gateway.training.local"));
    values.insert(QStringLiteral("cortex_client_thumbprint"),
                  QString::fromLatin1(QSslCertificate(pem).digest(QCryptographicHash::Sha1).toHex()));
}

ParameterValues TrainingEnvironment::parametersFor(const Playbook &playbook) const
{
    ParameterValues all = parameters();
    ParameterValues mine;
    for (const Parameter &parameter : playbook.parameters)
        if (all.contains(parameter.id))
            mine.insert(parameter.id, all.value(parameter.id));
    return mine;
}

} // namespace uw::sim
