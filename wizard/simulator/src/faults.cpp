#include "wizard/simulator/faults.h"

#include <QJsonValue>

namespace uw::sim {

const QList<FaultInfo> &knownFaults()
{
    static const QList<FaultInfo> faults{
        {QStringLiteral("sysupgrade.export"),
         {QStringLiteral("inconsistent-group")},
         Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                "export refuses an inconsistent group: \"Group 'X' (group-2) is inconsistent. Upgrade "
                                "requires all groups to be consistent.\""))},
        {QStringLiteral("sysupgrade.upgrade"),
         {QStringLiteral("license")},
         Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                "upgrade fails on the license: \"LicenseException ('License not found ...')\""))},
        {QStringLiteral("anm_host"),
         {QStringLiteral("not-first"), QStringLiteral("not-in-topology")},
         Text(QT_TRANSLATE_NOOP(
             "uw::Outcome",
             "the trainee is given a wrong --anm_host (the anm_host value): not-first names another node "
             "of the topology, so that export passes and apply fails with \"Node Manager error: Failed to "
             "sign CSR for service. None of the available Admin Node Managers have the domain private "
             "key\"; not-in-topology names the first node by a name the topology does not have, so that "
             "export fails with \"ERROR: Host 'X' is not a valid host in the topology. Retry with "
             "--anm_host <hostname>\" (with one node, not-first does the same)"))},
        {QStringLiteral("http.publish"),
         {QStringLiteral("500"), QStringLiteral("timeout")},
         Text(QT_TRANSLATE_NOOP(
             "uw::Outcome",
             "Cortex Gateway fails to publish packages (a web.config problem or unhealthy Application "
             "Services): HTTP 500, or no answer at all"))},
        {QStringLiteral("sf.delete"),
         {QStringLiteral("hang")},
         Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                "a Service Fabric application deletion does not finish until the code packages are "
                                "restarted on every node"))},
        {QStringLiteral("net.latency"),
         {QStringLiteral("MS")},
         Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                "a slow network: every simulated HTTP answer is delayed by MS milliseconds"))},
        {QStringLiteral("cassandra.port"),
         {QStringLiteral("closed")},
         Text(QT_TRANSLATE_NOOP(
             "uw::Outcome",
             "the Cassandra hosts' client port is closed (the firewall was not opened for the 7.7 client's "
             "native protocol port 9042)"))},
        {QStringLiteral("disk.full"),
         {QStringLiteral("on")},
         Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                "the disk fills up: simulated tools fail with \"No space left on device\""))},
        {QStringLiteral("kaazing.port"),
         {QStringLiteral("in-use")},
         Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                "something (an old KAAZING Gateway that did not stop) keeps the new Gateway's port "
                                "(kaazing_port) open, as two Gateways cannot share a host and port"))},
    };
    return faults;
}

std::expected<Faults, QString> Faults::parse(const QStringList &items)
{
    Faults faults;
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        const QString name = eq < 0 ? item : item.left(eq);
        const QString mode = eq < 0 ? QString() : item.mid(eq + 1);
        const FaultInfo *info = nullptr;
        QStringList names;
        for (const FaultInfo &known : knownFaults()) {
            names << known.name;
            if (known.name == name)
                info = &known;
        }
        if (!info)
            return std::unexpected(QStringLiteral("--fault: unknown fault '%1'; the faults are %2 "
                                                  "(see 'upgrade-wizard simulator --list-faults')")
                                       .arg(name, names.join(QStringLiteral(", "))));
        if (info->modes == QStringList{QStringLiteral("MS")}) {
            bool ok = false;
            const int ms = mode.toInt(&ok);
            if (!ok || ms < 0 || ms > 600000)
                return std::unexpected(
                    QStringLiteral("--fault %1: expected a number of milliseconds (0 to 600000), got '%2'")
                        .arg(name, mode));
        } else if (mode.isEmpty() && info->modes.size() == 1) {
            faults.m_modes.insert(name, info->modes.first());
            continue;
        } else if (!info->modes.contains(mode)) {
            return std::unexpected(QStringLiteral("--fault %1: unknown mode '%2'; expected %3")
                                       .arg(name, mode, info->modes.join(QStringLiteral(" or "))));
        }
        faults.m_modes.insert(name, mode);
    }
    return faults;
}

int Faults::latencyMs() const
{
    return m_modes.value(QStringLiteral("net.latency")).toInt();
}

QStringList Faults::items() const
{
    QStringList list;
    for (auto it = m_modes.begin(); it != m_modes.end(); ++it)
        list << it.key() + u'=' + it.value();
    return list;
}

QJsonObject Faults::toJson() const
{
    QJsonObject json;
    for (auto it = m_modes.begin(); it != m_modes.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

Faults Faults::fromJson(const QJsonObject &json)
{
    Faults faults;
    for (auto it = json.begin(); it != json.end(); ++it)
        faults.m_modes.insert(it.key(), it.value().toString());
    return faults;
}

} // namespace uw::sim
