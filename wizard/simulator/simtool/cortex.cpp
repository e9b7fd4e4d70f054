// The Cortex Gateway upgrade script (Upgrade-Gateway.ps1), 2024.7 to 2024.9: validates the
// parameters file the administrator configured, backs the site up, installs the new version
// and updates web.config, logging to Logs/Upgrade-Gateway.log beside the script.

#include "tool.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace uw::simtool {

namespace {

constexpr char kScript[] = "Upgrade-Gateway.ps1";
const QString kFrom = QStringLiteral("2024.7");
const QString kTo = QStringLiteral("2024.9");
constexpr int kStepMs = 450;

// PowerShell shows a script's terminating errors as "SCRIPT : message".
int scriptError(Log &log, const QString &message)
{
    complain(QStringLiteral("%1 : %2").arg(QLatin1String(kScript), message));
    log.write(QStringLiteral("ERROR"), message);
    return kFailure;
}

// Every required value that is missing, empty or malformed, each in its own sentence.
QStringList validate(const QJsonObject &parameters, const QString &fileName)
{
    QStringList problems;
    const auto missing = [&](const QString &key) {
        problems << QStringLiteral("The parameter '%1' is required but missing or empty in %2.").arg(key, fileName);
    };
    for (const QString &key : {QStringLiteral("SiteName"), QStringLiteral("ApplicationName"),
                               QStringLiteral("InstallationPath"), QStringLiteral("BackupPath"),
                               QStringLiteral("LoadBalancerFqdn"), QStringLiteral("ClientCertificateThumbprint")}) {
        if (parameters.value(key).toString().trimmed().isEmpty())
            missing(key);
    }
    const QJsonArray servers = parameters.value(QStringLiteral("ApplicationServerFqdns")).toArray();
    bool serversOk = !servers.isEmpty();
    for (const QJsonValue &server : servers)
        serversOk = serversOk && !server.toString().trimmed().isEmpty();
    if (!serversOk)
        missing(QStringLiteral("ApplicationServerFqdns"));
    const QString thumbprint = parameters.value(QStringLiteral("ClientCertificateThumbprint")).toString().trimmed();
    static const QRegularExpression hex40(QStringLiteral("^[0-9A-Fa-f]{40}$"));
    if (!thumbprint.isEmpty() && !hex40.match(thumbprint).hasMatch())
        problems << QStringLiteral("The parameter 'ClientCertificateThumbprint' must be the 40 hexadecimal digits of "
                                   "a certificate thumbprint, not '%1'.")
                        .arg(thumbprint);
    if (parameters.contains(QStringLiteral("ServiceFabricHttpGatewayEndpointPort"))) {
        const int port = parameters.value(QStringLiteral("ServiceFabricHttpGatewayEndpointPort")).toInt(-1);
        if (port < 1 || port > 65535)
            problems << QStringLiteral("The parameter 'ServiceFabricHttpGatewayEndpointPort' must be a port number.");
    }
    return problems;
}

QString readVersion(const QString &site)
{
    QFile file(site + QStringLiteral("/version.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

int runCortexUpgradeGateway(Context &context)
{
    Log log;
    const auto args = parseArgs(context.args, {{QStringLiteral("--parameters"), true}});
    if (!args || !args->positional.isEmpty())
        return scriptError(
            log,
            QStringLiteral("%1. Usage: %2 [--parameters FILE]")
                .arg(args ? QStringLiteral("Unexpected argument '%1'").arg(args->positional.first()) : args.error(),
                     QLatin1String(kScript)));
    // Without --parameters the script reads the file beside it, as shipped.
    const QString parametersPath = args->has(QStringLiteral("--parameters"))
        ? QFileInfo(args->value(QStringLiteral("--parameters"))).absoluteFilePath()
        : context.sandbox.cortexParametersPath();
    say(QStringLiteral("Cortex Gateway upgrade %1 -> %2").arg(kFrom, kTo));
    say(QStringLiteral("Reading parameters from %1").arg(QDir::toNativeSeparators(parametersPath)));
    pause(kStepMs);
    const auto parameters = readJson(parametersPath);
    if (!parameters)
        return scriptError(log, parameters.error());
    if (const QStringList problems = validate(*parameters, QFileInfo(parametersPath).fileName()); !problems.isEmpty()) {
        for (const QString &problem : problems)
            scriptError(log, problem);
        return kFailure;
    }
    say(QStringLiteral("Parameters are valid."));

    if (auto opened = log.open(
            context, context.sandbox.cortexUpgradeScriptDir() + QStringLiteral("/Logs/Upgrade-Gateway.log"), true);
        !opened)
        return scriptError(log, opened.error());
    Reporter report(log);
    log.write(
        QStringLiteral("INFO"),
        QStringLiteral("%1 --parameters %2").arg(QLatin1String(kScript), QDir::toNativeSeparators(parametersPath)));

    const QString site = parameters->value(QStringLiteral("InstallationPath")).toString();
    const QString installed = readVersion(site);
    if (installed.isEmpty())
        return scriptError(log,
                           QStringLiteral("No Cortex Gateway installation found at '%1' (version.txt is missing).")
                               .arg(QDir::toNativeSeparators(site)));
    report.info(QStringLiteral("Installed version: %1").arg(installed), kStepMs);
    if (installed == kTo) {
        report.info(QStringLiteral("Cortex Gateway is already at %1; nothing to do.").arg(kTo));
        return 0;
    }
    if (installed != kFrom)
        return scriptError(log,
                           QStringLiteral("This script upgrades Cortex Gateway %1 to %2; the installed version is %3.")
                               .arg(kFrom, kTo, installed));

    const QString appPool = parameters->value(QStringLiteral("ApplicationName")).toString();
    report.info(QStringLiteral("Stopping the application pool of '%1' on site '%2'")
                    .arg(appPool, parameters->value(QStringLiteral("SiteName")).toString()),
                kStepMs);
    const QString backup = parameters->value(QStringLiteral("BackupPath")).toString() + u'/'
        + QFileInfo(site).fileName() + u'-' + installed + u'-'
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    report.info(
        QStringLiteral("Backing up %1 to %2").arg(QDir::toNativeSeparators(site), QDir::toNativeSeparators(backup)),
        kStepMs);
    if (auto copied = copyTree(context, site, backup); !copied)
        return scriptError(log, copied.error());

    report.info(QStringLiteral("Installing Cortex Gateway %1 into %2").arg(kTo, QDir::toNativeSeparators(site)),
                kStepMs);
    QStringList servers;
    for (const QJsonValue &server : parameters->value(QStringLiteral("ApplicationServerFqdns")).toArray())
        servers << server.toString();
    const int port = parameters->value(QStringLiteral("ServiceFabricHttpGatewayEndpointPort")).toInt(9080);
    const QString webConfig
        = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                         "<configuration>\n"
                         "  <appSettings>\n"
                         "    <add key=\"Product\" value=\"Cortex Gateway\" />\n"
                         "    <add key=\"Version\" value=\"%1\" />\n"
                         "    <add key=\"ServiceFabricHttpGatewayEndpointPort\" value=\"%2\" />\n"
                         "    <add key=\"ApplicationServers\" value=\"%3\" />\n"
                         "    <add key=\"LoadBalancer\" value=\"%4\" />\n"
                         "    <add key=\"ClientCertificateThumbprint\" value=\"%5\" />\n"
                         "  </appSettings>\n"
                         "  <system.webServer>\n"
                         "    <handlers>\n"
                         "      <add name=\"aspNetCore\" path=\"*\" verb=\"*\" modules=\"AspNetCoreModuleV2\" />\n"
                         "    </handlers>\n"
                         "  </system.webServer>\n"
                         "</configuration>\n")
              .arg(kTo)
              .arg(port)
              .arg(servers.join(u','), parameters->value(QStringLiteral("LoadBalancerFqdn")).toString(),
                   parameters->value(QStringLiteral("ClientCertificateThumbprint")).toString());
    std::expected<void, QString> written = writeFile(context, site + QStringLiteral("/web.config"), webConfig.toUtf8());
    if (written)
        report.info(QStringLiteral("Updated web.config (application servers, load balancer, client certificate)"),
                    kStepMs);
    if (written)
        written = writeFile(context, site + QStringLiteral("/version.txt"), (kTo + u'\n').toUtf8());
    if (!written)
        return scriptError(log, written.error());
    report.info(QStringLiteral("Starting the application pool of '%1'").arg(appPool), kStepMs);
    report.info(QStringLiteral("Cortex Gateway upgrade to %1 complete. Log: %2")
                    .arg(kTo, QDir::toNativeSeparators(log.path())));
    return 0;
}

// The training stand-in for powershell.exe / pwsh. A .ps1 is not a program (CreateProcess cannot
// start it): it is run as `powershell.exe -NoProfile -ExecutionPolicy Bypass -File SCRIPT ARGS`.
// The stand-in takes that argument vector (PowerShell's parameter names, in any case) and runs
// the sandbox's Upgrade-Gateway.ps1; any other script, or -Command, is not simulated.
int runPowershell(Context &context)
{
    QStringList args = context.args;
    QString policy;
    QString script;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        const auto is = [&](const char *name) {
            return arg.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
        };
        if (is("-NoProfile") || is("-NonInteractive") || is("-NoLogo")) {
            continue;
        } else if (is("-ExecutionPolicy") && !args.isEmpty()) {
            policy = args.takeFirst();
        } else if (is("-File") && !args.isEmpty()) {
            script = args.takeFirst();
            break; // what follows belongs to the script
        } else {
            complain(QStringLiteral("powershell (training stand-in): '%1' is not simulated; run a script with "
                                    "-NoProfile -ExecutionPolicy Bypass -File SCRIPT [ARGS]")
                         .arg(arg));
            return kSimulatorError;
        }
    }
    if (script.isEmpty()) {
        complain(QStringLiteral("powershell (training stand-in): no -File SCRIPT; run a script with -NoProfile "
                                "-ExecutionPolicy Bypass -File SCRIPT [ARGS]"));
        return kSimulatorError;
    }
    const QFileInfo file(script);
    if (file.fileName().compare(QLatin1String(kScript), Qt::CaseInsensitive) != 0 || !file.exists()) {
        complain(QStringLiteral("powershell (training stand-in): only the sandbox's %1 is simulated, not %2")
                     .arg(QLatin1String(kScript), QDir::toNativeSeparators(script)));
        return kSimulatorError;
    }
    // The script comes from the vendor's download, unsigned: a policy that runs only signed
    // (or local) scripts refuses it, which is why the command says Bypass.
    static const QStringList runs{QStringLiteral("Bypass"), QStringLiteral("Unrestricted")};
    if (!runs.contains(policy, Qt::CaseInsensitive)) {
        complain(QStringLiteral("File %1 cannot be loaded. The file %1 is not digitally signed. You cannot run this "
                                "script on the current system. For more information about running scripts and "
                                "setting execution policy, see about_Execution_Policies.")
                     .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
        return kFailure;
    }
    context.args = args;
    return runCortexUpgradeGateway(context);
}

} // namespace uw::simtool
