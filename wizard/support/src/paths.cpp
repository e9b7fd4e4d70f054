#include "wizard/support/paths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace uw::paths {

QString dataDir()
{
    if (const QString home = qEnvironmentVariable("UW_HOME"); !home.isEmpty())
        return QDir::cleanPath(QDir(home).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString logDir()
{
    return dataDir() + QStringLiteral("/logs");
}

QString sessionsDir()
{
    return dataDir() + QStringLiteral("/sessions");
}

QString newTrainingRoot()
{
    return dataDir() + QStringLiteral("/training/")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

QStringList shippedDataCandidates()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("UW_DATA_DIR");
    for (const QString &dir : fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        candidates << QDir::cleanPath(QDir(dir).absolutePath());
    candidates << dataDir();
    // Relative to the program rather than a path fixed at build time: the same binary works
    // from /usr, from /opt, from an archive extracted anywhere, and from the build tree.
    if (QCoreApplication::instance())
        candidates << QDir::cleanPath(QCoreApplication::applicationDirPath()
                                      + QStringLiteral("/../share/upgrade-wizard"));
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        candidates << QDir::cleanPath(dir + QStringLiteral("/upgrade-wizard"));
    candidates.removeDuplicates();
    return candidates;
}

QStringList shippedDataDirs()
{
    QStringList dirs;
    for (const QString &dir : shippedDataCandidates())
        if (QFileInfo(dir).isDir())
            dirs << dir;
    return dirs;
}

Result<QString> ensureDir(const QString &path)
{
    if (path.isEmpty())
        return std::unexpected(Error::internal(QStringLiteral("empty directory path")));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return std::unexpected(Error::io(path, QStringLiteral("exists but is not a directory"),
                                         QStringLiteral("move the file away or choose another place")));
    // The folders this call makes, from the outermost: they become private.
    QStringList made;
    for (QString folder = QDir(path).absolutePath(); !QFileInfo::exists(folder);
         folder = QFileInfo(folder).absolutePath()) {
        made.prepend(folder);
        if (QFileInfo(folder).absolutePath() == folder)
            break;
    }
    if (!QDir().mkpath(path))
        return std::unexpected(Error::io(path, QStringLiteral("cannot create directory"),
                                         QStringLiteral("check permissions and free space")));
    for (const QString &folder : std::as_const(made))
        makePrivate(folder);
    makePrivate(path);
    return QDir(path).absolutePath();
}

void makePrivate(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
#else
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink())
        return;
    QFile::setPermissions(path,
                          info.isDir() ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                       : QFile::ReadOwner | QFile::WriteOwner);
#endif
}

} // namespace uw::paths
