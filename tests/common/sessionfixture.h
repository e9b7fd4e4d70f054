#pragma once

// A real session on a small playbook that the test writes itself, with an Engine on it, for
// the report and summary tests: a sign-off, a check that passes on a real file, one that
// fails (its path holds the secret, so an unmasked secret would show in the outcome), and an
// archive backup. Parameters: `work` (a temporary folder) and `admin_password` (a secret).

#include "enginerun.h"
#include "testfiles.h"

#include <QDir>

namespace uw::test {

inline constexpr char kSecret[] = "Pa55-w0rd-7q";

inline QByteArray summaryPlaybookJson()
{
    return R"({
  "schema": 1,
  "id": "summary-test",
  "title": "Summary <test> & friends",
  "product": "Test Gateway",
  "from": ["1.*"],
  "to": "2.0",
  "source": { "document": "Test procedure" },
  "parameters": [
    { "id": "work", "type": "directory", "label": "Work folder", "required": true },
    { "id": "admin_password", "type": "secret", "label": "Administrator password", "required": true }
  ],
  "pages": [
    { "id": "before", "title": "Before you start", "items": [
      { "id": "backup-taken", "type": "confirm", "title": "A backup exists", "help": "h", "severity": "blocker" },
      { "id": "config-present", "type": "check", "title": "The configuration is there", "help": "h",
        "severity": "blocker",
        "check": { "kind": "path-exists", "path": "${work}/gateway.conf", "type": "file" } },
      { "id": "marker-present", "type": "check", "title": "The marker file is there", "help": "h",
        "severity": "blocker", "remedy": "create the marker file", "waivable": true,
        "check": { "kind": "path-exists", "path": "${work}/marker-${admin_password}.txt", "type": "file" } }
    ] },
    { "id": "backup", "title": "Backup", "items": [
      { "id": "archive", "type": "task", "title": "Back up the configuration", "help": "h", "severity": "warning",
        "task": { "kind": "archive-backup", "source": "${work}/conf",
                  "archive": "${session.dir}/conf-backup.tar.gz" } }
    ] }
  ]
})";
}

struct SessionFixture : EngineRun
{
    QString work() const { return dir.filePath(QStringLiteral("work")); }
    QString markerPath() const { return work() + QStringLiteral("/marker-%1.txt").arg(QLatin1String(kSecret)); }

    SessionFixture()
    {
        if (!dir.isValid() || !QDir().mkpath(work() + QStringLiteral("/conf"))) {
            error = QStringLiteral("no temporary folder");
            return;
        }
        if (!writeFile(work() + QStringLiteral("/gateway.conf"), "port=8080\n")
            || !writeFile(work() + QStringLiteral("/conf/settings.xml"), "<settings/>\n")) {
            error = QStringLiteral("cannot write the test files");
            return;
        }
        // A file, not data: the session keeps a copy of the playbook it ran.
        const QString playbookFile = dir.filePath(QStringLiteral("summary-test.json"));
        if (!writeFile(playbookFile, summaryPlaybookJson())) {
            error = QStringLiteral("cannot write the playbook");
            return;
        }
        auto loaded = PlaybookLoader::loadFile(playbookFile);
        if (!loaded) {
            for (const Diagnostic &d : loaded.error())
                error += d.toString() + u'\n';
            return;
        }
        open(std::make_shared<const Playbook>(std::move(*loaded)),
             {{QStringLiteral("work"), work()}, {QStringLiteral("admin_password"), QLatin1String(kSecret)}},
             QStringLiteral("Ada <ops> & co"));
    }
};

} // namespace uw::test
