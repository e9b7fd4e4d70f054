#pragma once

// uw-testchild (tests/testchild/): the child process the tests start instead of a shell, so
// that they run the same on Linux and Windows.

#include <QFile>
#include <QFileInfo>
#include <QString>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#endif

namespace uw::test {

inline QString testChild()
{
    return QStringLiteral(UW_TEST_CHILD);
}

// How outcome messages name it: "uw-testchild", "uw-testchild.exe" on Windows.
inline QString testChildName()
{
    return QFileInfo(testChild()).fileName();
}

// Whether a process still runs (a zombie whose parent is gone does not).
inline bool processIsAlive(qint64 pid)
{
#ifdef Q_OS_WIN
    const HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return false;
    const bool alive = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return alive;
#else
    if (::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype state = text.lastIndexOf(')') + 2; // "pid (name) S ..."
    return state >= 2 && state < text.size() && text.at(state) != 'Z';
#endif
}

} // namespace uw::test
