#pragma once

#include "wizard/support/specreader.h"
#include "wizard/tasks/taskrunner.h"

#include <QStringList>
#include <QTimer>

#include <atomic>
#include <expected>
#include <memory>

class QThread;

namespace uw {

// Backs a directory up into a .tar.gz or .zip archive (archive-backup), or extracts a release
// archive into a new directory (archive-extract). The work runs on a worker thread; lines,
// progress and the outcome arrive on the thread that owns the task. A cancel or a timeout stops
// the worker within a few MiB and removes everything it wrote.
class ArchiveTask : public TaskRunner
{
    Q_OBJECT
public:
    struct Spec
    {
        enum class Mode { Backup, Extract };
        enum class Format { TarGz, Zip };

        Mode mode = Mode::Backup;
        QString archive; // backup: the archive to create; extract: the archive to read
        QString source; // backup: the directory to archive; entries are stored relative to it
        Format format = Format::TarGz; // backup only; extract detects the format
        QStringList exclude; // backup: globs relative to source (see docs/playbook-format.md)
        int compressionLevel = -1; // backup: -1 the library's default, 0 store (zip), 1..9
        QString destination; // extract: a directory that does not exist yet, or is empty
        int stripComponents = 0; // extract: leading path components dropped, as tar's option
        int timeoutMs = 0; // 0: none
    };

    // A task object of kind archive-backup or archive-extract: read() at load time (every
    // mistake through the reader, placeholders still in it) and at run time; parse() reads it
    // substituted and refuses it on its first mistake.
    static Spec read(spec::Reader &reader);
    static std::expected<Spec, QString> parse(const QJsonObject &spec);

    explicit ArchiveTask(Spec spec, QObject *parent = nullptr);
    ~ArchiveTask() override; // cancels the worker and waits for it

    void start() override;
    void cancel() override;

    const Spec &spec() const { return m_spec; }
    // The backup archive's SHA-256 in lowercase hex once finished with success; empty otherwise.
    QString sha256() const { return m_sha256; }

private:
    void finish(TaskOutcome outcome, const QString &sha256);

    const Spec m_spec;
    std::atomic_bool m_cancelled = false;
    std::unique_ptr<QThread> m_worker;
    QTimer m_timeout;
    QString m_sha256;
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
};

} // namespace uw
