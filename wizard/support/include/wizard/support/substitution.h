#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <expected>

// `${name}` placeholders in playbook strings: ${install_dir}, ${node.host}, ${session.dir},
// ${timestamp}. `$${` stands for a literal `${`. Names are checked at load time, so at run
// time every name has a value.
namespace uw::substitution {

// The names used in `text`, in order; an error for an unterminated or empty placeholder.
std::expected<QStringList, QString> names(const QString &text);

// Replaces every placeholder with its value; a name without a value is left as it was.
QString apply(const QString &text, const QHash<QString, QString> &values);

// apply() on every string inside a JSON value (object keys are left alone).
QJsonValue apply(const QJsonValue &value, const QHash<QString, QString> &values);

// Whether the member `key` of an object is a JSON template: `body` (an http-workflow request's),
// or `value` beside `json` (a file-edit JSON edit).
bool isJsonTemplate(QStringView key, bool besideJson);

// The name when `text` is exactly one placeholder (`${name}`), else empty.
QString wholePlaceholder(const QString &text);

// apply() on a check or task spec, except that inside a JSON template a string that is exactly
// one placeholder named in `typed` becomes that value, with its JSON type: a port stays a
// number, `${app_servers[*].host}` becomes an array of strings.
QJsonValue applyToSpec(const QJsonValue &value, const QHash<QString, QString> &values,
                       const QHash<QString, QJsonValue> &typed);

} // namespace uw::substitution
