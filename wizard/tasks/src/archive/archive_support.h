#pragma once

// Shared by the archive-backup and archive-extract runners: the worker's reporting, a file
// device that stops reading when the task is cancelled, and readers that list an archive's
// entries with their names exactly as stored. KArchive's own tree normalises names (it turns
// "/abs.txt" into "abs.txt"), so it cannot be used to decide whether an entry is safe.

#include "wizard/tasks/archivetask.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QRegularExpression>

#include <atomic>
#include <expected>
#include <functional>
#include <memory>
#include <optional>

namespace uw::archive {

// Cancel checks and progress happen at least once per chunk.
inline constexpr qint64 kChunk = 1024 * 1024;

struct Context
{
    const std::atomic_bool &cancelled;
    std::function<void(LineLevel, const QString &)> line;
    std::function<void(double, const Text &)> progress;
    std::function<void(const QString &, const QString &)> scratch; // see TaskRunner::scratch
};

struct Result
{
    TaskOutcome outcome;
    QString sha256;
};

// The runners, which use KArchive, are the on-demand library's (archive_backup.cpp,
// archive_extract.cpp): it sets these as it is loaded (registration.cpp,
// wizard/support/ondemand.h), so that starting the program does not load KArchive and the
// libraries it brings (OpenSSL's libcrypto, liblzma). ArchiveTask loads it first.
struct Runners
{
    Result (*backup)(const ArchiveTask::Spec &spec, Context &context) = nullptr;
    Result (*extract)(const ArchiveTask::Spec &spec, Context &context) = nullptr;
};
Runners &runners();

Result runBackup(const ArchiveTask::Spec &spec, Context &context);
Result runExtract(const ArchiveTask::Spec &spec, Context &context);

// Progress that never goes backwards, sent at most every 1 % or 200 ms so a fast disk cannot
// flood the owner's event queue.
class Progress
{
public:
    explicit Progress(Context &context);
    void report(double fraction, const Text &text);
    void force(double fraction, const Text &text);

private:
    Context &m_context;
    double m_last = 0;
    QElapsedTimer m_clock;
};

// A read-only file for KArchive and the tar reader. Reads fail once the task is cancelled, so
// a long decompression inside KArchive (which has no cancel of its own) stops promptly, and
// each read reports how far into the file it got.
class WatchedFile : public QIODevice
{
public:
    WatchedFile(const QString &path, const std::atomic_bool &cancelled,
                std::function<void(qint64 position, qint64 size)> onRead = {});
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 position) override;
    QString fileErrorString() const { return m_file.errorString(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    const std::atomic_bool &m_cancelled;
    std::function<void(qint64, qint64)> m_onRead;
};

// A gzip stream decompressed with zlib, which checks each member's CRC-32 and length trailer
// (KArchive's gzip filter checks neither): damaged data, a missing or wrong trailer and a stream
// cut short each fail the read that meets them, with errorString() saying which. Concatenated
// members are read in turn (as gzip does); zeros after the last are padding; anything else is an
// error.
class GzipReader : public QIODevice
{
public:
    explicit GzipReader(QIODevice *source);
    ~GzipReader() override;
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &why);

    struct State;
    QIODevice *m_source;
    std::unique_ptr<State> m_state;
};

// Tar writers put two zero blocks after the last entry (KTar does not; the backup adds them).
// Without them a tar stream is read as truncated.
inline constexpr qint64 kTarEndBlocks = 1024;

// One entry of an archive, as stored.
struct Entry
{
    enum class Type { File, Directory, Symlink, Hardlink, Other };
    QString name;
    Type type = Type::File;
    qint64 size = 0; // bytes of data (regular files)
    QString link; // symbolic link target, or the name a hard link refers to
    int mode = -1; // permission bits, -1 when the archive does not say
    QDateTime modified;
    QString otherKind; // what an Other entry is: "FIFO", "character device", ...
    int zipMethod = 0; // zip: the compression method
    quint32 crc32 = 0; // zip: the CRC-32 of the data, from the central directory
    bool encrypted = false; // zip
};

// Reads a tar stream (plain or through a decompressing device) entry by entry, in one pass:
// ustar, GNU long names and links, and pax path, linkpath and size records.
class TarReader
{
public:
    explicit TarReader(QIODevice *device);
    // The next entry, std::nullopt at the end of the archive, or what is wrong with it.
    std::expected<std::optional<Entry>, QString> next();
    // Up to maxSize bytes of the current entry's data; 0 at its end, -1 if the stream failed.
    qint64 read(char *data, qint64 maxSize);
    qint64 remaining() const { return m_remaining; }
    // After next() gave the end: reads the rest of the stream (a record's padding, the gzip
    // trailer), so a check that only the end can make is made.
    std::expected<void, QString> finish();
    // Why the stream failed, naming the entry being read.
    QString streamError() const;

private:
    qint64 readFully(char *data, qint64 size);
    bool skip(qint64 size);

    QIODevice *m_device;
    qint64 m_remaining = 0;
    qint64 m_padding = 0;
    int m_headers = 0;
    QString m_current; // the name of the entry last returned
};

// The CRC-32 (of zip and gzip) of data, continued from crc (0 to start).
quint32 crc32Of(quint32 crc, const char *data, qint64 size);

// A zip archive's entries, from its central directory.
std::expected<QList<Entry>, QString> readZipDirectory(QIODevice *device);

// The path components of a stored name ("." and empty ones dropped; '/' and '\\' both
// separate, as on Windows), or why the name is refused: absolute, or climbing out with "..".
std::expected<QStringList, QString> safeComponents(const QString &stored);

// Exclude globs, matched against paths relative to the backup's source with '/' separators.
// "*" and "?" stay within one component, "**" spans any number of them, "[...]" is a class.
// A glob without '/' matches an entry's name in any directory (like "*.log"); one with '/'
// matches the whole relative path. An excluded directory takes everything under it along.
class Excludes
{
public:
    static std::expected<Excludes, QString> create(const QStringList &globs);
    bool matches(const QString &relativePath) const;

private:
    QList<QRegularExpression> m_byName;
    QList<QRegularExpression> m_byPath;
};

// Sizes in messages: "12.3 MiB"; counts: "1 file", "2 files".
QString formatSize(qint64 bytes);

// POSIX permission bits <-> Qt's flags (which cannot express set-id or sticky bits).
QFile::Permissions permissionsFromMode(int mode);
int modeFromPermissions(QFile::Permissions permissions);

// The folders QDir::mkpath would create for path, outermost first, so a failed task can remove
// exactly those again.
QStringList missingFolders(const QString &path);
void removeFolders(const QStringList &folders);

} // namespace uw::archive
