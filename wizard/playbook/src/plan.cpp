#include "wizard/playbook/plan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace uw {

QString Step::displayTitle() const
{
    return node.isEmpty() ? item->title : QStringLiteral("%1 on %2").arg(item->title, node);
}

Text titleText(const Step &step)
{
    const Text title = Text::fromPlaybook(step.item->title);
    return step.node.isEmpty() ? title : Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 on %2"), title, step.node);
}

std::expected<Plan, QStringList> Plan::build(std::shared_ptr<const Playbook> shared, const ParameterValues &parameters)
{
    QStringList errors;
    Plan plan;
    plan.m_playbook = std::move(shared);
    const Playbook &playbook = *plan.m_playbook;
    QHash<QString, QString> base = flattenParameters(playbook, parameters);
    plan.m_templateValues = uw::templateValues(playbook, parameters);
    plan.m_parameters = parameters;

    for (int p = 0; p < playbook.pages.size(); ++p) {
        for (const Item &item : playbook.pages.at(p).items) {
            if (item.when && !item.when->evaluate(base))
                continue;
            if (!item.foreach) {
                plan.m_steps.append({item.id, QString(), p, &item, base});
                continue;
            }
            // Expand over the nodes that pass `where`, the `first` one leading.
            const Foreach &each = *item.foreach;
            QList<Step> expanded;
            int firstIndex = -1;
            QStringList firstNames;
            for (const QJsonValue &nodeValue : parameters.value(each.nodes).toArray()) {
                const QJsonObject node = nodeValue.toObject();
                QHash<QString, QString> values = base;
                for (auto field = node.begin(); field != node.end(); ++field) {
                    const QJsonValue v = field.value();
                    values.insert(QStringLiteral("node.") + field.key(),
                                  v.isBool()         ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                      : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                                     : v.toString());
                }
                if (each.where && !each.where->evaluate(values))
                    continue;
                const QString name = node.value(QLatin1String("name")).toString();
                if (each.first && each.first->evaluate(values)) {
                    firstIndex = int(expanded.size());
                    firstNames << name;
                }
                expanded.append({item.id + u'@' + name, name, p, &item, values});
            }
            const int selected = int(expanded.size());
            if (selected < each.minNodes || (each.maxNodes >= 0 && selected > each.maxNodes)) {
                QStringList all;
                for (const QJsonValue &nodeValue : parameters.value(each.nodes).toArray()) {
                    const QJsonObject node = nodeValue.toObject();
                    const QString role = node.value(QLatin1String("role")).toString();
                    all << (role.isEmpty() ? node.value(QLatin1String("name")).toString()
                                           : QStringLiteral("%1 (role %2)")
                                                 .arg(node.value(QLatin1String("name")).toString(), role));
                }
                QStringList chosen;
                for (const Step &s : std::as_const(expanded))
                    chosen << s.node;
                errors << QStringLiteral("%1: runs on %2 of \"%3\", but %4 %5; the nodes are %6. Correct the "
                                         "nodes (or the playbook's foreach count, if the item may run on fewer)")
                              .arg(item.id, each.countRule(), each.nodes,
                                   each.where ? QStringLiteral("\"%1\"").arg(each.where->text())
                                              : QStringLiteral("the node list"),
                                   chosen.isEmpty() ? QStringLiteral("selects none")
                                                    : QStringLiteral("selects %1 (%2)")
                                                          .arg(chosen.size())
                                                          .arg(chosen.join(QStringLiteral(", "))),
                                   all.isEmpty() ? QStringLiteral("none") : all.join(QStringLiteral(", ")));
                continue;
            }
            if (each.first && firstNames.size() != 1) {
                errors << QStringLiteral("%1: exactly one node must match \"%2\" to go first, %3")
                              .arg(item.id, each.first->text(),
                                   firstNames.isEmpty() ? QStringLiteral("none does")
                                                        : QStringLiteral("%1 do (%2)")
                                                              .arg(firstNames.size())
                                                              .arg(firstNames.join(QStringLiteral(", "))));
                continue;
            }
            if (firstIndex > 0)
                expanded.move(firstIndex, 0);
            plan.m_steps.append(expanded);
        }
    }
    if (!errors.isEmpty())
        return std::unexpected(errors);

    for (qsizetype i = 0; i < plan.m_steps.size(); ++i)
        plan.m_index.insert(plan.m_steps.at(i).key, i);

    // Ordering: `after` (every step of those items), a leading `first` node, and sequential order.
    for (const Step &step : plan.m_steps) {
        const Item &item = *step.item;
        QStringList &before = plan.m_predecessors[step.key];
        const auto add = [&](const Step &other, const Text &reason) {
            if (!before.contains(other.key)) {
                before << other.key;
                plan.m_reasons.insert(step.key + QStringLiteral("<-") + other.key, reason);
            }
        };
        for (const QString &afterId : item.after) {
            for (const Step *other : plan.stepsOfItem(afterId))
                add(*other,
                    item.orderReason.isEmpty()
                        ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "\"%1\" must be done before \"%2\""), titleText(*other),
                               titleText(step))
                        : Text::fromPlaybook(item.orderReason));
        }
        if (item.foreach) {
            const QList<const Step *> siblings = plan.stepsOfItem(item.id);
            const qsizetype position = siblings.indexOf(&step);
            const auto &each = *item.foreach;
            if (position > 0 && each.sequential)
                add(*siblings.at(position - 1),
                    item.orderReason.isEmpty()
                        ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "\"%1\" runs on one node at a time, in order"),
                               Text::fromPlaybook(item.title))
                        : Text::fromPlaybook(item.orderReason));
            if (position > 0 && each.first)
                add(*siblings.first(),
                    item.orderReason.isEmpty()
                        ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "\"%1\" must be done on %2 first"),
                               Text::fromPlaybook(item.title), siblings.first()->node)
                        : Text::fromPlaybook(item.orderReason));
        }
    }
    return plan;
}

const Step *Plan::step(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? nullptr : &m_steps.at(*it);
}

QList<const Step *> Plan::stepsOfPage(int pageIndex) const
{
    QList<const Step *> result;
    for (const Step &step : m_steps)
        if (step.pageIndex == pageIndex)
            result << &step;
    return result;
}

QList<const Step *> Plan::stepsOfItem(const QString &itemId) const
{
    QList<const Step *> result;
    for (const Step &step : m_steps)
        if (step.item->id == itemId)
            result << &step;
    return result;
}

QList<Plan::Wait> Plan::waitsFor(const QString &key, const std::function<bool(const QString &)> &isDone) const
{
    QList<Wait> waits;
    for (const QString &other : m_predecessors.value(key)) {
        if (!isDone(other))
            waits.append({step(other), m_reasons.value(key + QStringLiteral("<-") + other)});
    }
    return waits;
}

} // namespace uw
