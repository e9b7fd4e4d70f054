#include "wizard/simulator/sandbox.h"

#include "sandboxarchives.h"
#include "wizard/support/ondemand.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace uw::sim {

namespace detail {

SandboxArchives &sandboxArchives()
{
    static SandboxArchives set;
    return set;
}

} // namespace detail

namespace {

constexpr int kFormat = 1;
constexpr char kStateFile[] = "state.json";

const QString &oldVersion()
{
    static const QString v = QStringLiteral("7.5.1");
    return v;
}

const QString &newVersion()
{
    static const QString v = QStringLiteral("7.7");
    return v;
}

// --- writing files ---------------------------------------------------------------------------

using detail::Tree;
using detail::TreeFile;

std::expected<void, QString> ensureDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return std::unexpected(QStringLiteral("cannot create the directory %1").arg(path));
    return {};
}

constexpr QFile::Permissions kExecutable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;

// Atomic (QSaveFile, which also syncs to disk) for the files that tools and the wizard read
// while someone may be writing them: the manifest, faults.json and state.json. The trees are
// written plainly: they are new files nobody reads before the manifest, written last, exists,
// and syncing a few hundred files would make every sandbox slow to lay out.
enum class Write { Plain, Atomic };

std::expected<void, QString> writeFile(const QString &path, const QByteArray &data, Write mode = Write::Plain,
                                       bool executable = false)
{
    if (auto made = ensureDir(QFileInfo(path).absolutePath()); !made)
        return made;
    if (mode == Write::Atomic) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return std::unexpected(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    } else {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() || !file.flush())
            return std::unexpected(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (executable && !QFile::setPermissions(path, kExecutable))
        return std::unexpected(QStringLiteral("cannot make %1 executable").arg(path));
    return {};
}

std::expected<void, QString> writeTree(const QString &dir, const Tree &tree)
{
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        // A key ending in '/' is an empty directory the product ships (log/, upgrade/lib/...).
        if (it.key().endsWith(u'/')) {
            if (auto made = ensureDir(dir + u'/' + it.key()); !made)
                return made;
            continue;
        }
        if (auto written = writeFile(dir + u'/' + it.key(), it->data, Write::Plain, it->executable); !written)
            return written;
    }
    return {};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString hashSecret(const QString &secret)
{
    QByteArray salt(8, Qt::Uninitialized);
    for (char &c : salt)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    const QByteArray digest = QCryptographicHash::hash(salt + secret.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sha256:%1:%2").arg(QLatin1String(salt.toHex()), QLatin1String(digest.toHex()));
}

bool matchesHash(const QString &hash, const QString &secret)
{
    const QStringList parts = hash.split(u':');
    if (parts.size() != 3 || parts[0] != QLatin1String("sha256"))
        return false;
    const QByteArray salt = QByteArray::fromHex(parts[1].toLatin1());
    const QByteArray digest = QCryptographicHash::hash(salt + secret.toUtf8(), QCryptographicHash::Sha256);
    return QLatin1String(digest.toHex()) == parts[2];
}

// --- JARs ------------------------------------------------------------------------------------

// A real JAR (a zip with a manifest), so that version checks reading Implementation-Version
// and administrators running `unzip -p` see what they would on a real system.
std::expected<QByteArray, QString> makeJar(const QString &title, const QString &version, const QString &vendor,
                                           const QString &classPath)
{
    return detail::sandboxArchives().makeJar(title, version, vendor, classPath);
}

// --- wrapper scripts -------------------------------------------------------------------------

#ifndef Q_OS_WIN
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    for (const QChar c : {u'\\', u'"', u'$', u'`'})
        quoted.replace(c, QStringLiteral("\\") + c);
    return u'"' + quoted + u'"';
}
#endif

struct WrapperSpec
{
    QString tool; // the uw-simtool subcommand
    QStringList args; // fixed arguments after --sandbox ROOT
    bool homeFromLocation = false; // append --home <the script's directory>/..
};

// Each executable entry is a few lines that hand over to uw-simtool with the tool's name, the
// sandbox root and the node, so the same program plays every tool on every node.
QByteArray wrapper(const QString &toolPath, const QString &root, const WrapperSpec &spec, bool powershell = false)
{
#ifdef Q_OS_WIN
    const QString tool = QDir::toNativeSeparators(toolPath);
    const QString sandbox = QDir::toNativeSeparators(root);
    if (powershell) {
        QStringList args{QStringLiteral("'%1'").arg(spec.tool), QStringLiteral("'--sandbox'"),
                         QStringLiteral("'%1'").arg(QString(sandbox).replace(u'\'', QStringLiteral("''")))};
        for (const QString &arg : spec.args)
            args << QStringLiteral("'%1'").arg(QString(arg).replace(u'\'', QStringLiteral("''")));
        return QStringLiteral("# Upgrade Wizard training sandbox: runs the simulated tool.\r\n"
                              "& '%1' %2 @args\r\nexit $LASTEXITCODE\r\n")
            .arg(QString(tool).replace(u'\'', QStringLiteral("''")), args.join(u' '))
            .toUtf8();
    }
    QStringList args{spec.tool, QStringLiteral("--sandbox"), u'"' + sandbox + u'"'};
    for (const QString &arg : spec.args)
        args << u'"' + arg + u'"';
    if (spec.homeFromLocation)
        args << QStringLiteral("--home") << QStringLiteral("\"%~dp0..\"");
    return QStringLiteral("@echo off\r\nrem Upgrade Wizard training sandbox: runs the simulated tool.\r\n"
                          "\"%1\" %2 %*\r\nexit /b %ERRORLEVEL%\r\n")
        .arg(tool, args.join(u' '))
        .toUtf8();
#else
    Q_UNUSED(powershell);
    QStringList args{spec.tool, QStringLiteral("--sandbox"), shellQuoted(root)};
    // Node names and versions need no quotes (create checks node names); anything else gets them.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    for (const QString &arg : spec.args)
        args << (plain.match(arg).hasMatch() ? arg : shellQuoted(arg));
    if (spec.homeFromLocation)
        args << QStringLiteral("--home") << QStringLiteral("\"$(cd \"$(dirname \"$0\")/..\" && pwd)\"");
    return QStringLiteral("#!/bin/sh\n# Upgrade Wizard training sandbox: runs the simulated tool.\n"
                          "exec %1 %2 \"$@\"\n")
        .arg(shellQuoted(toolPath), args.join(u' '))
        .toUtf8();
#endif
}

// --- Axway trees -----------------------------------------------------------------------------

QByteArray jvmXml(const QString &comment)
{
    return QStringLiteral("<ConfigurationFragment>\n"
                          "    <!-- %1 -->\n"
                          "    <VMArg name=\"-Xmx1024m\"/>\n"
                          "    <VMArg name=\"-Djava.security.egd=file:/dev/./urandom\"/>\n"
                          "</ConfigurationFragment>\n")
        .arg(comment)
        .toUtf8();
}

QByteArray license(const QString &version)
{
    return QStringLiteral("# Axway API Gateway license (training sandbox)\n"
                          "company=Training Sandbox Ltd\n"
                          "product=API Gateway\n"
                          "version=%1\n"
                          "expires=2030-12-31\n"
                          "APIManager=1\n"
                          "signature=6d2f0c8a51e4b7c3a9f8e2d1c0b5a4f3e2d1c0b9a8f7e6d5\n")
        .arg(version)
        .toUtf8();
}

QByteArray adminUsers(const QString &version, const QString &user, const QString &password)
{
    const QJsonObject admin{{QStringLiteral("id"), QStringLiteral("user-1")},
                            {QStringLiteral("name"), user},
                            {QStringLiteral("password"), hashSecret(password)},
                            {QStringLiteral("roles"), QJsonArray{QStringLiteral("role-1")}}};
    return json({{QStringLiteral("productVersion"), version}, {QStringLiteral("users"), QJsonArray{admin}}});
}

QByteArray acl()
{
    const QJsonObject role{
        {QStringLiteral("id"), QStringLiteral("role-1")},
        {QStringLiteral("name"), QStringLiteral("API Server Administrator")},
        {QStringLiteral("permissions"),
         QJsonArray{QStringLiteral("dashboard"), QStringLiteral("deploy"), QStringLiteral("topology"),
                    QStringLiteral("kps"), QStringLiteral("adminusers")}}};
    return json({{QStringLiteral("roles"), QJsonArray{role}}});
}

QByteArray envSettings(const Sandbox::Options &options)
{
    QString text = QStringLiteral("# Environment settings of the API Gateway domain\n"
                                  "env.PORT.MANAGEMENT=8090\n"
                                  "env.PORT.TRAFFIC=8080\n"
                                  "env.PORT.APIPORTAL=8075\n");
    if (options.externalDatabase)
        text += QStringLiteral("env.KPS.DB.URL=jdbc:mysql://%1:3306/kps\n").arg(options.nodes.value(0));
    return text.toUtf8();
}

QByteArray serviceXml(const TopologyGroup &group, const TopologyService &service)
{
    return QStringLiteral("<ConfigurationFragment>\n"
                          "    <!-- %1 in %2 (%3) -->\n"
                          "    <SystemSettings tracelevel=\"INFO\"/>\n"
                          "    <NetService name=\"%1\" group=\"%2\" managementPort=\"8085\"/>\n"
                          "</ConfigurationFragment>\n")
        .arg(service.name, group.name, group.id)
        .toUtf8();
}

QByteArray redactionXml()
{
    return QByteArrayLiteral("<ConfigurationFragment>\n"
                             "    <!-- Redact passwords and tokens from traffic monitoring and traces -->\n"
                             "    <Redaction>\n"
                             "        <HTTPRedactor>\n"
                             "            <HeaderRedactor name=\"Authorization\"/>\n"
                             "            <QueryArgRedactor name=\"password\"/>\n"
                             "        </HTTPRedactor>\n"
                             "    </Redaction>\n"
                             "</ConfigurationFragment>\n");
}

QByteArray serviceProviderXml(const TopologyService &service)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!-- API Manager single sign-on (SAML service provider) of %1 -->\n"
                          "<serviceProvider entityID=\"https://apimanager.training.local/%1\">\n"
                          "    <keystore path=\"sso.jks\"/>\n"
                          "    <truststore path=\"trustStore.jks\"/>\n"
                          "</serviceProvider>\n")
        .arg(service.name)
        .toUtf8();
}

// The old init.d service scripts of a node (Upgrade services, after the upgrade): one for the
// Node Manager, one per API Gateway instance, pointing at the old installation.
Tree initdScripts(const QString &node, const Topology &topology, const QString &oldApigateway)
{
    Tree tree;
    const auto script = [](const QString &title, const QString &vdistdir, const QString &vinstdir) {
        QString text = QStringLiteral("#!/bin/sh\n### BEGIN INIT INFO\n# Provides: %1\n# Short-Description: Axway %1\n"
                                      "### END INIT INFO\n\nVDISTDIR=\"%2\"\n")
                           .arg(title, vdistdir);
        if (!vinstdir.isEmpty())
            text += QStringLiteral("VINSTDIR=\"%1\"\n").arg(vinstdir);
        text += QStringLiteral("\ncase \"$1\" in\n  start) \"$VDISTDIR/posix/bin/%1\" -d ;;\n"
                               "  stop) \"$VDISTDIR/posix/bin/%1\" -k ;;\nesac\n")
                    .arg(vinstdir.isEmpty() ? QStringLiteral("nodemanager") : QStringLiteral("startinstance"));
        return text.toUtf8();
    };
    tree.insert(QStringLiteral("vshell-Node-Manager-on-%1").arg(node),
                {script(QStringLiteral("Node Manager on %1").arg(node), oldApigateway, QString()), true});
    for (const TopologyGroup &group : topology.groups)
        for (const TopologyService &service : group.services)
            if (service.type == QLatin1String("gateway") && topology.hostName(service.hostId) == node)
                tree.insert(QStringLiteral("vshell-%1-%2").arg(group.name, service.name),
                            {script(QStringLiteral("%1 %2").arg(group.name, service.name), oldApigateway,
                                    QStringLiteral("%1/groups/%2/%3").arg(oldApigateway, group.id, service.id)),
                             true});
    return tree;
}

// Installed long ago; java.security customised some months later.
std::expected<void, QString> ageJre(const QString &apigateway)
{
    const QDateTime installed = QDateTime::currentDateTimeUtc().addDays(-400);
    const QString security = apigateway + QStringLiteral("/platform/jre/lib/security/");
    const QList<std::pair<QString, QDateTime>> times{
        {apigateway + QStringLiteral("/platform/jre/release"), installed},
        {security + QStringLiteral("cacerts"), installed},
        {security + QStringLiteral("java.security"), installed.addDays(90)}};
    for (const auto &[path, when] : times) {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.setFileTime(when, QFileDevice::FileModificationTime))
            return std::unexpected(QStringLiteral("cannot set the time of %1: %2").arg(path, file.errorString()));
    }
    return {};
}

std::expected<void, QString> addJar(Tree &tree, const QString &path, const QString &title, const QString &version,
                                    const QString &vendor)
{
    const QString className = QStringLiteral("%1.class").arg(QFileInfo(path).baseName().remove(u'-').remove(u'.'));
    auto jar = makeJar(title, version, vendor, QStringLiteral("com/example/") + className);
    if (!jar)
        return std::unexpected(jar.error());
    tree.insert(path, {*jar, false});
    return {};
}

// Tools both installations have in posix/bin.
void addPosixTools(Tree &tree, const QString &toolPath, const QString &root, const QString &node, Install install)
{
    const QStringList fixed{QStringLiteral("--node"), node, QStringLiteral("--install"), Sandbox::versionOf(install)};
    for (const QString &tool : {QStringLiteral("managedomain"), QStringLiteral("kpsadmin"),
                                QStringLiteral("nodemanager"), QStringLiteral("startinstance")})
        tree.insert(QStringLiteral("posix/bin/") + Sandbox::wrapperName(tool),
                    {wrapper(toolPath, root, {tool, fixed}), true});
}

std::expected<Tree, QString> oldApigateway(const QString &root, const QString &node, const Topology &topology,
                                           const Sandbox::Options &options, const QString &toolPath)
{
    Tree tree;
    tree.insert(QStringLiteral("conf/licenses/lic.lic"), {license(QStringLiteral("7.5")), false});
    tree.insert(QStringLiteral("conf/acl.json"), {acl(), false});
    tree.insert(QStringLiteral("conf/adminUsers.json"),
                {adminUsers(oldVersion(), options.adminUser, options.adminPassword), false});
    tree.insert(QStringLiteral("conf/envSettings.props"), {envSettings(options), false});
    tree.insert(QStringLiteral("conf/jvm.xml"), {jvmXml(QStringLiteral("Node Manager JVM settings")), false});
    tree.insert(QStringLiteral("groups/topology.json"), {json(topology.toJson()), false});
    tree.insert(QStringLiteral("groups/certs/domaincert.pem"),
                {QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                                   "MIIBsimulatedDomainCertificateOfTheTrainingSandbox0123456789abcdef\n"
                                   "-----END CERTIFICATE-----\n"),
                 false});
    // Only the first Admin Node Manager holds the domain's private key: that is how an
    // administrator (and sysupgrade) tells which node must apply first.
    if (node == options.nodes.value(0))
        tree.insert(QStringLiteral("groups/certs/private/domain.p12"),
                    {QByteArrayLiteral("simulated PKCS#12 keystore: the API Gateway domain private key\n"), false});
    for (const TopologyGroup &group : topology.groups) {
        for (const TopologyService &service : group.services) {
            if (service.type != QLatin1String("gateway") || topology.hostName(service.hostId) != node)
                continue;
            const QString dir = QStringLiteral("groups/%1/%2/conf/").arg(group.id, service.id);
            tree.insert(dir + QStringLiteral("service.xml"), {serviceXml(group, service), false});
            tree.insert(dir + QStringLiteral("jvm.xml"),
                        {jvmXml(QStringLiteral("%1 JVM settings").arg(service.name)), false});
            tree.insert(dir + QStringLiteral("kps/"), {});
            // API Manager single sign-on, configured on every instance: sysupgrade leaves these
            // behind, and the seed's last after-upgrade step copies them.
            tree.insert(dir + QStringLiteral("service-provider.xml"), {serviceProviderXml(service), false});
            tree.insert(dir + QStringLiteral("sso.jks"),
                        {QByteArrayLiteral("simulated JKS keystore for SSO\n"), false});
            tree.insert(dir + QStringLiteral("trustStore.jks"),
                        {QByteArrayLiteral("simulated JKS truststore for SSO\n"), false});
        }
    }
    // A site property added straight into the system jvm.xml: the upgrade overwrites that file, so
    // the checklist asks administrators to move such properties to an include file first.
    QByteArray systemJvm = jvmXml(QStringLiteral("API Gateway system JVM settings"));
    systemJvm.replace("</ConfigurationFragment>",
                      "    <SystemProperty name=\"com.example.site.proxyHost\" value=\"proxy.training.local\"/>\n"
                      "</ConfigurationFragment>");
    tree.insert(QStringLiteral("system/conf/jvm.xml"), {systemJvm, false});
    tree.insert(QStringLiteral("system/conf/redaction.xml"), {redactionXml(), false});
    // The QuickStart tutorial was installed with 7.5.1; sysupgrade does not migrate it.
    tree.insert(QStringLiteral("webapps/quickstart/index.html"),
                {QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>API Gateway QuickStart</title></head>"
                                   "<body><h1>QuickStart tutorial</h1></body></html>\n"),
                 false});
    // The bundled JRE: java.security was customised after installation (see ageJre).
    tree.insert(QStringLiteral("platform/jre/release"), {QByteArrayLiteral("JAVA_VERSION=\"1.8.0_172\"\n"), false});
    tree.insert(QStringLiteral("platform/jre/lib/security/cacerts"),
                {QByteArrayLiteral("simulated JKS trust store of the JRE's CA certificates\n"), false});
    tree.insert(QStringLiteral("platform/jre/lib/security/java.security"),
                {QByteArrayLiteral("# java.security of the bundled JRE\n"
                                   "securerandom.source=file:/dev/random\n"
                                   "jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, DH keySize < 2048\n"),
                 false});
    const QString axway = QStringLiteral("Axway");
    for (const QString &name : {QStringLiteral("vordel-core"), QStringLiteral("apigw-common")}) {
        if (auto added = addJar(tree, QStringLiteral("system/lib/%1.jar").arg(name), name, oldVersion(), axway); !added)
            return std::unexpected(added.error());
    }
    if (auto added = addJar(tree, QStringLiteral("ext/lib/") + QLatin1String(Sandbox::kThirdPartyJar),
                            QStringLiteral("json-path"), QStringLiteral("2.4.0"), QStringLiteral("Jayway"));
        !added)
        return std::unexpected(added.error());
    if (options.externalDatabase) {
        if (auto added = addJar(tree, QStringLiteral("ext/lib/") + QLatin1String(Sandbox::kJdbcDriverJar),
                                QStringLiteral("MySQL Connector/J"), QStringLiteral("5.1.47"),
                                QStringLiteral("Oracle Corporation"));
            !added)
            return std::unexpected(added.error());
    }
    addPosixTools(tree, toolPath, root, node, Install::Old);
    tree.insert(QStringLiteral("posix/var/run/"), {});
    return tree;
}

std::expected<Tree, QString> newApigateway(const QString &root, const QString &node, const Sandbox::Options &options,
                                           const QString &toolPath)
{
    Tree tree;
    tree.insert(QStringLiteral("conf/licenses/lic.lic"), {license(newVersion()), false});
    tree.insert(QStringLiteral("conf/acl.json"), {acl(), false});
    // The installer asks for the administrator's credentials; the vendor says to give the
    // same as in the old installation.
    tree.insert(QStringLiteral("conf/adminUsers.json"),
                {adminUsers(newVersion(), options.adminUser, options.adminPassword), false});
    tree.insert(QStringLiteral("conf/envSettings.props"),
                {QByteArrayLiteral("# Environment settings of the API Gateway domain\n"), false});
    tree.insert(QStringLiteral("conf/jvm.xml"), {jvmXml(QStringLiteral("Node Manager JVM settings")), false});
    tree.insert(QStringLiteral("system/conf/jvm.xml"),
                {jvmXml(QStringLiteral("API Gateway system JVM settings")), false});
    tree.insert(QStringLiteral("system/conf/redaction.xml"), {redactionXml(), false});
    const QString axway = QStringLiteral("Axway");
    for (const QString &name : {QStringLiteral("vordel-core"), QStringLiteral("apigw-common")}) {
        if (auto added = addJar(tree, QStringLiteral("system/lib/%1.jar").arg(name), name, newVersion(), axway); !added)
            return std::unexpected(added.error());
    }
    if (options.extLibConflict) {
        if (auto added = addJar(tree, QStringLiteral("system/lib/") + QLatin1String(Sandbox::kThirdPartyJar),
                                QStringLiteral("json-path"), QStringLiteral("2.4.0"), QStringLiteral("Jayway"));
            !added)
            return std::unexpected(added.error());
    }
    tree.insert(QStringLiteral("ext/lib/"), {});
    tree.insert(QStringLiteral("upgrade/lib/"), {});
    tree.insert(QStringLiteral("upgrade/bin/") + Sandbox::wrapperName(QStringLiteral("sysupgrade")),
                {wrapper(toolPath, root, {QStringLiteral("sysupgrade"), {QStringLiteral("--node"), node}}), true});
    addPosixTools(tree, toolPath, root, node, Install::New);
    tree.insert(QStringLiteral("posix/var/run/"), {});
    return tree;
}

// --- KAAZING ---------------------------------------------------------------------------------

// The namespace each simulated release writes its configuration in. The vendor lists the
// namespaces in order but not which release reads which: the simulator takes 2012/08 for 3.4,
// 2012/09 for 3.5 and 2016/06 for 4.0 (kaazing.cpp's gateway.start agrees).
QString kaazingNamespace(const QString &release)
{
    if (release.startsWith(QLatin1String("3.4")))
        return QStringLiteral("http://xmlns.kaazing.com/2012/08/gateway");
    return release.startsWith(u'3') ? QStringLiteral("http://xmlns.kaazing.com/2012/09/gateway")
                                    : QStringLiteral("http://xmlns.kaazing.org/2016/06/gateway");
}

QByteArray gatewayConfig(const QString &release)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                          "<!-- KAAZING Gateway %1 configuration -->\n"
                          "<gateway-config xmlns=\"%2\">\n"
                          "  <properties>\n"
                          "    <property><name>gateway.hostname</name><value>localhost</value></property>\n"
                          "    <property><name>gateway.base.port</name><value>8000</value></property>\n"
                          "    <property><name>gateway.extras.port</name><value>8001</value></property>\n"
                          "  </properties>\n"
                          "\n"
                          "  <service>\n"
                          "    <name>echo</name>\n"
                          "    <accept>ws://${gateway.hostname}:${gateway.base.port}/echo</accept>\n"
                          "    <type>echo</type>\n"
                          "    <cross-site-constraint>\n"
                          "      <allow-origin>http://${gateway.hostname}:${gateway.extras.port}</allow-origin>\n"
                          "    </cross-site-constraint>\n"
                          "  </service>\n"
                          "\n"
                          "  <service>\n"
                          "    <name>base</name>\n"
                          "    <accept>http://${gateway.hostname}:${gateway.extras.port}/</accept>\n"
                          "    <type>directory</type>\n"
                          "    <properties>\n"
                          "      <directory>/base</directory>\n"
                          "      <welcome-file>index.html</welcome-file>\n"
                          "    </properties>\n"
                          "  </service>\n"
                          "\n"
                          "  <security>\n"
                          "    <keystore>\n"
                          "      <type>JCEKS</type>\n"
                          "      <file>keystore.db</file>\n"
                          "      <password-file>keystore.pw</password-file>\n"
                          "    </keystore>\n"
                          "    <truststore>\n"
                          "      <file>truststore.db</file>\n"
                          "    </truststore>\n"
                          "  </security>\n"
                          "</gateway-config>\n")
        .arg(release, kaazingNamespace(release))
        .toUtf8();
}

std::expected<Tree, QString> kaazingHomeTree(const QString &root, const QString &release, const QString &toolPath)
{
    Tree tree;
    tree.insert(QStringLiteral("README.txt"),
                {QStringLiteral("KAAZING Gateway %1\n"
                                "==================\n\n"
                                "Version: %1\n\n"
                                "Start the Gateway with bin/gateway.start; it logs to log/service.log.\n"
                                "The configuration is conf/gateway-config.xml.\n")
                     .arg(release)
                     .toUtf8(),
                 false});
    tree.insert(QStringLiteral("conf/gateway-config.xml"), {gatewayConfig(release), false});
    tree.insert(
        QStringLiteral("conf/log4j-config.xml"),
        {QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                           "<log4j:configuration xmlns:log4j=\"http://jakarta.apache.org/log4j/\">\n"
                           "  <appender name=\"ServiceFileAppender\" class=\"org.apache.log4j.FileAppender\">\n"
                           "    <param name=\"File\" value=\"${GATEWAY_LOG_DIRECTORY}/service.log\"/>\n"
                           "  </appender>\n"
                           "  <root><priority value=\"info\"/><appender-ref ref=\"ServiceFileAppender\"/></root>\n"
                           "</log4j:configuration>\n"),
         false});
    tree.insert(QStringLiteral("conf/jaas-config.xml"),
                {QByteArrayLiteral(
                     "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                     "<jaas-config xmlns=\"http://xmlns.kaazing.com/jaas-config/centurion\">\n"
                     "  <user><name>joe</name><password>welcome</password><role-name>AUTHORIZED</role-name></user>\n"
                     "</jaas-config>\n"),
                 false});
    tree.insert(QStringLiteral("conf/keystore.db"), {QByteArrayLiteral("simulated JCEKS keystore\n"), false});
    tree.insert(QStringLiteral("conf/keystore.pw"), {QByteArrayLiteral("ab987c\n"), false});
    tree.insert(QStringLiteral("conf/truststore.db"), {QByteArrayLiteral("simulated JKS truststore\n"), false});
    auto jar = makeJar(QStringLiteral("KAAZING Gateway Server"), release, QStringLiteral("Kaazing Corporation"),
                       QStringLiteral("org/kaazing/gateway/server/Gateway.class"));
    if (!jar)
        return std::unexpected(jar.error());
    tree.insert(QStringLiteral("lib/gateway.server-%1.jar").arg(release), {*jar, false});
    // The script finds GATEWAY_HOME from its own location, so it also works in an unpacked
    // release archive.
    tree.insert(QStringLiteral("bin/") + Sandbox::wrapperName(QStringLiteral("gateway.start")),
                {wrapper(toolPath, root, {QStringLiteral("gateway.start"), {}, true}), true});
    // No stop script: the vendor's distribution has none (the Gateway is stopped by its service
    // manager or by its process id).
    tree.insert(QStringLiteral("log/"), {});
    tree.insert(
        QStringLiteral("web/base/index.html"),
        {QStringLiteral("<html><body><h1>KAAZING Gateway %1</h1></body></html>\n").arg(release).toUtf8(), false});
    return tree;
}

// Written under a temporary name and renamed, so a half-written archive never carries the
// release's name.
std::expected<void, QString> writeReleaseArchives(const QString &dir, const QString &release, const Tree &tree)
{
    if (auto made = ensureDir(dir); !made)
        return made;
    const QString prefix = QStringLiteral("kaazing-gateway-%1").arg(release);
    for (const QString &suffix : {QStringLiteral(".tar.gz"), QStringLiteral(".zip")}) {
        const QString path = dir + u'/' + prefix + suffix;
        const QString part = path + QStringLiteral(".part");
        QFile::remove(part);
        const std::expected<void, QString> written = detail::sandboxArchives().writeArchive(
            part, suffix == QLatin1String(".zip") ? detail::ArchiveFormat::Zip : detail::ArchiveFormat::TarGz, path,
            prefix, tree);
        if (!written) {
            QFile::remove(part);
            return written;
        }
        QFile::remove(path);
        if (!QFile::rename(part, path))
            return std::unexpected(QStringLiteral("cannot rename %1 to %2").arg(part, path));
    }
    return {};
}

// --- Cortex ----------------------------------------------------------------------------------

QByteArray webConfig(const QString &product, const QString &version)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                          "<configuration>\n"
                          "  <appSettings>\n"
                          "    <add key=\"Product\" value=\"%1\" />\n"
                          "    <add key=\"Version\" value=\"%2\" />\n"
                          "    <add key=\"ServiceFabricHttpGatewayEndpointPort\" value=\"9080\" />\n"
                          "  </appSettings>\n"
                          "  <system.webServer>\n"
                          "    <handlers>\n"
                          "      <add name=\"aspNetCore\" path=\"*\" verb=\"*\" modules=\"AspNetCoreModuleV2\" />\n"
                          "    </handlers>\n"
                          "  </system.webServer>\n"
                          "</configuration>\n")
        .arg(product, version)
        .toUtf8();
}

} // namespace

// --- Topology --------------------------------------------------------------------------------

Topology Topology::generate(const QStringList &nodes, const QString &productVersion)
{
    Topology topology;
    topology.productVersion = productVersion;
    TopologyGroup managers{QStringLiteral("group-1"), QStringLiteral("Node Manager Group"), {}};
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString hostId = QStringLiteral("host-%1").arg(i + 1);
        topology.hosts.append({hostId, nodes[i]});
        managers.services.append({QStringLiteral("nodemanager-%1").arg(i + 1),
                                  QStringLiteral("Node Manager on %1").arg(nodes[i]), QStringLiteral("nodemanager"),
                                  hostId, i == 0});
    }
    topology.groups.append(managers);
    int instance = 0;
    const qsizetype groupCount = std::max<qsizetype>(1, nodes.size() - 1);
    for (qsizetype k = 1; k <= groupCount; ++k) {
        TopologyGroup group{QStringLiteral("group-%1").arg(k + 1), QStringLiteral("Group%1").arg(k), {}};
        for (qsizetype node = k - 1; node <= k && node < nodes.size(); ++node) {
            ++instance;
            group.services.append({QStringLiteral("instance-%1").arg(instance),
                                   QStringLiteral("Gateway%1").arg(instance), QStringLiteral("gateway"),
                                   topology.hosts[node].id, false});
        }
        topology.groups.append(group);
    }
    return topology;
}

std::expected<Topology, QString> Topology::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(QStringLiteral("%1 is not a topology: %2").arg(path, error.errorString()));
    const QJsonObject object = document.object();
    Topology topology;
    topology.productVersion = object.value(QStringLiteral("productVersion")).toString();
    for (const QJsonValue &host : object.value(QStringLiteral("hosts")).toArray())
        topology.hosts.append({host[QStringLiteral("id")].toString(), host[QStringLiteral("name")].toString()});
    for (const QJsonValue &groupValue : object.value(QStringLiteral("groups")).toArray()) {
        TopologyGroup group{
            groupValue[QStringLiteral("id")].toString(), groupValue[QStringLiteral("name")].toString(), {}};
        for (const QJsonValue &service : groupValue[QStringLiteral("services")].toArray()) {
            const bool admin = service[QStringLiteral("tags")][QStringLiteral("internal_admin_nm")].toString()
                == QLatin1String("true");
            group.services.append({service[QStringLiteral("id")].toString(), service[QStringLiteral("name")].toString(),
                                   service[QStringLiteral("type")].toString(),
                                   service[QStringLiteral("hostID")].toString(), admin});
        }
        topology.groups.append(group);
    }
    if (topology.hosts.isEmpty() || topology.groups.isEmpty())
        return std::unexpected(QStringLiteral("%1 is not a topology: it has no hosts or no groups").arg(path));
    return topology;
}

// The shape of the Admin Node Manager's topology (GET /api/topology answers the same).
QJsonObject Topology::toJson() const
{
    QJsonArray hostArray;
    for (const TopologyHost &host : hosts)
        hostArray.append(QJsonObject{{QStringLiteral("id"), host.id}, {QStringLiteral("name"), host.name}});
    QJsonArray groupArray;
    for (const TopologyGroup &group : groups) {
        QJsonArray services;
        for (const TopologyService &service : group.services) {
            const bool manager = service.type == QLatin1String("nodemanager");
            QJsonObject tags;
            if (service.adminNodeManager)
                tags.insert(QStringLiteral("internal_admin_nm"), QStringLiteral("true"));
            services.append(QJsonObject{{QStringLiteral("id"), service.id},
                                        {QStringLiteral("name"), service.name},
                                        {QStringLiteral("type"), service.type},
                                        {QStringLiteral("scheme"), QStringLiteral("https")},
                                        {QStringLiteral("hostID"), service.hostId},
                                        {QStringLiteral("managementPort"), manager ? 8090 : 8085},
                                        {QStringLiteral("enabled"), true},
                                        {QStringLiteral("tags"), tags}});
        }
        groupArray.append(QJsonObject{{QStringLiteral("id"), group.id},
                                      {QStringLiteral("name"), group.name},
                                      {QStringLiteral("tags"), QJsonObject()},
                                      {QStringLiteral("services"), services}});
    }
    return {{QStringLiteral("productVersion"), productVersion},
            {QStringLiteral("version"), 4},
            {QStringLiteral("hosts"), hostArray},
            {QStringLiteral("groups"), groupArray}};
}

QString Topology::hostId(const QString &hostName) const
{
    for (const TopologyHost &host : hosts) {
        if (host.name == hostName)
            return host.id;
    }
    return {};
}

QString Topology::hostName(const QString &id) const
{
    for (const TopologyHost &host : hosts) {
        if (host.id == id)
            return host.name;
    }
    return {};
}

const TopologyGroup *Topology::groupByName(const QString &name) const
{
    for (const TopologyGroup &group : groups) {
        if (group.name == name)
            return &group;
    }
    return nullptr;
}

const TopologyGroup *Topology::groupOf(const QString &serviceId) const
{
    for (const TopologyGroup &group : groups) {
        for (const TopologyService &service : group.services) {
            if (service.id == serviceId)
                return &group;
        }
    }
    return nullptr;
}

QList<TopologyService> Topology::servicesOn(const QString &name) const
{
    const QString id = hostId(name);
    QList<TopologyService> services;
    if (id.isEmpty())
        return services;
    for (const TopologyGroup &group : groups) {
        for (const TopologyService &service : group.services) {
            if (service.hostId == id)
                services.append(service);
        }
    }
    return services;
}

// --- Sandbox ---------------------------------------------------------------------------------

QStringList Sandbox::defaultNodes()
{
    return {QStringLiteral("NodeA"), QStringLiteral("NodeB"), QStringLiteral("NodeC")};
}

QString Sandbox::defaultToolPath()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("uw-simtool.exe");
#else
    const QString name = QStringLiteral("uw-simtool");
#endif
    const QString dir = QCoreApplication::applicationDirPath();
    const QString beside = dir + u'/' + name;
    const QString libexec = QDir::cleanPath(dir + QStringLiteral("/../libexec/upgrade-wizard/") + name);
    return QFileInfo::exists(beside) || !QFileInfo::exists(libexec) ? beside : libexec;
}

std::expected<Sandbox, QString> Sandbox::create(const QString &rootPath, const Options &options)
{
    // The JARs and release archives are written with KArchive, the on-demand library's.
    if (auto loaded = ondemand::ensureLoaded(); !loaded)
        return std::unexpected(QStringLiteral("cannot make the sandbox: %1").arg(loaded.error().toString()));
    if (rootPath.isEmpty())
        return std::unexpected(QStringLiteral("no sandbox directory given"));
    const QString root = QDir::cleanPath(QDir(rootPath).absolutePath());
    if (options.nodes.isEmpty())
        return std::unexpected(QStringLiteral("a sandbox needs at least one node"));
    static const QRegularExpression nodeName(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,62}$"));
    for (const QString &node : options.nodes) {
        if (!nodeName.match(node).hasMatch())
            return std::unexpected(QStringLiteral("'%1' is not a usable node name: use letters, digits, '-' and '_', "
                                                  "starting with a letter")
                                       .arg(node));
        if (options.nodes.count(node) > 1)
            return std::unexpected(QStringLiteral("the node '%1' is named twice").arg(node));
    }
    if (options.adminUser.isEmpty() || options.adminPassword.isEmpty())
        return std::unexpected(QStringLiteral("the administrator's user name and password must not be empty"));

    QString toolPath = options.toolPath.isEmpty() ? defaultToolPath() : options.toolPath;
    toolPath = QFileInfo(toolPath).absoluteFilePath();
    const QFileInfo tool(toolPath);
    if (!tool.isFile() || !tool.isExecutable())
        return std::unexpected(QStringLiteral("the simulated-tool program %1 is missing or not executable; it is "
                                              "installed with upgrade-wizard (reinstall the program)")
                                   .arg(toolPath));

    // Laying out afresh deletes what the sandbox made before, and only that: never a directory
    // that merely happens to be in the way.
    QDir dir(root);
    const bool isSandbox = QFileInfo::exists(root + u'/' + QLatin1String(kManifestFileName));
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) && !isSandbox)
        return std::unexpected(
            QStringLiteral("%1 is neither empty nor a sandbox; choose an empty or new directory").arg(root));
    if (isSandbox) {
        for (const QString &sub : {QStringLiteral("axway"), QStringLiteral("kaazing"), QStringLiteral("cortex")}) {
            QDir old(root + u'/' + sub);
            if (old.exists() && !old.removeRecursively())
                return std::unexpected(QStringLiteral("cannot remove the earlier sandbox's %1").arg(old.path()));
        }
    }
    if (auto made = ensureDir(root); !made)
        return std::unexpected(made.error());

    Sandbox sandbox;
    sandbox.m_root = root;
    sandbox.m_nodes = options.nodes;
    sandbox.m_toolPath = toolPath;
    sandbox.m_adminUser = options.adminUser;
    sandbox.m_extLibConflict = options.extLibConflict;
    sandbox.m_externalDatabase = options.externalDatabase;
    if (!options.domainPassphrase.isEmpty())
        sandbox.m_domainPassphraseHash = hashSecret(options.domainPassphrase);

    // Axway: both installations on every node, the old one running.
    const Topology topology = Topology::generate(options.nodes, oldVersion());
    for (const QString &node : options.nodes) {
        auto oldTree = oldApigateway(root, node, topology, options, toolPath);
        if (!oldTree)
            return std::unexpected(oldTree.error());
        if (auto written = writeTree(sandbox.apigatewayDir(node, Install::Old), *oldTree); !written)
            return std::unexpected(written.error());
        if (auto aged = ageJre(sandbox.apigatewayDir(node, Install::Old)); !aged)
            return std::unexpected(aged.error());
        if (auto written = writeTree(sandbox.initdDir(node),
                                     initdScripts(node, topology, sandbox.apigatewayDir(node, Install::Old)));
            !written)
            return std::unexpected(written.error());
        auto newTree = newApigateway(root, node, options, toolPath);
        if (!newTree)
            return std::unexpected(newTree.error());
        if (auto written = writeTree(sandbox.apigatewayDir(node, Install::New), *newTree); !written)
            return std::unexpected(written.error());
    }
    if (auto written = writeFile(sandbox.statePath(), json({{QStringLiteral("nodes"), QJsonObject()}}), Write::Atomic);
        !written)
        return std::unexpected(written.error());

    // KAAZING: the 3.5 home in use (and a 3.4 one, for the 3.4 -> 3.5 path), the 4.0 home
    // unpacked beside it, and the release archives of 4.0.9 and of the 3.5.12 patch.
    for (const QString &series : {QStringLiteral("3.4"), QStringLiteral("3.5"), QStringLiteral("4.0")}) {
        auto tree = kaazingHomeTree(root, kaazingRelease(series), toolPath);
        if (!tree)
            return std::unexpected(tree.error());
        if (auto written = writeTree(sandbox.kaazingHome(series), *tree); !written)
            return std::unexpected(written.error());
        if (series == QLatin1String("4.0")) {
            if (auto written = writeReleaseArchives(sandbox.kaazingReleasesDir(), kaazingRelease(series), *tree);
                !written)
                return std::unexpected(written.error());
        }
    }
    if (auto patch = kaazingHomeTree(root, kaazingPatchRelease(), toolPath); !patch)
        return std::unexpected(patch.error());
    else if (auto written = writeReleaseArchives(sandbox.kaazingReleasesDir(), kaazingPatchRelease(), *patch); !written)
        return std::unexpected(written.error());

    // Cortex: the Gateway site at 2024.7, its upgrade script waiting to be configured (the
    // site-specific values are empty, as in the vendor's download), and the Flow Debugger,
    // which the vendor upgrades first, already at 2024.9.
    const QString site = sandbox.cortexGatewaySiteDir();
    if (auto written = writeFile(site + QStringLiteral("/web.config"),
                                 webConfig(QStringLiteral("Cortex Gateway"), QStringLiteral("2024.7")));
        !written)
        return std::unexpected(written.error());
    if (auto written = writeFile(site + QStringLiteral("/version.txt"), QByteArrayLiteral("2024.7\n")); !written)
        return std::unexpected(written.error());
    const QJsonObject parameters{
        {QStringLiteral("SiteName"), QStringLiteral("Default Web Site")},
        {QStringLiteral("ApplicationName"), QStringLiteral("Cortex/Gateway")},
        {QStringLiteral("InstallationPath"), site},
        {QStringLiteral("BackupPath"), root + QStringLiteral("/cortex/backup")},
        {QStringLiteral("ApplicationServerFqdns"), QJsonArray()},
        {QStringLiteral("LoadBalancerFqdn"), QString()},
        {QStringLiteral("ServiceFabricHttpGatewayEndpointPort"), 9080},
        {QStringLiteral("ClientCertificateThumbprint"), QString()},
    };
    if (auto written = writeFile(sandbox.cortexParametersPath(), json(parameters)); !written)
        return std::unexpected(written.error());
#ifdef Q_OS_WIN
    const bool powershell = true;
#else
    const bool powershell = false;
#endif
    if (auto written = writeFile(sandbox.cortexUpgradeScriptPath(),
                                 wrapper(toolPath, root, {QStringLiteral("cortex-upgrade-gateway"), {}}, powershell),
                                 Write::Plain, true);
        !written)
        return std::unexpected(written.error());
    // A .ps1 is no program: it is started as `powershell.exe -NoProfile -ExecutionPolicy Bypass
    // -File Upgrade-Gateway.ps1`. The stand-in for powershell.exe/pwsh takes that argument vector.
    if (auto written = writeFile(sandbox.cortexPowershellPath(),
                                 wrapper(toolPath, root, {QStringLiteral("powershell"), {}}), Write::Plain, true);
        !written)
        return std::unexpected(written.error());
    const QString debugger = sandbox.flowDebuggerDir();
    if (auto written = writeFile(debugger + QStringLiteral("/web.config"),
                                 webConfig(QStringLiteral("Cortex Flow Debugger"), QStringLiteral("2024.9")));
        !written)
        return std::unexpected(written.error());
    if (auto written = writeFile(debugger + QStringLiteral("/version.txt"), QByteArrayLiteral("2024.9\n")); !written)
        return std::unexpected(written.error());

    if (auto faults = sandbox.setFaults(options.faults); !faults)
        return std::unexpected(faults.error());
    for (const QString &node : options.nodes) {
        if (auto running = sandbox.setRunning(node, Install::Old, true); !running)
            return std::unexpected(running.error());
    }

    // The manifest last: a sandbox whose creation failed half-way cannot be opened.
    QJsonArray nodes;
    for (const QString &node : options.nodes)
        nodes.append(node);
    const QJsonObject manifest{{QStringLiteral("format"), kFormat},
                               {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {QStringLiteral("nodes"), nodes},
                               {QStringLiteral("tool"), toolPath},
                               {QStringLiteral("adminUser"), options.adminUser},
                               {QStringLiteral("extLibConflict"), options.extLibConflict},
                               {QStringLiteral("externalDatabase"), options.externalDatabase},
                               {QStringLiteral("domainPassphraseHash"), sandbox.m_domainPassphraseHash}};
    if (auto written = writeFile(root + u'/' + QLatin1String(kManifestFileName), json(manifest), Write::Atomic);
        !written)
        return std::unexpected(written.error());
    return sandbox;
}

std::expected<Sandbox, QString> Sandbox::open(const QString &rootPath)
{
    const QString root = QDir::cleanPath(QDir(rootPath).absolutePath());
    const QString path = root + u'/' + QLatin1String(kManifestFileName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            QStringLiteral("%1 is not a training sandbox: cannot read %2 (%3)").arg(root, path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(QStringLiteral("%1 is damaged: %2").arg(path, error.errorString()));
    const QJsonObject manifest = document.object();
    if (manifest.value(QStringLiteral("format")).toInt() != kFormat)
        return std::unexpected(QStringLiteral("%1 has format %2; this program reads format %3")
                                   .arg(path)
                                   .arg(manifest.value(QStringLiteral("format")).toInt())
                                   .arg(kFormat));
    Sandbox sandbox;
    sandbox.m_root = root;
    for (const QJsonValue &node : manifest.value(QStringLiteral("nodes")).toArray())
        sandbox.m_nodes.append(node.toString());
    sandbox.m_toolPath = manifest.value(QStringLiteral("tool")).toString();
    sandbox.m_adminUser = manifest.value(QStringLiteral("adminUser")).toString();
    sandbox.m_extLibConflict = manifest.value(QStringLiteral("extLibConflict")).toBool();
    sandbox.m_externalDatabase = manifest.value(QStringLiteral("externalDatabase")).toBool();
    sandbox.m_domainPassphraseHash = manifest.value(QStringLiteral("domainPassphraseHash")).toString();
    if (sandbox.m_nodes.isEmpty() || sandbox.m_nodes.contains(QString()))
        return std::unexpected(QStringLiteral("%1 is damaged: it names no nodes").arg(path));
    return sandbox;
}

bool Sandbox::checkDomainPassphrase(const QString &passphrase) const
{
    return m_domainPassphraseHash.isEmpty() || matchesHash(m_domainPassphraseHash, passphrase);
}

Faults Sandbox::faults() const
{
    QFile file(m_root + u'/' + QLatin1String(Faults::kFileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return Faults::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

std::expected<void, QString> Sandbox::setFaults(const Faults &faults) const
{
    return writeFile(m_root + u'/' + QLatin1String(Faults::kFileName), json(faults.toJson()), Write::Atomic);
}

QString Sandbox::versionOf(Install install)
{
    return install == Install::Old ? oldVersion() : newVersion();
}

QString Sandbox::axwayDir() const
{
    return m_root + QStringLiteral("/axway");
}

QString Sandbox::statePath() const
{
    return axwayDir() + u'/' + QLatin1String(kStateFile);
}

QString Sandbox::installDir(const QString &node, Install install) const
{
    return axwayDir() + u'/' + node + QStringLiteral("/Axway-") + versionOf(install);
}

QString Sandbox::apigatewayDir(const QString &node, Install install) const
{
    return installDir(node, install) + QStringLiteral("/apigateway");
}

QString Sandbox::initdDir(const QString &node) const
{
    return axwayDir() + u'/' + node + QStringLiteral("/etc/init.d");
}

QString Sandbox::posixBinDir(const QString &node, Install install) const
{
    return apigatewayDir(node, install) + QStringLiteral("/posix/bin");
}

QString Sandbox::sysupgradeDir(const QString &node) const
{
    return apigatewayDir(node, Install::New) + QStringLiteral("/upgrade/bin");
}

QString Sandbox::sysupgradeOutDir(const QString &node) const
{
    return sysupgradeDir(node) + QStringLiteral("/out");
}

QString Sandbox::runDir(const QString &node, Install install) const
{
    return apigatewayDir(node, install) + QStringLiteral("/posix/var/run");
}

QStringList Sandbox::runningServices(const QString &node, Install install) const
{
    QStringList services;
    const QStringList markers
        = QDir(runDir(node, install)).entryList({QStringLiteral("*.running")}, QDir::Files, QDir::Name);
    for (const QString &marker : markers)
        services.append(marker.chopped(qstrlen(".running")));
    return services;
}

std::expected<void, QString> Sandbox::setRunning(const QString &node, Install install, bool running) const
{
    const QString topologyPath = apigatewayDir(node, install) + QStringLiteral("/groups/topology.json");
    auto topology = Topology::read(topologyPath);
    if (!topology)
        return std::unexpected(topology.error());
    const QString dir = runDir(node, install);
    for (const TopologyService &service : topology->servicesOn(node)) {
        const QString marker = dir + u'/' + service.id + QStringLiteral(".running");
        if (!running) {
            if (QFileInfo::exists(marker) && !QFile::remove(marker))
                return std::unexpected(QStringLiteral("cannot remove %1").arg(marker));
            continue;
        }
        const QJsonObject content{{QStringLiteral("service"), service.name},
                                  {QStringLiteral("version"), versionOf(install)},
                                  {QStringLiteral("started"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        if (auto written = writeFile(marker, json(content)); !written)
            return written;
    }
    return {};
}

QString Sandbox::externalDatabaseUrl() const
{
    return QStringLiteral("jdbc:mysql://%1:3306/kps").arg(firstAdminNode());
}

bool Sandbox::checkAdminCredentials(const QString &node, Install install, const QString &user,
                                    const QString &password) const
{
    QFile file(apigatewayDir(node, install) + QStringLiteral("/conf/adminUsers.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonArray users = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("users")).toArray();
    for (const QJsonValue &entry : users) {
        if (entry[QStringLiteral("name")].toString() == user)
            return matchesHash(entry[QStringLiteral("password")].toString(), password);
    }
    return false;
}

QString Sandbox::kaazingRelease(const QString &series)
{
    if (series == u"3.4")
        return QStringLiteral("3.4.1");
    return series.startsWith(u'3') ? QStringLiteral("3.5.11") : QStringLiteral("4.0.9");
}

QString Sandbox::kaazingPatchRelease()
{
    return QStringLiteral("3.5.12");
}

QString Sandbox::kaazingHome(const QString &series) const
{
    return m_root + QStringLiteral("/kaazing/") + series;
}

QString Sandbox::kaazingReleasesDir() const
{
    return m_root + QStringLiteral("/kaazing/releases");
}

std::expected<QString, QString> Sandbox::jarImplementationVersion(const QString &jarPath)
{
    if (auto loaded = ondemand::ensureLoaded(); !loaded)
        return std::unexpected(QStringLiteral("cannot read %1: %2").arg(jarPath, loaded.error().toString()));
    const auto read = detail::sandboxArchives().jarManifest(jarPath);
    if (!read)
        return std::unexpected(read.error());
    const QString manifest = QString::fromUtf8(*read);
    static const QRegularExpression version(QStringLiteral("^Implementation-Version:\\s*(\\S+)\\s*$"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = version.match(manifest);
    if (!match.hasMatch())
        return std::unexpected(QStringLiteral("the manifest of %1 has no Implementation-Version").arg(jarPath));
    return match.captured(1);
}

QString Sandbox::cortexGatewaySiteDir() const
{
    return m_root + QStringLiteral("/cortex/webapp/Cortex.Gateway");
}

QString Sandbox::cortexUpgradeScriptDir() const
{
    return m_root + QStringLiteral("/cortex/webapp/Cortex.Upgrade.Gateway");
}

QString Sandbox::cortexParametersPath() const
{
    return cortexUpgradeScriptDir() + QStringLiteral("/Cortex.Innovation.Install.Gateway.Parameters.json");
}

QString Sandbox::cortexUpgradeScriptPath() const
{
    return cortexUpgradeScriptDir() + QStringLiteral("/Upgrade-Gateway.ps1");
}

QString Sandbox::cortexPowershellPath() const
{
    return m_root + QStringLiteral("/cortex/bin/") + wrapperName(QStringLiteral("pwsh"));
}

QString Sandbox::flowDebuggerDir() const
{
    return m_root + QStringLiteral("/cortex/flowdebugger");
}

QString Sandbox::wrapperName(const QString &tool)
{
#ifdef Q_OS_WIN
    if (tool.endsWith(QLatin1String(".ps1")))
        return tool;
    return tool + QStringLiteral(".cmd");
#else
    return tool;
#endif
}

} // namespace uw::sim
