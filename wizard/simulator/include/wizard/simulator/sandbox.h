#pragma once

#include "wizard/simulator/faults.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

// The training simulator's disk: realistic install trees of the three products under one root
// directory, whose command-line tools (sysupgrade, kpsadmin, managedomain, gateway.start, the
// Cortex upgrade script...) are small wrapper scripts that run the simulated-tool program
// `uw-simtool`. The tools keep their state in files under the root, so several "nodes" on one
// laptop see each other's progress the way real nodes see each other over the network.
//
// Layout (N is a node name, e.g. NodeA; OLD = Axway-7.5.1, NEW = Axway-7.7):
//   <root>/sandbox.json, <root>/faults.json
//   <root>/axway/state.json                       sysupgrade progress of every node
//   <root>/axway/N/OLD/apigateway/...             conf/, groups/, system/, ext/lib, posix/bin
//   <root>/axway/N/NEW/apigateway/...             the same, plus upgrade/bin/sysupgrade, upgrade/lib
//   <root>/kaazing/3.4, /3.5, /4.0                GATEWAY_HOMEs
//   <root>/kaazing/releases/kaazing-gateway-{4.0.9,3.5.12}.{tar.gz,zip}
//   <root>/cortex/webapp/...                      the Cortex Gateway site and its upgrade script
//   <root>/cortex/flowdebugger/...                the Flow Debugger site
namespace uw::sim {

// Which of the two Axway installations on a node.
enum class Install { Old, New };

// The Axway topology (groups/topology.json): hosts, and groups of services on them. The first
// group, "Node Manager Group", holds one Node Manager per host; the other groups hold API
// Gateway instances, each in groups/<group id>/<service id> on its host.
struct TopologyService
{
    QString id; // "nodemanager-1", "instance-3"; unique in the topology
    QString name; // "Node Manager on NodeA", "Gateway3"
    QString type; // "nodemanager" or "gateway"
    QString hostId; // "host-1"
    bool adminNodeManager = false;
};

struct TopologyGroup
{
    QString id; // "group-1" (the Node Managers), "group-2"...
    QString name; // "Node Manager Group", "Group1"...
    QList<TopologyService> services;
};

struct TopologyHost
{
    QString id; // "host-1"
    QString name; // the node name, e.g. "NodeA"
};

struct Topology
{
    QString productVersion; // "7.5.1" or "7.7"
    QList<TopologyHost> hosts;
    QList<TopologyGroup> groups;

    // Node i runs a Node Manager (an Admin Node Manager on node 0); gateway group k
    // (Group1, Group2, ...) has instances on nodes k-1 and k, so three nodes give the vendor's
    // example: Group1 on NodeA and NodeB, Group2 on NodeB and NodeC.
    static Topology generate(const QStringList &nodes, const QString &productVersion);
    static std::expected<Topology, QString> read(const QString &path);
    QJsonObject toJson() const;

    QString hostId(const QString &hostName) const; // empty when not a host of the topology
    QString hostName(const QString &hostId) const;
    const TopologyGroup *groupByName(const QString &name) const; // nullptr when absent
    const TopologyGroup *groupOf(const QString &serviceId) const; // nullptr when absent
    QList<TopologyService> servicesOn(const QString &hostName) const; // Node Manager first
};

class Sandbox
{
public:
    struct Options
    {
        QStringList nodes = defaultNodes(); // the first one holds the domain key (first ANM)
        Faults faults;
        QString toolPath; // uw-simtool; empty: defaultToolPath()
        QString adminUser = QStringLiteral("admin"); // the Admin Node Manager's administrator
        QString adminPassword = QStringLiteral("changeme");
        // The ext/lib third-party JAR is also shipped in the new system/lib (a conflict the
        // checklist asks administrators to look for); upgrade warns about it.
        bool extLibConflict = false;
        // KPS and OAuth live in an external MySQL database: upgrade warns, and apply needs the
        // JDBC driver copied to the new upgrade/lib (or --skip_db_upgrade).
        bool externalDatabase = false;
        QString domainPassphrase; // non-empty: apply on the first ANM needs --domain_passphrase
    };

    static QStringList defaultNodes(); // NodeA, NodeB, NodeC
    // uw-simtool next to the running program (the build tree, Windows), else where the Unix
    // packages install it: <bin>/../libexec/upgrade-wizard/uw-simtool, off the PATH.
    static QString defaultToolPath();

    // Lays out every tree under root. root must be missing, empty or an earlier sandbox (which
    // is then laid out afresh); anything else is refused rather than overwritten.
    static std::expected<Sandbox, QString> create(const QString &root, const Options &options);
    // Reads <root>/sandbox.json; writes nothing.
    static std::expected<Sandbox, QString> open(const QString &root);

    QString root() const { return m_root; }
    QStringList nodes() const { return m_nodes; }
    QString firstAdminNode() const { return m_nodes.value(0); }
    QString toolPath() const { return m_toolPath; }
    QString adminUser() const { return m_adminUser; }
    bool extLibConflict() const { return m_extLibConflict; }
    bool externalDatabase() const { return m_externalDatabase; }
    // Only a salted hash of the passphrase is kept in sandbox.json.
    bool domainKeyProtected() const { return !m_domainPassphraseHash.isEmpty(); }
    bool checkDomainPassphrase(const QString &passphrase) const;

    // Read from <root>/faults.json on every call: a trainer may switch faults while tools run.
    Faults faults() const;
    std::expected<void, QString> setFaults(const Faults &faults) const;

    // --- Axway API Gateway ------------------------------------------------------------------
    static QString versionOf(Install install); // "7.5.1" or "7.7"
    QString axwayDir() const; // <root>/axway
    QString statePath() const; // <root>/axway/state.json (sysupgrade progress, see uw-simtool)
    QString installDir(const QString &node, Install install) const; // <root>/axway/N/Axway-7.7
    QString apigatewayDir(const QString &node, Install install) const; // .../apigateway
    QString posixBinDir(const QString &node, Install install) const; // .../apigateway/posix/bin
    // The node's init.d service scripts (vshell-*), pointing at the old installation.
    QString initdDir(const QString &node) const; // <root>/axway/N/etc/init.d
    QString sysupgradeDir(const QString &node) const; // NEW/apigateway/upgrade/bin
    QString sysupgradeOutDir(const QString &node) const; // NEW/apigateway/upgrade/bin/out
    // A process is running while its marker <apigateway>/posix/var/run/<service id>.running
    // exists: nodemanager -d / -k and startinstance -d / -k create and remove them.
    QString runDir(const QString &node, Install install) const;
    QStringList runningServices(const QString &node, Install install) const; // service ids
    std::expected<void, QString> setRunning(const QString &node, Install install, bool running) const;
    QString externalDatabaseUrl() const; // jdbc:mysql://<first node>:3306/kps
    static constexpr char kThirdPartyJar[] = "json-path-2.4.0.jar"; // in the old ext/lib
    static constexpr char kJdbcDriverJar[] = "mysql-connector-java-5.1.47.jar"; // externalDatabase
    // Checks the password against conf/adminUsers.json of the installation.
    bool checkAdminCredentials(const QString &node, Install install, const QString &user,
                               const QString &password) const;

    // --- KAAZING Gateway --------------------------------------------------------------------
    // "3.4" -> "3.4.1", "3.5" -> "3.5.11", "4.0" -> "4.0.9"
    static QString kaazingRelease(const QString &series);
    // The 3.5 patch release (3.5.12), there as release archives only: the 3.5.x -> 3.5.y path.
    static QString kaazingPatchRelease();
    QString kaazingHome(const QString &series) const; // <root>/kaazing/3.4, /3.5 or /4.0
    QString kaazingReleasesDir() const; // <root>/kaazing/releases
    // Implementation-Version from META-INF/MANIFEST.MF of a JAR.
    static std::expected<QString, QString> jarImplementationVersion(const QString &jarPath);

    // --- Cortex -----------------------------------------------------------------------------
    QString cortexGatewaySiteDir() const; // <root>/cortex/webapp/Cortex.Gateway (version.txt)
    QString cortexUpgradeScriptDir() const; // <root>/cortex/webapp/Cortex.Upgrade.Gateway
    QString cortexParametersPath() const; // .../Cortex.Innovation.Install.Gateway.Parameters.json
    QString cortexUpgradeScriptPath() const; // .../Upgrade-Gateway.ps1
    // The training stand-in for powershell.exe / pwsh: `-NoProfile -ExecutionPolicy Bypass -File
    // Upgrade-Gateway.ps1` runs the simulated script.
    QString cortexPowershellPath() const;
    QString flowDebuggerDir() const; // <root>/cortex/flowdebugger

    // A tool's file name: on Windows the wrappers are .cmd files (Upgrade-Gateway.ps1 stays a
    // PowerShell script); elsewhere shell scripts without a suffix.
    static QString wrapperName(const QString &tool);

    static constexpr char kManifestFileName[] = "sandbox.json";

private:
    QString m_root;
    QStringList m_nodes;
    QString m_toolPath;
    QString m_adminUser;
    bool m_extLibConflict = false;
    bool m_externalDatabase = false;
    QString m_domainPassphraseHash;
};

} // namespace uw::sim
