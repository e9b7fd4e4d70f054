#pragma once

// File operations shared by the file-edit and copy runners. They run on a worker thread and
// report every failure as a message that names the path and says what to do.

#include <QFileDevice>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <expected>
#include <functional>

namespace uw::fileops {

// `absolutePath` mirrored under `root`: /etc/init.d/x becomes root/etc/init.d/x, so backups
// of files from different folders with the same name never collide.
QString mirroredPath(const QString &root, const QString &absolutePath);

// Copies a file, or a symbolic link as a link, to the path that mirrors its absolute path
// under `backupDir`, with its permissions and modification time. An earlier backup there is
// never replaced, since it may hold the only copy of the original: this one gets a numbered
// suffix instead. Returns where the backup went.
std::expected<QString, QString> backup(const QString &path, const QString &backupDir);

enum class Copied { Done, Cancelled };

// Copies a regular file's bytes to `target` atomically (a cancel or a failure leaves any
// previous target as it was), with the source's permissions and modification time, and its
// owner when running as root. `onChunk` gets the bytes written by each chunk.
std::expected<Copied, QString> copyFile(const QString &source, const QString &target,
                                        const std::function<void(qint64)> &onChunk,
                                        const std::function<bool()> &cancelled);

// Creates `target` as a symbolic link with the same (possibly relative) target text.
std::expected<void, QString> copySymlink(const QString &source, const QString &target);

// Creates `path` as a symbolic link to `linkTarget`, stored as given (relative stays
// relative). On Windows a real symbolic link, not a .lnk shortcut: that needs Developer Mode or
// the "Create symbolic links" right, and the message says so when neither is there.
std::expected<void, QString> createSymlink(const QString &linkTarget, const QString &path);

// Makes the file's content reach the disk (fsync; FlushFileBuffers on Windows).
bool syncToDisk(const QString &path);

// Replaces an existing file's content atomically (QSaveFile), keeping its permissions and
// owner. `path` must be the real file, not a symbolic link to it.
std::expected<void, QString> replaceContent(const QString &path, const QByteArray &content);

// Gives a folder the permissions of `source` (and its owner, when running as root). Done
// after the folder is filled, so a read-only source folder does not stop the copy.
std::expected<void, QString> copyFolderAttributes(const QString &source, const QString &target);

// Gives the open file the owner and group of `like`, which its replacement must keep: a
// config file that becomes owned by root can stop a gateway running as its own user.
std::expected<void, QString> keepOwner(QFileDevice &file, const QFileInfo &like);

bool isGlob(const QString &pattern);

// A shell-style pattern for one file name: `*`, `?`, `[...]` and `{a,b}`. A leading dot is only
// matched by a pattern that starts with one, so `*` does not pick up hidden files.
class Glob
{
public:
    explicit Glob(const QString &pattern);
    bool matches(const QString &name) const;

private:
    QRegularExpression m_regex;
    bool m_dotMatches = false;
};

// The existing paths a pattern with wildcards (in any component) names, sorted. A pattern
// without wildcards comes back as it is, whether it exists or not.
QStringList expandGlob(const QString &pattern);

QString sizeText(qint64 bytes);

// A spec's boolean. Substituted placeholders arrive as strings, so "true" and "false" count.
// (The tasks read their specs with spec::Reader; the engine asks this whether a command is
// remote before it fills in the node's ssh defaults.)
std::expected<bool, QString> boolean(const QJsonObject &json, const QString &key, bool fallback);

} // namespace uw::fileops
