#include "pages/widgets/topology.h"

#include "pages/widgets/playbooktext.h"
#include "wizard/playbook/plan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace uw::pages {

namespace {

QString roleLabel(const Parameter &parameter, const QString &role)
{
    for (const Choice &choice : parameter.roles)
        if (choice.value == role)
            return choice.label.isEmpty() ? role : playbookText(choice.label);
    return role;
}

bool isTrue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("1");
}

// A nodes parameter holds members when its entries carry `group` and `node` and at least one
// names a node of another parameter: the declared attributes alone could be a coincidence.
bool declaresMembers(const Parameter &parameter)
{
    bool group = false, node = false;
    for (const NodeAttribute &attribute : parameter.attributes) {
        group = group || attribute.id == QLatin1String("group");
        node = node || attribute.id == QLatin1String("node");
    }
    return group && node;
}

} // namespace

Topology Topology::build(const Playbook &playbook, const ParameterValues &values)
{
    Topology topology;
    QList<const Parameter *> candidates;
    for (const Parameter &parameter : playbook.parameters) {
        if (parameter.type != Parameter::Type::Nodes)
            continue;
        const QJsonArray entries = values.value(parameter.id).toArray();
        if (entries.isEmpty())
            continue;
        if (declaresMembers(parameter)) {
            candidates << &parameter;
            continue;
        }
        Tier tier{parameter.id, parameter.label.isEmpty() ? parameter.id : playbookText(parameter.label), {}};
        for (const QJsonValue &entry : entries) {
            const QJsonObject object = entry.toObject();
            const QString role = object.value(QLatin1String("role")).toString();
            tier.nodes << Node{object.value(QLatin1String("name")).toString(),
                               object.value(QLatin1String("host")).toString(), role, roleLabel(parameter, role),
                               isTrue(object.value(QLatin1String("first")))};
        }
        topology.tiers << tier;
    }

    QSet<QString> nodeNames;
    for (const Tier &tier : std::as_const(topology.tiers))
        for (const Node &node : tier.nodes)
            nodeNames.insert(node.name);

    for (const Parameter *parameter : std::as_const(candidates)) {
        const QJsonArray entries = values.value(parameter->id).toArray();
        QList<Member> members;
        bool placed = false;
        for (const QJsonValue &entry : entries) {
            const QJsonObject object = entry.toObject();
            Member member{parameter->id,
                          object.value(QLatin1String("name")).toString(),
                          object.value(QLatin1String("host")).toString(),
                          roleLabel(*parameter, object.value(QLatin1String("role")).toString()),
                          object.value(QLatin1String("group")).toString(),
                          object.value(QLatin1String("node")).toString()};
            placed = placed || nodeNames.contains(member.node);
            members << member;
        }
        if (!placed || !topology.members.isEmpty()) {
            // Names no node we draw (or a second such parameter): an ordinary tier, so it is
            // still shown rather than lost.
            Tier tier{parameter->id, parameter->label.isEmpty() ? parameter->id : playbookText(parameter->label), {}};
            for (const Member &member : std::as_const(members))
                tier.nodes << Node{member.name, member.host, {}, member.roleLabel, false};
            topology.tiers << tier;
            continue;
        }
        topology.memberLabel = parameter->label.isEmpty() ? parameter->id : playbookText(parameter->label);
        for (const Member &member : std::as_const(members)) {
            if (!nodeNames.contains(member.node)) {
                // An entry on an unknown node: shown in a tier of its own, named after it.
                Tier *orphans = nullptr;
                for (Tier &tier : topology.tiers)
                    if (tier.parameter == parameter->id)
                        orphans = &tier;
                if (!orphans) {
                    topology.tiers << Tier{parameter->id, topology.memberLabel, {}};
                    orphans = &topology.tiers.last();
                }
                orphans->nodes << Node{member.name, member.host, {}, member.roleLabel, false};
                continue;
            }
            topology.members << member;
            if (!member.group.isEmpty() && !topology.groups.contains(member.group))
                topology.groups << member.group;
        }
    }
    return topology;
}

Topology Topology::fromPlan(const Plan &plan)
{
    return build(plan.playbook(), plan.parameters());
}

QList<Topology::Member> Topology::membersOf(const QString &nodeName) const
{
    QList<Member> result;
    for (const Member &member : members)
        if (member.node == nodeName)
            result << member;
    return result;
}

QString Topology::summary() const
{
    if (isEmpty())
        return tr("No nodes are given yet.");
    QStringList sentences;
    for (const Tier &tier : tiers) {
        QStringList nodes;
        for (const Node &node : tier.nodes) {
            QStringList details;
            if (!node.host.isEmpty())
                details << node.host;
            if (!node.roleLabel.isEmpty())
                details << node.roleLabel;
            if (node.first)
                details << tr("goes first");
            const QStringList here = [&] {
                QStringList names;
                for (const Member &member : membersOf(node.name))
                    names << member.name;
                return names;
            }();
            if (!here.isEmpty())
                details << tr("runs %1").arg(here.join(QLatin1String(", ")));
            nodes << (details.isEmpty() ? node.name
                                        : QStringLiteral("%1 (%2)").arg(node.name, details.join(QLatin1String("; "))));
        }
        sentences << tr("%1, %n node(s): %2.", nullptr, int(tier.nodes.size()))
                         .arg(tier.label, nodes.join(QLatin1String(", ")));
    }
    if (!members.isEmpty()) {
        QStringList groupTexts;
        for (const QString &group : groups) {
            QStringList names;
            for (const Member &member : members)
                if (member.group == group)
                    names << tr("%1 on %2").arg(member.name, member.node);
            groupTexts << tr("group %1: %2").arg(group, names.join(QLatin1String(", ")));
        }
        sentences << tr("%1, %n in total", nullptr, int(members.size())).arg(memberLabel)
                + (groups.isEmpty()
                       ? QString()
                       : tr(", in %n group(s): ", nullptr, int(groups.size())) + groupTexts.join(QLatin1String("; ")))
                + u'.';
    }
    return sentences.join(u' ');
}

} // namespace uw::pages
