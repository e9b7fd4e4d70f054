#pragma once

#include "wizard/support/error.h"

#include <QString>
#include <QStringList>

namespace uw::paths {

// Where the program keeps its own data: $UW_HOME when it is set (a portable install, a
// classroom laptop's shared folder, the tests), else AppLocalDataLocation (on Linux
// ~/.local/share/upgrade-wizard, on Windows %LOCALAPPDATA%/upgrade-wizard).
// The QCoreApplication's name must be set before these are called.
QString dataDir();
QString logDir(); // dataDir()/logs
QString sessionsDir(); // dataDir()/sessions
// A new training sandbox's folder: dataDir()/training/<yyyyMMdd-HHmmss-zzz> (not created).
QString newTrainingRoot();

// Where the program's shipped data is looked for, best first; each directory may hold
// playbooks/ (the bundled playbooks) and translations/ (upgrade-wizard_<lang>.qm):
//  1. the directories in UW_DATA_DIR (separated by ':' on Unix, ';' on Windows), for a build
//     tree or a site's own copy;
//  2. the user's data directory, dataDir() (a site's playbooks the user keeps);
//  3. <program's folder>/../share/upgrade-wizard, so an extracted archive or a Windows install
//     works wherever it is put;
//  4. upgrade-wizard/ under each system data directory (XDG_DATA_DIRS: /usr/local/share,
//     /usr/share; on Windows C:/ProgramData).
// Only directories that exist are returned, each once.
QStringList shippedDataDirs();
// The searched directories whether they exist or not, for messages that say where we looked.
QStringList shippedDataCandidates();

// Creates the directory (and its parents) if it is missing; the error names the path. The
// folders it creates, and `path` itself, are private to the user (see makePrivate): it makes
// the program's own folders (data, logs, sessions), never a playbook's target.
Result<QString> ensureDir(const QString &path);

// Makes a file (0600) or folder (0700) readable by its owner only, whatever the umask: the
// sessions, their journals, reports and logs hold the details of a site's upgrade. On Windows
// the user's profile folder, where they live, is private by its ACL already: nothing to do.
void makePrivate(const QString &path);

} // namespace uw::paths
