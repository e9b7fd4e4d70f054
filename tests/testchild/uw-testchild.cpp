// uw-testchild: the child process of the tests, the same on every platform where they would
// otherwise need a shell, `sleep` or `kill`. Its arguments are commands done in order:
//
//   print TEXT          TEXT and a line end on stdout
//   print-pid           "pid PID" with its own process id
//   print-err TEXT      the same on stderr
//   write TEXT          TEXT without a line end
//   print-encoded USER TEXT  TEXT as careless servers echo it: percent-encoded in a URL path and
//                       in a query, form-encoded, base64, and a Basic header for USER:TEXT
//   lines N PREFIX      N lines "PREFIX 0" .. "PREFIX N-1"
//   long-line N         one line of N bytes ("0123456789" over and over), then "after"
//   sleep MS            waits MS milliseconds
//   ignore-stop         ignores the polite request to stop (SIGTERM; Windows has none to ignore)
//   spawn-sleeper MS    starts another uw-testchild that sleeps MS ms, prints "child PID"
//   spawn-daemon MS     the same, but the child leaves for a session of its own (setsid, as a
//                       daemon does) and ignores the request to stop
//   exit CODE           exits with CODE
//   crash               ends as a crash: SIGSEGV, or an access violation's exit code on Windows

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#ifdef _WIN32
#include <windows.h>
#else
#include <csignal>
#include <spawn.h>
#include <sys/types.h>
#include <unistd.h>
extern char **environ;
#endif

namespace {

std::string percentEncoded(const std::string &text, const std::string &keep)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~'
            || keep.find(char(c)) != std::string::npos) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string base64(const std::string &text)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < text.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, text.size() - i);
        unsigned value = 0;
        for (std::size_t k = 0; k < 3; ++k)
            value = (value << 8) | (k < n ? static_cast<unsigned char>(text[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k)
            out += k <= n ? alphabet[(value >> (18 - 6 * k)) & 63] : '=';
    }
    return out;
}

void printEncoded(const std::string &user, const std::string &text)
{
    std::string form = percentEncoded(text, "");
    for (std::size_t at = form.find("%20"); at != std::string::npos; at = form.find("%20", at))
        form.replace(at, 3, "+");
    std::printf("GET /login/%s HTTP/1.1\n", percentEncoded(text, "!$&'()*+,;=:@/").c_str());
    std::printf("query ?password=%s\n", percentEncoded(text, "").c_str());
    std::printf("form user=%s&password=%s\n", user.c_str(), form.c_str());
    std::printf("base64 %s\n", base64(text).c_str());
    std::printf("Authorization: Basic %s\n", base64(user + ':' + text).c_str());
    std::fflush(stdout);
}

int usage(const char *problem)
{
    std::fprintf(stderr, "uw-testchild: %s\n", problem);
    return 64;
}

long spawnSleeper(const char *self, const char *ms, bool daemon = false)
{
#ifdef _WIN32
    std::string commandLine = std::string("\"") + self + (daemon ? "\" ignore-stop sleep " : "\" sleep ") + ms;
    STARTUPINFOA startup{};
    startup.cb = sizeof(startup);
    PROCESS_INFORMATION info{};
    if (!CreateProcessA(nullptr, commandLine.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup, &info))
        return -1;
    CloseHandle(info.hThread);
    CloseHandle(info.hProcess);
    return long(info.dwProcessId);
#else
    char sleepWord[] = "sleep";
    char ignoreWord[] = "ignore-stop";
    char *argv[] = {const_cast<char *>(self), sleepWord, const_cast<char *>(ms), nullptr};
    char *daemonArgv[] = {const_cast<char *>(self), ignoreWord, sleepWord, const_cast<char *>(ms), nullptr};
    pid_t pid = 0;
    // The same process group as this one: that is what a stop of the group must reach. A
    // daemon leaves it (a session of its own), out of reach of a signal to the group.
    posix_spawnattr_t attributes;
    ::posix_spawnattr_init(&attributes);
    if (daemon)
        ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID);
    const int failed = ::posix_spawn(&pid, self, nullptr, &attributes, daemon ? daemonArgv : argv, environ);
    ::posix_spawnattr_destroy(&attributes);
    if (failed != 0)
        return -1;
    return long(pid);
#endif
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string command = argv[i];
        const auto next = [&]() -> const char * {
            return i + 1 < argc ? argv[++i] : nullptr;
        };
        if (command == "print" || command == "print-err" || command == "write") {
            const char *text = next();
            if (!text)
                return usage("print, print-err and write need a text");
            std::FILE *out = command == "print-err" ? stderr : stdout;
            std::fputs(text, out);
            if (command != "write")
                std::fputc('\n', out);
            std::fflush(out);
        } else if (command == "print-encoded") {
            const char *user = next();
            const char *text = next();
            if (!user || !text)
                return usage("print-encoded needs a user and a text");
            printEncoded(user, text);
        } else if (command == "print-pid") {
#ifdef _WIN32
            std::printf("pid %lu\n", static_cast<unsigned long>(GetCurrentProcessId()));
#else
            std::printf("pid %ld\n", static_cast<long>(::getpid()));
#endif
            std::fflush(stdout);
        } else if (command == "lines") {
            const char *count = next();
            const char *prefix = next();
            if (!count || !prefix)
                return usage("lines needs a count and a prefix");
            for (long n = 0, total = std::strtol(count, nullptr, 10); n < total; ++n)
                std::printf("%s %ld\n", prefix, n);
            std::fflush(stdout);
        } else if (command == "long-line") {
            const char *count = next();
            if (!count)
                return usage("long-line needs a byte count");
            std::string block;
            for (int k = 0; k < 6554; ++k)
                block += "0123456789";
            long long left = std::strtoll(count, nullptr, 10);
            while (left > 0) {
                const std::size_t n = std::size_t(std::min<long long>(left, (long long)block.size()));
                std::fwrite(block.data(), 1, n, stdout);
                left -= (long long)n;
            }
            std::fputs("\nafter\n", stdout);
            std::fflush(stdout);
        } else if (command == "sleep") {
            const char *ms = next();
            if (!ms)
                return usage("sleep needs milliseconds");
            std::this_thread::sleep_for(std::chrono::milliseconds(std::strtol(ms, nullptr, 10)));
        } else if (command == "ignore-stop") {
#ifndef _WIN32
            std::signal(SIGTERM, SIG_IGN);
#endif
        } else if (command == "spawn-sleeper" || command == "spawn-daemon") {
            const char *ms = next();
            if (!ms)
                return usage("spawn-sleeper and spawn-daemon need milliseconds");
            const long pid = spawnSleeper(argv[0], ms, command == "spawn-daemon");
            if (pid < 0)
                return usage("cannot start the sleeper");
            std::printf("child %ld\n", pid);
            std::fflush(stdout);
        } else if (command == "exit") {
            const char *code = next();
            return code ? int(std::strtol(code, nullptr, 10)) : usage("exit needs a code");
        } else if (command == "crash") {
#ifdef _WIN32
            // What an access violation ends with, without Windows' (or Wine's) crash debugger.
            TerminateProcess(GetCurrentProcess(), 0xC0000005);
#else
            // The default action, not a sanitizer's handler that would turn it into an exit.
            std::signal(SIGSEGV, SIG_DFL);
            std::raise(SIGSEGV);
#endif
        } else {
            return usage(("unknown command " + command).c_str());
        }
    }
    return 0;
}
