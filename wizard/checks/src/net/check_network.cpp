// The runs of the checks over the network, "tcp-port" and "http", in the on-demand library
// (wizard/support/ondemand.h; their specs are read in ../check_network.cpp). Both run
// asynchronous Qt objects in an event loop on the calling (worker) thread, so that cancellation
// and timeouts are seen promptly.

#include "../check_network.h"
#include "wizard/support/ondemand.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#endif

namespace uw::checks::detail {

namespace {

using jsonpath::JsonHit;
using jsonpath::JsonStep;
using jsonpath::selectJson;

// --- tcp-port --------------------------------------------------------------------------------

// The address to bind for the "free" test, if `host` names this machine.
std::optional<QHostAddress> localAddress(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    const QHostAddress address(host);
    if (address.isNull())
        return std::nullopt;
    if (address.isLoopback() || QNetworkInterface::allAddresses().contains(address))
        return address;
    return std::nullopt;
}

Result runTcpPortNow(SpecReader &reader, const RunContext &context)
{
    const TcpPortSpec spec = parseTcpPort(reader);
    const QString target = QStringLiteral("%1:%2").arg(spec.host, QString::number(spec.port));
    const QString timeoutText = QString::number(context.timeout().count());
    QList<Text> evidence{
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "connecting to %1, timeout %2 ms"), target, timeoutText)};
    QJsonObject details{{QStringLiteral("host"), spec.host}, {QStringLiteral("port"), spec.port}};

    QTcpSocket socket;
    socket.connectToHost(spec.host, spec.port);
    const WaitEnd end = waitUntil(context, [&socket] {
        return socket.state() == QAbstractSocket::ConnectedState || socket.state() == QAbstractSocket::UnconnectedState;
    });
    if (end == WaitEnd::Cancelled) {
        socket.abort();
        return cancelledResult();
    }
    if (end == WaitEnd::TimedOut) {
        socket.abort();
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "no answer within %1 ms"), timeoutText));
        if (spec.expectOpen)
            return makeResult(
                Status::Fail,
                Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                       "No answer from %1 within %2 ms; is the service running, and does a "
                                       "firewall let the connection through?"),
                     target, timeoutText),
                evidence, details);
        return makeResult(
            Status::Error,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "Cannot tell whether %1 is free: no answer within %2 ms (a firewall may drop "
                                   "the connection)"),
                 target, timeoutText),
            evidence, details);
    }

    if (socket.state() == QAbstractSocket::ConnectedState) {
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "connected to %1 (%2) in %3 ms"), target,
                             socket.peerAddress().toString(), QString::number(context.elapsedMs())));
        socket.abort();
        details.insert(QStringLiteral("open"), true);
        if (spec.expectOpen)
            return makeResult(Status::Pass, Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 accepts connections"), target),
                              evidence, details);
        return makeResult(
            Status::Fail,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "Something listens on %1; stop it or choose another port"), target),
            evidence, details);
    }

    const QAbstractSocket::SocketError error = socket.error();
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "connection failed: %1"), socket.errorString()));
    if (error == QAbstractSocket::HostNotFoundError)
        return makeResult(
            Status::Error,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot resolve host %1: %2"), spec.host, socket.errorString()),
            evidence, details);
    details.insert(QStringLiteral("open"), false);
    if (spec.expectOpen) {
        const Text why = error == QAbstractSocket::ConnectionRefusedError
            ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "nothing listens there (connection refused)"))
            : Text::verbatim(socket.errorString());
        return makeResult(Status::Fail, Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot connect to %1: %2"), target, why),
                          evidence, details);
    }
    if (error != QAbstractSocket::ConnectionRefusedError)
        return makeResult(
            Status::Error,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot tell whether %1 is free: %2"), target, socket.errorString()),
            evidence, details);

    // Refused means no listener on that address; on this machine, binding the port also
    // catches a service that listens on another local address only.
    if (const auto address = localAddress(spec.host)) {
        QTcpServer server;
        if (server.listen(*address, spec.port)) {
            server.close();
            evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "bound %1 and released it"), target));
        } else if (server.serverError() == QAbstractSocket::AddressInUseError) {
            evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "cannot bind %1: %2"), target, server.errorString()));
            return makeResult(
                Status::Fail,
                Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                       "%1 is in use on this machine; stop what uses it or choose another port"),
                     target),
                evidence, details);
        } else {
            // Ports below 1024 need privileges to bind; refusal to connect is then the answer.
            evidence.append(
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not try to bind %1: %2"), target, server.errorString()));
        }
    }
    return makeResult(Status::Pass, Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is free"), target), evidence, details);
}

// --- http ------------------------------------------------------------------------------------

// Bodies are kept in memory to look into them; anything larger is not an admin API answer.
constexpr qint64 maxBodyBytes = 16 * 1024 * 1024;

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return describe(value);
}

// Quoted strings, so that "7" and 7 look different in evidence.
QString jsonLiteral(const QJsonValue &value)
{
    return value.isString() ? quoted(value.toString()) : jsonText(value);
}

// Replaces every occurrence of a secret in the result's texts: a server may echo what it was
// sent, and error strings may quote a request.
void redactSecrets(Result &result, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() < 3)
            continue; // replacing "a" everywhere would garble the text and reveal nothing
        result.summary.replaceInArgs(secret, QStringLiteral("***"));
        for (Text &line : result.evidence)
            line.replaceInArgs(secret, QStringLiteral("***"));
    }
}

#if QT_CONFIG(ssl)
QString fingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}
#endif

struct Exchange
{
    WaitEnd end = WaitEnd::Done;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QString reason;
    QByteArray body;
    bool tooLarge = false;
    bool pinMismatch = false;
    QString peerFingerprint;
    QStringList tlsErrors;
};

Exchange exchange(const HttpSpec &spec, const QUrl &url, const QByteArray &authorization, const RunContext &context)
{
    QNetworkAccessManager manager;
    // A check reports the answer it got; following a redirect would also carry credentials
    // to wherever it points.
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("upgrade-wizard"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
#if QT_CONFIG(ssl)
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (spec.insecure)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
#endif

    Exchange result;
    QNetworkReply *reply = spec.head ? manager.head(request) : manager.get(request);
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        result.body += reply->readAll();
        if (result.body.size() > maxBodyBytes) {
            result.tooLarge = true;
            reply->abort();
        }
    });
#if QT_CONFIG(ssl)
    const auto peerDigest = [reply](const QList<QSslError> &errors) {
        QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
        for (const QSslError &error : errors) {
            if (certificate.isNull())
                certificate = error.certificate();
        }
        return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
    };
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&, reply](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            result.tlsErrors.append(error.errorString());
        const QByteArray digest = peerDigest(errors);
        result.peerFingerprint = fingerprint(digest);
        if (spec.pin.isEmpty()) {
            if (!digest.isEmpty() && spec.trusted.contains(digest)) {
                result.tlsErrors.clear();
                reply->ignoreSslErrors();
            }
            return;
        }
        // The pin replaces the usual verification: exactly this certificate is trusted, even
        // self-signed or issued for another name.
        if (digest == spec.pin)
            reply->ignoreSslErrors();
        else
            result.pinMismatch = true;
    });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [&, reply] {
        if (spec.pin.isEmpty())
            return;
        // A certificate that verified normally must still be the pinned one.
        const QByteArray digest = peerDigest({});
        result.peerFingerprint = fingerprint(digest);
        if (digest != spec.pin) {
            result.pinMismatch = true;
            reply->abort();
        }
    });
#endif

    result.end = waitUntil(context, [reply] { return reply->isFinished(); });
    if (result.end != WaitEnd::Done)
        reply->abort();
    else if (reply->isOpen()) // an aborted reply (pin mismatch, too large) is closed
        result.body += reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    delete reply;
    return result;
}

Result judgeBody(const HttpSpec &spec, const Exchange &answer, QList<Text> evidence, QJsonObject details,
                 const QString &shownUrl)
{
    if (spec.jsonPath.isEmpty()) {
        if (spec.matches) {
            const QString body = QString::fromUtf8(answer.body);
            const QRegularExpressionMatch match = spec.matches->match(body);
            if (!match.hasMatch())
                return makeResult(Status::Fail,
                                  Text(QT_TRANSLATE_NOOP("uw::Outcome", "The answer from %1 does not match %2"),
                                       shownUrl, spec.matches->pattern()),
                                  evidence, details);
            evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "body matches: %1"), shortLine(match.captured(0))));
        }
        return makeResult(Status::Pass,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 answered %2 as expected"), shownUrl,
                               QString::number(answer.status)),
                          evidence, details);
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeResult(
            Status::Fail,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "The answer from %1 is not JSON (%2 at offset %3), so %4 cannot be read"),
                 shownUrl, parseError.errorString(), QString::number(parseError.offset), spec.jsonPathText),
            evidence, details);
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QList<JsonHit> hits = selectJson(root, spec.jsonPath);
    if (hits.isEmpty())
        return makeResult(
            Status::Fail,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "The answer from %1 has no %2"), shownUrl, spec.jsonPathText),
            evidence, details);

    constexpr qsizetype maxShown = 10;
    QJsonArray values;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        values.append(hits[i].value);
        if (i < maxShown)
            evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "json %1 = %2"), hits[i].path,
                                 shortLine(jsonLiteral(hits[i].value))));
    }
    if (hits.size() > maxShown)
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "... and %1 more values"), hits.size() - maxShown));
    details.insert(QStringLiteral("json"), hits.size() == 1 ? hits.first().value : QJsonValue(values));

    for (const JsonHit &hit : hits) {
        if (spec.equals && hit.value != *spec.equals)
            return makeResult(Status::Fail,
                              Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is %2, expected %3"), hit.path,
                                   shortLine(jsonLiteral(hit.value)), shortLine(jsonLiteral(*spec.equals))),
                              evidence, details);
        if (spec.matches && !spec.matches->match(jsonText(hit.value)).hasMatch())
            return makeResult(Status::Fail,
                              Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is %2, which does not match %3"), hit.path,
                                   shortLine(jsonLiteral(hit.value)), spec.matches->pattern()),
                              evidence, details);
    }
    const Text shown = hits.size() == 1
        ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is %2"), hits.first().path,
               shortLine(jsonLiteral(hits.first().value)))
        : Text(QT_TRANSLATE_NOOP("uw::Outcome", "all %1 values of %2 are as expected"), hits.size(), spec.jsonPathText);
    return makeResult(
        Status::Pass,
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 answered %2; %3"), shownUrl, QString::number(answer.status), shown),
        evidence, details);
}

Result runHttpNow(SpecReader &reader, const RunContext &context)
{
    HttpSpec spec = parseHttp(reader);
    // Credentials in the URL become an Authorization header, so that no request, error
    // message or log line carries them in the URL.
    QUrl url = spec.url;
    if (spec.authType.isEmpty() && !url.userName().isEmpty()) {
        spec.authType = QStringLiteral("basic");
        spec.username = url.userName();
        spec.password = url.password();
    }
    QStringList secrets{spec.password, spec.token, url.password()};
    url = url.adjusted(QUrl::RemoveUserInfo);
    const QString shownUrl = displayUrl(url);
    const QString method = spec.head ? QStringLiteral("HEAD") : QStringLiteral("GET");

    QByteArray authorization;
    QList<Text> evidence{Text(QT_TRANSLATE_NOOP("uw::Outcome", "request: %1 %2"), method, shownUrl)};
    // Basic and bearer credentials are readable by anyone on the path of a plain request.
    if (!spec.authType.isEmpty() && url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
        && !spec.allowPlainHttpAuth) {
        Result refused
            = makeResult(Status::Error,
                         Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                                "Refused to send the %1 credentials over plain http:// to %2: "
                                                "anyone on the network could read them. Use https://, or add "
                                                "\"allow_plain_http_auth\": true to the check if this network "
                                                "is trusted"),
                              spec.authType, url.host()),
                         evidence);
        redactSecrets(refused, secrets);
        return refused;
    }
    if (spec.authType == QLatin1String("basic")) {
        authorization = "Basic " + (spec.username + u':' + spec.password).toUtf8().toBase64();
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "authentication: basic, as user %1 (password not shown)"),
                             spec.username));
    } else if (spec.authType == QLatin1String("bearer")) {
        authorization = "Bearer " + spec.token.toUtf8();
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "authentication: bearer token (not shown)")));
    }
    // A server that echoes the header would otherwise put the encoded credentials in evidence.
    if (!authorization.isEmpty())
        secrets.append(QString::fromUtf8(authorization.mid(authorization.indexOf(' ') + 1)));
#if QT_CONFIG(ssl)
    if (!spec.pin.isEmpty())
        evidence.append(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "pinned certificate: SHA-256 %1"), fingerprint(spec.pin)));
    if (spec.insecure)
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "certificate verification: off (tls.insecure)")));
#else
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return makeResult(Status::Error,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "This build of the program has no TLS support")),
                          evidence);
#endif

    const Exchange answer = exchange(spec, url, authorization, context);
    const QString timeoutText = QString::number(context.timeout().count());
    QJsonObject details{{QStringLiteral("url"), shownUrl}};
    Result result;
    if (answer.end == WaitEnd::Cancelled) {
        result = cancelledResult();
    } else if (answer.end == WaitEnd::TimedOut) {
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "no complete answer within %1 ms"), timeoutText));
        result = makeResult(
            Status::Fail,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "No answer from %1 within %2 ms"), shownUrl, timeoutText), evidence,
            details);
    } else if (answer.pinMismatch) {
        evidence.append(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "server certificate: SHA-256 %1"), answer.peerFingerprint));
        result = makeResult(
            Status::Fail,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "The certificate of %1 is not the pinned one; if it was renewed, check it "
                                   "and pin its new fingerprint"),
                 url.host()),
            evidence, details);
    } else if (answer.tooLarge) {
        result = makeResult(
            Status::Error, Text(QT_TRANSLATE_NOOP("uw::Outcome", "The answer from %1 is larger than 16 MiB"), shownUrl),
            evidence, details);
    } else if (answer.status == 0) {
        // No HTTP answer at all: the request never got through.
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "error: %1"), answer.errorString));
        for (const QString &tlsError : answer.tlsErrors)
            evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "TLS: %1"), tlsError));
        if (answer.error == QNetworkReply::HostNotFoundError)
            result = makeResult(Status::Error,
                                Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot resolve host %1"), url.host()), evidence,
                                details);
        else if (!answer.tlsErrors.isEmpty() || answer.error == QNetworkReply::SslHandshakeFailedError) {
            // The fingerprint lets the operator check the certificate and trust it (the wizard
            // offers to, for the session) or pin it in the playbook.
            if (!answer.peerFingerprint.isEmpty())
                evidence.append(
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "server certificate: SHA-256 %1"), answer.peerFingerprint));
            result = makeResult(
                Status::Fail,
                Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                       "TLS verification of %1 failed: %2; fix the certificate or pin it with "
                                       "tls.pin_sha256"),
                     url.host(), answer.tlsErrors.value(0, answer.errorString)),
                evidence, details);
        } else
            result = makeResult(
                Status::Fail,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "No answer from %1: %2"), shownUrl, answer.errorString), evidence,
                details);
    } else {
        if (!spec.pin.isEmpty() && !answer.tlsErrors.isEmpty())
            evidence.append(
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "certificate accepted by its pinned fingerprint despite: %1"),
                     answer.tlsErrors.join(QStringLiteral("; "))));
        evidence.append(
            answer.reason.trimmed().isEmpty()
                ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "HTTP status: %1"), answer.status)
                : Text(QT_TRANSLATE_NOOP("uw::Outcome", "HTTP status: %1 %2"), answer.status, answer.reason.trimmed()));
        details.insert(QStringLiteral("status"), answer.status);
        if (answer.status != spec.expectStatus)
            result = makeResult(Status::Fail,
                                Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 %2 answered %3 %4, expected %5"), method,
                                     shownUrl, QString::number(answer.status), answer.reason,
                                     QString::number(spec.expectStatus)),
                                evidence, details);
        else
            result = judgeBody(spec, answer, evidence, details, shownUrl);
    }
    redactSecrets(result, secrets);
    return result;
}

// Runs as the library is loaded (or, where it is linked in, before main()).
[[maybe_unused]] const bool registered = [] {
    networkRuns() = {&runTcpPortNow, &runHttpNow};
    ondemand::registerPart();
    return true;
}();

} // namespace

} // namespace uw::checks::detail
