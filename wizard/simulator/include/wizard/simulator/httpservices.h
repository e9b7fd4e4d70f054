#pragma once

#include "wizard/simulator/endpoint.h"
#include "wizard/simulator/faults.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <expected>
#include <functional>
#include <memory>

// The training simulator's HTTP services: the gateways' web APIs on loopback, each on its own
// port, speaking TLS where the real one does, so that a class practises the upgrade's checks and
// HTTP steps against something that answers (and, with faults switched on, misbehaves) like the
// real thing. Everything runs on the caller's event loop; nothing blocks it.
namespace uw::sim {

// One package of the simulated Cortex Gateway, as the report and the tests see it.
struct PackageInfo
{
    QString id;
    QString name;
    int version = 0; // the newest version, published or not
    int initialVersion = 0; // the version it had when the simulator started
    bool published = false;
    QString stage; // "published", "unpublished", "new-version" or "saved"
    int republishCount = 0; // full unpublish → new version → save → publish cycles completed
};

// One Service Fabric application of the simulated Cortex cluster.
struct FabricApplication
{
    QString id; // the name without "fabric:/", with '/' as '~'
    QString name; // e.g. "fabric:/Execution/Services/Engine/32.2.4.24340"
    QString typeName; // e.g. "Cortex.Innovation.Execution"
    QString typeVersion;
    QString status; // "Ready" or "Deleting"
    QStringList restartedNodes; // nodes whose code packages were restarted while it was being deleted
};

class HttpServices : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        // 0: an ephemeral port for every service; else the services listen on basePort + 0, + 1, ...
        // in the order of serviceNames().
        quint16 basePort = 0;
        Faults faults;
        int packages = 50; // published Cortex packages, each to be republished
        int draftPackages = 3; // unpublished ones, listed but not to be republished
        QString adminUser = QStringLiteral("admin");
        QString adminPassword = QStringLiteral("changeme");
        QStringList nodes = {QStringLiteral("NodeA"), QStringLiteral("NodeB"), QStringLiteral("NodeC")};
        // Execution applications in Service Fabric, oldest first: the newest is the one to keep.
        QStringList engineVersions
            = {QStringLiteral("32.0.1.22001"), QStringLiteral("32.1.3.23110"), QStringLiteral("32.2.4.24340")};
        QString axwayVersion = QStringLiteral("7.5.1");
        // When set, asked on every Axway request instead: training mode follows sysupgrade's
        // progress on disk, so an answer right after apply already reports 7.7.
        std::function<QString()> axwayVersionSource;
        // When set, the nodes the Admin Node Manager lists in its topology, asked on every
        // request: training mode lists, once the first Admin Node Manager runs 7.7, only the
        // nodes that have applied, as the new domain knows no other (unset: every node).
        std::function<QStringList()> axwayNodesSource;
        QString kaazingVersion = QStringLiteral("4.0.3");
        // Where start() writes ca.pem, client.pem and client.key for clients that need files;
        // empty: a temporary directory removed with this object.
        QString certDir;
        // The Flow Debugger's own Service Fabric cluster on the web application server: its
        // nodes (one by default) and its execution applications, oldest first.
        QStringList flowDebuggerNodes = {QStringLiteral("WebServer1")};
        QStringList flowDebuggerEngineVersions = {QStringLiteral("32.1.3.23110"), QStringLiteral("32.2.4.24340")};
    };

    // The services, in port order: "anm" (Axway Admin Node Manager, HTTPS), "apimanager" (Axway
    // API Manager, HTTPS), "cortex" (Cortex Gateway package API, HTTPS), "servicefabric" (Service
    // Fabric REST API, HTTPS with a client certificate), "kaazing" (KAAZING Gateway health, HTTP),
    // "flowdebugger-sf" (the Flow Debugger's Service Fabric on the web application server, as
    // "servicefabric").
    static QStringList serviceNames();

    explicit HttpServices(Options options, QObject *parent = nullptr);
    ~HttpServices() override;

    // Writes the client certificate files and binds every service; the error names the service,
    // the address and the port. Nothing is left listening when it fails.
    std::expected<void, QString> start();
    bool isRunning() const;

    QList<Endpoint> endpoints() const; // empty until start() succeeded
    QString url(const QString &service) const; // empty for an unknown service or before start()

    // SHA-256 of the DER form of the certificate every HTTPS service presents, lowercase hex
    // without separators, for clients that pin it instead of trusting the simulator's CA.
    QByteArray serverCertificateSha256() const;
    // Written by start(); empty before.
    QString caCertificatePath() const;
    QString clientCertificatePath() const;
    QString clientKeyPath() const; // unencrypted PEM, readable by the owner only

    // Axway's productVersion in /api/topology: 7.5.1 before the upgrade, 7.7 after it. With
    // Options::axwayVersionSource set, the source answers and setAxwayVersion() has no effect.
    void setAxwayVersion(const QString &version);
    QString axwayVersion() const;
    void setKaazingVersion(const QString &version);
    QString kaazingVersion() const;

    // The faults apply from the next request on; requests already held stay held.
    void setFaults(const Faults &faults);
    Faults faults() const;

    // Introspection, for the tests and the training report.
    QList<PackageInfo> packages() const; // sorted by id, as the API lists them
    // The Cortex packages' progress, to carry over to a simulator started again (resume).
    QJsonObject packageState() const;
    void restorePackageState(const QJsonObject &state);
    int republishedPackageCount() const; // published again after a full republish cycle
    int packagesLeftToRepublish() const; // published at start and not yet republished
    QList<FabricApplication> fabricApplications() const; // every application, every type, by name
    QList<FabricApplication> flowDebuggerFabricApplications() const; // likewise, the Flow Debugger's cluster
    // Per service (a name from serviceNames()): answers written, requests being handled now
    // (delayed by net.latency or held by a fault; a request whose client went away stops
    // counting), and the most handled at once since the start or the last reset.
    qint64 requestsServed(const QString &service) const;
    int concurrentRequests(const QString &service) const;
    int maxConcurrentRequests(const QString &service) const;
    void resetRequestStatistics();

Q_SIGNALS:
    void requestServed(const QString &service, const QString &method, const QString &path, int status);
    void packageRepublished(const QString &id, int version);
    void fabricApplicationDeleted(const QString &name);

private:
    class Private;
    std::unique_ptr<Private> m_d;
};

} // namespace uw::sim
