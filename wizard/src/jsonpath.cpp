#include "wizard/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace uw::jsonpath {

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
            steps.append({JsonStep::Type::Key, path.mid(start, i - start), 0});
        while (i < size && path[i] == u'[') {
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0)
                return std::unexpected(QStringLiteral("missing ']' after offset %1").arg(i));
            const QString inside = path.mid(i + 1, close - i - 1);
            bool ok = false;
            const qsizetype index = inside.toLongLong(&ok);
            if (inside == QLatin1String("*"))
                steps.append({JsonStep::Type::All, {}, 0});
            else if (ok && index >= 0 && inside.front().isDigit())
                steps.append({JsonStep::Type::Index, {}, index});
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
                if (step.type == JsonStep::Type::All || step.index == i)
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
