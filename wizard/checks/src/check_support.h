#pragma once

// Private to uw_core: what the check kinds share. Each kind lives in a check_*.cpp file and
// provides a validate and a run function, registered in checks.cpp.

#include "wizard/checks/checks.h"
#include "wizard/support/versionrange.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <atomic>
#include <chrono>
#include <expected>
#include <functional>
#include <optional>

class QUrl;

namespace uw::checks::detail {

enum class Mode {
    Load, // placeholders may remain: values that hold one are checked at run time
    Run, // placeholders are substituted: everything is checked
};

enum class Need { Optional, Required };

inline bool hasPlaceholder(const QString &text)
{
    return text.contains(QLatin1String("${"));
}

// Reads one JSON object of a spec and collects every mistake with its path. Each accessor
// returns nullopt when the key is absent (a mistake if required), holds the wrong type (a
// mistake), or, at load time, holds a placeholder where the value's syntax matters (not a
// mistake: run() checks it again).
class SpecReader
{
public:
    SpecReader(const QJsonObject &object, QString path, Mode mode, QList<SpecError> *errors);

    Mode mode() const { return m_mode; }
    const QJsonObject &object() const { return m_object; }
    bool has(const QString &key) const { return m_object.contains(key); }
    // A string with a placeholder at load time: its content cannot be judged yet.
    bool deferred(const QString &key) const;
    QString pathOf(const QString &key) const;
    void error(const QString &key, const QString &message);
    bool hasErrors() const { return !m_errors->isEmpty(); }

    // Reports every key that is not one of `keys`.
    void allowKeys(QStringList keys);

    std::optional<QString> string(const QString &key, Need need = Need::Optional); // non-empty
    std::optional<QString> text(const QString &key, Need need = Need::Optional); // may be empty
    // Like text(), but the value is never echoed in a message: it is a password or a token.
    std::optional<QString> secret(const QString &key, Need need = Need::Optional);
    std::optional<QString> choice(const QString &key, const QStringList &choices, Need need = Need::Optional);
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max, Need need = Need::Optional);
    std::optional<double> positiveNumber(const QString &key, Need need = Need::Optional);
    std::optional<bool> boolean(const QString &key, Need need = Need::Optional);
    std::optional<QStringList> stringList(const QString &key, Need need = Need::Optional);
    std::optional<QRegularExpression> regex(const QString &key, Need need = Need::Optional);
    std::optional<VersionRange> range(const QString &key, Need need = Need::Optional);
    std::optional<Version> version(const QString &key, Need need = Need::Optional);
    std::optional<QJsonObject> object(const QString &key, Need need = Need::Optional);
    std::optional<QJsonArray> array(const QString &key, Need need = Need::Optional);

    // A reader for a nested object, sharing this reader's mode and error list.
    SpecReader child(const QString &key, const QJsonObject &object) const;
    SpecReader element(const QString &key, qsizetype index, const QJsonObject &object) const;

private:
    // The value at `key`, or nullopt after reporting a missing required key.
    std::optional<QJsonValue> value(const QString &key, Need need);
    // The value as a string if it is one; reports `expected` otherwise.
    std::optional<QString> stringValue(const QString &key, const QJsonValue &value, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    Mode m_mode;
    QList<SpecError> *m_errors;
};

// How a mistaken value is shown: "abc" quoted, numbers and booleans as JSON, "an array" ...
QString describe(const QJsonValue &value);

// What a run needs from its caller: the cancel flag and the deadline.
class RunContext
{
public:
    RunContext(const std::atomic_bool &cancelled, std::chrono::milliseconds timeout);
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    bool isTimedOut() const { return m_clock.elapsed() >= m_timeout.count(); }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    const std::atomic_bool &m_cancelled;
    std::chrono::milliseconds m_timeout;
    QElapsedTimer m_clock;
};

enum class WaitEnd { Done, TimedOut, Cancelled };

// Runs an event loop on the calling thread until `done()` holds, the context times out or is
// cancelled. It polls every 10 ms: asynchronous Qt objects (sockets, network replies) created
// on this thread make progress meanwhile.
WaitEnd waitUntil(const RunContext &context, const std::function<bool()> &done);

// What file-contains and version read at most: enough for any configuration file, log excerpt or
// command output a procedure asks about, and a bound on what a mistaken path (a disk image)
// can cost.
constexpr qint64 maxReadBytes = 64 * 1024 * 1024;

struct LineMatch
{
    qint64 number = 0; // from 1
    QString text; // without the line end
    QRegularExpressionMatch match;
};

// Reads `device` line by line and returns the first line `regex` matches, or nullopt if none
// does. A read error, more than maxReadBytes or cancellation end it with a ready Result.
// `name` says in messages what is read; `linesRead` receives how many lines were read.
std::expected<std::optional<LineMatch>, Result> findLine(QIODevice &device, const QString &name,
                                                         const QRegularExpression &regex, const RunContext &context,
                                                         qint64 *linesRead);

// A line as evidence: at most 200 characters.
QString shortLine(const QString &line);

Result makeResult(Status status, QString summary, QStringList evidence = {}, QJsonObject details = {});
Result cancelledResult();

// "1.5 GiB (1610612736 bytes)"; below 1 KiB just "12 bytes"
QString formatBytes(qint64 bytes);
// "1.5 GiB", "12 bytes", "1 byte"
QString formatSize(qint64 bytes);
// "1 file", "3 files"
QString counted(qint64 count, const QString &singular, const QString &plural);
// A URL as evidence may show it: no user name or password, and the values of query items
// whose names suggest a secret replaced by "***".
QString displayUrl(const QUrl &url);
// Masks `name=value` arguments whose name suggests a secret ("--password=x" -> "--password=***").
QString redactArguments(const QString &commandLine);
QString quoted(const QString &text);

// The kinds. validate() reports mistakes in the kind's own keys; run() is called only with a
// spec that validated in Mode::Run.
struct Kind
{
    QLatin1StringView name;
    QStringList keys; // besides "kind" and "timeout_ms"
    std::chrono::milliseconds defaultTimeout;
    void (*validate)(SpecReader &reader);
    Result (*run)(SpecReader &reader, const RunContext &context);
};

void validatePathExists(SpecReader &reader);
Result runPathExists(SpecReader &reader, const RunContext &context);
void validatePathAbsent(SpecReader &reader);
Result runPathAbsent(SpecReader &reader, const RunContext &context);
void validateFileContains(SpecReader &reader);
Result runFileContains(SpecReader &reader, const RunContext &context);
void validateDiskFree(SpecReader &reader);
Result runDiskFree(SpecReader &reader, const RunContext &context);
void validateNoConflicts(SpecReader &reader);
Result runNoConflicts(SpecReader &reader, const RunContext &context);
void validateUnmodifiedSince(SpecReader &reader);
Result runUnmodifiedSince(SpecReader &reader, const RunContext &context);
void validateVersion(SpecReader &reader);
Result runVersion(SpecReader &reader, const RunContext &context);
void validateDecisionTable(SpecReader &reader);
Result runDecisionTable(SpecReader &reader, const RunContext &context);
void validateTcpPort(SpecReader &reader);
Result runTcpPort(SpecReader &reader, const RunContext &context);
void validateHttp(SpecReader &reader);
Result runHttp(SpecReader &reader, const RunContext &context);
void validateProcess(SpecReader &reader);
Result runProcess(SpecReader &reader, const RunContext &context);

} // namespace uw::checks::detail
