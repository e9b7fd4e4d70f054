#include "wizard/tasks/httpworkflowtask.h"

#include "wizard/support/jsonpath.h"
#include "wizard/support/substitution.h"
#include "wizard/support/versionrange.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace uw {

struct HttpWorkflowTask::Call
{
    Request request;
    QHash<QString, QJsonValue> *scope = nullptr; // names the request reads besides the workflow's, and where
                                                 // extracted values go
    int attempt = 0;
    QString token; // paging continuation token
    std::function<void(const QString &error)> done;
};

struct HttpWorkflowTask::ItemRun
{
    QString key;
    QHash<QString, QJsonValue> scope;
    qsizetype requestIndex = 0;
};

namespace {

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString();
}

// Like substitution::apply on a JSON template, but a string that is exactly one placeholder
// takes the variable's JSON value, so "${version}" can become the number 3.
QJsonValue fillTemplate(const QJsonValue &value, const QHash<QString, QString> &flat,
                        const QHash<QString, QJsonValue> &typed)
{
    if (value.isString()) {
        static const QRegularExpression single(QStringLiteral("^\\$\\{([^}]+)\\}$"));
        const auto match = single.match(value.toString());
        if (match.hasMatch() && typed.contains(match.captured(1).trimmed()))
            return typed.value(match.captured(1).trimmed());
        return substitution::apply(value.toString(), flat);
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &entry : value.toArray())
            out.append(fillTemplate(entry, flat, typed));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), fillTemplate(it.value(), flat, typed));
        return out;
    }
    return value;
}

bool isIdempotent(const QString &method)
{
    return method == u"GET" || method == u"HEAD" || method == u"PUT" || method == u"DELETE" || method == u"OPTIONS";
}

std::expected<HttpWorkflowTask::Request, QString> parseRequest(const QJsonObject &json, const QString &where)
{
    HttpWorkflowTask::Request request;
    request.method = json.value(QLatin1String("method")).toString(QStringLiteral("GET")).toUpper();
    static const QStringList methods{QStringLiteral("GET"), QStringLiteral("HEAD"),  QStringLiteral("POST"),
                                     QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    if (!methods.contains(request.method))
        return std::unexpected(QStringLiteral("%1.method: expected one of %2, got \"%3\"")
                                   .arg(where, methods.join(QStringLiteral(", ")), request.method));
    request.url = json.value(QLatin1String("url")).toString();
    if (request.url.isEmpty())
        return std::unexpected(QStringLiteral("%1.url: missing").arg(where));
    request.headers = json.value(QLatin1String("headers")).toObject();
    request.body = json.value(QLatin1String("body"));
    const QJsonValue expect = json.value(QLatin1String("expect_status"));
    for (const QJsonValue &code : expect.isArray() ? expect.toArray() : QJsonArray{expect})
        if (code.isDouble())
            request.expectStatus << code.toInt();
    request.extract = json.value(QLatin1String("extract")).toObject();
    const QJsonObject paging = json.value(QLatin1String("paging")).toObject();
    request.pagingItems = paging.value(QLatin1String("items")).toString();
    request.pagingToken = paging.value(QLatin1String("token")).toString();
    request.pagingParam = paging.value(QLatin1String("param")).toString(request.pagingToken);
    request.collect = json.value(QLatin1String("collect")).toString();
    request.exceptNewestBy = json.value(QLatin1String("except_newest_by")).toString();
    if (!request.exceptNewestBy.isEmpty() && request.collect.isEmpty())
        return std::unexpected(QStringLiteral("%1.except_newest_by: needs collect").arg(where));
    if (!paging.isEmpty()
        && (request.pagingItems.isEmpty() || request.pagingToken.isEmpty() || request.collect.isEmpty()))
        return std::unexpected(
            QStringLiteral("%1.paging: needs items and token, and the step needs collect").arg(where));
    return request;
}

// The largest max_body_bytes: what one answer may hold in memory at most.
constexpr qint64 kMaxBodyLimit = qint64(1) << 30;

int intValue(const QJsonObject &json, const char *key, int fallback, bool *ok)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    bool converted = value.isDouble();
    const int number = value.isDouble() ? value.toInt() : value.toString().toInt(&converted);
    if (!converted)
        *ok = false;
    return number;
}

} // namespace

std::expected<HttpWorkflowTask::Spec, QString> HttpWorkflowTask::parse(const QJsonObject &json)
{
    Spec spec;
    spec.baseUrl = json.value(QLatin1String("base_url")).toString();
    const QUrl base(spec.baseUrl);
    if (!base.isValid() || (base.scheme() != u"http" && base.scheme() != u"https") || base.host().isEmpty())
        return std::unexpected(QStringLiteral("base_url: \"%1\" is not an http:// or https:// URL").arg(spec.baseUrl));
    const QJsonObject auth = json.value(QLatin1String("auth")).toObject();
    spec.authType = auth.value(QLatin1String("type")).toString();
    spec.username = auth.value(QLatin1String("username")).toString();
    spec.password = auth.value(QLatin1String("password")).toString();
    spec.token = auth.value(QLatin1String("token")).toString();
    spec.certificate = auth.value(QLatin1String("certificate")).toString();
    spec.key = auth.value(QLatin1String("key")).toString();
    spec.pkcs12 = auth.value(QLatin1String("pkcs12")).toString();
    spec.passphrase = auth.value(QLatin1String("passphrase")).toString();
    if (!spec.authType.isEmpty() && spec.authType != u"basic" && spec.authType != u"bearer"
        && spec.authType != u"client-cert")
        return std::unexpected(
            QStringLiteral("auth.type: expected basic, bearer or client-cert, got \"%1\"").arg(spec.authType));
    if (spec.authType == u"client-cert" && spec.pkcs12.isEmpty() && (spec.certificate.isEmpty() || spec.key.isEmpty()))
        return std::unexpected(QStringLiteral("auth: a client certificate needs certificate and key (PEM), or pkcs12"));
    spec.allowPlainHttpAuth = json.value(QLatin1String("allow_plain_http_auth")).toBool();
    const QJsonObject tls = json.value(QLatin1String("tls")).toObject();
    spec.insecure = tls.value(QLatin1String("insecure")).toBool();
    spec.pinSha256 = tls.value(QLatin1String("pin_sha256")).toString().toLower().remove(u':').toLatin1();
    spec.caFile = tls.value(QLatin1String("ca")).toString();
    for (const QJsonValue &each : tls.value(QLatin1String("trusted")).toArray())
        spec.trusted.append(each.toString().toLower().remove(u':').toLatin1());
    if (!spec.pinSha256.isEmpty() && (spec.pinSha256.size() != 64 || QByteArray::fromHex(spec.pinSha256).size() != 32))
        return std::unexpected(QStringLiteral("tls.pin_sha256: expected 64 hexadecimal digits"));
    bool ok = true;
    spec.concurrency = intValue(json, "concurrency", 4, &ok);
    spec.retries = intValue(json, "retries", 3, &ok);
    spec.retryDelayMs = intValue(json, "retry_delay_ms", 500, &ok);
    spec.timeoutMs = intValue(json, "timeout_ms", 30000, &ok);
    if (const QJsonValue max = json.value(QLatin1String("max_body_bytes")); !max.isUndefined()) {
        const double bytes = max.toDouble(-1);
        if (!max.isDouble() || bytes != std::floor(bytes) || bytes < 1 || bytes > double(kMaxBodyLimit))
            return std::unexpected(QStringLiteral("max_body_bytes: expected a whole number of bytes from 1 to %1, "
                                                  "got %2")
                                       .arg(kMaxBodyLimit)
                                       .arg(max.isDouble() ? QString::number(bytes) : max.toVariant().toString()));
        spec.maxBodyBytes = qint64(bytes);
    }
    if (!ok || spec.concurrency < 1 || spec.concurrency > 64 || spec.retries < 0 || spec.retries > 10
        || spec.timeoutMs < 1 || spec.retryDelayMs < 0)
        return std::unexpected(
            QStringLiteral("concurrency (1-64), retries (0-10), retry_delay_ms and timeout_ms must be "
                           "numbers in range"));
    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty())
        return std::unexpected(QStringLiteral("steps: at least one step is needed"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject object = steps.at(i).toObject();
        const QString where = QStringLiteral("steps[%1]").arg(i);
        Step step;
        step.name = object.value(QLatin1String("name")).toString(where);
        step.foreach = object.value(QLatin1String("foreach")).toString();
        step.hint = object.value(QLatin1String("hint")).toString();
        if (step.foreach.isEmpty()) {
            auto request = parseRequest(object, where);
            if (!request)
                return std::unexpected(request.error());
            step.request = *request;
        } else {
            step.as = object.value(QLatin1String("as")).toString(QStringLiteral("item"));
            step.key = object.value(QLatin1String("key")).toString();
            step.maxFailures = object.value(QLatin1String("max_failures")).toInt(3);
            if (step.maxFailures < 1)
                return std::unexpected(QStringLiteral("%1.max_failures: expected 1 or more").arg(where));
            const QJsonArray requests = object.value(QLatin1String("requests")).toArray();
            if (requests.isEmpty())
                return std::unexpected(QStringLiteral("%1.requests: a foreach step needs requests").arg(where));
            for (qsizetype r = 0; r < requests.size(); ++r) {
                auto request
                    = parseRequest(requests.at(r).toObject(), QStringLiteral("%1.requests[%2]").arg(where).arg(r));
                if (!request)
                    return std::unexpected(request.error());
                step.requests << *request;
            }
        }
        spec.steps << step;
    }
    return spec;
}

HttpWorkflowTask::HttpWorkflowTask(Spec spec, QString stateFile, QObject *parent)
    : TaskRunner(parent)
    , m_spec(std::move(spec))
    , m_stateFile(std::move(stateFile))
{
    // Redirects are not followed: an admin API that redirects is misconfigured, and
    // credentials must not travel to another host.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpWorkflowTask::~HttpWorkflowTask()
{
    m_finished = true;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight))
        if (reply)
            reply->abort();
}

std::expected<QSslConfiguration, QString> HttpWorkflowTask::sslConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_spec.caFile.isEmpty()) {
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_spec.caFile);
        if (ca.isEmpty())
            return std::unexpected(QStringLiteral("tls.ca: no certificate could be read from %1").arg(m_spec.caFile));
        ssl.addCaCertificates(ca);
    }
    if (m_spec.authType == u"client-cert") {
        if (!m_spec.pkcs12.isEmpty()) {
            QFile file(m_spec.pkcs12);
            if (!file.open(QIODevice::ReadOnly))
                return std::unexpected(QStringLiteral("auth.pkcs12: cannot read %1").arg(m_spec.pkcs12));
            QSslKey key;
            QSslCertificate certificate;
            QList<QSslCertificate> chain;
            if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, m_spec.passphrase.toUtf8()))
                return std::unexpected(
                    QStringLiteral("auth.pkcs12: %1 could not be opened; is the passphrase right?").arg(m_spec.pkcs12));
            ssl.setPrivateKey(key);
            ssl.setLocalCertificate(certificate);
            ssl.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
        } else {
            const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_spec.certificate);
            QFile keyFile(m_spec.key);
            if (certificates.isEmpty())
                return std::unexpected(
                    QStringLiteral("auth.certificate: no certificate in %1").arg(m_spec.certificate));
            if (!keyFile.open(QIODevice::ReadOnly))
                return std::unexpected(QStringLiteral("auth.key: cannot read %1").arg(m_spec.key));
            const QByteArray pem = keyFile.readAll();
            QSslKey key(pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, m_spec.passphrase.toUtf8());
            if (key.isNull())
                key = QSslKey(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, m_spec.passphrase.toUtf8());
            if (key.isNull())
                return std::unexpected(
                    QStringLiteral("auth.key: %1 is not a PEM private key (RSA or EC) this passphrase "
                                   "opens")
                        .arg(m_spec.key));
            ssl.setLocalCertificateChain(certificates);
            ssl.setPrivateKey(key);
        }
    }
    return ssl;
}

void HttpWorkflowTask::start()
{
    m_clock.start();
    auto ssl = sslConfiguration();
    if (!ssl) {
        fail(ssl.error());
        return;
    }
    m_ssl = *ssl;
    if (!m_stateFile.isEmpty()) {
        QFile previous(m_stateFile);
        if (previous.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : previous.readAll().split('\n')) {
                const QJsonObject record = QJsonDocument::fromJson(line).object();
                if (record.contains(QLatin1String("request")))
                    m_partial.insert(record.value(QLatin1String("step")).toString() + u'\n'
                                         + record.value(QLatin1String("key")).toString(),
                                     record);
                else if (record.contains(QLatin1String("collected")))
                    m_collected.insert(record.value(QLatin1String("step")).toString(),
                                       record.value(QLatin1String("items")).toArray());
                else if (!record.isEmpty())
                    m_done.insert(record.value(QLatin1String("step")).toString() + u'\n'
                                  + record.value(QLatin1String("key")).toString());
            }
        }
        m_stateOut = std::make_unique<QFile>(m_stateFile);
        if (!m_stateOut->open(QIODevice::WriteOnly | QIODevice::Append)) {
            fail(QStringLiteral("cannot write the workflow's state file %1: %2")
                     .arg(m_stateFile, m_stateOut->errorString()));
            return;
        }
    }
    if (m_spec.insecure)
        Q_EMIT line(LineLevel::Warning, QStringLiteral("TLS certificate verification is off for this workflow"));
    runStep();
}

// A cancel lets the requests under way finish (for a few seconds at most) so that what they
// did is recorded: a publish that reached the server but not the state file would be
// repeated by the rerun, and refused.
void HttpWorkflowTask::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_inFlight.isEmpty()) {
        finishCancelled();
        return;
    }
    Q_EMIT line(LineLevel::Info,
                QStringLiteral("stopping: letting %1 request(s) under way finish").arg(m_inFlight.size()));
    QTimer::singleShot(kCancelGraceMs, this, [this] {
        for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight))
            if (reply)
                reply->abort();
        finishCancelled();
    });
}

void HttpWorkflowTask::maybeFinishCancelled()
{
    if (m_cancelled && m_inFlight.isEmpty())
        finishCancelled();
}

void HttpWorkflowTask::finishCancelled()
{
    if (m_finished)
        return;
    m_finished = true;
    QString message = QStringLiteral("cancelled");
    if (m_stepIndex >= 0 && m_stepIndex < m_spec.steps.size() && !m_spec.steps.at(m_stepIndex).foreach.isEmpty())
        message += QStringLiteral(" after %1 of %2 items; a rerun continues with the rest")
                       .arg(m_itemsDone + m_itemsSkipped)
                       .arg(m_items.size());
    Q_EMIT finished({TaskOutcome::Kind::Cancelled, -1, message});
}

void HttpWorkflowTask::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished({TaskOutcome::Kind::Failed, -1, message});
}

QHash<QString, QString> HttpWorkflowTask::flatVariables(const QHash<QString, QJsonValue> &extra) const
{
    QHash<QString, QString> flat;
    const auto add = [&flat](const QHash<QString, QJsonValue> &values) {
        for (auto it = values.begin(); it != values.end(); ++it) {
            // Lists are walked with foreach, never written into a URL or header: turning a
            // collected list of 1,000 packages into text for every request made a republish
            // slow down with the square of the package count.
            if (it.value().isArray())
                continue;
            flat.insert(it.key(), text(it.value()));
            if (it.value().isObject()) {
                const QJsonObject object = it.value().toObject();
                for (auto field = object.begin(); field != object.end(); ++field)
                    flat.insert(it.key() + u'.' + field.key(), text(field.value()));
            }
        }
    };
    add(m_variables);
    add(extra);
    return flat;
}

void HttpWorkflowTask::runStep()
{
    if (m_finished)
        return;
    if (m_cancelled) {
        maybeFinishCancelled();
        return;
    }
    ++m_stepIndex;
    if (m_stepIndex >= m_spec.steps.size()) {
        m_finished = true;
        Q_EMIT finished({TaskOutcome::Kind::Success, -1,
                         QStringLiteral("workflow completed: %1 request(s) in %2 s")
                             .arg(m_requestsSent)
                             .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)});
        return;
    }
    const Step &step = m_spec.steps.at(m_stepIndex);
    if (step.foreach.isEmpty()) {
        // A list gathered by an earlier run is used again: the items it started may no longer
        // show (an unpublished package is not listed as published), yet they must be finished.
        if (!step.request.collect.isEmpty() && m_collected.contains(step.name)) {
            const QJsonArray items = m_collected.value(step.name);
            m_variables.insert(step.request.collect, items);
            Q_EMIT line(
                LineLevel::Info,
                QStringLiteral("%1: using the %2 item(s) listed by the earlier run").arg(step.name).arg(items.size()));
            runStep();
            return;
        }
        auto call = std::make_shared<Call>();
        call->request = step.request;
        call->scope = &m_variables;
        call->done = [this, name = step.name, collect = step.request.collect, hint = step.hint](const QString &error) {
            if (!error.isEmpty()) {
                // A list that cannot be had stops everything after it: say what to look at.
                fail(QStringLiteral("%1: %2").arg(name, error)
                     + (hint.isEmpty() ? QString() : QStringLiteral(". ") + hint));
                return;
            }
            if (!collect.isEmpty())
                writeState(QJsonObject{{QStringLiteral("step"), name},
                                       {QStringLiteral("collected"), collect},
                                       {QStringLiteral("items"), m_variables.value(collect)}});
            runStep();
        };
        send(call);
        return;
    }
    const QJsonValue list = m_variables.value(step.foreach);
    if (!list.isArray()) {
        fail(QStringLiteral("%1: \"%2\" is not a list; an earlier step must collect or extract it")
                 .arg(step.name, step.foreach));
        return;
    }
    m_items = list.toArray();
    m_nextItem = 0;
    m_running = 0;
    m_itemsDone = 0;
    m_itemsSkipped = 0;
    m_itemErrors.clear();
    Q_EMIT line(LineLevel::Info,
                QStringLiteral("%1: %2 item(s), up to %3 at a time")
                    .arg(step.name)
                    .arg(m_items.size())
                    .arg(m_spec.concurrency));
    startItems();
}

void HttpWorkflowTask::startItems()
{
    const Step &step = m_spec.steps.at(m_stepIndex);
    // After a few failures the cause is most likely shared (a broken web.config, a service
    // down): stop starting items rather than fail every one of them.
    if (m_itemErrors.size() >= step.maxFailures && m_nextItem < m_items.size()) {
        Q_EMIT line(LineLevel::Error,
                    QStringLiteral("%1: %2 item(s) failed; not starting the %3 left")
                        .arg(step.name)
                        .arg(m_itemErrors.size())
                        .arg(m_items.size() - m_nextItem));
        m_nextItem = m_items.size();
    }
    if (m_cancelled) {
        maybeFinishCancelled();
        return;
    }
    while (!m_finished && m_running < m_spec.concurrency && m_nextItem < m_items.size()) {
        const qsizetype index = m_nextItem++;
        auto item = std::make_shared<ItemRun>();
        item->scope.insert(step.as, m_items.at(index));
        item->key
            = step.key.isEmpty() ? QString::number(index) : substitution::apply(step.key, flatVariables(item->scope));
        if (m_done.contains(step.name + u'\n' + item->key)) {
            ++m_itemsSkipped;
            continue;
        }
        // An item a stopped run left halfway goes on after its last finished request, with
        // the values those requests extracted: repeating "unpublish" would be refused.
        if (const QJsonObject partial = m_partial.value(step.name + u'\n' + item->key); !partial.isEmpty()) {
            item->requestIndex = partial.value(QLatin1String("request")).toInt() + 1;
            const QJsonObject scope = partial.value(QLatin1String("scope")).toObject();
            for (auto it = scope.begin(); it != scope.end(); ++it)
                item->scope.insert(it.key(), it.value());
            Q_EMIT line(LineLevel::Info,
                        QStringLiteral("%1 %2: continuing after request %3 of %4")
                            .arg(step.name, item->key)
                            .arg(item->requestIndex)
                            .arg(step.requests.size()));
        }
        ++m_running;
        advanceItem(item);
    }
    if (m_itemsSkipped > 0 && m_nextItem >= m_items.size() && m_running == 0 && m_itemsDone == 0
        && m_itemErrors.isEmpty())
        Q_EMIT line(
            LineLevel::Info,
            QStringLiteral("%1: all %2 item(s) were done in an earlier run").arg(step.name).arg(m_itemsSkipped));
    if (!m_finished && m_running == 0 && m_nextItem >= m_items.size())
        stepDone();
}

void HttpWorkflowTask::stepDone()
{
    const Step &step = m_spec.steps.at(m_stepIndex);
    if (m_itemsSkipped > 0)
        Q_EMIT line(LineLevel::Info,
                    QStringLiteral("%1: skipped %2 item(s) done in an earlier run").arg(step.name).arg(m_itemsSkipped));
    if (!m_itemErrors.isEmpty()) {
        QString message = QStringLiteral("%1: %2 of %3 item(s) failed; the first: %4")
                              .arg(step.name)
                              .arg(m_itemErrors.size())
                              .arg(m_items.size())
                              .arg(m_itemErrors.first());
        if (!step.hint.isEmpty())
            message += QStringLiteral(". %1").arg(step.hint);
        message += QStringLiteral(". A rerun continues with the items not done.");
        fail(message);
        return;
    }
    runStep();
}

void HttpWorkflowTask::advanceItem(const std::shared_ptr<ItemRun> &item)
{
    const Step &step = m_spec.steps.at(m_stepIndex);
    if (item->requestIndex >= step.requests.size()) {
        itemFinished(item, QString());
        return;
    }
    auto call = std::make_shared<Call>();
    call->request = step.requests.at(item->requestIndex);
    call->scope = &item->scope;
    call->done = [this, item](const QString &error) {
        if (!error.isEmpty()) {
            itemFinished(item, error);
            return;
        }
        const Step &current = m_spec.steps.at(m_stepIndex);
        if (item->requestIndex + 1 < current.requests.size()) {
            QJsonObject scope;
            for (auto it = item->scope.begin(); it != item->scope.end(); ++it)
                if (it.key() != current.as)
                    scope.insert(it.key(), it.value());
            writeState(QJsonObject{{QStringLiteral("step"), current.name},
                                   {QStringLiteral("key"), item->key},
                                   {QStringLiteral("request"), item->requestIndex},
                                   {QStringLiteral("scope"), scope}});
        }
        ++item->requestIndex;
        advanceItem(item);
    };
    send(call);
}

void HttpWorkflowTask::itemFinished(const std::shared_ptr<ItemRun> &item, const QString &error)
{
    if (m_finished)
        return;
    --m_running;
    const Step &step = m_spec.steps.at(m_stepIndex);
    if (error.isEmpty()) {
        ++m_itemsDone;
        markDone(step.name + u'\n' + item->key);
    } else {
        m_itemErrors << QStringLiteral("%1: %2").arg(item->key, error);
        Q_EMIT line(LineLevel::Error, QStringLiteral("%1 %2 failed: %3").arg(step.name, item->key, error));
    }
    const int handled = m_itemsDone + m_itemsSkipped + int(m_itemErrors.size());
    Q_EMIT progress(m_items.isEmpty() ? 1.0 : double(handled) / double(m_items.size()),
                    QStringLiteral("%1: %2 of %3").arg(step.name).arg(handled).arg(m_items.size()));
    startItems();
}

void HttpWorkflowTask::markDone(const QString &stepAndKey)
{
    m_done.insert(stepAndKey);
    const qsizetype newline = stepAndKey.indexOf(u'\n');
    writeState(QJsonObject{{QStringLiteral("step"), stepAndKey.left(newline)},
                           {QStringLiteral("key"), stepAndKey.mid(newline + 1)}});
}

// One line per record, appended and synced: a stop at any moment loses at most the record
// being written, and a torn last line is ignored when the state is read back.
void HttpWorkflowTask::writeState(const QJsonObject &record)
{
    if (!m_stateOut)
        return;
    m_stateOut->write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
    m_stateOut->flush();
#ifdef Q_OS_WIN
    ::_commit(m_stateOut->handle());
#else
    ::fsync(m_stateOut->handle());
#endif
}

void HttpWorkflowTask::send(const std::shared_ptr<Call> &call)
{
    if (m_finished)
        return;
    if (m_cancelled) {
        maybeFinishCancelled();
        return;
    }
    const Request &request = call->request;
    const QHash<QString, QString> flat = flatVariables(*call->scope);
    QString url = substitution::apply(request.url, flat);
    if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://"))) {
        QString base = m_spec.baseUrl;
        if (base.endsWith(u'/') && url.startsWith(u'/'))
            base.chop(1);
        else if (!base.endsWith(u'/') && !url.startsWith(u'/'))
            base += u'/';
        url = base + url;
    }
    QUrl target(url);
    if (!call->token.isEmpty()) {
        QUrlQuery query(target);
        query.removeAllQueryItems(request.pagingParam);
        query.addQueryItem(request.pagingParam, call->token);
        target.setQuery(query);
    }
    // Basic and bearer credentials are readable by anyone on the path of a plain request.
    if ((m_spec.authType == u"basic" || m_spec.authType == u"bearer") && target.scheme() == u"http"
        && !m_spec.allowPlainHttpAuth) {
        fail(QStringLiteral("refused to send the %1 credentials over plain http:// to %2: anyone on the network "
                            "could read them. Use https://, or add \"allow_plain_http_auth\": true to the task if "
                            "this network is trusted")
                 .arg(m_spec.authType, target.host()));
        return;
    }
    QNetworkRequest networkRequest(target);
    networkRequest.setTransferTimeout(m_spec.timeoutMs);
    if (target.scheme() == u"https")
        networkRequest.setSslConfiguration(m_ssl);
    networkRequest.setRawHeader("Accept", "application/json");
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it)
        networkRequest.setRawHeader(it.key().toUtf8(), substitution::apply(it.value().toString(), flat).toUtf8());
    if (m_spec.authType == u"basic")
        networkRequest.setRawHeader("Authorization",
                                    "Basic " + (m_spec.username + u':' + m_spec.password).toUtf8().toBase64());
    else if (m_spec.authType == u"bearer")
        networkRequest.setRawHeader("Authorization", "Bearer " + m_spec.token.toUtf8());
    QByteArray body;
    if (!request.body.isUndefined() && !request.body.isNull()) {
        const QJsonValue filled = fillTemplate(request.body, flat, *call->scope);
        body = filled.isObject() ? QJsonDocument(filled.toObject()).toJson(QJsonDocument::Compact)
            : filled.isArray()   ? QJsonDocument(filled.toArray()).toJson(QJsonDocument::Compact)
                                 : text(filled).toUtf8();
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }

    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, request.method.toLatin1(), body);
    ++m_requestsSent;
    m_inFlight.append(reply);
    m_maxInFlight = std::max(m_maxInFlight, int(m_inFlight.size()));
    // Stop an answer as soon as it is known to be too large, before it is held in memory.
    connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received, qint64 total) {
        const qint64 size = std::max(received, total);
        if (size > m_spec.maxBodyBytes && !reply->property("uw_too_large").isValid()) {
            reply->setProperty("uw_too_large", size);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        const QByteArray digest
            = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
        if (m_spec.insecure || (!m_spec.pinSha256.isEmpty() && digest == m_spec.pinSha256)
            || (m_spec.pinSha256.isEmpty() && m_spec.trusted.contains(digest)))
            reply->ignoreSslErrors(errors);
        else if (!m_spec.pinSha256.isEmpty())
            reply->setProperty("uw_pin_mismatch", QString::fromLatin1(digest));
        else
            reply->setProperty("uw_untrusted", QString::fromLatin1(digest));
    });
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply] {
        if (m_spec.pinSha256.isEmpty())
            return;
        const QByteArray digest
            = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
        if (digest != m_spec.pinSha256) {
            reply->setProperty("uw_pin_mismatch", QString::fromLatin1(digest));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { handleReply(call, reply); });
}

void HttpWorkflowTask::handleReply(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    m_inFlight.removeAll(reply);
    if (m_finished)
        return;
    const Request &request = call->request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString what = QStringLiteral("%1 %2").arg(request.method, reply->url().path());

    if (const QVariant size = reply->property("uw_too_large"); size.isValid()) {
        call->done(QStringLiteral("%1: the answer is larger than max_body_bytes (%2 bytes%3); raise max_body_bytes "
                                  "if such an answer is expected")
                       .arg(what)
                       .arg(m_spec.maxBodyBytes)
                       .arg(size.toLongLong() > m_spec.maxBodyBytes
                                ? QStringLiteral(", it announced or sent %1").arg(size.toLongLong())
                                : QString()));
        return;
    }
    if (const QString pin = reply->property("uw_pin_mismatch").toString(); !pin.isEmpty()) {
        call->done(QStringLiteral("the server's certificate (SHA-256 %1) does not match the pinned fingerprint; if the "
                                  "gateway's certificate was renewed, check it and pin the new one")
                       .arg(pin));
        return;
    }
    if (const QString digest = reply->property("uw_untrusted").toString(); !digest.isEmpty()) {
        const QString shown = QString::fromLatin1(QByteArray::fromHex(digest.toLatin1()).toHex(':').toUpper());
        call->done(QStringLiteral("%1: the server's certificate is not trusted (%2); server certificate: SHA-256 %3. "
                                  "Check the fingerprint with the gateway's administrator, then trust it for this "
                                  "session or pin it with tls.pin_sha256")
                       .arg(what, reply->errorString(), shown));
        return;
    }
    const bool timedOut = error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
    const bool notSent = error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError;
    const bool gatewayError = status == 502 || status == 503 || status == 504;
    const bool transient = timedOut || notSent || error == QNetworkReply::RemoteHostClosedError
        || error == QNetworkReply::TemporaryNetworkFailureError;
    // A call that may have reached the application is repeated only if repeating it is safe.
    const bool retry = gatewayError || notSent || (transient && isIdempotent(request.method));
    if (retry && m_cancelled) {
        maybeFinishCancelled();
        return;
    }
    if (retry && call->attempt < m_spec.retries) {
        const int delay = int(m_spec.retryDelayMs * std::pow(2.0, call->attempt));
        ++call->attempt;
        Q_EMIT line(LineLevel::Warning,
                    QStringLiteral("%1: %2; retrying in %3 ms (%4 of %5)")
                        .arg(what, status ? QStringLiteral("answered %1").arg(status) : reply->errorString())
                        .arg(delay)
                        .arg(call->attempt)
                        .arg(m_spec.retries));
        QTimer::singleShot(delay, this, [this, call] { send(call); });
        return;
    }
    if (status == 0) {
        call->done(timedOut ? QStringLiteral("%1: no answer within %2 s").arg(what).arg(m_spec.timeoutMs / 1000.0)
                            : QStringLiteral("%1: %2").arg(what, reply->errorString()));
        return;
    }
    const QByteArray body = reply->readAll();
    const bool expected
        = request.expectStatus.isEmpty() ? (status >= 200 && status < 300) : request.expectStatus.contains(status);
    if (!expected) {
        QString excerpt = QString::fromUtf8(body.left(300)).simplified();
        call->done(QStringLiteral("%1 answered %2%3")
                       .arg(what)
                       .arg(status)
                       .arg(excerpt.isEmpty() ? QString() : QStringLiteral(": ") + excerpt));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document
        = body.trimmed().isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    const QJsonValue answer = document.isObject() ? QJsonValue(document.object())
        : document.isArray()                      ? QJsonValue(document.array())
                                                  : QJsonValue(QJsonValue::Undefined);
    if ((!request.extract.isEmpty() || !request.collect.isEmpty()) && answer.isUndefined()) {
        call->done(QStringLiteral("%1: the answer is not JSON").arg(what));
        return;
    }
    for (auto it = request.extract.begin(); it != request.extract.end(); ++it) {
        const QJsonValue value = jsonpath::first(answer, it.value().toString());
        if (value.isUndefined()) {
            call->done(QStringLiteral("%1: the answer has no %2").arg(what, it.value().toString()));
            return;
        }
        call->scope->insert(it.key(), value);
    }
    if (!request.collect.isEmpty()) {
        QJsonArray collected = call->token.isEmpty() ? QJsonArray() : call->scope->value(request.collect).toArray();
        const QJsonValue page = request.pagingItems.isEmpty() ? answer : jsonpath::first(answer, request.pagingItems);
        for (const QJsonValue &entry : page.toArray())
            collected.append(entry);
        call->scope->insert(request.collect, collected);
        const QString token
            = request.pagingToken.isEmpty() ? QString() : text(jsonpath::first(answer, request.pagingToken));
        if (!token.isEmpty()) {
            call->token = token;
            call->attempt = 0;
            send(call);
            return;
        }
        if (!request.exceptNewestBy.isEmpty() && !collected.isEmpty()) {
            qsizetype newest = 0;
            for (qsizetype i = 1; i < collected.size(); ++i) {
                const auto a = Version::parse(text(jsonpath::first(collected.at(i), request.exceptNewestBy)));
                const auto b = Version::parse(text(jsonpath::first(collected.at(newest), request.exceptNewestBy)));
                if (a && (!b || *a > *b))
                    newest = i;
            }
            Q_EMIT line(LineLevel::Info,
                        QStringLiteral("%1: keeping the newest, %2 %3")
                            .arg(what, request.exceptNewestBy,
                                 text(jsonpath::first(collected.at(newest), request.exceptNewestBy))));
            collected.removeAt(newest);
            call->scope->insert(request.collect, collected);
        }
        Q_EMIT line(LineLevel::Info, QStringLiteral("%1: collected %2 item(s)").arg(what).arg(collected.size()));
    }
    call->done(QString());
}

} // namespace uw
