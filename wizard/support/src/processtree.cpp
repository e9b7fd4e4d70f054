#include "wizard/support/processtree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#ifdef Q_OS_WIN
#include <windows.h>
// After windows.h, which it needs.
#include <tlhelp32.h>
#endif

namespace uw {

#ifdef Q_OS_LINUX
namespace {

struct ProcStat
{
    qint64 parent = 0;
    qint64 started = 0; // clock ticks after boot
    bool zombie = false;
};

// /proc/PID/stat: "pid (comm) state ppid ... starttime(22nd field) ..."; comm may hold spaces
// and parentheses, so the fields are counted from its last ')'.
std::optional<ProcStat> procStat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = file.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return std::nullopt;
    return ProcStat{fields.at(1).toLongLong(), fields.at(19).toLongLong(), fields.at(0) == "Z"};
}

// Every process below `root`, with its start time: whatever group or session it moved to.
QList<std::pair<qint64, qint64>> descendantsOf(qint64 root)
{
    QHash<qint64, QList<std::pair<qint64, qint64>>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        if (const auto stat = procStat(pid))
            children[stat->parent].append({pid, stat->started});
    }
    QList<std::pair<qint64, qint64>> found;
    QList<qint64> queue{root};
    while (!queue.isEmpty()) {
        for (const auto &child : children.value(queue.takeFirst())) {
            found << child;
            queue << child.first;
        }
    }
    return found;
}

} // namespace
#endif

#ifdef Q_OS_WIN
namespace {

// Qt's own code for a process it killed: QProcess reports such an end as a crash.
constexpr UINT kKilledExitCode = 0xf291;

QStringList pathExtensions()
{
    QStringList extensions = qEnvironmentVariable("PATHEXT").toLower().split(u';', Qt::SkipEmptyParts);
    if (extensions.isEmpty())
        extensions = {QStringLiteral(".com"), QStringLiteral(".exe"), QStringLiteral(".bat"), QStringLiteral(".cmd")};
    return extensions;
}

QString powershell()
{
    for (const QString &name : {QStringLiteral("powershell.exe"), QStringLiteral("pwsh.exe")})
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    return QStringLiteral("powershell.exe"); // fails to start with Windows' own message
}

void resumeThreads(DWORD pid)
{
    const HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0);
    if (snapshot == INVALID_HANDLE_VALUE)
        return;
    THREADENTRY32 entry{};
    entry.dwSize = sizeof(entry);
    for (BOOL more = Thread32First(snapshot, &entry); more; more = Thread32Next(snapshot, &entry)) {
        if (entry.th32OwnerProcessID != pid)
            continue;
        if (const HANDLE thread = OpenThread(THREAD_SUSPEND_RESUME, FALSE, entry.th32ThreadID)) {
            ResumeThread(thread);
            CloseHandle(thread);
        }
    }
    CloseHandle(snapshot);
}

} // namespace
#endif

ProcessLaunch ProcessLaunch::resolve(const QString &program, const QStringList &args)
{
#ifdef Q_OS_WIN
    QString resolved = program;
    const bool hasPath = program.contains(u'/') || program.contains(u'\\');
    const QStringList extensions = pathExtensions();
    const QString suffix = u'.' + QFileInfo(program).suffix().toLower();
    // "gateway.start" has a suffix, but not one Windows runs: it is looked for as gateway.start.cmd.
    if (!extensions.contains(suffix) && suffix != QLatin1String(".ps1")) {
        if (hasPath) {
            for (const QString &extension : extensions) {
                if (QFileInfo(program + extension).isFile()) {
                    resolved = program + extension;
                    break;
                }
            }
        } else if (const QString found = QStandardPaths::findExecutable(program); !found.isEmpty()) {
            resolved = found;
        }
    }
    if (resolved.endsWith(QLatin1String(".ps1"), Qt::CaseInsensitive)) {
        QStringList shellArgs{
            QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"), QStringLiteral("-ExecutionPolicy"),
            QStringLiteral("Bypass"),     QStringLiteral("-File"),           QFileInfo(resolved).absoluteFilePath()};
        return {powershell(), shellArgs + args};
    }
    return {resolved, args};
#else
    return {program, args};
#endif
}

ProcessTree::~ProcessTree()
{
    closeJob();
}

void ProcessTree::prepare(QProcess &process)
{
#ifdef Q_OS_UNIX
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent] {
        // Its own process group, so a stop reaches the children it starts too.
        ::setpgid(0, 0);
        // This program ignores SIGPIPE (a closed stdout must not end an upgrade); the tools it
        // runs get the usual behaviour back.
        ::signal(SIGPIPE, SIG_DFL);
#ifdef Q_OS_LINUX
        // Killed with the program, even by kill -9: an orphaned "sysupgrade export" would go on
        // writing, and the step's re-run would then find its half-made output. (If the program
        // died before this line, the parent is already another process.)
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::raise(SIGKILL);
#else
        Q_UNUSED(parent);
#endif
    });
#elif defined(Q_OS_WIN)
    closeJob();
    m_job = CreateJobObjectW(nullptr, nullptr);
    if (m_job) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        if (!SetInformationJobObject(m_job, JobObjectExtendedLimitInformation, &limits, sizeof(limits))) {
            CloseHandle(m_job);
            m_job = nullptr;
        }
    }
    // Without a job there is nothing to hold the process in: it starts running at once.
    if (m_job)
        process.setCreateProcessArgumentsModifier(
            [](QProcess::CreateProcessArguments *arguments) { arguments->flags |= CREATE_SUSPENDED; });
    else
        process.setCreateProcessArgumentsModifier({});
#else
    Q_UNUSED(process);
#endif
}

void ProcessTree::adopt(const QProcess &process)
{
#ifdef Q_OS_UNIX
    m_pid = process.processId();
    m_descendants.clear();
#endif
#ifdef Q_OS_WIN
    const qint64 pid = process.processId();
    if (pid <= 0 || !m_job)
        return;
    if (const HANDLE handle = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(pid))) {
        if (!AssignProcessToJobObject(m_job, handle))
            closeJob(); // a stop then reaches the direct child only
        CloseHandle(handle);
    }
    resumeThreads(DWORD(pid));
#endif
}

#ifdef Q_OS_UNIX
// The group, then every descendant found outside it that is still the process it was.
void ProcessTree::signalAll(int signal)
{
    if (m_pid <= 0)
        return;
#ifdef Q_OS_LINUX
    for (const auto &descendant : descendantsOf(m_pid))
        if (!m_descendants.contains(descendant))
            m_descendants << descendant;
#endif
    ::kill(-pid_t(m_pid), signal);
    for (const auto &[pid, started] : std::as_const(m_descendants))
        if (isRunning(pid, started))
            ::kill(pid_t(pid), signal);
}
#endif

qint64 ProcessTree::startTimeOf(qint64 pid)
{
#ifdef Q_OS_LINUX
    const auto stat = procStat(pid);
    return stat ? stat->started : 0;
#elif defined(Q_OS_WIN)
    const HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return 0;
    FILETIME created{}, exited{}, kernel{}, user{};
    const bool ok = GetProcessTimes(process, &created, &exited, &kernel, &user);
    CloseHandle(process);
    return ok ? qint64((quint64(created.dwHighDateTime) << 32) | created.dwLowDateTime) : 0;
#else
    Q_UNUSED(pid);
    return 0;
#endif
}

bool ProcessTree::isRunning(qint64 pid, qint64 startTime)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    const HANDLE process = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    const bool alive = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
#else
    const bool alive = ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
#ifdef Q_OS_LINUX
    // A zombie has ended; it only waits for its parent to read its status.
    if (const auto stat = procStat(pid); alive && stat && stat->zombie)
        return false;
#endif
    return alive && (startTime == 0 || startTimeOf(pid) == startTime);
}

qint64 ProcessTree::groupOf(qint64 pid)
{
#ifdef Q_OS_UNIX
    const pid_t group = pid > 0 ? ::getpgid(pid_t(pid)) : -1;
    return group > 0 ? qint64(group) : 0;
#else
    Q_UNUSED(pid);
    return 0;
#endif
}

void ProcessTree::stopDetached(qint64 pid, qint64 group, bool kill)
{
    if (pid <= 0)
        return;
#ifdef Q_OS_UNIX
    const int signal = kill ? SIGKILL : SIGTERM;
    // The group only while the process is still in it, and never this program's own group.
    if (group > 0 && groupOf(pid) == group && group != qint64(::getpgrp()))
        ::kill(-pid_t(group), signal);
    else
        ::kill(pid_t(pid), signal);
#elif defined(Q_OS_WIN)
    Q_UNUSED(group);
    Q_UNUSED(kill);
    // The descendants first (a .cmd wrapper's cmd.exe starts the real program), each only if
    // it started after its parent: an id can be reused by an unrelated later process.
    QList<DWORD> victims{DWORD(pid)};
    const HANDLE snapshot = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
    if (snapshot != INVALID_HANDLE_VALUE) {
        QList<std::pair<DWORD, DWORD>> all; // pid, parent
        PROCESSENTRY32W entry{};
        entry.dwSize = sizeof(entry);
        for (BOOL more = Process32FirstW(snapshot, &entry); more; more = Process32NextW(snapshot, &entry))
            all.append({entry.th32ProcessID, entry.th32ParentProcessID});
        CloseHandle(snapshot);
        for (qsizetype i = 0; i < victims.size(); ++i) {
            const qint64 parentStarted = startTimeOf(victims.at(i));
            for (const auto &[child, parent] : std::as_const(all))
                if (parent == victims.at(i) && child != 0 && !victims.contains(child)
                    && startTimeOf(child) >= parentStarted)
                    victims.append(child);
        }
    }
    for (qsizetype i = victims.size() - 1; i >= 0; --i) {
        if (const HANDLE process = OpenProcess(PROCESS_TERMINATE, FALSE, victims.at(i))) {
            TerminateProcess(process, kKilledExitCode);
            CloseHandle(process);
        }
    }
#else
    Q_UNUSED(group);
    Q_UNUSED(kill);
#endif
}

void ProcessTree::terminate(QProcess &process)
{
#ifdef Q_OS_UNIX
    Q_UNUSED(process);
    signalAll(SIGTERM);
#else
    if (process.processId() > 0)
        process.terminate();
#endif
}

void ProcessTree::kill(QProcess &process)
{
#ifdef Q_OS_UNIX
    Q_UNUSED(process);
    signalAll(SIGKILL);
#elif defined(Q_OS_WIN)
    // The job holds all of it, also what outlived the direct child.
    if (m_job && TerminateJobObject(m_job, kKilledExitCode))
        return;
    if (process.processId() > 0)
        process.kill();
#else
    process.kill();
#endif
}

void ProcessTree::closeJob()
{
#ifdef Q_OS_WIN
    if (m_job)
        CloseHandle(m_job); // JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE: what is left in it dies
    m_job = nullptr;
#endif
}

} // namespace uw
