#pragma once

// Private to uw_core: what the check kinds share. Each kind lives in a check_*.cpp file and
// provides a validate and a run function, registered in checks.cpp.

#include "wizard/checks/checks.h"
#include "wizard/support/specreader.h"
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

// The reader of specs is support's (wizard/support/specreader.h), shared with the tasks: the
// same code judges a spec at load time and at run time.
using spec::Mode;
using spec::Need;
using SpecReader = spec::Reader;
using spec::describe;

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
std::expected<std::optional<LineMatch>, Result> findLine(QIODevice &device, const Text &name,
                                                         const QRegularExpression &regex, const RunContext &context,
                                                         qint64 *linesRead);

// A line as evidence: at most 200 characters.
QString shortLine(const QString &line);

Result makeResult(Status status, Text summary, QList<Text> evidence = {}, QJsonObject details = {});
Result cancelledResult();

// "1.5 GiB (1610612736 bytes)"; below 1 KiB just "12 bytes"
Text formatBytes(qint64 bytes);
// "1.5 GiB", "12 bytes", "1 byte"
Text formatSize(qint64 bytes);
// "1 file", "3 files"
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
void validateCompare(SpecReader &reader);
Result runCompare(SpecReader &reader, const RunContext &context);
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
