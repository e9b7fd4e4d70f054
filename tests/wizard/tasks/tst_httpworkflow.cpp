// The HTTP workflow runner against a real QHttpServer on loopback: paging, a foreach with a
// concurrency bound, retries, timeouts, and resuming a stopped workflow without redoing work.

#include "taskrunning.h"
#include "wine.h"
#include "wizard/simulator/httpservices.h"
#include "wizard/tasks/httpworkflowtask.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

class tst_HttpWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void republishesEveryPackageAcrossPages();
    void logsALinePerFinishedItem();
    void keepsToTheConcurrencyBound();
    void retriesGatewayErrorsWithBackoff();
    void doesNotRepeatAFailedPost();
    void givesUpOnASilentServer();
    void resumesWithoutRedoingFinishedItems();
    void cancelStopsPromptlyAndKeepsProgress();
    void refusesBadSpecs_data();
    void refusesBadSpecs();
    // Polling and the fallback for what a poll leaves unfinished (Service Fabric's deletion).
    void pollsUntilTheApplicationIsGone();
    void aStuckItemGoesThroughTheFallbackAndIsDoneAgain();
    void aPollThatGivesUpFailsTheItemWithoutAFallback();
    // Against the training simulator's own services (TLS, Basic auth, client certificates).
    void republishesTheSimulatorsPackagesWithinTheBound();
    void resumesTheSimulatorsRepublishAfterAStop();
    void refusesAWrongPin();
    void refusesCredentialsOverPlainHttpUnlessAllowed();
    void anAnswerLargerThanMaxBodyBytesFailsTheRequest();
    void needsAClientCertificateForServiceFabric();

private:
    struct Outcome
    {
        TaskOutcome outcome;
        QStringList lines;
        int maxInFlight = 0;
    };
    Outcome run(const QJsonObject &json, const QString &stateFile = {}, int cancelAfterMs = -1);
    QJsonObject republish(int concurrency = 4) const;

    QTemporaryDir m_tmp;
    QHttpServer m_server;
    QTcpServer m_silent;
    quint16 m_port = 0;
    // what the server saw
    QMap<QString, int> m_published; // id -> publish calls
    int m_flaky = 0; // 503s still to give on /flaky
    QSet<QString> m_failPublish; // ids whose publish answers 500
    int m_posts = 0;
    // A cluster of two nodes whose deletions take two polls, or never finish ("stuck") until
    // the application was restarted on both nodes.
    QJsonObject deletion(int limitMs, bool fallback) const;
    QSet<QString> m_sfStuck;
    QMap<QString, int> m_sfPending; // id -> GETs still answered 200 before it is gone
    QSet<QString> m_sfDeleting;
    QSet<QString> m_sfRestarts; // "id node"
    QMap<QString, int> m_sfGets, m_sfDeletes;
    int m_sfNodeLists = 0;
};

Q_DECLARE_METATYPE(uw::TaskOutcome)

void tst_HttpWorkflow::initTestCase()
{
    qRegisterMetaType<TaskOutcome>();
    QVERIFY(m_tmp.isValid());
    // 45 packages in pages of 20: three pages, tokens "p2" and "p3".
    m_server.route(QStringLiteral("/api/packages"), [](const QHttpServerRequest &request) {
        const QString token = request.query().queryItemValue(QStringLiteral("continuationToken"));
        const int page = token.isEmpty() ? 0 : token.mid(1).toInt() - 1;
        QJsonArray items;
        for (int i = page * 20; i < std::min(45, page * 20 + 20); ++i)
            items.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("pkg-%1").arg(i)}, {QStringLiteral("version"), 1}});
        QJsonObject answer{{QStringLiteral("items"), items}};
        if (page < 2)
            answer.insert(QStringLiteral("continuationToken"), QStringLiteral("p%1").arg(page + 2));
        return QHttpServerResponse(answer);
    });
    m_server.route(QStringLiteral("/api/packages/<arg>/unpublish"), QHttpServerRequest::Method::Post,
                   [](const QString &) { return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent); });
    m_server.route(QStringLiteral("/api/packages/<arg>/versions"), QHttpServerRequest::Method::Post,
                   [](const QString &) {
                       return QHttpServerResponse(QJsonObject{{QStringLiteral("version"), 2}});
                   });
    m_server.route(QStringLiteral("/api/packages/<arg>/versions/<arg>/publish"), QHttpServerRequest::Method::Post,
                   [this](const QString &id, const QString &version) {
                       ++m_posts;
                       if (m_failPublish.contains(id) || version != u"2")
                           return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                                                      QByteArrayLiteral("Publish failed: check web.config"),
                                                      QHttpServerResponse::StatusCode::InternalServerError);
                       ++m_published[id];
                       return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
                   });
    m_server.route(QStringLiteral("/flaky"), [this] {
        if (m_flaky > 0) {
            --m_flaky;
            return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}});
    });
    m_server.route(QStringLiteral("/huge"), [] {
        // 20 MiB of JSON: more than the default max_body_bytes (16 MiB).
        return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                   "[\"" + QByteArray(20 * 1024 * 1024, 'x') + "\"]");
    });
    m_server.route(QStringLiteral("/broken"), QHttpServerRequest::Method::Post, [this] {
        ++m_posts;
        return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
    });
    m_server.route(QStringLiteral("/sf/apps"), [] {
        return QHttpServerResponse(QJsonArray{QJsonObject{{QStringLiteral("Id"), QStringLiteral("a")}},
                                              QJsonObject{{QStringLiteral("Id"), QStringLiteral("b")}}});
    });
    m_server.route(QStringLiteral("/sf/apps/<arg>/delete"), QHttpServerRequest::Method::Post,
                   [this](const QString &id) {
                       ++m_sfDeletes[id];
                       if (!m_sfDeleting.contains(id)) {
                           m_sfDeleting.insert(id);
                           m_sfPending.insert(id, 2);
                       }
                       return QHttpServerResponse(QHttpServerResponse::StatusCode::Accepted);
                   });
    m_server.route(QStringLiteral("/sf/apps/<arg>"), QHttpServerRequest::Method::Get, [this](const QString &id) {
        ++m_sfGets[id];
        const bool restarted
            = m_sfRestarts.contains(id + QStringLiteral(" N1")) && m_sfRestarts.contains(id + QStringLiteral(" N2"));
        if (m_sfDeleting.contains(id) && (m_sfStuck.contains(id) ? restarted : m_sfPending[id]-- <= 0))
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent); // gone
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("Id"), id},
                        {QStringLiteral("Status"),
                         m_sfDeleting.contains(id) ? QStringLiteral("Deleting") : QStringLiteral("Ready")}});
    });
    m_server.route(QStringLiteral("/sf/nodes"), [this] {
        ++m_sfNodeLists;
        return QHttpServerResponse(QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("N1")}},
                                              QJsonObject{{QStringLiteral("Name"), QStringLiteral("N2")}}});
    });
    m_server.route(QStringLiteral("/sf/nodes/<arg>/apps/<arg>/restart"), QHttpServerRequest::Method::Post,
                   [this](const QString &node, const QString &id) {
                       m_sfRestarts.insert(id + u' ' + node);
                       return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
                   });
    auto *tcp = new QTcpServer(this);
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_server.bind(tcp));
    m_port = tcp->serverPort();
    QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0)); // accepts and never answers
}

void tst_HttpWorkflow::init()
{
    m_published.clear();
    m_failPublish.clear();
    m_flaky = 0;
    m_posts = 0;
    m_sfStuck.clear();
    m_sfPending.clear();
    m_sfDeleting.clear();
    m_sfRestarts.clear();
    m_sfGets.clear();
    m_sfDeletes.clear();
    m_sfNodeLists = 0;
}

QJsonObject tst_HttpWorkflow::republish(int concurrency) const
{
    const auto request = [](const char *method, const char *url) {
        return QJsonObject{{QStringLiteral("method"), QLatin1String(method)},
                           {QStringLiteral("url"), QLatin1String(url)}};
    };
    QJsonObject createVersion = request("POST", "/api/packages/${pkg.id}/versions");
    createVersion.insert(QStringLiteral("extract"),
                         QJsonObject{{QStringLiteral("version"), QStringLiteral("version")}});
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("http-workflow")},
        {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1").arg(m_port)},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("retry_delay_ms"), 20},
        {QStringLiteral("steps"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("list")},
                         {QStringLiteral("url"), QStringLiteral("/api/packages?published=true")},
                         {QStringLiteral("paging"),
                          QJsonObject{{QStringLiteral("items"), QStringLiteral("items")},
                                      {QStringLiteral("token"), QStringLiteral("continuationToken")}}},
                         {QStringLiteral("collect"), QStringLiteral("packages")}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("republish")},
                         {QStringLiteral("foreach"), QStringLiteral("packages")},
                         {QStringLiteral("as"), QStringLiteral("pkg")},
                         {QStringLiteral("key"), QStringLiteral("${pkg.id}")},
                         {QStringLiteral("hint"), QStringLiteral("check web.config and the Application Services")},
                         {QStringLiteral("requests"),
                          QJsonArray{request("POST", "/api/packages/${pkg.id}/unpublish"), createVersion,
                                     request("POST", "/api/packages/${pkg.id}/versions/${version}/publish")}}}}}};
}

tst_HttpWorkflow::Outcome tst_HttpWorkflow::run(const QJsonObject &json, const QString &stateFile, int cancelAfterMs)
{
    Outcome result;
    auto spec = HttpWorkflowTask::parse(json);
    if (!spec) {
        result.outcome.message = Text::verbatim(spec.error());
        return result;
    }
    HttpWorkflowTask task(*spec, stateFile);
    connect(&task, &TaskRunner::line, this, [&](LineLevel, const QString &text) { result.lines << text; });
    const auto outcome = test::startAndWait(task, 30000, test::cancelAfter(task, cancelAfterMs));
    if (!outcome)
        return result;
    result.outcome = *outcome;
    result.maxInFlight = task.maxInFlight();
    return result;
}

void tst_HttpWorkflow::republishesEveryPackageAcrossPages()
{
    const Outcome o = run(republish());
    QVERIFY2(o.outcome.succeeded(), qPrintable(o.outcome.message.english() + u'\n' + o.lines.join(u'\n')));
    QCOMPARE(m_published.size(), 45);
    for (auto it = m_published.begin(); it != m_published.end(); ++it)
        QCOMPARE(it.value(), 1);
    QVERIFY(o.lines.contains(QStringLiteral("GET /api/packages: collected 45 item(s)")));
}

// A foreach step's "log" is a line per finished item: a read-only listing shows what it found.
void tst_HttpWorkflow::logsALinePerFinishedItem()
{
    QJsonObject spec = republish();
    QJsonArray steps = spec.value(QLatin1String("steps")).toArray();
    QJsonObject walk = steps.at(1).toObject();
    walk.insert(QStringLiteral("log"), QStringLiteral("${pkg.id}: republished from version ${pkg.version}"));
    steps.replace(1, walk);
    spec.insert(QStringLiteral("steps"), steps);
    const Outcome o = run(spec);
    QVERIFY2(o.outcome.succeeded(), qPrintable(o.outcome.message.english()));
    QCOMPARE(o.lines.filter(QStringLiteral(": republished from version 1")).size(), 45);
    QVERIFY(o.lines.contains(QStringLiteral("pkg-44: republished from version 1")));
}

void tst_HttpWorkflow::keepsToTheConcurrencyBound()
{
    const Outcome o = run(republish(3));
    QVERIFY(o.outcome.succeeded());
    QCOMPARE(o.maxInFlight, 3);
}

void tst_HttpWorkflow::retriesGatewayErrorsWithBackoff()
{
    m_flaky = 2;
    const QJsonObject spec{
        {QStringLiteral("kind"), QStringLiteral("http-workflow")},
        {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1").arg(m_port)},
        {QStringLiteral("retry_delay_ms"), 50},
        {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("/flaky")}}}}};
    QElapsedTimer clock;
    clock.start();
    const Outcome o = run(spec);
    QVERIFY2(o.outcome.succeeded(), qPrintable(o.outcome.message.english()));
    QCOMPARE(o.lines.filter(QStringLiteral("answered 503; retrying")).size(), 2);
    QVERIFY(o.lines.contains(QStringLiteral("GET /flaky: answered 503; retrying in 100 ms (2 of 3)")));
    QVERIFY(clock.elapsed() >= 150); // 50 ms, then 100 ms: the backoff doubles
}

void tst_HttpWorkflow::doesNotRepeatAFailedPost()
{
    const QJsonObject spec{{QStringLiteral("kind"), QStringLiteral("http-workflow")},
                           {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1").arg(m_port)},
                           {QStringLiteral("steps"),
                            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("save")},
                                                   {QStringLiteral("method"), QStringLiteral("POST")},
                                                   {QStringLiteral("url"), QStringLiteral("/broken")}}}}};
    const Outcome o = run(spec);
    QCOMPARE(o.outcome.kind, TaskOutcome::Kind::Failed);
    QCOMPARE(o.outcome.message.english(), QStringLiteral("save: POST /broken answered 500"));
    QCOMPARE(m_posts, 1);
}

void tst_HttpWorkflow::refusesCredentialsOverPlainHttpUnlessAllowed()
{
    QJsonObject spec{{QStringLiteral("kind"), QStringLiteral("http-workflow")},
                     {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1").arg(m_port)},
                     {QStringLiteral("auth"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("basic")},
                                  {QStringLiteral("username"), QStringLiteral("admin")},
                                  {QStringLiteral("password"), QStringLiteral("changeme")}}},
                     {QStringLiteral("steps"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("save")},
                                             {QStringLiteral("method"), QStringLiteral("POST")},
                                             {QStringLiteral("url"), QStringLiteral("/broken")}}}}};
    Outcome o = run(spec);
    QCOMPARE(o.outcome.kind, TaskOutcome::Kind::Failed);
    QCOMPARE(o.outcome.message.english(),
             QStringLiteral("refused to send the basic credentials over plain http:// to 127.0.0.1: anyone on the "
                            "network could read them. Use https://, or add \"allow_plain_http_auth\": true to the "
                            "task if this network is trusted"));
    QCOMPARE(m_posts, 0);
    // Said in the spec, the request goes (and the server answers 500 as always).
    spec.insert(QStringLiteral("allow_plain_http_auth"), true);
    o = run(spec);
    QCOMPARE(o.outcome.message.english(), QStringLiteral("save: POST /broken answered 500"));
    QCOMPARE(m_posts, 1);
}

void tst_HttpWorkflow::anAnswerLargerThanMaxBodyBytesFailsTheRequest()
{
    QJsonObject spec{{QStringLiteral("kind"), QStringLiteral("http-workflow")},
                     {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1").arg(m_port)},
                     {QStringLiteral("steps"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("get")},
                                             {QStringLiteral("url"), QStringLiteral("/huge")}}}}};
    Outcome o = run(spec);
    QCOMPARE(o.outcome.kind, TaskOutcome::Kind::Failed);
    QVERIFY2(o.outcome.message.english().startsWith(
                 QStringLiteral("get: GET /huge: the answer is larger than max_body_bytes (16777216 bytes")),
             qPrintable(o.outcome.message.english()));
    // Not retried: a larger answer will not come out smaller the next time.
    QVERIFY2(o.lines.filter(QStringLiteral("retrying")).isEmpty(), qPrintable(o.lines.join(u'\n')));
    // A smaller limit holds for a small answer too; a larger one lets the big one through.
    spec.insert(QStringLiteral("max_body_bytes"), 100);
    spec.insert(QStringLiteral("steps"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("list")},
                                       {QStringLiteral("url"), QStringLiteral("/api/packages")}}});
    o = run(spec);
    QVERIFY2(o.outcome.message.english().contains(QLatin1String("larger than max_body_bytes (100 bytes")),
             qPrintable(o.outcome.message.english()));
    spec.insert(QStringLiteral("max_body_bytes"), 32 * 1024 * 1024);
    spec.insert(QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("/huge")}}});
    o = run(spec);
    QVERIFY2(o.outcome.succeeded(), qPrintable(o.outcome.message.english()));
    // Not a count of bytes: refused when the spec is read.
    spec.insert(QStringLiteral("max_body_bytes"), 0.5);
    o = run(spec);
    QVERIFY2(o.outcome.message.english().contains(QLatin1String("max_body_bytes: expected a whole number of bytes")),
             qPrintable(o.outcome.message.english()));
}

void tst_HttpWorkflow::givesUpOnASilentServer()
{
    const QJsonObject spec{
        {QStringLiteral("kind"), QStringLiteral("http-workflow")},
        {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:%1").arg(m_silent.serverPort())},
        {QStringLiteral("timeout_ms"), 200},
        {QStringLiteral("retries"), 1},
        {QStringLiteral("retry_delay_ms"), 10},
        {QStringLiteral("steps"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("status")},
                                {QStringLiteral("url"), QStringLiteral("/status")}}}}};
    const Outcome o = run(spec);
    QCOMPARE(o.outcome.kind, TaskOutcome::Kind::Failed);
    QCOMPARE(o.outcome.message.english(), QStringLiteral("status: GET /status: no answer within 0.2 s"));
    QCOMPARE(o.lines.filter(QStringLiteral("retrying")).size(), 1);
}

void tst_HttpWorkflow::resumesWithoutRedoingFinishedItems()
{
    const QString state = m_tmp.filePath(QStringLiteral("resume.jsonl"));
    m_failPublish = {QStringLiteral("pkg-20"), QStringLiteral("pkg-33")};
    Outcome o = run(republish(), state);
    QCOMPARE(o.outcome.kind, TaskOutcome::Kind::Failed);
    QVERIFY2(
        o.outcome.message.english().startsWith(QLatin1String("republish: 2 of 45 item(s) failed; the first: pkg-")),
        qPrintable(o.outcome.message.english()));
    QVERIFY(o.outcome.message.english().contains(
        QLatin1String("answered 500: Publish failed: check web.config. check web.config "
                      "and the Application Services. A rerun continues")));
    QCOMPARE(m_published.size(), 43);

    // The administrator fixes web.config and runs the step again: only the two are redone.
    m_failPublish.clear();
    const int postsBefore = m_posts;
    o = run(republish(), state);
    QVERIFY2(o.outcome.succeeded(), qPrintable(o.outcome.message.english()));
    QCOMPARE(m_posts - postsBefore, 2);
    QCOMPARE(m_published.size(), 45);
    QVERIFY(o.lines.contains(QStringLiteral("republish: skipped 43 item(s) done in an earlier run")));
}

void tst_HttpWorkflow::cancelStopsPromptlyAndKeepsProgress()
{
    const QString state = m_tmp.filePath(QStringLiteral("cancel.jsonl"));
    QJsonObject spec = republish(1);
    const Outcome o = run(spec, state, 30);
    QCOMPARE(o.outcome.kind, TaskOutcome::Kind::Cancelled);
    const int done = int(m_published.size());
    QVERIFY(done < 45);
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int finished = 0; // item records; the others are the collected list and half-done items
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.contains(QLatin1String("key")) && !record.contains(QLatin1String("request")))
            ++finished;
    }
    QCOMPARE(finished, done);
}

void tst_HttpWorkflow::refusesBadSpecs_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<QString>("error");
    const QJsonObject base{
        {QStringLiteral("kind"), QStringLiteral("http-workflow")},
        {QStringLiteral("base_url"), QStringLiteral("https://gw")},
        {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("/x")}}}}};
    QJsonObject badUrl = base;
    badUrl.insert(QStringLiteral("base_url"), QStringLiteral("gw:443"));
    QTest::newRow("base url") << badUrl << QStringLiteral("base_url: \"gw:443\" is not an http:// or https:// URL");
    QJsonObject badPin = base;
    badPin.insert(QStringLiteral("tls"), QJsonObject{{QStringLiteral("pin_sha256"), QStringLiteral("abcd")}});
    QTest::newRow("pin") << badPin << QStringLiteral("tls.pin_sha256: expected 64 hexadecimal digits");
    QJsonObject badMethod = base;
    badMethod.insert(QStringLiteral("steps"),
                     QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("/x")},
                                            {QStringLiteral("method"), QStringLiteral("FETCH")}}});
    QTest::newRow("method")
        << badMethod
        << QStringLiteral("steps[0].method: expected one of GET, HEAD, POST, PUT, PATCH, DELETE, got \"FETCH\"");
    QJsonObject badAuth = base;
    badAuth.insert(QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("client-cert")}});
    QTest::newRow("client cert without files")
        << badAuth << QStringLiteral("auth: a client certificate needs certificate and key (PEM), or pkcs12");
    const auto withSteps = [&](const char *steps) {
        QJsonObject spec = base;
        spec.insert(QStringLiteral("steps"), QJsonDocument::fromJson(QByteArray(steps)).array());
        return spec;
    };
    QTest::newRow("poll on a POST")
        << withSteps(R"([{"method": "POST", "url": "/x", "poll": {"until_status": 204}}])")
        << QStringLiteral("steps[0].poll: a poll repeats its request, so the method must be GET or HEAD, not POST");
    QTest::newRow("poll without until_status")
        << withSteps(R"([{"url": "/x", "poll": {"interval_ms": 100}}])")
        << QStringLiteral("steps[0].poll.until_status: required: the status(es) that end the wait");
    QTest::newRow("poll status")
        << withSteps(R"([{"url": "/x", "poll": {"until_status": [204, 99]}}])")
        << QStringLiteral("steps[0].poll.until_status[1]: expected a status code from 100 to 599, got 99");
    QTest::newRow("unfinished without poll")
        << withSteps(R"([{"name": "l", "url": "/x", "collect": "xs"},
                         {"name": "d", "foreach": "xs", "unfinished": "left", "requests": [{"url": "/y"}]}])")
        << QStringLiteral("steps[1].unfinished: collects the items whose poll gave up, but no request of the step "
                          "has \"poll\"");
    QTest::newRow("only_if names no list")
        << withSteps(R"([{"name": "n", "only_if": "stuck", "url": "/x"}])")
        << QStringLiteral("steps[0].only_if: \"stuck\" is not a list: no earlier step collects or extracts one");
    QTest::newRow("as for two lists")
        << withSteps(R"([{"name": "l", "url": "/x", "collect": "xs"}, {"name": "m", "url": "/y", "collect": "ys"},
                         {"name": "d", "foreach": ["xs", "ys"], "as": "x", "requests": [{"url": "/z"}]}])")
        << QStringLiteral("steps[2].as: the step walks 2 list(s), so it needs as many names in \"as\", got 1");
}

QJsonObject tst_HttpWorkflow::deletion(int limitMs, bool fallback) const
{
    const QString poll
        = QStringLiteral(R"("poll": {"until_status": [204, 404], "interval_ms": 20, "limit_ms": %1})").arg(limitMs);
    const QString deleteAndWait = QStringLiteral(R"([{"method": "POST", "url": "/sf/apps/${app.Id}/delete"},
        {"url": "/sf/apps/${app.Id}", "expect_status": [200], %1}])")
                                      .arg(poll);
    QString steps = QStringLiteral(R"({"name": "list", "url": "/sf/apps", "collect": "apps"},
        {"name": "delete", "foreach": "apps", "as": "app", "key": "${app.Id}", %1 "hint": "give it a few minutes",
         "requests": %2})")
                        .arg(fallback ? QStringLiteral(R"("unfinished": "stuck",)") : QString(), deleteAndWait);
    if (fallback)
        steps += QStringLiteral(R"(,
        {"name": "nodes", "only_if": "stuck", "url": "/sf/nodes", "collect": "members"},
        {"name": "restart", "foreach": ["stuck", "members"], "as": ["app", "member"], "key": "${app.Id} ${member.Name}",
         "requests": [{"method": "POST", "url": "/sf/nodes/${member.Name}/apps/${app.Id}/restart"}]},
        {"name": "delete-again", "foreach": "stuck", "as": "app", "key": "${app.Id}", "requests": %1})")
                     .arg(deleteAndWait);
    const QByteArray json = QStringLiteral(R"({"kind": "http-workflow", "base_url": "http://127.0.0.1:%1",
        "concurrency": 2, "steps": [%2]})")
                                .arg(m_port)
                                .arg(steps)
                                .toUtf8();
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("deletion(): %s in %s", qPrintable(error.errorString()), json.constData());
    return object;
}

// "Give this a few minutes": the GET after a Delete is asked again until it answers 204 (or
// 404); a deletion that finishes by itself needs no fallback, so the nodes are not even listed.
void tst_HttpWorkflow::pollsUntilTheApplicationIsGone()
{
    const Outcome o = run(deletion(30000, true));
    QVERIFY2(o.outcome.succeeded(), qPrintable(o.outcome.message.english() + u'\n' + o.lines.join(u'\n')));
    QCOMPARE(m_sfGets.value(QStringLiteral("a")), 3); // Deleting, Deleting, gone
    QCOMPARE(m_sfGets.value(QStringLiteral("b")), 3);
    QCOMPARE(o.lines.filter(QStringLiteral("answered 200, waiting for 204 or 404: asking again")).size(), 4);
    QVERIFY2(o.lines.contains(QStringLiteral("nodes: not needed (stuck is empty)")), qPrintable(o.lines.join(u'\n')));
    QCOMPARE(m_sfNodeLists, 0);
    QVERIFY(m_sfRestarts.isEmpty());
    QCOMPARE(m_sfDeletes.value(QStringLiteral("a")), 1);
}

// The vendor's loop: a deletion that does not finish within the wait is not a failure yet; the
// application is restarted on every node the cluster lists, then deleted again, and only what
// is still there after that fails.
void tst_HttpWorkflow::aStuckItemGoesThroughTheFallbackAndIsDoneAgain()
{
    m_sfStuck = {QStringLiteral("b")};
    const Outcome o = run(deletion(150, true));
    QVERIFY2(o.outcome.succeeded(), qPrintable(o.outcome.message.english() + u'\n' + o.lines.join(u'\n')));
    QVERIFY2(!o.lines.filter(QStringLiteral("delete b: GET /sf/apps/b still answered 200 after")).isEmpty(),
             qPrintable(o.lines.join(u'\n')));
    QCOMPARE(m_sfNodeLists, 1);
    QCOMPARE(m_sfRestarts, (QSet<QString>{QStringLiteral("b N1"), QStringLiteral("b N2")}));
    QCOMPARE(m_sfDeletes.value(QStringLiteral("a")), 1); // it went by itself
    QCOMPARE(m_sfDeletes.value(QStringLiteral("b")), 2); // deleted again after the restarts
    QVERIFY(o.lines.contains(QStringLiteral("restart: 2 item(s), up to 2 at a time")));
}

void tst_HttpWorkflow::aPollThatGivesUpFailsTheItemWithoutAFallback()
{
    m_sfStuck = {QStringLiteral("a"), QStringLiteral("b")};
    const Outcome o = run(deletion(100, false));
    QCOMPARE(o.outcome.kind, TaskOutcome::Kind::Failed);
    QVERIFY2(o.outcome.message.english().contains(QLatin1String("delete: 2 of 2 item(s) failed")),
             qPrintable(o.outcome.message.english()));
    QVERIFY2(o.outcome.message.english().contains(QLatin1String("still answered 200 after")),
             qPrintable(o.outcome.message.english()));
    QVERIFY2(o.outcome.message.english().contains(QLatin1String("not 204 or 404. give it a few minutes")),
             qPrintable(o.outcome.message.english()));
    QVERIFY(m_sfRestarts.isEmpty());
}

void tst_HttpWorkflow::refusesBadSpecs()
{
    QFETCH(QJsonObject, spec);
    QFETCH(QString, error);
    auto parsed = HttpWorkflowTask::parse(spec);
    QVERIFY(!parsed.has_value());
    QCOMPARE(parsed.error(), error);
}

namespace {

QJsonObject simulatorRepublish(const uw::sim::HttpServices &services, int concurrency, const QString &pin)
{
    const auto request = [](const char *method, const char *url) {
        return QJsonObject{{QStringLiteral("method"), QLatin1String(method)},
                           {QStringLiteral("url"), QLatin1String(url)}};
    };
    QJsonObject createVersion = request("POST", "/api/packages/${pkg.id}/versions");
    createVersion.insert(QStringLiteral("extract"),
                         QJsonObject{{QStringLiteral("version"), QStringLiteral("version")}});
    QJsonObject save = request("PUT", "/api/packages/${pkg.id}/versions/${version}");
    save.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("name"), QStringLiteral("${pkg.name}")}});
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("http-workflow")},
        {QStringLiteral("base_url"), services.url(QStringLiteral("cortex"))},
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("basic")},
                     {QStringLiteral("username"), QStringLiteral("admin")},
                     {QStringLiteral("password"), QStringLiteral("changeme")}}},
        {QStringLiteral("tls"), QJsonObject{{QStringLiteral("pin_sha256"), pin}}},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("steps"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("list")},
                         {QStringLiteral("url"), QStringLiteral("/api/packages?published=true")},
                         {QStringLiteral("collect"), QStringLiteral("packages")},
                         {QStringLiteral("paging"),
                          QJsonObject{{QStringLiteral("items"), QStringLiteral("items")},
                                      {QStringLiteral("token"), QStringLiteral("continuationToken")}}}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("republish")},
                         {QStringLiteral("foreach"), QStringLiteral("packages")},
                         {QStringLiteral("as"), QStringLiteral("pkg")},
                         {QStringLiteral("key"), QStringLiteral("${pkg.id}")},
                         {QStringLiteral("requests"),
                          QJsonArray{request("POST", "/api/packages/${pkg.id}/unpublish"), createVersion, save,
                                     request("POST", "/api/packages/${pkg.id}/versions/${version}/publish")}}}}}};
}

} // namespace

void tst_HttpWorkflow::republishesTheSimulatorsPackagesWithinTheBound()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    uw::sim::HttpServices services({});
    QVERIFY(services.start().has_value());
    const Outcome o = run(simulatorRepublish(services, 3, QString::fromLatin1(services.serverCertificateSha256())));
    QVERIFY2(o.outcome.succeeded(), qPrintable(o.outcome.message.english()));
    QCOMPARE(services.republishedPackageCount(), 50);
    QCOMPARE(services.packagesLeftToRepublish(), 0);
    QVERIFY(services.maxConcurrentRequests(QStringLiteral("cortex")) <= 3);
    QCOMPARE(o.maxInFlight, 3);
}

void tst_HttpWorkflow::resumesTheSimulatorsRepublishAfterAStop()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    uw::sim::HttpServices::Options slow; // 20 ms an answer, so a stop lands midway
    slow.faults = *uw::sim::Faults::parse({QStringLiteral("net.latency=20")});
    uw::sim::HttpServices services(slow);
    QVERIFY(services.start().has_value());
    const QString state = m_tmp.filePath(QStringLiteral("simulator.jsonl"));
    const QJsonObject spec = simulatorRepublish(services, 1, QString::fromLatin1(services.serverCertificateSha256()));
    Outcome o = run(spec, state, 1000); // stopped midway
    QCOMPARE(o.outcome.kind, TaskOutcome::Kind::Cancelled);
    const int before = services.republishedPackageCount();
    QVERIFY(before > 0 && before < 50);
    o = run(spec, state);
    QVERIFY2(o.outcome.succeeded(), qPrintable(o.outcome.message.english()));
    QCOMPARE(services.republishedPackageCount(), 50);
    // No package was republished twice: the first ones were skipped.
    for (const auto &package : services.packages())
        QVERIFY2(!package.published || package.republishCount <= 1, qPrintable(package.id));
    QVERIFY(o.lines.filter(QStringLiteral("skipped")).size() == 1);
}

void tst_HttpWorkflow::refusesAWrongPin()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    uw::sim::HttpServices services({});
    QVERIFY(services.start().has_value());
    const Outcome o = run(simulatorRepublish(services, 2, QString(64, u'a')));
    QCOMPARE(o.outcome.kind, TaskOutcome::Kind::Failed);
    QVERIFY2(o.outcome.message.english().contains(QLatin1String("does not match the pinned fingerprint")),
             qPrintable(o.outcome.message.english()));
    QCOMPARE(services.republishedPackageCount(), 0);
}

void tst_HttpWorkflow::needsAClientCertificateForServiceFabric()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    uw::sim::HttpServices services({});
    QVERIFY(services.start().has_value());
    QJsonObject spec{
        {QStringLiteral("kind"), QStringLiteral("http-workflow")},
        {QStringLiteral("base_url"), services.url(QStringLiteral("servicefabric"))},
        {QStringLiteral("tls"),
         QJsonObject{{QStringLiteral("pin_sha256"), QString::fromLatin1(services.serverCertificateSha256())}}},
        {QStringLiteral("retries"), 0},
        {QStringLiteral("steps"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("list")},
                                {QStringLiteral("url"), QStringLiteral("/Applications?api-version=6.1")},
                                {QStringLiteral("collect"), QStringLiteral("apps")},
                                {QStringLiteral("paging"),
                                 QJsonObject{{QStringLiteral("items"), QStringLiteral("Items")},
                                             {QStringLiteral("token"), QStringLiteral("ContinuationToken")}}}}}}};
    Outcome o = run(spec);
    QCOMPARE(o.outcome.kind, TaskOutcome::Kind::Failed);
    spec.insert(QStringLiteral("auth"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("client-cert")},
                            {QStringLiteral("certificate"), services.clientCertificatePath()},
                            {QStringLiteral("key"), services.clientKeyPath()}});
    o = run(spec);
    QVERIFY2(o.outcome.succeeded(), qPrintable(o.outcome.message.english()));
    QVERIFY(o.lines.contains(QStringLiteral("GET /Applications: collected 4 item(s)")));
}

QTEST_GUILESS_MAIN(tst_HttpWorkflow)
#include "tst_httpworkflow.moc"
