#pragma once

#include "wizard/support/specreader.h"
#include "wizard/tasks/workertask.h"

#include <expected>
#include <functional>

namespace uw {

// Copies a file, or a folder tree into the folder `to`, creating parent folders.
//
// Everything is checked before the first byte is copied: a target that already exists is an
// error unless `overwrite` is set, and then it is backed up under the backup folder before it
// is replaced. Files are written atomically with their permissions and modification time
// (and owner, when running as root); symbolic links inside a tree are copied as links. A
// cancel stops between files, or between chunks of a large one, leaving no partial file.
class CopyTask : public WorkerTask
{
    Q_OBJECT
public:
    struct Spec
    {
        QString from; // a file or a folder; followed if it is a link
        QString to; // a folder: `from`'s contents (or the file) go into it; else the new file
        bool overwrite = false;
        QString pattern; // a file name glob; empty: every file
        bool ifExists = false; // a `from` that does not exist: nothing to copy, a success
        int timeoutMs = 0; // 0: none
    };

    // read(): at load time and at run time, every mistake through the reader; parse() reads a
    // substituted object and refuses it on its first mistake.
    static Spec read(spec::Reader &reader);
    static std::expected<Spec, QString> parse(const QJsonObject &spec);

    // `backupDir` receives replaced targets; the engine passes <session>/backups/<step>.
    CopyTask(Spec spec, QString backupDir, QObject *parent = nullptr);

    // For tests: runs on the worker thread after each file or link is copied, with the count
    // so far. Set it before start().
    using FileCopiedHook = std::function<void(int copied)>;
    void setFileCopiedHook(FileCopiedHook hook) { m_hook = std::move(hook); }

    static constexpr int kProgressIntervalMs = 100;

protected:
    Job makeJob() override;

private:
    Spec m_spec;
    QString m_backupDir;
    FileCopiedHook m_hook;
};

} // namespace uw
