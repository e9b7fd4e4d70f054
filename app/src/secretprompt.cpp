#include "app/secretprompt.h"

#include <QScopeGuard>

#include <atomic>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace uw::app {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return ::isatty(STDIN_FILENO) == 1;
#endif
}

#ifdef Q_OS_WIN

std::expected<QString, PromptEnd> promptSecret(const QString &prompt)
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(input, &mode))
        return std::unexpected(PromptEnd::Unreadable);
    std::fputws(reinterpret_cast<const wchar_t *>(prompt.utf16()), stderr);
    std::fflush(stderr);
    SetConsoleMode(input, (mode & ~DWORD(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT);
    const auto restore = qScopeGuard([&] {
        SetConsoleMode(input, mode);
        std::fputc('\n', stderr);
        std::fflush(stderr);
    });
    QString line;
    wchar_t buffer[256];
    while (true) {
        DWORD read = 0;
        SetLastError(0);
        if (!ReadConsoleW(input, buffer, DWORD(std::size(buffer)), &read, nullptr))
            return std::unexpected(PromptEnd::Unreadable);
        // Ctrl-C ends the read with nothing read (its handler runs on another thread).
        if (read == 0)
            return std::unexpected(GetLastError() == ERROR_OPERATION_ABORTED ? PromptEnd::Cancelled
                                                                             : PromptEnd::EndOfInput);
        line += QString::fromWCharArray(buffer, int(read));
        if (line.endsWith(u'\n'))
            break;
    }
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

#else

namespace {

std::atomic_bool g_interrupted = false;

void onInterrupt(int)
{
    g_interrupted = true;
}

} // namespace

std::expected<QString, PromptEnd> promptSecret(const QString &prompt)
{
    termios saved{};
    if (::tcgetattr(STDIN_FILENO, &saved) != 0)
        return std::unexpected(PromptEnd::Unreadable);
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL;
    // SIGINT and SIGTERM end the prompt; the program's own handlers come back afterwards.
    g_interrupted = false;
    struct sigaction interrupt
    {
    };
    interrupt.sa_handler = onInterrupt;
    sigemptyset(&interrupt.sa_mask);
    struct sigaction oldInt
    {
    };
    struct sigaction oldTerm
    {
    };
    ::sigaction(SIGINT, &interrupt, &oldInt);
    ::sigaction(SIGTERM, &interrupt, &oldTerm);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    const auto restore = qScopeGuard([&] {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        ::sigaction(SIGINT, &oldInt, nullptr);
        ::sigaction(SIGTERM, &oldTerm, nullptr);
    });
    QByteArray line;
    while (true) {
        if (g_interrupted) {
            std::fputc('\n', stderr);
            return std::unexpected(PromptEnd::Cancelled);
        }
        pollfd in{STDIN_FILENO, POLLIN, 0};
        const int ready = ::poll(&in, 1, 200);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return std::unexpected(PromptEnd::Unreadable);
        if (ready == 0)
            continue;
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::unexpected(PromptEnd::Unreadable);
        if (n == 0)
            return std::unexpected(PromptEnd::EndOfInput);
        if (c == '\n')
            break;
        line += c;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromLocal8Bit(line);
}

#endif

} // namespace uw::app
