#pragma once

#include "wizard/error.h"

#include <QString>

namespace uw::paths {

// Where the program keeps its own data: AppLocalDataLocation (on Linux
// ~/.local/share/upgrade-wizard, on Windows %LOCALAPPDATA%/upgrade-wizard).
// The QCoreApplication's name must be set before these are called.
QString dataDir();
QString logDir(); // dataDir()/logs
QString sessionsDir(); // dataDir()/sessions

// Creates the directory (and its parents) if it is missing; the error names the path.
Result<QString> ensureDir(const QString &path);

} // namespace uw::paths
