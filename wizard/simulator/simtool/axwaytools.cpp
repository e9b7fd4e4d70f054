// The posix/bin tools of both Axway installations: managedomain --version, kpsadmin reencrypt,
// and nodemanager / startinstance to start (-d) and stop (-k) the processes, with the options
// the vendor documents. A process "runs" while its marker in posix/var/run exists.

#include "tool.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace uw::simtool {

namespace {

using sim::Install;
using sim::Sandbox;
using sim::Topology;
using sim::TopologyService;

constexpr int kStepMs = 400;

QString topologyPath(const Context &context, const QString &node)
{
    return context.sandbox.apigatewayDir(node, *context.install) + QStringLiteral("/groups/topology.json");
}

int fail(const QString &message)
{
    complain(message);
    return kFailure;
}

// Starts (-d, or no option: in the foreground, which the simulator treats alike) or stops (-k)
// one process by its marker.
int startOrStop(const Context &context, const TopologyService &service, bool stop)
{
    const QString marker
        = context.sandbox.runDir(context.node, *context.install) + u'/' + service.id + QStringLiteral(".running");
    const bool running = QFileInfo::exists(marker);
    if (stop) {
        if (!running) {
            say(QStringLiteral("%1 is not running").arg(service.name));
            return 0;
        }
        say(QStringLiteral("Stopping %1 ...").arg(service.name));
        pause(kStepMs);
        if (!QFile::remove(marker))
            return fail(QStringLiteral("Error: cannot stop %1: cannot remove %2").arg(service.name, marker));
        say(QStringLiteral("%1 stopped").arg(service.name));
        return 0;
    }
    if (running) {
        say(QStringLiteral("%1 is already running").arg(service.name));
        return 0;
    }
    say(QStringLiteral("Starting %1 ...").arg(service.name));
    pause(kStepMs);
    const QJsonObject content{{QStringLiteral("service"), service.name},
                              {QStringLiteral("version"), Sandbox::versionOf(*context.install)},
                              {QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (auto written = writeJson(context, marker, content); !written)
        return fail(QStringLiteral("Error: cannot start %1: %2").arg(service.name, written.error()));
    say(QStringLiteral("%1 started").arg(service.name));
    return 0;
}

std::expected<ParsedArgs, int> parseOrFail(const Context &context, const QList<OptionSpec> &spec, const QString &usage)
{
    auto args = parseArgs(context.args, spec);
    if (!args) {
        complain(QStringLiteral("Error: %1\n%2").arg(args.error(), usage));
        return std::unexpected(kFailure);
    }
    return *args;
}

} // namespace

int runManagedomain(Context &context)
{
    const QString usage = QStringLiteral("Usage: managedomain --version\n(The interactive menu and the other "
                                         "managedomain options are not part of the training simulator.)");
    if (context.args != QStringList{QStringLiteral("--version")})
        return fail(usage);
    const bool isNew = *context.install == Install::New;
    say(QStringLiteral("Version: %1 (build %2)")
            .arg(Sandbox::versionOf(*context.install),
                 isNew ? QStringLiteral("APIGateway_7.7.0-20191008") : QStringLiteral("APIGateway_7.5.1-20160520")));
    return 0;
}

int runNodemanager(Context &context)
{
    const QString usage = QStringLiteral("Usage: nodemanager [-d | -k]\n  -d  start the Node Manager as a daemon\n"
                                         "  -k  stop (kill) the Node Manager");
    const auto args = parseOrFail(context, {{QStringLiteral("-d"), false}, {QStringLiteral("-k"), false}}, usage);
    if (!args)
        return args.error();
    if (!args->positional.isEmpty() || (args->has(QStringLiteral("-d")) && args->has(QStringLiteral("-k"))))
        return fail(usage);
    const auto topology = Topology::read(topologyPath(context, context.node));
    if (!topology)
        return fail(QStringLiteral("Error: no Node Manager is configured in %1 (%2)")
                        .arg(QDir::toNativeSeparators(context.sandbox.apigatewayDir(context.node, *context.install)),
                             topology.error()));
    for (const TopologyService &service : topology->servicesOn(context.node)) {
        if (service.type == QLatin1String("nodemanager"))
            return startOrStop(context, service, args->has(QStringLiteral("-k")));
    }
    return fail(QStringLiteral("Error: the topology has no Node Manager on %1").arg(context.node));
}

int runStartinstance(Context &context)
{
    const QString usage = QStringLiteral("Usage: startinstance -g GROUP -n NAME [-d | -k]\n"
                                         "  -d  start the API Gateway as a daemon\n  -k  stop (kill) it");
    const auto args = parseOrFail(context,
                                  {{QStringLiteral("-g"), true},
                                   {QStringLiteral("-n"), true},
                                   {QStringLiteral("-d"), false},
                                   {QStringLiteral("-k"), false}},
                                  usage);
    if (!args)
        return args.error();
    if (!args->positional.isEmpty() || !args->has(QStringLiteral("-g")) || !args->has(QStringLiteral("-n"))
        || (args->has(QStringLiteral("-d")) && args->has(QStringLiteral("-k"))))
        return fail(usage);
    const auto topology = Topology::read(topologyPath(context, context.node));
    if (!topology)
        return fail(QStringLiteral("Error: no API Gateway is configured in %1 (%2)")
                        .arg(QDir::toNativeSeparators(context.sandbox.apigatewayDir(context.node, *context.install)),
                             topology.error()));
    const QString groupName = args->value(QStringLiteral("-g"));
    const QString name = args->value(QStringLiteral("-n"));
    const sim::TopologyGroup *group = topology->groupByName(groupName);
    if (!group)
        return fail(QStringLiteral("Error: group '%1' does not exist in the topology").arg(groupName));
    const QString hostId = topology->hostId(context.node);
    for (const TopologyService &service : group->services) {
        if (service.name == name && service.hostId == hostId && service.type == QLatin1String("gateway"))
            return startOrStop(context, service, args->has(QStringLiteral("-k")));
    }
    return fail(
        QStringLiteral("Error: no API Gateway named '%1' in group '%2' on %3").arg(name, groupName, context.node));
}

int runKpsadmin(Context &context)
{
    const QString usage = QStringLiteral(
        "Usage: kpsadmin -u USER -p PASSWORD -g GROUP -n INSTANCE [--oldpassphrase PASSPHRASE] reencrypt");
    const auto args = parseOrFail(context,
                                  {{QStringLiteral("-u"), true},
                                   {QStringLiteral("-p"), true},
                                   {QStringLiteral("-g"), true},
                                   {QStringLiteral("-n"), true},
                                   {QStringLiteral("--oldpassphrase"), true}},
                                  usage);
    if (!args)
        return args.error();
    for (const QString &option :
         {QStringLiteral("-u"), QStringLiteral("-p"), QStringLiteral("-g"), QStringLiteral("-n")}) {
        if (args->value(option).isEmpty())
            return fail(QStringLiteral("Error: option %1 is required\n%2").arg(option, usage));
    }
    if (args->positional != QStringList{QStringLiteral("reencrypt")})
        return fail(QStringLiteral("Error: expected the command 'reencrypt'\n%1").arg(usage));
    if (args->has(QStringLiteral("--oldpassphrase")) && args->value(QStringLiteral("--oldpassphrase")).isEmpty())
        return fail(QStringLiteral("Error: --oldpassphrase needs the passphrase\n%1").arg(usage));
    if (*context.install == Install::Old)
        return fail(QStringLiteral("Error: 'reencrypt' is not supported by kpsadmin %1. Run it from the API Gateway "
                                   "%2 installation after the upgrade.")
                        .arg(Sandbox::versionOf(Install::Old), Sandbox::versionOf(Install::New)));

    // kpsadmin talks to the Admin Node Manager, which must run in this installation.
    const Sandbox &sandbox = context.sandbox;
    const QString anm = sandbox.firstAdminNode();
    const auto topology = Topology::read(topologyPath(context, anm));
    const QStringList anmRunning = sandbox.runningServices(anm, Install::New);
    say(QStringLiteral("Connecting to the Admin Node Manager at https://%1:8090 as %2")
            .arg(anm, args->value(QStringLiteral("-u"))));
    pause(kStepMs);
    if (!topology || std::none_of(anmRunning.begin(), anmRunning.end(), [](const QString &id) {
            return id.startsWith(QLatin1String("nodemanager-"));
        }))
        return fail(QStringLiteral("Error: cannot connect to the Admin Node Manager at https://%1:8090: Connection "
                                   "refused")
                        .arg(anm));
    if (!sandbox.checkAdminCredentials(anm, Install::New, args->value(QStringLiteral("-u")),
                                       args->value(QStringLiteral("-p"))))
        return fail(QStringLiteral("Error: authentication failed for user '%1' (HTTP 401 Unauthorized)")
                        .arg(args->value(QStringLiteral("-u"))));

    const QString groupName = args->value(QStringLiteral("-g"));
    const QString instance = args->value(QStringLiteral("-n"));
    const sim::TopologyGroup *group = topology->groupByName(groupName);
    if (!group || group->services.isEmpty() || group->services.first().type != QLatin1String("gateway")) {
        QStringList names;
        for (const sim::TopologyGroup &candidate : topology->groups) {
            if (!candidate.services.isEmpty() && candidate.services.first().type == QLatin1String("gateway"))
                names << candidate.name;
        }
        return fail(QStringLiteral("Error: API Gateway group '%1' not found in the topology. Groups: %2")
                        .arg(groupName, names.join(QStringLiteral(", "))));
    }
    const TopologyService *service = nullptr;
    QStringList instances;
    for (const TopologyService &candidate : group->services) {
        instances << candidate.name;
        if (candidate.name == instance)
            service = &candidate;
    }
    if (!service)
        return fail(QStringLiteral("Error: API Gateway '%1' not found in group '%2'. Instances: %3")
                        .arg(instance, groupName, instances.join(QStringLiteral(", "))));
    const QString host = topology->hostName(service->hostId);
    if (!sandbox.runningServices(host, Install::New).contains(service->id))
        return fail(QStringLiteral("Error: API Gateway '%1' in group '%2' on %3 is not running")
                        .arg(instance, groupName, host));

    say(QStringLiteral("Re-encrypting the KPS data of group '%1' through %2 with the AES-256 cipher scheme ...")
            .arg(groupName, instance));
    pause(kStepMs * 2);
    const QString marker = sandbox.apigatewayDir(host, Install::New)
        + QStringLiteral("/groups/%1/%2/conf/kps/cipher.json").arg(group->id, service->id);
    if (auto written
        = writeJson(context, marker,
                    {{QStringLiteral("cipherScheme"), QStringLiteral("AES-256")},
                     {QStringLiteral("reencrypted"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
        !written)
        return fail(QStringLiteral("Error: re-encryption failed: %1").arg(written.error()));
    say(QStringLiteral("Re-encrypted 4 KPS collections (57 entries) of group '%1'. Done.").arg(groupName));
    return 0;
}

} // namespace uw::simtool
