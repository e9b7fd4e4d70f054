#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpHeaders>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>

#include <expected>
#include <functional>
#include <map>
#include <optional>
#include <variant>

class QHttpServerRequest;

// The plumbing every simulated HTTP service shares: one listening port, a handler that turns a
// request into an answer, net.latency, requests held forever by a fault, and the counters.
namespace uw::sim::detail {

using Status = QHttpServerResponder::StatusCode;

struct Reply
{
    Status status = Status::Ok;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QHttpHeaders headers; // besides Content-Type and Content-Length

    static Reply json(const QJsonObject &object, Status status = Status::Ok);
    static Reply json(const QJsonArray &array, Status status = Status::Ok);
    static Reply html(const QString &page, Status status = Status::Ok);
    static Reply empty(Status status = Status::Ok);
};

// A hung server: the request is accepted and never answered, so the client's own timeout is
// what ends it.
struct Hold
{
};

using Outcome = std::variant<Reply, Hold>;

// The path split into decoded segments, without empty ones: "/api/packages/x" → {api, packages, x}.
QStringList pathSegments(const QHttpServerRequest &request);
QString methodName(const QHttpServerRequest &request);
// HTTP Basic: nothing when the credentials match, else a 401 asking for them in this realm.
std::optional<Reply> requireBasic(const QHttpServerRequest &request, const QString &user, const QString &password,
                                  const QString &realm);

// Tells the server about every accepted connection, so that a request held or delayed for a
// client that went away can be dropped instead of answered into a closed socket. (QSslServer
// has startedEncryptionHandshake for this; plain TCP needs this override.)
class WatchedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;
Q_SIGNALS:
    void accepted(QAbstractSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;
};

class SimServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<Outcome(const QHttpServerRequest &)>;

    SimServer(QString title, Handler handler, QObject *parent = nullptr);
    ~SimServer() override;

    // tls: nothing for plain HTTP. The error names the service, the address and the port.
    std::expected<quint16, QString> listen(const QHostAddress &address, quint16 port,
                                           const std::optional<QSslConfiguration> &tls);
    quint16 port() const { return m_port; }

    void setLatencyMs(int ms) { m_latencyMs = ms; }

    qint64 served() const { return m_served; }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    void resetStatistics();

Q_SIGNALS:
    void answered(const QString &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;

private:
    struct Pending
    {
        QHttpServerResponder responder;
        QString peer;
        QString method;
        QString path;
        std::optional<Reply> reply; // nothing: held for good
    };

    void watch(QAbstractSocket *socket);
    void dropPeer(const QString &peer);
    void deliver(quint64 id);
    void write(QHttpServerResponder &responder, const Reply &reply, const QString &method, const QString &path);

    QString m_title;
    Handler m_handler;
    quint16 m_port = 0;
    int m_latencyMs = 0;
    qint64 m_served = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    quint64 m_nextId = 0;
    // A responder points into its connection, which this server owns: they go first (see the
    // destructor). std::map because a responder can only be moved, never copied.
    std::map<quint64, Pending> m_pending;
};

} // namespace uw::sim::detail
