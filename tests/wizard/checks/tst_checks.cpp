#include "jsontext.h"
#include "testchild.h"
#include "testfiles.h"
#include "testlinks.h"
#include "wine.h"
#include "wizard/checks/checks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <KZip>

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>

using namespace uw;
using checks::Result;
using checks::Status;
using namespace uw::test;

namespace {

QString show(const Result &result)
{
    return QStringLiteral("%1: %2\n  %3") .arg(checks::statusName(result.status), result.summary.english(),
                                               englishTexts(result.evidence).join(QStringLiteral("\n  ")));
}

// UW_SHOW_RESULTS=1 prints every result: handy when reviewing what users will read.
Result shown(Result result)
{
    if (qEnvironmentVariableIsSet("UW_SHOW_RESULTS"))
        qInfo().noquote() << show(result);
    return result;
}

Result runHere(const QJsonObject &check)
{
    const std::atomic_bool cancelled = false;
    return shown(checks::run(check, cancelled));
}

// Runs the check on a worker thread, as the wizard does, while this thread keeps serving the
// test's own servers.
Result runOnWorker(const QJsonObject &check)
{
    std::atomic_bool cancelled = false;
    Result result;
    std::unique_ptr<QThread> worker(QThread::create([&] { result = checks::run(check, cancelled); }));
    worker->start();
    QElapsedTimer clock;
    clock.start();
    while (!worker->isFinished() && clock.elapsed() < 60000)
        QTest::qWait(5);
    if (!worker->isFinished()) {
        cancelled = true;
        worker->wait();
    }
    return shown(result);
}

// Runs the check on a worker thread for 300 ms, then cancels it, while this thread keeps
// serving the test's own servers: what the check returned, whether it was still running when
// it was cancelled, and how many milliseconds it took to return after that (-1: not within
// 5 s; the worker is then given a minute more, and stopped hard, so the test ends either way).
struct CancelledRun
{
    Result result;
    bool wasRunning = false;
    qint64 reactionMs = -1;
};

CancelledRun runThenCancel(const QJsonObject &check)
{
    std::atomic_bool cancelled = false;
    CancelledRun run;
    std::chrono::steady_clock::time_point returned;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        run.result = checks::run(check, cancelled);
        returned = std::chrono::steady_clock::now();
    }));
    worker->start();
    QTest::qWait(300);
    run.wasRunning = !worker->isFinished();
    const auto cancelledAt = std::chrono::steady_clock::now();
    cancelled = true;
    const auto finished = [&] { return worker->isFinished(); };
    if (QTest::qWaitFor(finished, 5000)) {
        run.reactionMs = std::chrono::duration_cast<std::chrono::milliseconds>(returned - cancelledAt).count();
    } else if (!QTest::qWaitFor(finished, 60000)) {
        worker->terminate();
        worker->wait();
    }
    return run;
}

bool containsText(const Result &result, const QString &text)
{
    return result.summary.english().contains(text) || englishTexts(result.evidence).join(u'\n').contains(text);
}

// A real JAR (a zip) with the given manifest, as the JDK's jar tool writes one.
bool writeJar(const QString &path, const QByteArray &manifest)
{
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return false;
    const bool written = zip.writeFile(QStringLiteral("META-INF/MANIFEST.MF"), manifest)
        && zip.writeFile(QStringLiteral("org/kaazing/gateway/server/Gateway.class"), QByteArray("\xca\xfe\xba\xbe", 4));
    return zip.close() && written;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

#define COMPARE_STATUS(result, expected)                                                                               \
    QVERIFY2(checks::statusName((result).status) == (expected),                                                        \
             qPrintable(QStringLiteral("expected %1, got %2").arg(expected, show(result))))

class tst_Checks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void kindsAreSortedAndComplete();
    void statusNamesAreLowercaseWords();

    void validSpecsHaveNoMistakes_data();
    void validSpecsHaveNoMistakes();
    void specMistakesNameThePathAndTheProblem_data();
    void specMistakesNameThePathAndTheProblem();
    void placeholdersAreCheckedOnlyAtRunTime();
    void substitutedNumbersArriveAsStrings();
    void runReportsAnInvalidSpecAsAnErrorNamingTheField();
    void runReturnsCancelledWhenTheFlagIsAlreadySet();

    void pathExistsChecksPresenceAndType_data();
    void pathExistsChecksPresenceAndType();
    void pathAbsentPassesOnlyWhenNothingIsThere();
    void compareNeedsTheExactSameText_data();
    void compareNeedsTheExactSameText();
    void fileContainsReportsTheFirstMatchingLine_data();
    void fileContainsReportsTheFirstMatchingLine();
    void fileContainsErrorsOnAMissingFile();
    void fileContainsRefusesFilesOver64MiB();
    void diskFreeComparesWithMinBytes();
    void diskFreeUsesTheNearestExistingAncestor();
    void diskFreeComparesWithAFactorOfADirectorySize();
    void diskFreeErrorsWhenTheMeasuredDirectoryIsMissing();
    void noConflictsListsFilesPresentInBothDirectories();
    void noConflictsPassesWithoutCommonFiles();
    void noConflictsPassesWhenTheDirectoryIsMissing();
    void noConflictsErrorsWhenTheOtherDirectoryIsMissing();
    void unmodifiedSinceListsFilesChangedAfterTheReference();
    void unmodifiedSincePassesWhenNothingChanged();
    void unmodifiedSinceErrorsWithoutItsReference();

    void versionFromACommandIsComparedWithTheRange_data();
    void versionFromACommandIsComparedWithTheRange();
    void versionFromAFileIsComparedWithTheRange();
    void versionErrorsWhenCapturedTextIsNotAVersion();
    void versionErrorsWhenTheCommandCannotStart();
    void versionStopsACommandThatTakesTooLong();
    void versionCommandIsCancelledPromptly();
    void versionReadsTheManifestOfAJar_data();
    void versionReadsTheManifestOfAJar();
    void versionFromAGlobReadsTheFirstJarInNameOrder();
    void versionFromAJarSaysWhatIsWrong_data();
    void versionFromAJarSaysWhatIsWrong();
    void versionSourcesAreTriedInOrderAndTheFirstAnswerWins();
    void versionSourcesThatAllFailAreEachNamed();
    void versionSourcesSpecMistakesAreFound_data();
    void versionSourcesSpecMistakesAreFound();
    void decisionTableFollowsTheKaazingUpgradePaths_data();
    void decisionTableFollowsTheKaazingUpgradePaths();
    void decisionTableWithoutOtherwiseFailsWhenNoRowMatches();
    void decisionTableErrorsOnAnInputThatIsNotAVersion();
    void decisionTableDecidesOnTheDetectedVersion_data();
    void decisionTableDecidesOnTheDetectedVersion();
    void decisionTableErrorsWhenADetectedInputCannotBeRead();

    void tcpPortSeesAListeningServer();
    void tcpPortSeesAFreePort();
    void httpChecksStatusAndJson_data();
    void httpChecksStatusAndJson();
    void httpBasicAuthenticationNeverShowsThePassword();
    void httpCredentialsOverPlainHttpAreRefused_data();
    void httpCredentialsOverPlainHttpAreRefused();
    void httpCredentialsInTheUrlAreUsedButNotShown();
    void httpBearerTokenIsNotShownEvenWhenTheServerEchoesIt();
    void httpSecretsInTheQueryAreMasked();
    void httpTlsPinningAndVerification_data();
    void httpTlsPinningAndVerification();
    void httpTimesOutWhenTheServerNeverAnswers();
    void httpIsCancelledPromptlyWhileTheServerNeverAnswers();

    void processFindsARunningProgramAndNoticesItStopped();
    void processThatIsNotRunningIsReportedByName();

private:
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_httpPort).arg(path); }
    QString tempPath(const QString &name) const { return m_tmp.filePath(name); }

    QTemporaryDir m_tmp;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_httpPort = 0;
    int m_requests = 0; // what /secure was asked
    quint16 m_httpsPort = 0;
    QTcpServer m_silent; // accepts connections and never answers
    QString m_tlsSkipReason;
    QByteArray m_certificateSha256;
};

void tst_Checks::initTestCase()
{
    QVERIFY(m_tmp.isValid());

    m_http = std::make_unique<QHttpServer>();
    m_http->route(QStringLiteral("/ok"), [] {
        return QHttpServerResponse(
            jsonObject(text(R"j({"result": {"productVersion": "7.7.0", "hosts": [{"name": "gw1", "port": 8090}, {"name": "gw2"}]},
                "items": [{"status": "UP"}, {"status": "UP"}], "count": 2})j")));
    });
    m_http->route(QStringLiteral("/mixed"), [] {
        return QHttpServerResponse(jsonObject(text(R"j({"items": [{"status": "UP"}, {"status": "DOWN"}]})j")));
    });
    m_http->route(QStringLiteral("/text"), [] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("Gateway version 7.7.0 ready\n"));
    });
    m_http->route(QStringLiteral("/broken"), [] {
        return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
    });
    m_http->route(QStringLiteral("/secure"), [this](const QHttpServerRequest &request) {
        ++m_requests;
        if (request.value("Authorization") != "Basic " + QByteArrayLiteral("admin:s3cret-pass").toBase64())
            return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
        return QHttpServerResponse(jsonObject(text(R"j({"user": "admin"})j")));
    });
    m_http->route(QStringLiteral("/echo"), [](const QHttpServerRequest &request) {
        QJsonObject echo;
        echo.insert(QStringLiteral("authorization"), QString::fromUtf8(request.value("Authorization")));
        return QHttpServerResponse(echo);
    });

    auto *tcp = new QTcpServer;
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_http->bind(tcp));
    m_httpPort = tcp->serverPort();

    QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));

    // TLS: a self-signed certificate made now, so that nothing secret lives in the repository.
    // The server side of these cases is a QSslServer in this process.
    if (test::runningUnderWine()) {
        m_tlsSkipReason = QString::fromLatin1(test::kWineHasNoServerTls);
        return;
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        m_tlsSkipReason = QStringLiteral("openssl is not installed: the TLS tests need it to make a self-signed "
                                         "certificate (add openssl to tools/debian-packages.txt)");
        return;
    }
    QProcess req;
    req.setProcessChannelMode(QProcess::MergedChannels);
    req.start(
        openssl,
        {QStringLiteral("req"),
            QStringLiteral("-x509"),
                QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"),
                            QStringLiteral("-subj"),
                                QStringLiteral("/CN=127.0.0.1"),
                                    QStringLiteral("-addext"),
                                        QStringLiteral("subjectAltName=IP:127.0.0.1"),
                                            QStringLiteral("-days"),
                                                QStringLiteral("1"),
                                                    QStringLiteral("-keyout"),
                                                        tempPath(QStringLiteral("key.pem")),
                                                                 QStringLiteral("-out"),
                                                                                tempPath(QStringLiteral("cert.pem"))});
    QVERIFY(req.waitForFinished(60000));
    QVERIFY2(req.exitCode() == 0, req.readAll().constData());
    const auto certificates = QSslCertificate::fromPath(tempPath(QStringLiteral("cert.pem")));
    QCOMPARE(certificates.size(), 1);
    QFile keyFile(tempPath(QStringLiteral("key.pem")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Rsa);
    QVERIFY(!key.isNull());
    m_certificateSha256 = certificates.first().digest(QCryptographicHash::Sha256);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificates.first());
    tls.setPrivateKey(key);
    auto *ssl = new QSslServer;
    ssl->setSslConfiguration(tls);
    QVERIFY(ssl->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_http->bind(ssl));
    m_httpsPort = ssl->serverPort();
}

// --- catalogue -------------------------------------------------------------------------------

void tst_Checks::kindsAreSortedAndComplete()
{
    const QStringList expected{
        QStringLiteral("compare"), QStringLiteral("decision-table"), QStringLiteral("disk-free"),   QStringLiteral("file-contains"),
        QStringLiteral("http"),           QStringLiteral("no-conflicts"), QStringLiteral("path-absent"),
        QStringLiteral("path-exists"),    QStringLiteral("process"),      QStringLiteral("tcp-port"),
        QStringLiteral("unmodified-since"), QStringLiteral("version"),
    };
    QCOMPARE(checks::kinds(), expected);
}

void tst_Checks::statusNamesAreLowercaseWords()
{
    QCOMPARE(checks::statusName(Status::Pass), QStringLiteral("pass"));
    QCOMPARE(checks::statusName(Status::Fail), QStringLiteral("fail"));
    QCOMPARE(checks::statusName(Status::Error), QStringLiteral("error"));
    QCOMPARE(checks::statusName(Status::Cancelled), QStringLiteral("cancelled"));
}

// --- validation ------------------------------------------------------------------------------

void tst_Checks::validSpecsHaveNoMistakes_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("path-exists") << text(R"j({"kind": "path-exists", "path": "/opt", "type": "dir"})j");
    QTest::newRow("path-absent") << text(R"j({"kind": "path-absent", "path": "/opt/old"})j");
    QTest::newRow("compare") << text(R"j({"kind": "compare", "value": "${anm_host}", "equals": "${node.name}",
                                       "what": "--anm_host"})j");
    QTest::newRow("file-contains") << text(
        R"j({"kind": "file-contains", "path": "/etc/hosts", "regex": "^127\\.", "expect": "no-match"})j");
    QTest::newRow("version from a file") << text(
        R"j({"kind": "version", "source": "file", "path": "/opt/v", "regex": "v(\\S+)", "range": "7.7.*"})j");
    QTest::newRow("version from a command, named group")
        << text(R"j({"kind": "version", "source": "command", "program": "java", "args": ["-version"],
            "regex": "(\\w+) version \"(?<version>[^\"]+)\"", "range": ">=1.8", "timeout_ms": 5000})j");
    QTest::newRow("disk-free with both") << text(
        R"j({"kind": "disk-free", "path": "/opt/new", "min_bytes": 1000, "factor": 1.5, "of_dir": "/opt/old"})j");
    QTest::newRow("tcp-port") << text(R"j({"kind": "tcp-port", "host": "db1", "port": 9042, "expect": "open"})j");
    QTest::newRow("http with everything")
        << text(R"j({"kind": "http", "url": "https://gw:8090/api/router/service/instance/version", "method": "GET",
            "expect_status": 200, "json_path": "result.hosts[0].name", "equals": "gw1", "matches": "^gw",
            "auth": {"type": "basic", "username": "admin", "password": ""},
            "tls": {"pin_sha256": "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"}})j");
    QTest::newRow("http bearer, insecure") << text(
        R"j({"kind": "http", "url": "https://gw/", "auth": {"type": "bearer", "token": "t"}, "tls": {"insecure": true}})j");
    QTest::newRow("process") << text(R"j({"kind": "process", "name": "vshell", "expect": "stopped"})j");
    QTest::newRow("unmodified-since") << text(
        R"j({"kind": "unmodified-since", "path": "/opt/old/conf", "since": "/opt/new/out/logs/export.log"})j");
    QTest::newRow("no-conflicts") << text(
        R"j({"kind": "no-conflicts", "dir": "/opt/ext/lib", "against": "/opt/system/lib", "pattern": "*.jar"})j");
    QTest::newRow("decision-table") << text(
        R"j({"kind": "decision-table", "inputs": {"current": "3.4.1", "target": "3.5"},
            "rows": [{"when": {"current": "3.3.* || 3.4.*", "target": "3.5.*"}, "result": "warn",
                      "outcome": "upgrade", "message": "Upgrade"},
                     {"when": {}, "outcome": "any", "message": "Anything"}],
            "otherwise": {"result": "fail", "outcome": "none", "message": "No path"}})j");
}

void tst_Checks::validSpecsHaveNoMistakes()
{
    QFETCH(QString, json);
    const QList<uw::SpecError> errors = checks::validate(jsonObject(json));
    QStringList texts;
    for (const auto &error : errors)
        texts.append(error.toString());
    QVERIFY2(errors.isEmpty(), qPrintable(texts.join(u'\n')));
}

void tst_Checks::specMistakesNameThePathAndTheProblem_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QString known = QStringLiteral("compare, decision-table, disk-free, file-contains, http, no-conflicts, path-absent, "
                                         "path-exists, process, tcp-port, unmodified-since, version");
    QTest::newRow("no kind") << text(R"j({"path": "/opt"})j")
                             << QStringLiteral("kind") << QStringLiteral("missing required key \"kind\"; known kinds: ")
                                                                         + known;
    QTest::newRow("unknown kind") << text(R"j({"kind": "ping"})j")
                                  << QStringLiteral("kind") << QStringLiteral("unknown check kind \"ping\"; known kinds: ") + known;
    QTest::newRow("kind not a string") << text(
        R"j({"kind": 5})j") << QStringLiteral("kind") << QStringLiteral("unknown check kind 5; known kinds: ") + known;
    QTest::newRow("unknown key") << text(
        R"j({"kind": "tcp-port", "host": "db1", "prot": 9042, "port": 9042, "expect": "open"})j")
                                 << QStringLiteral("prot") << QStringLiteral("unknown key \"prot\"; allowed keys: expect, host, kind, port, timeout_ms");
    QTest::newRow("missing key") << text(R"j({"kind": "tcp-port", "host": "db1", "expect": "open"})j")
                                 << QStringLiteral("port") << QStringLiteral("missing required key \"port\"");
    QTest::newRow("port not a number") << text(
        R"j({"kind": "tcp-port", "host": "db1", "port": "abc", "expect": "open"})j")
                                       << QStringLiteral("port")
                                       << QStringLiteral("expected a whole number from 1 to 65535, got \"abc\"");
    QTest::newRow("port too large") << text(R"j({"kind": "tcp-port", "host": "db1", "port": 70000, "expect": "open"})j")
                                    << QStringLiteral("port")
                                    << QStringLiteral("expected a whole number from 1 to 65535, got 70000");
    QTest::newRow("port not whole") << text(R"j({"kind": "tcp-port", "host": "db1", "port": 1.5, "expect": "open"})j")
                                    << QStringLiteral("port")
                                    << QStringLiteral("expected a whole number from 1 to 65535, got 1.5");
    QTest::newRow("bad choice") << text(R"j({"kind": "tcp-port", "host": "db1", "port": 1, "expect": "closed"})j")
                                << QStringLiteral("expect")
                                                  << QStringLiteral("expected \"open\" or \"free\", got \"closed\"");
    QTest::newRow("empty string") << text(R"j({"kind": "tcp-port", "host": " ", "port": 1, "expect": "open"})j")
                                  << QStringLiteral("host") << QStringLiteral("expected a non-empty string, got \" \"");
    QTest::newRow("string expected") << text(R"j({"kind": "tcp-port", "host": 5, "port": 1, "expect": "open"})j")
                                     << QStringLiteral("host") << QStringLiteral("expected a non-empty string, got 5");
    QTest::newRow("timeout out of range")
        << text(R"j({"kind": "path-absent", "path": "/x", "timeout_ms": 0})j") << QStringLiteral("timeout_ms")
        << QStringLiteral("expected a whole number of milliseconds from 1 to 86400000, got 0");
    QTest::newRow("three choices") << text(R"j({"kind": "path-exists", "path": "/x", "type": "link"})j")
                                   << QStringLiteral("type") << QStringLiteral("expected \"file\", \"dir\" or \"any\", got \"link\"");
    QTest::newRow("bad regex") << text(R"j({"kind": "file-contains", "path": "/x", "regex": "(port"})j")
                               << QStringLiteral("regex") << QStringLiteral("invalid regular expression: missing closing parenthesis at offset 5");
    QTest::newRow("version regex without a group")
        << text(R"j({"kind": "version", "source": "file", "path": "/x", "regex": "v\\d+", "range": "*"})j")
        << QStringLiteral("regex") << QStringLiteral("needs exactly one capture group or a group named \"version\", has 0 groups");
    QTest::newRow("version regex with two groups")
        << text(R"j({"kind": "version", "source": "file", "path": "/x", "regex": "(v)(\\d+)", "range": "*"})j")
        << QStringLiteral("regex") << QStringLiteral("needs exactly one capture group or a group named \"version\", has 2 groups");
    QTest::newRow("bad range") << text(
        R"j({"kind": "version", "source": "file", "path": "/x", "regex": "(\\S+)", "range": "7.x.5"})j")
                               << QStringLiteral("range") << QStringLiteral("invalid version range: '7.x.5': a wildcard must be the last component");
    QTest::newRow("file source without path")
        << text(R"j({"kind": "version", "source": "file", "regex": "(\\S+)", "range": "*"})j")
        << QStringLiteral("path") << QStringLiteral("missing required key \"path\"");
    QTest::newRow("file source with program") << text(
        R"j({"kind": "version", "source": "file", "path": "/x", "program": "x", "regex": "(\\S+)", "range": "*"})j")
                                              << QStringLiteral("program") << QStringLiteral("\"program\" is only used with \"source\": \"command\"");
    QTest::newRow("command source with path") << text(
        R"j({"kind": "version", "source": "command", "program": "x", "path": "/x", "regex": "(\\S+)", "range": "*"})j")
                                              << QStringLiteral("path") << QStringLiteral("\"path\" is only used with \"source\": \"file\" or \"jar-manifest\"");
    QTest::newRow("args not an array") << text(
        R"j({"kind": "version", "source": "command", "program": "x", "args": "-v", "regex": "(\\S+)", "range": "*"})j")
                                       << QStringLiteral("args")
                                                         << QStringLiteral("expected an array of strings, got \"-v\"");
    QTest::newRow("args element not a string") << text(
        R"j({"kind": "version", "source": "command", "program": "x", "args": ["-v", 5], "regex": "(\\S+)", "range": "*"})j")
                                               << QStringLiteral("args[1]")
                                                                 << QStringLiteral("expected a string, got 5");
    QTest::newRow("disk-free without a criterion")
        << text(R"j({"kind": "disk-free", "path": "/x"})j")
        << QStringLiteral("min_bytes") << QStringLiteral("missing: give \"min_bytes\", or \"factor\" with \"of_dir\", or both");
    QTest::newRow("factor without of_dir")
        << text(R"j({"kind": "disk-free", "path": "/x", "factor": 2})j")
        << QStringLiteral("of_dir") << QStringLiteral("missing required key \"of_dir\" (needed with \"factor\")");
    QTest::newRow("negative factor") << text(R"j({"kind": "disk-free", "path": "/x", "factor": -1, "of_dir": "/y"})j")
                                     << QStringLiteral("factor")
                                                       << QStringLiteral("expected a number greater than 0, got -1");
    QTest::newRow("negative min_bytes") << text(R"j({"kind": "disk-free", "path": "/x", "min_bytes": -5})j")
                                        << QStringLiteral("min_bytes") << QStringLiteral("expected a whole number of at least 0, got -5");
    QTest::newRow("url scheme") << text(R"j({"kind": "http", "url": "ftp://gw/"})j")
                                << QStringLiteral("url") << QStringLiteral("expected an http:// or https:// URL, got scheme \"ftp\"");
    QTest::newRow("url without host, not echoed")
        << text(R"j({"kind": "http", "url": "http://user:pw@"})j")
        << QStringLiteral("url") << QStringLiteral("expected an http:// or https:// URL with a host name");
    QTest::newRow("write method") << text(R"j({"kind": "http", "url": "http://gw/", "method": "POST"})j")
                                  << QStringLiteral("method")
                                                    << QStringLiteral("expected \"GET\" or \"HEAD\", got \"POST\"");
    QTest::newRow("status out of range") << text(R"j({"kind": "http", "url": "http://gw/", "expect_status": 42})j")
                                         << QStringLiteral("expect_status")
                                         << QStringLiteral("expected a whole number from 100 to 599, got 42");
    QTest::newRow("json path with empty name")
        << text(R"j({"kind": "http", "url": "http://gw/", "json_path": "a..b"})j")
        << QStringLiteral("json_path") << QStringLiteral("invalid JSON path \"a..b\": empty name at offset 2");
    QTest::newRow("json path with bad index")
        << text(R"j({"kind": "http", "url": "http://gw/", "json_path": "a[x]"})j")
        << QStringLiteral("json_path") << QStringLiteral("invalid JSON path \"a[x]\": expected an index or * inside [], got \"x\" at offset 1");
    QTest::newRow("json path with unclosed index")
        << text(R"j({"kind": "http", "url": "http://gw/", "json_path": "a[0"})j")
        << QStringLiteral("json_path") << QStringLiteral("invalid JSON path \"a[0\": missing ']' after offset 1");
    QTest::newRow("equals without json_path")
        << text(R"j({"kind": "http", "url": "http://gw/", "equals": 1})j")
        << QStringLiteral("equals") << QStringLiteral("\"equals\" needs \"json_path\" to say what to compare");
    QTest::newRow("json_path with HEAD")
        << text(R"j({"kind": "http", "url": "http://gw/", "method": "HEAD", "json_path": "a"})j")
        << QStringLiteral("json_path") << QStringLiteral("\"json_path\" needs \"method\": \"GET\"; an answer to HEAD has no body");
    QTest::newRow("auth without type") << text(
        R"j({"kind": "http", "url": "http://gw/", "auth": {"username": "a", "password": "b"}})j")
                                       << QStringLiteral("auth.type")
                                                         << QStringLiteral("missing required key \"type\"");
    QTest::newRow("basic auth without password")
        << text(R"j({"kind": "http", "url": "http://gw/", "auth": {"type": "basic", "username": "a"}})j")
        << QStringLiteral("auth.password") << QStringLiteral("missing required key \"password\"");
    QTest::newRow("password of the wrong type is not echoed") << text(
        R"j({"kind": "http", "url": "http://gw/", "auth": {"type": "basic", "username": "a", "password": 123456}})j")
                                                              << QStringLiteral("auth.password") << QStringLiteral("expected a string, got a number");
    QTest::newRow("bearer with a username")
        << text(R"j({"kind": "http", "url": "http://gw/", "auth": {"type": "bearer", "token": "t", "username": "a"}})j")
        << QStringLiteral("auth.username") << QStringLiteral("unknown key \"username\"; allowed keys: token, type");
    QTest::newRow("bad pin") << text(R"j({"kind": "http", "url": "https://gw/", "tls": {"pin_sha256": "AB:CD"}})j")
                             << QStringLiteral("tls.pin_sha256") << QStringLiteral("expected a SHA-256 fingerprint: 64 hex digits, optionally separated by "
                                               "':', got \"AB:CD\"");
    QTest::newRow("insecure not a boolean")
        << text(R"j({"kind": "http", "url": "https://gw/", "tls": {"insecure": "yes"}})j")
        << QStringLiteral("tls.insecure") << QStringLiteral("expected true or false, got \"yes\"");
    QTest::newRow("insecure and pin") << text(
        R"j({"kind": "http", "url": "https://gw/", "tls": {"insecure": true, "pin_sha256": "0000000000000000000000000000000000000000000000000000000000000000"}})j")
                                      << QStringLiteral("tls.insecure")
                                                        << QStringLiteral("use either \"insecure\" or \"pin_sha256\": a pin already accepts its certificate");
    QTest::newRow("process without expect")
        << text(R"j({"kind": "process", "name": "java"})j")
        << QStringLiteral("expect") << QStringLiteral("missing required key \"expect\"");
    QTest::newRow("no-conflicts without against")
        << text(R"j({"kind": "no-conflicts", "dir": "/x"})j")
        << QStringLiteral("against") << QStringLiteral("missing required key \"against\"");

    const QString table = text(R"j({"kind": "decision-table", "inputs": {"from": "3.4", "to": "3.5"},
        "rows": [%1]%2})j");
    const QString goodRow = text(R"j({"when": {"from": "3.4.*"}, "outcome": "up", "message": "Upgrade"})j");
    QTest::newRow("when names an unknown input")
        << table.arg(goodRow + text(R"j(, {"when": {"current": "3.4.*"}, "outcome": "x", "message": "y"})j"), QString())
        << QStringLiteral("rows[1].when.current") << QStringLiteral("unknown input \"current\"; inputs: from, to");
    QTest::newRow("bad range in when") << table.arg(
        text(R"j({"when": {"from": "3.*.4"}, "outcome": "x", "message": "y"})j"), QString())
                                       << QStringLiteral("rows[0].when.from") << QStringLiteral("invalid version range: '3.*.4': a wildcard must be the last component");
    QTest::newRow("row not an object") << table.arg(QStringLiteral("5"), QString())
                                                    << QStringLiteral("rows[0]")
                                                                      << QStringLiteral("expected an object, got 5");
    QTest::newRow("row result")
        << table.arg(text(R"j({"when": {}, "result": "maybe", "outcome": "x", "message": "y"})j"), QString())
        << QStringLiteral("rows[0].result") << QStringLiteral("expected \"pass\", \"fail\" or \"warn\", got \"maybe\"");
    QTest::newRow("row without outcome") << table.arg(text(R"j({"when": {}, "message": "y"})j"), QString())
                                         << QStringLiteral("rows[0].outcome")
                                                           << QStringLiteral("missing required key \"outcome\"");
    QTest::newRow("no rows") << table.arg(QString(), QString())
                             << QStringLiteral("rows") << QStringLiteral("expected at least one row");
    QTest::newRow("input not a version") << text(
        R"j({"kind": "decision-table", "inputs": {"from": "abc"}, "rows": [{"when": {}, "outcome": "x", "message": "y"}]})j")
                                         << QStringLiteral("inputs.from") << QStringLiteral("expected a version such as 7.7.0, got \"abc\"");
    QTest::newRow("otherwise with a when")
        << table.arg(goodRow, text(R"j(, "otherwise": {"when": {}, "outcome": "x", "message": "y"})j"))
        << QStringLiteral("otherwise.when")
                          << QStringLiteral("unknown key \"when\"; allowed keys: message, outcome, result");
}

void tst_Checks::specMistakesNameThePathAndTheProblem()
{
    QFETCH(QString, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const QList<uw::SpecError> errors = checks::validate(jsonObject(json));
    QStringList texts;
    for (const auto &error : errors)
        texts.append(error.toString());
    QVERIFY2(errors.size() == 1, qPrintable(texts.join(u'\n')));
    QCOMPARE(errors.first().path, path);
    QCOMPARE(errors.first().message, message);
    // The same mistake stops a run, and the run names the field.
    const Result result = runHere(jsonObject(json));
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().contains(path + QStringLiteral(": ") + message), qPrintable(show(result)));
}

void tst_Checks::placeholdersAreCheckedOnlyAtRunTime()
{
    const QJsonObject templated = jsonObject(
        text(R"j({"kind": "http", "url": "${admin_url}/api", "expect_status": "${status}", "json_path": "${path}",
            "matches": "${re", "tls": {"insecure": "${insecure}"}})j"));
    QVERIFY(checks::validate(templated).isEmpty());
    QVERIFY(checks::validate(
                jsonObject(text(R"j({"kind": "tcp-port", "host": "${db}", "port": "${db_port}", "expect": "${mode}"})j")))
                .isEmpty());
    QVERIFY(checks::validate(jsonObject(text(R"j({"kind": "decision-table", "inputs": {"current": "${current}"},
                                     "rows": [{"when": {"current": "${range}"}, "outcome": "x", "message": "y"}]})j")))
                .isEmpty());

    // A placeholder left unsubstituted at run time is a mistake in the named field.
    const Result result
        = runHere(jsonObject(text(R"j({"kind": "tcp-port", "host": "127.0.0.1", "port": "${db_port}", "expect": "open"})j")));
    COMPARE_STATUS(result, QStringLiteral("error"));
    QCOMPARE(result.summary.english(),
             QStringLiteral("Invalid check: port: expected a whole number from 1 to 65535, got \"${db_port}\""));
}

void tst_Checks::substitutedNumbersArriveAsStrings()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const Result result = runOnWorker(jsonObject(
        text(R"j({"kind": "tcp-port", "host": "127.0.0.1", "port": "%1", "expect": "open", "timeout_ms": "5000"})j")
            .arg(server.serverPort())));
    COMPARE_STATUS(result, QStringLiteral("pass"));
}

void tst_Checks::runReportsAnInvalidSpecAsAnErrorNamingTheField()
{
    const Result result = runHere(jsonObject(text(R"j({"kind": "path-exists"})j")));
    COMPARE_STATUS(result, QStringLiteral("error"));
    QCOMPARE(result.summary.english(), QStringLiteral("Invalid check: path: missing required key \"path\""));
    QCOMPARE(englishTexts(result.evidence), QStringList {QStringLiteral("path: missing required key \"path\"")});
}

void tst_Checks::runReturnsCancelledWhenTheFlagIsAlreadySet()
{
    const std::atomic_bool cancelled = true;
    const Result result = checks::run(jsonObject(text(R"j({"kind": "path-absent", "path": "/"})j")), cancelled);
    COMPARE_STATUS(result, QStringLiteral("cancelled"));
}

// --- values ----------------------------------------------------------------------------------

void tst_Checks::compareNeedsTheExactSameText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("equals");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summary");
    QTest::newRow("same") << QStringLiteral("NodeA") << QStringLiteral("NodeA") << QStringLiteral("pass")
                          << QStringLiteral("--anm_host is \"NodeA\", as required");
    QTest::newRow("another node") << QStringLiteral("NodeB") << QStringLiteral("NodeA") << QStringLiteral("fail")
                                  << QStringLiteral("--anm_host is \"NodeB\" but must be \"NodeA\"");
    QTest::newRow("case differs") << QStringLiteral("nodea") << QStringLiteral("NodeA") << QStringLiteral("fail")
                                  << QStringLiteral("--anm_host is \"nodea\" but must be \"NodeA\"");
    QTest::newRow("empty") << QString() << QStringLiteral("NodeA") << QStringLiteral("fail")
                           << QStringLiteral("--anm_host is \"\" but must be \"NodeA\"");
}

void tst_Checks::compareNeedsTheExactSameText()
{
    QFETCH(QString, value);
    QFETCH(QString, equals);
    QFETCH(QString, status);
    QFETCH(QString, summary);
    const QJsonObject spec{{QStringLiteral("kind"), QStringLiteral("compare")},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("equals"), equals},
                           {QStringLiteral("what"), QStringLiteral("--anm_host")}};
    const Result result = runHere(spec);
    COMPARE_STATUS(result, status);
    QCOMPARE(result.summary.english(), summary);
}

// --- files -----------------------------------------------------------------------------------

void tst_Checks::pathExistsChecksPresenceAndType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summary");

    QTest::newRow("file, any type") << QStringLiteral("a.txt") << QStringLiteral("any") << QStringLiteral("pass") << QStringLiteral("a.txt exists (file)");
    QTest::newRow("file as a file") << QStringLiteral("a.txt") << QStringLiteral("file") << QStringLiteral("pass") << QStringLiteral("a.txt exists (file)");
    QTest::newRow("file where a directory is required") << QStringLiteral("a.txt") << QStringLiteral("dir") << QStringLiteral("fail") << QStringLiteral("a.txt exists but is a file, not a directory");
    QTest::newRow("directory as a directory")
        << QStringLiteral("d") << QStringLiteral("dir") << QStringLiteral("pass")
                                                                          << QStringLiteral("d exists (directory)");
    QTest::newRow("directory where a file is required") << QStringLiteral("d") << QStringLiteral("file") << QStringLiteral("fail") << QStringLiteral("d exists but is a directory, not a file");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("any") << QStringLiteral("fail") << QStringLiteral("missing does not exist");
    QTest::newRow("broken symbolic link") << QStringLiteral("dangling") << QStringLiteral("any") << QStringLiteral("fail") << QStringLiteral("dangling is a broken symbolic link");
}

void tst_Checks::pathExistsChecksPresenceAndType()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QString, summary);

    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "hello\n"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("d")));
    if (test::symlinksWork())
        QVERIFY(test::makeSymlink(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("dangling"))));
    else if (name == QLatin1String("dangling"))
        QSKIP(test::kNoSymlinks);

    QJsonObject check = jsonObject(text(R"j({"kind": "path-exists"})j"));
    check.insert(QStringLiteral("path"), dir.filePath(name));
    check.insert(QStringLiteral("type"), type);
    const Result result = runHere(check);
    COMPARE_STATUS(result, status);
    QVERIFY2(result.summary.english().startsWith(dir.filePath(summary)), qPrintable(show(result)));
    QCOMPARE(englishTexts(result.evidence).first(), QStringLiteral("path: ") + dir.filePath(name));
}

void tst_Checks::pathAbsentPassesOnlyWhenNothingIsThere()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("old.conf")), "x"));
    QJsonObject check = jsonObject(text(R"j({"kind": "path-absent"})j"));

    check.insert(QStringLiteral("path"), dir.filePath(QStringLiteral("missing")));
    COMPARE_STATUS(runHere(check), QStringLiteral("pass"));

    check.insert(QStringLiteral("path"), dir.filePath(QStringLiteral("old.conf")));
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QVERIFY2(englishTexts(result.evidence).last().startsWith(QStringLiteral("found: file, 1 byte")), qPrintable(show(result)));

    // A dangling link still takes the name.
    if (!test::symlinksWork())
        QSKIP(test::kNoSymlinks);
    QVERIFY(test::makeSymlink(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("dangling"))));
    check.insert(QStringLiteral("path"), dir.filePath(QStringLiteral("dangling")));
    COMPARE_STATUS(runHere(check), QStringLiteral("fail"));
}

void tst_Checks::fileContainsReportsTheFirstMatchingLine_data()
{
    QTest::addColumn<QString>("regex");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("line"); // the evidence line, or empty for none

    QTest::newRow("match found") << QStringLiteral("^port=\\d+$") << QStringLiteral("match") << QStringLiteral("pass") << QStringLiteral("line 2: port=8080");
    QTest::newRow("first of two matches")
        << QStringLiteral("=") << QStringLiteral("match") << QStringLiteral("pass")
                                                                            << QStringLiteral("line 1: host=gw1");
    QTest::newRow("match missing") << QStringLiteral("^ssl=") << QStringLiteral("match") << QStringLiteral("fail")
                                                                                                           << QString();
    QTest::newRow("forbidden line present") << QStringLiteral("debug=true") << QStringLiteral("no-match") << QStringLiteral("fail") << QStringLiteral("line 3: debug=true");
    QTest::newRow("forbidden line absent")
        << QStringLiteral("^ssl=") << QStringLiteral("no-match") << QStringLiteral("pass") << QString();
    QTest::newRow("windows line ends are not part of the line")
        << QStringLiteral("gw1$") << QStringLiteral("match") << QStringLiteral("pass")
                                                                               << QStringLiteral("line 1: host=gw1");
}

void tst_Checks::fileContainsReportsTheFirstMatchingLine()
{
    QFETCH(QString, regex);
    QFETCH(QString, expect);
    QFETCH(QString, status);
    QFETCH(QString, line);

    const QString path = tempPath(QStringLiteral("gateway.conf"));
    QVERIFY(writeFile(path, "host=gw1\r\nport=8080\ndebug=true\n"));
    QJsonObject check = jsonObject(text(R"j({"kind": "file-contains"})j"));
    check.insert(QStringLiteral("path"), path);
    check.insert(QStringLiteral("regex"), regex);
    check.insert(QStringLiteral("expect"), expect);
    const Result result = runHere(check);
    COMPARE_STATUS(result, status);
    if (line.isEmpty()) {
        QVERIFY2(englishTexts(result.evidence).last() == QStringLiteral("no matching line in 3 lines"), qPrintable(show(result)));
    } else {
        QVERIFY2(englishTexts(result.evidence).contains(line), qPrintable(show(result)));
        QCOMPARE(result.details.value(QStringLiteral("line")).toInt(), line.section(u' ', 1, 1).chopped(1).toInt());
    }
}

void tst_Checks::fileContainsErrorsOnAMissingFile()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "file-contains", "regex": "x"})j"));
    check.insert(QStringLiteral("path"), tempPath(QStringLiteral("nothing-here.conf")));
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().endsWith(QStringLiteral("nothing-here.conf: it does not exist")), qPrintable(show(result)));
}

void tst_Checks::fileContainsRefusesFilesOver64MiB()
{
    const QString path = tempPath(QStringLiteral("huge.log"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(65 * 1024 * 1024)); // sparse: costs no disk
    file.close();
    QJsonObject check = jsonObject(text(R"j({"kind": "file-contains", "regex": "never there"})j"));
    check.insert(QStringLiteral("path"), path);
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().contains(QStringLiteral("larger than 64 MiB")), qPrintable(show(result)));
    QVERIFY(file.remove());
}

void tst_Checks::diskFreeComparesWithMinBytes()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "disk-free"})j"));
    check.insert(QStringLiteral("path"), m_tmp.path());

    check.insert(QStringLiteral("min_bytes"), 1);
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QVERIFY2(englishTexts(result.evidence).contains(QStringLiteral("required: at least 1 byte")), qPrintable(show(result)));
    QVERIFY(result.details.value(QStringLiteral("free_bytes")).toDouble() > 1);

    // 4 PiB: no test machine has that much.
    check.insert(QStringLiteral("min_bytes"), double(qint64(1) << 52));
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QVERIFY2(result.summary.english().contains(QStringLiteral("4.0 PiB needed")), qPrintable(show(result)));
    QVERIFY2(containsText(result, QStringLiteral("(4503599627370496 bytes)")), qPrintable(show(result)));
}

void tst_Checks::diskFreeUsesTheNearestExistingAncestor()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "disk-free", "min_bytes": 1})j"));
    check.insert(QStringLiteral("path"), tempPath(QStringLiteral("not/yet/created")));
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QVERIFY2(englishTexts(result.evidence).first().endsWith(QStringLiteral("(nearest existing: %1)").arg(m_tmp.path())),
                                              qPrintable(show(result)));
}

void tst_Checks::diskFreeComparesWithAFactorOfADirectorySize()
{
    QTemporaryDir install;
    QVERIFY(QDir(install.path()).mkpath(QStringLiteral("lib/ext")));
    QVERIFY(writeFile(install.filePath(QStringLiteral("lib/ext/big.jar")), QByteArray(1024 * 1024, 'x')));
    QVERIFY(writeFile(install.filePath(QStringLiteral("conf.xml")), QByteArray(1024 * 1024, 'y')));

    QJsonObject check = jsonObject(text(R"j({"kind": "disk-free", "factor": 1.5})j"));
    check.insert(QStringLiteral("path"), m_tmp.path());
    check.insert(QStringLiteral("of_dir"), install.path());
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QVERIFY2(
        englishTexts(result.evidence).contains(QStringLiteral("size of %1: 2.0 MiB (2097152 bytes) in 2 files").arg(install.path())),
                                 qPrintable(show(result)));
    QCOMPARE(result.details.value(QStringLiteral("required_bytes")).toDouble(), 3145728.0);

    check.insert(QStringLiteral("factor"), 1e12);
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QVERIFY2(result.summary.english().contains(QStringLiteral("(1e+12 x the size of %1)").arg(install.path())),
                                     qPrintable(show(result)));
}

void tst_Checks::diskFreeErrorsWhenTheMeasuredDirectoryIsMissing()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "disk-free", "factor": 2})j"));
    check.insert(QStringLiteral("path"), m_tmp.path());
    check.insert(QStringLiteral("of_dir"), tempPath(QStringLiteral("no-install")));
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().startsWith(QStringLiteral("Cannot measure ")), qPrintable(show(result)));
}

void tst_Checks::noConflictsListsFilesPresentInBothDirectories()
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(QStringLiteral("ext/lib"));
    QDir(root.path()).mkpath(QStringLiteral("system/lib"));
    for (const char *name : {"ext/lib/a.jar", "ext/lib/b.jar", "ext/lib/c.txt", "system/lib/b.jar", "system/lib/c.txt",
                             "system/lib/d.jar"})
        QVERIFY(writeFile(root.filePath(QString::fromLatin1(name)), "x"));

    QJsonObject check = jsonObject(text(R"j({"kind": "no-conflicts", "pattern": "*.jar"})j"));
    check.insert(QStringLiteral("dir"), root.filePath(QStringLiteral("ext/lib")));
    check.insert(QStringLiteral("against"), root.filePath(QStringLiteral("system/lib")));
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QCOMPARE(result.details.value(QStringLiteral("conflicts")).toArray(), QJsonArray {QStringLiteral("b.jar")});
    QCOMPARE(result.summary.english(),
             QStringLiteral("1 file in %1 is also in %2: b.jar; remove it from %1") .arg(
                 root.filePath(QStringLiteral("ext/lib")), root.filePath(QStringLiteral("system/lib"))));
    QVERIFY2(containsText(result, QStringLiteral("conflict: %1").arg(root.filePath(QStringLiteral("ext/lib/b.jar")))),
                          qPrintable(show(result)));

    // Without a pattern every file counts.
    check.remove(QStringLiteral("pattern"));
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QCOMPARE(result.details.value(QStringLiteral("conflicts")).toArray(),
                                  (QJsonArray {QStringLiteral("b.jar"), QStringLiteral("c.txt")}));
    QVERIFY2(result.summary.english().endsWith(QStringLiteral("are also in %1: b.jar, c.txt; remove them from %2") .arg(
        root.filePath(QStringLiteral("system/lib")), root.filePath(QStringLiteral("ext/lib")))),
                                                    qPrintable(show(result)));
}

void tst_Checks::noConflictsPassesWithoutCommonFiles()
{
    QTemporaryDir ext;
    QTemporaryDir system;
    QVERIFY(writeFile(ext.filePath(QStringLiteral("mine.jar")), "x"));
    QVERIFY(writeFile(system.filePath(QStringLiteral("theirs.jar")), "x"));
    QJsonObject check = jsonObject(text(R"j({"kind": "no-conflicts", "pattern": "*.jar"})j"));
    check.insert(QStringLiteral("dir"), ext.path());
    check.insert(QStringLiteral("against"), system.path());
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QCOMPARE(result.details.value(QStringLiteral("conflicts")).toArray(), QJsonArray());
}

void tst_Checks::noConflictsPassesWhenTheDirectoryIsMissing()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "no-conflicts"})j"));
    check.insert(QStringLiteral("dir"), tempPath(QStringLiteral("no-ext-lib")));
    check.insert(QStringLiteral("against"), m_tmp.path());
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QVERIFY2(englishTexts(result.evidence).contains(QStringLiteral("%1 does not exist").arg(tempPath(QStringLiteral("no-ext-lib")))),
                                      qPrintable(show(result)));
}

void tst_Checks::noConflictsErrorsWhenTheOtherDirectoryIsMissing()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "no-conflicts"})j"));
    check.insert(QStringLiteral("dir"), m_tmp.path());
    check.insert(QStringLiteral("against"), tempPath(QStringLiteral("no-system-lib")));
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().startsWith(QStringLiteral("Cannot compare with ")), qPrintable(show(result)));
}

void tst_Checks::unmodifiedSinceListsFilesChangedAfterTheReference()
{
    QTemporaryDir root;
    QDir(root.path()).mkpath(QStringLiteral("conf/sub"));
    const QDateTime exported = QDateTime::currentDateTimeUtc().addDays(-2);
    const auto writeAt = [&](const QString &name, const QDateTime &when) {
        const QString path = root.filePath(name);
        QVERIFY(writeFile(path, "x"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
    };
    writeAt(QStringLiteral("export.log"), exported);
    writeAt(QStringLiteral("conf/old.props"), exported.addSecs(-3600));
    writeAt(QStringLiteral("conf/sub/changed.xml"), exported.addSecs(60));
    writeAt(QStringLiteral("conf/newest.json"), exported.addSecs(7200));
    writeAt(QStringLiteral("conf/ignored.txt"), exported.addSecs(9000));

    QJsonObject check = jsonObject(text(R"j({"kind": "unmodified-since", "pattern": "*.[jxp]*"})j"));
    check.insert(QStringLiteral("path"), root.filePath(QStringLiteral("conf")));
    check.insert(QStringLiteral("since"), root.filePath(QStringLiteral("export.log")));
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QCOMPARE(result.details.value(QStringLiteral("changed")).toArray(),
             (QJsonArray{root.filePath(QStringLiteral("conf/newest.json")),
                         root.filePath(QStringLiteral("conf/sub/changed.xml"))}));
    QVERIFY2(result.summary.english().startsWith(QStringLiteral("2 files in %1 changed after ")
                                           .arg(root.filePath(QStringLiteral("conf")))),
             qPrintable(show(result)));
    QVERIFY2(result.summary.english().contains(QStringLiteral("(export.log), the newest newest.json at ")),
             qPrintable(show(result)));

    // Without a pattern, every file counts; a single file can be looked at as well.
    check.remove(QStringLiteral("pattern"));
    QCOMPARE(runHere(check).details.value(QStringLiteral("changed")).toArray().size(), 3);
    check.insert(QStringLiteral("path"), root.filePath(QStringLiteral("conf/old.props")));
    COMPARE_STATUS(runHere(check), QStringLiteral("pass"));
}

void tst_Checks::unmodifiedSincePassesWhenNothingChanged()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("a.xml")), "x"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("b.xml")), "x"));
    const QString reference = tempPath(QStringLiteral("reference.log"));
    QVERIFY(writeFile(reference, "exported"));
    QFile file(reference);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime));
    QJsonObject check = jsonObject(text(R"j({"kind": "unmodified-since"})j"));
    check.insert(QStringLiteral("path"), root.path());
    check.insert(QStringLiteral("since"), reference);
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QVERIFY2(result.summary.english().endsWith(QStringLiteral("(2 files looked at)")), qPrintable(show(result)));
}

void tst_Checks::unmodifiedSinceErrorsWithoutItsReference()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "unmodified-since"})j"));
    check.insert(QStringLiteral("path"), m_tmp.path());
    check.insert(QStringLiteral("since"), tempPath(QStringLiteral("never-exported.log")));
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().endsWith(QStringLiteral("never-exported.log: it does not exist")), qPrintable(show(result)));
    check.insert(QStringLiteral("since"), m_tmp.path());
    check.insert(QStringLiteral("path"), tempPath(QStringLiteral("no-conf")));
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().startsWith(QStringLiteral("Cannot look at ")), qPrintable(show(result)));
}

// --- versions --------------------------------------------------------------------------------

void tst_Checks::versionFromACommandIsComparedWithTheRange_data()
{
    QTest::addColumn<QStringList>("commands"); // uw-testchild's
    QTest::addColumn<QString>("regex");
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("summary"); // %1: the command line

    QTest::newRow("in range") << QStringList{QStringLiteral("print"), QStringLiteral("starting"), QStringLiteral("print"), QStringLiteral("Version: 7.7.0")}
        << QStringLiteral("Version: (\\S+)") << QStringLiteral("7.7.*") << QStringLiteral("pass") << QStringLiteral("Version 7.7.0 is in the required range 7.7.*");
    QTest::newRow("out of range") << QStringList{QStringLiteral("print"), QStringLiteral("Version: 7.5.1")} << QStringLiteral("Version: (\\S+)") << QStringLiteral("7.7.*")
                                             << QStringLiteral("fail") << QStringLiteral("Version 7.5.1 found in the output of `%1` "
                                                    "is not in the required range 7.7.*");
    QTest::newRow("named group, on stderr") << QStringList{QStringLiteral("print-err"), QStringLiteral("openjdk version \"11.0.22\" 2024-01-16")}
        << QStringLiteral("(\\w+) version \"(?<version>[^\"]+)\"") << QStringLiteral(">=11 <12") << QStringLiteral("pass") << QStringLiteral("Version 11.0.22 is in the required range >=11 <12");
    QTest::newRow("non-zero exit still read")
        << QStringList{QStringLiteral("print"), QStringLiteral("v3.5.11"), QStringLiteral("exit"), QStringLiteral("3")} << QStringLiteral("^v(.+)$") << QStringLiteral("3.5.*") << QStringLiteral("pass") << QStringLiteral("Version 3.5.11 is in the required range 3.5.*");
    QTest::newRow("not detected") << QStringList{QStringLiteral("print"), QStringLiteral("hello")} << QStringLiteral("Version: (\\S+)") << QStringLiteral("*")
                                             << QStringLiteral("error") << QStringLiteral("No version found in the output of `%1`: no line "
                                                    "matches Version: (\\S+)");
}

void tst_Checks::versionFromACommandIsComparedWithTheRange()
{
    QFETCH(QStringList, commands);
    QFETCH(QString, regex);
    QFETCH(QString, range);
    QFETCH(QString, status);
    QFETCH(QString, summary);

    QJsonObject check = jsonObject(text(R"j({"kind": "version", "source": "command"})j"));
    check.insert(QStringLiteral("program"), test::testChild());
    check.insert(QStringLiteral("args"), QJsonArray::fromStringList(commands));
    check.insert(QStringLiteral("regex"), regex);
    check.insert(QStringLiteral("range"), range);
    const Result result = runOnWorker(check);
    const QString commandLine = (QStringList{test::testChild()} + commands).join(u' ');
    COMPARE_STATUS(result, status);
    QCOMPARE(result.summary.english(), summary.contains(QLatin1String("%1")) ? summary.arg(commandLine) : summary);
    QVERIFY(englishTexts(result.evidence).contains(QStringLiteral("command: ") + commandLine));
}

void tst_Checks::versionFromAFileIsComparedWithTheRange()
{
    const QString path = tempPath(QStringLiteral("apigateway.properties"));
    QVERIFY(writeFile(path, "# build info\nproduct.version=7.7.0.20240830\n"));
    QJsonObject check = jsonObject(
        text(R"j({"kind": "version", "source": "file", "regex": "^product\\.version=(.+)$", "range": "7.7.*"})j"));
    check.insert(QStringLiteral("path"), path);
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QCOMPARE(result.details.value(QStringLiteral("version")).toString(), QStringLiteral("7.7.0.20240830"));
    QVERIFY(englishTexts(result.evidence).contains(QStringLiteral("line 2: product.version=7.7.0.20240830")));

    check.insert(QStringLiteral("range"), QStringLiteral("<=7.6"));
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));

    check.insert(QStringLiteral("path"), tempPath(QStringLiteral("missing.properties")));
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().startsWith(QStringLiteral("Cannot read ")), qPrintable(show(result)));
}

void tst_Checks::versionErrorsWhenCapturedTextIsNotAVersion()
{
    const QString path = tempPath(QStringLiteral("VERSION"));
    QVERIFY(writeFile(path, "version=unknown\n"));
    QJsonObject check = jsonObject(text(R"j({"kind": "version", "source": "file", "regex": "version=(.+)", "range": "*"})j"));
    check.insert(QStringLiteral("path"), path);
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QCOMPARE(result.summary.english(), QStringLiteral("\"unknown\" (line 1 of %1) is not a version").arg(path));
}

void tst_Checks::versionErrorsWhenTheCommandCannotStart()
{
    const Result result = runHere(jsonObject(text(
        R"j({"kind": "version", "source": "command", "program": "/nonexistent/uw-tool", "regex": "(.+)", "range": "*"})j")));
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().startsWith(QStringLiteral("Cannot start /nonexistent/uw-tool: ")),
                                       qPrintable(show(result)));
}

void tst_Checks::versionStopsACommandThatTakesTooLong()
{
    QElapsedTimer clock;
    clock.start();
    QJsonObject check = jsonObject(text(R"j({"kind": "version", "source": "command", "args": ["sleep", "30000"],
        "regex": "(.+)", "range": "*", "timeout_ms": 300})j"));
    check.insert(QStringLiteral("program"), test::testChild());
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QCOMPARE(result.summary.english(), QStringLiteral("%1 did not finish within 300 ms; it was stopped").arg(test::testChild()));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void tst_Checks::versionCommandIsCancelledPromptly()
{
    QJsonObject check = jsonObject(
        text(R"j({"kind": "version", "source": "command", "args": ["sleep", "30000"], "regex": "(.+)", "range": "*"})j"));
    check.insert(QStringLiteral("program"), test::testChild());
    const CancelledRun run = runThenCancel(check);
    QVERIFY(run.wasRunning);
    QVERIFY2(run.reactionMs >= 0 && run.reactionMs < 300,
             qPrintable(QStringLiteral("took %1 ms").arg(run.reactionMs)));
    COMPARE_STATUS(run.result, QStringLiteral("cancelled"));
}

void tst_Checks::decisionTableFollowsTheKaazingUpgradePaths_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("warning");

    QTest::newRow("3.2 to 4.0: contact support") << QStringLiteral("3.2.1") << QStringLiteral("4.0.0") << QStringLiteral("fail") << QStringLiteral("contact-support") << 0 << false;
    QTest::newRow("2.0 to 4.0: contact support") << QStringLiteral("2.0") << QStringLiteral("4.0.3") << QStringLiteral("fail") << QStringLiteral("contact-support") << 0 << false;
    QTest::newRow("3.3 to 3.5: upgrade, recompile clients") << QStringLiteral("3.3.2") << QStringLiteral("3.5.11") << QStringLiteral("pass") << QStringLiteral("upgrade-recompile") << 1 << true;
    QTest::newRow("3.4 to 3.5: upgrade, recompile clients") << QStringLiteral("3.4.0") << QStringLiteral("3.5") << QStringLiteral("pass") << QStringLiteral("upgrade-recompile") << 1 << true;
    QTest::newRow("3.5 to 3.5: patch") << QStringLiteral("3.5.2") << QStringLiteral("3.5.11") << QStringLiteral("pass") << QStringLiteral("patch") << 2 << false;
    QTest::newRow("3.3 to 4.0: upgrade") << QStringLiteral("3.3.0") << QStringLiteral("4.0.1") << QStringLiteral("pass") << QStringLiteral("upgrade") << 3 << false;
    QTest::newRow("3.5 to 4.0: upgrade") << QStringLiteral("3.5.11") << QStringLiteral("4.0.0") << QStringLiteral("pass") << QStringLiteral("upgrade") << 3 << false;
    QTest::newRow("4.0 to 5.0: not covered") << QStringLiteral("4.0.0") << QStringLiteral("5.0.0") << QStringLiteral("fail") << QStringLiteral("unsupported") << -1 << false;
}

void tst_Checks::decisionTableFollowsTheKaazingUpgradePaths()
{
    QFETCH(QString, current);
    QFETCH(QString, target);
    QFETCH(QString, status);
    QFETCH(QString, outcome);
    QFETCH(int, row);
    QFETCH(bool, warning);

    // The supported paths of the KAAZING Gateway upgrade guide.
    const QJsonObject table = jsonObject(text(R"j({"kind": "decision-table",
        "inputs": {"current": "%1", "target": "%2"},
        "rows": [
          {"when": {"current": "<3.3", "target": "4.0.*"}, "result": "fail", "outcome": "contact-support",
           "message": "Upgrading from 3.2 or earlier to 4.0 is not supported directly: contact Kaazing support"},
          {"when": {"current": "3.3.* || 3.4.*", "target": "3.5.*"}, "result": "warn", "outcome": "upgrade-recompile",
           "message": "Upgrade to 3.5, then recompile the clients against the 3.5 libraries"},
          {"when": {"current": "3.5.*", "target": "3.5.*"}, "outcome": "patch", "message": "Apply the 3.5 patch release"},
          {"when": {"current": ">=3.3 <3.6", "target": "4.0.*"}, "result": "pass", "outcome": "upgrade",
           "message": "Upgrade to 4.0"}],
        "otherwise": {"result": "fail", "outcome": "unsupported",
                      "message": "This upgrade path is not covered by the KAAZING documentation"}})j")
                                       .arg(current, target));
    QVERIFY(checks::validate(table).isEmpty());
    const Result result = runHere(table);
    COMPARE_STATUS(result, status);
    QCOMPARE(result.details.value(QStringLiteral("outcome")).toString(), outcome);
    QCOMPARE(result.details.value(QStringLiteral("row")).toInt(), row);
    QCOMPARE(result.details.value(QStringLiteral("warning")).toBool(), warning);
    const QJsonArray rows = table.value(QStringLiteral("rows")).toArray();
    const QString message
        = row >= 0 ? rows.at(row).toObject().value(QStringLiteral("message")).toString()
                   : table.value(QStringLiteral("otherwise")).toObject().value(QStringLiteral("message")).toString();
    QCOMPARE(result.summary.english(), message);
    QCOMPARE(englishTexts(result.evidence).first(), QStringLiteral("inputs: current = %1, target = %2").arg(current, target));
}

void tst_Checks::decisionTableWithoutOtherwiseFailsWhenNoRowMatches()
{
    const Result result = runHere(jsonObject(text(R"j({"kind": "decision-table", "inputs": {"current": "9.1"},
        "rows": [{"when": {"current": "3.*"}, "outcome": "x", "message": "y"}]})j")));
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QCOMPARE(result.summary.english(), QStringLiteral("No row of the decision table matches current = 9.1"));
    QCOMPARE(result.details.value(QStringLiteral("row")).toInt(), -1);
}

void tst_Checks::decisionTableErrorsOnAnInputThatIsNotAVersion()
{
    // As it arrives after substitution of an empty parameter.
    const Result result = runHere(jsonObject(text(R"j({"kind": "decision-table", "inputs": {"current": ""},
        "rows": [{"when": {"current": "3.*"}, "outcome": "x", "message": "y"}]})j")));
    COMPARE_STATUS(result, QStringLiteral("error"));
    QCOMPARE(result.summary.english(),
             QStringLiteral("Invalid check: inputs.current: expected a version such as 7.7.0, got \"\""));
}

// --- version: jar manifests and several sources ----------------------------------------------

void tst_Checks::versionReadsTheManifestOfAJar_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("extra"); // more keys of the check, as JSON members
    QTest::addColumn<QString>("version");

    QTest::newRow("Implementation-Version by default")
        << QByteArray("Manifest-Version: 1.0\r\nImplementation-Title: KAAZING Gateway Server\r\n"
                      "Implementation-Version: 3.5.11\r\nImplementation-Vendor: Kaazing Corporation\r\n\r\n")
        << QString() << QStringLiteral("3.5.11");
    QTest::newRow("attribute names are case-insensitive")
        << QByteArray("Manifest-Version: 1.0\nimplementation-version: 4.0.9\n") << QString() << QStringLiteral("4.0.9");
    QTest::newRow("a continuation line is joined")
        << QByteArray("Manifest-Version: 1.0\r\nImplementation-Version: 4.0.\r\n 9\r\n\r\n") << QString()
        << QStringLiteral("4.0.9");
    QTest::newRow("another attribute") << QByteArray(
        "Manifest-Version: 1.0\nImplementation-Version: unknown\nBundle-Version: 5.1.2\n")
                                       << QStringLiteral(", \"attribute\": \"Bundle-Version\"")
                                       << QStringLiteral("5.1.2");
    QTest::newRow("a regex on the value")
        << QByteArray("Manifest-Version: 1.0\nImplementation-Version: 4.0.9.RELEASE-build42\n")
        << QStringLiteral(", \"regex\": \"^(\\\\d+\\\\.\\\\d+\\\\.\\\\d+)\"") << QStringLiteral("4.0.9");
    QTest::newRow("only the main section counts")
        << QByteArray("Manifest-Version: 1.0\nImplementation-Version: 3.5.11\n\nName: org/x/\n"
                      "Implementation-Version: 9.9.9\n")
        << QString() << QStringLiteral("3.5.11");
}

void tst_Checks::versionReadsTheManifestOfAJar()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QString, extra);
    QFETCH(QString, version);
    const QString lib = tempPath(
        QStringLiteral("manifest-%1/lib").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(QDir().mkpath(lib));
    const QString jar = lib + QStringLiteral("/gateway.server-x.jar");
    QVERIFY(writeJar(jar, manifest));
    QVERIFY(writeFile(lib + QStringLiteral("/other.jar"), "not a zip")); // the glob leaves it out

    QJsonObject check = jsonObject(text(R"j({"kind": "version", "source": "jar-manifest", "range": "*"%1})j").arg(extra));
    check.insert(QStringLiteral("path"), lib + QStringLiteral("/gateway.server*.jar"));
    QVERIFY(checks::validate(check).isEmpty());
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QCOMPARE(result.details.value(QStringLiteral("version")).toString(), version);
    QVERIFY2(result.summary.english().contains(QStringLiteral("from the manifest of %1").arg(jar)), qPrintable(show(result)));

    // The range is applied to what was read.
    check.insert(QStringLiteral("range"), QStringLiteral("<=3.2"));
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QVERIFY2(result.summary.english().startsWith(QStringLiteral("Version %1 found in the manifest of %2").arg(version, jar)),
             qPrintable(show(result)));
}

void tst_Checks::versionFromAGlobReadsTheFirstJarInNameOrder()
{
    // A home patched in place by hand may hold two server JARs: the evidence shows both.
    const QString lib = tempPath(QStringLiteral("two-jars/lib"));
    QVERIFY(QDir().mkpath(lib));
    QVERIFY(writeJar(lib + QStringLiteral("/gateway.server-4.0.9.jar"), "Implementation-Version: 4.0.9\n"));
    QVERIFY(writeJar(lib + QStringLiteral("/gateway.server-3.5.11.jar"), "Implementation-Version: 3.5.11\n"));
    QJsonObject check = jsonObject(text(R"j({"kind": "version", "source": "jar-manifest", "range": "*"})j"));
    check.insert(QStringLiteral("path"), lib + QStringLiteral("/gateway.server*.jar"));
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QCOMPARE(result.details.value(QStringLiteral("version")).toString(), QStringLiteral("3.5.11"));
    QVERIFY2(containsText(result,
                          QStringLiteral("2 JARs match; reading the first in name order: %1/gateway.server-3.5.11.jar, "
                                         "%1/gateway.server-4.0.9.jar")
                              .arg(lib)),
             qPrintable(show(result)));
}

void tst_Checks::versionFromAJarSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("file"); // what is written at the path, "" for nothing
    QTest::addColumn<QByteArray>("manifest"); // for a real JAR
    QTest::addColumn<QString>("path"); // relative to the test's folder; may be a glob
    QTest::addColumn<QString>("summary"); // the start of the summary, %1 the folder

    QTest::newRow("no JAR matches the glob") << QString() << QByteArray() << QStringLiteral("lib/gateway.server*.jar")
                                             << QStringLiteral("No JAR matches %1/lib/gateway.server*.jar");
    QTest::newRow("no such file") << QString() << QByteArray() << QStringLiteral("lib/gateway.server-3.5.11.jar")
                                  << QStringLiteral("Cannot read %1/lib/gateway.server-3.5.11.jar: no such file");
    QTest::newRow("not a zip") << QStringLiteral("plain") << QByteArray() << QStringLiteral("lib/broken.jar")
                               << QStringLiteral("Cannot open %1/lib/broken.jar as a JAR: ");
    QTest::newRow("no manifest") << QStringLiteral("zip") << QByteArray() << QStringLiteral("lib/empty.jar")
                                 << QStringLiteral("%1/lib/empty.jar has no META-INF/MANIFEST.MF");
    QTest::newRow("no such attribute")
        << QStringLiteral("jar") << QByteArray("Manifest-Version: 1.0\nCreated-By: 17 (Oracle)\n")
        << QStringLiteral("lib/plain.jar")
        << QStringLiteral("The manifest of %1/lib/plain.jar has no Implementation-Version attribute");
    QTest::newRow("not a version") << QStringLiteral("jar") << QByteArray("Implementation-Version: trunk-SNAPSHOT\n")
                                   << QStringLiteral("lib/snapshot.jar")
                                   << QStringLiteral("\"trunk-SNAPSHOT\" (in the manifest of %1/lib/snapshot.jar "
                                                     "(Implementation-Version)) is not a version");
}

void tst_Checks::versionFromAJarSaysWhatIsWrong()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, manifest);
    QFETCH(QString, path);
    QFETCH(QString, summary);
    const QString dir = tempPath(
        QStringLiteral("jar-errors-%1").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/lib")));
    const QString target = dir + u'/' + path;
    if (file == u"plain") {
        QVERIFY(writeFile(target, "this is not a zip archive\n"));
    } else if (file == u"zip") {
        KZip zip(target);
        QVERIFY(zip.open(QIODevice::WriteOnly));
        QVERIFY(zip.writeFile(QStringLiteral("readme.txt"), QByteArray("no manifest here\n")));
        QVERIFY(zip.close());
    } else if (file == u"jar") {
        QVERIFY(writeJar(target, manifest));
    }
    QJsonObject check = jsonObject(text(R"j({"kind": "version", "source": "jar-manifest", "range": "*"})j"));
    check.insert(QStringLiteral("path"), target);
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().startsWith(summary.arg(dir)), qPrintable(show(result)));
}

void tst_Checks::versionSourcesAreTriedInOrderAndTheFirstAnswerWins()
{
    // A home without lib/ (the JAR is missing), whose README.txt states the release.
    const QString home = tempPath(QStringLiteral("sources-home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/log")));
    QVERIFY(writeFile(home + QStringLiteral("/README.txt"), "KAAZING Gateway\n\nVersion: 3.4.1\n"));
    QVERIFY(writeFile(home + QStringLiteral("/log/service.log"), "INFO Starting KAAZING Gateway 3.4.0\n"));
    QJsonObject check = jsonObject(text(R"j({"kind": "version", "range": "3.3.* || 3.4.* || 3.5.*", "sources": [
        {"source": "jar-manifest", "path": "HOME/lib/gateway.server*.jar"},
        {"source": "file", "path": "HOME/README.txt", "regex": "Version:\\s*(\\d+\\.\\d+\\.\\d+)"},
        {"source": "file", "path": "HOME/log/service.log", "regex": "Starting KAAZING Gateway (\\S+)"}]})j")
                                 .replace(QStringLiteral("HOME"), home));
    QVERIFY(checks::validate(check).isEmpty());
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QCOMPARE(result.details.value(QStringLiteral("version")).toString(), QStringLiteral("3.4.1"));
    QCOMPARE(result.details.value(QStringLiteral("source")).toInt(), 1);
    QCOMPARE(result.summary.english(),
             QStringLiteral("Version 3.4.1 (from %1/README.txt) is in the required range "
                            "3.3.* || 3.4.* || 3.5.*")
                 .arg(home));
    QVERIFY2(englishTexts(result.evidence).contains(
                 QStringLiteral("source 1 (jar-manifest %1/lib/gateway.server*.jar) did not answer: No JAR matches "
                                "%1/lib/gateway.server*.jar")
                     .arg(home)),
             qPrintable(show(result)));
    QVERIFY2(englishTexts(result.evidence).contains(QStringLiteral("source 2 (file %1/README.txt) answered: 3.4.1").arg(home)),
             qPrintable(show(result)));

    // Once the JAR is there, it answers first, and the README is not read.
    QVERIFY(QDir().mkpath(home + QStringLiteral("/lib")));
    QVERIFY(writeJar(home + QStringLiteral("/lib/gateway.server-3.5.11.jar"), "Implementation-Version: 3.5.11\n"));
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QCOMPARE(result.details.value(QStringLiteral("version")).toString(), QStringLiteral("3.5.11"));
    QCOMPARE(result.details.value(QStringLiteral("source")).toInt(), 0);
    QVERIFY(!englishTexts(result.evidence).join(u'\n').contains(QStringLiteral("README")));
}

void tst_Checks::versionSourcesThatAllFailAreEachNamed()
{
    const QString home = tempPath(QStringLiteral("sources-none"));
    QVERIFY(QDir().mkpath(home));
    QVERIFY(writeFile(home + QStringLiteral("/README.txt"), "KAAZING Gateway\n"));
    const QJsonObject check = jsonObject(text(R"j({"kind": "version", "range": "*", "sources": [
        {"source": "jar-manifest", "path": "HOME/lib/gateway.server*.jar"},
        {"source": "file", "path": "HOME/README.txt", "regex": "Version: (\\S+)"},
        {"source": "file", "path": "HOME/log/service.log", "regex": "Starting KAAZING Gateway (\\S+)"}]})j")
                                       .replace(QStringLiteral("HOME"), home));
    const Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().startsWith(QStringLiteral("No version found in any source: 1. jar-manifest ")),
             qPrintable(show(result)));
    QVERIFY2(result.summary.english().contains(QStringLiteral("2. file %1/README.txt: No version found in %1/README.txt: no "
                                                    "line matches Version: (\\S+)")
                                         .arg(home)),
             qPrintable(show(result)));
    QVERIFY2(result.summary.english().contains(QStringLiteral("3. file %1/log/service.log: Cannot read").arg(home)),
             qPrintable(show(result)));
}

void tst_Checks::versionSourcesSpecMistakesAreFound_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("source and sources") << text(R"j({"kind": "version", "range": "*", "source": "file",
        "sources": [{"source": "file", "path": "/x", "regex": "(.+)"}]})j")
                                        << QStringLiteral("source")
                                        << QStringLiteral("\"source\" goes inside each of \"sources\"");
    QTest::newRow("empty sources") << text(R"j({"kind": "version", "range": "*", "sources": []})j")
                                   << QStringLiteral("sources") << QStringLiteral("expected at least one source");
    QTest::newRow("a source that is not an object")
        << text(R"j({"kind": "version", "range": "*", "sources": ["README.txt"]})j") << QStringLiteral("sources[0]")
        << QStringLiteral("expected an object, got \"README.txt\"");
    QTest::newRow("a source without its path")
        << text(R"j({"kind": "version", "range": "*", "sources": [{"source": "jar-manifest"}]})j")
        << QStringLiteral("sources[0].path") << QStringLiteral("missing required key \"path\"");
    QTest::newRow("an unknown key in a source")
        << text(R"j({"kind": "version", "range": "*", "sources": [{"source": "jar-manifest", "path": "/x.jar",
            "range": "*"}]})j")
        << QStringLiteral("sources[0].range")
        << QStringLiteral("unknown key \"range\"; allowed keys: args, attribute, path, program, regex, source");
    QTest::newRow("attribute on a file")
        << text(R"j({"kind": "version", "range": "*", "source": "file", "path": "/x", "regex": "(.+)",
            "attribute": "Implementation-Version"})j")
        << QStringLiteral("attribute")
        << QStringLiteral("\"attribute\" is only used with \"source\": \"jar-manifest\"");
    QTest::newRow("a jar regex without a group")
        << text(R"j({"kind": "version", "range": "*", "source": "jar-manifest", "path": "/x.jar", "regex": "\\d+"})j")
        << QStringLiteral("regex")
        << QStringLiteral("needs exactly one capture group or a group named \"version\", has 0 groups");
    QTest::newRow("a decision-table input source without its regex")
        << text(R"j({"kind": "decision-table", "inputs": {"current": {"source": "file", "path": "/x"}},
            "rows": [{"when": {"current": "3.*"}, "outcome": "x", "message": "y"}]})j")
        << QStringLiteral("inputs.current.regex") << QStringLiteral("missing required key \"regex\"");
}

void tst_Checks::versionSourcesSpecMistakesAreFound()
{
    QFETCH(QString, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QList<uw::SpecError> errors = checks::validate(jsonObject(json));
    QVERIFY2(errors.contains(uw::SpecError{path, message}),
             qPrintable(QStringLiteral("expected %1: %2; got:\n%3").arg(path, message, [&errors] {
                 QStringList all;
                 for (const uw::SpecError &error : errors)
                     all << error.toString();
                 return all.join(u'\n');
             }())));
}

void tst_Checks::decisionTableDecidesOnTheDetectedVersion_data()
{
    QTest::addColumn<QString>("installed"); // the Implementation-Version of the home's JAR
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("outcome");

    QTest::newRow("3.5.11 to 4.0.9: major")
        << QStringLiteral("3.5.11") << QStringLiteral("4.0.9") << QStringLiteral("pass") << QStringLiteral("major");
    QTest::newRow("3.5.10 to 3.5.11: patch")
        << QStringLiteral("3.5.10") << QStringLiteral("3.5.11") << QStringLiteral("pass") << QStringLiteral("patch");
    QTest::newRow("3.4.1 to 3.5.11: minor")
        << QStringLiteral("3.4.1") << QStringLiteral("3.5.11") << QStringLiteral("pass") << QStringLiteral("minor");
    QTest::newRow("3.2.1 to 4.0.9: contact support") << QStringLiteral("3.2.1") << QStringLiteral("4.0.9")
                                                     << QStringLiteral("fail") << QStringLiteral("contact-support");
}

void tst_Checks::decisionTableDecidesOnTheDetectedVersion()
{
    QFETCH(QString, installed);
    QFETCH(QString, target);
    QFETCH(QString, status);
    QFETCH(QString, outcome);
    const QString home = tempPath(QStringLiteral("table-%1").arg(installed));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/lib")));
    const QString jar = home + QStringLiteral("/lib/gateway.server-%1.jar").arg(installed);
    QVERIFY(
        writeJar(jar, QStringLiteral("Manifest-Version: 1.0\nImplementation-Version: %1\n").arg(installed).toUtf8()));
    // README.txt says otherwise: the JAR, first in the list, decides.
    QVERIFY(writeFile(home + QStringLiteral("/README.txt"), "Version: 9.9.9\n"));

    const QJsonObject table = jsonObject(text(R"j({"kind": "decision-table",
        "inputs": {"target": "TARGET", "current": {"sources": [
            {"source": "jar-manifest", "path": "HOME/lib/gateway.server*.jar"},
            {"source": "file", "path": "HOME/README.txt", "regex": "Version: (\\S+)"}]}},
        "rows": [
          {"when": {"current": "<3.3"}, "result": "fail", "outcome": "contact-support", "message": "Contact KAAZING Support"},
          {"when": {"current": "3.5.*", "target": "3.5.*"}, "outcome": "patch", "message": "Patch"},
          {"when": {"current": "3.3.* || 3.4.*", "target": "3.5.*"}, "outcome": "minor", "message": "Minor"},
          {"when": {"current": "3.3.* || 3.4.* || 3.5.*", "target": "4.0.*"}, "result": "warn", "outcome": "major",
           "message": "Major"}],
        "otherwise": {"result": "fail", "outcome": "unsupported", "message": "Unsupported"}})j")
                                       .replace(QStringLiteral("HOME"), home)
                                       .replace(QStringLiteral("TARGET"), target));
    QVERIFY(checks::validate(table).isEmpty());
    const Result result = runHere(table);
    COMPARE_STATUS(result, status);
    QCOMPARE(result.details.value(QStringLiteral("outcome")).toString(), outcome);
    QVERIFY2(result.summary.english().endsWith(
                 QStringLiteral(" (detected: current %1 from the manifest of %2 (Implementation-Version))")
                     .arg(installed, jar)),
             qPrintable(show(result)));
    QCOMPARE(result.details.value(QStringLiteral("detected"))[QStringLiteral("current")][QStringLiteral("version")]
                 .toString(),
             installed);
    QVERIFY2(englishTexts(result.evidence).contains(QStringLiteral("inputs: current = %1, target = %2").arg(installed, target)),
             qPrintable(show(result)));
}

void tst_Checks::decisionTableErrorsWhenADetectedInputCannotBeRead()
{
    const QString home = tempPath(QStringLiteral("table-nothing"));
    QVERIFY(QDir().mkpath(home));
    QJsonObject table = jsonObject(text(R"j({"kind": "decision-table",
        "inputs": {"target": "4.0.9"},
        "rows": [{"when": {"current": "3.*"}, "outcome": "x", "message": "y"}]})j"));
    QJsonObject inputs = table.value(QStringLiteral("inputs")).toObject();
    inputs.insert(QStringLiteral("current"),
                  QJsonObject{{QStringLiteral("source"), QStringLiteral("jar-manifest")},
                              {QStringLiteral("path"), home + QStringLiteral("/lib/gateway.server*.jar")}});
    table.insert(QStringLiteral("inputs"), inputs);
    const Result result = runHere(table);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QCOMPARE(result.summary.english(),
             QStringLiteral("Cannot determine \"current\": No JAR matches %1/lib/gateway.server*.jar").arg(home));
}

// --- network ---------------------------------------------------------------------------------

void tst_Checks::tcpPortSeesAListeningServer()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QJsonObject check = jsonObject(text(R"j({"kind": "tcp-port", "host": "127.0.0.1", "expect": "open"})j"));
    check.insert(QStringLiteral("port"), server.serverPort());

    Result result = runOnWorker(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QCOMPARE(result.summary.english(), QStringLiteral("127.0.0.1:%1 accepts connections").arg(server.serverPort()));

    check.insert(QStringLiteral("expect"), QStringLiteral("free"));
    result = runOnWorker(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QVERIFY2(result.summary.english().startsWith(QStringLiteral("Something listens on 127.0.0.1:")), qPrintable(show(result)));
}

void tst_Checks::tcpPortSeesAFreePort()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QJsonObject check = jsonObject(text(R"j({"kind": "tcp-port", "host": "127.0.0.1", "expect": "free"})j"));
    check.insert(QStringLiteral("port"), port);

    Result result = runOnWorker(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QVERIFY2(englishTexts(result.evidence).contains(QStringLiteral("bound 127.0.0.1:%1 and released it").arg(port)),
                                      qPrintable(show(result)));

    check.insert(QStringLiteral("expect"), QStringLiteral("open"));
    result = runOnWorker(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QCOMPARE(result.summary.english(),
             QStringLiteral("Cannot connect to 127.0.0.1:%1: nothing listens there (connection refused)").arg(port));
}

void tst_Checks::httpChecksStatusAndJson_data()
{
    QTest::addColumn<QString>("extra"); // JSON members added to the check
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text"); // expected in the summary or the evidence

    QTest::newRow("status 200") << text(R"j("url": "/ok")j")
                                << QStringLiteral("pass") << QStringLiteral("HTTP status: 200 OK");
    QTest::newRow("unexpected status") << text(R"j("url": "/broken")j")
                                       << QStringLiteral("fail") << QStringLiteral("answered 500 Internal Server Error, expected 200");
    QTest::newRow("expected 404") << text(R"j("url": "/nothing", "expect_status": 404)j")
                                  << QStringLiteral("pass") << QStringLiteral("HTTP status: 404");
    QTest::newRow("HEAD") << text(R"j("url": "/ok", "method": "HEAD")j")
                          << QStringLiteral("pass") << QStringLiteral("request: HEAD http://127.0.0.1");
    QTest::newRow("json field equals") << text(
        R"j("url": "/ok", "json_path": "result.productVersion", "equals": "7.7.0")j")
                                       << QStringLiteral("pass")
                                                         << QStringLiteral("json result.productVersion = \"7.7.0\"");
    QTest::newRow("json field differs")
        << text(R"j("url": "/ok", "json_path": "result.productVersion", "equals": "7.5.1")j")
        << QStringLiteral("fail") << QStringLiteral("result.productVersion is \"7.7.0\", expected \"7.5.1\"");
    QTest::newRow("array index") << text(R"j("url": "/ok", "json_path": "result.hosts[1].name", "equals": "gw2")j")
                                 << QStringLiteral("pass") << QStringLiteral("json result.hosts[1].name = \"gw2\"");
    QTest::newRow("every element equal") << text(R"j("url": "/ok", "json_path": "items[*].status", "equals": "UP")j")
                                         << QStringLiteral("pass") << QStringLiteral("all 2 values of items[*].status are as expected");
    QTest::newRow("one element differs") << text(R"j("url": "/mixed", "json_path": "items[*].status", "equals": "UP")j")
                                         << QStringLiteral("fail") << QStringLiteral("items[1].status is \"DOWN\", expected \"UP\"");
    QTest::newRow("filter by a field") << text(
        R"j("url": "/ok", "json_path": "result.hosts[?name=='gw2'].name", "equals": "gw2")j")
                                       << QStringLiteral("pass")
                                       << QStringLiteral("json result.hosts[1].name = \"gw2\"");
    QTest::newRow("filter matches nothing") << text(
        R"j("url": "/ok", "json_path": "result.hosts[?name==gw9].name")j")
                                            << QStringLiteral("fail") << QStringLiteral("has no result.hosts[?name==gw9].name");
    QTest::newRow("filter on a number") << text(R"j("url": "/ok", "json_path": "result.hosts[?port==8090].name", "equals": "gw1")j")
                                        << QStringLiteral("pass") << QStringLiteral("json result.hosts[0].name = \"gw1\"");
    QTest::newRow("number equals number") << text(R"j("url": "/ok", "json_path": "count", "equals": 2)j")
                                          << QStringLiteral("pass") << QStringLiteral("json count = 2");
    QTest::newRow("number is not a string") << text(R"j("url": "/ok", "json_path": "count", "equals": "2")j")
                                            << QStringLiteral("fail") << QStringLiteral("count is 2, expected \"2\"");
    QTest::newRow("json value matches") << text(
        R"j("url": "/ok", "json_path": "result.productVersion", "matches": "^7\\.7\\.")j")
                                        << QStringLiteral("pass")
                                                          << QStringLiteral("result.productVersion is \"7.7.0\"");
    QTest::newRow("json path missing") << text(R"j("url": "/ok", "json_path": "result.nothing")j")
                                       << QStringLiteral("fail") << QStringLiteral("has no result.nothing");
    QTest::newRow("body not JSON") << text(R"j("url": "/text", "json_path": "version")j")
                                   << QStringLiteral("fail") << QStringLiteral("is not JSON");
    QTest::newRow("body matches") << text(R"j("url": "/text", "matches": "version 7\\.7")j")
                                  << QStringLiteral("pass") << QStringLiteral("body matches: version 7.7");
    QTest::newRow("body does not match") << text(R"j("url": "/text", "matches": "version 8")j")
                                         << QStringLiteral("fail") << QStringLiteral("does not match version 8");
}

void tst_Checks::httpChecksStatusAndJson()
{
    QFETCH(QString, extra);
    QFETCH(QString, status);
    QFETCH(QString, text);

    QJsonObject check = jsonObject(test::text(R"j({"kind": "http", %1})j").arg(extra));
    check.insert(QStringLiteral("url"), url(check.value(QStringLiteral("url")).toString()));
    const Result result = runOnWorker(check);
    COMPARE_STATUS(result, status);
    QVERIFY2(containsText(result, text), qPrintable(show(result)));
}

void tst_Checks::httpBasicAuthenticationNeverShowsThePassword()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "http", "json_path": "user", "equals": "admin",
        "auth": {"type": "basic", "username": "admin", "password": "s3cret-pass"}, "allow_plain_http_auth": true})j"));
    check.insert(QStringLiteral("url"), url(QStringLiteral("/secure")));
    Result result = runOnWorker(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QVERIFY(englishTexts(result.evidence).contains(QStringLiteral("authentication: basic, as user admin (password not shown)")));
    QVERIFY2(!containsText(result, QStringLiteral("s3cret")), qPrintable(show(result)));

    check.insert(QStringLiteral("auth"),
                                jsonObject(text(R"j({"type": "basic", "username": "admin", "password": "wrong-pass"})j")));
    result = runOnWorker(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QVERIFY2(result.summary.english().contains(QStringLiteral("answered 401")), qPrintable(show(result)));
    QVERIFY2(!containsText(result, QStringLiteral("wrong-pass")), qPrintable(show(result)));
}

void tst_Checks::httpCredentialsOverPlainHttpAreRefused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("userInfo"); // put into the URL
    QTest::addColumn<QString>("kind");
    QTest::newRow("basic") << test::text(
        R"j({"kind": "http", "auth": {"type": "basic", "username": "admin", "password": "s3cret-pass"}})j")
                           << QString() << QStringLiteral("basic");
    QTest::newRow("bearer") << test::text(R"j({"kind": "http", "auth": {"type": "bearer", "token": "s3cret-pass"}})j")
                            << QString()
                            << QStringLiteral("bearer");
    QTest::newRow("in the URL") << test::text(R"j({"kind": "http"})j") << QStringLiteral("admin:s3cret-pass@")
                                << QStringLiteral("basic");
}

void tst_Checks::httpCredentialsOverPlainHttpAreRefused()
{
    QFETCH(QString, spec);
    QFETCH(QString, userInfo);
    QFETCH(QString, kind);
    QJsonObject check = jsonObject(spec);
    check.insert(QStringLiteral("url"),
                 QStringLiteral("http://") + userInfo + QStringLiteral("127.0.0.1:%1/secure").arg(m_httpPort));
    const int before = m_requests;
    const Result result = runOnWorker(check);
    COMPARE_STATUS(result, QStringLiteral("error"));
    QVERIFY2(result.summary.english().startsWith(
                 QStringLiteral("Refused to send the %1 credentials over plain http:// to 127.0.0.1").arg(kind)),
             qPrintable(show(result)));
    QVERIFY2(result.summary.english().contains(QLatin1String("\"allow_plain_http_auth\": true")), qPrintable(show(result)));
    QVERIFY2(!containsText(result, QStringLiteral("s3cret")), qPrintable(show(result)));
    QCOMPARE(m_requests, before); // nothing was sent
}

void tst_Checks::httpCredentialsInTheUrlAreUsedButNotShown()
{
    QJsonObject check = jsonObject(test::text(R"j({"kind": "http", "allow_plain_http_auth": true})j"));
    check.insert(QStringLiteral("url"), QStringLiteral("http://admin:s3cret-pass@127.0.0.1:%1/secure").arg(m_httpPort));
    const Result result = runOnWorker(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QCOMPARE(englishTexts(result.evidence).first(), QStringLiteral("request: GET ") + url(QStringLiteral("/secure")));
    QVERIFY2(!containsText(result, QStringLiteral("s3cret")), qPrintable(show(result)));
}

void tst_Checks::httpBearerTokenIsNotShownEvenWhenTheServerEchoesIt()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "http", "json_path": "authorization", "equals": "something else",
        "auth": {"type": "bearer", "token": "tok-123456"}, "allow_plain_http_auth": true})j"));
    check.insert(QStringLiteral("url"), url(QStringLiteral("/echo")));
    const Result result = runOnWorker(check);
    // The server saw the token (the check compared what it echoed), but no text shows it.
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QVERIFY2(result.summary.english().contains(QStringLiteral("authorization is \"Bearer ***\"")), qPrintable(show(result)));
    QVERIFY2(!containsText(result, QStringLiteral("tok-123456")), qPrintable(show(result)));
}

void tst_Checks::httpSecretsInTheQueryAreMasked()
{
    QJsonObject check = jsonObject(test::text(R"j({"kind": "http"})j"));
    check.insert(QStringLiteral("url"), url(QStringLiteral("/ok?access_token=abc123xyz&page=2")));
    const Result result = runOnWorker(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QCOMPARE(englishTexts(result.evidence).first(),
             QStringLiteral("request: GET ") + url(QStringLiteral("/ok?access_token=***&page=2")));
    QVERIFY2(!containsText(result, QStringLiteral("abc123xyz")), qPrintable(show(result)));
}

void tst_Checks::httpTlsPinningAndVerification_data()
{
    // COLONS and PLAIN stand for the test certificate's fingerprint, "AB:CD:..." and "abcd..."
    QTest::addColumn<QString>("tls");
    QTest::addColumn<bool>("trusted"); // the test certificate is made a trusted CA for the row
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text"); // expected in the summary or the evidence

    const QString wrongPin = text(
        R"j({"pin_sha256": "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"})j");
    QTest::newRow("pinned certificate accepted")
        << text(R"j({"pin_sha256": "COLONS"})j") << false
        << QStringLiteral("pass") << QStringLiteral("certificate accepted by its pinned fingerprint despite: The certificate is self-signed");
    QTest::newRow("pin without colons, lower case")
        << text(R"j({"pin_sha256": "PLAIN"})j") << false << QStringLiteral("pass") << QStringLiteral("answered 200");
    QTest::newRow("wrong pin rejected") << wrongPin << false
                                        << QStringLiteral("fail") << QStringLiteral("The certificate of 127.0.0.1 is not the pinned one");
    QTest::newRow("self-signed fails verification")
        << QString() << false << QStringLiteral("fail") << QStringLiteral("TLS verification of 127.0.0.1 failed");
    QTest::newRow("insecure accepts anything")
        << text(R"j({"insecure": true})j") << false << QStringLiteral("pass") << QStringLiteral("answered 200");
    QTest::newRow("trusted certificate verifies")
        << QString() << true << QStringLiteral("pass") << QStringLiteral("answered 200");
    // A certificate that verifies must still be the pinned one.
    QTest::newRow("trusted certificate, wrong pin")
        << wrongPin << true
        << QStringLiteral("fail") << QStringLiteral("The certificate of 127.0.0.1 is not the pinned one");
}

void tst_Checks::httpTlsPinningAndVerification()
{
    if (!m_tlsSkipReason.isEmpty())
        QSKIP(qPrintable(m_tlsSkipReason));
    QFETCH(QString, tls);
    QFETCH(bool, trusted);
    QFETCH(QString, status);
    QFETCH(QString, text);

    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
    if (trusted) {
        QSslConfiguration withTestCa = original;
        withTestCa.addCaCertificates(QSslCertificate::fromPath(tempPath(QStringLiteral("cert.pem"))));
        QSslConfiguration::setDefaultConfiguration(withTestCa);
    }

    QJsonObject check = jsonObject(test::text(R"j({"kind": "http"})j"));
    check.insert(QStringLiteral("url"), QStringLiteral("https://127.0.0.1:%1/ok").arg(m_httpsPort));
    if (!tls.isEmpty()) {
        tls.replace(QStringLiteral("COLONS"), QString::fromLatin1(m_certificateSha256.toHex(':').toUpper()));
        tls.replace(QStringLiteral("PLAIN"), QString::fromLatin1(m_certificateSha256.toHex()));
        check.insert(QStringLiteral("tls"), jsonObject(tls));
    }
    const Result result = runOnWorker(check);
    COMPARE_STATUS(result, status);
    QVERIFY2(containsText(result, text), qPrintable(show(result)));
}

void tst_Checks::httpTimesOutWhenTheServerNeverAnswers()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "http", "timeout_ms": 300})j"));
    check.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/").arg(m_silent.serverPort()));
    const Result result = runOnWorker(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QCOMPARE(result.summary.english(),
             QStringLiteral("No answer from http://127.0.0.1:%1/ within 300 ms").arg(m_silent.serverPort()));
}

void tst_Checks::httpIsCancelledPromptlyWhileTheServerNeverAnswers()
{
    QJsonObject check = jsonObject(text(R"j({"kind": "http", "timeout_ms": 60000})j"));
    check.insert(QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/").arg(m_silent.serverPort()));

    const CancelledRun run = runThenCancel(check);
    QVERIFY(run.wasRunning);
    QVERIFY2(run.reactionMs >= 0 && run.reactionMs < 300,
             qPrintable(QStringLiteral("took %1 ms").arg(run.reactionMs)));
    COMPARE_STATUS(run.result, QStringLiteral("cancelled"));
}

// --- processes -------------------------------------------------------------------------------

void tst_Checks::processFindsARunningProgramAndNoticesItStopped()
{
    // A duration no other process on this machine is likely to have, to find exactly ours.
    const QString duration = QString::number(QRandomGenerator::global()->bounded(600000, 699999));
    QProcess sleeper;
    sleeper.start(test::testChild(), {QStringLiteral("sleep"), duration});
    QVERIFY(sleeper.waitForStarted());
    const QString commandLine = QStringLiteral("sleep ") + duration;

    QJsonObject check = jsonObject(text(R"j({"kind": "process", "expect": "running"})j"));
    check.insert(QStringLiteral("name"), commandLine);
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QCOMPARE(result.details.value(QStringLiteral("pids")).toArray(), QJsonArray {sleeper.processId()});
    // QProcess starts the program by its full path, so the command line shows that.
    QVERIFY2(englishTexts(result.evidence).last().startsWith(QStringLiteral("pid %1: ").arg(sleeper.processId())),
                                               qPrintable(show(result)));
    QVERIFY2(englishTexts(result.evidence).last().endsWith(commandLine), qPrintable(show(result)));

    // By executable name.
    check.insert(QStringLiteral("name"), QFileInfo(test::testChild()).completeBaseName());
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
    QVERIFY(result.details.value(QStringLiteral("pids")).toArray().contains(sleeper.processId()));

    check.insert(QStringLiteral("name"), commandLine);
    check.insert(QStringLiteral("expect"), QStringLiteral("stopped"));
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QCOMPARE(result.summary.english(),
             QStringLiteral("%1 is still running (pid %2); stop it before going on") .arg(commandLine).arg(sleeper.processId()));

    sleeper.kill();
    QVERIFY(sleeper.waitForFinished());
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
}

void tst_Checks::processThatIsNotRunningIsReportedByName()
{
    const QString name = QStringLiteral("uw-no-such-process-%1").arg(QRandomGenerator::global()->generate());
    QJsonObject check = jsonObject(text(R"j({"kind": "process", "expect": "running"})j"));
    check.insert(QStringLiteral("name"), name);
    Result result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("fail"));
    QCOMPARE(result.summary.english(), name + QStringLiteral(" is not running; start it"));

    check.insert(QStringLiteral("expect"), QStringLiteral("stopped"));
    result = runHere(check);
    COMPARE_STATUS(result, QStringLiteral("pass"));
}

QTEST_GUILESS_MAIN(tst_Checks)
#include "tst_checks.moc"
