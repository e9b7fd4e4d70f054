// The network kinds, "tcp-port" and "http", as the checks part knows them: their specs, read at
// load and at run time, and the runs, which are the on-demand library's (src/net/): a run loads
// it first (wizard/support/ondemand.h), so the program starts without QtNetwork.

#include "check_network.h"
#include "wizard/support/ondemand.h"

namespace uw::checks::detail {

using jsonpath::parseJsonPath;

namespace {

// The on-demand library could not be loaded: the check cannot be carried out, and says why.
Result unavailable(const Error &error)
{
    return makeResult(Status::Error,
                      Text(QT_TRANSLATE_NOOP("uw::Outcome", "cannot check over the network: %1"), error.toString()));
}

void parseAuth(SpecReader &reader, HttpSpec &spec)
{
    const auto auth = reader.object(QStringLiteral("auth"));
    if (!auth)
        return;
    SpecReader authReader = reader.child(QStringLiteral("auth"), *auth);
    const auto type = authReader.choice(QStringLiteral("type"), {QStringLiteral("basic"), QStringLiteral("bearer")},
                                        Need::Required);
    spec.authType = type.value_or(QString());
    if (type == QLatin1String("basic")) {
        authReader.allowKeys({QStringLiteral("type"), QStringLiteral("username"), QStringLiteral("password")});
        spec.username = authReader.string(QStringLiteral("username"), Need::Required).value_or(QString());
        spec.password = authReader.secret(QStringLiteral("password"), Need::Required).value_or(QString());
    } else if (type == QLatin1String("bearer")) {
        authReader.allowKeys({QStringLiteral("type"), QStringLiteral("token")});
        spec.token = authReader.secret(QStringLiteral("token"), Need::Required).value_or(QString());
    } else {
        authReader.allowKeys(
            {QStringLiteral("type"), QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("token")});
    }
}

void parseTls(SpecReader &reader, HttpSpec &spec)
{
    const auto tls = reader.object(QStringLiteral("tls"));
    if (!tls)
        return;
    SpecReader tlsReader = reader.child(QStringLiteral("tls"), *tls);
    // Certificates the operator looked at and trusted for this session: the engine adds them
    // when the step runs; a playbook pins a certificate with pin_sha256.
    QStringList tlsKeys{QStringLiteral("insecure"), QStringLiteral("pin_sha256")};
    if (reader.mode() == Mode::Run)
        tlsKeys << QStringLiteral("trusted");
    tlsReader.allowKeys(tlsKeys);
    for (const QString &each : tlsReader.stringList(QStringLiteral("trusted")).value_or(QStringList()))
        spec.trusted.append(QByteArray::fromHex(QString(each).remove(u':').toLatin1()));
    spec.insecure = tlsReader.boolean(QStringLiteral("insecure")).value_or(false);
    if (const auto pin = tlsReader.string(QStringLiteral("pin_sha256"));
        pin && !tlsReader.deferred(QStringLiteral("pin_sha256"))) {
        QString hex = *pin;
        hex.remove(u':').remove(u' ');
        const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
        static const QRegularExpression hexDigits(QStringLiteral("^[0-9A-Fa-f]{64}$"));
        if (!hexDigits.match(hex).hasMatch() || bytes.size() != 32)
            tlsReader.error(
                QStringLiteral("pin_sha256"),
                QStringLiteral("expected a SHA-256 fingerprint: 64 hex digits, optionally separated by ':', "
                               "got %1")
                    .arg(quoted(*pin)));
        else
            spec.pin = bytes;
    }
    if (spec.insecure && tls->contains(QLatin1String("pin_sha256")))
        tlsReader.error(
            QStringLiteral("insecure"),
            QStringLiteral("use either \"insecure\" or \"pin_sha256\": a pin already accepts its certificate"));
}

} // namespace

NetworkRuns &networkRuns()
{
    static NetworkRuns runs;
    return runs;
}

TcpPortSpec parseTcpPort(SpecReader &reader)
{
    TcpPortSpec spec;
    spec.host = reader.string(QStringLiteral("host"), Need::Required).value_or(QString());
    spec.port = quint16(reader.integer(QStringLiteral("port"), 1, 65535, Need::Required).value_or(0));
    spec.expectOpen
        = reader.choice(QStringLiteral("expect"), {QStringLiteral("open"), QStringLiteral("free")}, Need::Required)
        != QLatin1String("free");
    return spec;
}

HttpSpec parseHttp(SpecReader &reader)
{
    HttpSpec spec;
    if (const auto url = reader.string(QStringLiteral("url"), Need::Required);
        url && !reader.deferred(QStringLiteral("url"))) {
        spec.url = QUrl(url->trimmed(), QUrl::StrictMode);
        const QString scheme = spec.url.scheme().toLower();
        // The URL is not echoed: it may carry a password.
        if (!spec.url.isValid() || spec.url.host().isEmpty())
            reader.error(QStringLiteral("url"), QStringLiteral("expected an http:// or https:// URL with a host name"));
        else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            reader.error(QStringLiteral("url"),
                         QStringLiteral("expected an http:// or https:// URL, got scheme %1").arg(quoted(scheme)));
    }
    spec.head = reader.choice(QStringLiteral("method"), {QStringLiteral("GET"), QStringLiteral("HEAD")})
        == QLatin1String("HEAD");
    spec.expectStatus = int(reader.integer(QStringLiteral("expect_status"), 100, 599).value_or(200));
    if (const auto path = reader.string(QStringLiteral("json_path"));
        path && !reader.deferred(QStringLiteral("json_path"))) {
        spec.jsonPathText = *path;
        auto steps = parseJsonPath(*path);
        if (steps)
            spec.jsonPath = *steps;
        else
            reader.error(QStringLiteral("json_path"),
                         QStringLiteral("invalid JSON path %1: %2").arg(quoted(*path), steps.error()));
    }
    if (reader.has(QStringLiteral("equals"))) {
        // Each selected value is compared with `equals`; a list there would read as "one of"
        // to some and as "this whole array" to others, and an object rarely compares equal as
        // a whole, so only single values are taken.
        const QJsonValue equals = reader.object().value(QLatin1String("equals"));
        if (equals.isArray() || equals.isObject())
            reader.error(QStringLiteral("equals"),
                         QStringLiteral("expected a string, a number, true, false or null to compare each value "
                                        "json_path selects with, got %1; a path with [*] compares every element, "
                                        "and \"matches\" takes alternatives (\"^(UP|STARTING)$\")")
                             .arg(describe(equals)));
        else
            spec.equals = equals;
        if (!reader.has(QStringLiteral("json_path")))
            reader.error(QStringLiteral("equals"),
                         QStringLiteral("\"equals\" needs \"json_path\" to say what to compare"));
    }
    spec.matches = reader.regex(QStringLiteral("matches"));
    if (spec.head) {
        for (const QString &key : {QStringLiteral("json_path"), QStringLiteral("matches")}) {
            if (reader.has(key))
                reader.error(
                    key,
                    QStringLiteral("%1 needs \"method\": \"GET\"; an answer to HEAD has no body").arg(quoted(key)));
        }
    }
    parseAuth(reader, spec);
    parseTls(reader, spec);
    spec.allowPlainHttpAuth = reader.boolean(QStringLiteral("allow_plain_http_auth")).value_or(false);
    return spec;
}

void validateTcpPort(SpecReader &reader)
{
    parseTcpPort(reader);
}

void validateHttp(SpecReader &reader)
{
    parseHttp(reader);
}

Result runTcpPort(SpecReader &reader, const RunContext &context)
{
    if (auto loaded = ondemand::ensureLoaded(); !loaded)
        return unavailable(loaded.error());
    return networkRuns().tcpPort(reader, context);
}

Result runHttp(SpecReader &reader, const RunContext &context)
{
    if (auto loaded = ondemand::ensureLoaded(); !loaded)
        return unavailable(loaded.error());
    return networkRuns().http(reader, context);
}

} // namespace uw::checks::detail
