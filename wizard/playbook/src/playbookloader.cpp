#include "wizard/playbook/playbookloader.h"

#include "wizard/checks/checks.h"
#include "wizard/playbook/parameters.h"
#include "wizard/support/json.h"
#include "wizard/support/paths.h"
#include "wizard/support/specreader.h"
#include "wizard/support/substitution.h"
#include "wizard/support/versionrange.h"
#include "wizard/tasks/taskspecs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace uw {

QString Diagnostic::toString() const
{
    QString text = file;
    if (line > 0)
        text += QStringLiteral(":%1:%2").arg(line).arg(column);
    text += isWarning ? QStringLiteral(": warning: ") : QStringLiteral(": error: ");
    if (!path.isEmpty())
        text += path + QStringLiteral(": ");
    return text + message;
}

const QStringList &PlaybookLoader::builtinNames()
{
    static const QStringList names{QStringLiteral("session.dir"), QStringLiteral("timestamp"),
                                   QStringLiteral("playbook.id"), QStringLiteral("app.path")};
    return names;
}

const QStringList &PlaybookLoader::nodeFields()
{
    static const QStringList names{QStringLiteral("name"), QStringLiteral("host"), QStringLiteral("role")};
    return names;
}

namespace {

using json::Value;
using Type = json::Value::Type;

const QRegularExpression &paramIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re;
}

const QRegularExpression &itemIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_-]*$"));
    return re;
}

QString quoted(const Value &value)
{
    switch (value.type()) {
    case Type::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case Type::Number:
        return QString::number(value.toNumber());
    case Type::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return Value::typeName(value.type());
    }
}

// The longest estimate: a week. An estimate says how long a step takes, manual ones included
// (waiting for a replication); beyond that it is a mistake in the unit.
constexpr qint64 kMaxEstimateSeconds = 7 * 24 * 3600;

// Parses durations like "90s", "5m", "1h30m" or a plain number of seconds, up to a week.
std::optional<int> parseDuration(const Value &value)
{
    if (value.isInteger())
        return value.toInteger() >= 0 && value.toInteger() <= kMaxEstimateSeconds
            ? std::optional(int(value.toInteger()))
            : std::nullopt;
    if (!value.isString())
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("^(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,9})s)?$"));
    const auto match = re.match(value.toString().trimmed());
    if (!match.hasMatch() || value.toString().trimmed().isEmpty())
        return std::nullopt;
    const qint64 seconds
        = match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60 + match.captured(3).toLongLong();
    return seconds <= kMaxEstimateSeconds ? std::optional(int(seconds)) : std::nullopt;
}

// The most nodes a count may name (foreach min/max, a nodes parameter's min_items): more than
// any domain has, so a larger number is a typo.
constexpr int kMaxNodes = 10000;

class Validator
{
public:
    explicit Validator(QString fileName)
        : m_file(std::move(fileName))
    { }

    Diagnostics diagnostics;

    void error(const json::Position &position, const QString &path, const QString &message)
    {
        diagnostics.append({m_file, position.line, position.column, path, message});
    }

    Diagnostics warnings;

    void warn(const json::Position &position, const QString &path, const QString &message)
    {
        warnings.append({m_file, position.line, position.column, path, message, true});
    }

    // Credentials (basic, bearer, or in the URL) that a literal http:// URL would send in the
    // clear, and TLS without certificate verification: allowed, but said. Placeholders are
    // judged at run time, where credentials over http:// are refused.
    void warnAboutTransport(const Value &value, const QString &path, bool credentials)
    {
        if (value.isArray()) {
            for (qsizetype i = 0; i < value.items().size(); ++i)
                warnAboutTransport(value.items().at(i), index(path, i), credentials);
            return;
        }
        if (!value.isObject())
            return;
        const Value *auth = value.member(QStringLiteral("auth"));
        if (auth && auth->isObject()) {
            const Value *type = auth->member(QStringLiteral("type"));
            credentials = credentials
                || (type && type->isString() && (type->toString() == u"basic" || type->toString() == u"bearer"));
        }
        const Value *allow = value.member(QStringLiteral("allow_plain_http_auth"));
        const bool allowed = allow && allow->isBool() && allow->toBool();
        for (const QString &key : {QStringLiteral("url"), QStringLiteral("base_url")}) {
            const Value *url = value.member(key);
            if (!url || !url->isString() || !url->toString().trimmed().startsWith(u"http://", Qt::CaseInsensitive))
                continue;
            if (!credentials && QUrl(url->toString().trimmed()).userInfo().isEmpty())
                continue;
            warn(url->position(), join(path, key),
                 allowed ? QStringLiteral("credentials go over plain http://, readable by anyone on the network "
                                          "(allowed here by \"allow_plain_http_auth\"); use https://")
                         : QStringLiteral("credentials would go over plain http://, readable by anyone on the "
                                          "network; at run time they are refused unless \"allow_plain_http_auth\": "
                                          "true. Use https://"));
        }
        if (const Value *tls = value.member(QStringLiteral("tls")); tls && tls->isObject()) {
            const Value *insecure = tls->member(QStringLiteral("insecure"));
            if (insecure && insecure->isBool() && insecure->toBool())
                warn(insecure->position(), join(join(path, QStringLiteral("tls")), QStringLiteral("insecure")),
                     QStringLiteral("certificate verification is off: anyone on the network could answer in the "
                                    "server's place, and the decision will say so; pin the certificate with "
                                    "\"pin_sha256\" instead"));
        }
        for (const json::Member &member : value.members())
            if (member.key != u"auth" && member.key != u"tls")
                warnAboutTransport(member.value, join(path, member.key), credentials);
    }

    // An object with exactly these keys allowed; reports unknown keys. Returns false if `value`
    // is not an object at all.
    bool expectObject(const Value &value, const QString &path, const QStringList &allowed)
    {
        if (!value.isObject()) {
            error(value.position(), path, QStringLiteral("expected an object, got %1").arg(quoted(value)));
            return false;
        }
        for (const json::Member &member : value.members()) {
            if (!allowed.contains(member.key))
                error(member.keyPosition, join(path, member.key),
                      QStringLiteral("unknown key; expected one of %1").arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString index(const QString &path, qsizetype i) { return path + QStringLiteral("[%1]").arg(i); }

    const Value *required(const Value &object, const QString &path, const QString &key)
    {
        const Value *value = object.member(key);
        if (!value)
            error(object.position(), path, QStringLiteral("missing required key \"%1\"").arg(key));
        return value;
    }

    std::optional<QString> string(const Value &object, const QString &path, const QString &key, bool isRequired,
                                  bool nonEmpty = true)
    {
        const Value *value = isRequired ? required(object, path, key) : object.member(key);
        if (!value)
            return std::nullopt;
        if (!value->isString()) {
            error(value->position(), join(path, key), QStringLiteral("expected a string, got %1").arg(quoted(*value)));
            return std::nullopt;
        }
        if (nonEmpty && value->toString().trimmed().isEmpty()) {
            error(value->position(), join(path, key), QStringLiteral("must not be empty"));
            return std::nullopt;
        }
        return value->toString();
    }

    std::optional<bool> boolean(const Value &object, const QString &path, const QString &key)
    {
        const Value *value = object.member(key);
        if (!value)
            return std::nullopt;
        if (!value->isBool()) {
            error(value->position(), join(path, key),
                  QStringLiteral("expected true or false, got %1").arg(quoted(*value)));
            return std::nullopt;
        }
        return value->toBool();
    }

    // A count or a bound: a whole number in the integer form, from min to max. `what` names it:
    // "a whole number of nodes", "a port number".
    std::optional<int> integer(const Value &object, const QString &path, const QString &key, int min, int max,
                               const QString &what)
    {
        const Value *value = object.member(key);
        if (!value)
            return std::nullopt;
        if (!value->isInteger() || value->toInteger() < min || value->toInteger() > max) {
            error(value->position(), join(path, key),
                  QStringLiteral("expected %1 from %2 to %3, got %4").arg(what).arg(min).arg(max).arg(quoted(*value)));
            return std::nullopt;
        }
        return int(value->toInteger());
    }

    template<typename Enum>
    std::optional<Enum> oneOf(const Value &object, const QString &path, const QString &key, bool isRequired,
                              const QList<std::pair<QString, Enum>> &options)
    {
        const Value *value = isRequired ? required(object, path, key) : object.member(key);
        if (!value)
            return std::nullopt;
        QStringList names;
        for (const auto &option : options) {
            if (value->isString() && value->toString() == option.first)
                return option.second;
            names << option.first;
        }
        error(value->position(), join(path, key),
              QStringLiteral("expected one of %1, got %2").arg(names.join(QStringLiteral(", ")), quoted(*value)));
        return std::nullopt;
    }

    // A foreach's count rule: "count" ("one", "at-least-one", "any") or "min"/"max", not both.
    // Without one, a blocker needs at least one node and anything else may have none.
    void nodeCount(const Value &foreach, const QString &path, Severity severity, Foreach &spec)
    {
        spec.minNodes = severity == Severity::Blocker ? 1 : 0;
        spec.maxNodes = -1;
        static const QList<std::pair<QString, std::pair<int, int>>> counts{{QStringLiteral("one"), {1, 1}},
                                                                           {QStringLiteral("at-least-one"), {1, -1}},
                                                                           {QStringLiteral("any"), {0, -1}}};
        const Value *min = foreach.member(QStringLiteral("min"));
        const Value *max = foreach.member(QStringLiteral("max"));
        if (const Value *count = foreach.member(QStringLiteral("count"))) {
            if (min || max)
                error(count->position(), join(path, QStringLiteral("count")),
                      QStringLiteral("give either \"count\" or \"min\"/\"max\", not both"));
            if (auto rule = oneOf(foreach, path, QStringLiteral("count"), false, counts))
                std::tie(spec.minNodes, spec.maxNodes) = *rule;
            return;
        }
        const auto bound = [&](const Value *value, const QString &key) -> std::optional<int> {
            if (!value)
                return std::nullopt;
            if (!value->isInteger() || value->toInteger() < 0 || value->toInteger() > kMaxNodes) {
                error(value->position(), join(path, key),
                      QStringLiteral("expected a whole number of nodes from 0 to %1, got %2")
                          .arg(kMaxNodes)
                          .arg(quoted(*value)));
                return std::nullopt;
            }
            return int(value->toInteger());
        };
        const auto low = bound(min, QStringLiteral("min"));
        const auto high = bound(max, QStringLiteral("max"));
        if (low)
            spec.minNodes = *low;
        if (high)
            spec.maxNodes = *high;
        if (low && high && *low > *high)
            error(min->position(), join(path, QStringLiteral("min")), QStringLiteral("min is greater than max"));
    }

    std::optional<Condition> condition(const Value &object, const QString &path, const QString &key,
                                       const QStringList &known, const QString &what)
    {
        const auto text = string(object, path, key, false);
        if (!text)
            return std::nullopt;
        const Value *value = object.member(key);
        auto parsed = Condition::parse(*text);
        if (!parsed) {
            // The column inside the string: +1 for the opening quote (valid for strings without escapes).
            json::Position position = value->position();
            position.column += 1 + parsed.error().offset;
            error(position, join(path, key), parsed.error().message);
            return std::nullopt;
        }
        bool ok = true;
        for (const QString &name : parsed->names()) {
            if (!known.contains(name)) {
                error(value->position(), join(path, key), QStringLiteral("unknown name '%1'; %2").arg(name, what));
                ok = false;
            }
        }
        return ok ? std::optional(*parsed) : std::nullopt;
    }

    // Relative paths from checks::validate ("rows[2].when.current") to a position in `root`.
    json::Position locate(const Value &root, const QString &relative)
    {
        const Value *current = &root;
        static const QRegularExpression segment(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
        auto it = segment.globalMatch(relative);
        while (it.hasNext()) {
            const auto match = it.next();
            const Value *next = nullptr;
            if (match.capturedLength(1) > 0)
                next = current->member(match.captured(1));
            else if (current->isArray() && match.captured(2).toLongLong() < current->items().size())
                next = &current->items().at(match.captured(2).toLongLong());
            if (!next)
                break;
            current = next;
        }
        return current->position();
    }

    // Every `${name}` in every string below `value` must be known. A list (`${nodes[*].host}`)
    // has a JSON value only as a whole JSON template, so it is allowed nowhere else.
    void checkSubstitutions(const Value &value, const QString &path, const QStringList &known, bool inTemplate = false)
    {
        switch (value.type()) {
        case Type::String: {
            const auto names = substitution::names(value.toString());
            if (!names) {
                error(value.position(), path, names.error());
                return;
            }
            for (const QString &name : *names) {
                const qsizetype dot = name.indexOf(u'.');
                const bool wildcard = dot > 0 && known.contains(name.left(dot) + QStringLiteral(".*"));
                if (!known.contains(name) && !wildcard) {
                    error(value.position(), path,
                          QStringLiteral("unknown name '${%1}'; use a parameter, %2")
                              .arg(name,
                                   QStringLiteral("node.<field> inside foreach, session.dir, timestamp, "
                                                  "playbook.id or app.path")));
                } else if (name.contains(QLatin1String("[*]"))
                           && (!inTemplate || substitution::wholePlaceholder(value.toString()) != name)) {
                    error(value.position(), path,
                          QStringLiteral("'${%1}' is a list: it may only be a whole string of a JSON template (a "
                                         "file-edit json edit's value, an http-workflow body)")
                              .arg(name));
                }
            }
            return;
        }
        case Type::Array:
            for (qsizetype i = 0; i < value.items().size(); ++i)
                checkSubstitutions(value.items().at(i), index(path, i), known, inTemplate);
            return;
        case Type::Object: {
            const bool besideJson = value.member(QStringLiteral("json")) != nullptr;
            for (const json::Member &member : value.members())
                checkSubstitutions(member.value, join(path, member.key), known,
                                   inTemplate || substitution::isJsonTemplate(member.key, besideJson));
            return;
        }
        default:
            return;
        }
    }

    // A remote command runs on its step's node: the engine gives ssh.host from the node inside a
    // foreach. Outside one, a command that is remote whatever the values say needs its own
    // host, or every run of it would fail to start.
    void remoteNeedsAHost(const Value &task, const QString &path, bool onNodes)
    {
        const Value *kind = task.member(QStringLiteral("kind"));
        const Value *remote = task.member(QStringLiteral("remote"));
        if (onNodes || !kind || kind->toString() != u"command" || !remote)
            return;
        bool alwaysRemote = remote->isBool() && remote->toBool();
        if (remote->isString() && !spec::hasPlaceholder(remote->toString()))
            alwaysRemote = spec::literal(remote->toString()).trimmed() == u"true";
        const Value *ssh = task.member(QStringLiteral("ssh"));
        const Value *host = ssh ? ssh->member(QStringLiteral("host")) : nullptr;
        if (alwaysRemote && (!host || !host->isString() || host->toString().trimmed().isEmpty()))
            error(remote->position(), join(path, QStringLiteral("remote")),
                  QStringLiteral("the command runs remotely, but outside a foreach it has no node to run on; give "
                                 "ssh.host, or run the item in a foreach over nodes"));
    }

    void reportSpecErrors(const QList<SpecError> &errors, const Value &spec, const QString &path)
    {
        for (const SpecError &e : errors)
            error(locate(spec, e.path), e.path.isEmpty() ? path : join(path, e.path), e.message);
    }

    Playbook validate(const Value &root);

private:
    void validateParameter(const Value &value, const QString &path, Parameter &parameter);
    void validateTraining(const Value &training);
    void validatePage(const Value &value, const QString &path, Page &page);
    void validateItem(const Value &value, const QString &path, Item &item);
    void resolveReferences(const Value &root);

    QString m_file;
    Playbook m_playbook;
    QSet<QString> m_itemIds;
    QStringList m_paramNames;
    QStringList m_nodeParams;
    QHash<QString, QStringList> m_nodeFieldsByParam;
};

const QList<std::pair<QString, Parameter::Type>> kParameterTypes{
    {QStringLiteral("string"), Parameter::Type::String},       {QStringLiteral("path"), Parameter::Type::Path},
    {QStringLiteral("directory"), Parameter::Type::Directory}, {QStringLiteral("host"), Parameter::Type::Host},
    {QStringLiteral("port"), Parameter::Type::Port},           {QStringLiteral("url"), Parameter::Type::Url},
    {QStringLiteral("choice"), Parameter::Type::Choice},       {QStringLiteral("bool"), Parameter::Type::Bool},
    {QStringLiteral("secret"), Parameter::Type::Secret},       {QStringLiteral("nodes"), Parameter::Type::Nodes}};

const QList<std::pair<QString, Severity>> kSeverities{{QStringLiteral("blocker"), Severity::Blocker},
                                                      {QStringLiteral("warning"), Severity::Warning},
                                                      {QStringLiteral("info"), Severity::Info}};

const QList<std::pair<QString, Item::Type>> kItemTypes{{QStringLiteral("confirm"), Item::Type::Confirm},
                                                       {QStringLiteral("check"), Item::Type::Check},
                                                       {QStringLiteral("task"), Item::Type::Task},
                                                       {QStringLiteral("info"), Item::Type::Info}};

// What training mode needs: the simulated products the playbook was written for. Without this
// section a playbook is not run in training mode at all (it would run its real commands).
void Validator::validateTraining(const Value &training)
{
    const QString path = QStringLiteral("training");
    if (!expectObject(training, path, {QStringLiteral("simulates")}))
        return;
    const Value *simulates = required(training, path, QStringLiteral("simulates"));
    if (!simulates)
        return;
    const QString spath = join(path, QStringLiteral("simulates"));
    const QStringList known = Playbook::simulatedProducts();
    if (!simulates->isArray()) {
        error(simulates->position(), spath,
              QStringLiteral("expected an array of simulated products (%1; [] for a playbook that changes nothing "
                             "outside its session folder), got %2")
                  .arg(known.join(QStringLiteral(", ")), quoted(*simulates)));
        return;
    }
    QStringList products;
    for (qsizetype i = 0; i < simulates->items().size(); ++i) {
        const Value &entry = simulates->items().at(i);
        if (!entry.isString() || !known.contains(entry.toString()))
            error(entry.position(), index(spath, i),
                  QStringLiteral("expected one of %1, got %2").arg(known.join(QStringLiteral(", ")), quoted(entry)));
        else if (products.contains(entry.toString()))
            error(entry.position(), index(spath, i), QStringLiteral("\"%1\" is named twice").arg(entry.toString()));
        else
            products << entry.toString();
    }
    m_playbook.training = products;
}

Playbook Validator::validate(const Value &root)
{
    m_playbook.fileName = m_file;
    if (!expectObject(root, QString(),
                      {QStringLiteral("schema"), QStringLiteral("id"), QStringLiteral("title"),
                       QStringLiteral("product"), QStringLiteral("from"), QStringLiteral("to"),
                       QStringLiteral("source"), QStringLiteral("description"), QStringLiteral("parameters"),
                       QStringLiteral("pages"), QStringLiteral("training")}))
        return m_playbook;

    if (const Value *schema = required(root, QString(), QStringLiteral("schema"))) {
        if (!schema->isInteger() || schema->toInteger() != 1)
            error(schema->position(), QStringLiteral("schema"),
                  QStringLiteral("expected 1 (the only schema this version reads), got %1").arg(quoted(*schema)));
    }
    if (auto id = string(root, QString(), QStringLiteral("id"), true)) {
        if (!itemIdPattern().match(*id).hasMatch())
            error(root.member(QStringLiteral("id"))->position(), QStringLiteral("id"),
                  QStringLiteral("\"%1\" is not a valid id; use lowercase letters, digits, '-' and '_', "
                                 "starting with a letter")
                      .arg(*id));
        m_playbook.id = *id;
    }
    m_playbook.title = string(root, QString(), QStringLiteral("title"), true).value_or(QString());
    m_playbook.product = string(root, QString(), QStringLiteral("product"), true).value_or(QString());
    m_playbook.description = string(root, QString(), QStringLiteral("description"), false).value_or(QString());

    if (const Value *from = required(root, QString(), QStringLiteral("from"))) {
        if (!from->isArray() || from->items().isEmpty()) {
            error(from->position(), QStringLiteral("from"),
                  QStringLiteral("expected a non-empty array of version patterns such as \"7.5.*\", got %1")
                      .arg(quoted(*from)));
        } else {
            for (qsizetype i = 0; i < from->items().size(); ++i) {
                const Value &pattern = from->items().at(i);
                const QString path = index(QStringLiteral("from"), i);
                if (!pattern.isString()) {
                    error(pattern.position(), path,
                          QStringLiteral("expected a version pattern, got %1").arg(quoted(pattern)));
                    continue;
                }
                if (auto range = VersionRange::parse(pattern.toString()); !range)
                    error(pattern.position(), path, range.error());
                else
                    m_playbook.from << pattern.toString();
            }
        }
    }
    if (auto to = string(root, QString(), QStringLiteral("to"), true)) {
        if (!Version::parse(*to))
            error(root.member(QStringLiteral("to"))->position(), QStringLiteral("to"),
                  QStringLiteral("expected a version such as \"7.7\", got \"%1\"").arg(*to));
        m_playbook.to = *to;
    }
    if (const Value *training = root.member(QStringLiteral("training")))
        validateTraining(*training);
    if (const Value *source = required(root, QString(), QStringLiteral("source"))) {
        if (expectObject(*source, QStringLiteral("source"),
                         {QStringLiteral("document"), QStringLiteral("url"), QStringLiteral("version")})) {
            m_playbook.sourceDocument
                = string(*source, QStringLiteral("source"), QStringLiteral("document"), true).value_or(QString());
            m_playbook.sourceUrl
                = string(*source, QStringLiteral("source"), QStringLiteral("url"), false).value_or(QString());
        }
    }

    // Parameters first: items refer to them.
    if (const Value *parameters = root.member(QStringLiteral("parameters"))) {
        if (!parameters->isArray()) {
            error(parameters->position(), QStringLiteral("parameters"),
                  QStringLiteral("expected an array, got %1").arg(quoted(*parameters)));
        } else {
            QHash<QString, json::Position> seen;
            for (qsizetype i = 0; i < parameters->items().size(); ++i) {
                Parameter parameter;
                const QString path = index(QStringLiteral("parameters"), i);
                validateParameter(parameters->items().at(i), path, parameter);
                if (parameter.id.isEmpty())
                    continue;
                if (seen.contains(parameter.id)) {
                    error(parameters->items().at(i).position(), path,
                          QStringLiteral("duplicate parameter id \"%1\" (first at line %2)")
                              .arg(parameter.id)
                              .arg(seen.value(parameter.id).line));
                    continue;
                }
                seen.insert(parameter.id, parameters->items().at(i).position());
                m_paramNames << parameter.id;
                if (parameter.type == Parameter::Type::Nodes) {
                    m_nodeParams << parameter.id;
                    QStringList fields = PlaybookLoader::nodeFields();
                    for (const NodeAttribute &attribute : parameter.attributes)
                        fields << attribute.id;
                    m_nodeFieldsByParam.insert(parameter.id, fields);
                }
                m_playbook.parameters << parameter;
            }
        }
    }

    if (const Value *pages = required(root, QString(), QStringLiteral("pages"))) {
        if (!pages->isArray() || pages->items().isEmpty()) {
            error(pages->position(), QStringLiteral("pages"),
                  QStringLiteral("expected a non-empty array of pages, got %1").arg(quoted(*pages)));
        } else {
            QSet<QString> pageIds;
            for (qsizetype i = 0; i < pages->items().size(); ++i) {
                Page page;
                const QString path = index(QStringLiteral("pages"), i);
                validatePage(pages->items().at(i), path, page);
                if (!page.id.isEmpty() && pageIds.contains(page.id))
                    error(pages->items().at(i).position(), path,
                          QStringLiteral("duplicate page id \"%1\"").arg(page.id));
                pageIds.insert(page.id);
                m_playbook.pages << page;
            }
            resolveReferences(root);
        }
    }
    return m_playbook;
}

void Validator::validateParameter(const Value &value, const QString &path, Parameter &parameter)
{
    if (!expectObject(value, path,
                      {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label"), QStringLiteral("help"),
                       QStringLiteral("required"), QStringLiteral("default"), QStringLiteral("validation"),
                       QStringLiteral("choices"), QStringLiteral("roles"), QStringLiteral("attributes"),
                       QStringLiteral("min_items")}))
        return;
    if (auto id = string(value, path, QStringLiteral("id"), true)) {
        if (!paramIdPattern().match(*id).hasMatch() || id->contains(u'.'))
            error(value.member(QStringLiteral("id"))->position(), join(path, QStringLiteral("id")),
                  QStringLiteral("\"%1\" is not a valid parameter id; use lowercase letters, digits and '_', "
                                 "starting with a letter")
                      .arg(*id));
        else
            parameter.id = *id;
    }
    if (auto type = oneOf(value, path, QStringLiteral("type"), true, kParameterTypes))
        parameter.type = *type;
    parameter.label = string(value, path, QStringLiteral("label"), true).value_or(QString());
    parameter.help = string(value, path, QStringLiteral("help"), false).value_or(QString());
    parameter.required = boolean(value, path, QStringLiteral("required")).value_or(false);

    const auto labelled = [&](const QString &key, QList<Choice> &out, const QString &valueKey) {
        const Value *list = value.member(key);
        if (!list)
            return;
        if (!list->isArray() || list->items().isEmpty()) {
            error(list->position(), join(path, key),
                  QStringLiteral("expected a non-empty array, got %1").arg(quoted(*list)));
            return;
        }
        for (qsizetype i = 0; i < list->items().size(); ++i) {
            const Value &entry = list->items().at(i);
            const QString entryPath = index(join(path, key), i);
            if (!expectObject(entry, entryPath, {valueKey, QStringLiteral("label")}))
                continue;
            Choice choice;
            choice.value = string(entry, entryPath, valueKey, true).value_or(QString());
            choice.label = string(entry, entryPath, QStringLiteral("label"), true).value_or(QString());
            if (std::any_of(out.cbegin(), out.cend(), [&](const Choice &c) { return c.value == choice.value; }))
                error(entry.position(), entryPath, QStringLiteral("duplicate %1 \"%2\"").arg(valueKey, choice.value));
            out << choice;
        }
    };
    labelled(QStringLiteral("choices"), parameter.choices, QStringLiteral("value"));
    labelled(QStringLiteral("roles"), parameter.roles, QStringLiteral("id"));

    const bool isChoice = parameter.type == Parameter::Type::Choice;
    const bool isNodes = parameter.type == Parameter::Type::Nodes;
    if (isChoice && parameter.choices.isEmpty() && !value.member(QStringLiteral("choices")))
        error(value.position(), path, QStringLiteral("missing required key \"choices\" for a choice parameter"));
    if (!isChoice && value.member(QStringLiteral("choices")))
        error(value.member(QStringLiteral("choices"))->position(), join(path, QStringLiteral("choices")),
              QStringLiteral("only a choice parameter has choices"));
    if (isNodes && parameter.roles.isEmpty() && !value.member(QStringLiteral("roles")))
        error(value.position(), path, QStringLiteral("missing required key \"roles\" for a nodes parameter"));
    for (const QString &key : {QStringLiteral("roles"), QStringLiteral("attributes"), QStringLiteral("min_items")}) {
        if (!isNodes && value.member(key))
            error(value.member(key)->position(), join(path, key),
                  QStringLiteral("only a nodes parameter has %1").arg(key));
    }
    if (auto minItems
        = integer(value, path, QStringLiteral("min_items"), 0, kMaxNodes, QStringLiteral("a whole number of nodes")))
        parameter.minItems = *minItems;

    if (const Value *attributes = value.member(QStringLiteral("attributes")); attributes && isNodes) {
        if (!attributes->isArray()) {
            error(attributes->position(), join(path, QStringLiteral("attributes")),
                  QStringLiteral("expected an array, got %1").arg(quoted(*attributes)));
        } else {
            for (qsizetype i = 0; i < attributes->items().size(); ++i) {
                const Value &entry = attributes->items().at(i);
                const QString entryPath = index(join(path, QStringLiteral("attributes")), i);
                if (!expectObject(entry, entryPath,
                                  {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label"),
                                   QStringLiteral("required"), QStringLiteral("default")}))
                    continue;
                NodeAttribute attribute;
                attribute.id = string(entry, entryPath, QStringLiteral("id"), true).value_or(QString());
                if (PlaybookLoader::nodeFields().contains(attribute.id)
                    || !paramIdPattern().match(attribute.id).hasMatch())
                    error(entry.position(), join(entryPath, QStringLiteral("id")),
                          QStringLiteral("\"%1\" cannot be an attribute id (name, host and role are built in; use "
                                         "lowercase letters, digits and '_')")
                              .arg(attribute.id));
                static const QList<std::pair<QString, QString>> attributeTypes{
                    {QStringLiteral("string"), QStringLiteral("string")},
                    {QStringLiteral("path"), QStringLiteral("path")},
                    {QStringLiteral("directory"), QStringLiteral("directory")},
                    {QStringLiteral("port"), QStringLiteral("port")},
                    {QStringLiteral("bool"), QStringLiteral("bool")}};
                attribute.type = oneOf(entry, entryPath, QStringLiteral("type"), false, attributeTypes)
                                     .value_or(QStringLiteral("string"));
                attribute.label = string(entry, entryPath, QStringLiteral("label"), true).value_or(QString());
                attribute.required = boolean(entry, entryPath, QStringLiteral("required")).value_or(false);
                if (const Value *def = entry.member(QStringLiteral("default"))) {
                    // Every node without the field takes the default: one the type refuses would
                    // stop every run.
                    if (auto checked = checkAttributeValue(attribute, def->toQJson()); !checked)
                        error(def->position(), join(entryPath, QStringLiteral("default")), checked.error());
                    else
                        attribute.defaultValue = def->toQJson();
                }
                parameter.attributes << attribute;
            }
        }
    }

    if (const Value *validation = value.member(QStringLiteral("validation"))) {
        const QString vpath = join(path, QStringLiteral("validation"));
        if (expectObject(*validation, vpath,
                         {QStringLiteral("regex"), QStringLiteral("must_exist"), QStringLiteral("min"),
                          QStringLiteral("max")})) {
            if (auto regex = string(*validation, vpath, QStringLiteral("regex"), false)) {
                const QRegularExpression re(*regex);
                if (!re.isValid())
                    error(validation->member(QStringLiteral("regex"))->position(), join(vpath, QStringLiteral("regex")),
                          QStringLiteral("invalid regular expression: %1").arg(re.errorString()));
                else
                    parameter.regex = *regex;
            }
            parameter.mustExist = boolean(*validation, vpath, QStringLiteral("must_exist")).value_or(false);
            if (parameter.mustExist && parameter.type != Parameter::Type::Path
                && parameter.type != Parameter::Type::Directory)
                error(validation->member(QStringLiteral("must_exist"))->position(),
                      join(vpath, QStringLiteral("must_exist")),
                      QStringLiteral("only path and directory parameters can be required to exist"));
            // Bounds of a port's value: the only type that has them.
            for (const QString &key : {QStringLiteral("min"), QStringLiteral("max")}) {
                if (validation->member(key) && parameter.type != Parameter::Type::Port)
                    error(validation->member(key)->position(), join(vpath, key),
                          QStringLiteral("only a port parameter has %1").arg(key));
            }
            if (auto min
                = integer(*validation, vpath, QStringLiteral("min"), 1, 65535, QStringLiteral("a port number")))
                parameter.min = *min;
            if (auto max
                = integer(*validation, vpath, QStringLiteral("max"), 1, 65535, QStringLiteral("a port number")))
                parameter.max = *max;
            if (parameter.min && parameter.max && *parameter.min > *parameter.max)
                error(validation->position(), vpath, QStringLiteral("min is greater than max"));
        }
    }

    if (const Value *def = value.member(QStringLiteral("default"))) {
        const QString dpath = join(path, QStringLiteral("default"));
        bool ok = true;
        switch (parameter.type) {
        case Parameter::Type::Bool:
            ok = def->isBool();
            break;
        case Parameter::Type::Port:
            ok = def->isInteger() && def->toInteger() >= 1 && def->toInteger() <= 65535;
            break;
        case Parameter::Type::Nodes:
            ok = def->isArray();
            break;
        case Parameter::Type::Secret:
            error(def->position(), dpath,
                  QStringLiteral("a secret cannot have a default: it would be stored in the playbook"));
            ok = true;
            break;
        case Parameter::Type::Choice:
            ok = def->isString()
                && std::any_of(parameter.choices.cbegin(), parameter.choices.cend(),
                               [&](const Choice &c) { return c.value == def->toString(); });
            break;
        default:
            ok = def->isString();
            break;
        }
        if (!ok) {
            error(def->position(), dpath,
                  QStringLiteral("%1 is not a valid default for a %2 parameter")
                      .arg(quoted(*def), parameterTypeName(parameter.type)));
        } else if (parameter.type != Parameter::Type::Secret) {
            // The default is checked as a value given at run time would be (roles of its nodes,
            // the validation regex, a host name, a URL), but for must_exist: the playbook is
            // loaded on any machine.
            if (auto checked = checkParameterValue(parameter, def->toQJson(), false); !checked) {
                for (const ValueProblem &e : checked.error())
                    error(locate(*def, e.path), e.path.isEmpty() ? dpath : dpath + e.path, e.message);
            } else {
                parameter.defaultValue = def->toQJson();
            }
        }
    }
}

void Validator::validatePage(const Value &value, const QString &path, Page &page)
{
    if (!expectObject(value, path,
                      {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("help"), QStringLiteral("items")}))
        return;
    page.id = string(value, path, QStringLiteral("id"), true).value_or(QString());
    page.title = string(value, path, QStringLiteral("title"), true).value_or(QString());
    page.help = string(value, path, QStringLiteral("help"), false).value_or(QString());
    const Value *items = required(value, path, QStringLiteral("items"));
    if (!items)
        return;
    if (!items->isArray() || items->items().isEmpty()) {
        error(items->position(), join(path, QStringLiteral("items")),
              QStringLiteral("expected a non-empty array of items, got %1").arg(quoted(*items)));
        return;
    }
    for (qsizetype i = 0; i < items->items().size(); ++i) {
        Item item;
        item.page = page.id;
        const QString itemPath = index(join(path, QStringLiteral("items")), i);
        validateItem(items->items().at(i), itemPath, item);
        if (!item.id.isEmpty()) {
            if (m_itemIds.contains(item.id))
                error(items->items().at(i).member(QStringLiteral("id"))->position(),
                      join(itemPath, QStringLiteral("id")),
                      QStringLiteral("duplicate item id \"%1\"; item ids are unique in the playbook").arg(item.id));
            m_itemIds.insert(item.id);
        }
        page.items << item;
    }
}

void Validator::validateItem(const Value &value, const QString &path, Item &item)
{
    if (!expectObject(value, path,
                      {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("help"),
                       QStringLiteral("severity"), QStringLiteral("when"), QStringLiteral("foreach"),
                       QStringLiteral("after"), QStringLiteral("order_reason"), QStringLiteral("remedy"),
                       QStringLiteral("estimate"), QStringLiteral("check"), QStringLiteral("task"),
                       QStringLiteral("waivable"), QStringLiteral("irreversible")}))
        return;
    if (auto id = string(value, path, QStringLiteral("id"), true)) {
        if (!itemIdPattern().match(*id).hasMatch())
            error(value.member(QStringLiteral("id"))->position(), join(path, QStringLiteral("id")),
                  QStringLiteral("\"%1\" is not a valid item id; use lowercase letters, digits, '-' and '_', "
                                 "starting with a letter")
                      .arg(*id));
        else
            item.id = *id;
    }
    const auto type = oneOf(value, path, QStringLiteral("type"), true, kItemTypes);
    if (type)
        item.type = *type;
    item.title = string(value, path, QStringLiteral("title"), true).value_or(QString());
    item.help = string(value, path, QStringLiteral("help"), type && *type != Item::Type::Info).value_or(QString());
    const bool infoItem = type && *type == Item::Type::Info;
    item.severity = oneOf(value, path, QStringLiteral("severity"), !infoItem, kSeverities).value_or(Severity::Info);
    item.orderReason = string(value, path, QStringLiteral("order_reason"), false).value_or(QString());
    item.remedy = string(value, path, QStringLiteral("remedy"), false).value_or(QString());
    item.waivable = boolean(value, path, QStringLiteral("waivable")).value_or(false);
    if (item.waivable && item.severity != Severity::Blocker)
        error(value.member(QStringLiteral("waivable"))->position(), join(path, QStringLiteral("waivable")),
              QStringLiteral("only a blocker can be waived; a warning or an info item is skipped without a waiver"));
    item.irreversible = boolean(value, path, QStringLiteral("irreversible")).value_or(false);
    if (item.irreversible && type && *type != Item::Type::Task)
        error(value.member(QStringLiteral("irreversible"))->position(), join(path, QStringLiteral("irreversible")),
              QStringLiteral("only a task changes something; a %1 cannot be irreversible (mark the task that makes "
                             "the change)")
                  .arg(itemTypeName(*type)));
    if (const Value *estimate = value.member(QStringLiteral("estimate"))) {
        if (auto seconds = parseDuration(*estimate))
            item.estimateSeconds = *seconds;
        else
            error(estimate->position(), join(path, QStringLiteral("estimate")),
                  QStringLiteral("expected a duration of at most a week (168h) such as \"90s\", \"5m\" or "
                                 "\"1h30m\", got %1")
                      .arg(quoted(*estimate)));
    }

    const QString paramHint = m_paramNames.isEmpty()
        ? QStringLiteral("the playbook has no parameters")
        : QStringLiteral("the parameters are %1").arg(m_paramNames.join(QStringLiteral(", ")));
    item.when = condition(value, path, QStringLiteral("when"), m_paramNames, paramHint);

    QStringList known = m_paramNames + PlaybookLoader::builtinNames();
    for (auto it = m_nodeFieldsByParam.cbegin(); it != m_nodeFieldsByParam.cend(); ++it)
        for (const QString &field : it.value())
            known << it.key() + QStringLiteral("[*].") + field;
    if (const Value *foreach = value.member(QStringLiteral("foreach"))) {
        const QString fpath = join(path, QStringLiteral("foreach"));
        if (expectObject(*foreach, fpath,
                         {QStringLiteral("nodes"), QStringLiteral("where"), QStringLiteral("first"),
                          QStringLiteral("order"), QStringLiteral("count"), QStringLiteral("min"),
                          QStringLiteral("max")})) {
            Foreach spec;
            if (auto nodes = string(*foreach, fpath, QStringLiteral("nodes"), true)) {
                if (!m_nodeParams.contains(*nodes)) {
                    error(foreach->member(QStringLiteral("nodes"))->position(), join(fpath, QStringLiteral("nodes")),
                          m_nodeParams.isEmpty()
                              ? QStringLiteral("\"%1\" is not a nodes parameter; the playbook has none").arg(*nodes)
                              : QStringLiteral("\"%1\" is not a nodes parameter; expected one of %2")
                                    .arg(*nodes, m_nodeParams.join(QStringLiteral(", "))));
                } else {
                    spec.nodes = *nodes;
                    for (const QString &field : m_nodeFieldsByParam.value(*nodes))
                        known << QStringLiteral("node.") + field;
                }
            }
            const QString nodeHint = QStringLiteral("use a parameter or node.<field>");
            spec.where = condition(*foreach, fpath, QStringLiteral("where"), known, nodeHint);
            spec.first = condition(*foreach, fpath, QStringLiteral("first"), known, nodeHint);
            static const QList<std::pair<QString, bool>> orders{{QStringLiteral("any"), false},
                                                                {QStringLiteral("sequential"), true}};
            spec.sequential = oneOf(*foreach, fpath, QStringLiteral("order"), false, orders).value_or(false);
            nodeCount(*foreach, fpath, item.severity, spec);
            item.foreach = spec;
        }
    }

    if (const Value *after = value.member(QStringLiteral("after"))) {
        if (!after->isArray()) {
            error(after->position(), join(path, QStringLiteral("after")),
                  QStringLiteral("expected an array of item ids, got %1").arg(quoted(*after)));
        } else {
            for (const Value &entry : after->items()) {
                if (entry.isString())
                    item.after << entry.toString();
                else
                    error(entry.position(), join(path, QStringLiteral("after")),
                          QStringLiteral("expected an item id, got %1").arg(quoted(entry)));
            }
        }
    }

    const Value *check = value.member(QStringLiteral("check"));
    const Value *task = value.member(QStringLiteral("task"));
    if (type && *type == Item::Type::Check) {
        if (!check) {
            error(value.position(), path, QStringLiteral("missing required key \"check\" for a check item"));
        } else if (check->isObject()) {
            item.spec = check->toQJson().toObject();
            reportSpecErrors(checks::validate(item.spec), *check, join(path, QStringLiteral("check")));
            warnAboutTransport(*check, join(path, QStringLiteral("check")), false);
            checkSubstitutions(*check, join(path, QStringLiteral("check")), known);
        } else {
            error(check->position(), join(path, QStringLiteral("check")),
                  QStringLiteral("expected an object, got %1").arg(quoted(*check)));
        }
    } else if (check && type) {
        error(check->position(), join(path, QStringLiteral("check")), QStringLiteral("only a check item has a check"));
    }
    if (type && *type == Item::Type::Task) {
        if (!task) {
            error(value.position(), path, QStringLiteral("missing required key \"task\" for a task item"));
        } else if (task->isObject()) {
            item.spec = task->toQJson().toObject();
            reportSpecErrors(tasks::validate(item.spec), *task, join(path, QStringLiteral("task")));
            remoteNeedsAHost(*task, join(path, QStringLiteral("task")), item.foreach.has_value());
            warnAboutTransport(*task, join(path, QStringLiteral("task")), false);
            checkSubstitutions(*task, join(path, QStringLiteral("task")), known + tasks::localNames(item.spec));
        } else {
            error(task->position(), join(path, QStringLiteral("task")),
                  QStringLiteral("expected an object, got %1").arg(quoted(*task)));
        }
    } else if (task && type) {
        error(task->position(), join(path, QStringLiteral("task")), QStringLiteral("only a task item has a task"));
    }
}

// `after` may only name items that exist and come earlier, so that walking the pages in order
// can always satisfy it.
void Validator::resolveReferences(const Value &root)
{
    QStringList seen;
    const Value *pages = root.member(QStringLiteral("pages"));
    for (qsizetype p = 0; p < m_playbook.pages.size(); ++p) {
        const Page &page = m_playbook.pages.at(p);
        for (qsizetype i = 0; i < page.items.size(); ++i) {
            const Item &item = page.items.at(i);
            const Value *itemValue
                = pages && p < pages->items().size() ? pages->items().at(p).member(QStringLiteral("items")) : nullptr;
            const Value *afterValue = itemValue && itemValue->isArray() && i < itemValue->items().size()
                ? itemValue->items().at(i).member(QStringLiteral("after"))
                : nullptr;
            for (qsizetype a = 0; a < item.after.size(); ++a) {
                const QString &ref = item.after.at(a);
                const json::Position position = afterValue && a < afterValue->items().size()
                    ? afterValue->items().at(a).position()
                    : json::Position{};
                const QString path = QStringLiteral("pages[%1].items[%2].after[%3]").arg(p).arg(i).arg(a);
                if (ref == item.id)
                    error(position, path, QStringLiteral("an item cannot wait for itself"));
                else if (!m_itemIds.contains(ref))
                    error(position, path, QStringLiteral("no item has the id \"%1\"").arg(ref));
                else if (!seen.contains(ref))
                    error(position, path,
                          QStringLiteral("\"%1\" comes later in the playbook; an item can only wait for earlier items")
                              .arg(ref));
            }
            seen << item.id;
        }
    }
}

} // namespace

std::expected<Playbook, Diagnostics> PlaybookLoader::loadData(const QByteArray &utf8, const QString &fileName)
{
    auto root = json::parse(utf8);
    if (!root)
        return std::unexpected(Diagnostics{
            {fileName, root.error().position.line, root.error().position.column, QString(), root.error().message}});
    Validator validator(fileName);
    Playbook playbook = validator.validate(*root);
    if (!validator.diagnostics.isEmpty()) {
        Diagnostics sorted = validator.diagnostics;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
        return std::unexpected(sorted);
    }
    for (const Diagnostic &warning : std::as_const(validator.warnings))
        playbook.warnings << warning.toString();
    return playbook;
}

std::expected<Playbook, Diagnostics> PlaybookLoader::loadFile(const QString &path)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.exists())
        return std::unexpected(Diagnostics{{shown, 0, 0, QString(), QStringLiteral("no such file")}});
    const QFileInfo info(path);
    if (info.isDir())
        return std::unexpected(
            Diagnostics{{shown, 0, 0, QString(), QStringLiteral("is a directory, not a playbook file")}});
    // A device, a FIFO or a socket is never a playbook: /dev/zero would be read until memory
    // runs out, and a FIFO would block until someone writes.
    if (!info.isFile())
        return std::unexpected(Diagnostics{
            {shown, 0, 0, QString(),
             QStringLiteral("not a regular file (a device, a FIFO or a socket); give the playbook's own file")}});
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Diagnostics{{shown, 0, 0, QString(), QStringLiteral("cannot read: %1").arg(file.errorString())}});
    // Read up to the limit and one byte more, whatever the file's size says (it may grow).
    constexpr qint64 kLimit = 16 * 1024 * 1024;
    const QByteArray data = file.read(kLimit + 1);
    if (data.size() > kLimit) {
        const qsizetype lastLineEnd = data.lastIndexOf('\n', kLimit - 1);
        const int line = int(data.left(kLimit).count('\n')) + 1;
        const int column = int(kLimit - (lastLineEnd + 1)) + 1;
        return std::unexpected(Diagnostics{
            {shown, line, column, QString(),
             QStringLiteral("the file goes on past 16 MiB here; a playbook is smaller: is this the right file?")}});
    }
    return loadData(data, shown);
}

namespace {

struct Scanned
{
    BundledPlaybook entry;
    Playbook playbook;
};

// Every playbook of the shipped data folders, loaded once, sorted by id; the first folder's
// copy of an id wins (a site's override). Two files with one id in one folder are a mistake.
QList<Scanned> scanBundled(Diagnostics *problems)
{
    QList<Scanned> result;
    QHash<QString, QString> seen; // id -> its folder
    for (const QString &dir : paths::shippedDataDirs()) {
        const QDir playbooks(dir + QStringLiteral("/playbooks"));
        const QStringList files = playbooks.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString path = playbooks.filePath(file);
            auto playbook = PlaybookLoader::loadFile(path);
            if (!playbook) {
                if (problems)
                    problems->append(playbook.error());
                continue;
            }
            if (seen.contains(playbook->id)) {
                if (problems && seen.value(playbook->id) == dir)
                    problems->append({QDir::toNativeSeparators(path), 0, 0, QStringLiteral("id"),
                                      QStringLiteral("another file in this folder has the id '%1'; this one is not "
                                                     "used (give it its own id)")
                                          .arg(playbook->id)});
                continue;
            }
            seen.insert(playbook->id, dir);
            result.append({{playbook->id, playbook->title, path, playbook->isForTraining()}, std::move(*playbook)});
        }
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.entry.id < b.entry.id; });
    return result;
}

} // namespace

QList<BundledPlaybook> bundledPlaybooks(Diagnostics *problems)
{
    QList<BundledPlaybook> result;
    for (const Scanned &scanned : scanBundled(problems))
        result.append(scanned.entry);
    return result;
}

std::expected<Playbook, Diagnostics> loadPlaybook(const QString &idOrPath)
{
    if (QFileInfo::exists(idOrPath) || idOrPath.endsWith(QLatin1String(".json")))
        return PlaybookLoader::loadFile(idOrPath);
    QList<Scanned> bundled = scanBundled(nullptr);
    QStringList ids;
    for (Scanned &scanned : bundled) {
        if (scanned.entry.id == idOrPath)
            return std::move(scanned.playbook);
        ids << scanned.entry.id;
    }
    const QString known = ids.isEmpty()
        ? QStringLiteral("none were found in %1; reinstall the program or set UW_DATA_DIR to the folder that holds "
                         "playbooks/")
              .arg(paths::shippedDataCandidates().join(QStringLiteral(", ")))
        : ids.join(QStringLiteral(", "));
    return std::unexpected(
        Diagnostics{{idOrPath, 0, 0, QString(),
                     QStringLiteral("no such file, and no bundled playbook has this id (bundled: %1)").arg(known)}});
}

} // namespace uw
