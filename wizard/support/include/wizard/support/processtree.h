#pragma once

// How this program starts other programs and stops them with everything they started. The
// one place where Unix and Windows differ in that (docs/architecture.md, "Windows code paths").

#include <QProcess>
#include <QString>
#include <QStringList>

namespace uw {

struct ProcessLaunch
{
    QString program;
    QStringList args;

    // What to hand QProcess to run `program` with `args`. On Windows, CreateProcess only
    // appends ".exe": a program named without an extension is looked for with each extension
    // of PATHEXT (so a playbook's ".../bin/sysupgrade" finds "sysupgrade.cmd"), and a
    // PowerShell script, which CreateProcess cannot start at all, runs through
    // `powershell.exe -NoProfile -ExecutionPolicy Bypass -File` (or pwsh.exe where that is the
    // only one). Elsewhere the program is run as given.
    static ProcessLaunch resolve(const QString &program, const QStringList &args);
};

// A started process and every process it starts, stopped together. On Unix the process leads
// a process group of its own, and on Linux it is killed when this program dies (even by
// kill -9: PR_SET_PDEATHSIG); on Windows it runs in a Job object that kills all of it when the
// job is closed, so nothing it started outlives the task, nor this program if it dies.
class ProcessTree
{
public:
    ProcessTree() = default;
    ~ProcessTree(); // kills what is still running
    ProcessTree(const ProcessTree &) = delete;
    ProcessTree &operator=(const ProcessTree &) = delete;

    // Before QProcess::start. On Windows the process starts suspended, so that it cannot
    // start a child before it is in the job.
    void prepare(QProcess &process);
    // Right after QProcess::start: puts the process in the job and lets it run.
    void adopt(const QProcess &process);
    // Asks the whole tree to stop: SIGTERM to the group. Windows has no such request for a
    // console program; the direct child gets WM_CLOSE and the kill follows after a grace.
    // On Linux the processes descended from it that left its group (setsid: a daemon it
    // started) are found through /proc and asked too, and remembered for kill().
    void terminate(QProcess &process);
    // Kills the whole tree at once; also after the direct child has ended, what it left.
    void kill(QProcess &process);

    // What tells a process from a later one with the same id: its start time (Linux: clock
    // ticks after boot; Windows: its creation time), 0 where unknown.
    static qint64 startTimeOf(qint64 pid);
    // Whether the process `pid` that started at `startTime` still runs (0: any with that id).
    static bool isRunning(qint64 pid, qint64 startTime);

    // A process started detached (it outlives this program: a service a task starts in the
    // background), stopped by its id. `group`: the process group it leads or joined when it
    // was started (Unix; 0: unknown, then only the process itself is signalled, since the
    // group of a process someone else started may hold unrelated ones). Unix asks with
    // SIGTERM, or kills with SIGKILL; Windows has no request for a console program and ends
    // the process and every process descended from it in both cases.
    static void stopDetached(qint64 pid, qint64 group, bool kill);
    // The process group of `pid` (Unix), 0 where unknown or elsewhere.
    static qint64 groupOf(qint64 pid);

private:
    void closeJob();
#ifdef Q_OS_UNIX
    void signalAll(int signal);

    qint64 m_pid = 0; // the direct child, leader of the group
    QList<std::pair<qint64, qint64>> m_descendants; // outside the group: id, start time
#endif
#ifdef Q_OS_WIN
    void *m_job = nullptr;
#endif
};

} // namespace uw
