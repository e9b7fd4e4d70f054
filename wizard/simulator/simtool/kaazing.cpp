// KAAZING bin/gateway.start: reads conf/gateway-config.xml and, when its namespace is older
// than the release expects, translates it and writes conf/gateway-config.xml.new, as the
// vendor's migration procedure relies on. Logs the startup, version first, to log/service.log,
// then runs in the foreground as the real script does (it execs java): it accepts
// connections on gateway.base.port until it is killed. The real distribution has no stop
// script; a site stops the Gateway by its service manager or by its process id.

#include "tool.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace uw::simtool {

namespace {

// Oldest first, as the vendor lists them.
const QStringList &namespaces()
{
    static const QStringList list{
        QStringLiteral("http://xmlns.kaazing.com/gateway-config/dragonfire"),
        QStringLiteral("http://xmlns.kaazing.com/gateway-config/excalibur"),
        QStringLiteral("http://xmlns.kaazing.com/2012/03/gateway"),
        QStringLiteral("http://xmlns.kaazing.com/2012/08/gateway"),
        QStringLiteral("http://xmlns.kaazing.com/2012/09/gateway"),
        QStringLiteral("http://xmlns.kaazing.org/2014/09/gateway"),
        QStringLiteral("http://xmlns.kaazing.org/2015/11/gateway"),
        QStringLiteral("http://xmlns.kaazing.org/2016/06/gateway"),
    };
    return list;
}

// Which release reads which namespace is not in the vendor's text: the simulator takes
// 2012/08 for 3.4, 2012/09 for 3.5 and 2016/06 for 4.0 (as the sandbox writes them).
QString expectedNamespace(const QString &release)
{
    if (release.startsWith(QLatin1String("3.4.")))
        return QStringLiteral("http://xmlns.kaazing.com/2012/08/gateway");
    return release.startsWith(QLatin1String("3.")) ? QStringLiteral("http://xmlns.kaazing.com/2012/09/gateway")
                                                   : QStringLiteral("http://xmlns.kaazing.org/2016/06/gateway");
}

// The release, as the Gateway knows it: from the manifest of lib/gateway.server-*.jar.
std::expected<QString, QString> releaseOf(const QString &home)
{
    const QStringList jars
        = QDir(home + QStringLiteral("/lib")).entryList({QStringLiteral("gateway.server*.jar")}, QDir::Files);
    if (jars.isEmpty())
        return std::unexpected(QStringLiteral("%1 is not a KAAZING Gateway home: lib/gateway.server*.jar is missing")
                                   .arg(QDir::toNativeSeparators(home)));
    return sim::Sandbox::jarImplementationVersion(home + QStringLiteral("/lib/") + jars.first());
}

QMap<QString, QString> propertiesOf(const QString &config)
{
    QMap<QString, QString> properties;
    static const QRegularExpression property(
        QStringLiteral("<property>\\s*<name>([^<]+)</name>\\s*<value>([^<]*)</value>\\s*</property>"));
    for (auto it = property.globalMatch(config); it.hasNext();) {
        const auto match = it.next();
        properties.insert(match.captured(1).trimmed(), match.captured(2).trimmed());
    }
    return properties;
}

// The accept URIs with the config's ${properties} filled in, for the startup log.
QStringList acceptUris(const QString &config)
{
    const QMap<QString, QString> properties = propertiesOf(config);
    QStringList uris;
    static const QRegularExpression accept(QStringLiteral("<accept>([^<]+)</accept>"));
    for (auto it = accept.globalMatch(config); it.hasNext();) {
        QString uri = it.next().captured(1).trimmed();
        for (auto p = properties.begin(); p != properties.end(); ++p)
            uri.replace(QStringLiteral("${%1}").arg(p.key()), p.value());
        uris << uri;
    }
    return uris;
}

} // namespace

int runGatewayStart(Context &context)
{
    const auto args = parseArgs(context.args, {{QStringLiteral("--config"), true}});
    if (!args || !args->positional.isEmpty()) {
        complain(
            QStringLiteral("ERROR: %1\nUsage: gateway.start [--config FILE]")
                .arg(args ? QStringLiteral("unexpected argument '%1'").arg(args->positional.first()) : args.error()));
        return kFailure;
    }
    const QString home = QDir::cleanPath(QDir(context.home).absolutePath());
    if (context.home.isEmpty() || !QFileInfo(home).isDir()) {
        complain(QStringLiteral("uw-simtool gateway.start: --home is missing or not a directory"));
        return kSimulatorError;
    }
    const auto release = releaseOf(home);
    if (!release) {
        complain(QStringLiteral("ERROR: ") + release.error());
        return kFailure;
    }

    const QString logFile = home + QStringLiteral("/log/service.log");
    auto logOpened = context.diskFull() ? std::expected<void, QString>(std::unexpected(noSpace(logFile)))
                                        : std::expected<void, QString>();
    // service.log grows over restarts, as log4j's FileAppender appends.
    QFile serviceLog(logFile);
    if (logOpened
        && (!QDir().mkpath(home + QStringLiteral("/log")) || !serviceLog.open(QIODevice::Append | QIODevice::Text)))
        logOpened = std::unexpected(QStringLiteral("cannot write %1: %2").arg(logFile, serviceLog.errorString()));
    if (!logOpened) {
        complain(QStringLiteral("ERROR: ") + logOpened.error());
        return kFailure;
    }
    const auto line = [&](const QString &level, const QString &text) {
        say(QStringLiteral("%1 %2").arg(level.leftJustified(5), text));
        serviceLog.write(QStringLiteral("%1 %2 %3\n").arg(now(), level.leftJustified(5), text).toUtf8());
        serviceLog.flush();
    };
    const auto failure = [&](const QString &text) {
        line(QStringLiteral("ERROR"), text);
        complain(QStringLiteral("ERROR: ") + text);
        return kFailure;
    };

    line(QStringLiteral("INFO"),
         QStringLiteral("Starting KAAZING Gateway %1 (GATEWAY_HOME %2)").arg(*release, QDir::toNativeSeparators(home)));
    pause(300);
    const QString configPath = args->has(QStringLiteral("--config"))
        ? QFileInfo(args->value(QStringLiteral("--config"))).absoluteFilePath()
        : home + QStringLiteral("/conf/gateway-config.xml");
    QFile configFile(configPath);
    if (!configFile.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("Gateway configuration file %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(configPath), configFile.errorString()));
    const QString config = QString::fromUtf8(configFile.readAll());
    line(QStringLiteral("INFO"), QStringLiteral("Configuration file: %1").arg(QDir::toNativeSeparators(configPath)));

    static const QRegularExpression root(QStringLiteral("<gateway-config\\b[^>]*\\bxmlns\\s*=\\s*\"([^\"]+)\""));
    const QString found = root.match(config).captured(1);
    const QString expected = expectedNamespace(*release);
    const qsizetype foundIndex = namespaces().indexOf(found);
    const qsizetype expectedIndex = namespaces().indexOf(expected);
    if (foundIndex < 0)
        return failure(QStringLiteral("%1 is not a Gateway configuration: the root element must be <gateway-config> "
                                      "in a KAAZING namespace (found '%2')")
                           .arg(QDir::toNativeSeparators(configPath), found));
    if (foundIndex > expectedIndex)
        return failure(QStringLiteral("The configuration namespace %1 is newer than KAAZING Gateway %2 supports (%3)")
                           .arg(found, *release, expected));
    if (foundIndex < expectedIndex) {
        const QString translatedPath = configPath + QStringLiteral(".new");
        QString translated = config;
        translated.replace(found, expected);
        if (auto written = writeFile(context, translatedPath, translated.toUtf8()); !written)
            return failure(written.error());
        line(QStringLiteral("WARN"),
             QStringLiteral("The configuration file uses the out-of-date namespace %1. It was translated to %2 and "
                            "written to %3; replace %4 with it.")
                 .arg(found, expected, QDir::toNativeSeparators(translatedPath), QFileInfo(configPath).fileName()));
    }
    pause(300);
    line(QStringLiteral("INFO"), QStringLiteral("Starting server"));
    line(QStringLiteral("INFO"), QStringLiteral("Starting services"));
    for (const QString &uri : acceptUris(config))
        line(QStringLiteral("INFO"), QStringLiteral("  %1").arg(uri));
    pause(300);
    // The service's accept: the simulator binds gateway.base.port on gateway.hostname (the
    // port the playbook checks; the extras port is left alone so that a class does not need
    // two free ports per Gateway).
    const QMap<QString, QString> properties = propertiesOf(config);
    const QString hostName = properties.value(QStringLiteral("gateway.hostname"), QStringLiteral("localhost"));
    bool portOk = false;
    const int port = properties.value(QStringLiteral("gateway.base.port")).toInt(&portOk);
    if (!portOk || port <= 0 || port > 65535)
        return failure(
            QStringLiteral("%1 has no valid gateway.base.port property").arg(QDir::toNativeSeparators(configPath)));
    QHostAddress address(hostName);
    if (address.isNull())
        address = QHostAddress(QHostAddress::LocalHost); // localhost, or a name of this machine
    QTcpServer server;
    if (!server.listen(address, quint16(port)))
        return failure(QStringLiteral("Error binding to %1:%2: %3 (is another Gateway still running?)")
                           .arg(hostName)
                           .arg(port)
                           .arg(server.errorString()));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
        }
    });
    line(QStringLiteral("INFO"), QStringLiteral("Started services"));
    line(QStringLiteral("INFO"), QStringLiteral("Started server successfully"));
    // Not held open while it runs: Windows could not remove the sandbox under an open file.
    serviceLog.close();

    // In the foreground until killed. A simulated Gateway also ends when its sandbox or its
    // GATEWAY_HOME is removed (a new sandbox, a test's temporary folder gone), so that a class
    // leaves none behind.
    QEventLoop loop;
    QTimer watch;
    const QString manifest = context.sandbox.root() + u'/' + QLatin1String(sim::Sandbox::kManifestFileName);
    const QString jar = QDir(home + QStringLiteral("/lib"))
                            .absoluteFilePath(QDir(home + QStringLiteral("/lib"))
                                                  .entryList({QStringLiteral("gateway.server*.jar")}, QDir::Files)
                                                  .value(0));
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (!QFileInfo::exists(manifest) || !QFileInfo::exists(jar))
            loop.exit(0);
    });
    watch.start(1000);
    loop.exec();
    return 0;
}

} // namespace uw::simtool
