#pragma once

// Symbolic links and backup paths in tests, the same on Linux and Windows. Made with the
// platform's own calls, not the code under test: QFile::link would make a .lnk shortcut on
// Windows, and MinGW's std::filesystem::create_symlink is not implemented.

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace uw::test {

// Creates `path` as a symbolic link to `target` (kept relative when it is); false when that
// fails. On Windows it needs Developer Mode or the right to create links, which Wine has.
inline bool makeSymlink(const QString &target, const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
#ifdef Q_OS_WIN
    DWORD flags = SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE;
    if (QFileInfo(QDir(QFileInfo(path).absolutePath()).filePath(target)).isDir())
        flags |= SYMBOLIC_LINK_FLAG_DIRECTORY;
    // Wine answers success and makes nothing: only what is there counts.
    return CreateSymbolicLinkW(QDir::toNativeSeparators(path).toStdWString().c_str(),
                               QDir::toNativeSeparators(target).toStdWString().c_str(), flags)
        && QFileInfo(path).isSymbolicLink();
#else
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) == 0;
#endif
}

// Whether this system makes symbolic links at all. Wine does not (CreateSymbolicLinkW is a
// stub there); the tests that need links skip with kNoSymlinks, and trees that merely contain
// some are made without them.
inline bool symlinksWork()
{
    static const bool works = [] {
        QTemporaryDir dir;
        return dir.isValid() && makeSymlink(QStringLiteral("target"), dir.filePath(QStringLiteral("link")));
    }();
    return works;
}

inline constexpr char kNoSymlinks[] = "this system makes no symbolic links (Wine does not implement them: "
                                      "CreateSymbolicLinkW succeeds and makes nothing)";

// A link's target as the tests compare it: with / on every platform.
inline QString linkTarget(const QString &path)
{
    return QDir::fromNativeSeparators(QFileInfo(path).readSymLink());
}

// Where a backup of `path` lands under `backups`: its absolute path below it, a Windows drive
// (C:) as a folder (C).
inline QString backupPathOf(const QString &backups, const QString &path)
{
    QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (absolute.size() > 1 && absolute.at(1) == u':')
        absolute.remove(1, 1).prepend(u'/');
    return QDir::cleanPath(backups + u'/' + absolute);
}

} // namespace uw::test
