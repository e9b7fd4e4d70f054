#pragma once

#include "wizard/playbook/parameters.h"
#include "wizard/playbook/playbook.h"
#include "wizard/simulator/endpoint.h"
#include "wizard/simulator/faults.h"
#include "wizard/simulator/sandbox.h"

#include <QList>
#include <QObject>
#include <QString>

#include <expected>
#include <memory>

namespace uw::sim {

class HttpServices;

// The whole simulated environment of training mode: the sandbox's install trees and tools on
// disk, and the gateways' HTTP services on loopback, with the same faults switched on in both.
// `upgrade-wizard run --training` and `gui --training` start one in-process; `upgrade-wizard
// simulator` serves one for a classroom. The running environment is the on-demand library's
// (src/net/servedenvironment.h): start() loads it the first time (wizard/support/ondemand.h).
class TrainingEnvironment : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString root; // the sandbox; created (or laid out afresh) here
        Faults faults;
        QString address; // the IP address the services listen on; empty or "localhost": 127.0.0.1
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

    ~TrainingEnvironment() override;

    virtual const Sandbox &sandbox() const = 0;
    // The services themselves (wizard/simulator/httpservices.h), for the tests and the report.
    virtual HttpServices &services() = 0;
    virtual QList<Endpoint> endpoints() const = 0;

    // Values for the parameters training playbooks use (docs/training.md lists them):
    // where the simulated installations are, the services' URLs, credentials, the pinned
    // certificate fingerprint and the client certificate files. A playbook gets the ones it
    // declares.
    virtual ParameterValues parameters() const = 0;
    ParameterValues parametersFor(const Playbook &playbook) const;
    // The values that name the services' ports, which change each time the environment starts:
    // a resumed session takes these anew and keeps its own for the rest (the sandbox is the
    // same, and a value the trainee corrected, such as anm_host, stays corrected).
    static QStringList addressParameters();

protected:
    explicit TrainingEnvironment(QObject *parent = nullptr);
};

namespace detail {
// The on-demand library's start, which it registers as it is loaded.
using EnvironmentStarter
    = std::expected<std::unique_ptr<TrainingEnvironment>, QString> (*)(const TrainingEnvironment::Options &options);
EnvironmentStarter &environmentStarter();
} // namespace detail

} // namespace uw::sim
