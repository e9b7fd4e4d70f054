// The "process" check: is a program running? Linux reads /proc, Windows asks the toolhelp API
// and each process for its command line; elsewhere the check reports that it cannot be carried
// out.

#include "check_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
// windows.h first: tlhelp32.h uses its types without including it.
#include <windows.h>

#include <tlhelp32.h>
#include <winternl.h>
#endif

namespace uw::checks::detail {

namespace {

struct ProcessSpec
{
    QString name;
    bool expectRunning = true;
};

ProcessSpec parseProcess(SpecReader &reader)
{
    ProcessSpec spec;
    spec.name = reader.string(QStringLiteral("name"), Need::Required).value_or(QString());
    spec.expectRunning = reader.choice(QStringLiteral("expect"), {QStringLiteral("running"), QStringLiteral("stopped")},
                                       Need::Required)
        != QLatin1String("stopped");
    return spec;
}

struct ProcessInfo
{
    qint64 pid = 0;
    QString name; // executable name
    QString commandLine; // may be empty where the platform does not tell
};

struct Listing
{
    QList<ProcessInfo> matches;
    qsizetype looked = 0;
};

#if defined(Q_OS_LINUX)

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

// Matches an executable name (from /proc/PID/comm or argv[0]) or any substring of the command
// line. Other users' processes are visible too; only zombies are left out, they run nothing.
std::expected<Listing, Result> listMatching(const QString &name, const RunContext &context)
{
    Listing listing;
    const qint64 self = QCoreApplication::applicationPid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (entries.isEmpty())
        return std::unexpected(makeResult(
            Status::Error, Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot list processes: /proc is not readable"))));
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == self)
            continue;
        if (context.isCancelled())
            return std::unexpected(cancelledResult());
        const QString base = QStringLiteral("/proc/") + entry;
        // /proc/PID/stat: "PID (comm) STATE ..."; comm may itself contain ')' and spaces.
        const QByteArray stat = readSmallFile(base + QStringLiteral("/stat"));
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue; // the process ended while we looked
        const char state = close + 2 < stat.size() ? stat.at(close + 2) : '?';
        if (state == 'Z' || state == 'X')
            continue;
        ++listing.looked;

        ProcessInfo info;
        info.pid = pid;
        info.name = QString::fromUtf8(readSmallFile(base + QStringLiteral("/comm"))).trimmed();
        QByteArray cmdline = readSmallFile(base + QStringLiteral("/cmdline"));
        while (cmdline.endsWith('\0'))
            cmdline.chop(1);
        const QString argv0 = QFileInfo(QString::fromUtf8(cmdline.left(cmdline.indexOf('\0')))).fileName();
        info.commandLine = QString::fromUtf8(cmdline.replace('\0', ' '));
        if (info.name == name || argv0 == name || info.commandLine.contains(name))
            listing.matches.append(info);
    }
    return listing;
}

#elif defined(Q_OS_WIN)

// A process's command line, as Task Manager shows it: NtQueryInformationProcess with
// ProcessCommandLineInformation (Windows 8.1 and later), else read from the process's PEB as
// older tools do (Wine answers only that way). Empty where it may not be read (other users'
// and protected processes), which leaves the executable's name to match.
QString commandLineOf(DWORD pid, QByteArray &buffer)
{
    using Query = NTSTATUS(NTAPI *)(HANDLE, PROCESSINFOCLASS, PVOID, ULONG, PULONG);
    static const auto query = reinterpret_cast<Query>(
        reinterpret_cast<void *>(GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "NtQueryInformationProcess")));
    constexpr auto kCommandLineInformation = PROCESSINFOCLASS(60);
    if (!query)
        return {};
    const HANDLE process = OpenProcess(PROCESS_QUERY_INFORMATION | PROCESS_VM_READ, FALSE, pid);
    if (!process)
        return {};
    const auto close = qScopeGuard([process] { CloseHandle(process); });
    ULONG size = 0;
    if (query(process, kCommandLineInformation, buffer.data(), ULONG(buffer.size()), &size) >= 0) {
        const auto *text = reinterpret_cast<const UNICODE_STRING *>(buffer.constData());
        return QString::fromWCharArray(text->Buffer, text->Length / sizeof(wchar_t));
    }
    PROCESS_BASIC_INFORMATION basic{};
    PEB peb{};
    RTL_USER_PROCESS_PARAMETERS parameters{};
    if (query(process, ProcessBasicInformation, &basic, sizeof(basic), &size) < 0 || !basic.PebBaseAddress
        || !ReadProcessMemory(process, basic.PebBaseAddress, &peb, sizeof(peb), nullptr)
        || !ReadProcessMemory(process, peb.ProcessParameters, &parameters, sizeof(parameters), nullptr))
        return {};
    std::wstring text(std::min<size_t>(parameters.CommandLine.Length / sizeof(wchar_t), 32768), L'\0');
    if (!ReadProcessMemory(process, parameters.CommandLine.Buffer, text.data(), text.size() * sizeof(wchar_t), nullptr))
        return {};
    return QString::fromStdWString(text);
}

// A name matches the executable's name with or without ".exe", in any case, or a part of it,
// or any substring of the command line.
std::expected<Listing, Result> listMatching(const QString &name, const RunContext &context)
{
    Listing listing;
    HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snapshot == INVALID_HANDLE_VALUE)
        return std::unexpected(makeResult(
            Status::Error, Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot list processes (toolhelp snapshot failed)"))));
    const qint64 self = QCoreApplication::applicationPid();
    PROCESSENTRY32W entry;
    entry.dwSize = sizeof(entry);
    QByteArray buffer(64 * 1024, Qt::Uninitialized); // one for every process's command line
    for (BOOL more = Process32FirstW(snapshot, &entry); more; more = Process32NextW(snapshot, &entry)) {
        if (context.isCancelled()) {
            CloseHandle(snapshot);
            return std::unexpected(cancelledResult());
        }
        if (qint64(entry.th32ProcessID) == self)
            continue;
        ++listing.looked;
        const QString exe = QString::fromWCharArray(entry.szExeFile);
        QString stem = exe;
        if (stem.endsWith(QLatin1String(".exe"), Qt::CaseInsensitive))
            stem.chop(4);
        const QString commandLine = commandLineOf(entry.th32ProcessID, buffer);
        if (exe.compare(name, Qt::CaseInsensitive) == 0 || stem.compare(name, Qt::CaseInsensitive) == 0
            || exe.contains(name, Qt::CaseInsensitive) || commandLine.contains(name))
            listing.matches.append({qint64(entry.th32ProcessID), exe, commandLine});
    }
    CloseHandle(snapshot);
    return listing;
}

#else

std::expected<Listing, Result> listMatching(const QString &, const RunContext &)
{
    return std::unexpected(makeResult(
        Status::Error, Text(QT_TRANSLATE_NOOP("uw::Outcome", "The process check is not supported on this platform"))));
}

#endif

} // namespace

void validateProcess(SpecReader &reader)
{
    parseProcess(reader);
}

Result runProcess(SpecReader &reader, const RunContext &context)
{
    const ProcessSpec spec = parseProcess(reader);
    auto listing = listMatching(spec.name, context);
    if (!listing)
        return listing.error();

    QList<Text> evidence{Text(QT_TRANSLATE_NOOP("uw::Outcome", "looked for %1 among %2 processes"), quoted(spec.name),
                              QString::number(listing->looked))};
    QJsonArray pids;
    QStringList pidTexts;
    constexpr qsizetype maxShown = 10;
    for (const ProcessInfo &info : std::as_const(listing->matches)) {
        pids.append(info.pid);
        pidTexts.append(QString::number(info.pid));
        if (pids.size() > maxShown)
            continue;
        // Command lines can hold passwords given as options; those are masked.
        const QString shown = info.commandLine.isEmpty() ? info.name : shortLine(redactArguments(info.commandLine));
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "pid %1: %2"), QString::number(info.pid), shown));
    }
    if (pids.size() > maxShown)
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "... and %1 more"), pids.size() - maxShown));
    const QJsonObject details{{QStringLiteral("pids"), pids}};
    const bool running = !pids.isEmpty();
    const QString pidList = pidTexts.first(std::min(pidTexts.size(), maxShown)).join(QStringLiteral(", "));
    if (spec.expectRunning) {
        if (running)
            return makeResult(Status::Pass,
                              Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is running (pid %2)"), spec.name, pidList),
                              evidence, details);
        return makeResult(Status::Fail,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is not running; start it"), spec.name), evidence,
                          details);
    }
    if (running)
        return makeResult(
            Status::Fail,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is still running (pid %2); stop it before going on"), spec.name,
                 pidList),
            evidence, details);
    return makeResult(Status::Pass, Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is not running, as required"), spec.name),
                      evidence, details);
}

} // namespace uw::checks::detail
