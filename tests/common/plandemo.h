#pragma once

// The plan of tests/wizard/report/data/plandemo.json (the test defines UW_PLAN_DEMO as its path)
// for nodes A and B: an info item, a sign-off of 2m, an http check without an estimate (basic
// auth with the password), a backup of 90s on each node, then an irreversible migration of 1h on
// each node after the backups (with the order's reason; the password in its arguments), and a
// title with a "%2" and markup in it.

#include "wizard/playbook/plan.h"
#include "wizard/playbook/playbookloader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <expected>

namespace uw::test {

inline std::expected<Plan, QString> planDemo(const QString &password)
{
    auto loaded = PlaybookLoader::loadFile(QStringLiteral(UW_PLAN_DEMO));
    if (!loaded)
        return std::unexpected(loaded.error().first().toString());
    auto playbook = std::make_shared<const Playbook>(std::move(*loaded));
    const auto node = [](const char *name, const char *host) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("host"), QLatin1String(host)},
                           {QStringLiteral("role"), QStringLiteral("gateway")}};
    };
    const ParameterValues given{{QStringLiteral("nodes"), QJsonArray{node("A", "a.example"), node("B", "b.example")}},
                                {QStringLiteral("password"), password}};
    auto values = resolveParameters(*playbook, given);
    if (!values)
        return std::unexpected(values.error().join(u'\n'));
    auto plan = Plan::build(playbook, *values);
    if (!plan)
        return std::unexpected(plan.error().join(u'\n'));
    return *plan;
}

} // namespace uw::test
