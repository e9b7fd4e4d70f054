#include "wizard/playbook/parameters.h"
#include "wizard/support/hostaddress.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace uw {

namespace {

bool isHostName(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:"
                                                      "\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return re.match(text).hasMatch() || isIpAddress(text);
}

std::optional<bool> toBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == u"true" || text == u"yes" || text == u"1" || text == u"on")
        return true;
    if (text == u"false" || text == u"no" || text == u"0" || text == u"off")
        return false;
    return std::nullopt;
}

std::optional<int> toPort(const QJsonValue &value)
{
    bool ok = value.isDouble();
    int port = value.toInt();
    if (value.isString())
        port = value.toString().trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// Checks one scalar value against its type and rules; returns the typed value or what is wrong
// with it. `checkFiles`: whether must_exist is checked.
std::expected<QJsonValue, QString> scalar(const QString &type, const QJsonValue &value, const Parameter *rules,
                                          bool checkFiles)
{
    if (type == u"bool") {
        if (auto b = toBool(value))
            return QJsonValue(*b);
        return std::unexpected(QStringLiteral("expected true or false, got %1").arg(shown(value)));
    }
    if (type == u"port") {
        auto port = toPort(value);
        if (!port)
            return std::unexpected(QStringLiteral("expected a port number from 1 to 65535, got %1").arg(shown(value)));
        if (rules && ((rules->min && *port < *rules->min) || (rules->max && *port > *rules->max)))
            return std::unexpected(QStringLiteral("%1 is outside the allowed range %2 to %3")
                                       .arg(*port)
                                       .arg(rules->min.value_or(1))
                                       .arg(rules->max.value_or(65535)));
        return QJsonValue(*port);
    }
    if (!value.isString())
        return std::unexpected(QStringLiteral("expected text, got %1").arg(shown(value)));
    const QString text = value.toString();
    if (type == u"host" && !isHostName(text))
        return std::unexpected(QStringLiteral("\"%1\" is not a host name or IP address").arg(text));
    if (type == u"url") {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return std::unexpected(QStringLiteral("\"%1\" is not an http:// or https:// URL").arg(text));
    }
    if (rules && !rules->regex.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(rules->regex));
        if (!re.match(text).hasMatch())
            return std::unexpected(type == u"secret"
                                       ? QStringLiteral("the value does not have the required form")
                                       : QStringLiteral("\"%1\" does not match %2").arg(text, rules->regex));
    }
    if (rules && rules->mustExist && checkFiles) {
        const QFileInfo info(text);
        if (!info.exists())
            return std::unexpected(QStringLiteral("\"%1\" does not exist").arg(text));
        if (type == u"directory" && !info.isDir())
            return std::unexpected(QStringLiteral("\"%1\" is not a directory").arg(text));
    }
    return QJsonValue(text);
}

std::expected<QJsonValue, QList<ValueProblem>> nodes(const Parameter &parameter, QJsonValue value)
{
    QList<ValueProblem> errors;
    if (value.isString()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isArray())
            return std::unexpected(
                QList<ValueProblem>{{QString(),
                                     QStringLiteral("expected a JSON array of nodes such as "
                                                    "[{\"name\":\"NodeA\",\"host\":\"nodea\",\"role\":\"%1\"}]")
                                         .arg(parameter.roles.isEmpty() ? QString() : parameter.roles.first().value)}});
        value = doc.array();
    }
    if (!value.isArray())
        return std::unexpected(QList<ValueProblem>{{QString(), QStringLiteral("expected an array of nodes")}});
    QJsonArray out;
    QSet<QString> names;
    QStringList roles;
    for (const Choice &role : parameter.roles)
        roles << role.value;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            errors.append({where, QStringLiteral("expected an object with name, host and role")});
            continue;
        }
        const QJsonObject node = array.at(i).toObject();
        QJsonObject typed;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const bool known = it.key() == u"name" || it.key() == u"host" || it.key() == u"role"
                || std::any_of(parameter.attributes.cbegin(), parameter.attributes.cend(),
                               [&](const NodeAttribute &a) { return a.id == it.key(); });
            if (!known)
                errors.append({where + u'.' + it.key(), QStringLiteral("unknown node field")});
        }
        const QString name = node.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            errors.append({where + QStringLiteral(".name"), QStringLiteral("required")});
        else if (names.contains(name))
            errors.append({where + QStringLiteral(".name"),
                           QStringLiteral("\"%1\" is used by another node; names must be unique").arg(name)});
        names.insert(name);
        typed.insert(QStringLiteral("name"), name);
        const QString host = node.value(QLatin1String("host")).toString();
        if (!isHostName(host))
            errors.append(
                {where + QStringLiteral(".host"), QStringLiteral("\"%1\" is not a host name or IP address").arg(host)});
        typed.insert(QStringLiteral("host"), host);
        const QString role = node.value(QLatin1String("role")).toString();
        if (!roles.contains(role))
            errors.append(
                {where + QStringLiteral(".role"),
                 QStringLiteral("expected one of %1, got \"%2\"").arg(roles.join(QStringLiteral(", ")), role)});
        typed.insert(QStringLiteral("role"), role);
        for (const NodeAttribute &attribute : parameter.attributes) {
            QJsonValue given = node.value(attribute.id);
            if (given.isUndefined() || given.isNull())
                given = attribute.defaultValue;
            if (given.isUndefined() || given.isNull()) {
                if (attribute.required)
                    errors.append({where + u'.' + attribute.id, QStringLiteral("required")});
                else
                    typed.insert(attribute.id, attribute.type == u"bool" ? QJsonValue(false) : QJsonValue(QString()));
                continue;
            }
            auto checked = checkAttributeValue(attribute, given);
            if (checked)
                typed.insert(attribute.id, *checked);
            else
                errors.append({where + u'.' + attribute.id, checked.error()});
        }
        out.append(typed);
    }
    if (out.size() < parameter.minItems)
        errors.append(
            {QString(),
             QStringLiteral("at least %1 node(s) are needed, got %2").arg(parameter.minItems).arg(out.size())});
    if (!errors.isEmpty())
        return std::unexpected(errors);
    return out;
}

} // namespace

std::expected<QJsonValue, QString> checkAttributeValue(const NodeAttribute &attribute, const QJsonValue &value)
{
    return scalar(attribute.type, value, nullptr, true);
}

std::expected<QJsonValue, QList<ValueProblem>> checkParameterValue(const Parameter &parameter, const QJsonValue &value,
                                                                   bool checkFiles)
{
    switch (parameter.type) {
    case Parameter::Type::Nodes:
        return nodes(parameter, value);
    case Parameter::Type::Choice: {
        QStringList options;
        for (const Choice &choice : parameter.choices)
            options << choice.value;
        if (!value.isString() || !options.contains(value.toString()))
            return std::unexpected(QList<ValueProblem>{
                {QString(),
                 QStringLiteral("expected one of %1, got %2").arg(options.join(QStringLiteral(", ")), shown(value))}});
        return QJsonValue(value.toString());
    }
    default: {
        auto checked = scalar(parameterTypeName(parameter.type), value, &parameter, checkFiles);
        if (!checked)
            return std::unexpected(QList<ValueProblem>{{QString(), checked.error()}});
        return *checked;
    }
    }
}

std::expected<ParameterValues, QStringList> resolveParameters(const Playbook &playbook, const ParameterValues &given,
                                                              bool checkFiles)
{
    QStringList errors;
    ParameterValues values;
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (!playbook.parameter(it.key())) {
            QStringList ids;
            for (const Parameter &p : playbook.parameters)
                ids << p.id;
            errors << QStringLiteral("%1: the playbook has no such parameter (it has: %2)")
                          .arg(it.key(), ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", ")));
        }
    }
    for (const Parameter &parameter : playbook.parameters) {
        QJsonValue value = given.value(parameter.id);
        if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
            value = parameter.defaultValue;
        if (value.isUndefined() || value.isNull()) {
            if (parameter.required && parameter.isSecret())
                errors << QStringLiteral("%1: required (%2); give it with --secret-env %1=VARIABLE, at the prompt "
                                         "(when the input is a terminal) or in a private answers file")
                              .arg(parameter.id, parameter.label);
            else if (parameter.required)
                errors << QStringLiteral("%1: required (%2); give it with --set %1=VALUE or in the answers file")
                              .arg(parameter.id, parameter.label);
            continue;
        }
        auto checked = checkParameterValue(parameter, value, checkFiles);
        if (checked) {
            values.insert(parameter.id, *checked);
            continue;
        }
        for (const ValueProblem &error : checked.error())
            errors << QStringLiteral("%1%2%3: %4")
                          .arg(parameter.id,
                               error.path.isEmpty() || error.path.startsWith(u'[') ? QString() : QStringLiteral("."),
                               error.path, error.message);
    }
    if (!errors.isEmpty())
        return std::unexpected(errors);
    return values;
}

QHash<QString, QString> flattenParameters(const Playbook &playbook, const ParameterValues &values)
{
    QHash<QString, QString> flat;
    for (const Parameter &parameter : playbook.parameters) {
        const QJsonValue value = values.value(parameter.id);
        if (parameter.type == Parameter::Type::Nodes)
            continue;
        if (value.isBool())
            flat.insert(parameter.id, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (value.isDouble())
            flat.insert(parameter.id, QString::number(value.toDouble(), 'g', 15));
        else
            flat.insert(parameter.id, value.toString());
    }
    return flat;
}

ParameterValues listValues(const Playbook &playbook, const ParameterValues &values)
{
    ParameterValues lists;
    for (const Parameter &parameter : playbook.parameters) {
        if (parameter.type != Parameter::Type::Nodes)
            continue;
        QStringList fields{QStringLiteral("name"), QStringLiteral("host"), QStringLiteral("role")};
        for (const NodeAttribute &attribute : parameter.attributes)
            fields << attribute.id;
        const QJsonArray nodes = values.value(parameter.id).toArray();
        for (const QString &field : std::as_const(fields)) {
            QJsonArray column;
            for (const QJsonValue &node : nodes)
                column.append(node.toObject().value(field));
            lists.insert(parameter.id + QStringLiteral("[*].") + field, column);
        }
    }
    return lists;
}

ParameterValues templateValues(const Playbook &playbook, const ParameterValues &values)
{
    ParameterValues typed = listValues(playbook, values);
    for (const Parameter &parameter : playbook.parameters)
        if (parameter.type != Parameter::Type::Nodes && values.contains(parameter.id))
            typed.insert(parameter.id, values.value(parameter.id));
    return typed;
}

QStringList secretValues(const Playbook &playbook, const ParameterValues &values)
{
    QStringList secrets;
    for (const Parameter &parameter : playbook.parameters)
        if (parameter.isSecret() && !values.value(parameter.id).toString().isEmpty())
            secrets << values.value(parameter.id).toString();
    return secrets;
}

QJsonObject parametersForDisk(const Playbook &playbook, const ParameterValues &values)
{
    QJsonObject out;
    for (const Parameter &parameter : playbook.parameters) {
        if (!values.contains(parameter.id))
            continue;
        out.insert(parameter.id,
                   parameter.isSecret() ? QJsonValue(QJsonObject{{QStringLiteral("secret"), true}})
                                        : values.value(parameter.id));
    }
    return out;
}

namespace {

// The spellings a secret takes on its way through URLs and forms: percent-encoded in full (a
// query value), percent-encoded as a path keeps it (QUrl leaves "&", "/" and the like), each
// also with lower-case hex as some servers echo it, and form-encoded ("+" for a space).
QStringList encodedForms(const QString &secret)
{
    QStringList forms;
    for (const QByteArray &encoded :
         {QUrl::toPercentEncoding(secret), QUrl::toPercentEncoding(secret, "!$&'()*+,;=:@/?")}) {
        const QString upper = QString::fromLatin1(encoded);
        QString lower = upper;
        static const QRegularExpression hex(QStringLiteral("%[0-9A-F]{2}"));
        for (auto it = hex.globalMatch(upper); it.hasNext();) {
            const auto match = it.next();
            lower.replace(match.capturedStart(), 3, match.captured().toLower());
        }
        for (const QString &form : {upper, lower}) {
            forms << form;
            if (form.contains(QLatin1String("%20")))
                forms << QString(form).replace(QLatin1String("%20"), QLatin1String("+"));
        }
    }
    return forms;
}

} // namespace

Masker::Masker(QStringList secrets)
    : m_secrets(std::move(secrets))
{
    m_secrets.removeAll(QString());
    m_secrets.removeDuplicates();
    const QStringList plain = m_secrets;
    for (const QString &secret : plain) {
        m_secretBytes << secret.toUtf8();
        // A secret written into JSON (a file edit's value, its diff, a request body) appears
        // with its quotes and backslashes escaped: mask that spelling too.
        const QByteArray quoted = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
        m_secrets << QString::fromUtf8(quoted.mid(2, quoted.size() - 4)); // without [" and "]
        m_secrets << encodedForms(secret);
        // A base64 token must hold at least this many characters to hold the secret.
        const qsizetype encodedLength = (m_secretBytes.last().size() * 4 + 2) / 3;
        m_shortestBase64 = m_shortestBase64 == 0 ? encodedLength : qMin(m_shortestBase64, encodedLength);
    }
    m_secrets.removeDuplicates();
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool Masker::holdsSecret(QStringView token) const
{
    QByteArray latin = token.toLatin1();
    while (latin.endsWith('='))
        latin.chop(1);
    if (latin.size() % 4 == 1)
        return false;
    latin.append(QByteArray((4 - latin.size() % 4) % 4, '='));
    for (const auto encoding : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        const auto decoded = QByteArray::fromBase64Encoding(latin, encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            continue;
        for (const QByteArray &secret : m_secretBytes)
            if (decoded.decoded.contains(secret))
                return true;
    }
    return false;
}

Text Masker::mask(Text text) const
{
    if (!m_secrets.isEmpty())
        text.transformArgs([this](QString arg) { return mask(std::move(arg)); });
    return text;
}

QString Masker::mask(QString text) const
{
    if (m_secrets.isEmpty())
        return text;
    for (const QString &secret : m_secrets)
        text.replace(secret, QLatin1String(kMask));
    // Base64 forms: the secret alone, or inside what was encoded with it ("user:password" of a
    // Basic header, a token, a JSON blob), in either alphabet. A token that decodes to
    // something holding a secret is masked whole.
    static const QRegularExpression base64(QStringLiteral("[A-Za-z0-9+/_-]{2,}={0,2}"));
    qsizetype shift = 0;
    QString out = text;
    for (auto it = base64.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedLength() < m_shortestBase64 || !holdsSecret(match.capturedView()))
            continue;
        out.replace(match.capturedStart() + shift, match.capturedLength(), QLatin1String(kMask));
        shift += qsizetype(sizeof kMask - 1) - match.capturedLength();
    }
    return out;
}

QString Masker::maskPiece(QString &carry, const QString &piece, bool ends) const
{
    QString buffer = carry + piece;
    carry.clear();
    if (m_secrets.isEmpty())
        return buffer;
    if (ends)
        return mask(buffer);
    // Write up to a point no spelling of a secret spans, outside any base64 token (one cut in
    // two decodes to neither half of a secret), and keep the rest for the next piece.
    const auto base64Character = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'+'
            || u == u'/' || u == u'_' || u == u'=' || u == u'-';
    };
    constexpr qsizetype kLongestToken = 1024 * 1024; // a longer run is cut anyway
    qsizetype cut = qMax<qsizetype>(0, buffer.size() - longestSpelling() + 1);
    // Moving the cut back out of one spelling may move it into another, or into a token: until
    // nothing spans it.
    for (bool moved = true; moved && cut > 0;) {
        moved = false;
        for (const QString &secret : m_secrets) {
            const qsizetype from = qMax<qsizetype>(0, cut - secret.size() + 1);
            const qsizetype at = buffer.indexOf(secret, from);
            if (at >= 0 && at < cut) {
                cut = at;
                moved = true;
            }
        }
        qsizetype start = cut;
        while (start > 0 && cut - start < kLongestToken && base64Character(buffer.at(start - 1)))
            --start;
        if (start != cut && cut - start < kLongestToken) {
            cut = start;
            moved = true;
        }
    }
    carry = buffer.mid(cut);
    return mask(buffer.left(cut));
}

QJsonValue Masker::mask(const QJsonValue &value) const
{
    if (m_secrets.isEmpty())
        return value;
    switch (value.type()) {
    case QJsonValue::String:
        return mask(value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &entry : value.toArray())
            out.append(mask(entry));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), mask(it.value()));
        return out;
    }
    default:
        return value;
    }
}

ParameterValues valuesDeclaredBy(const Playbook &playbook, const ParameterValues &values)
{
    ParameterValues mine;
    for (const Parameter &parameter : playbook.parameters) {
        if (!values.contains(parameter.id))
            continue;
        QJsonValue value = values.value(parameter.id);
        // Shared nodes carry every attribute any of the playbooks uses; each playbook gets the
        // ones it declares, since an undeclared attribute is a mistake in a typed-in value.
        if (parameter.type == Parameter::Type::Nodes && value.isArray()) {
            // Nodes made for another playbook's roles are not this playbook's nodes.
            const bool rolesFit = std::ranges::all_of(value.toArray(), [&](const QJsonValue &node) {
                const QString role = node.toObject().value(QStringLiteral("role")).toString();
                return parameter.roles.isEmpty() || role.isEmpty()
                    || std::ranges::any_of(parameter.roles, [&](const Choice &choice) { return choice.value == role; });
            });
            if (!rolesFit)
                continue;
            QJsonArray nodes;
            for (const QJsonValue &node : value.toArray()) {
                QJsonObject kept;
                const QJsonObject object = node.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    const bool declared = std::ranges::any_of(
                        parameter.attributes, [&](const NodeAttribute &attribute) { return attribute.id == it.key(); });
                    if (declared || it.key() == u"name" || it.key() == u"host" || it.key() == u"role")
                        kept.insert(it.key(), it.value());
                }
                nodes.append(kept);
            }
            value = nodes;
        }
        mine.insert(parameter.id, value);
    }
    return mine;
}

} // namespace uw
