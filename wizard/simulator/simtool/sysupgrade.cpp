// sysupgrade export | upgrade | apply | status | clean, as Axway documents it for an upgrade
// from 7.5.x/7.6.x to 7.7: export and upgrade on every node while the old system runs, then
// apply with the old system stopped, the first Admin Node Manager (the node holding the
// domain's private key) first.
//
// The progress of every node is kept in <root>/axway/state.json:
//   {"nodes": {"NodeA": {"status": "export complete", "anmHost": "NodeA", "exported": ...}}}

#include "tool.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace uw::simtool {

namespace {

using sim::Install;
using sim::Sandbox;
using sim::Topology;
using sim::TopologyService;

const QString kNotStarted = QStringLiteral("not started");
const QString kExported = QStringLiteral("export complete");
const QString kUpgraded = QStringLiteral("export and upgrade complete");
const QString kApplied = QStringLiteral("system upgrade complete");

constexpr int kStepMs = 450; // between progress lines: a few seconds per command

QString nodeStatus(const QJsonObject &state, const QString &node)
{
    const QString status = state[QStringLiteral("nodes")][node][QStringLiteral("status")].toString();
    return status.isEmpty() ? kNotStarted : status;
}

QString recordedAnmHost(const QJsonObject &state, const QString &node)
{
    return state[QStringLiteral("nodes")][node][QStringLiteral("anmHost")].toString();
}

void setNode(QJsonObject &state, const QString &node, const QJsonObject &values)
{
    QJsonObject nodes = state.value(QStringLiteral("nodes")).toObject();
    QJsonObject entry = nodes.value(node).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        entry.insert(it.key(), it.value());
    nodes.insert(node, entry);
    state.insert(QStringLiteral("nodes"), nodes);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString exportDir(const Context &context)
{
    return context.sandbox.sysupgradeOutDir(context.node) + QStringLiteral("/export");
}

QString upgradeDir(const Context &context)
{
    return context.sandbox.sysupgradeOutDir(context.node) + QStringLiteral("/upgrade");
}

QString logPath(const Context &context, const QString &command)
{
    return context.sandbox.sysupgradeOutDir(context.node) + QStringLiteral("/logs/") + command + QStringLiteral(".log");
}

// The node whose old installation holds groups/certs/private/domain.p12: the first Admin
// Node Manager, which the vendor's FAQ tells administrators to find exactly this way.
QString firstAdminNode(const Context &context)
{
    for (const QString &node : context.sandbox.nodes()) {
        if (QFileInfo::exists(context.sandbox.apigatewayDir(node, Install::Old)
                              + QStringLiteral("/groups/certs/private/domain.p12")))
            return node;
    }
    return {};
}

// "Node Manager on NodeB (NodeB)", "Gateway2 (NodeB)" for every process of the old
// installation that is (running == true) or is not (running == false) running.
QStringList oldProcesses(const Context &context, const Topology &topology, bool running)
{
    QStringList names;
    for (const QString &node : context.sandbox.nodes()) {
        const QStringList up = context.sandbox.runningServices(node, Install::Old);
        for (const TopologyService &service : topology.servicesOn(node)) {
            if (up.contains(service.id) == running)
                names << QStringLiteral("%1 (%2)").arg(service.name, node);
        }
    }
    return names;
}

QString hostError(const QString &host)
{
    return QStringLiteral("Host '%1' is not a valid host in the topology. Retry with --anm_host <hostname>").arg(host);
}

QString csrError()
{
    return QStringLiteral("Node Manager error: Failed to sign CSR for service. None of the available Admin Node "
                          "Managers have the domain private key");
}

// Another node exported with a different --anm_host: the vendor requires the same value on
// every node.
QString anmMismatch(const Context &context, const QJsonObject &state, const QString &anmHost)
{
    for (const QString &other : context.sandbox.nodes()) {
        const QString recorded = recordedAnmHost(state, other);
        if (other == context.node || recorded.isEmpty() || recorded == anmHost)
            continue;
        return QStringLiteral("--anm_host '%1' differs from --anm_host '%2' used by export on %3. The same "
                              "--anm_host must be used on every node. Retry with --anm_host %2")
            .arg(anmHost, recorded, other);
    }
    return {};
}

void printUsage()
{
    say(QStringLiteral(
        "Usage: sysupgrade <command> [options]\n"
        "Commands:\n"
        "  export   --old_install_dir DIR [--anm_host HOST] [--force] [--username USER] [--password PASS]\n"
        "  upgrade  [--cass_host HOST] [--cass_port PORT] [--cass_username USER] [--cass_password PASS]\n"
        "           [--no_cassandra] [--tracelevel DEBUG|INFO|VERBOSE] [--force]\n"
        "  apply    [--anm_host HOST] [--domain_passphrase PASSPHRASE] [--skip_db_upgrade] [--force]\n"
        "  status\n"
        "  clean"));
}

const QStringList kSecretOptions{QStringLiteral("--password"), QStringLiteral("--cass_password"),
                                 QStringLiteral("--domain_passphrase")};

// Ends a failed command the way sysupgrade does: the error, and where to read more.
int failWith(Reporter &report, Log &log, const QString &message)
{
    const int code = report.error(message);
    if (log.isOpen())
        complain(QStringLiteral("See the log file %1 for details.").arg(log.path()));
    return code;
}

// --- export ----------------------------------------------------------------------------------

int runExport(Context &context, const ParsedArgs &args)
{
    Log log;
    Reporter report(log);
    const Sandbox &sandbox = context.sandbox;
    const QString node = context.node;

    const QString oldDir = args.value(QStringLiteral("--old_install_dir"));
    if (oldDir.isEmpty()) {
        report.error(QStringLiteral("--old_install_dir is required"));
        printUsage();
        return kFailure;
    }
    if (args.has(QStringLiteral("--username")) != args.has(QStringLiteral("--password")))
        return report.error(QStringLiteral("--username and --password must be given together"));

    auto state = readState(context);
    if (!state)
        return report.error(state.error());
    const QString status = nodeStatus(*state, node);
    if (status == kApplied)
        return report.error(QStringLiteral("The system upgrade is already complete on %1. Run 'sysupgrade clean' "
                                           "to start again.")
                                .arg(node));
    if (status != kNotStarted && !args.has(QStringLiteral("--force")))
        return report.error(QStringLiteral("Exported data already exists in %1. Use --force to export again.")
                                .arg(QDir::toNativeSeparators(exportDir(context))));

    if (auto opened = log.open(context, logPath(context, QStringLiteral("export"))); !opened)
        return report.error(opened.error());
    log.write(QStringLiteral("INFO"), maskedCommandLine(QStringLiteral("sysupgrade"), context.args, kSecretOptions));
    report.info(QStringLiteral("sysupgrade export on %1").arg(node), kStepMs);

    // The old installation: this node's apigateway directory, nothing else.
    const QFileInfo given(oldDir);
    const QString expected = sandbox.apigatewayDir(node, Install::Old);
    if (!given.isDir())
        return failWith(report, log, QStringLiteral("The old installation directory '%1' does not exist").arg(oldDir));
    const QString canonical = given.canonicalFilePath();
    if (canonical == QFileInfo(sandbox.installDir(node, Install::Old)).canonicalFilePath())
        return failWith(report, log,
                        QStringLiteral("'%1' is not an API Gateway installation directory. Specify its apigateway "
                                       "directory: --old_install_dir %2")
                            .arg(oldDir, QDir::toNativeSeparators(expected)));
    if (canonical == QFileInfo(sandbox.apigatewayDir(node, Install::New)).canonicalFilePath())
        return failWith(report, log,
                        QStringLiteral("'%1' is the new API Gateway %2 installation. --old_install_dir must be the "
                                       "old installation")
                            .arg(oldDir, Sandbox::versionOf(Install::New)));
    if (canonical != QFileInfo(expected).canonicalFilePath())
        return failWith(report, log,
                        QStringLiteral("'%1' is not an API Gateway installation on %2 (no conf/ and "
                                       "groups/topology.json of API Gateway %3)")
                            .arg(oldDir, node, Sandbox::versionOf(Install::Old)));
    report.info(QStringLiteral("Old installation: %1 (API Gateway %2)")
                    .arg(QDir::toNativeSeparators(expected), Sandbox::versionOf(Install::Old)),
                kStepMs);

    const auto topology = Topology::read(expected + QStringLiteral("/groups/topology.json"));
    if (!topology)
        return failWith(report, log, topology.error());

    QString anmHost = args.value(QStringLiteral("--anm_host"));
    if (anmHost.isEmpty()) {
        if (topology->hosts.size() > 1)
            return failWith(report, log,
                            QStringLiteral("The topology has %1 hosts. Specify the Admin Node Manager with "
                                           "--anm_host <hostname>")
                                .arg(topology->hosts.size()));
        anmHost = topology->hosts.first().name;
    }
    if (topology->hostId(anmHost).isEmpty())
        return failWith(report, log, hostError(anmHost));
    if (const QString mismatch = anmMismatch(context, *state, anmHost); !mismatch.isEmpty())
        return failWith(report, log, mismatch);

    report.info(QStringLiteral("Connecting to the Admin Node Manager on %1:8090").arg(anmHost), kStepMs);
    if (const QStringList stopped = oldProcesses(context, *topology, false); !stopped.isEmpty())
        return failWith(report, log,
                        QStringLiteral("The old installation must be running to export. Not running: %1. Start all "
                                       "Node Managers and API Gateways of the old installation on every node and "
                                       "retry.")
                            .arg(stopped.join(QStringLiteral(", "))));
    if (args.has(QStringLiteral("--username"))) {
        const QString user = args.value(QStringLiteral("--username"));
        if (!sandbox.checkAdminCredentials(anmHost, Install::Old, user, args.value(QStringLiteral("--password"))))
            return failWith(report, log,
                            QStringLiteral("Authentication with the Admin Node Manager on %1:8090 failed for user "
                                           "'%2' (HTTP 401). Check --username and --password.")
                                .arg(anmHost, user));
    }
    report.info(QStringLiteral("Exporting the topology: %1 hosts, %2 groups")
                    .arg(topology->hosts.size())
                    .arg(topology->groups.size()),
                kStepMs);

    for (const sim::TopologyGroup &group : topology->groups) {
        if (group.services.isEmpty() || group.services.first().type != QLatin1String("gateway"))
            continue;
        report.info(QStringLiteral("Checking that group '%1' (%2) is consistent").arg(group.name, group.id), kStepMs);
        // The fault names the first API Gateway group, as the vendor's message does.
        if (context.faults.mode(QStringLiteral("sysupgrade.export")) == QLatin1String("inconsistent-group"))
            return failWith(report, log,
                            QStringLiteral("Group '%1' (%2) is inconsistent. Upgrade requires all groups to be "
                                           "consistent.")
                                .arg(group.name, group.id));
    }

    // The data: what sysupgrade upgrade and apply work from.
    const QString out = exportDir(context);
    QDir(out).removeRecursively();
    QDir(upgradeDir(context)).removeRecursively();
    std::expected<void, QString> written
        = copyTree(context, expected + QStringLiteral("/groups/topology.json"), out + QStringLiteral("/topology.json"));
    for (const QString &file :
         {QStringLiteral("acl.json"), QStringLiteral("adminUsers.json"), QStringLiteral("envSettings.props")}) {
        if (written)
            written
                = copyTree(context, expected + QStringLiteral("/conf/") + file, out + QStringLiteral("/conf/") + file);
    }
    if (written)
        report.info(QStringLiteral("Exported admin users, RBAC and environment settings"), kStepMs);
    for (const TopologyService &service : topology->servicesOn(node)) {
        const sim::TopologyGroup *group = topology->groupOf(service.id);
        if (!written || service.type != QLatin1String("gateway") || !group)
            continue;
        const QString relative = QStringLiteral("/groups/%1/%2/conf").arg(group->id, service.id);
        written = copyTree(context, expected + relative, out + relative);
        // Like the real one, sysupgrade leaves single sign-on files behind: the vendor's
        // after-upgrade steps copy them by hand.
        for (const QString &sso : QDir(out + relative)
                                      .entryList({QStringLiteral("service-provider*.xml"), QStringLiteral("sso.jks"),
                                                  QStringLiteral("trustStore.jks")},
                                                 QDir::Files))
            QFile::remove(out + relative + u'/' + sso);
        if (written)
            report.info(QStringLiteral("Exported the configuration of %1 in group '%2' (%3)")
                            .arg(service.name, group->name, group->id),
                        kStepMs);
    }
    if (written)
        written = copyTree(context, expected + QStringLiteral("/groups/certs"), out + QStringLiteral("/groups/certs"));
    const QStringList jars
        = QDir(expected + QStringLiteral("/ext/lib")).entryList({QStringLiteral("*.jar")}, QDir::Files);
    if (written) {
        written = copyTree(context, expected + QStringLiteral("/ext/lib"), out + QStringLiteral("/ext/lib"));
        if (written && !jars.isEmpty())
            report.info(
                QStringLiteral("Exported the third-party JARs of ext/lib: %1").arg(jars.join(QStringLiteral(", "))),
                kStepMs);
    }
    if (written)
        written = writeJson(context, out + QStringLiteral("/export-info.json"),
                            {{QStringLiteral("node"), node},
                             {QStringLiteral("anmHost"), anmHost},
                             {QStringLiteral("oldInstallDir"), expected},
                             {QStringLiteral("oldVersion"), Sandbox::versionOf(Install::Old)},
                             {QStringLiteral("exported"), isoNow()}});
    if (!written)
        return failWith(report, log, written.error());

    QString conflict;
    auto recorded = updateState(context, [&](QJsonObject &current) {
        conflict = anmMismatch(context, current, anmHost);
        if (!conflict.isEmpty())
            return false;
        setNode(current, node,
                {{QStringLiteral("status"), kExported},
                 {QStringLiteral("anmHost"), anmHost},
                 {QStringLiteral("exported"), isoNow()},
                 {QStringLiteral("upgraded"), QJsonValue()},
                 {QStringLiteral("applied"), QJsonValue()}});
        return true;
    });
    if (!recorded)
        return failWith(report, log, recorded.error());
    if (!conflict.isEmpty())
        return failWith(report, log, conflict);
    report.info(QStringLiteral("Export complete. The exported data is in %1").arg(QDir::toNativeSeparators(out)));
    report.info(QStringLiteral("Next step: sysupgrade upgrade"));
    return 0;
}

// --- upgrade ---------------------------------------------------------------------------------

int runUpgrade(Context &context, const ParsedArgs &args)
{
    Log log;
    Reporter report(log);
    const Sandbox &sandbox = context.sandbox;
    const QString node = context.node;

    const QString trace = args.value(QStringLiteral("--tracelevel"));
    if (args.has(QStringLiteral("--tracelevel"))
        && !QStringList{QStringLiteral("DEBUG"), QStringLiteral("INFO"), QStringLiteral("VERBOSE")}.contains(trace))
        return report.error(QStringLiteral("--tracelevel must be DEBUG, INFO or VERBOSE, not '%1'").arg(trace));
    if (args.has(QStringLiteral("--no_cassandra")) && args.has(QStringLiteral("--cass_host")))
        return report.error(QStringLiteral("--no_cassandra cannot be used with --cass_host"));
    int port = 9042;
    if (args.has(QStringLiteral("--cass_port"))) {
        bool ok = false;
        port = args.value(QStringLiteral("--cass_port")).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return report.error(QStringLiteral("--cass_port must be a port number, not '%1'")
                                    .arg(args.value(QStringLiteral("--cass_port"))));
    }

    auto state = readState(context);
    if (!state)
        return report.error(state.error());
    const QString status = nodeStatus(*state, node);
    if (status == kNotStarted)
        return report.error(QStringLiteral("No exported data found in %1. Run 'sysupgrade export' first.")
                                .arg(QDir::toNativeSeparators(exportDir(context))));
    if (status == kApplied)
        return report.error(QStringLiteral("The system upgrade is already complete on %1. Run 'sysupgrade clean' "
                                           "to start again.")
                                .arg(node));
    if (status == kUpgraded && !args.has(QStringLiteral("--force")))
        return report.error(
            QStringLiteral("Upgrade has already been run on %1. Use --force to run it again.").arg(node));

    if (auto opened = log.open(context, logPath(context, QStringLiteral("upgrade"))); !opened)
        return report.error(opened.error());
    log.write(QStringLiteral("INFO"), maskedCommandLine(QStringLiteral("sysupgrade"), context.args, kSecretOptions));
    report.info(QStringLiteral("sysupgrade upgrade on %1 (offline)").arg(node), kStepMs);

    const QString in = exportDir(context);
    const auto topology = Topology::read(in + QStringLiteral("/topology.json"));
    if (!topology)
        return failWith(report, log, topology.error());
    // The vendor's single-node example runs `sysupgrade upgrade` alone: the exported
    // configuration's Cassandra host (on the one node) is kept. A multi-node domain must name the
    // external cluster, as its example does (--cass_host NodeA).
    QString cassHost = args.value(QStringLiteral("--cass_host"));
    if (!args.has(QStringLiteral("--no_cassandra")) && !args.has(QStringLiteral("--cass_host"))) {
        if (topology->hosts.size() > 1)
            return failWith(report, log,
                            QStringLiteral("The old installation stores API Manager data in Apache Cassandra and the "
                                           "topology has %1 hosts. Specify the Cassandra host with --cass_host <host>, "
                                           "or --no_cassandra if Cassandra is not used")
                                .arg(topology->hosts.size()));
        cassHost = topology->hosts.value(0).name;
        report.info(QStringLiteral("No --cass_host: keeping the Cassandra host of the exported configuration (%1)")
                        .arg(cassHost));
    }

    const QString newDir = sandbox.apigatewayDir(node, Install::New);
    report.info(QStringLiteral("Checking the license of the new installation"), kStepMs);
    const QStringList licenses
        = QDir(newDir + QStringLiteral("/conf/licenses")).entryList({QStringLiteral("*.lic")}, QDir::Files);
    if (licenses.isEmpty() || context.faults.mode(QStringLiteral("sysupgrade.upgrade")) == QLatin1String("license"))
        return failWith(report, log,
                        QStringLiteral("LicenseException ('License not found: no valid API Gateway %1 license in %2')")
                            .arg(Sandbox::versionOf(Install::New),
                                 QDir::toNativeSeparators(newDir + QStringLiteral("/conf/licenses"))));

    for (const sim::TopologyGroup &group : topology->groups) {
        if (!group.services.isEmpty() && group.services.first().type == QLatin1String("gateway"))
            report.info(
                QStringLiteral("Upgrading the configuration of group '%1' (%2) from %3 to %4")
                    .arg(group.name, group.id, Sandbox::versionOf(Install::Old), Sandbox::versionOf(Install::New)),
                kStepMs);
    }
    report.info(QStringLiteral("Upgrading admin users, RBAC and KPS collections"), kStepMs);
    if (args.has(QStringLiteral("--no_cassandra"))) {
        report.info(QStringLiteral("Apache Cassandra: not used (--no_cassandra)"));
    } else {
        report.info(
            QStringLiteral("Updating the Cassandra hosts for the Datastax client: %1:%2").arg(cassHost).arg(port),
            kStepMs);
        if (port == 9160)
            report.warn(QStringLiteral("Port 9160 is the Apache Thrift port of the Hector client of older API "
                                       "Gateways. API Gateway 7.7 uses the native protocol, port 9042 by default."));
    }
    if (sandbox.externalDatabase()) {
        QString text = QStringLiteral("OAuth/KPS tables must be upgraded in the following external databases: %1.")
                           .arg(sandbox.externalDatabaseUrl());
        if (!QFileInfo::exists(newDir + QStringLiteral("/upgrade/lib/") + QLatin1String(Sandbox::kJdbcDriverJar)))
            text += QStringLiteral(" Copy the JDBC driver JARs (%1) to %2 before running apply.")
                        .arg(QLatin1String(Sandbox::kJdbcDriverJar),
                             QDir::toNativeSeparators(newDir + QStringLiteral("/upgrade/lib")));
        report.warn(text);
    }
    const QStringList jars = QDir(in + QStringLiteral("/ext/lib")).entryList({QStringLiteral("*.jar")}, QDir::Files);
    for (const QString &jar : jars) {
        if (QFileInfo::exists(newDir + QStringLiteral("/system/lib/") + jar))
            report.warn(QStringLiteral("ext/lib/%1 is also present in the new installation under system/lib. Check "
                                       "that the third-party JARs are compatible with API Gateway %2.")
                            .arg(jar, Sandbox::versionOf(Install::New)));
    }

    const QString out = upgradeDir(context);
    QDir(out).removeRecursively();
    Topology upgraded = *topology;
    upgraded.productVersion = Sandbox::versionOf(Install::New);
    std::expected<void, QString> written
        = writeJson(context, out + QStringLiteral("/topology.json"), upgraded.toJson());
    if (written)
        written = copyTree(context, in + QStringLiteral("/groups"), out + QStringLiteral("/groups"));
    if (written)
        written = writeJson(
            context, out + QStringLiteral("/upgrade-info.json"),
            {{QStringLiteral("node"), node},
             {QStringLiteral("newVersion"), Sandbox::versionOf(Install::New)},
             {QStringLiteral("cassandra"),
              args.has(QStringLiteral("--no_cassandra")) ? QJsonValue()
                                                         : QJsonValue(QStringLiteral("%1:%2").arg(cassHost).arg(port))},
             {QStringLiteral("upgraded"), isoNow()}});
    if (!written)
        return failWith(report, log, written.error());
    auto recorded = updateState(context, [&](QJsonObject &current) {
        setNode(current, node, {{QStringLiteral("status"), kUpgraded}, {QStringLiteral("upgraded"), isoNow()}});
        return true;
    });
    if (!recorded)
        return failWith(report, log, recorded.error());
    if (report.warnings() > 0)
        report.info(QStringLiteral("Upgrade complete with %1 warning(s). Examine the log file %2")
                        .arg(report.warnings())
                        .arg(QDir::toNativeSeparators(log.path())));
    else
        report.info(QStringLiteral("Upgrade complete."));
    report.info(QStringLiteral("Next step: sysupgrade apply"));
    return 0;
}

// --- apply -----------------------------------------------------------------------------------

int runApply(Context &context, const ParsedArgs &args)
{
    Log log;
    Reporter report(log);
    const Sandbox &sandbox = context.sandbox;
    const QString node = context.node;

    auto state = readState(context);
    if (!state)
        return report.error(state.error());
    const QString status = nodeStatus(*state, node);
    if (status == kNotStarted)
        return report.error(QStringLiteral("No exported data found in %1. Run 'sysupgrade export' first.")
                                .arg(QDir::toNativeSeparators(exportDir(context))));
    if (status == kExported)
        return report.error(QStringLiteral("The exported data has not been upgraded. Run 'sysupgrade upgrade' first."));
    if (status == kApplied && !args.has(QStringLiteral("--force")))
        return report.error(QStringLiteral("The system upgrade is already complete on %1.").arg(node));

    if (auto opened = log.open(context, logPath(context, QStringLiteral("apply"))); !opened)
        return report.error(opened.error());
    log.write(QStringLiteral("INFO"), maskedCommandLine(QStringLiteral("sysupgrade"), context.args, kSecretOptions));
    report.info(QStringLiteral("sysupgrade apply on %1").arg(node), kStepMs);

    const QString upgraded = upgradeDir(context);
    const auto topology = Topology::read(upgraded + QStringLiteral("/topology.json"));
    if (!topology)
        return failWith(report, log, topology.error());
    const QString exportedAnm = recordedAnmHost(*state, node);
    QString anmHost = args.value(QStringLiteral("--anm_host"));
    if (anmHost.isEmpty())
        anmHost = exportedAnm;
    if (topology->hostId(anmHost).isEmpty())
        return failWith(report, log, hostError(anmHost));
    if (!exportedAnm.isEmpty() && anmHost != exportedAnm)
        return failWith(report, log,
                        QStringLiteral("--anm_host '%1' differs from --anm_host '%2' used by export on %3. Retry with "
                                       "--anm_host %2")
                            .arg(anmHost, exportedAnm, node));

    report.info(QStringLiteral("Checking that the old installation is stopped on all nodes"), kStepMs);
    if (const QStringList running = oldProcesses(context, *topology, true); !running.isEmpty())
        return failWith(report, log,
                        QStringLiteral("API Gateway processes of the old installation are still running: %1. Stop the "
                                       "old installation on all nodes before running apply.")
                            .arg(running.join(QStringLiteral(", "))));

    const QString firstAnm = firstAdminNode(context);
    const bool isFirstAnm = node == firstAnm;
    if (isFirstAnm && sandbox.domainKeyProtected()) {
        if (!args.has(QStringLiteral("--domain_passphrase")))
            return failWith(report, log,
                            QStringLiteral("The domain private key is protected by a passphrase. Retry with "
                                           "--domain_passphrase <passphrase>"));
        if (!sandbox.checkDomainPassphrase(args.value(QStringLiteral("--domain_passphrase"))))
            return failWith(report, log, QStringLiteral("The passphrase of the domain private key is incorrect."));
    }
    const QString newDir = sandbox.apigatewayDir(node, Install::New);
    if (sandbox.externalDatabase() && isFirstAnm) {
        if (args.has(QStringLiteral("--skip_db_upgrade"))) {
            report.warn(QStringLiteral("--skip_db_upgrade: the OAuth/KPS tables in %1 are not upgraded; upgrade them "
                                       "manually.")
                            .arg(sandbox.externalDatabaseUrl()));
        } else {
            report.info(QStringLiteral("Upgrading the OAuth/KPS tables in %1").arg(sandbox.externalDatabaseUrl()),
                        kStepMs);
            if (!QFileInfo::exists(newDir + QStringLiteral("/upgrade/lib/") + QLatin1String(Sandbox::kJdbcDriverJar)))
                return failWith(report, log,
                                QStringLiteral("Failed to upgrade the OAuth/KPS tables in %1: No suitable driver "
                                               "found. Copy the JDBC driver JAR to %2, or rerun with "
                                               "--skip_db_upgrade and upgrade the tables manually.")
                                    .arg(sandbox.externalDatabaseUrl(),
                                         QDir::toNativeSeparators(newDir + QStringLiteral("/upgrade/lib"))));
        }
    }

    report.info(QStringLiteral("Creating the %1 topology on %2").arg(Sandbox::versionOf(Install::New), node), kStepMs);
    report.info(
        QStringLiteral("Registering the Node Manager on %1 with the Admin Node Manager on %2:8090").arg(node, anmHost),
        kStepMs);
    // Certificates are signed with the domain key, which only the first Admin Node Manager has:
    // it must run 7.7 before any other node can join, and --anm_host must name it.
    const QStringList anmRunning = sandbox.runningServices(firstAnm, Install::New);
    const bool firstAnmUp = nodeStatus(*state, firstAnm) == kApplied
        && std::any_of(anmRunning.begin(), anmRunning.end(),
                       [](const QString &id) { return id.startsWith(QLatin1String("nodemanager-")); });
    if (anmHost != firstAnm || (!isFirstAnm && !firstAnmUp))
        return failWith(report, log, csrError());

    // Import the upgraded data into the new installation.
    const QString exported = exportDir(context);
    // apply --force over a completed apply restarts the new processes; before the first apply
    // there is no new topology and nothing to stop, which is not an error.
    (void)sandbox.setRunning(node, Install::New, false);
    std::expected<void, QString> written = copyTree(context, upgraded + QStringLiteral("/topology.json"),
                                                    newDir + QStringLiteral("/groups/topology.json"));
    if (written)
        written = copyTree(context, upgraded + QStringLiteral("/groups"), newDir + QStringLiteral("/groups"));
    if (written)
        written
            = copyTree(context, exported + QStringLiteral("/groups/certs"), newDir + QStringLiteral("/groups/certs"));
    for (const QString &file :
         {QStringLiteral("acl.json"), QStringLiteral("adminUsers.json"), QStringLiteral("envSettings.props")}) {
        if (written)
            written = copyTree(context, exported + QStringLiteral("/conf/") + file,
                               newDir + QStringLiteral("/conf/") + file);
    }
    if (written)
        written = copyTree(context, exported + QStringLiteral("/ext/lib"), newDir + QStringLiteral("/ext/lib"));
    if (!written)
        return failWith(report, log, written.error());
    report.info(QStringLiteral("Imported the upgraded configuration, admin users and ext/lib JARs"), kStepMs);
    for (const TopologyService &service : topology->servicesOn(node))
        report.info(QStringLiteral("Starting %1").arg(service.name), kStepMs / 2);
    if (context.diskFull())
        return failWith(report, log, noSpace(sandbox.runDir(node, Install::New)));
    if (auto started = sandbox.setRunning(node, Install::New, true); !started)
        return failWith(report, log, started.error());

    auto recorded = updateState(context, [&](QJsonObject &current) {
        setNode(current, node, {{QStringLiteral("status"), kApplied}, {QStringLiteral("applied"), isoNow()}});
        return true;
    });
    if (!recorded)
        return failWith(report, log, recorded.error());
    report.info(QStringLiteral("System upgrade complete on %1. API Gateway %2 is running; API Gateway Manager: "
                               "https://%3:8090/")
                    .arg(node, Sandbox::versionOf(Install::New), anmHost));
    return 0;
}

// --- status and clean ------------------------------------------------------------------------

int runStatus(Context &context)
{
    auto state = readState(context);
    if (!state) {
        complain(QStringLiteral("ERROR: ") + state.error());
        return kFailure;
    }
    const QString status = nodeStatus(*state, context.node);
    say(QStringLiteral("Current status: ") + status);
    if (status == kNotStarted)
        say(QStringLiteral("Next step: sysupgrade export"));
    else if (status == kExported)
        say(QStringLiteral("Next step: sysupgrade upgrade"));
    else if (status == kUpgraded)
        say(QStringLiteral("Next step: sysupgrade apply"));
    return 0;
}

int runClean(Context &context)
{
    const Sandbox &sandbox = context.sandbox;
    const QString node = context.node;
    const QString newDir = sandbox.apigatewayDir(node, Install::New);
    say(QStringLiteral("sysupgrade clean on %1").arg(node));
    pause(kStepMs);
    if (!sandbox.runningServices(node, Install::New).isEmpty()) {
        say(QStringLiteral("Stopping the API Gateway %1 processes on %2").arg(Sandbox::versionOf(Install::New), node));
        if (auto stopped = sandbox.setRunning(node, Install::New, false); !stopped) {
            complain(QStringLiteral("ERROR: ") + stopped.error());
            return kFailure;
        }
        pause(kStepMs);
    }
    // Back to the new installation as the installer left it.
    QDir(sandbox.sysupgradeOutDir(node)).removeRecursively();
    QDir(newDir + QStringLiteral("/groups")).removeRecursively();
    QDir extLib(newDir + QStringLiteral("/ext/lib"));
    for (const QString &jar : extLib.entryList(QDir::Files))
        extLib.remove(jar);
    if (auto written = writeFile(context, newDir + QStringLiteral("/conf/envSettings.props"),
                                 QByteArrayLiteral("# Environment settings of the API Gateway domain\n"));
        !written) {
        complain(QStringLiteral("ERROR: ") + written.error());
        return kFailure;
    }
    auto recorded = updateState(context, [&](QJsonObject &current) {
        QJsonObject nodes = current.value(QStringLiteral("nodes")).toObject();
        nodes.remove(node);
        current.insert(QStringLiteral("nodes"), nodes);
        return true;
    });
    if (!recorded) {
        complain(QStringLiteral("ERROR: ") + recorded.error());
        return kFailure;
    }
    say(QStringLiteral("Clean complete. The new installation on %1 is ready for sysupgrade export.").arg(node));
    return 0;
}

} // namespace

int runSysupgrade(Context &context)
{
    if (context.args.isEmpty() || context.args.first() == QLatin1String("--help")
        || context.args.first() == QLatin1String("-h")) {
        printUsage();
        return context.args.isEmpty() ? kFailure : 0;
    }
    const QString command = context.args.first();
    const QStringList rest = context.args.mid(1);
    const OptionSpec force{QStringLiteral("--force"), false};
    QList<OptionSpec> spec;
    if (command == QLatin1String("export")) {
        spec = {{QStringLiteral("--old_install_dir"), true},
                {QStringLiteral("--anm_host"), true},
                {QStringLiteral("--username"), true},
                {QStringLiteral("--password"), true},
                force};
    } else if (command == QLatin1String("upgrade")) {
        spec = {{QStringLiteral("--cass_host"), true},
                {QStringLiteral("--cass_port"), true},
                {QStringLiteral("--cass_username"), true},
                {QStringLiteral("--cass_password"), true},
                {QStringLiteral("--no_cassandra"), false},
                {QStringLiteral("--tracelevel"), true},
                force};
    } else if (command == QLatin1String("apply")) {
        spec = {{QStringLiteral("--anm_host"), true},
                {QStringLiteral("--domain_passphrase"), true},
                {QStringLiteral("--skip_db_upgrade"), false},
                force};
    } else if (command != QLatin1String("status") && command != QLatin1String("clean")) {
        complain(QStringLiteral("ERROR: Unknown command '%1'").arg(command));
        printUsage();
        return kFailure;
    }
    const auto args = parseArgs(rest, spec);
    if (!args) {
        complain(QStringLiteral("ERROR: ") + args.error());
        printUsage();
        return kFailure;
    }
    if (!args->positional.isEmpty()) {
        complain(QStringLiteral("ERROR: Unexpected argument '%1'").arg(args->positional.first()));
        printUsage();
        return kFailure;
    }
    if (command == QLatin1String("export"))
        return runExport(context, *args);
    if (command == QLatin1String("upgrade"))
        return runUpgrade(context, *args);
    if (command == QLatin1String("apply"))
        return runApply(context, *args);
    if (command == QLatin1String("status"))
        return runStatus(context);
    return runClean(context);
}

} // namespace uw::simtool
