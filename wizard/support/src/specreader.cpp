#include "wizard/support/specreader.h"

#include "wizard/support/substitution.h"

#include <cmath>
#include <utility>

namespace uw::spec {

namespace {

// The largest integer a JSON number (a double) holds exactly.
constexpr double maxExactInteger = 9007199254740992.0;

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString joinChoices(const QStringList &choices)
{
    QStringList quotedChoices;
    for (const QString &choice : choices)
        quotedChoices.append(quoted(choice));
    if (quotedChoices.size() <= 1)
        return quotedChoices.join(QString());
    const QString last = quotedChoices.takeLast();
    return quotedChoices.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

QString numberText(double number)
{
    if (std::floor(number) == number && std::abs(number) < maxExactInteger)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

// A number as JSON, or as the text substitution left: "port": "${db_port}" -> "9042".
std::optional<double> numberIn(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double parsed = value.isString() ? value.toString().trimmed().toDouble(&ok) : 0.0;
    return ok ? std::optional(parsed) : std::nullopt;
}

} // namespace

bool hasPlaceholder(const QString &text)
{
    if (!text.contains(QLatin1String("${")))
        return false;
    const auto names = substitution::names(text);
    return !names || !names->isEmpty();
}

QStringList placeholderNames(const QString &text)
{
    return substitution::names(text).value_or(QStringList());
}

QString literal(const QString &text)
{
    return substitution::apply(text, {});
}

QString literalPrefix(const QString &text)
{
    qsizetype i = 0;
    while ((i = text.indexOf(u'$', i)) >= 0) {
        if (QStringView(text).mid(i, 3) == u"$${") {
            i += 3;
            continue;
        }
        if (QStringView(text).mid(i, 2) == u"${")
            return literal(text.left(i));
        ++i;
    }
    return literal(text);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::String: {
        // Long strings are cut: the message is one line in a list of mistakes.
        QString text = value.toString();
        if (text.size() > 80)
            text = text.left(77) + QStringLiteral("...");
        return quoted(text);
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

Reader::Reader(const QJsonObject &object, QString path, Mode mode, QList<SpecError> *errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_mode(mode)
    , m_errors(errors)
{ }

bool Reader::deferredText(const QString &text) const
{
    if (m_mode != Mode::Load || !hasPlaceholder(text))
        return false;
    const auto names = substitution::names(text);
    if (!names)
        return true;
    // A value made only of names nobody substitutes before the run is judged as it is.
    for (const QString &name : *names) {
        const qsizetype dot = name.indexOf(u'.');
        const bool unresolved
            = m_unresolved.contains(name) || (dot > 0 && m_unresolved.contains(name.left(dot) + QStringLiteral(".*")));
        if (!unresolved)
            return true;
    }
    return false;
}

bool Reader::deferred(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return value.isString() && deferredText(value.toString());
}

bool Reader::leftForRun(const QString &key, const QJsonValue &value)
{
    if (!value.isString() || !deferredText(value.toString()))
        return false;
    if (substitution::wholePlaceholder(value.toString().trimmed()).isEmpty())
        error(key,
              QStringLiteral("a placeholder stands for a number, true or false, or a word from a list only as the "
                             "whole text, such as \"${name}\"; got %1")
                  .arg(describe(value)));
    return true;
}

std::optional<QString> Reader::judged(const QJsonValue &value) const
{
    if (!value.isString() || deferredText(value.toString()))
        return std::nullopt;
    return m_mode == Mode::Load ? literal(value.toString()) : value.toString();
}

QString Reader::pathOf(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    if (m_path.isEmpty())
        return key;
    if (key.startsWith(u'['))
        return m_path + key;
    return m_path + QLatin1Char('.') + key;
}

void Reader::error(const QString &key, const QString &message)
{
    m_errors->append({pathOf(key), message});
}

void Reader::allowKeys(QStringList keys)
{
    keys.sort();
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!keys.contains(it.key())) {
            error(it.key(),
                  QStringLiteral("unknown key %1; allowed keys: %2")
                      .arg(quoted(it.key()), keys.join(QStringLiteral(", "))));
        }
    }
}

std::optional<QJsonValue> Reader::value(const QString &key, Need need)
{
    const QJsonValue found = m_object.value(key);
    if (found.isUndefined()) {
        if (need == Need::Required)
            error(key, QStringLiteral("missing required key %1").arg(quoted(key)));
        return std::nullopt;
    }
    // At load time a string is judged as the run will read it: "$${" is then a literal "${".
    if (m_mode == Mode::Load && found.isString() && !deferredText(found.toString()))
        return QJsonValue(literal(found.toString()));
    return found;
}

std::optional<QString> Reader::stringValue(const QString &key, const QJsonValue &found, const QString &expected)
{
    if (!found.isString()) {
        error(key, QStringLiteral("expected %1, got %2").arg(expected, describe(found)));
        return std::nullopt;
    }
    return found.toString();
}

std::optional<QString> Reader::string(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    auto result = stringValue(key, *found, QStringLiteral("a non-empty string"));
    if (result && result->trimmed().isEmpty()) {
        error(key, QStringLiteral("expected a non-empty string, got %1").arg(describe(*found)));
        return std::nullopt;
    }
    return result;
}

std::optional<QString> Reader::text(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    return stringValue(key, *found, QStringLiteral("a string"));
}

std::optional<QString> Reader::secret(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (!found->isString()) {
        // Only the type is named: a mistyped password is still a password.
        const QString type = found->isDouble() ? QStringLiteral("a number")
                                               : (found->isBool() ? QStringLiteral("a boolean") : describe(*found));
        error(key, QStringLiteral("expected a string, got %1").arg(type));
        return std::nullopt;
    }
    return found->toString();
}

std::optional<QString> Reader::choice(const QString &key, const QStringList &choices, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (leftForRun(key, m_object.value(key)))
        return std::nullopt;
    if (!found->isString() || !choices.contains(found->toString())) {
        error(key, QStringLiteral("expected %1, got %2").arg(joinChoices(choices), describe(*found)));
        return std::nullopt;
    }
    return found->toString();
}

QString Reader::integerExpectation(qint64 min, qint64 max, QStringView unit)
{
    const QString counted
        = unit.isEmpty() ? QStringLiteral("a whole number") : QStringLiteral("a whole number of %1").arg(unit);
    if (max >= qint64(maxExactInteger))
        return QStringLiteral("expected %1 of at least %2").arg(counted).arg(min);
    return QStringLiteral("expected %1 from %2 to %3").arg(counted).arg(min).arg(max);
}

std::optional<qint64> Reader::integerIn(const QJsonValue &value, qint64 min, qint64 max) const
{
    const std::optional<double> number = numberIn(value);
    // A fraction, an infinity or NaN, or a number past the range (3e9, 1e308) is no count:
    // converting it would silently make it something else (0.5 -> 0: "no timeout").
    if (!number || !std::isfinite(*number) || std::floor(*number) != *number || *number < double(min)
        || *number > double(max))
        return std::nullopt;
    return qint64(*number);
}

std::optional<qint64> Reader::integer(const QString &key, qint64 min, qint64 max, Need need, QStringView unit)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (leftForRun(key, m_object.value(key)))
        return std::nullopt;
    const auto number = integerIn(*found, min, max);
    if (!number) {
        error(key, QStringLiteral("%1, got %2").arg(integerExpectation(min, max, unit), describe(*found)));
        return std::nullopt;
    }
    return number;
}

std::optional<qint64> Reader::milliseconds(const QString &key, qint64 min, qint64 max, Need need)
{
    return integer(key, min, max, need, u"milliseconds");
}

std::optional<double> Reader::positiveNumber(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (leftForRun(key, m_object.value(key)))
        return std::nullopt;
    const std::optional<double> number = numberIn(*found);
    if (!number || !std::isfinite(*number) || *number <= 0) {
        error(key, QStringLiteral("expected a number greater than 0, got %1").arg(describe(*found)));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> Reader::boolean(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (leftForRun(key, m_object.value(key)))
        return std::nullopt;
    if (found->isBool())
        return found->toBool();
    if (found->isString()) {
        const QString text = found->toString().trimmed();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
    }
    error(key, QStringLiteral("expected true or false, got %1").arg(describe(*found)));
    return std::nullopt;
}

std::optional<QStringList> Reader::stringList(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (!found->isArray()) {
        error(key, QStringLiteral("expected an array of strings, got %1").arg(describe(*found)));
        return std::nullopt;
    }
    QStringList list;
    const QJsonArray array = found->toArray();
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString()) {
            error(QStringLiteral("%1[%2]").arg(key).arg(i),
                  QStringLiteral("expected a string, got %1").arg(describe(array[i])));
            ok = false;
            continue;
        }
        list.append(array[i].toString());
    }
    if (!ok)
        return std::nullopt;
    return list;
}

std::optional<QRegularExpression> Reader::regex(const QString &key, Need need)
{
    const auto pattern = text(key, need);
    if (!pattern || deferred(key))
        return std::nullopt;
    QRegularExpression expression(*pattern);
    if (!expression.isValid()) {
        error(key,
              QStringLiteral("invalid regular expression: %1 at offset %2")
                  .arg(expression.errorString(), QString::number(expression.patternErrorOffset())));
        return std::nullopt;
    }
    return expression;
}

std::optional<VersionRange> Reader::range(const QString &key, Need need)
{
    const auto pattern = text(key, need);
    if (!pattern || deferred(key))
        return std::nullopt;
    auto parsed = VersionRange::parse(*pattern);
    if (!parsed) {
        error(key, QStringLiteral("invalid version range: %1").arg(parsed.error()));
        return std::nullopt;
    }
    return *parsed;
}

std::optional<Version> Reader::version(const QString &key, Need need)
{
    const auto found = text(key, need);
    if (!found || deferred(key))
        return std::nullopt;
    auto parsed = Version::parse(*found);
    if (!parsed) {
        error(key, QStringLiteral("expected a version such as 7.7.0, got %1").arg(quoted(*found)));
        return std::nullopt;
    }
    return parsed;
}

std::optional<QJsonObject> Reader::object(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (!found->isObject()) {
        error(key, QStringLiteral("expected an object, got %1").arg(describe(*found)));
        return std::nullopt;
    }
    return found->toObject();
}

std::optional<QJsonArray> Reader::array(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (!found->isArray()) {
        error(key, QStringLiteral("expected an array, got %1").arg(describe(*found)));
        return std::nullopt;
    }
    return found->toArray();
}

Reader Reader::child(const QString &key, const QJsonObject &object) const
{
    Reader reader(object, pathOf(key), m_mode, m_errors);
    reader.m_unresolved = m_unresolved;
    return reader;
}

Reader Reader::element(const QString &key, qsizetype index, const QJsonObject &object) const
{
    Reader reader(object, QStringLiteral("%1[%2]").arg(pathOf(key)).arg(index), m_mode, m_errors);
    reader.m_unresolved = m_unresolved;
    return reader;
}

} // namespace uw::spec
