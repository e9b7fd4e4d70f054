#pragma once

// Entries of the Axway playbook's `nodes` and `instances` parameters, for the tests that build
// an Axway plan from values of their own: the vendor's example domain, each machine at
// <name>.example (nodea.example, ...), the old installation 7.5.1 and the new one 7.7.

#include <QJsonObject>
#include <QString>

namespace uw::test {

// A node of the domain; `first` marks the first Admin Node Manager (role "anm").
inline QJsonObject axwayNode(const QString &name, const QString &role, bool first)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("host"), name.toLower() + QStringLiteral(".example")},
            {QStringLiteral("role"), role},
            {QStringLiteral("first"), first},
            {QStringLiteral("old_dir"), QStringLiteral("/opt/Axway-7.5.1/apigateway")},
            {QStringLiteral("new_dir"), QStringLiteral("/opt/Axway-7.7/apigateway")}};
}

// An API Gateway instance of `group`, running on the node named `on`.
inline QJsonObject axwayInstance(const QString &name, const QString &group, const QString &on)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("host"), on.toLower() + QStringLiteral(".example")},
            {QStringLiteral("role"), QStringLiteral("gateway")},
            {QStringLiteral("group"), group},
            {QStringLiteral("node"), on}};
}

} // namespace uw::test
