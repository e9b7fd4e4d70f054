#include "testfiles.h"
#include "wine.h"
#include "wizard/simulator/httpservices.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using uw::sim::Faults;
using uw::sim::HttpServices;
using namespace uw::test;

namespace {

const QString kExecutionFilter = QStringLiteral("api-version=6.1&ApplicationTypeName=Cortex.Innovation.Execution");

struct Answer
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString show() const
    {
        return QStringLiteral("HTTP %1 after %2 ms, %3 %4: %5")
            .arg(status)
            .arg(elapsedMs)
            .arg(int(error))
            .arg(errorString, QString::fromUtf8(body.left(400)));
    }
};

// One client of one service: its own QNetworkAccessManager, so that a connection made with one
// client certificate is never reused for a request meant to go without it.
class Client
{
public:
    Client(const QString &base, const QSslConfiguration &tls, const QByteArray &authorization = {})
        : m_base(base)
        , m_tls(tls)
        , m_authorization(authorization)
    { }

    // Checks the server's certificate against this pin (SHA-256 of the DER, hex) instead of a CA.
    void pin(const QByteArray &sha256) { m_pin = sha256; }

    QNetworkReply *start(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                         int transferTimeoutMs = 0)
    {
        QNetworkRequest request(QUrl(m_base + path));
        if (m_base.startsWith(QLatin1String("https")))
            request.setSslConfiguration(m_tls);
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        if (!m_pin.isEmpty()) {
            QObject::connect(
                reply, &QNetworkReply::sslErrors, reply, [reply, pin = m_pin](const QList<QSslError> &errors) {
                    if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex() == pin)
                        reply->ignoreSslErrors(errors);
                });
        }
        return reply;
    }

    static Answer finish(QNetworkReply *reply, const QElapsedTimer &clock, int waitMs = 15000)
    {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(waitMs);
        Answer answer;
        answer.elapsedMs = clock.elapsed();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.error = reply->error();
        answer.errorString = reply->errorString();
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
        return answer;
    }

    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body = {}, int transferTimeoutMs = 0)
    {
        QElapsedTimer clock;
        clock.start();
        return finish(start(verb, path, body, transferTimeoutMs), clock);
    }
    Answer get(const QString &path) { return send("GET", path); }
    Answer post(const QString &path, const QByteArray &body = {}) { return send("POST", path, body); }
    Answer put(const QString &path, const QByteArray &body) { return send("PUT", path, body); }

private:
    QNetworkAccessManager m_nam;
    QString m_base;
    QSslConfiguration m_tls;
    QByteArray m_authorization;
    QByteArray m_pin;
};

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

Faults faults(const QStringList &items)
{
    auto parsed = Faults::parse(items);
    if (!parsed)
        qFatal("bad faults in the test: %s", qPrintable(parsed.error()));
    return *parsed;
}

QStringList names(const QJsonArray &items, const QString &key)
{
    QStringList list;
    for (const QJsonValue &item : items)
        list << item.toObject().value(key).toString();
    return list;
}

} // namespace

class tst_SimulatorHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void everyServiceListensOnItsOwnPort();
    void basePortNumbersTheServicesInOrder();
    void startFailureNamesThePort();
    void clientMaterialIsWrittenToTheCertificateDirectory();

    void topologyNeedsBasicAuth_data();
    void topologyNeedsBasicAuth();
    void topologyDescribesTheSampleDomain();
    void axwayVersionFollowsTheSetter();
    void topologyListsOnlyTheNodesTheSourceNames();
    void anmListsAdministratorsAndKeyPropertyStores();
    void apiManagerServesItsPage();
    void pinnedCertificate_data();
    void pinnedCertificate();

    void listingPagesAndFiltersPackages();
    void everyPublishedPackageCanBeRepublished();
    void outOfOrderCallIsAConflict_data();
    void outOfOrderCallIsAConflict();
    void publishFault500BlamesWebConfig();
    void publishFaultTimeoutNeverAnswers();

    void serviceFabricNeedsTheSimulatorsClientCertificate_data();
    void serviceFabricNeedsTheSimulatorsClientCertificate();
    void serviceFabricPagesApplications();
    void serviceFabricNeedsApiVersion();
    void deleteRemovesTheApplication();
    void hungDeleteWaitsForRestartsOnEveryNode();
    void restartNamesTheWrongCodePackage();
    void flowDebuggerHasItsOwnServiceFabric();

    void kaazingHealthIsUp();
    void latencyDelaysEveryAnswer_data();
    void latencyDelaysEveryAnswer();
    void concurrencyCounterSeesParallelRequests();
    void stoppingEndsHeldAndDelayedRequests();

private:
    QSslConfiguration trusted() const; // trusts the simulator's CA, and only it
    QSslConfiguration withClientCertificate() const;
    std::unique_ptr<Client> cortex();
    std::unique_ptr<Client> fabric();
    QString startPackage(int *version); // the first published package, its version

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpServices> m_services;
};

void tst_SimulatorHttp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    HttpServices::Options options;
    options.certDir = m_dir->filePath(QStringLiteral("certs"));
    m_services = std::make_unique<HttpServices>(options);
    const auto started = m_services->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));
}

void tst_SimulatorHttp::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

QSslConfiguration tst_SimulatorHttp::trusted() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_services->caCertificatePath()));
    return tls;
}

QSslConfiguration tst_SimulatorHttp::withClientCertificate() const
{
    QSslConfiguration tls = trusted();
    tls.setLocalCertificate(QSslCertificate::fromPath(m_services->clientCertificatePath()).value(0));
    tls.setPrivateKey(QSslKey(readFile(m_services->clientKeyPath()), QSsl::Rsa));
    return tls;
}

std::unique_ptr<Client> tst_SimulatorHttp::cortex()
{
    return std::make_unique<Client>(m_services->url(QStringLiteral("cortex")), trusted(),
                                    basic(QStringLiteral("admin"), QStringLiteral("changeme")));
}

std::unique_ptr<Client> tst_SimulatorHttp::fabric()
{
    return std::make_unique<Client>(m_services->url(QStringLiteral("servicefabric")), withClientCertificate());
}

QString tst_SimulatorHttp::startPackage(int *version)
{
    const auto first = m_services->packages().value(0);
    *version = first.version;
    return first.id;
}

void tst_SimulatorHttp::everyServiceListensOnItsOwnPort()
{
    const auto endpoints = m_services->endpoints();
    QStringList names;
    QSet<int> ports;
    for (const auto &endpoint : endpoints) {
        names << endpoint.name;
        const QUrl url(endpoint.url);
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(url.scheme(),
                 endpoint.name == QLatin1String("kaazing") ? QStringLiteral("http") : QStringLiteral("https"));
        ports.insert(url.port());
        QCOMPARE(m_services->url(endpoint.name), endpoint.url);
    }
    QCOMPARE(names, HttpServices::serviceNames());
    QCOMPARE(ports.size(), endpoints.size());
    QVERIFY(!ports.contains(0));
}

void tst_SimulatorHttp::basePortNumbersTheServicesInOrder()
{
    // Five consecutive free ports are not guaranteed: try a few random bases.
    QString lastError;
    for (int attempt = 0; attempt < 20; ++attempt) {
        HttpServices::Options options;
        options.basePort = quint16(QRandomGenerator::global()->bounded(20000, 60000));
        options.certDir = m_dir->filePath(QStringLiteral("base"));
        HttpServices services(options);
        const auto started = services.start();
        if (!started) {
            lastError = started.error();
            continue;
        }
        const auto endpoints = services.endpoints();
        QCOMPARE(endpoints.size(), HttpServices::serviceNames().size());
        for (qsizetype i = 0; i < endpoints.size(); ++i)
            QCOMPARE(QUrl(endpoints[i].url).port(), int(options.basePort + i));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no free base port found; last: ") + lastError));
}

void tst_SimulatorHttp::startFailureNamesThePort()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    HttpServices::Options options;
    options.basePort = occupant.serverPort();
    options.certDir = m_dir->filePath(QStringLiteral("busy"));
    HttpServices services(options);
    const auto started = services.start();
    QVERIFY(!started);
    QVERIFY2(started.error().contains(QString::number(occupant.serverPort())), qPrintable(started.error()));
    QVERIFY2(started.error().contains(QLatin1String("Admin Node Manager")), qPrintable(started.error()));
    QVERIFY(!services.isRunning());
    QVERIFY(services.endpoints().isEmpty());
}

void tst_SimulatorHttp::clientMaterialIsWrittenToTheCertificateDirectory()
{
    const QString dir = m_dir->filePath(QStringLiteral("certs"));
    for (const QString &path :
         {m_services->caCertificatePath(), m_services->clientCertificatePath(), m_services->clientKeyPath()}) {
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(dir).absoluteFilePath());
    }
    const auto ca = QSslCertificate::fromPath(m_services->caCertificatePath());
    const auto client = QSslCertificate::fromPath(m_services->clientCertificatePath());
    QCOMPARE(ca.size(), 1);
    QCOMPARE(client.size(), 1);
    QCOMPARE(client[0].issuerDisplayName(), ca[0].subjectDisplayName());
    QVERIFY(ca[0].expiryDate() > QDateTime::currentDateTimeUtc().addYears(15));
    QVERIFY(!QSslKey(readFile(m_services->clientKeyPath()), QSsl::Rsa).isNull());
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(m_services->clientKeyPath()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
#endif
    QCOMPARE(m_services->serverCertificateSha256().size(), 64);
}

void tst_SimulatorHttp::topologyNeedsBasicAuth_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("no credentials") << QByteArray() << 401;
    QTest::newRow("wrong password") << basic(QStringLiteral("admin"), QStringLiteral("guess")) << 401;
    QTest::newRow("wrong user") << basic(QStringLiteral("root"), QStringLiteral("changeme")) << 401;
    QTest::newRow("administrator") << basic(QStringLiteral("admin"), QStringLiteral("changeme")) << 200;
}

void tst_SimulatorHttp::topologyNeedsBasicAuth()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    Client anm(m_services->url(QStringLiteral("anm")), trusted(), authorization);
    const Answer answer = anm.get(QStringLiteral("/api/topology"));
    QVERIFY2(answer.status == status, qPrintable(answer.show()));
    if (status == 401)
        QVERIFY(answer.object().value(QStringLiteral("error")).toString().contains(QLatin1String("Basic")));
}

void tst_SimulatorHttp::topologyDescribesTheSampleDomain()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    Client anm(m_services->url(QStringLiteral("anm")), trusted(),
               basic(QStringLiteral("admin"), QStringLiteral("changeme")));
    const Answer answer = anm.get(QStringLiteral("/api/topology"));
    QVERIFY2(answer.status == 200, qPrintable(answer.show()));
    const QJsonObject result = answer.object().value(QStringLiteral("result")).toObject();
    QCOMPARE(result.value(QStringLiteral("productVersion")).toString(), QStringLiteral("7.5.1"));

    const QJsonArray hosts = result.value(QStringLiteral("hosts")).toArray();
    QCOMPARE(names(hosts, QStringLiteral("name")),
             (QStringList{QStringLiteral("NodeA"), QStringLiteral("NodeB"), QStringLiteral("NodeC")}));
    QStringList admins;
    for (const QJsonValue &host : hosts) {
        const QJsonObject nodeManager = host.toObject().value(QStringLiteral("nodeManager")).toObject();
        QCOMPARE(nodeManager.value(QStringLiteral("type")).toString(), QStringLiteral("nodemanager"));
        if (nodeManager.value(QStringLiteral("isAdminNodeManager")).toBool())
            admins << host.toObject().value(QStringLiteral("name")).toString();
    }
    QCOMPARE(admins, QStringList{QStringLiteral("NodeA")});

    const QJsonArray groups = result.value(QStringLiteral("groups")).toArray();
    QCOMPARE(names(groups, QStringLiteral("name")), (QStringList{QStringLiteral("Group1"), QStringLiteral("Group2")}));
    const auto hostsOf = [&](int group) {
        QStringList ids
            = names(groups[group].toObject().value(QStringLiteral("services")).toArray(), QStringLiteral("hostID"));
        return ids;
    };
    QCOMPARE(hostsOf(0), (QStringList{QStringLiteral("host-1"), QStringLiteral("host-2")}));
    QCOMPARE(hostsOf(1), (QStringList{QStringLiteral("host-2"), QStringLiteral("host-3")}));
    QCOMPARE(groups[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("group-2"));
}

void tst_SimulatorHttp::axwayVersionFollowsTheSetter()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    Client anm(m_services->url(QStringLiteral("anm")), trusted(),
               basic(QStringLiteral("admin"), QStringLiteral("changeme")));
    m_services->setAxwayVersion(QStringLiteral("7.7"));
    QCOMPARE(m_services->axwayVersion(), QStringLiteral("7.7"));
    const Answer answer = anm.get(QStringLiteral("/api/topology"));
    QCOMPARE(
        answer.object().value(QStringLiteral("result")).toObject().value(QStringLiteral("productVersion")).toString(),
        QStringLiteral("7.7"));
    Client apiManager(m_services->url(QStringLiteral("apimanager")), trusted());
    QVERIFY(apiManager.get(QStringLiteral("/")).body.contains("7.7"));
}

// Issue 16: the simulated topology listed every instance whether or not its node had applied,
// so verification could not catch a node left on the old version. Training mode's source names
// the nodes that have applied; the others and their gateways are not in the new domain.
void tst_SimulatorHttp::topologyListsOnlyTheNodesTheSourceNames()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    m_services.reset();
    HttpServices::Options options;
    options.certDir = m_dir->filePath(QStringLiteral("certs"));
    QStringList present{QStringLiteral("NodeA"), QStringLiteral("NodeB")};
    options.axwayNodesSource = [&present] {
        return present;
    };
    m_services = std::make_unique<HttpServices>(options);
    QVERIFY(m_services->start());
    Client anm(m_services->url(QStringLiteral("anm")), trusted(),
               basic(QStringLiteral("admin"), QStringLiteral("changeme")));
    const auto listed = [&] {
        const QJsonObject result
            = anm.get(QStringLiteral("/api/topology")).object().value(QStringLiteral("result")).toObject();
        QStringList services;
        for (const QJsonValue &group : result.value(QStringLiteral("groups")).toArray())
            services << names(group.toObject().value(QStringLiteral("services")).toArray(), QStringLiteral("name"));
        return std::pair{names(result.value(QStringLiteral("hosts")).toArray(), QStringLiteral("name")), services};
    };
    auto [hosts, services] = listed();
    QCOMPARE(hosts, present);
    QCOMPARE(services,
             (QStringList{QStringLiteral("Gateway1"), QStringLiteral("Gateway2"), QStringLiteral("Gateway3")}));
    present << QStringLiteral("NodeC");
    std::tie(hosts, services) = listed();
    QCOMPARE(hosts.size(), 3);
    QVERIFY(services.contains(QStringLiteral("Gateway4")));
}

void tst_SimulatorHttp::anmListsAdministratorsAndKeyPropertyStores()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    Client anm(m_services->url(QStringLiteral("anm")), trusted(),
               basic(QStringLiteral("admin"), QStringLiteral("changeme")));
    const Answer users = anm.get(QStringLiteral("/api/adminusers"));
    QVERIFY2(users.status == 200, qPrintable(users.show()));
    QCOMPARE(names(users.object().value(QStringLiteral("result")).toArray(), QStringLiteral("loginName")),
             QStringList{QStringLiteral("admin")});
    const Answer kps = anm.get(QStringLiteral("/api/kps"));
    QVERIFY2(kps.status == 200, qPrintable(kps.show()));
    QCOMPARE(names(kps.object().value(QStringLiteral("result")).toArray(), QStringLiteral("groupName")),
             (QStringList{QStringLiteral("Group1"), QStringLiteral("Group2")}));
    QCOMPARE(anm.get(QStringLiteral("/api/nothing")).status, 404);
    Client anonymous(m_services->url(QStringLiteral("anm")), trusted());
    QCOMPARE(anonymous.get(QStringLiteral("/api/kps")).status, 401);
}

void tst_SimulatorHttp::apiManagerServesItsPage()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    Client apiManager(m_services->url(QStringLiteral("apimanager")), trusted());
    const Answer answer = apiManager.get(QStringLiteral("/"));
    QVERIFY2(answer.status == 200, qPrintable(answer.show()));
    QVERIFY(answer.body.contains("<title>API Manager</title>"));
}

void tst_SimulatorHttp::pinnedCertificate_data()
{
    QTest::addColumn<bool>("rightPin");
    QTest::newRow("the simulator's pin") << true;
    QTest::newRow("another pin") << false;
}

void tst_SimulatorHttp::pinnedCertificate()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    QFETCH(bool, rightPin);
    // The system's CAs only: the certificate is trusted through its pin or not at all.
    Client anm(m_services->url(QStringLiteral("anm")), QSslConfiguration::defaultConfiguration(),
               basic(QStringLiteral("admin"), QStringLiteral("changeme")));
    const QByteArray pin = m_services->serverCertificateSha256();
    anm.pin(rightPin ? pin : QCryptographicHash::hash("not the simulator", QCryptographicHash::Sha256).toHex());
    const Answer answer = anm.get(QStringLiteral("/api/topology"));
    if (rightPin) {
        QVERIFY2(answer.status == 200, qPrintable(answer.show()));
    } else {
        QVERIFY2(answer.status == 0, qPrintable(answer.show()));
        QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
    }
}

void tst_SimulatorHttp::listingPagesAndFiltersPackages()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    auto client = cortex();
    const Answer first = client->get(QStringLiteral("/api/packages?published=true"));
    QVERIFY2(first.status == 200, qPrintable(first.show()));
    QCOMPARE(first.object().value(QStringLiteral("items")).toArray().size(), 20);
    const QJsonObject item = first.object().value(QStringLiteral("items")).toArray().first().toObject();
    for (const char *key : {"id", "name", "version", "published"})
        QVERIFY2(item.contains(QLatin1String(key)), key);
    QVERIFY(!first.object().value(QStringLiteral("continuationToken")).toString().isEmpty());

    const Answer drafts = client->get(QStringLiteral("/api/packages?published=false"));
    QCOMPARE(drafts.object().value(QStringLiteral("items")).toArray().size(), 3);
    QVERIFY(drafts.object().value(QStringLiteral("continuationToken")).isNull());

    QCOMPARE(client->get(QStringLiteral("/api/packages?published=true&continuationToken=%%%")).status, 400);
    QCOMPARE(client->get(QStringLiteral("/api/packages?published=maybe")).status, 400);
    QCOMPARE(client->get(QStringLiteral("/api/packages/no-such-id")).status, 404);
    Client anonymous(m_services->url(QStringLiteral("cortex")), trusted());
    QCOMPARE(anonymous.get(QStringLiteral("/api/packages")).status, 401);
}

void tst_SimulatorHttp::everyPublishedPackageCanBeRepublished()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    QSignalSpy republished(m_services.get(), &HttpServices::packageRepublished);
    auto client = cortex();
    QCOMPARE(m_services->packagesLeftToRepublish(), 50);
    // As a careful client does it: one page, its packages, then the next page.
    QString token;
    int seen = 0;
    int pages = 0;
    do {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("published"), QStringLiteral("true"));
        if (!token.isEmpty())
            query.addQueryItem(QStringLiteral("continuationToken"), token);
        const Answer page = client->get(QStringLiteral("/api/packages?") + query.toString(QUrl::FullyEncoded));
        QVERIFY2(page.status == 200, qPrintable(page.show()));
        ++pages;
        for (const QJsonValue &value : page.object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject package = value.toObject();
            const QString base = QStringLiteral("/api/packages/") + package.value(QStringLiteral("id")).toString();
            const int version = package.value(QStringLiteral("version")).toInt();
            QVERIFY(package.value(QStringLiteral("published")).toBool());
            Answer answer = client->post(base + QStringLiteral("/unpublish"));
            QVERIFY2(answer.status == 200, qPrintable(answer.show()));
            answer = client->post(base + QStringLiteral("/versions"));
            QVERIFY2(answer.status == 200, qPrintable(answer.show()));
            QCOMPARE(answer.object().value(QStringLiteral("version")).toInt(), version + 1);
            const QString versionPath = base + QStringLiteral("/versions/%1").arg(version + 1);
            answer = client->put(versionPath, QJsonDocument(package).toJson());
            QVERIFY2(answer.status == 200, qPrintable(answer.show()));
            answer = client->post(versionPath + QStringLiteral("/publish"));
            QVERIFY2(answer.status == 200, qPrintable(answer.show()));
            ++seen;
        }
        token = page.object().value(QStringLiteral("continuationToken")).toString();
    } while (!token.isEmpty());

    QCOMPARE(pages, 3);
    QCOMPARE(seen, 50);
    QCOMPARE(m_services->republishedPackageCount(), 50);
    QCOMPARE(m_services->packagesLeftToRepublish(), 0);
    QCOMPARE(republished.size(), 50);
    for (const auto &package : m_services->packages()) {
        if (package.initialVersion == 0 || package.republishCount == 0)
            continue;
        QCOMPARE(package.version, package.initialVersion + 1);
        QCOMPARE(package.stage, QStringLiteral("published"));
    }
}

void tst_SimulatorHttp::outOfOrderCallIsAConflict_data()
{
    // Steps taken before the offending call: u(npublish), n(ew version), s(ave).
    QTest::addColumn<QString>("before");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("call"); // after /api/packages/ID; %1 is a version
    QTest::addColumn<int>("ahead"); // %1 is the current version plus this
    QTest::newRow("publish first") << QString() << QByteArray("POST") << QStringLiteral("/versions/%1/publish") << 1;
    QTest::newRow("new version while published") << QString() << QByteArray("POST") << QStringLiteral("/versions") << 1;
    QTest::newRow("unpublish twice") << QStringLiteral("u") << QByteArray("POST") << QStringLiteral("/unpublish") << 1;
    QTest::newRow("save without a new version")
        << QStringLiteral("u") << QByteArray("PUT") << QStringLiteral("/versions/%1") << 1;
    QTest::newRow("second new version") << QStringLiteral("un") << QByteArray("POST") << QStringLiteral("/versions")
                                        << 1;
    QTest::newRow("publish unsaved") << QStringLiteral("un") << QByteArray("POST")
                                     << QStringLiteral("/versions/%1/publish") << 1;
    QTest::newRow("save another version")
        << QStringLiteral("un") << QByteArray("PUT") << QStringLiteral("/versions/%1") << 2;
    QTest::newRow("publish another version")
        << QStringLiteral("uns") << QByteArray("POST") << QStringLiteral("/versions/%1/publish") << 0;
    QTest::newRow("unpublish while editing")
        << QStringLiteral("uns") << QByteArray("POST") << QStringLiteral("/unpublish") << 1;
}

void tst_SimulatorHttp::outOfOrderCallIsAConflict()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    QFETCH(QString, before);
    QFETCH(QByteArray, verb);
    QFETCH(QString, call);
    QFETCH(int, ahead);
    int version = 0;
    const QString id = startPackage(&version);
    const QString base = QStringLiteral("/api/packages/") + id;
    const QString next = QStringLiteral("/versions/%1").arg(version + 1);
    auto client = cortex();
    for (const QChar step : before) {
        const Answer answer = step == u'u' ? client->post(base + QStringLiteral("/unpublish"))
            : step == u'n'                 ? client->post(base + QStringLiteral("/versions"))
                                           : client->put(base + next, "{}");
        QVERIFY2(answer.status == 200, qPrintable(answer.show()));
    }
    const QString stageBefore = m_services->packages().value(0).stage;
    const Answer answer
        = client->send(verb, base + (call.contains(QLatin1String("%1")) ? call.arg(version + ahead) : call),
                       verb == "PUT" ? QByteArray("{}") : QByteArray());
    QVERIFY2(answer.status == 409, qPrintable(answer.show()));
    QVERIFY(!answer.object().value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(answer.object().value(QStringLiteral("next")).toString().contains(id));
    QCOMPARE(m_services->packages().value(0).stage, stageBefore);
}

void tst_SimulatorHttp::publishFault500BlamesWebConfig()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    int version = 0;
    const QString base = QStringLiteral("/api/packages/") + startPackage(&version);
    const QString next = base + QStringLiteral("/versions/%1").arg(version + 1);
    auto client = cortex();
    QCOMPARE(client->post(base + QStringLiteral("/unpublish")).status, 200);
    QCOMPARE(client->post(base + QStringLiteral("/versions")).status, 200);
    QCOMPARE(client->put(next, "{}").status, 200);

    m_services->setFaults(faults({QStringLiteral("http.publish=500")}));
    Answer answer = client->post(next + QStringLiteral("/publish"));
    QVERIFY2(answer.status == 500, qPrintable(answer.show()));
    const QString error = answer.object().value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QLatin1String("web.config")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Application Services")), qPrintable(error));
    QCOMPARE(m_services->packages().value(0).stage, QStringLiteral("saved"));

    // Once the configuration is fixed, the same call succeeds.
    m_services->setFaults({});
    answer = client->post(next + QStringLiteral("/publish"));
    QVERIFY2(answer.status == 200, qPrintable(answer.show()));
    QCOMPARE(m_services->republishedPackageCount(), 1);
}

void tst_SimulatorHttp::publishFaultTimeoutNeverAnswers()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    int version = 0;
    const QString base = QStringLiteral("/api/packages/") + startPackage(&version);
    const QString next = base + QStringLiteral("/versions/%1").arg(version + 1);
    auto client = cortex();
    QCOMPARE(client->post(base + QStringLiteral("/unpublish")).status, 200);
    QCOMPARE(client->post(base + QStringLiteral("/versions")).status, 200);
    QCOMPARE(client->put(next, "{}").status, 200);

    m_services->setFaults(faults({QStringLiteral("http.publish=timeout")}));
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = client->start("POST", next + QStringLiteral("/publish"), {}, 1000);
    QTRY_COMPARE(m_services->concurrentRequests(QStringLiteral("cortex")), 1); // received, and held
    const Answer answer = Client::finish(reply, clock);
    QVERIFY2(answer.status == 0, qPrintable(answer.show()));
    QVERIFY2(answer.error != QNetworkReply::NoError, qPrintable(answer.show()));
    QVERIFY2(answer.elapsedMs >= 950, qPrintable(answer.show()));
    // The client gave up and closed its connection: the held request no longer counts.
    QTRY_COMPARE(m_services->concurrentRequests(QStringLiteral("cortex")), 0);
    QCOMPARE(m_services->packages().value(0).stage, QStringLiteral("saved"));

    m_services->setFaults({});
    const Answer retry = client->post(next + QStringLiteral("/publish"));
    QVERIFY2(retry.status == 200, qPrintable(retry.show()));
}

void tst_SimulatorHttp::serviceFabricNeedsTheSimulatorsClientCertificate_data()
{
    QTest::addColumn<QString>("certificate"); // none, stranger, simulator
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no certificate") << QStringLiteral("none") << false;
    QTest::newRow("another CA's certificate") << QStringLiteral("stranger") << false;
    QTest::newRow("the simulator's certificate") << QStringLiteral("simulator") << true;
}

void tst_SimulatorHttp::serviceFabricNeedsTheSimulatorsClientCertificate()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    QFETCH(QString, certificate);
    QFETCH(bool, accepted);
    QSslConfiguration tls = trusted();
    if (certificate == QLatin1String("simulator")) {
        tls = withClientCertificate();
    } else if (certificate == QLatin1String("stranger")) {
        const QString data = QStringLiteral(UW_TEST_DATA_DIR "/simulator/stranger");
        const auto stranger = QSslCertificate::fromPath(data + QStringLiteral(".pem"));
        QCOMPARE(stranger.size(), 1);
        tls.setLocalCertificate(stranger[0]);
        tls.setPrivateKey(QSslKey(readFile(data + QStringLiteral(".key")), QSsl::Rsa));
        QVERIFY(!tls.privateKey().isNull());
    }
    Client client(m_services->url(QStringLiteral("servicefabric")), tls);
    const Answer answer = client.get(QStringLiteral("/Applications?") + kExecutionFilter);
    if (qEnvironmentVariableIsSet("UW_SHOW_ANSWERS"))
        qInfo().noquote() << answer.show();
    if (accepted) {
        QVERIFY2(answer.status == 200, qPrintable(answer.show()));
    } else {
        // Refused in the handshake (or, were it let through, with 403): never an answer with data.
        QVERIFY2(answer.status == 0 || answer.status == 403, qPrintable(answer.show()));
        QVERIFY(answer.error != QNetworkReply::NoError);
    }
}

void tst_SimulatorHttp::serviceFabricPagesApplications()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    auto client = fabric();
    const auto collect = [&](const QString &filter, int *pages) {
        QStringList all;
        QString token;
        *pages = 0;
        do {
            QString path = QStringLiteral("/Applications?") + filter;
            if (!token.isEmpty())
                path += QStringLiteral("&ContinuationToken=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
            const Answer page = client->get(path);
            if (page.status != 200)
                qWarning().noquote() << page.show();
            const QJsonArray items = page.object().value(QStringLiteral("Items")).toArray();
            if (items.size() > 2)
                return QStringList{QStringLiteral("page too long")};
            all += names(items, QStringLiteral("Name"));
            token = page.object().value(QStringLiteral("ContinuationToken")).toString();
            ++*pages;
        } while (!token.isEmpty() && *pages < 10);
        return all;
    };
    int pages = 0;
    QCOMPARE(collect(kExecutionFilter, &pages),
             (QStringList{QStringLiteral("fabric:/Execution/Services/Engine/32.0.1.22001"),
                          QStringLiteral("fabric:/Execution/Services/Engine/32.1.3.23110"),
                          QStringLiteral("fabric:/Execution/Services/Engine/32.2.4.24340")}));
    QCOMPARE(pages, 2);
    const QStringList everything = collect(QStringLiteral("api-version=6.1"), &pages);
    QCOMPARE(everything.size(), 4);
    QVERIFY(everything.contains(QStringLiteral("fabric:/Cortex/ApplicationServices")));

    const Answer one
        = client->get(QStringLiteral("/Applications/Execution~Services~Engine~32.2.4.24340?api-version=6.0"));
    QVERIFY2(one.status == 200, qPrintable(one.show()));
    QCOMPARE(one.object().value(QStringLiteral("TypeName")).toString(), QStringLiteral("Cortex.Innovation.Execution"));
    QCOMPARE(one.object().value(QStringLiteral("Status")).toString(), QStringLiteral("Ready"));
}

void tst_SimulatorHttp::serviceFabricNeedsApiVersion()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    auto client = fabric();
    const Answer answer = client->get(QStringLiteral("/Applications"));
    QVERIFY2(answer.status == 400, qPrintable(answer.show()));
    QVERIFY(answer.object()
                .value(QStringLiteral("Error"))
                .toObject()
                .value(QStringLiteral("Message"))
                .toString()
                .contains(QLatin1String("api-version")));
}

void tst_SimulatorHttp::deleteRemovesTheApplication()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    QSignalSpy deleted(m_services.get(), &HttpServices::fabricApplicationDeleted);
    auto client = fabric();
    const QString id = QStringLiteral("Execution~Services~Engine~32.0.1.22001");
    const Answer answer = client->post(QStringLiteral("/Applications/%1/$/Delete?api-version=6.0").arg(id));
    QVERIFY2(answer.status == 200, qPrintable(answer.show()));
    // As the real "Get Application Info": 204 No Content, with no body, once it is gone; the
    // calls under it answer 404 FABRIC_E_APPLICATION_NOT_FOUND.
    const Answer gone = client->get(QStringLiteral("/Applications/%1?api-version=6.0").arg(id));
    QCOMPARE(gone.status, 204);
    QVERIFY(gone.body.isEmpty());
    const Answer codePackages
        = client->get(QStringLiteral("/Nodes/NodeA/$/GetApplications/%1/$/GetCodePackages?api-version=6.0").arg(id));
    QCOMPARE(codePackages.status, 404);
    QCOMPARE(codePackages.object().value(QLatin1String("Error")).toObject().value(QLatin1String("Code")).toString(),
             QStringLiteral("FABRIC_E_APPLICATION_NOT_FOUND"));
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted[0][0].toString(), QStringLiteral("fabric:/Execution/Services/Engine/32.0.1.22001"));
    QCOMPARE(m_services->fabricApplications().size(), 3);
    QCOMPARE(client->post(QStringLiteral("/Applications/%1/$/Delete?api-version=6.0").arg(id)).status, 404);
}

// The Flow Debugger's web application server runs a cluster of its own: its applications and
// its one node, behind the same client certificate.
void tst_SimulatorHttp::flowDebuggerHasItsOwnServiceFabric()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    Client client(m_services->url(QStringLiteral("flowdebugger-sf")), withClientCertificate());
    const Answer nodes = client.get(QStringLiteral("/Nodes?api-version=6.0"));
    QVERIFY2(nodes.status == 200, qPrintable(nodes.show()));
    QCOMPARE(nodes.object().value(QLatin1String("Items")).toArray().size(), 1);
    QCOMPARE(m_services->flowDebuggerFabricApplications().size(), 3); // two engines and the Application Services
    const QString id = QStringLiteral("Execution~Services~Engine~32.1.3.23110");
    QCOMPARE(client.post(QStringLiteral("/Applications/%1/$/Delete?api-version=6.0").arg(id)).status, 200);
    QCOMPARE(client.get(QStringLiteral("/Applications/%1?api-version=6.0").arg(id)).status, 204);
    QCOMPARE(m_services->flowDebuggerFabricApplications().size(), 2);
    QCOMPARE(m_services->fabricApplications().size(), 4); // the application servers' cluster is untouched
}

void tst_SimulatorHttp::hungDeleteWaitsForRestartsOnEveryNode()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    m_services->setFaults(faults({QStringLiteral("sf.delete=hang")}));
    QSignalSpy deleted(m_services.get(), &HttpServices::fabricApplicationDeleted);
    auto client = fabric();
    const QString id = QStringLiteral("Execution~Services~Engine~32.1.3.23110");
    const QString app = QStringLiteral("/Applications/%1?api-version=6.0").arg(id);
    Answer answer = client->post(QStringLiteral("/Applications/%1/$/Delete?api-version=6.0&ForceRemove=true").arg(id));
    QVERIFY2(answer.status == 200, qPrintable(answer.show()));
    QCOMPARE(client->get(app).object().value(QStringLiteral("Status")).toString(), QStringLiteral("Deleting"));

    const QStringList nodes{QStringLiteral("NodeA"), QStringLiteral("NodeB"), QStringLiteral("NodeC")};
    for (const QString &node : nodes) {
        const QString codePackages = QStringLiteral("/Nodes/%1/$/GetApplications/%2/$/GetCodePackages").arg(node, id);
        answer = client->get(codePackages + QStringLiteral("?api-version=6.0"));
        QVERIFY2(answer.status == 200, qPrintable(answer.show()));
        const QJsonObject code = answer.array().first().toObject();
        const QJsonObject restart{
            {QStringLiteral("ServiceManifestName"), code.value(QStringLiteral("ServiceManifestName"))},
            {QStringLiteral("CodePackageName"), code.value(QStringLiteral("Name"))},
            {QStringLiteral("CodePackageInstanceId"), QStringLiteral("0")}};
        answer = client->post(codePackages + QStringLiteral("/$/Restart?api-version=6.0"),
                              QJsonDocument(restart).toJson());
        QVERIFY2(answer.status == 200, qPrintable(answer.show()));
        if (node != nodes.last()) {
            QCOMPARE(client->get(app).object().value(QStringLiteral("Status")).toString(), QStringLiteral("Deleting"));
            QVERIFY(deleted.isEmpty());
        }
    }
    QCOMPARE(client->get(app).status, 204);
    QCOMPARE(deleted.size(), 1);
    for (const auto &application : m_services->fabricApplications())
        QVERIFY(application.id != id);
}

void tst_SimulatorHttp::restartNamesTheWrongCodePackage()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    auto client = fabric();
    const QString restart = QStringLiteral("/Nodes/NodeB/$/GetApplications/Execution~Services~Engine~32.2.4.24340/$/"
                                           "GetCodePackages/$/Restart?api-version=6.0");
    const QJsonObject wrong{{QStringLiteral("ServiceManifestName"), QStringLiteral("Nope.Pkg")},
                            {QStringLiteral("CodePackageName"), QStringLiteral("Code")},
                            {QStringLiteral("CodePackageInstanceId"), QStringLiteral("0")}};
    Answer answer = client->post(restart, QJsonDocument(wrong).toJson());
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.object().value(QStringLiteral("Error")).toObject().value(QStringLiteral("Code")).toString(),
             QStringLiteral("FABRIC_E_CODE_PACKAGE_NOT_FOUND"));
    answer = client->post(restart, "{}");
    QCOMPARE(answer.status, 400);
    answer = client->get(QStringLiteral("/Nodes/NodeZ/$/GetApplications/Execution~Services~Engine~32.2.4.24340/$/"
                                        "GetCodePackages?api-version=6.0"));
    QCOMPARE(answer.status, 404);
}

void tst_SimulatorHttp::kaazingHealthIsUp()
{
    Client kaazing(m_services->url(QStringLiteral("kaazing")), {});
    const Answer answer = kaazing.get(QStringLiteral("/health"));
    QVERIFY2(answer.status == 200, qPrintable(answer.show()));
    QCOMPARE(answer.object().value(QStringLiteral("status")).toString(), QStringLiteral("UP"));
    QVERIFY(answer.object().value(QStringLiteral("version")).toString().startsWith(QLatin1String("4.0.")));
    QCOMPARE(kaazing.get(QStringLiteral("/nothing")).status, 404);
}

void tst_SimulatorHttp::latencyDelaysEveryAnswer_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("path");
    QTest::newRow("anm") << QStringLiteral("anm") << QStringLiteral("/api/topology");
    QTest::newRow("cortex") << QStringLiteral("cortex") << QStringLiteral("/api/packages");
    QTest::newRow("servicefabric") << QStringLiteral("servicefabric")
                                   << QStringLiteral("/Applications?api-version=6.1");
    QTest::newRow("kaazing") << QStringLiteral("kaazing") << QStringLiteral("/health");
}

void tst_SimulatorHttp::latencyDelaysEveryAnswer()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    QFETCH(QString, service);
    QFETCH(QString, path);
    m_services->setFaults(faults({QStringLiteral("net.latency=300")}));
    Client client(m_services->url(service),
                  service == QLatin1String("servicefabric") ? withClientCertificate() : trusted(),
                  basic(QStringLiteral("admin"), QStringLiteral("changeme")));
    const Answer answer = client.get(path);
    QVERIFY2(answer.status == 200, qPrintable(answer.show()));
    // A behaviour check of the fault, not a speed target.
    QVERIFY2(answer.elapsedMs >= 250, qPrintable(answer.show()));
}

void tst_SimulatorHttp::concurrencyCounterSeesParallelRequests()
{
    m_services->setFaults(faults({QStringLiteral("net.latency=300")}));
    const QString kaazing = QStringLiteral("kaazing");
    Client client(m_services->url(kaazing), {});
    QSignalSpy served(m_services.get(), &HttpServices::requestServed);
    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies << client.start("GET", QStringLiteral("/health"));
    QTRY_COMPARE(m_services->concurrentRequests(kaazing), 4);
    for (QNetworkReply *reply : replies)
        QCOMPARE(Client::finish(reply, clock).status, 200);
    QCOMPARE(m_services->concurrentRequests(kaazing), 0);
    QCOMPARE(m_services->maxConcurrentRequests(kaazing), 4);
    QCOMPARE(m_services->requestsServed(kaazing), 4);
    QCOMPARE(served.size(), 4);
    QCOMPARE(served[0], (QVariantList{kaazing, QStringLiteral("GET"), QStringLiteral("/health"), 200}));

    // One after the other: never more than one at a time.
    m_services->resetRequestStatistics();
    QCOMPARE(m_services->maxConcurrentRequests(kaazing), 0);
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    QCOMPARE(m_services->maxConcurrentRequests(kaazing), 1);
    QCOMPARE(m_services->requestsServed(kaazing), 2);
    QCOMPARE(m_services->maxConcurrentRequests(QStringLiteral("anm")), 0);
}

void tst_SimulatorHttp::stoppingEndsHeldAndDelayedRequests()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    m_services->setFaults(faults({QStringLiteral("http.publish=timeout"), QStringLiteral("net.latency=5000")}));
    int version = 0;
    const QString base = QStringLiteral("/api/packages/") + startPackage(&version);
    auto client = cortex();
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *held = client->start("POST", base + QStringLiteral("/versions/%1/publish").arg(version + 1));
    QNetworkReply *delayed = client->start("GET", QStringLiteral("/api/packages"));
    QTRY_COMPARE(m_services->concurrentRequests(QStringLiteral("cortex")), 2);
    m_services.reset();
    for (QNetworkReply *reply : {held, delayed}) {
        const Answer answer = Client::finish(reply, clock);
        QVERIFY2(answer.status == 0 && answer.error != QNetworkReply::NoError, qPrintable(answer.show()));
        QVERIFY2(answer.elapsedMs < 4000, qPrintable(answer.show()));
    }
}

QTEST_GUILESS_MAIN(tst_SimulatorHttp)
#include "tst_simulatorhttp.moc"
