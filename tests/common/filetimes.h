#pragma once

// Setting a file's or a folder's modification time in a test. QFileDevice::setFileTime needs an
// open file, which a folder is not, and MinGW's std::filesystem::last_write_time cannot set a
// folder's time on Windows.

#include <QDateTime>
#include <QFile>
#include <QString>

#ifdef Q_OS_WIN
#include <QDir>

#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace uw::test {

inline bool setModified(const QString &path, const QDateTime &when)
{
    const qint64 ms = when.toMSecsSinceEpoch();
#ifdef Q_OS_WIN
    // 100-nanosecond intervals since 1601; FILE_FLAG_BACKUP_SEMANTICS opens folders too.
    const quint64 ticks = quint64(ms + 11644473600000LL) * 10000ULL;
    const FILETIME time{DWORD(ticks & 0xffffffffu), DWORD(ticks >> 32)};
    const HANDLE handle = CreateFileW(QDir::toNativeSeparators(path).toStdWString().c_str(), FILE_WRITE_ATTRIBUTES,
                                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                      FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = SetFileTime(handle, nullptr, &time, &time);
    CloseHandle(handle);
    return ok;
#else
    const timespec time{time_t(ms / 1000), long(ms % 1000) * 1000000L};
    const timespec times[2] = {time, time};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
#endif
}

} // namespace uw::test
