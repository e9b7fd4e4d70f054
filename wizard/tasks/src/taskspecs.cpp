#include "wizard/tasks/taskspecs.h"

#include "wizard/support/jsonpath.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace uw::tasks {

namespace {

enum class Kind { String, Number, Bool, StringList, StringMap, Object, Array, Any };

struct Field
{
    const char *key;
    Kind kind;
    bool required = false;
};

struct Schema
{
    const char *kind;
    QList<Field> fields;
};

// Keys every task accepts.
const QList<Field> kCommon{{"kind", Kind::String, true}, {"timeout_ms", Kind::Number}};

const QList<Schema> &schemas()
{
    static const QList<Schema> list{
        {"archive-backup",
         {{"source", Kind::String, true},
          {"archive", Kind::String, true},
          {"format", Kind::String},
          {"exclude", Kind::StringList},
          {"compression_level", Kind::Number}}},
        {"archive-extract",
         {{"archive", Kind::String, true}, {"destination", Kind::String, true}, {"strip_components", Kind::Number}}},
        {"command",
         {{"program", Kind::String, true},
          {"args", Kind::StringList},
          {"workdir", Kind::String},
          {"env", Kind::StringMap},
          {"remote", Kind::Bool},
          {"success_exit_codes", Kind::Array},
          {"progress_regex", Kind::String},
          {"fail_regex", Kind::String}}},
        {"copy",
         {{"from", Kind::String, true},
          {"to", Kind::String, true},
          {"overwrite", Kind::Bool},
          {"pattern", Kind::String}}},
        {"file-edit", {{"files", Kind::StringList, true}, {"edits", Kind::Array, true}, {"dry_run", Kind::Bool}}},
        {"http-workflow",
         {{"base_url", Kind::String, true},
          {"auth", Kind::Object},
          {"tls", Kind::Object},
          {"steps", Kind::Array, true},
          {"concurrency", Kind::Number},
          {"retries", Kind::Number},
          {"allow_plain_http_auth", Kind::Bool},
          {"max_body_bytes", Kind::Number}}},
    };
    return list;
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool isPlaceholder(const QJsonValue &value)
{
    return value.isString() && value.toString().contains(QLatin1String("${"));
}

std::optional<QString> mismatch(Kind kind, const QJsonValue &value)
{
    switch (kind) {
    case Kind::String:
        if (!value.isString())
            return QStringLiteral("expected a string, got %1").arg(typeOf(value));
        break;
    case Kind::Number:
        if (!value.isDouble() && !isPlaceholder(value))
            return QStringLiteral("expected a number, got %1").arg(typeOf(value));
        break;
    case Kind::Bool:
        if (!value.isBool() && !isPlaceholder(value))
            return QStringLiteral("expected true or false, got %1").arg(typeOf(value));
        break;
    case Kind::StringList: {
        if (!value.isArray())
            return QStringLiteral("expected an array of strings, got %1").arg(typeOf(value));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (!array.at(i).isString())
                return QStringLiteral("expected an array of strings, element %1 is a %2")
                    .arg(i)
                    .arg(typeOf(array.at(i)));
        break;
    }
    case Kind::StringMap: {
        if (!value.isObject())
            return QStringLiteral("expected an object of strings, got %1").arg(typeOf(value));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!it.value().isString())
                return QStringLiteral("expected an object of strings, \"%1\" is a %2")
                    .arg(it.key(), typeOf(it.value()));
        break;
    }
    case Kind::Object:
        if (!value.isObject())
            return QStringLiteral("expected an object, got %1").arg(typeOf(value));
        break;
    case Kind::Array:
        if (!value.isArray())
            return QStringLiteral("expected an array, got %1").arg(typeOf(value));
        break;
    case Kind::Any:
        break;
    }
    return std::nullopt;
}

void validateEdits(const QJsonArray &edits, QList<SpecError> &errors)
{
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const QString path = QStringLiteral("edits[%1]").arg(i);
        const QJsonObject edit = edits.at(i).toObject();
        if (!edits.at(i).isObject()) {
            errors.append(
                {path, QStringLiteral("expected an object with regex and replace, key and value, or json and value")});
            continue;
        }
        const bool byRegex = edit.contains(QLatin1String("regex"));
        const bool byKey = edit.contains(QLatin1String("key"));
        const bool byJson = edit.contains(QLatin1String("json"));
        if (int(byRegex) + int(byKey) + int(byJson) != 1) {
            errors.append({path, QStringLiteral("give either regex and replace, key and value, or json and value")});
            continue;
        }
        const QStringList allowed = byRegex ? QStringList{QStringLiteral("regex"), QStringLiteral("replace")}
            : byKey ? QStringList{QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("quote")}
                    : QStringList{QStringLiteral("json"), QStringLiteral("value")};
        for (auto it = edit.begin(); it != edit.end(); ++it)
            if (!allowed.contains(it.key()))
                errors.append(
                    {path + u'.' + it.key(),
                     QStringLiteral("unknown key; expected one of %1").arg(allowed.join(QStringLiteral(", ")))});
        // A JSON edit's value is any JSON (a template); the others are strings.
        for (const QString &key : allowed.mid(0, byJson ? 1 : 2))
            if (!edit.value(key).isString())
                errors.append(
                    {path + u'.' + key, QStringLiteral("expected a string, got %1").arg(typeOf(edit.value(key)))});
        if (byJson) {
            if (!edit.contains(QLatin1String("value")))
                errors.append({path, QStringLiteral("missing required key \"value\" (the new value, as JSON)")});
            const QJsonValue where = edit.value(QLatin1String("json"));
            if (where.isString() && !isPlaceholder(where)) {
                const auto steps = jsonpath::parseJsonPath(where.toString());
                if (!steps)
                    errors.append(
                        {path + QStringLiteral(".json"),
                         QStringLiteral("not a JSON path (such as \"Servers[0].Name\"): %1").arg(steps.error())});
                else if (std::any_of(steps->cbegin(), steps->cend(), [](const jsonpath::JsonStep &step) {
                             return step.type != jsonpath::JsonStep::Type::Key
                                 && step.type != jsonpath::JsonStep::Type::Index;
                         }))
                    errors.append({path + QStringLiteral(".json"),
                                   QStringLiteral("a JSON edit names one value by keys and indexes; [*] and [?...] "
                                                  "filters are not allowed")});
            }
        }
        if (byRegex && edit.value(QLatin1String("regex")).isString()
            && !isPlaceholder(edit.value(QLatin1String("regex")))) {
            const QRegularExpression re(edit.value(QLatin1String("regex")).toString());
            if (!re.isValid())
                errors.append({path + QStringLiteral(".regex"),
                               QStringLiteral("invalid regular expression: %1").arg(re.errorString())});
        }
    }
}

} // namespace

QStringList kinds()
{
    QStringList names;
    for (const Schema &schema : schemas())
        names << QLatin1String(schema.kind);
    return names;
}

QList<SpecError> validate(const QJsonObject &spec)
{
    QList<SpecError> errors;
    const QJsonValue kindValue = spec.value(QLatin1String("kind"));
    if (!kindValue.isString()) {
        errors.append({QString(),
                       kindValue.isUndefined() ? QStringLiteral("missing required key \"kind\"; expected one of %1")
                                                     .arg(kinds().join(QStringLiteral(", ")))
                                               : QStringLiteral("kind: expected a string")});
        return errors;
    }
    const auto schema = std::find_if(schemas().cbegin(), schemas().cend(),
                                     [&](const Schema &s) { return kindValue.toString() == QLatin1String(s.kind); });
    if (schema == schemas().cend()) {
        errors.append({QStringLiteral("kind"),
                       QStringLiteral("unknown task kind \"%1\"; expected one of %2")
                           .arg(kindValue.toString(), kinds().join(QStringLiteral(", ")))});
        return errors;
    }
    const QList<Field> fields = kCommon + schema->fields;
    QStringList allowed;
    for (const Field &field : fields)
        allowed << QLatin1String(field.key);
    for (auto it = spec.begin(); it != spec.end(); ++it)
        if (!allowed.contains(it.key()))
            errors.append({it.key(),
                           QStringLiteral("unknown key for a %1 task; expected one of %2")
                               .arg(kindValue.toString(), allowed.join(QStringLiteral(", ")))});
    for (const Field &field : fields) {
        const QString key = QLatin1String(field.key);
        const QJsonValue value = spec.value(key);
        if (value.isUndefined()) {
            if (field.required)
                errors.append(
                    {QString(),
                     QStringLiteral("missing required key \"%1\" for a %2 task").arg(key, kindValue.toString())});
            continue;
        }
        if (auto problem = mismatch(field.kind, value))
            errors.append({key, *problem});
    }
    if (kindValue.toString() == QLatin1String("file-edit") && spec.value(QLatin1String("edits")).isArray())
        validateEdits(spec.value(QLatin1String("edits")).toArray(), errors);
    if (kindValue.toString() == QLatin1String("archive-backup") && spec.value(QLatin1String("format")).isString()) {
        const QString format = spec.value(QLatin1String("format")).toString();
        if (format != QLatin1String("tar.gz") && format != QLatin1String("zip"))
            errors.append(
                {QStringLiteral("format"), QStringLiteral("expected one of tar.gz, zip, got \"%1\"").arg(format)});
    }
    if (spec.value(QLatin1String("ssh")).isObject()) {
        static const QStringList sshKeys{QStringLiteral("host"), QStringLiteral("user"), QStringLiteral("port"),
                                         QStringLiteral("identity"), QStringLiteral("known_hosts")};
        const QJsonObject ssh = spec.value(QLatin1String("ssh")).toObject();
        for (auto it = ssh.begin(); it != ssh.end(); ++it)
            if (!sshKeys.contains(it.key()))
                errors.append(
                    {QStringLiteral("ssh.") + it.key(),
                     QStringLiteral("unknown key; expected one of %1").arg(sshKeys.join(QStringLiteral(", ")))});
    }
    for (const char *key : {"progress_regex", "fail_regex"}) {
        const QJsonValue value = spec.value(QLatin1String(key));
        if (value.isString() && !isPlaceholder(value) && !QRegularExpression(value.toString()).isValid())
            errors.append({QLatin1String(key),
                           QStringLiteral("invalid regular expression: %1")
                               .arg(QRegularExpression(value.toString()).errorString())});
    }
    return errors;
}

QStringList localNames(const QJsonObject &spec)
{
    // An http workflow's requests may extract values, collect lists, and walk them with
    // `as`: ${pkg.id} reads a field of the current item ("pkg.*" allows any field).
    QStringList names;
    if (spec.value(QLatin1String("kind")).toString() != QLatin1String("http-workflow"))
        return names;
    const auto addRequest = [&names](const QJsonObject &request) {
        const QJsonObject extract = request.value(QLatin1String("extract")).toObject();
        for (auto it = extract.begin(); it != extract.end(); ++it)
            names << it.key() << it.key() + QStringLiteral(".*");
        const QString collect = request.value(QLatin1String("collect")).toString();
        if (!collect.isEmpty())
            names << collect;
    };
    for (const QJsonValue &stepValue : spec.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = stepValue.toObject();
        addRequest(step);
        if (step.contains(QLatin1String("foreach"))) {
            const QString as = step.value(QLatin1String("as")).toString(QStringLiteral("item"));
            names << as << as + QStringLiteral(".*");
        }
        for (const QJsonValue &request : step.value(QLatin1String("requests")).toArray())
            addRequest(request.toObject());
    }
    return names;
}

} // namespace uw::tasks
