#pragma once

#include "wizard/support/specreader.h"
#include "wizard/tasks/workertask.h"

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <expected>

namespace uw {

// Edits text files in place: regular-expression replacements, `KEY=value` settings and values
// of JSON files.
//
// All files are read and every edit worked out before anything is written, so a missing key,
// a binary file or a glob that matches nothing leaves every file as it was. Each file that
// changes is then backed up under the backup folder (mirroring its absolute path) before it
// is replaced atomically, keeping its permissions and owner. A unified diff of each change is
// reported as lines; a dry run reports the diff and writes nothing.
class FileEditTask : public WorkerTask
{
    Q_OBJECT
public:
    struct Edit
    {
        // Regular expression: `^` and `$` match at every line; `\1`..`\99` in `replace` are
        // the captures, `\0` the whole match, `\\` a backslash.
        QRegularExpression regex;
        QString replace;

        // Setting: the line `KEY=...` (optionally `export KEY=...`, spaces around `=`) gets
        // `value`, keeping its quotes; `quote` puts double quotes around an unquoted value.
        QString key;
        QString value;
        bool quote = false;

        // JSON: the value at `jsonPath` (`LoadBalancerFqdn`, `servers[0].name`) is replaced by
        // `jsonValue`, written on one line; every other byte of the file stays as it was.
        QString jsonPath;
        QJsonValue jsonValue;

        bool isSetting() const { return !key.isEmpty(); }
        bool isJson() const { return !jsonPath.isEmpty(); }
    };

    struct Spec
    {
        QStringList files; // paths or globs
        QList<Edit> edits;
        bool dryRun = false;
        int timeoutMs = 0; // 0: none
    };

    // read(): at load time and at run time, every mistake through the reader; parse() reads a
    // substituted object and refuses it on its first mistake.
    static Spec read(spec::Reader &reader);
    static std::expected<Spec, QString> parse(const QJsonObject &spec);

    // `backupDir` receives the originals; the engine passes <session>/backups/<step>.
    FileEditTask(Spec spec, QString backupDir, QObject *parent = nullptr);

    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
    static constexpr int kDiffContext = 3;
    static constexpr int kMaxDiffLines = 2000; // per file, so a sweeping regex cannot flood the log

protected:
    Job makeJob() override;

private:
    Spec m_spec;
    QString m_backupDir;
};

// A unified diff (as `diff -u` prints it, headers included) between two texts, one string per
// line; empty when they are equal.
QStringList unifiedDiff(const QString &before, const QString &after, const QString &path, int context = 3);

} // namespace uw
