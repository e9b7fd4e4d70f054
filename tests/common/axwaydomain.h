#pragma once

// Entries of the Axway playbook's `nodes` and `instances` parameters, for the tests that build
// an Axway plan from values of their own: the vendor's example domain, each machine at
// <name>.example (nodea.example, ...), the old installation 7.5.1 and the new one 7.7.

#include "wizard/playbook/parameters.h"

#include <QJsonArray>
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

// An API Gateway instance of `group`, running on the node named `on`; `kps`: kpsadmin
// re-encrypts its group through it.
inline QJsonObject axwayInstance(const QString &name, const QString &group, const QString &on, bool kps = false)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("host"), on.toLower() + QStringLiteral(".example")},
            {QStringLiteral("role"), QStringLiteral("gateway")},
            {QStringLiteral("group"), group},
            {QStringLiteral("node"), on},
            {QStringLiteral("kps"), kps}};
}

// A Cassandra seed on `host`.
inline QJsonObject axwayCassandra(const QString &name, const QString &host)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("host"), host},
            {QStringLiteral("role"), QStringLiteral("seed")}};
}

// Values of every parameter of axway-upgrade for that domain: `topology` single or multi, its
// nodes, instances and Cassandra hosts; NodeA is the first Admin Node Manager, and the administrator's password is
// "s3cret".
inline ParameterValues axwayParameters(const QString &topology, const QJsonArray &nodes, const QJsonArray &instances,
                                       const QJsonArray &cassandra)
{
    return {
        {QStringLiteral("topology"), topology},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("instances"), instances},
        {QStringLiteral("anm_host"), QStringLiteral("NodeA")},
        {QStringLiteral("admin_user"), QStringLiteral("admin")},
        {QStringLiteral("admin_password"), QStringLiteral("s3cret")},
        {QStringLiteral("anm_url"), QStringLiteral("https://nodea.example:8090")},
        {QStringLiteral("apimanager_url"), QStringLiteral("https://nodea.example:8075")},
        {QStringLiteral("tls_pin"), QString(64, u'a')},
        {QStringLiteral("cassandra_hosts"), cassandra},
        {QStringLiteral("cass_host"), QStringLiteral("nodea.example")},
    };
}

} // namespace uw::test
