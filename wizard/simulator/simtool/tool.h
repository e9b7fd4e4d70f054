#pragma once

#include "wizard/simulator/faults.h"
#include "wizard/simulator/sandbox.h"

#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <expected>
#include <functional>
#include <optional>

// Shared plumbing of the simulated tools: the context a wrapper script hands over, argument
// parsing, console and log output, pacing, and file writes that honour disk.full.
namespace uw::simtool {

// Exit codes: the tools' own failures are 1 (as the real tools); 2 means the simulator itself
// was started wrongly (no sandbox, unknown tool), which no real tool would print.
inline constexpr int kFailure = 1;
inline constexpr int kSimulatorError = 2;

struct Context
{
    sim::Sandbox sandbox;
    sim::Faults faults; // read once when the tool starts
    QString node; // --node, from the wrapper; empty for tools that are not per node
    std::optional<sim::Install> install; // --install 7.5.1 | 7.7
    QString home; // --home (KAAZING GATEWAY_HOME)
    QStringList args; // what the administrator typed

    bool diskFull() const { return faults.isOn(QStringLiteral("disk.full")); }
};

// --- arguments -------------------------------------------------------------------------------

struct OptionSpec
{
    QString name; // with its dashes: "--anm_host", "-u"
    bool takesValue = false;
};

struct ParsedArgs
{
    QMap<QString, QString> values; // options with a value
    QSet<QString> flags; // options without one
    QStringList positional;

    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

// "--name value" and "--name=value"; a value is taken as it is even when it starts with '-'
// (a password may). The error names the offending option.
std::expected<ParsedArgs, QString> parseArgs(const QStringList &args, const QList<OptionSpec> &spec);

// The command line for a log, with the values of secret options replaced by ******.
QString maskedCommandLine(const QString &tool, const QStringList &args, const QStringList &secretOptions);

// --- output ----------------------------------------------------------------------------------

void say(const QString &line); // stdout, flushed at once so a watching wizard sees progress
void complain(const QString &line); // stderr, flushed

// Sleeps for ms scaled by UW_SIM_SPEED: 1 (the default) is the real pace, 2 twice as fast,
// 0 instant (tests).
void pause(int ms);

// A tool's log file, written line by line as the tool goes (as `tail -f` would show).
class Log
{
public:
    // append: keep earlier runs (a script's log); otherwise each run starts the file afresh.
    std::expected<void, QString> open(const Context &context, const QString &path, bool append = false);
    void write(const QString &level, const QString &text);
    QString path() const { return m_path; }
    bool isOpen() const { return m_file.isOpen(); }

private:
    QFile m_file;
    QString m_path;
};

// Console and log together, for the tools that keep a log.
class Reporter
{
public:
    explicit Reporter(Log &log)
        : m_log(log)
    { }

    void info(const QString &text, int pauseMs = 0);
    void warn(const QString &text); // "WARN: text"
    int error(const QString &text); // "ERROR: text" on stderr; returns kFailure
    int warnings() const { return m_warnings; }

private:
    Log &m_log;
    int m_warnings = 0;
};

// --- files -----------------------------------------------------------------------------------

QString noSpace(const QString &path); // "cannot write PATH: No space left on device"

// Atomic (QSaveFile), creating parent directories; fails as a full disk would under disk.full.
std::expected<void, QString> writeFile(const Context &context, const QString &path, const QByteArray &data);
std::expected<void, QString> writeJson(const Context &context, const QString &path, const QJsonObject &json);
// Copies a file or a directory tree with plain writes (not atomic), honouring disk.full.
std::expected<void, QString> copyTree(const Context &context, const QString &from, const QString &to);
std::expected<QJsonObject, QString> readJson(const QString &path);

// Several nodes share <root>/axway/state.json: each change is a read-modify-write under a
// lock file, written atomically. update returns false to leave the file as it was.
std::expected<void, QString> updateState(const Context &context, const std::function<bool(QJsonObject &)> &update);
std::expected<QJsonObject, QString> readState(const Context &context);

QString now(); // "2026-05-01 10:00:00,123", the timestamp of the products' logs

// --- the tools -------------------------------------------------------------------------------

int runSysupgrade(Context &context);
int runManagedomain(Context &context);
int runKpsadmin(Context &context);
int runNodemanager(Context &context);
int runStartinstance(Context &context);
// A stand-in for the site's own way of stopping a node (its init.d service scripts or service
// manager): stops every API Gateway and the Node Manager of this node's installation.
int runGatewayStart(Context &context);
int runCortexUpgradeGateway(Context &context);
int runPowershell(Context &context);

} // namespace uw::simtool
