// The http-workflow task's spec, read at load and at run time (the runs are the network
// library's, net/httpworkflowtask.cpp: wizard/support/ondemand.h).

#include "wizard/tasks/httpworkflowtask.h"

#include "taskspec_support.h"

#include "wizard/support/jsonpath.h"
#include "wizard/tasks/taskspecs.h"

#include <QRegularExpression>

namespace uw {

namespace {

const QStringList &methods()
{
    static const QStringList list{QStringLiteral("GET"), QStringLiteral("HEAD"),  QStringLiteral("POST"),
                                  QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    return list;
}

// The keys of one request: a single-request step has them beside its own, a foreach step's
// `requests` hold them.
QStringList requestKeys()
{
    return {QStringLiteral("method"), QStringLiteral("url"),           QStringLiteral("headers"),
            QStringLiteral("body"),   QStringLiteral("expect_status"), QStringLiteral("extract"),
            QStringLiteral("paging"), QStringLiteral("collect"),       QStringLiteral("except_newest_by"),
            QStringLiteral("poll")};
}

// A JSON path the workflow looks up in an answer: judged unless a placeholder defers it.
QString jsonPathAt(spec::Reader &reader, const QString &key, spec::Need need)
{
    const auto path = reader.string(key, need);
    if (path && !reader.deferred(key)) {
        if (const auto steps = jsonpath::parseJsonPath(*path); !steps)
            reader.error(key, QStringLiteral("\"%1\" is not a JSON path: %2").arg(*path, steps.error()));
    }
    return path.value_or(QString());
}

// A status code or a non-empty list of them (expect_status, poll.until_status).
QList<int> statusCodes(spec::Reader &reader, const QString &key)
{
    QList<int> out;
    if (!reader.has(key))
        return out;
    const QJsonValue expect = reader.object().value(key);
    const QJsonArray codes = expect.isArray() ? expect.toArray() : QJsonArray{expect};
    if (codes.isEmpty())
        reader.error(key,
                     QStringLiteral("expected a status code from 100 to 599 or a list of them, got an empty list"));
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonValue code = codes.at(i);
        const QString where = expect.isArray() ? QStringLiteral("%1[%2]").arg(key).arg(i) : key;
        if (reader.leftForRun(where, code))
            continue;
        const auto judged = reader.judged(code);
        if (const auto number = reader.integerIn(judged ? QJsonValue(*judged) : code, 100, 599))
            out << int(*number);
        else
            reader.error(where,
                         QStringLiteral("expected a status code from 100 to 599, got %1").arg(spec::describe(code)));
    }
    return out;
}

HttpWorkflowTask::Request readRequest(spec::Reader &reader)
{
    using spec::Need;
    HttpWorkflowTask::Request request;
    if (reader.has(QStringLiteral("method"))) {
        const QJsonValue method = reader.object().value(QLatin1String("method"));
        if (reader.leftForRun(QStringLiteral("method"), method)) {
            request.method = method.toString();
        } else if (const auto text = reader.judged(method); text && methods().contains(text->toUpper())) {
            request.method = text->toUpper();
        } else {
            reader.error(QStringLiteral("method"),
                         QStringLiteral("expected one of %1, got %2")
                             .arg(methods().join(QStringLiteral(", ")),
                                  text ? QStringLiteral("\"%1\"").arg(text->toUpper()) : spec::describe(method)));
        }
    }
    request.url = reader.string(QStringLiteral("url"), Need::Required).value_or(QString());
    if (const auto headers = reader.object(QStringLiteral("headers"))) {
        for (auto it = headers->begin(); it != headers->end(); ++it)
            if (!it.value().isString())
                reader.error(QStringLiteral("headers.") + it.key(),
                             QStringLiteral("expected a string, got %1").arg(spec::describe(it.value())));
        request.headers = *headers;
    }
    request.body = reader.object().value(QLatin1String("body"));
    request.expectStatus = statusCodes(reader, QStringLiteral("expect_status"));
    if (const auto extract = reader.object(QStringLiteral("extract"))) {
        spec::Reader extractReader = reader.child(QStringLiteral("extract"), *extract);
        for (auto it = extract->begin(); it != extract->end(); ++it)
            jsonPathAt(extractReader, it.key(), Need::Required);
        request.extract = *extract;
    }
    request.collect = reader.string(QStringLiteral("collect")).value_or(QString());
    request.exceptNewestBy = jsonPathAt(reader, QStringLiteral("except_newest_by"), Need::Optional);
    if (reader.has(QStringLiteral("except_newest_by")) && !reader.has(QStringLiteral("collect")))
        reader.error(QStringLiteral("except_newest_by"),
                     QStringLiteral("needs \"collect\": it leaves the newest out of the collected list"));
    if (const auto paging = reader.object(QStringLiteral("paging"))) {
        spec::Reader pagingReader = reader.child(QStringLiteral("paging"), *paging);
        pagingReader.allowKeys({QStringLiteral("items"), QStringLiteral("token"), QStringLiteral("param")});
        request.pagingItems = jsonPathAt(pagingReader, QStringLiteral("items"), Need::Required);
        request.pagingToken = jsonPathAt(pagingReader, QStringLiteral("token"), Need::Required);
        request.pagingParam = pagingReader.string(QStringLiteral("param")).value_or(request.pagingToken);
        if (!reader.has(QStringLiteral("collect")))
            reader.error(QStringLiteral("paging"),
                         QStringLiteral("needs \"collect\", the list variable the pages are gathered into"));
    }
    if (const auto poll = reader.object(QStringLiteral("poll"))) {
        spec::Reader pollReader = reader.child(QStringLiteral("poll"), *poll);
        pollReader.allowKeys(
            {QStringLiteral("until_status"), QStringLiteral("interval_ms"), QStringLiteral("limit_ms")});
        if (!pollReader.has(QStringLiteral("until_status")))
            pollReader.error(QStringLiteral("until_status"),
                             QStringLiteral("required: the status(es) that end the wait"));
        request.pollUntil = statusCodes(pollReader, QStringLiteral("until_status"));
        request.pollIntervalMs
            = int(pollReader.milliseconds(QStringLiteral("interval_ms"), 1, 600000).value_or(request.pollIntervalMs));
        request.pollLimitMs = pollReader.milliseconds(QStringLiteral("limit_ms")).value_or(request.pollLimitMs);
        // A poll sends the request again and again: only a request that changes nothing may be.
        if (request.method != u"GET" && request.method != u"HEAD" && !reader.deferred(QStringLiteral("method")))
            reader.error(QStringLiteral("poll"),
                         QStringLiteral("a poll repeats its request, so the method must be GET or HEAD, not %1")
                             .arg(request.method));
        if (reader.has(QStringLiteral("collect")))
            reader.error(QStringLiteral("poll"), QStringLiteral("a polling request cannot also collect a list"));
    }
    return request;
}

void readAuth(spec::Reader &reader, HttpWorkflowTask::Spec &spec)
{
    using spec::Need;
    const auto auth = reader.object(QStringLiteral("auth"));
    if (!auth)
        return;
    spec::Reader authReader = reader.child(QStringLiteral("auth"), *auth);
    const QJsonValue type = auth->value(QLatin1String("type"));
    if (authReader.leftForRun(QStringLiteral("type"), type)) {
        spec.authType = type.toString();
        authReader.allowKeys({QStringLiteral("type"), QStringLiteral("username"), QStringLiteral("password"),
                              QStringLiteral("token"), QStringLiteral("certificate"), QStringLiteral("key"),
                              QStringLiteral("pkcs12"), QStringLiteral("passphrase")});
        return;
    }
    const auto typeText = authReader.judged(type);
    if (!typeText || (*typeText != u"basic" && *typeText != u"bearer" && *typeText != u"client-cert")) {
        authReader.error(QStringLiteral("type"),
                         QStringLiteral("expected basic, bearer or client-cert, got %1")
                             .arg(type.isUndefined() ? QStringLiteral("nothing") : spec::describe(type)));
        return;
    }
    spec.authType = *typeText;
    if (spec.authType == u"basic") {
        authReader.allowKeys({QStringLiteral("type"), QStringLiteral("username"), QStringLiteral("password")});
        spec.username = authReader.string(QStringLiteral("username"), Need::Required).value_or(QString());
        spec.password = authReader.secret(QStringLiteral("password"), Need::Required).value_or(QString());
    } else if (spec.authType == u"bearer") {
        authReader.allowKeys({QStringLiteral("type"), QStringLiteral("token")});
        spec.token = authReader.secret(QStringLiteral("token"), Need::Required).value_or(QString());
    } else {
        authReader.allowKeys({QStringLiteral("type"), QStringLiteral("certificate"), QStringLiteral("key"),
                              QStringLiteral("pkcs12"), QStringLiteral("passphrase")});
        spec.certificate = authReader.text(QStringLiteral("certificate")).value_or(QString());
        spec.key = authReader.text(QStringLiteral("key")).value_or(QString());
        spec.pkcs12 = authReader.text(QStringLiteral("pkcs12")).value_or(QString());
        spec.passphrase = authReader.secret(QStringLiteral("passphrase")).value_or(QString());
        if (spec.pkcs12.isEmpty() && (spec.certificate.isEmpty() || spec.key.isEmpty()))
            reader.error(QStringLiteral("auth"),
                         QStringLiteral("a client certificate needs certificate and key (PEM), or pkcs12"));
    }
}

void readTls(spec::Reader &reader, HttpWorkflowTask::Spec &spec)
{
    const auto tls = reader.object(QStringLiteral("tls"));
    if (!tls)
        return;
    spec::Reader tlsReader = reader.child(QStringLiteral("tls"), *tls);
    // Certificates the operator trusted for this session: the engine adds them as the step
    // runs; a playbook pins a certificate with pin_sha256.
    QStringList keys{QStringLiteral("insecure"), QStringLiteral("pin_sha256"), QStringLiteral("ca")};
    if (reader.mode() == spec::Mode::Run)
        keys << QStringLiteral("trusted");
    tlsReader.allowKeys(keys);
    spec.insecure = tlsReader.boolean(QStringLiteral("insecure")).value_or(false);
    if (const auto pin = tlsReader.text(QStringLiteral("pin_sha256"));
        pin && !tlsReader.deferred(QStringLiteral("pin_sha256"))) {
        spec.pinSha256 = pin->toLower().remove(u':').toLatin1();
        if (spec.pinSha256.size() != 64 || QByteArray::fromHex(spec.pinSha256).size() != 32
            || QByteArray::fromHex(spec.pinSha256).toHex() != spec.pinSha256)
            tlsReader.error(QStringLiteral("pin_sha256"), QStringLiteral("expected 64 hexadecimal digits"));
    }
    if (spec.insecure && tls->contains(QLatin1String("pin_sha256")))
        tlsReader.error(QStringLiteral("insecure"),
                        QStringLiteral("use either \"insecure\" or \"pin_sha256\": a pin already accepts its "
                                       "certificate"));
    spec.caFile = tlsReader.text(QStringLiteral("ca")).value_or(QString());
    for (const QString &each : tlsReader.stringList(QStringLiteral("trusted")).value_or(QStringList()))
        spec.trusted.append(QString(each).toLower().remove(u':').toLatin1());
}

} // namespace

HttpWorkflowTask::Spec HttpWorkflowTask::read(spec::Reader &reader)
{
    using spec::Need;
    Spec spec;
    // The workflow's own variables (extracted values, collected lists, each item as `as`)
    // are filled in as it runs: a value made of them is judged as it is, now as then.
    reader.setUnresolved(tasks::localNames(reader.object()));
    reader.allowKeys(tasks::detail::withCommonKeys(
        {QStringLiteral("base_url"), QStringLiteral("auth"), QStringLiteral("tls"), QStringLiteral("steps"),
         QStringLiteral("concurrency"), QStringLiteral("retries"), QStringLiteral("retry_delay_ms"),
         QStringLiteral("allow_plain_http_auth"), QStringLiteral("max_body_bytes")}));
    if (const auto base = reader.string(QStringLiteral("base_url"), Need::Required)) {
        spec.baseUrl = *base;
        if (!reader.deferred(QStringLiteral("base_url"))) {
            const QUrl url(*base);
            if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
                reader.error(QStringLiteral("base_url"),
                             QStringLiteral("\"%1\" is not an http:// or https:// URL").arg(*base));
        }
    }
    readAuth(reader, spec);
    spec.allowPlainHttpAuth = reader.boolean(QStringLiteral("allow_plain_http_auth")).value_or(false);
    readTls(reader, spec);
    spec.concurrency = int(reader.integer(QStringLiteral("concurrency"), 1, 64).value_or(4));
    spec.retries = int(reader.integer(QStringLiteral("retries"), 0, 10).value_or(3));
    // The delay doubles on each retry: at most a minute to start with, so ten retries stay
    // within a day.
    spec.retryDelayMs = int(reader.milliseconds(QStringLiteral("retry_delay_ms"), 0, 60000).value_or(500));
    spec.timeoutMs = tasks::detail::timeoutOf(reader, 30000);
    // What one answer may hold in memory: at most 1 GiB.
    spec.maxBodyBytes = reader.integer(QStringLiteral("max_body_bytes"), 1, qint64(1) << 30, Need::Optional, u"bytes")
                            .value_or(spec.maxBodyBytes);

    const auto steps = reader.array(QStringLiteral("steps"), Need::Required);
    if (steps && steps->isEmpty())
        reader.error(QStringLiteral("steps"), QStringLiteral("at least one step is needed"));
    QStringList lists; // what earlier steps collect or extract: what a foreach may walk
    QStringList names;
    for (qsizetype i = 0; steps && i < steps->size(); ++i) {
        const QString where = QStringLiteral("steps[%1]").arg(i);
        if (!steps->at(i).isObject()) {
            reader.error(where, QStringLiteral("expected a step object, got %1").arg(spec::describe(steps->at(i))));
            continue;
        }
        spec::Reader stepReader = reader.element(QStringLiteral("steps"), i, steps->at(i).toObject());
        Step step;
        step.name = stepReader.string(QStringLiteral("name")).value_or(where);
        // The state file records finished items by step name: two steps of one name would
        // take each other's items for done.
        if (names.contains(step.name))
            stepReader.error(QStringLiteral("name"),
                             QStringLiteral("another step is named \"%1\"; each step needs its own name, by which "
                                            "the workflow records its progress")
                                 .arg(step.name));
        names << step.name;
        step.hint = stepReader.text(QStringLiteral("hint")).value_or(QString());
        // A list (or value) named by foreach or only_if must come from an earlier step.
        const auto needList = [&](const QString &key, const QString &name) {
            if (name.isEmpty() || stepReader.deferredText(name) || lists.contains(name))
                return;
            stepReader.error(key,
                             lists.isEmpty() ? QStringLiteral("\"%1\" is not a list: no earlier step collects or "
                                                              "extracts one")
                                                   .arg(name)
                                             : QStringLiteral("\"%1\" is not a list an earlier step collects or "
                                                              "extracts (%2)")
                                                   .arg(name, lists.join(QStringLiteral(", "))));
        };
        step.onlyIf = stepReader.string(QStringLiteral("only_if")).value_or(QString());
        needList(QStringLiteral("only_if"), step.onlyIf);
        if (!stepReader.has(QStringLiteral("foreach"))) {
            stepReader.allowKeys(
                requestKeys() + QStringList{QStringLiteral("name"), QStringLiteral("hint"), QStringLiteral("only_if")});
            step.request = readRequest(stepReader);
            lists << step.request.collect << step.request.extract.keys();
            spec.steps << step;
            continue;
        }
        stepReader.allowKeys({QStringLiteral("name"), QStringLiteral("hint"), QStringLiteral("foreach"),
                              QStringLiteral("as"), QStringLiteral("key"), QStringLiteral("requests"),
                              QStringLiteral("max_failures"), QStringLiteral("unfinished"), QStringLiteral("only_if"),
                              QStringLiteral("log")});
        step.log = stepReader.text(QStringLiteral("log")).value_or(QString());
        // foreach and as: one name each, or lists of the same length (every combination).
        const auto listNames = [&](const QString &key) -> QStringList {
            const QJsonValue value = stepReader.object().value(key);
            if (value.isArray()) {
                QStringList out;
                for (const QJsonValue &each : value.toArray()) {
                    if (!each.isString() || each.toString().isEmpty())
                        stepReader.error(key,
                                         QStringLiteral("expected names of lists, got %1").arg(spec::describe(each)));
                    else
                        out << each.toString();
                }
                if (out.isEmpty())
                    stepReader.error(key, QStringLiteral("expected a name or a non-empty list of names"));
                return out;
            }
            if (value.isUndefined())
                return {};
            const auto one = stepReader.string(key);
            return one ? QStringList{*one} : QStringList{};
        };
        const QStringList walked = listNames(QStringLiteral("foreach"));
        QStringList as = listNames(QStringLiteral("as"));
        if (as.isEmpty() && walked.size() <= 1)
            as = {QStringLiteral("item")};
        if (!walked.isEmpty() && as.size() != walked.size())
            stepReader.error(QStringLiteral("as"),
                             QStringLiteral("the step walks %1 list(s), so it needs as many names in \"as\", got %2")
                                 .arg(walked.size())
                                 .arg(as.size()));
        for (const QString &list : walked)
            needList(QStringLiteral("foreach"), list);
        step.foreach = walked.value(0);
        step.as = as.value(0, QStringLiteral("item"));
        step.moreForeach = walked.mid(1);
        step.moreAs = as.mid(1);
        step.unfinished = stepReader.string(QStringLiteral("unfinished")).value_or(QString());
        step.key = stepReader.text(QStringLiteral("key")).value_or(QString());
        step.maxFailures = int(stepReader.integer(QStringLiteral("max_failures"), 1, 10000).value_or(3));
        if (const auto requests = stepReader.array(QStringLiteral("requests"), Need::Required)) {
            if (requests->isEmpty())
                stepReader.error(QStringLiteral("requests"), QStringLiteral("a foreach step needs requests"));
            for (qsizetype r = 0; r < requests->size(); ++r) {
                if (!requests->at(r).isObject()) {
                    stepReader.error(
                        QStringLiteral("requests[%1]").arg(r),
                        QStringLiteral("expected a request object, got %1").arg(spec::describe(requests->at(r))));
                    continue;
                }
                spec::Reader requestReader
                    = stepReader.element(QStringLiteral("requests"), r, requests->at(r).toObject());
                requestReader.allowKeys(requestKeys());
                step.requests << readRequest(requestReader);
            }
        }
        if (!step.unfinished.isEmpty()) {
            if (std::none_of(step.requests.cbegin(), step.requests.cend(),
                             [](const Request &request) { return !request.pollUntil.isEmpty(); }))
                stepReader.error(QStringLiteral("unfinished"),
                                 QStringLiteral("collects the items whose poll gave up, but no request of the step "
                                                "has \"poll\""));
            lists << step.unfinished;
        }
        spec.steps << step;
    }
    return spec;
}

std::expected<HttpWorkflowTask::Spec, QString> HttpWorkflowTask::parse(const QJsonObject &json)
{
    return tasks::detail::parseAtRunTime(json, &HttpWorkflowTask::read);
}

} // namespace uw
