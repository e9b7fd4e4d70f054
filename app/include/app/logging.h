#pragma once

#include "wizard/support/error.h"

#include <QString>

#include <spdlog/common.h>

#include <cstddef>

namespace uw::app {

struct LogSettings
{
    // Where upgrade-wizard.log and its rotated predecessors live; empty means no log file.
    QString directory;
    spdlog::level::level_enum level = spdlog::level::info;
    // Command-line subcommands also print warnings and errors to stderr (and debug or trace
    // when that level is asked for: info is what stdout says already).
    bool toStderr = false;
    std::size_t maxFileBytes = 5 * 1024 * 1024;
    std::size_t maxFiles = 5; // rotated files kept besides the current one
};

inline constexpr char kLogFileName[] = "upgrade-wizard.log";

// Installs an asynchronous spdlog default logger with a rotating file sink and, optionally,
// a stderr sink, and routes Qt's own messages (qDebug, qWarning, ...) into it.
// When the log file cannot be opened the logger still works without it, and the error
// says why, so the caller can warn the user and carry on.
Result<void> initLogging(const LogSettings &settings);

// What a command prints for people (stdout, or stderr for `error`) goes into the log file too,
// so the file holds the whole run; never to the terminal a second time.
void logOutput(const QString &text, bool error = false);

// A line for people: on stdout (printOut) or stderr (printErr), flushed, and into the log file.
// Every command prints through these.
void printOut(const QString &text);
void printErr(const QString &text);

// Flushes every queued message, stops the logging thread and gives Qt back its handler.
// Safe to call more than once.
void shutdownLogging();

// RAII for main(): logging lives exactly as long as the application.
class LoggingScope
{
public:
    LoggingScope() = default;
    ~LoggingScope() { shutdownLogging(); }
    LoggingScope(const LoggingScope &) = delete;
    LoggingScope &operator=(const LoggingScope &) = delete;
};

} // namespace uw::app
