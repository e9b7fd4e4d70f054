// The tasks part's network runners, registered as the on-demand library is loaded
// (wizard/support/ondemand.h, ../networkrunners.h).

#include "../networkrunners.h"
#include "wizard/support/ondemand.h"

#include <QTcpSocket>

namespace uw::detail {

namespace {

std::unique_ptr<TaskRunner> httpWorkflow(const HttpWorkflowTask::Spec &spec, const QString &stateFile)
{
    return std::make_unique<HttpWorkflowTask>(spec, stateFile);
}

QObject *probePort(QObject *parent, const QString &host, quint16 port, std::function<void()> connected)
{
    auto *socket = new QTcpSocket(parent);
    QObject::connect(socket, &QTcpSocket::connected, parent, [socket, connected = std::move(connected)] {
        connected();
        socket->abort();
        socket->deleteLater();
    });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->connectToHost(host, port);
    return socket;
}

[[maybe_unused]] const bool registered = [] {
    taskNetwork() = {&httpWorkflow, &probePort};
    ondemand::registerPart();
    return true;
}();

} // namespace

} // namespace uw::detail
