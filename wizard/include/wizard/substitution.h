#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

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

} // namespace uw::substitution
