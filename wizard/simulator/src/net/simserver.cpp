#include "simserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace uw::sim::detail {

namespace {

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

} // namespace

Reply Reply::json(const QJsonObject &object, Status status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {}};
}

Reply Reply::json(const QJsonArray &array, Status status)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {}};
}

Reply Reply::html(const QString &page, Status status)
{
    return {status, page.toUtf8(), QByteArrayLiteral("text/html; charset=utf-8"), {}};
}

Reply Reply::empty(Status status)
{
    return {status, {}, QByteArrayLiteral("application/json"), {}};
}

QStringList pathSegments(const QHttpServerRequest &request)
{
    return request.url().path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts);
}

QString methodName(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    switch (request.method()) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

std::optional<Reply> requireBasic(const QHttpServerRequest &request, const QString &user, const QString &password,
                                  const QString &realm)
{
    const QByteArray expected = "Basic " + (user + u':' + password).toUtf8().toBase64();
    if (request.headers().value(QHttpHeaders::WellKnownHeader::Authorization) == expected)
        return std::nullopt;
    Reply reply = Reply::json(QJsonObject{{QStringLiteral("error"),
                                           QStringLiteral("Authentication required: HTTP Basic with an "
                                                          "administrator's user name and password")}},
                              Status::Unauthorized);
    reply.headers.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate,
                         QStringLiteral("Basic realm=\"%1\"").arg(realm));
    return reply;
}

void WatchedTcpServer::incomingConnection(qintptr descriptor)
{
    // What QTcpServer does, plus the signal.
    auto socket = std::make_unique<QTcpSocket>(this);
    if (!socket->setSocketDescriptor(descriptor))
        return;
    Q_EMIT accepted(socket.get());
    addPendingConnection(socket.release());
}

SimServer::SimServer(QString title, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_title(std::move(title))
    , m_handler(std::move(handler))
{ }

SimServer::~SimServer()
{
    // A responder tells its connection when it goes; the connections are children of this
    // object and die in ~QObject, after this body. Held requests never get an answer.
    m_pending.clear();
}

std::expected<quint16, QString> SimServer::listen(const QHostAddress &address, quint16 port,
                                                  const std::optional<QSslConfiguration> &tls)
{
    std::unique_ptr<QTcpServer> server;
    if (tls) {
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(*tls);
        connect(ssl.get(), &QSslServer::startedEncryptionHandshake, this,
                [this](QSslSocket *socket) { watch(socket); });
        server = std::move(ssl);
    } else {
        auto tcp = std::make_unique<WatchedTcpServer>();
        connect(tcp.get(), &WatchedTcpServer::accepted, this, [this](QAbstractSocket *socket) { watch(socket); });
        server = std::move(tcp);
    }
    if (!server->listen(address, port))
        return std::unexpected(QStringLiteral("%1 cannot listen on %2 port %3: %4")
                                   .arg(m_title, address.toString(), QString::number(port), server->errorString()));
    m_port = server->serverPort();
    if (!bind(server.get()))
        return std::unexpected(QStringLiteral("%1 cannot serve HTTP on %2 port %3")
                                   .arg(m_title, address.toString(), QString::number(m_port)));
    server.release(); // bind() made it a child of this server
    return m_port;
}

void SimServer::resetStatistics()
{
    m_served = 0;
    m_maxInFlight = m_inFlight;
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QString method = methodName(request);
    const QString path = request.url().path();
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);

    Outcome outcome = m_handler(request);
    auto *reply = std::get_if<Reply>(&outcome);
    if (reply && m_latencyMs <= 0) {
        write(responder, *reply, method, path);
        return true;
    }

    // Delayed or held: the responder outlives this call, which QHttpServerResponder allows; the
    // connection reads no further request until it is answered or dropped.
    const quint64 id = ++m_nextId;
    std::optional<Reply> later;
    if (reply)
        later = std::move(*reply);
    const bool delayed = later.has_value();
    m_pending.emplace(id,
                      Pending{std::move(responder), peerKey(request.remoteAddress(), request.remotePort()), method,
                              path, std::move(later)});
    if (delayed)
        QTimer::singleShot(m_latencyMs, this, [this, id] { deliver(id); });
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    // Not reached: handleRequest() takes every request. Kept honest all the same.
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    write(responder, Reply::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("Not found")}}, Status::NotFound),
          methodName(request), request.url().path());
}

void SimServer::watch(QAbstractSocket *socket)
{
    const QString peer = peerKey(socket->peerAddress(), socket->peerPort());
    connect(socket, &QAbstractSocket::disconnected, this, [this, peer] { dropPeer(peer); });
}

void SimServer::dropPeer(const QString &peer)
{
    // The client gave up (its timeout, or it quit): nobody is waiting for these answers.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.peer == peer) {
            it = m_pending.erase(it);
            --m_inFlight;
        } else {
            ++it;
        }
    }
}

void SimServer::deliver(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->second.reply)
        return; // dropped meanwhile
    Pending pending = std::move(it->second);
    m_pending.erase(it);
    write(pending.responder, *pending.reply, pending.method, pending.path);
}

void SimServer::write(QHttpServerResponder &responder, const Reply &reply, const QString &method, const QString &path)
{
    QHttpHeaders headers = reply.headers;
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::ContentType, reply.contentType);
    responder.write(reply.body, headers, reply.status);
    --m_inFlight;
    ++m_served;
    Q_EMIT answered(method, path, int(reply.status));
}

} // namespace uw::sim::detail
