#include "app/simulatorcommand.h"

#include "app/commandline.h"
#include "app/terminationsignals.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/simulator/faults.h"
#include "wizard/simulator/trainingenvironment.h"
#include "wizard/support/logformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace uw::app {

int listFaults()
{
    QString text;
    for (const sim::FaultInfo &fault : sim::knownFaults())
        text += QStringLiteral("%1=%2\n    %3\n").arg(fault.name, fault.modes.join(u'|'), fault.mimics.english());
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return ExitOk;
}

int runSimulator(const Options &options, TerminationSignals &termination)
{
    sim::TrainingEnvironment::Options trainingOptions;
    trainingOptions.root = QDir(options.rootDir).absolutePath();
    trainingOptions.faults = sim::Faults::parse(options.faults).value_or(sim::Faults());
    trainingOptions.address = options.listenHost;
    trainingOptions.basePort = options.listenPort;
    auto environment = sim::TrainingEnvironment::start(trainingOptions);
    if (!environment) {
        spdlog::error("cannot start the simulator: {}", environment.error());
        return ExitFailure;
    }
    // One file for every playbook of the class: each takes the values it declares ("shared").
    // It holds the training administrator's password, so it is private to the trainer's account,
    // which the participants' runs use (the sandbox's paths are on this machine).
    QJsonObject parameters;
    const ParameterValues values = (*environment)->parameters();
    for (auto it = values.begin(); it != values.end(); ++it)
        parameters.insert(it.key(), it.value());
    const QString answers = trainingOptions.root + QStringLiteral("/training-answers.json");
    QSaveFile file(answers);
    const QByteArray json
        = QJsonDocument(QJsonObject{{QStringLiteral("shared"), true}, {QStringLiteral("parameters"), parameters}})
              .toJson();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(json) != json.size() || !file.commit()) {
        spdlog::error("cannot write {}: {}", answers, file.errorString());
        return ExitFailure;
    }

    QStringList playbooks;
    for (const BundledPlaybook &playbook : bundledPlaybooks())
        if (playbook.forTraining)
            playbooks << playbook.id;
    QString text
        = QStringLiteral("Training simulator: sandbox in %1\n").arg(QDir::toNativeSeparators(trainingOptions.root));
    for (const sim::Endpoint &endpoint : (*environment)->endpoints())
        text += QStringLiteral("  %1  %2\n").arg(endpoint.name.leftJustified(14), endpoint.url);
    text += QStringLiteral("Faults: %1\n")
                .arg(options.faults.isEmpty() ? QStringLiteral("none") : options.faults.join(u' '));
    text += QStringLiteral("Participants run a playbook (%1) against it:\n"
                           "  upgrade-wizard run PLAYBOOK --answers %2\n"
                           "(add --confirm-all to sign off every manual step at once, as a demonstration)\n"
                           "Stop with Ctrl-C.\n")
                .arg(playbooks.join(QStringLiteral(", ")), QDir::toNativeSeparators(answers));
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);

    QObject::connect(&termination, &TerminationSignals::terminationRequested, qApp, [](int number) {
        spdlog::info("received signal {}; stopping the simulator", number);
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return ExitOk;
}

} // namespace uw::app
