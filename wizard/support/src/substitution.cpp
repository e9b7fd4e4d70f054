#include "wizard/support/substitution.h"

#include <QJsonArray>
#include <QJsonObject>

namespace uw::substitution {

namespace {

// Walks `text`, calling onText for literal runs and onName for placeholders.
template<typename OnText, typename OnName>
std::expected<void, QString> scan(const QString &text, OnText onText, OnName onName)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const qsizetype dollar = text.indexOf(u'$', i);
        if (dollar < 0) {
            onText(QStringView(text).mid(i));
            break;
        }
        onText(QStringView(text).mid(i, dollar - i));
        if (QStringView(text).mid(dollar, 3) == u"$${") {
            onText(u"${");
            i = dollar + 3;
        } else if (QStringView(text).mid(dollar, 2) == u"${") {
            const qsizetype close = text.indexOf(u'}', dollar + 2);
            if (close < 0)
                return std::unexpected(QStringLiteral("unterminated '${' at character %1").arg(dollar + 1));
            const QString name = text.mid(dollar + 2, close - dollar - 2).trimmed();
            if (name.isEmpty())
                return std::unexpected(QStringLiteral("empty '${}' at character %1").arg(dollar + 1));
            onName(name);
            i = close + 1;
        } else {
            onText(u"$");
            i = dollar + 1;
        }
    }
    return {};
}

} // namespace

std::expected<QStringList, QString> names(const QString &text)
{
    QStringList result;
    auto scanned = scan(
        text, [](QStringView) {},
        [&](const QString &name) {
            if (!result.contains(name))
                result.append(name);
        });
    if (!scanned)
        return std::unexpected(scanned.error());
    return result;
}

QString apply(const QString &text, const QHash<QString, QString> &values)
{
    if (!text.contains(u'$'))
        return text;
    QString out;
    out.reserve(text.size());
    auto scanned = scan(
        text, [&](QStringView literal) { out += literal; },
        [&](const QString &name) {
            const auto it = values.constFind(name);
            out += it != values.constEnd() ? *it : QStringLiteral("${%1}").arg(name);
        });
    return scanned ? out : text;
}

QJsonValue apply(const QJsonValue &value, const QHash<QString, QString> &values)
{
    switch (value.type()) {
    case QJsonValue::String:
        return apply(value.toString(), values);
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &entry : value.toArray())
            out.append(apply(entry, values));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), apply(it.value(), values));
        return out;
    }
    default:
        return value;
    }
}

bool isJsonTemplate(QStringView key, bool besideJson)
{
    return key == u"body" || (besideJson && key == u"value");
}

QString wholePlaceholder(const QString &text)
{
    if (!text.startsWith(QLatin1String("${")) || !text.endsWith(u'}') || text.indexOf(u'}') != text.size() - 1)
        return {};
    return text.mid(2, text.size() - 3).trimmed();
}

namespace {

QJsonValue fill(const QJsonValue &value, const QHash<QString, QString> &values, const QHash<QString, QJsonValue> &typed,
                bool inTemplate)
{
    switch (value.type()) {
    case QJsonValue::String: {
        if (inTemplate) {
            const QString name = wholePlaceholder(value.toString());
            if (const auto it = typed.constFind(name); !name.isEmpty() && it != typed.constEnd())
                return *it;
        }
        return apply(value.toString(), values);
    }
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &entry : value.toArray())
            out.append(fill(entry, values, typed, inTemplate));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        const bool besideJson = object.contains(QLatin1String("json"));
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), fill(it.value(), values, typed, inTemplate || isJsonTemplate(it.key(), besideJson)));
        return out;
    }
    default:
        return value;
    }
}

} // namespace

QJsonValue applyToSpec(const QJsonValue &value, const QHash<QString, QString> &values,
                       const QHash<QString, QJsonValue> &typed)
{
    return fill(value, values, typed, false);
}

} // namespace uw::substitution
