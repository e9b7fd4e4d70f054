#pragma once

#include "wizard/playbook/parameters.h"
#include "wizard/playbook/playbook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace uw {
class Plan;
}

namespace uw::pages {

// What TopologyView draws, worked out from a playbook's `nodes` parameters and their values,
// for any playbook. A nodes parameter whose entries name a `node` of another nodes parameter
// and carry a `group` (the Axway `instances`) is drawn inside those nodes, grouped; every
// other nodes parameter is a tier of node boxes.
struct Topology
{
    struct Node
    {
        QString name;
        QString host;
        QString role; // the role's id
        QString roleLabel; // the role's label from the playbook, else the id
        bool first = false; // the `first` attribute: this node goes first
    };

    // An entry placed inside a node of a tier (an API Gateway instance).
    struct Member
    {
        QString parameter; // the id of the nodes parameter it comes from
        QString name;
        QString host;
        QString roleLabel;
        QString group;
        QString node; // the name of the node it runs on
    };

    struct Tier
    {
        QString parameter; // the nodes parameter's id
        QString label; // its label
        QList<Node> nodes;
    };

    QList<Tier> tiers; // in the playbook's parameter order; empty parameters are left out
    QList<Member> members; // in their parameters' order
    QString memberLabel; // the label of the members' parameter ("API Gateway instances")
    QStringList groups; // the members' groups, in order of first appearance

    static Topology build(const uw::Playbook &playbook, const uw::ParameterValues &values);
    // From a plan: the nodes values are read back from its template values (`nodes[*].name`).
    static Topology fromPlan(const uw::Plan &plan);

    bool isEmpty() const { return tiers.isEmpty() && members.isEmpty(); }
    QList<Member> membersOf(const QString &nodeName) const;
    // The topology in sentences, for screen readers and the view's accessible description.
    QString summary() const;

    Q_DECLARE_TR_FUNCTIONS(Topology)
};

} // namespace uw::pages
