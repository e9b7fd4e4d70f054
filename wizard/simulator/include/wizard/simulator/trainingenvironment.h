#pragma once

#include "wizard/playbook/parameters.h"
#include "wizard/playbook/playbook.h"
#include "wizard/simulator/faults.h"
#include "wizard/simulator/httpservices.h"
#include "wizard/simulator/sandbox.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <expected>
#include <memory>

namespace uw::sim {

// The whole simulated environment of training mode: the sandbox's install trees and tools on
// disk, and the gateways' HTTP services on loopback, with the same faults switched on in both.
// `upgrade-wizard run --training` and `gui --training` start one in-process; `upgrade-wizard
// simulator` serves one for a classroom.
class TrainingEnvironment : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString root; // the sandbox; created (or laid out afresh) here
        Faults faults;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 basePort = 0; // 0: ephemeral ports
        QString toolPath; // uw-simtool; empty: Sandbox::defaultToolPath()
        bool reuse = false; // continue with the sandbox already in root (resuming a session)
        // The Axway nodes; empty: the seed's three (NodeA, NodeB, NodeC). One node makes the
        // single-node domain (a playbook's `topology` parameter set to `single` asks for it).
        QStringList nodes;
    };

    static std::expected<std::unique_ptr<TrainingEnvironment>, QString> start(const Options &options);

    // Options::nodes for a playbook: one node when its `topology` parameter is "single", else
    // empty (the seed's three). `topology` is the value the operator gave (--set, the answers
    // file, the form); empty means the playbook's default. A playbook without a `topology`
    // parameter gets the seed's domain. The headless runner and the wizard both decide here.
    static QStringList nodesFor(const Playbook &playbook, const QString &topology = {});

    const Sandbox &sandbox() const { return m_sandbox; }
    HttpServices &services() { return *m_services; }

    // Values for the parameters training playbooks use (docs/training.md lists them):
    // where the simulated installations are, the services' URLs, credentials, the pinned
    // certificate fingerprint and the client certificate files. A playbook gets the ones it
    // declares.
    ParameterValues parameters() const;
    ParameterValues parametersFor(const Playbook &playbook) const;
    // The values that name the services' ports, which change each time the environment starts:
    // a resumed session takes these anew and keeps its own for the rest (the sandbox is the
    // same, and a value the trainee corrected, such as anm_host, stays corrected).
    static QStringList addressParameters();

private:
    QString anmHost() const;
    TrainingEnvironment(Sandbox sandbox, std::unique_ptr<HttpServices> services);
    void keepPackageState(bool restore);
    std::expected<void, QString> startCassandra();
    void appendCortexParameters(ParameterValues &values) const;
    std::expected<void, QString> reserveKaazingPort(const Faults &faults);

    Sandbox m_sandbox;
    std::unique_ptr<HttpServices> m_services;
    // The external Cassandra cluster: one node per Axway node, as in the seed's sample, each a
    // listening socket standing in for the native protocol port (9042 in real life).
    QList<QTcpServer *> m_cassandra;
    QList<quint16> m_cassandraPorts;
    quint16 m_kaazingPort = 0; // the new KAAZING Gateway's port (kaazing_port)
};

} // namespace uw::sim
