#pragma once

#include "wizard/playbook/playbook.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>

namespace uw {

// One problem found in a playbook, said the way compilers say it:
//   axway.json:41:17: error: pages[2].items[0].severity: expected one of blocker, warning, info, got "critical"
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString path; // JSON path, e.g. pages[2].items[0].severity; empty for the document
    QString message;
    bool isWarning = false; // loads, but deserves a look: "file:line:col: warning: ..."

    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

// Loads and validates a playbook: every error at once, every reference resolved, nothing
// left to be discovered mid-run.
class PlaybookLoader
{
public:
    static std::expected<Playbook, Diagnostics> loadFile(const QString &path);
    static std::expected<Playbook, Diagnostics> loadData(const QByteArray &utf8, const QString &fileName);

    // The names a `${...}` may use besides the parameters.
    static const QStringList &builtinNames(); // session.dir, timestamp, playbook.id, app.path
    static const QStringList &nodeFields(); // name, host, role (plus the attributes of the nodes parameter)
};

// The bundled playbooks: playbooks/*.json in each of paths::shippedDataDirs() (installed with
// the program, or a site's own in the user's data directory). An id found twice is taken from
// the first directory, so a site's copy overrides the shipped one. Files that do not load are
// left out; `problems`, if given, receives why.
struct BundledPlaybook
{
    QString id;
    QString title;
    QString path;
    bool forTraining = false; // it has a `training` section
};
QList<BundledPlaybook> bundledPlaybooks(Diagnostics *problems = nullptr);

// An id of a bundled playbook, or a file path.
std::expected<Playbook, Diagnostics> loadPlaybook(const QString &idOrPath);

} // namespace uw
