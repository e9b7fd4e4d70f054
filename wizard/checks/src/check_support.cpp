#include "check_support.h"

#include <QEventLoop>
#include <QLocale>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>
#include <utility>

namespace uw::checks::detail {

namespace {

// The largest integer a JSON number (a double) holds exactly.
constexpr double maxExactInteger = 9007199254740992.0;

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

bool looksSecret(QStringView name)
{
    static const QRegularExpression secretName(QStringLiteral("pass|pwd|secret|token|apikey|api_key|api-key"),
                                               QRegularExpression::CaseInsensitiveOption);
    return secretName.matchView(name).hasMatch();
}

} // namespace

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
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

SpecReader::SpecReader(const QJsonObject &object, QString path, Mode mode, QList<SpecError> *errors)
    : m_object(object)
    , m_path(std::move(path))
    , m_mode(mode)
    , m_errors(errors)
{ }

bool SpecReader::deferred(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return m_mode == Mode::Load && value.isString() && hasPlaceholder(value.toString());
}

QString SpecReader::pathOf(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    if (m_path.isEmpty())
        return key;
    return m_path + QLatin1Char('.') + key;
}

void SpecReader::error(const QString &key, const QString &message)
{
    m_errors->append({pathOf(key), message});
}

void SpecReader::allowKeys(QStringList keys)
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

std::optional<QJsonValue> SpecReader::value(const QString &key, Need need)
{
    const QJsonValue found = m_object.value(key);
    if (found.isUndefined()) {
        if (need == Need::Required)
            error(key, QStringLiteral("missing required key %1").arg(quoted(key)));
        return std::nullopt;
    }
    return found;
}

std::optional<QString> SpecReader::stringValue(const QString &key, const QJsonValue &found, const QString &expected)
{
    if (!found.isString()) {
        error(key, QStringLiteral("expected %1, got %2").arg(expected, describe(found)));
        return std::nullopt;
    }
    return found.toString();
}

std::optional<QString> SpecReader::string(const QString &key, Need need)
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

std::optional<QString> SpecReader::text(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    return stringValue(key, *found, QStringLiteral("a string"));
}

std::optional<QString> SpecReader::secret(const QString &key, Need need)
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

std::optional<QString> SpecReader::choice(const QString &key, const QStringList &choices, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (deferred(key))
        return std::nullopt;
    if (!found->isString() || !choices.contains(found->toString())) {
        error(key, QStringLiteral("expected %1, got %2").arg(joinChoices(choices), describe(*found)));
        return std::nullopt;
    }
    return found->toString();
}

namespace {

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

std::optional<qint64> SpecReader::integer(const QString &key, qint64 min, qint64 max, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (deferred(key))
        return std::nullopt;
    const std::optional<double> number = numberIn(*found);
    if (!number || std::floor(*number) != *number || *number < double(min) || *number > double(max)) {
        const QString expected = max >= qint64(maxExactInteger)
            ? QStringLiteral("expected a whole number of at least %1").arg(min)
            : QStringLiteral("expected a number from %1 to %2").arg(min).arg(max);
        error(key, QStringLiteral("%1, got %2").arg(expected, describe(*found)));
        return std::nullopt;
    }
    return qint64(*number);
}

std::optional<double> SpecReader::positiveNumber(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (deferred(key))
        return std::nullopt;
    const std::optional<double> number = numberIn(*found);
    if (!number || !std::isfinite(*number) || *number <= 0) {
        error(key, QStringLiteral("expected a number greater than 0, got %1").arg(describe(*found)));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> SpecReader::boolean(const QString &key, Need need)
{
    const auto found = value(key, need);
    if (!found)
        return std::nullopt;
    if (deferred(key))
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

std::optional<QStringList> SpecReader::stringList(const QString &key, Need need)
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

std::optional<QRegularExpression> SpecReader::regex(const QString &key, Need need)
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

std::optional<VersionRange> SpecReader::range(const QString &key, Need need)
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

std::optional<Version> SpecReader::version(const QString &key, Need need)
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

std::optional<QJsonObject> SpecReader::object(const QString &key, Need need)
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

std::optional<QJsonArray> SpecReader::array(const QString &key, Need need)
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

SpecReader SpecReader::child(const QString &key, const QJsonObject &object) const
{
    return SpecReader(object, pathOf(key), m_mode, m_errors);
}

SpecReader SpecReader::element(const QString &key, qsizetype index, const QJsonObject &object) const
{
    return SpecReader(object, QStringLiteral("%1[%2]").arg(pathOf(key)).arg(index), m_mode, m_errors);
}

RunContext::RunContext(const std::atomic_bool &cancelled, std::chrono::milliseconds timeout)
    : m_cancelled(cancelled)
    , m_timeout(timeout)
{
    m_clock.start();
}

WaitEnd waitUntil(const RunContext &context, const std::function<bool()> &done)
{
    QEventLoop loop;
    WaitEnd end = WaitEnd::Done;
    const auto settle = [&] {
        if (done())
            end = WaitEnd::Done;
        else if (context.isCancelled())
            end = WaitEnd::Cancelled;
        else if (context.isTimedOut())
            end = WaitEnd::TimedOut;
        else
            return false;
        return true;
    };
    if (settle())
        return end;
    // Polling keeps this independent of which signal ends the wait, and bounds the reaction
    // to the cancel flag (set from another thread, without an event) to one interval.
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (settle())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return end;
}

std::expected<std::optional<LineMatch>, Result> findLine(QIODevice &device, const QString &name,
                                                         const QRegularExpression &regex, const RunContext &context,
                                                         qint64 *linesRead)
{
    qint64 lineNumber = 0;
    qint64 bytesRead = 0;
    *linesRead = 0;
    while (!device.atEnd()) {
        if ((lineNumber & 1023) == 0 && context.isCancelled())
            return std::unexpected(cancelledResult());
        // Lines are read with a cap, so one huge line cannot take more than the file limit:
        // readLine(n) reads up to n - 1 bytes, so this reads one byte past the limit at most.
        QByteArray bytes = device.readLine(maxReadBytes - bytesRead + 2);
        if (bytes.isEmpty() && !device.atEnd())
            return std::unexpected(
                makeResult(Status::Error, QStringLiteral("Cannot read %1: %2").arg(name, device.errorString())));
        bytesRead += bytes.size();
        if (bytesRead > maxReadBytes)
            return std::unexpected(
                makeResult(Status::Error, QStringLiteral("%1 is larger than 64 MiB, more than checks read").arg(name)));
        *linesRead = ++lineNumber;
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        const QString line = QString::fromUtf8(bytes);
        QRegularExpressionMatch match = regex.match(line);
        if (match.hasMatch())
            return LineMatch{lineNumber, line, std::move(match)};
    }
    return std::nullopt;
}

QString shortLine(const QString &line)
{
    constexpr qsizetype maxEvidenceLine = 200;
    return line.size() > maxEvidenceLine ? line.left(maxEvidenceLine) + QStringLiteral("...") : line;
}

Result makeResult(Status status, QString summary, QStringList evidence, QJsonObject details)
{
    return {status, std::move(summary), std::move(evidence), std::move(details)};
}

Result cancelledResult()
{
    return makeResult(Status::Cancelled, QStringLiteral("Cancelled before the check finished"));
}

QString formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return counted(bytes, QStringLiteral("byte"), QStringLiteral("bytes"));
    return QLocale::c().formattedDataSize(bytes, 1);
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return formatSize(bytes);
    return QStringLiteral("%1 (%2 bytes)").arg(formatSize(bytes), QString::number(bytes));
}

QString counted(qint64 count, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(QString::number(count), count == 1 ? singular : plural);
}

QString displayUrl(const QUrl &url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    if (shown.hasQuery()) {
        QUrlQuery query(shown);
        const auto items = query.queryItems();
        QUrlQuery masked;
        for (const auto &[name, value] : items)
            masked.addQueryItem(name, looksSecret(name) ? QStringLiteral("***") : value);
        shown.setQuery(masked);
    }
    return shown.toDisplayString();
}

QString redactArguments(const QString &commandLine)
{
    static const QRegularExpression secretAssignment(
        QStringLiteral("([^\\s=]*(?:pass|pwd|secret|token|apikey|api_key|api-key)[^\\s=]*=)\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    QString redacted = commandLine;
    redacted.replace(secretAssignment, QStringLiteral("\\1***"));
    return redacted;
}

} // namespace uw::checks::detail
