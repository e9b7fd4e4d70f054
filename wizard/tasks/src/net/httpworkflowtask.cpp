// The http-workflow task's runs, in the on-demand library (wizard/support/ondemand.h; the
// spec is read in ../httpworkflowspec.cpp).

#include "wizard/tasks/httpworkflowtask.h"

#include "../taskspec_support.h"

#include "wizard/support/jsonpath.h"
#include "wizard/support/substitution.h"
#include "wizard/support/versionrange.h"
#include "wizard/tasks/taskspecs.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
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
    QElapsedTimer pollClock; // since the first answer of a polling request
    int polls = 0;
    bool gaveUp = false; // a polling request's limit passed: the error says so
    std::function<void(const QString &error)> done;
};

struct HttpWorkflowTask::ItemRun
{
    QString key;
    QJsonValue value; // the item (for a step over several lists, the list of its values)
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

} // namespace

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
        fail(Text::verbatim(ssl.error()));
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
            fail(Text(QT_TRANSLATE_NOOP("uw::Outcome", "cannot write the workflow's state file %1: %2"), m_stateFile,
                      m_stateOut->errorString()));
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
    Text message(QT_TRANSLATE_NOOP("uw::Outcome", "cancelled"));
    if (m_stepIndex >= 0 && m_stepIndex < m_spec.steps.size() && !m_spec.steps.at(m_stepIndex).foreach.isEmpty())
        message
            = Text(QT_TRANSLATE_NOOP("uw::Outcome", "cancelled after %1 of %2 items; a rerun continues with the rest"),
                   m_itemsDone + m_itemsSkipped, m_items.size());
    Q_EMIT finished({TaskOutcome::Kind::Cancelled, -1, message});
}

void HttpWorkflowTask::fail(const Text &message)
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
                         Text(QT_TRANSLATE_NOOP("uw::Outcome", "workflow completed: %1 request(s) in %2 s"),
                              m_requestsSent, QString::number(m_clock.elapsed() / 1000.0, 'f', 1))});
        return;
    }
    const Step &step = m_spec.steps.at(m_stepIndex);
    if (!step.onlyIf.isEmpty()) {
        const QJsonValue value = m_variables.value(step.onlyIf);
        const bool holds = value.isArray() ? !value.toArray().isEmpty()
            : value.isObject()             ? !value.toObject().isEmpty()
                                           : !text(value).isEmpty();
        if (!holds) {
            Q_EMIT line(LineLevel::Info, QStringLiteral("%1: not needed (%2 is empty)").arg(step.name, step.onlyIf));
            runStep();
            return;
        }
    }
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
                fail(hint.isEmpty() ? Text("%1: %2", name, error)
                                    : Text("%1: %2. %3", name, error, Text::fromPlaybook(hint)));
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
    // Every combination of the lists walked, the first list outermost.
    QList<QJsonArray> tuples{QJsonArray()};
    for (const QString &name : QStringList{step.foreach} + step.moreForeach) {
        // Nothing times anything is nothing: a list after an empty one need not exist (the
        // nodes of a cluster are listed only when a deletion is stuck).
        if (tuples.isEmpty())
            break;
        const QJsonValue list = m_variables.value(name);
        if (!list.isArray()) {
            fail(Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                        "%1: \"%2\" is not a list; an earlier step must collect or extract it"),
                      step.name, name));
            return;
        }
        QList<QJsonArray> longer;
        for (const QJsonArray &tuple : std::as_const(tuples))
            for (const QJsonValue &entry : list.toArray()) {
                QJsonArray next = tuple;
                next.append(entry);
                longer.append(next);
            }
        tuples = longer;
    }
    m_items = QJsonArray();
    for (const QJsonArray &tuple : std::as_const(tuples))
        m_items.append(step.moreForeach.isEmpty() ? tuple.first() : QJsonValue(tuple));
    if (!step.unfinished.isEmpty())
        m_variables.insert(step.unfinished, QJsonArray());
    m_nextItem = 0;
    m_running = 0;
    m_itemsDone = 0;
    m_itemsSkipped = 0;
    m_itemsUnfinished = 0;
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
        item->value = m_items.at(index);
        if (step.moreForeach.isEmpty()) {
            item->scope.insert(step.as, item->value);
        } else {
            const QJsonArray tuple = item->value.toArray();
            const QStringList as = QStringList{step.as} + step.moreAs;
            for (qsizetype i = 0; i < as.size() && i < tuple.size(); ++i)
                item->scope.insert(as.at(i), tuple.at(i));
        }
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
    if (m_itemsUnfinished > 0)
        Q_EMIT line(LineLevel::Warning,
                    QStringLiteral("%1: %2 item(s) not finished, listed in %3")
                        .arg(step.name)
                        .arg(m_itemsUnfinished)
                        .arg(step.unfinished));
    if (!m_itemErrors.isEmpty()) {
        const Text failed(QT_TRANSLATE_NOOP("uw::Outcome", "%1: %2 of %3 item(s) failed; the first: %4"), step.name,
                          m_itemErrors.size(), m_items.size(), m_itemErrors.first());
        const Text rerun(QT_TRANSLATE_NOOP("uw::Outcome", "A rerun continues with the items not done."));
        fail(step.hint.isEmpty() ? Text("%1. %2", failed, rerun)
                                 : Text("%1. %2. %3", failed, Text::fromPlaybook(step.hint), rerun));
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
    Call *raw = call.get(); // the call runs its own done(): it is alive then
    call->done = [this, item, raw](const QString &error) {
        if (!error.isEmpty()) {
            itemFinished(item, error, raw->gaveUp);
            return;
        }
        const Step &current = m_spec.steps.at(m_stepIndex);
        if (item->requestIndex + 1 < current.requests.size()) {
            QJsonObject scope;
            const QStringList as = QStringList{current.as} + current.moreAs;
            for (auto it = item->scope.begin(); it != item->scope.end(); ++it)
                if (!as.contains(it.key()))
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

void HttpWorkflowTask::itemFinished(const std::shared_ptr<ItemRun> &item, const QString &error, bool unfinished)
{
    if (m_finished)
        return;
    --m_running;
    const Step &step = m_spec.steps.at(m_stepIndex);
    if (error.isEmpty()) {
        ++m_itemsDone;
        markDone(step.name + u'\n' + item->key);
        if (!step.log.isEmpty())
            Q_EMIT line(LineLevel::Info, substitution::apply(step.log, flatVariables(item->scope)));
    } else if (unfinished && !step.unfinished.isEmpty()) {
        // Not done and not failed: a later step walks it (the fallback), then tries again. It
        // is not recorded as done, so a rerun asks again.
        ++m_itemsUnfinished;
        QJsonArray list = m_variables.value(step.unfinished).toArray();
        list.append(item->value);
        m_variables.insert(step.unfinished, list);
        Q_EMIT line(LineLevel::Warning,
                    QStringLiteral("%1 %2: %3; it goes to %4").arg(step.name, item->key, error, step.unfinished));
    } else {
        m_itemErrors << QStringLiteral("%1: %2").arg(item->key, error);
        Q_EMIT line(LineLevel::Error, QStringLiteral("%1 %2 failed: %3").arg(step.name, item->key, error));
    }
    const int handled = m_itemsDone + m_itemsSkipped + m_itemsUnfinished + int(m_itemErrors.size());
    Q_EMIT progress(m_items.isEmpty() ? 1.0 : double(handled) / double(m_items.size()),
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1: %2 of %3"), step.name, handled, m_items.size()));
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
        fail(Text(
            QT_TRANSLATE_NOOP("uw::Outcome",
                              "refused to send the %1 credentials over plain http:// to %2: anyone on the network "
                              "could read them. Use https://, or add \"allow_plain_http_auth\": true to the task if "
                              "this network is trusted"),
            m_spec.authType, target.host()));
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
    const bool pollEnds = request.pollUntil.contains(status);
    const bool expected = pollEnds
        || (request.expectStatus.isEmpty() ? (status >= 200 && status < 300) : request.expectStatus.contains(status));
    if (expected && !request.pollUntil.isEmpty() && !pollEnds) {
        // Not there yet ("give this a few minutes"): ask again until the limit.
        if (!call->pollClock.isValid())
            call->pollClock.start();
        const qint64 waited = call->pollClock.elapsed();
        const QStringList until = [&] {
            QStringList codes;
            for (const int code : request.pollUntil)
                codes << QString::number(code);
            return codes;
        }();
        // Every interval, and once more when the limit is reached.
        if (const qint64 left = request.pollLimitMs - waited; left > 0) {
            const int delay = int(std::min<qint64>(request.pollIntervalMs, left));
            ++call->polls;
            Q_EMIT line(LineLevel::Info,
                        QStringLiteral("%1 answered %2, waiting for %3: asking again in %4 s (%5 s of %6 s)")
                            .arg(what)
                            .arg(status)
                            .arg(until.join(QStringLiteral(" or ")))
                            .arg(delay / 1000.0)
                            .arg(waited / 1000.0, 0, 'f', 1)
                            .arg(request.pollLimitMs / 1000.0));
            call->attempt = 0;
            QTimer::singleShot(delay, this, [this, call] { send(call); });
            return;
        }
        call->gaveUp = true;
        call->done(QStringLiteral("%1 still answered %2 after %3 s (%4 time(s) asked), not %5")
                       .arg(what)
                       .arg(status)
                       .arg(waited / 1000.0, 0, 'f', 1)
                       .arg(call->polls + 1)
                       .arg(until.join(QStringLiteral(" or "))));
        return;
    }
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
