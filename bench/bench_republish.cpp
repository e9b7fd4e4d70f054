// bench_republish: how fast uw::HttpWorkflowTask republishes every package of the simulated
// Cortex Gateway (uw::sim::HttpServices), at several concurrencies. See docs/performance.md.
//
// The simulator runs in this process, on the same event loop as the workflow, so both share
// one thread: the figures understate what a client achieves against a real server.

#include "benchoptions.h"
#include "wizard/simulator/httpservices.h"
#include "wizard/tasks/httpworkflowtask.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <expected>

namespace {

// The republish workflow of docs/playbook-format.md against the simulator's Cortex package API
// (wizard/simulator/src/cortexpackages.cpp): list the published packages page by page, then
// for each one unpublish, create a version, save it and publish it.
QJsonObject republishWorkflow(const uw::sim::HttpServices &services, const uw::sim::HttpServices::Options &options,
                              int concurrency)
{
    const auto request = [](const char *method, const char *url) {
        return QJsonObject{{QStringLiteral("method"), QLatin1String(method)},
                           {QStringLiteral("url"), QLatin1String(url)}};
    };
    QJsonObject createVersion = request("POST", "/api/packages/${pkg.id}/versions");
    createVersion.insert(QStringLiteral("extract"),
                         QJsonObject{{QStringLiteral("version"), QStringLiteral("version")}});
    QJsonObject save = request("PUT", "/api/packages/${pkg.id}/versions/${version}");
    save.insert(QStringLiteral("body"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("${pkg.id}")},
                            {QStringLiteral("name"), QStringLiteral("${pkg.name}")},
                            {QStringLiteral("version"), QStringLiteral("${version}")}});
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("http-workflow")},
        {QStringLiteral("base_url"), services.url(QStringLiteral("cortex"))},
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("basic")},
                     {QStringLiteral("username"), options.adminUser},
                     {QStringLiteral("password"), options.adminPassword}}},
        {QStringLiteral("tls"),
         QJsonObject{{QStringLiteral("pin_sha256"), QString::fromLatin1(services.serverCertificateSha256())}}},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("steps"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("list")},
                         {QStringLiteral("url"), QStringLiteral("/api/packages?published=true")},
                         {QStringLiteral("paging"),
                          QJsonObject{{QStringLiteral("items"), QStringLiteral("items")},
                                      {QStringLiteral("token"), QStringLiteral("continuationToken")},
                                      {QStringLiteral("param"), QStringLiteral("continuationToken")}}},
                         {QStringLiteral("collect"), QStringLiteral("packages")}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("republish")},
                         {QStringLiteral("foreach"), QStringLiteral("packages")},
                         {QStringLiteral("as"), QStringLiteral("pkg")},
                         {QStringLiteral("key"), QStringLiteral("${pkg.id}")},
                         {QStringLiteral("requests"),
                          QJsonArray{request("POST", "/api/packages/${pkg.id}/unpublish"), createVersion, save,
                                     request("POST", "/api/packages/${pkg.id}/versions/${version}/publish")}}}}}};
}

// The HTTP version QNetworkAccessManager settles on with the simulator. Over HTTP/1.1 it opens
// at most six connections to one host and queues the rest, whatever the concurrency.
QString negotiatedProtocol(const uw::sim::HttpServices &services, const uw::sim::HttpServices::Options &options)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(services.url(QStringLiteral("cortex")) + QStringLiteral("/api/packages")));
    request.setRawHeader("Authorization",
                         "Basic " + (options.adminUser + u':' + options.adminPassword).toUtf8().toBase64());
    QNetworkReply *reply = network.get(request);
    const QByteArray pin = services.serverCertificateSha256();
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pin](const QList<QSslError> &errors) {
        if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex() == pin)
            reply->ignoreSslErrors(errors);
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return QStringLiteral("unknown (%1)").arg(reply->errorString());
    return reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? QStringLiteral("HTTP/2")
                                                                             : QStringLiteral("HTTP/1.1");
}

struct Run
{
    double seconds = 0; // wall time of the workflow, start to finish
    double cpuSeconds = 0; // the whole process's, every thread: client, server and Qt's
    int requests = 0;
    int maxInFlight = 0;
};

// One republish of every package of a fresh simulator.
std::expected<Run, QString> republishOnce(int packages, int concurrency, bool stateFile, QString *protocol)
{
    uw::sim::HttpServices::Options options;
    options.packages = packages;
    uw::sim::HttpServices services(options);
    if (const auto started = services.start(); !started)
        return std::unexpected(started.error());
    if (protocol && protocol->isEmpty())
        *protocol = negotiatedProtocol(services, options);
    const auto spec = uw::HttpWorkflowTask::parse(republishWorkflow(services, options, concurrency));
    if (!spec)
        return std::unexpected(spec.error());
    // As in the wizard, each finished package is recorded (and fsynced) in the step's state file.
    QTemporaryDir state;
    uw::HttpWorkflowTask task(*spec, stateFile ? state.filePath(QStringLiteral("republish.jsonl")) : QString());

    QEventLoop loop;
    QStringList errors;
    uw::TaskOutcome outcome;
    QObject::connect(&task, &uw::TaskRunner::line, &loop, [&](uw::LineLevel level, const QString &text) {
        if (level == uw::LineLevel::Error)
            errors << text;
    });
    QObject::connect(&task, &uw::TaskRunner::finished, &loop, [&](const uw::TaskOutcome &result) {
        outcome = result;
        loop.quit();
    });
    QElapsedTimer clock;
    const std::clock_t cpuStart = std::clock();
    clock.start();
    task.start();
    loop.exec();
    Run run;
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!outcome.succeeded())
        return std::unexpected(QStringLiteral("the workflow ended with %1: %2\n%3")
                                   .arg(outcome.kindName(), outcome.message.english(), errors.join(u'\n')));
    if (services.republishedPackageCount() != packages || services.packagesLeftToRepublish() != 0)
        return std::unexpected(QStringLiteral("the workflow succeeded, but the simulator counts %1 of %2 package(s) "
                                              "republished")
                                   .arg(services.republishedPackageCount())
                                   .arg(packages));
    run.requests = task.requestsSent();
    run.maxInFlight = task.maxInFlight();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_republish"));

    QCommandLineParser parser;
    uw::bench::describe(
        parser,
        QStringLiteral("Starts the simulated Cortex Gateway in this process and republishes all its packages with "
                       "uw::HttpWorkflowTask at each concurrency; prints the median of the runs."));
    const QCommandLineOption packagesOption(QStringLiteral("packages"),
                                            QStringLiteral("Published packages to republish; default 1000."),
                                            QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Comma-separated concurrencies; default 1,4,8."),
                                               QStringLiteral("LIST"), QStringLiteral("1,4,8"));
    const QCommandLineOption repeatOption = uw::bench::repeatOption(QStringLiteral("Runs per concurrency"));
    const QCommandLineOption noStateOption(QStringLiteral("no-state-file"),
                                           QStringLiteral("Run without the state file the wizard keeps (and fsyncs "
                                                          "after each package) for resuming."));
    parser.addOptions({packagesOption, concurrencyOption, repeatOption, noStateOption});
    parser.process(app);

    const auto packageCount = uw::bench::positiveInt(parser, packagesOption);
    const auto repeats = uw::bench::positiveInt(parser, repeatOption);
    QList<int> concurrencies;
    for (const QString &item : parser.value(concurrencyOption).split(u',')) {
        bool ok = false;
        concurrencies << item.trimmed().toInt(&ok);
        if (!ok || concurrencies.last() < 1 || concurrencies.last() > 64)
            return uw::bench::fail(QStringLiteral("--concurrency: \"%1\" is not a number from 1 to 64").arg(item));
    }
    if (!packageCount || !repeats)
        return uw::bench::fail(QStringLiteral("--packages and --repeat must be positive numbers"));
    const int packages = *packageCount;
    const int repeat = *repeats;
    const bool stateFile = !parser.isSet(noStateOption);

    QString protocol;
    QList<Run> medians;
    for (const int concurrency : concurrencies) {
        QList<Run> runs;
        for (int i = 1; i <= repeat; ++i) {
            const auto run = republishOnce(packages, concurrency, stateFile, &protocol);
            if (!run)
                return uw::bench::fail(run.error());
            std::printf("concurrency %d, run %d/%d: %d requests in %.2f s\n", concurrency, i, repeat, run->requests,
                        run->seconds);
            std::fflush(stdout);
            runs << *run;
        }
        std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.seconds < b.seconds; });
        medians << runs[runs.size() / 2]; // the median run (the upper one of an even count)
    }

    std::printf("\n%d packages, HTTPS (%s, certificate pinned), Basic auth, state file %s; median of %d run(s)\n",
                packages, qPrintable(protocol), stateFile ? "on (fsync per package)" : "off", repeat);
    std::printf("%-12s %9s %9s %9s %14s %7s\n", "concurrency", "requests", "total s", "req/s", "max in flight",
                "CPU %");
    QJsonArray results;
    for (qsizetype i = 0; i < concurrencies.size(); ++i) {
        const Run &run = medians[i];
        const double rate = double(run.requests) / run.seconds;
        std::printf("%-12d %9d %9.2f %9.0f %14d %7.0f\n", concurrencies[i], run.requests, run.seconds, rate,
                    run.maxInFlight, 100 * run.cpuSeconds / run.seconds);
        results.append(QJsonObject{{QStringLiteral("concurrency"), concurrencies[i]},
                                   {QStringLiteral("requests"), run.requests},
                                   {QStringLiteral("seconds"), run.seconds},
                                   {QStringLiteral("requests_per_second"), rate},
                                   {QStringLiteral("max_in_flight"), run.maxInFlight},
                                   {QStringLiteral("cpu_seconds"), run.cpuSeconds}});
    }
    const QJsonObject summary{{QStringLiteral("bench"), QStringLiteral("bench_republish")},
                              {QStringLiteral("packages"), packages},
                              {QStringLiteral("protocol"), protocol},
                              {QStringLiteral("state_file"), stateFile},
                              {QStringLiteral("runs"), repeat},
                              {QStringLiteral("results"), results}};
    std::printf("SUMMARY %s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    return 0;
}
