#include "wizard/playbook/playbook.h"

namespace uw {

const Parameter *Playbook::parameter(const QString &parameterId) const
{
    for (const Parameter &p : parameters)
        if (p.id == parameterId)
            return &p;
    return nullptr;
}

const Item *Playbook::item(const QString &itemId) const
{
    for (const Page &page : pages)
        for (const Item &i : page.items)
            if (i.id == itemId)
                return &i;
    return nullptr;
}

QStringList Playbook::simulatedProducts()
{
    return {QStringLiteral("axway"), QStringLiteral("cortex"), QStringLiteral("kaazing")};
}

QString Foreach::countRule() const
{
    const auto count = [](int n) {
        return n == 1 ? QStringLiteral("one node") : QStringLiteral("%1 nodes").arg(n);
    };
    if (maxNodes < 0)
        return minNodes <= 0 ? QStringLiteral("any number of nodes")
                             : QStringLiteral("at least %1").arg(count(minNodes));
    if (minNodes == maxNodes)
        return QStringLiteral("exactly %1").arg(count(minNodes));
    if (minNodes <= 0)
        return QStringLiteral("at most %1").arg(count(maxNodes));
    return QStringLiteral("%1 to %2 nodes").arg(minNodes).arg(maxNodes);
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return QStringLiteral("blocker");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString itemTypeName(Item::Type type)
{
    switch (type) {
    case Item::Type::Confirm:
        return QStringLiteral("confirm");
    case Item::Type::Check:
        return QStringLiteral("check");
    case Item::Type::Task:
        return QStringLiteral("task");
    case Item::Type::Info:
        break;
    }
    return QStringLiteral("info");
}

QString parameterTypeName(Parameter::Type type)
{
    switch (type) {
    case Parameter::Type::String:
        return QStringLiteral("string");
    case Parameter::Type::Path:
        return QStringLiteral("path");
    case Parameter::Type::Directory:
        return QStringLiteral("directory");
    case Parameter::Type::Host:
        return QStringLiteral("host");
    case Parameter::Type::Port:
        return QStringLiteral("port");
    case Parameter::Type::Url:
        return QStringLiteral("url");
    case Parameter::Type::Choice:
        return QStringLiteral("choice");
    case Parameter::Type::Bool:
        return QStringLiteral("bool");
    case Parameter::Type::Secret:
        return QStringLiteral("secret");
    case Parameter::Type::Nodes:
        break;
    }
    return QStringLiteral("nodes");
}

} // namespace uw
