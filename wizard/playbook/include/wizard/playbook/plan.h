#pragma once

#include "wizard/playbook/parameters.h"
#include "wizard/playbook/playbook.h"
#include "wizard/support/text.h"

#include <QHash>
#include <QList>
#include <QString>

#include <expected>
#include <functional>
#include <memory>

namespace uw {

// One thing to do: an item, or one node's share of a foreach item.
struct Step
{
    QString key; // "backup", or "apply@NodeA" for a foreach item on node NodeA
    QString node; // the node's name, empty outside foreach
    int pageIndex = 0;
    const Item *item = nullptr;
    QHash<QString, QString> values; // everything ${...} and conditions may read here

    QString displayTitle() const; // the item's title, with " on NodeA" in foreach
};

// displayTitle() as a Text, to be shown in the wizard's language (the title is the playbook's).
Text titleText(const Step &step);

// The steps of a playbook for given parameters: `when` applied, foreach expanded in order
// (the `first` node leads). Built once when a session starts; it shares the playbook its
// steps point into.
class Plan
{
public:
    static std::expected<Plan, QStringList> build(std::shared_ptr<const Playbook> playbook,
                                                  const ParameterValues &parameters);

    const Playbook &playbook() const { return *m_playbook; }
    std::shared_ptr<const Playbook> sharedPlaybook() const { return m_playbook; }
    const QList<Step> &steps() const { return m_steps; }
    const Step *step(const QString &key) const;
    QList<const Step *> stepsOfPage(int pageIndex) const;
    QList<const Step *> stepsOfItem(const QString &itemId) const;
    // What a JSON template that is exactly one `${name}` becomes, typed (templateValues()).
    const ParameterValues &templateValues() const { return m_templateValues; }
    // The parameter values the plan was built for (nodes as lists of entries).
    const ParameterValues &parameters() const { return m_parameters; }

    // The steps that must be done before `key` may start, each with the reason; empty when
    // it may start now. `isDone` says whether a step is complete.
    struct Wait
    {
        const Step *step = nullptr;
        Text reason; // the playbook's order_reason, or one of ours
    };
    QList<Wait> waitsFor(const QString &key, const std::function<bool(const QString &)> &isDone) const;
    // The keys of the steps that must be done before `key` (directly).
    QStringList predecessors(const QString &key) const { return m_predecessors.value(key); }

private:
    std::shared_ptr<const Playbook> m_playbook;
    QList<Step> m_steps;
    ParameterValues m_templateValues;
    ParameterValues m_parameters;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QStringList> m_predecessors; // key -> keys that must be done first
    QHash<QString, Text> m_reasons; // "key<-predecessor" -> why
};

} // namespace uw
