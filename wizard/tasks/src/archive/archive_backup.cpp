// archive-backup: walk the source, write a .tar.gz or .zip under a temporary name, read it
// back, hash it, and only then give it its final name.

#include "archive_support.h"

#include "wizard/support/fileops.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>
#include <KZipFileEntry>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryFile>

#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#endif

namespace uw::archive {

namespace {

using Kind = TaskOutcome::Kind;
using Format = ArchiveTask::Spec::Format;

// Shares of the progress bar: writing is by far the longest part.
constexpr double kWriteShare = 0.8;
constexpr double kVerifyShare = 0.1;

struct Item
{
    QString path; // relative to the source, '/'-separated
    Entry::Type type = Entry::Type::File;
    qint64 size = 0;
    QString link;
    int mode = 0; // st_mode with the file type bits, which KZip needs to mark links and folders
    QString user;
    QString group;
    QDateTime accessed;
    QDateTime modified;
    QDateTime created;
};

struct Walk
{
    QList<Item> items;
    QStringList excluded;
    QStringList problems; // "path: what is wrong"
    qint64 bytes = 0;
    int files = 0;
    int directories = 0;
    int links = 0;
};

Result outcome(Kind kind, const Text &message)
{
    return {{kind, -1, message}, {}};
}

QString listed(const QStringList &items, qsizetype max)
{
    QStringList shown = items.mid(0, max);
    if (items.size() > max)
        shown << QStringLiteral("and %1 more").arg(items.size() - max);
    return shown.join(QStringLiteral("; "));
}

#ifdef Q_OS_UNIX
QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
#endif

// Why a folder cannot be listed, if it cannot. QDir would just list nothing.
std::optional<QString> unlistable(const QString &path)
{
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(QFile::encodeName(path).constData());
    if (!dir)
        return QStringLiteral("cannot be listed (%1)").arg(errnoText(errno));
    ::closedir(dir);
    return std::nullopt;
#else
    if (!QFileInfo(path).isReadable())
        return QStringLiteral("cannot be listed (no permission)");
    return std::nullopt;
#endif
}

// What a file that is neither regular, a folder nor a link is, for the message.
QString specialKind(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) == 0) {
        if (S_ISSOCK(st.st_mode))
            return QStringLiteral("a socket");
        if (S_ISFIFO(st.st_mode))
            return QStringLiteral("a FIFO (named pipe)");
        if (S_ISCHR(st.st_mode))
            return QStringLiteral("a character device");
        if (S_ISBLK(st.st_mode))
            return QStringLiteral("a block device");
    }
#else
    Q_UNUSED(path);
#endif
    return QStringLiteral("not a regular file, folder or symbolic link");
}

int modeOf(const QFileInfo &info, int typeBits)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::lstat(QFile::encodeName(info.filePath()).constData(), &st) == 0)
        return int(st.st_mode);
#endif
    return typeBits | modeFromPermissions(info.permissions());
}

void walk(const QString &root, const QString &relative, const Excludes &excludes, const std::atomic_bool &cancelled,
          Walk &out)
{
    const QString folder = relative.isEmpty() ? root : root + u'/' + relative;
    if (const auto problem = unlistable(folder)) {
        out.problems << QStringLiteral("%1: %2").arg(relative.isEmpty() ? root : relative + u'/', *problem);
        return;
    }
    const QFileInfoList children
        = QDir(folder).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : children) {
        if (cancelled)
            return;
        const QString path = relative.isEmpty() ? info.fileName() : relative + u'/' + info.fileName();
        if (excludes.matches(path)) {
            out.excluded << path;
            continue;
        }
        Item item;
        item.path = path;
        item.user = info.owner();
        item.group = info.group();
        item.accessed = info.lastRead();
        item.modified = info.lastModified();
        item.created = info.birthTime();
        if (info.isSymLink()) {
            item.type = Entry::Type::Symlink;
            item.link = QDir::fromNativeSeparators(info.readSymLink()); // an archive stores / on every platform
            item.mode = 0120777;
            ++out.links;
        } else if (info.isDir()) {
            item.type = Entry::Type::Directory;
            item.mode = modeOf(info, 040000);
            ++out.directories;
        } else if (info.isFile()) {
            item.type = Entry::Type::File;
            item.size = info.size();
            item.mode = modeOf(info, 0100000);
            // Opened once now, so every unreadable file is named before anything is written.
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                out.problems << QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
                continue;
            }
            out.bytes += item.size;
            ++out.files;
        } else {
            out.problems << QStringLiteral("%1: is %2; only regular files, folders and symbolic links can be archived")
                                .arg(path, specialKind(info.filePath()));
            continue;
        }
        out.items << item;
        if (item.type == Entry::Type::Directory)
            walk(root, path, excludes, cancelled, out);
    }
}

// A path with its existing part resolved, so "is the archive inside the source" sees through
// links and "..".
QString resolved(const QString &path)
{
    const QStringList missing = missingFolders(path);
    const QString existing = missing.isEmpty() ? path : QFileInfo(missing.first()).absolutePath();
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    return QDir::cleanPath(canonical + QDir::cleanPath(path).mid(QDir::cleanPath(existing).size()));
}

enum class Step { Done, Stop };

// Copies one file into the archive. A file that cannot be read any more or changes size is a
// problem to report; the entry is still completed (padded) so the rest can be checked too.
Step writeFile(KArchive &archive, const QString &root, const Item &item, Context &context,
               const std::function<void(qint64)> &advance, QStringList &problems, QString &fatal)
{
    QFile file(root + u'/' + item.path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems << QStringLiteral("%1: cannot be read (%2)").arg(item.path, file.errorString());
        return Step::Done;
    }
    if (!archive.prepareWriting(item.path, item.user, item.group, item.size, mode_t(item.mode), item.accessed,
                                item.modified, item.created)) {
        fatal = archive.errorString();
        return Step::Stop;
    }
    // KZip deletes the compressing device of an entry only in finishWriting(): an entry left
    // half-written by a cancel or a failed write is finished anyway (the archive is removed).
    qint64 written = 0;
    auto finishBegunEntry = qScopeGuard([&] { archive.finishWriting(written); });
    QByteArray buffer(qMin(kChunk, qMax<qint64>(item.size, 1)), Qt::Uninitialized);
    qint64 left = item.size;
    bool readable = true;
    while (left > 0) {
        if (context.cancelled)
            return Step::Stop;
        qint64 n = readable ? file.read(buffer.data(), qMin<qint64>(left, buffer.size())) : 0;
        if (n <= 0) {
            if (readable)
                problems << (n < 0 ? QStringLiteral("%1: reading failed (%2)").arg(item.path, file.errorString())
                                   : QStringLiteral("%1: shrank while it was being archived; stop what writes it "
                                                    "or exclude it")
                                         .arg(item.path));
            readable = false;
            n = qMin<qint64>(left, buffer.size());
            buffer.fill(0, n);
        }
        if (!archive.writeData(buffer.constData(), n)) {
            fatal = archive.errorString();
            return Step::Stop;
        }
        left -= n;
        written += n;
        advance(n);
    }
    if (readable) {
        char extra;
        if (file.read(&extra, 1) > 0)
            problems << QStringLiteral("%1: grew while it was being archived; stop what writes it or exclude it")
                            .arg(item.path);
    }
    finishBegunEntry.dismiss();
    if (!archive.finishWriting(item.size)) {
        fatal = archive.errorString();
        return Step::Stop;
    }
    return Step::Done;
}

struct Seen
{
    Entry::Type type;
    qint64 size;
    QString link;
};

// Reads a zip entry's data whole and checks it against the size and CRC-32 the zip records.
std::optional<QString> checkZipData(const KZipFileEntry *file, const QString &path, const std::atomic_bool &cancelled)
{
    std::unique_ptr<QIODevice> data(file->createDevice());
    if (!data)
        return QStringLiteral("%1 cannot be read").arg(path);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    quint32 crc = 0;
    qint64 total = 0;
    while (!cancelled) {
        const qint64 n = data->read(buffer.data(), buffer.size());
        if (n < 0)
            return QStringLiteral("%1 cannot be read (%2)").arg(path, data->errorString());
        if (n == 0)
            break;
        crc = crc32Of(crc, buffer.constData(), n);
        total += n;
    }
    if (total != file->size())
        return QStringLiteral("%1 reads back as %2 bytes instead of %3").arg(path).arg(total).arg(file->size());
    if (crc != quint32(file->crc32()))
        return QStringLiteral("%1 does not match its CRC-32").arg(path);
    return std::nullopt;
}

void collect(const KArchiveDirectory *folder, const QString &prefix, QHash<QString, Seen> &out, QStringList &damaged,
             const std::atomic_bool &cancelled)
{
    for (const QString &name : folder->entries()) {
        const KArchiveEntry *entry = folder->entry(name);
        const QString path = prefix + name;
        if (!entry->symLinkTarget().isEmpty()) {
            out.insert(path, {Entry::Type::Symlink, 0, entry->symLinkTarget()});
        } else if (entry->isDirectory()) {
            out.insert(path, {Entry::Type::Directory, 0, {}});
            collect(static_cast<const KArchiveDirectory *>(entry), path + u'/', out, damaged, cancelled);
        } else {
            const auto *file = static_cast<const KZipFileEntry *>(entry);
            out.insert(path, {Entry::Type::File, file->size(), {}});
            if (auto problem = checkZipData(file, path, cancelled))
                damaged << *problem;
        }
    }
}

// Reads the written archive back and compares its entries with what was written.
std::expected<void, QString> verify(const QString &path, Format format, const Walk &written, Context &context,
                                    Progress &progress)
{
    WatchedFile file(path, context.cancelled, [&](qint64 position, qint64 size) {
        progress.report(kWriteShare + kVerifyShare * double(position) / double(qMax<qint64>(size, 1)),
                        Text(QT_TRANSLATE_NOOP("uw::Outcome", "verifying the archive")));
    });
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("it cannot be opened (%1)").arg(file.errorString()));
    QHash<QString, Seen> seen;
    if (format == Format::TarGz) {
        // One pass through the stream: KTar on a decompressing device seeks backwards, and
        // every backward seek decompresses from the start again (hours for a large backup).
        GzipReader gzip(&file);
        if (!gzip.open(QIODevice::ReadOnly))
            return std::unexpected(QStringLiteral("it cannot be decompressed (%1)").arg(gzip.errorString()));
        TarReader tar(&gzip);
        while (true) {
            const auto next = tar.next();
            if (!next)
                return std::unexpected(QStringLiteral("it cannot be read back (%1)").arg(next.error()));
            if (!*next) {
                if (const auto finished = tar.finish(); !finished)
                    return std::unexpected(QStringLiteral("it cannot be read back (%1)").arg(finished.error()));
                break;
            }
            const Entry &entry = **next;
            QString name = entry.name;
            while (name.startsWith(QLatin1String("./")))
                name.remove(0, 2);
            while (name.endsWith(u'/'))
                name.chop(1);
            if (!name.isEmpty())
                seen.insert(name, {entry.type, entry.type == Entry::Type::File ? entry.size : 0, entry.link});
        }
    } else {
        KZip reader(&file);
        if (!reader.open(QIODevice::ReadOnly))
            return std::unexpected(QStringLiteral("it cannot be read (%1)").arg(reader.errorString()));
        QStringList damaged;
        collect(reader.directory(), QString(), seen, damaged, context.cancelled);
        reader.close();
        if (!damaged.isEmpty())
            return std::unexpected(listed(damaged, 10));
    }

    QStringList differences;
    for (const Item &item : written.items) {
        const auto it = seen.constFind(item.path);
        if (it == seen.cend()) {
            differences << QStringLiteral("%1 is missing").arg(item.path);
            continue;
        }
        if (it->type != item.type)
            differences << QStringLiteral("%1 has the wrong type").arg(item.path);
        else if (item.type == Entry::Type::File && it->size != item.size)
            differences
                << QStringLiteral("%1 holds %2 bytes instead of %3").arg(item.path).arg(it->size).arg(item.size);
        else if (item.type == Entry::Type::Symlink && it->link != item.link)
            differences << QStringLiteral("%1 points to \"%2\" instead of \"%3\"").arg(item.path, it->link, item.link);
        seen.remove(item.path);
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        differences << QStringLiteral("%1 was not written but is in it").arg(it.key());
    if (!differences.isEmpty())
        return std::unexpected(listed(differences, 10));
    return {};
}

std::expected<QString, QString> sha256Of(const QString &path, Context &context, Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    const double size = double(qMax<qint64>(file.size(), 1));
    while (true) {
        if (context.cancelled)
            return std::unexpected(QStringLiteral("cancelled"));
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return std::unexpected(file.errorString());
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        progress.report(kWriteShare + kVerifyShare + (1 - kWriteShare - kVerifyShare) * double(file.pos()) / size,
                        Text(QT_TRANSLATE_NOOP("uw::Outcome", "computing the SHA-256")));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result runBackup(const ArchiveTask::Spec &spec, Context &context)
{
    Progress progress(context);
    const QFileInfo sourceInfo(spec.source);
    if (!sourceInfo.exists())
        return outcome(Kind::FailedToStart,
                       Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                              "source %1 does not exist; check the path of the directory to back up"),
                            spec.source));
    if (!sourceInfo.isDir())
        return outcome(
            Kind::FailedToStart,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "source %1 is not a directory; archive-backup archives a whole directory"),
                 spec.source));
    const QString source = sourceInfo.canonicalFilePath();
    const QFileInfo archiveInfo(spec.archive);
    const QString archivePath = QDir::cleanPath(archiveInfo.absoluteFilePath());
    if (archiveInfo.exists() || archiveInfo.isSymLink())
        return outcome(
            Kind::FailedToStart,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "archive %1 already exists, and a backup never overwrites one; move it away "
                                   "(or delete it if it is no longer needed), or choose another archive name"),
                 archivePath));
    const QString archiveFolder = QFileInfo(archivePath).absolutePath();
    const QString resolvedFolder = resolved(archiveFolder);
    if (resolvedFolder == source || resolvedFolder.startsWith(source + u'/'))
        return outcome(
            Kind::FailedToStart,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "archive %1 would be inside the source %2 and back itself up; write it to "
                                   "another directory"),
                 archivePath, source));
    const auto excludes = Excludes::create(spec.exclude);
    if (!excludes)
        return outcome(Kind::FailedToStart, Text::verbatim(excludes.error()));

    context.line(LineLevel::Info, QStringLiteral("reading %1").arg(source));
    progress.force(0, Text(QT_TRANSLATE_NOOP("uw::Outcome", "reading %1"), source));
    Walk walked;
    walk(source, QString(), *excludes, context.cancelled, walked);
    if (context.cancelled)
        return outcome(Kind::Cancelled,
                       Text("%1; %2", Text(QT_TRANSLATE_NOOP("uw::Outcome", "cancelled")),
                            Text(QT_TRANSLATE_NOOP("uw::Outcome", "nothing was written"))));
    if (!walked.excluded.isEmpty()) {
        context.line(LineLevel::Info,
                     QStringLiteral("excluded by the exclude globs (with anything under them): %1")
                         .arg(listed(walked.excluded, 20)));
    }
    if (spec.format == Format::TarGz) {
        // KTar writes sizes in the 11 octal digits of the classic header.
        constexpr qint64 kTarMaxSize = 077777777777LL;
        for (const Item &item : std::as_const(walked.items))
            if (item.size > kTarMaxSize)
                walked.problems << QStringLiteral("%1: is %2, more than the 8 GiB a tar.gz written here can hold; "
                                                  "use format zip, or exclude it")
                                       .arg(item.path, formatSize(item.size));
    }
    if (!walked.problems.isEmpty()) {
        for (const QString &problem : walked.problems)
            context.line(LineLevel::Error, problem);
        return outcome(
            Kind::Failed,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "%1 %2 in %3 cannot be archived, so no archive was written: %4. Make them "
                                   "readable regular files (a socket or FIFO belongs to a running program: "
                                   "stop it), or add them to \"exclude\", then run the step again"),
                 walked.problems.size(),
                 walked.problems.size() == 1 ? QStringLiteral("entry") : QStringLiteral("entries"), source,
                 listed(walked.problems, 10)));
    }
    for (const Item &item : walked.items) {
        if (item.type != Entry::Type::Symlink)
            continue;
        const QString target = QDir::cleanPath(QFileInfo(item.path).path() + u'/' + item.link);
        if (QDir::isAbsolutePath(item.link) || target == QLatin1String("..") || target.startsWith(QLatin1String("../")))
            context.line(LineLevel::Warning,
                         QStringLiteral("%1 points outside %2 (to %3); it is stored as a link, but archive-extract "
                                        "refuses such links, so restore this archive with tar or unzip")
                             .arg(item.path, source, item.link));
    }
    context.line(LineLevel::Info,
                 QStringLiteral("%1 (%2), %3 and %4 to archive")
                     .arg(counted(walked.files, QT_TRANSLATE_NOOP("uw::Outcome", "%1 file"),
                                  QT_TRANSLATE_NOOP("uw::Outcome", "%1 files"))
                              .english(),
                          formatSize(walked.bytes),
                          counted(walked.directories, QT_TRANSLATE_NOOP("uw::Outcome", "%1 folder"),
                                  QT_TRANSLATE_NOOP("uw::Outcome", "%1 folders"))
                              .english(),
                          counted(walked.links, QT_TRANSLATE_NOOP("uw::Outcome", "%1 symbolic link"),
                                  QT_TRANSLATE_NOOP("uw::Outcome", "%1 symbolic links"))
                              .english()));
    if (spec.compressionLevel > 0 && spec.compressionLevel != 6)
        context.line(LineLevel::Warning,
                     QStringLiteral("compression_level %1: KArchive compresses at its default level (6) and does not "
                                    "offer others; using it")
                         .arg(spec.compressionLevel));
    else if (spec.compressionLevel == 0 && spec.format == Format::TarGz)
        context.line(LineLevel::Warning,
                     QStringLiteral("compression_level 0 only stores without compression in zip archives; a tar.gz "
                                    "is compressed at the default level"));

    const QStringList createdFolders = missingFolders(archiveFolder);
    if (!createdFolders.isEmpty() && !QDir().mkpath(archiveFolder))
        return outcome(
            Kind::FailedToStart,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "could not create the folder %1 for the archive; check its parent's permissions"),
                 archiveFolder));
    auto removeCreatedFolders = qScopeGuard([&] { removeFolders(createdFolders); });

    // The archive is written under a temporary name next to its final one and renamed only once
    // verified, so its final name never holds a half-written archive. QTemporaryFile creates it
    // readable by its owner only, which suits a backup that may hold keys and passwords.
    QTemporaryFile temporary(archivePath + QStringLiteral(".partial-XXXXXX"));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return outcome(
            Kind::FailedToStart,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "could not create a file in %1 (%2); check that the directory is writable"),
                 archiveFolder, temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    context.scratch(temporaryPath, QStringLiteral("file"));
    // QTemporaryFile keeps its handle open after close() (on Windows that blocks a rename or a
    // removal by name); its own remove() and rename() release it first.
    auto removeTemporary = qScopeGuard([&] { temporary.remove(); });
    const auto failed = [&](const Text &message) {
        if (context.cancelled)
            return outcome(Kind::Cancelled,
                           Text("%1; %2", Text(QT_TRANSLATE_NOOP("uw::Outcome", "cancelled")),
                                Text(QT_TRANSLATE_NOOP("uw::Outcome", "the partial archive was removed"))));
        return outcome(Kind::Failed, message);
    };

    QStringList problems;
    {
        std::unique_ptr<KCompressionDevice> gzip;
        std::unique_ptr<KArchive> writer;
        if (spec.format == Format::TarGz) {
            gzip = std::make_unique<KCompressionDevice>(&temporary, false, KCompressionDevice::GZip);
            writer = std::make_unique<KTar>(gzip.get());
        } else {
            auto zip = std::make_unique<KZip>(&temporary);
            zip->setCompression(spec.compressionLevel == 0 ? KZip::NoCompression : KZip::DeflateCompression);
            writer = std::move(zip);
        }
        if (!writer->open(QIODevice::WriteOnly))
            return failed(Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not start writing %1: %2"), temporaryPath,
                               writer->errorString()));
        qint64 done = 0;
        const auto advance = [&](qint64 bytes) {
            done += bytes;
            progress.report(kWriteShare * double(done) / double(qMax<qint64>(walked.bytes, 1)),
                            Text(QT_TRANSLATE_NOOP("uw::Outcome", "archiving")));
        };
        for (const Item &item : walked.items) {
            if (context.cancelled)
                return failed({});
            bool written = true;
            QString fatal;
            switch (item.type) {
            case Entry::Type::Directory:
                written = writer->writeDir(item.path, item.user, item.group, mode_t(item.mode), item.accessed,
                                           item.modified, item.created);
                break;
            case Entry::Type::Symlink:
                written = writer->writeSymLink(item.path, item.link, item.user, item.group, mode_t(item.mode),
                                               item.accessed, item.modified, item.created);
                break;
            default:
                written = writeFile(*writer, source, item, context, advance, problems, fatal) == Step::Done;
                break;
            }
            if (!written)
                return failed(
                    Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                           "could not write %1 into the archive (%2); check the free space in %3"),
                         item.path, fatal.isEmpty() ? writer->errorString() : fatal, archiveFolder));
        }
        // KTar leaves out the two zero blocks that end a tar; without them the archive reads as
        // truncated (to the extraction here too).
        if (spec.format == Format::TarGz && writer->device()->write(QByteArray(kTarEndBlocks, '\0')) != kTarEndBlocks)
            return failed(
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not finish the archive (%1); check the free space in %2"),
                     writer->device()->errorString(), archiveFolder));
        if (!writer->close())
            return failed(
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not finish the archive (%1); check the free space in %2"),
                     writer->errorString(), archiveFolder));
    }
    temporary.close();
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            context.line(LineLevel::Error, problem);
        return failed(
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "%1 %2 could not be archived, so the partial archive was removed: %3. Make them "
                                   "readable and stable (stop what writes them), or add them to \"exclude\""),
                 problems.size(), problems.size() == 1 ? QStringLiteral("file") : QStringLiteral("files"),
                 listed(problems, 10)));
    }
    // So a backup reported as done survives a power cut.
    if (!fileops::syncToDisk(temporaryPath))
        return failed(Text(
            QT_TRANSLATE_NOOP("uw::Outcome", "could not flush %1 to the disk; check the disk and run the step again"),
            temporaryPath));

    progress.force(kWriteShare, Text(QT_TRANSLATE_NOOP("uw::Outcome", "verifying the archive")));
    if (const auto verified = verify(temporaryPath, spec.format, walked, context, progress); !verified)
        return failed(
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "the archive did not match what was written when read back (%1), so it was "
                                   "removed; check the disk and run the step again"),
                 verified.error()));
    const auto sha256 = sha256Of(temporaryPath, context, progress);
    if (!sha256)
        return failed(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not read the archive back to compute its SHA-256 (%1)"),
                 sha256.error()));
    if (context.cancelled)
        return failed({});

    // QFile::rename never replaces an existing file, so one that appeared meanwhile is kept.
    if (!temporary.rename(archivePath))
        return failed(
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "could not rename %1 to %2 (%3); if %2 exists now, something else created it: "
                                   "move it away and run the step again"),
                 temporaryPath, archivePath,
                 QFileInfo::exists(archivePath) ? QStringLiteral("it exists") : temporary.errorString()));
    removeTemporary.dismiss();
    removeCreatedFolders.dismiss();
    context.line(LineLevel::Info, QStringLiteral("sha256 %1  %2").arg(*sha256, archivePath));
    progress.force(1.0, Text(QT_TRANSLATE_NOOP("uw::Outcome", "archived")));
    return {{Kind::Success, 0,
             Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                    "backed up %1 to %2 (%3, %4, %5, %6 of data) and verified it; sha256 %7"),
                  source, archivePath,
                  counted(walked.files, QT_TRANSLATE_NOOP("uw::Outcome", "%1 file"),
                          QT_TRANSLATE_NOOP("uw::Outcome", "%1 files")),
                  counted(walked.directories, QT_TRANSLATE_NOOP("uw::Outcome", "%1 folder"),
                          QT_TRANSLATE_NOOP("uw::Outcome", "%1 folders")),
                  counted(walked.links, QT_TRANSLATE_NOOP("uw::Outcome", "%1 link"),
                          QT_TRANSLATE_NOOP("uw::Outcome", "%1 links")),
                  formatSize(walked.bytes), *sha256)},
            *sha256};
}

} // namespace uw::archive
