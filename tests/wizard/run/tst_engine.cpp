// The engine's trusted certificates: a certificate the operator trusted reaches the HTTPS
// checks, is written to the journal once, and is honoured again when the session is resumed
// (the engine reads the journal when it is made, not on every step).

#include "wine.h"
#include "wizard/playbook/parameters.h"
#include "wizard/playbook/plan.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/run/engine.h"
#include "wizard/run/session.h"
#include "wizard/simulator/httpservices.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace uw;

class tst_Engine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aTrustedCertificateIsHonouredAfterResume();
    void trustingAgainRecordsNothing();
    void aMalformedFingerprintIsRefused();

private:
    // The plan of the test playbook against the simulator's API Gateway Manager.
    std::expected<Plan, QString> plan() const;
    // Runs a step to its end; empty when it finished in time.
    static QString run(Engine &engine, const QString &key);
    static int trustRecords(const Session &session);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::HttpServices> m_services;
    std::unique_ptr<Session> m_session;
};

namespace {

// An HTTPS check with no pin: the simulator's certificate is signed by its own training CA,
// which this computer does not know, so only a trust makes the check pass.
constexpr char kPlaybook[] = R"({"schema": 1, "id": "https-check", "title": "HTTPS check", "product": "Test",
 "from": ["1.*"], "to": "2", "source": {"document": "test"},
 "parameters": [{"id": "anm_url", "type": "url", "label": "URL", "required": true}],
 "pages": [{"id": "only", "title": "Only", "items": [
   {"id": "manager", "type": "check", "title": "The manager answers", "help": "Vendor document, \"Verify\".",
    "severity": "blocker", "check": {"kind": "http", "url": "${anm_url}/", "timeout_ms": 5000}}]}]})";

} // namespace

void tst_Engine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    sim::HttpServices::Options options;
    options.certDir = m_dir->filePath(QStringLiteral("certs"));
    m_services = std::make_unique<sim::HttpServices>(options);
    const auto started = m_services->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error()));

    QFile file(m_dir->filePath(QStringLiteral("https-check.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kPlaybook);
    file.close();
    auto made = plan();
    QVERIFY2(made, qPrintable(made ? QString() : made.error()));
    auto session = Session::create(m_dir->filePath(QStringLiteral("session")), made->playbook(), ParameterValues(),
                                   QStringLiteral("tester"));
    QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
    m_session = std::move(*session);
}

void tst_Engine::cleanup()
{
    m_session.reset();
    m_services.reset();
    m_dir.reset();
}

std::expected<Plan, QString> tst_Engine::plan() const
{
    auto loaded = PlaybookLoader::loadFile(m_dir->filePath(QStringLiteral("https-check.json")));
    if (!loaded)
        return std::unexpected(loaded.error().first().toString());
    auto playbook = std::make_shared<const Playbook>(std::move(*loaded));
    auto values = resolveParameters(*playbook, {{QStringLiteral("anm_url"), m_services->url(QStringLiteral("anm"))}});
    if (!values)
        return std::unexpected(values.error().join(u'\n'));
    auto built = Plan::build(playbook, *values);
    if (!built)
        return std::unexpected(built.error().join(u'\n'));
    return std::move(*built);
}

QString tst_Engine::run(Engine &engine, const QString &key)
{
    QSignalSpy finished(&engine, &Engine::stepFinished);
    if (auto started = engine.start(key); !started)
        return started.error().toString();
    QDeadlineTimer deadline(20000);
    while (finished.isEmpty() && !deadline.hasExpired())
        finished.wait(1000);
    return finished.isEmpty() ? QStringLiteral("%1 did not finish in time").arg(key) : QString();
}

int tst_Engine::trustRecords(const Session &session)
{
    int count = 0;
    for (const QJsonObject &record : session.records())
        if (record.value(QLatin1String("event")).toString() == QLatin1String(event::CertificateTrusted))
            ++count;
    return count;
}

void tst_Engine::aTrustedCertificateIsHonouredAfterResume()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString fingerprint = QString::fromLatin1(m_services->serverCertificateSha256());
    QString trusted;
    {
        auto made = plan();
        QVERIFY(made);
        Engine engine(std::move(*made), *m_session);
        QVERIFY(engine.trustedCertificates().isEmpty());
        QCOMPARE(run(engine, QStringLiteral("manager")), QString());
        QCOMPARE(engine.state(QStringLiteral("manager")).status, StepState::Status::Failed);

        QVERIFY(engine.trustCertificate(fingerprint, QStringLiteral("tester")));
        QCOMPARE(engine.trustedCertificates().size(), 1);
        trusted = engine.trustedCertificates().first();
        QCOMPARE(trusted.size(), 95); // "AB:CD:...": 32 pairs and 31 colons
        QCOMPARE(QString(trusted).remove(u':'), fingerprint.toUpper());
        QCOMPARE(run(engine, QStringLiteral("manager")), QString());
        QCOMPARE(engine.state(QStringLiteral("manager")).status, StepState::Status::Passed);
    }
    // The session is closed and opened again, as a resume does; the trust is in its journal.
    const QString dir = m_session->dir();
    m_session.reset();
    auto opened = Session::open(dir);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_session = std::move(*opened);
    auto made = plan();
    QVERIFY(made);
    Engine resumed(std::move(*made), *m_session);
    QCOMPARE(resumed.trustedCertificates(), QStringList{trusted});
    QCOMPARE(run(resumed, QStringLiteral("manager")), QString());
    QCOMPARE(resumed.state(QStringLiteral("manager")).status, StepState::Status::Passed);
}

void tst_Engine::trustingAgainRecordsNothing()
{
    auto made = plan();
    QVERIFY(made);
    Engine engine(std::move(*made), *m_session);
    const QByteArray hex = m_services->serverCertificateSha256();
    QVERIFY(engine.trustCertificate(QString::fromLatin1(hex), QStringLiteral("tester")));
    QCOMPARE(trustRecords(*m_session), 1);
    // The same certificate spelt otherwise: upper case, then with colons.
    QVERIFY(engine.trustCertificate(QString::fromLatin1(hex.toUpper()), QStringLiteral("someone else")));
    QVERIFY(engine.trustCertificate(engine.trustedCertificates().first(), QStringLiteral("tester")));
    QCOMPARE(trustRecords(*m_session), 1);
    QCOMPARE(engine.trustedCertificates().size(), 1);
}

void tst_Engine::aMalformedFingerprintIsRefused()
{
    auto made = plan();
    QVERIFY(made);
    Engine engine(std::move(*made), *m_session);
    const auto refused = engine.trustCertificate(QStringLiteral("AB:CD"), QStringLiteral("tester"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("is not a SHA-256 fingerprint")),
             qPrintable(refused.error().message));
    QVERIFY(engine.trustedCertificates().isEmpty());
    QCOMPARE(trustRecords(*m_session), 0);
}

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
