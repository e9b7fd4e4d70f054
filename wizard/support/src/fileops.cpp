#include "wizard/support/fileops.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace uw::fileops {

namespace {

constexpr qint64 kChunk = 1024 * 1024;

// The mode bits of `source` exactly, set-id and sticky bits included: QFile::Permissions
// would fold the caller's own access into the owner bits.
std::expected<void, QString> copyMode(QFileDevice &file, const QString &source, const QString &shownTarget)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(source).constData(), &st) != 0 || ::fchmod(file.handle(), st.st_mode & 07777) != 0)
        return std::unexpected(QStringLiteral("cannot give %1 the permissions of %2: %3; check that the wizard may "
                                              "change files in that folder")
                                   .arg(shownTarget, source, qt_error_string(errno)));
#else
    if (!file.setPermissions(QFileInfo(source).permissions()))
        return std::unexpected(
            QStringLiteral("cannot give %1 the permissions of %2: %3").arg(shownTarget, source, file.errorString()));
#endif
    return {};
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QString joined(const QString &prefix, const QString &name)
{
    if (prefix.isEmpty())
        return name;
    return prefix.endsWith(u'/') ? prefix + name : prefix + u'/' + name;
}

} // namespace

QString mirroredPath(const QString &root, const QString &absolutePath)
{
    QString relative = QDir::cleanPath(QDir::fromNativeSeparators(absolutePath));
    relative.remove(u':'); // a Windows drive, C:/x, becomes the folder C
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    return QDir::cleanPath(root + u'/' + relative);
}

std::expected<QString, QString> backup(const QString &path, const QString &backupDir)
{
    const QFileInfo info(path);
    const QString mirrored = mirroredPath(backupDir, info.absoluteFilePath());
    QString target = mirrored;
    for (int n = 1; QFileInfo(target).exists() || QFileInfo(target).isSymLink(); ++n)
        target = mirrored + QStringLiteral(".%1").arg(n);
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return std::unexpected(QStringLiteral("cannot create the backup folder %1 for %2; check that the session "
                                              "folder is writable and the disk is not full")
                                   .arg(folder, path));
    if (info.isSymLink()) {
        if (auto made = copySymlink(path, target); !made)
            return std::unexpected(QStringLiteral("cannot back up %1: %2").arg(path, made.error()));
        return target;
    }
    auto copied = copyFile(path, target, {}, {});
    if (!copied)
        return std::unexpected(QStringLiteral("cannot back up %1: %2").arg(path, copied.error()));
    return target;
}

std::expected<Copied, QString> copyFile(const QString &source, const QString &target,
                                        const std::function<void(qint64)> &onChunk,
                                        const std::function<bool()> &cancelled)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read %1: %2; check that the wizard runs as a user that may "
                                              "read it")
                                   .arg(source, in.errorString()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return std::unexpected(QStringLiteral("cannot write %1: %2; check that its folder is writable and the disk "
                                              "is not full")
                                   .arg(target, out.errorString()));
    QByteArray buffer(kChunk, Qt::Uninitialized);
    while (true) {
        if (cancelled && cancelled()) {
            out.cancelWriting();
            return Copied::Cancelled;
        }
        const qint64 read = in.read(buffer.data(), buffer.size());
        if (read < 0) {
            out.cancelWriting();
            return std::unexpected(
                QStringLiteral("cannot read %1: %2; check the disk it is on").arg(source, in.errorString()));
        }
        if (read == 0)
            break;
        if (out.write(buffer.constData(), read) != read) {
            out.cancelWriting();
            return std::unexpected(
                QStringLiteral("cannot write %1: %2; check that the disk is not full").arg(target, out.errorString()));
        }
        if (onChunk)
            onChunk(read);
    }
    const QFileInfo sourceInfo(source);
    // As cp does: a copy made by an ordinary user belongs to that user; root keeps the owner,
    // so files copied into a gateway's folder stay readable by the gateway's own user.
    if (runningAsRoot()) {
        if (auto kept = keepOwner(out, sourceInfo); !kept) {
            out.cancelWriting();
            return std::unexpected(kept.error());
        }
    }
    if (auto mode = copyMode(out, source, target); !mode) {
        out.cancelWriting();
        return std::unexpected(mode.error());
    }
    // Best effort: a copy with a new modification time is still a correct copy.
    if (out.flush())
        out.setFileTime(sourceInfo.lastModified(), QFileDevice::FileModificationTime);
    if (!out.commit())
        return std::unexpected(QStringLiteral("cannot write %1: %2; check that its folder is writable and the disk "
                                              "is not full")
                                   .arg(target, out.errorString()));
    return Copied::Done;
}

std::expected<void, QString> replaceContent(const QString &path, const QByteArray &content)
{
    const QFileInfo info(path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return std::unexpected(QStringLiteral("cannot write %1: %2; check that the wizard may create files in its "
                                              "folder (the new content is written next to it, then renamed)")
                                   .arg(path, out.errorString()));
    if (out.write(content) != content.size()) {
        out.cancelWriting();
        return std::unexpected(
            QStringLiteral("cannot write %1: %2; check that the disk is not full").arg(path, out.errorString()));
    }
    if (auto kept = keepOwner(out, info); !kept) {
        out.cancelWriting();
        return std::unexpected(kept.error());
    }
    if (auto mode = copyMode(out, path, path); !mode) {
        out.cancelWriting();
        return std::unexpected(mode.error());
    }
    if (!out.commit())
        return std::unexpected(QStringLiteral("cannot write %1: %2; check that its folder is writable and the disk "
                                              "is not full")
                                   .arg(path, out.errorString()));
    return {};
}

std::expected<void, QString> createSymlink(const QString &linkTarget, const QString &path)
{
#ifdef Q_OS_WIN
    // QFile::link would make a .lnk shortcut, which no other program follows. A real link needs
    // Developer Mode (the flag below) or the "Create symbolic links" right, and Windows wants
    // to know whether it points to a folder.
    const QString nativeTarget = QDir::toNativeSeparators(linkTarget);
    const QString resolved = QDir(QFileInfo(path).absolutePath()).filePath(linkTarget);
    DWORD flags = SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE;
    if (QFileInfo(resolved).isDir())
        flags |= SYMBOLIC_LINK_FLAG_DIRECTORY;
    const std::wstring link = QDir::toNativeSeparators(path).toStdWString();
    if (!CreateSymbolicLinkW(link.c_str(), nativeTarget.toStdWString().c_str(), flags)) {
        const DWORD error = GetLastError();
        if (error == ERROR_PRIVILEGE_NOT_HELD)
            return std::unexpected(QStringLiteral("cannot create the symbolic link %1 -> %2: Windows allows it only "
                                                  "with Developer Mode on or the \"Create symbolic links\" right; "
                                                  "turn on Developer Mode, or run the wizard as an administrator")
                                       .arg(path, linkTarget));
        return std::unexpected(QStringLiteral("cannot create the symbolic link %1 -> %2: %3; check that its folder "
                                              "is writable")
                                   .arg(path, linkTarget, qt_error_string(int(error))));
    }
    // Wine answers success and makes nothing.
    const DWORD attributes = GetFileAttributesW(link.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || !(attributes & FILE_ATTRIBUTE_REPARSE_POINT))
        return std::unexpected(QStringLiteral("cannot create the symbolic link %1 -> %2: the system said it was made, "
                                              "but there is none (Wine does not implement symbolic links); run "
                                              "this step on Windows")
                                   .arg(path, linkTarget));
#else
    if (::symlink(QFile::encodeName(linkTarget).constData(), QFile::encodeName(path).constData()) != 0)
        return std::unexpected(QStringLiteral("cannot create the symbolic link %1 -> %2: %3; check that its folder "
                                              "is writable")
                                   .arg(path, linkTarget, qt_error_string(errno)));
#endif
    return {};
}

bool syncToDisk(const QString &path)
{
#ifdef Q_OS_WIN
    // FlushFileBuffers needs a handle that may write.
    const HANDLE file = CreateFileW(QDir::toNativeSeparators(path).toStdWString().c_str(), GENERIC_WRITE,
                                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                    FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(file);
    CloseHandle(file);
    return ok;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

std::expected<void, QString> copySymlink(const QString &source, const QString &target)
{
    return createSymlink(QFileInfo(source).readSymLink(), target);
}

std::expected<void, QString> copyFolderAttributes(const QString &source, const QString &target)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    const QByteArray from = QFile::encodeName(source);
    const QByteArray to = QFile::encodeName(target);
    if (::stat(from.constData(), &st) != 0)
        return std::unexpected(
            QStringLiteral("cannot read the permissions of %1: %2").arg(source, qt_error_string(errno)));
    if (runningAsRoot() && ::chown(to.constData(), st.st_uid, st.st_gid) != 0)
        return std::unexpected(QStringLiteral("cannot give the folder %1 the owner of %2: %3")
                                   .arg(target, source, qt_error_string(errno)));
    if (::chmod(to.constData(), st.st_mode & 07777) != 0)
        return std::unexpected(QStringLiteral("cannot give the folder %1 the permissions of %2: %3")
                                   .arg(target, source, qt_error_string(errno)));
#else
    if (!QFile::setPermissions(target, QFileInfo(source).permissions()))
        return std::unexpected(QStringLiteral("cannot give the folder %1 the permissions of %2").arg(target, source));
#endif
    return {};
}

std::expected<void, QString> keepOwner(QFileDevice &file, const QFileInfo &like)
{
#ifdef Q_OS_UNIX
    struct stat now
    {
    };
    if (::fstat(file.handle(), &now) != 0)
        return std::unexpected(
            QStringLiteral("cannot check the owner of the new %1: %2").arg(like.filePath(), qt_error_string(errno)));
    const uid_t uid = like.ownerId();
    const gid_t gid = like.groupId();
    if (now.st_uid == uid && now.st_gid == gid)
        return {};
    if (::fchown(file.handle(), uid, gid) != 0)
        return std::unexpected(QStringLiteral("cannot give the new %1 its owner %2 and group %3 (%4); run the "
                                              "wizard as root or as that user")
                                   .arg(like.filePath(), like.owner(), like.group(), qt_error_string(errno)));
#else
    Q_UNUSED(file);
    Q_UNUSED(like);
#endif
    return {};
}

bool isGlob(const QString &pattern)
{
    if (pattern.contains(u'*') || pattern.contains(u'?') || pattern.contains(u'['))
        return true;
    // {a,b}: braces with a comma inside, as expandBraces() takes them.
    const qsizetype open = pattern.indexOf(u'{');
    const qsizetype close = open < 0 ? -1 : pattern.indexOf(u'}', open);
    return close > open && pattern.mid(open, close - open).contains(u',');
}

namespace {

// "{a,b}c" -> "ac", "bc", as the shell expands braces; without a comma inside, braces are
// literal characters.
QStringList expandBraces(const QString &pattern)
{
    const qsizetype open = pattern.indexOf(u'{');
    const qsizetype close = open < 0 ? -1 : pattern.indexOf(u'}', open);
    if (close < 0 || !pattern.mid(open, close - open).contains(u','))
        return {pattern};
    QStringList expanded;
    const QString head = pattern.left(open);
    const QStringList tails = expandBraces(pattern.mid(close + 1));
    for (const QString &alternative : pattern.mid(open + 1, close - open - 1).split(u','))
        for (const QString &tail : tails)
            expanded << head + alternative + tail;
    return expanded;
}

QRegularExpression globRegex(const QString &pattern)
{
    QStringList alternatives;
    for (const QString &each : expandBraces(pattern))
        alternatives << QRegularExpression::wildcardToRegularExpression(each,
                                                                        QRegularExpression::NonPathWildcardConversion);
    return QRegularExpression(alternatives.join(u'|'));
}

} // namespace

Glob::Glob(const QString &pattern)
    : m_regex(globRegex(pattern))
    , m_dotMatches(pattern.startsWith(u'.'))
{ }

bool Glob::matches(const QString &name) const
{
    if (name.startsWith(u'.') && !m_dotMatches)
        return false;
    return m_regex.match(name).hasMatch();
}

QStringList expandGlob(const QString &pattern)
{
    if (!isGlob(pattern))
        return {pattern};
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(pattern));
    QStringList found{clean.startsWith(u'/') ? QStringLiteral("/") : QString()};
    const QStringList parts = clean.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const bool last = i == parts.size() - 1;
        QStringList next;
        for (const QString &prefix : std::as_const(found)) {
            if (!isGlob(part)) {
                const QString path = joined(prefix, part);
                if (last ? (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) : QFileInfo(path).isDir())
                    next << path;
                continue;
            }
            const Glob glob(part);
            QStringList names = QDir(prefix.isEmpty() ? QStringLiteral(".") : prefix)
                                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            std::sort(names.begin(), names.end());
            for (const QString &name : std::as_const(names)) {
                const QString path = joined(prefix, name);
                if (glob.matches(name) && (last || QFileInfo(path).isDir()))
                    next << path;
            }
        }
        found = next;
    }
    return found;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

std::expected<bool, QString> boolean(const QJsonObject &json, const QString &key, bool fallback)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return fallback;
    if (value.isBool())
        return value.toBool();
    if (value.toString() == QLatin1String("true"))
        return true;
    if (value.toString() == QLatin1String("false"))
        return false;
    return std::unexpected(QStringLiteral("%1: expected true or false").arg(key));
}

} // namespace uw::fileops
