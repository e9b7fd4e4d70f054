#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <expected>

// Paths into JSON answers, as checks and HTTP workflows use them:
// "result.productVersion", "result.hosts[0].name", "items[*].status", "[0].id", and filters
// that keep the array elements whose field equals a text: "groups[?name=='Group1'].services"
// (quotes optional; numbers and booleans compare by their JSON text).
namespace uw::jsonpath {

struct JsonStep
{
    enum class Type { Key, Index, All, Filter };
    Type type = Type::Key;
    QString key; // Key: the name; Filter: the field
    qsizetype index = 0;
    QString value; // Filter: the text the field must equal
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
