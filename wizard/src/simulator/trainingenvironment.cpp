#include "wizard/simulator/trainingenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

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
    if (auto reserved = environment->reserveKaazingPort(serviceOptions.faults); !reserved)
        return std::unexpected(QStringLiteral("the KAAZING Gateway's port: %1").arg(reserved.error()));
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

// The new KAAZING Gateway's port: a free one, since 8000 may be taken on a trainee's laptop.
// With the kaazing.port fault the environment keeps listening on it, as an old Gateway that
// did not stop would: the procedure's port check must then fail.
std::expected<void, QString> TrainingEnvironment::reserveKaazingPort(const Faults &faults)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, 0))
        return std::unexpected(server->errorString());
    m_kaazingPort = server->serverPort();
    if (!faults.isOn(QStringLiteral("kaazing.port")))
        delete server;
    return {};
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
