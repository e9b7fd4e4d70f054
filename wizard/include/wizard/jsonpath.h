#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <expected>

// Paths into JSON answers, as checks and HTTP workflows use them:
// "result.productVersion", "result.hosts[0].name", "items[*].status", "[0].id".
namespace uw::jsonpath {

struct JsonStep
{
    enum class Type { Key, Index, All };
    Type type = Type::Key;
    QString key;
    qsizetype index = 0;
};

struct JsonHit
{
    QString path; // where the value was found, e.g. items[3].status
    QJsonValue value;
};

std::expected<QList<JsonStep>, QString> parseJsonPath(const QString &path);
QList<JsonHit> selectJson(const QJsonValue &root, const QList<JsonStep> &steps);

// The first value at `path`, or Undefined when there is none or the path is not valid.
QJsonValue first(const QJsonValue &root, const QString &path);

} // namespace uw::jsonpath
