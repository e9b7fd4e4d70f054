#pragma once

#include "wizard/support/specreader.h"
#include "wizard/tasks/taskrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>

#include <expected>
#include <memory>

class QNetworkReply;

namespace uw {

// A sequence of HTTP calls against an administration API, such as Cortex's "republish every
// published package" or Service Fabric's "delete the old execution services":
//
//   {"kind": "http-workflow", "base_url": "https://cortex:443", "auth": {...}, "tls": {...},
//    "concurrency": 4, "retries": 3, "retry_delay_ms": 500, "timeout_ms": 30000,
//    "steps": [
//      {"name": "list", "method": "GET", "url": "/api/packages?published=true",
//       "paging": {"items": "items", "token": "continuationToken", "param": "continuationToken"},
//       "collect": "packages"},
//      {"name": "republish", "foreach": "packages", "as": "pkg", "key": "${pkg.id}",
//       "hint": "check web.config, and that the Application Services are healthy",
//       "requests": [{"method": "POST", "url": "/api/packages/${pkg.id}/unpublish"}, ...]}]}
//
// Requests run on the owner's thread through QNetworkAccessManager, which never blocks it.
// Items of a foreach run at most `concurrency` at a time; each item's requests run in order.
// Each finished item is appended (fsynced) to a state file, so a rerun after a stop skips
// what was done: republishing 300 packages does not redo the first 200. Collected lists are
// kept there too, so a rerun works on the same items, not on what a half-done run left listed.
class HttpWorkflowTask : public TaskRunner
{
    Q_OBJECT
public:
    struct Request
    {
        QString method = QStringLiteral("GET");
        QString url; // absolute, or relative to base_url; may use ${variables}
        QJsonObject headers;
        QJsonValue body; // JSON template, sent when present
        QList<int> expectStatus; // empty: any 2xx
        QJsonObject extract; // variable -> JSON path in the answer
        // Paging by continuation tokens: repeat the request with ?param=<token> until the
        // answer has no token, appending the items at `items` into the list variable `collect`.
        QString pagingItems, pagingToken, pagingParam, collect;
        // Leaves the newest item (by the version in this field) out of the collected list:
        // "delete every old execution service, keep the newest engine".
        QString exceptNewestBy;
        // Polling: the request is repeated every pollIntervalMs while it answers an expected
        // status that is not one of pollUntil, for at most pollLimitMs: "give this a few
        // minutes". Empty pollUntil: no polling.
        QList<int> pollUntil;
        int pollIntervalMs = 5000;
        qint64 pollLimitMs = 300000;
    };
    struct Step
    {
        QString name;
        Request request; // a single request step
        QString foreach; // the list variable to walk
        QString as = QStringLiteral("item");
        // Further lists: the step walks every combination, e.g. each stuck application on each
        // node ("foreach": ["stuck", "members"], "as": ["app", "member"]).
        QStringList moreForeach, moreAs;
        // Items whose polling request gave up go into this list instead of failing: a later
        // step can walk them (the vendor's fallback) and try again.
        QString unfinished;
        // The step runs only when this variable holds something (a non-empty list or text).
        QString onlyIf;
        QString key; // identifies an item for resuming, e.g. ${pkg.id}
        QList<Request> requests; // done for each item, in order
        QString hint; // troubleshooting advice shown when an item fails
        QString log; // a line logged for each finished item, e.g. "${pkg.name}, version ${pkg.version}"
        int maxFailures = 3; // stop starting items after this many failed: the cause is likely shared
    };
    struct Spec
    {
        QString baseUrl;
        QString authType; // basic, bearer, client-cert, or empty
        QString username, password, token;
        QString certificate, key, pkcs12, passphrase;
        bool insecure = false;
        // Basic or bearer credentials over plain http:// are refused unless this says so.
        bool allowPlainHttpAuth = false;
        QByteArray pinSha256; // lowercase hex without separators
        QList<QByteArray> trusted; // lowercase hex: certificates trusted for this session
        QString caFile;
        int concurrency = 4;
        int retries = 3;
        int retryDelayMs = 500; // doubles on each retry
        int timeoutMs = 30000; // per request
        // An answer larger than this fails the request (it is held in memory to be read).
        qint64 maxBodyBytes = 16 * 1024 * 1024;
        QList<Step> steps;
    };

    // read(): at load time and at run time, every mistake through the reader; parse() reads a
    // substituted object and refuses it on its first mistake.
    static Spec read(spec::Reader &reader);
    static std::expected<Spec, QString> parse(const QJsonObject &json);

    // `stateFile` remembers the finished items between runs; empty: no resuming.
    HttpWorkflowTask(Spec spec, QString stateFile, QObject *parent = nullptr);
    ~HttpWorkflowTask() override;

    void start() override;
    void cancel() override;

    static constexpr int kCancelGraceMs = 5000;

    int requestsSent() const { return m_requestsSent; }
    int maxInFlight() const { return m_maxInFlight; }

private:
    struct Call;
    struct ItemRun;
    void runStep();
    void send(const std::shared_ptr<Call> &call);
    void handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void startItems();
    void itemFinished(const std::shared_ptr<ItemRun> &item, const QString &error, bool unfinished = false);
    void advanceItem(const std::shared_ptr<ItemRun> &item);
    void stepDone();
    void fail(const Text &message);
    void maybeFinishCancelled();
    void finishCancelled();
    std::expected<QSslConfiguration, QString> sslConfiguration() const;
    QHash<QString, QString> flatVariables(const QHash<QString, QJsonValue> &extra) const;
    void markDone(const QString &key);
    void writeState(const QJsonObject &record);

    Spec m_spec;
    QString m_stateFile;
    QSet<QString> m_done; // item keys finished in this or an earlier run
    QHash<QString, QJsonArray> m_collected; // step name -> the list an earlier run collected
    QHash<QString, QJsonObject> m_partial; // step\nkey -> the last request an earlier run finished
    std::unique_ptr<QFile> m_stateOut;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    QHash<QString, QJsonValue> m_variables;
    qsizetype m_stepIndex = -1;
    QList<QPointer<QNetworkReply>> m_inFlight;
    // the current foreach
    QJsonArray m_items;
    qsizetype m_nextItem = 0;
    int m_running = 0;
    int m_itemsDone = 0;
    int m_itemsSkipped = 0;
    int m_itemsUnfinished = 0;
    QStringList m_itemErrors;
    int m_requestsSent = 0;
    int m_maxInFlight = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QElapsedTimer m_clock;
};

} // namespace uw
