#include "wizard/support/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace uw::jsonpath {

namespace {

// "?name=='Group1'", "?name==Group1", "?port==8090"
std::expected<JsonStep, QString> parseFilter(const QString &inside)
{
    const qsizetype eq = inside.indexOf(QLatin1String("=="));
    const QString field = inside.mid(1, eq - 1).trimmed();
    if (eq < 0 || field.isEmpty())
        return std::unexpected(QStringLiteral("expected [?field==value], got \"[%1]\"").arg(inside));
    QString value = inside.mid(eq + 2).trimmed();
    if (value.size() >= 2 && (value.front() == u'\'' || value.front() == u'"') && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return JsonStep{JsonStep::Type::Filter, field, 0, value};
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    default:
        return {};
    }
}

} // namespace

// "result.productVersion", "result.hosts[0].name", "items[*].status", "[0].id"
std::expected<QList<JsonStep>, QString> parseJsonPath(const QString &path)
{
    if (path.isEmpty())
        return std::unexpected(QStringLiteral("empty path"));
    QList<JsonStep> steps;
    const qsizetype size = path.size();
    qsizetype i = 0;
    for (bool first = true;; first = false) {
        // A segment is a name with optional indexes; only the first may be indexes alone.
        const qsizetype start = i;
        while (i < size && path[i] != u'.' && path[i] != u'[' && path[i] != u']')
            ++i;
        if (i == start && !(first && i < size && path[i] == u'['))
            return std::unexpected(QStringLiteral("empty name at offset %1").arg(start));
        if (i > start)
            steps.append({JsonStep::Type::Key, path.mid(start, i - start), 0, {}});
        while (i < size && path[i] == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0)
                return std::unexpected(QStringLiteral("missing ']' after offset %1").arg(i));
            const QString inside = path.mid(i + 1, close - i - 1);
            bool ok = false;
            const qsizetype index = inside.toLongLong(&ok);
            if (inside.startsWith(u'?')) {
                auto filter = parseFilter(inside);
                if (!filter)
                    return std::unexpected(QStringLiteral("%1 at offset %2").arg(filter.error()).arg(i));
                steps.append(*filter);
            } else if (inside == QLatin1String("*"))
                steps.append({JsonStep::Type::All, {}, 0, {}});
            else if (ok && index >= 0 && inside.front().isDigit())
                steps.append({JsonStep::Type::Index, {}, index, {}});
            else
                return std::unexpected(QStringLiteral("expected an index or * inside [], got \"%1\" at offset %2")
                                           .arg(inside, QString::number(i)));
            i = close + 1;
        }
        if (i == size)
            return steps;
        if (path[i] != u'.')
            return std::unexpected(QStringLiteral("unexpected '%1' at offset %2").arg(path[i]).arg(i));
        ++i;
    }
}

QList<JsonHit> selectJson(const QJsonValue &root, const QList<JsonStep> &steps)
{
    QList<JsonHit> current{{QString(), root}};
    for (const JsonStep &step : steps) {
        QList<JsonHit> next;
        for (const JsonHit &hit : current) {
            if (step.type == JsonStep::Type::Key) {
                const QJsonObject object = hit.value.toObject();
                if (hit.value.isObject() && object.contains(step.key))
                    next.append({hit.path.isEmpty() ? step.key : hit.path + u'.' + step.key, object.value(step.key)});
                continue;
            }
            if (!hit.value.isArray())
                continue;
            const QJsonArray array = hit.value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                bool wanted = step.type == JsonStep::Type::All;
                if (step.type == JsonStep::Type::Index)
                    wanted = step.index == i;
                if (step.type == JsonStep::Type::Filter) {
                    const QJsonValue field = array.at(i).toObject().value(step.key);
                    wanted = !field.isUndefined() && !field.isNull() && jsonText(field) == step.value;
                }
                if (wanted)
                    next.append({QStringLiteral("%1[%2]").arg(hit.path).arg(i), array.at(i)});
            }
        }
        current = next;
    }
    return current;
}

QJsonValue first(const QJsonValue &root, const QString &path)
{
    auto steps = parseJsonPath(path);
    if (!steps)
        return QJsonValue(QJsonValue::Undefined);
    const QList<JsonHit> hits = selectJson(root, *steps);
    return hits.isEmpty() ? QJsonValue(QJsonValue::Undefined) : hits.first().value;
}

} // namespace uw::jsonpath
