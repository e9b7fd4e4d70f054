#include "wizard/paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace uw::paths {

QString dataDir()
{
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

Result<QString> ensureDir(const QString &path)
{
    if (path.isEmpty())
        return std::unexpected(Error::internal(QStringLiteral("empty directory path")));
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return std::unexpected(Error::io(path, QStringLiteral("exists but is not a directory"),
                                         QStringLiteral("move the file away or choose another place")));
    if (!QDir().mkpath(path))
        return std::unexpected(Error::io(path, QStringLiteral("cannot create directory"),
                                         QStringLiteral("check permissions and free space")));
    return QDir(path).absolutePath();
}

} // namespace uw::paths
