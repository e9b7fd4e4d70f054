#pragma once

#include "wizard/simulator/httpservices.h"
#include "wizard/simulator/trainingenvironment.h"

#include <QList>
#include <QTcpServer>

namespace uw::sim {

// The training environment as the on-demand library runs it: the sandbox, the HTTP services, the
// Cassandra nodes' ports and the KAAZING Gateway's (wizard/simulator/trainingenvironment.h).
class ServedEnvironment final : public TrainingEnvironment
{
    Q_OBJECT
public:
    static std::expected<std::unique_ptr<TrainingEnvironment>, QString> start(const Options &options);

    const Sandbox &sandbox() const override { return m_sandbox; }
    HttpServices &services() override { return *m_services; }
    QList<Endpoint> endpoints() const override { return m_services->endpoints(); }
    ParameterValues parameters() const override;

private:
    QString anmHost() const;
    ServedEnvironment(Sandbox sandbox, std::unique_ptr<HttpServices> services);
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
