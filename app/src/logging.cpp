#include "app/logging.h"

#include "wizard/support/logformat.h"
#include "wizard/support/paths.h"

#include <QDir>
#include <QFile>

#include <spdlog/async.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace uw::app {

namespace {

QtMessageHandler s_previousHandler = nullptr;
bool s_handlerInstalled = false;
// The file-only logger of what a command prints (logOutput).
constexpr char kOutputLogger[] = "output";

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category ? context.category : "default";
    spdlog::log(levelFor(type), "[{}] {}", category, message);
    if (type == QtFatalMsg) {
        // Qt aborts after a fatal message; make sure it is on disk first.
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

Result<void> initLogging(const LogSettings &settings)
{
    shutdownLogging();

    std::vector<spdlog::sink_ptr> sinks;
    Result<void> result;
    if (settings.toStderr) {
        auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        sink->set_pattern("%^%l%$: %v");
        // stdout has the progress already: the terminal gets the diagnostics, unless more was asked for.
        sink->set_level(settings.level < spdlog::level::info ? settings.level
                                                             : std::max(settings.level, spdlog::level::warn));
        sinks.push_back(std::move(sink));
    }
    spdlog::sink_ptr fileSink;
    if (!settings.directory.isEmpty()) {
        auto dir = paths::ensureDir(settings.directory);
        if (!dir) {
            result = std::unexpected(dir.error());
        } else {
            const QString file = QDir(*dir).filePath(QLatin1String(kLogFileName));
            try {
                // The name as the system wants it: wide on Windows (spdlog built with
                // SPDLOG_WCHAR_FILENAMES), the locale's encoding elsewhere.
#ifdef SPDLOG_WCHAR_FILENAMES
                const spdlog::filename_t name = QDir::toNativeSeparators(file).toStdWString();
#else
                const spdlog::filename_t name = QFile::encodeName(file).toStdString();
#endif
                auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(name, settings.maxFileBytes,
                                                                                   settings.maxFiles);
                sink->set_pattern("%Y-%m-%d %H:%M:%S.%e %L [%t] %v");
                fileSink = sink;
                paths::makePrivate(file);
                sinks.push_back(std::move(sink));
            } catch (const spdlog::spdlog_ex &e) {
                // spdlog reports with exceptions; they stop here.
                result = std::unexpected(Error::io(file, QString::fromStdString(e.what()),
                                                   QStringLiteral("check permissions and free space")));
            }
        }
    }

    // One background thread writes; a full queue blocks the caller rather than drop lines.
    spdlog::init_thread_pool(8192, 1);
    auto logger = std::make_shared<spdlog::async_logger>("uw", sinks.begin(), sinks.end(), spdlog::thread_pool(),
                                                         spdlog::async_overflow_policy::block);
    logger->set_level(settings.level);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    if (fileSink) {
        auto output = std::make_shared<spdlog::async_logger>(kOutputLogger, fileSink, spdlog::thread_pool(),
                                                             spdlog::async_overflow_policy::block);
        output->set_level(settings.level);
        output->flush_on(spdlog::level::warn);
        spdlog::register_logger(std::move(output));
    }
    spdlog::flush_every(std::chrono::seconds(2));

    s_previousHandler = qInstallMessageHandler(qtMessageHandler);
    s_handlerInstalled = true;
    return result;
}

void logOutput(const QString &text, bool error)
{
    if (const auto output = spdlog::get(kOutputLogger))
        output->log(error ? spdlog::level::warn : spdlog::level::info, "{}", text.toStdString());
}

namespace {

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = (text + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void printOut(const QString &text)
{
    print(stdout, text);
    logOutput(text);
}

void printErr(const QString &text)
{
    print(stderr, text);
    logOutput(text, true);
}

void shutdownLogging()
{
    if (s_handlerInstalled) {
        qInstallMessageHandler(s_previousHandler);
        s_handlerInstalled = false;
    }
    // Drains the queue, joins the writer thread and drops every logger.
    spdlog::shutdown();
    // spdlog leaves no default logger behind; a late message (from a destructor, say) must
    // not dereference null, and a late warning should still be seen.
    auto fallback = std::make_shared<spdlog::logger>("uw", std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    fallback->set_level(spdlog::level::warn);
    spdlog::set_default_logger(std::move(fallback));
}

} // namespace uw::app
