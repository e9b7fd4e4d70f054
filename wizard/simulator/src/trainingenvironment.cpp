#include "wizard/simulator/trainingenvironment.h"

#include "wizard/support/ondemand.h"

namespace uw::sim {

namespace detail {

EnvironmentStarter &environmentStarter()
{
    static EnvironmentStarter starter = nullptr;
    return starter;
}

} // namespace detail

TrainingEnvironment::TrainingEnvironment(QObject *parent)
    : QObject(parent)
{ }

TrainingEnvironment::~TrainingEnvironment() = default;

std::expected<std::unique_ptr<TrainingEnvironment>, QString> TrainingEnvironment::start(const Options &options)
{
    // The services are the on-demand library's, loaded now if this is the first use.
    if (auto loaded = ondemand::ensureLoaded(); !loaded)
        return std::unexpected(QStringLiteral("the training services: %1").arg(loaded.error().toString()));
    return detail::environmentStarter()(options);
}

QStringList TrainingEnvironment::nodesFor(const Playbook &playbook, const QString &topology)
{
    const Parameter *parameter = playbook.parameter(QStringLiteral("topology"));
    if (!parameter)
        return {};
    // As resolveParameters does: an empty value is no value, so the default applies.
    const QString value = topology.isEmpty() ? parameter->defaultValue.toString() : topology;
    return value == u"single" ? QStringList{Sandbox::defaultNodes().first()} : QStringList();
}

QStringList TrainingEnvironment::addressParameters()
{
    return {QStringLiteral("anm_url"),         QStringLiteral("apimanager_url"), QStringLiteral("cortex_url"),
            QStringLiteral("sf_url"),          QStringLiteral("kaazing_url"),    QStringLiteral("flowdebugger_sf_url"),
            QStringLiteral("cassandra_hosts"), QStringLiteral("app_servers"),    QStringLiteral("web_servers"),
            QStringLiteral("kaazing_port")};
}

ParameterValues TrainingEnvironment::parametersFor(const Playbook &playbook) const
{
    return valuesDeclaredBy(playbook, parameters());
}

} // namespace uw::sim
