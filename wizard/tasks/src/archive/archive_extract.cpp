// archive-extract: list the archive, refuse it if any entry could write outside the destination,
// check the free space, then extract. Symbolic links are created last, so no entry is ever
// written through a link from the same archive.

#include "archive_support.h"

#include "wizard/support/fileops.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStorageInfo>

#include <memory>

namespace uw::archive {

namespace {

using Kind = TaskOutcome::Kind;

// Listing a tar.gz decompresses all of it once; that is this share of the progress bar.
constexpr double kListShare = 0.1;

enum class Format { TarGz, Tar, Zip };

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

// By content first; by name for what content does not tell (a zip behind a self-extractor).
std::expected<Format, QString> detect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    const QByteArray head = file.read(512);
    if (head.startsWith("\x1f\x8b"))
        return Format::TarGz;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Format::Zip;
    if (head.size() >= 262 && head.mid(257, 5) == "ustar")
        return Format::Tar;
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".tar.gz")) || name.endsWith(QLatin1String(".tgz")))
        return Format::TarGz;
    if (name.endsWith(QLatin1String(".zip")))
        return Format::Zip;
    return std::unexpected(QStringLiteral("is neither a .tar.gz nor a .zip archive: its content is not gzip, tar or "
                                          "zip, and its name does not end in .tar.gz, .tgz or .zip"));
}

QString formatName(Format format)
{
    switch (format) {
    case Format::TarGz:
        return QStringLiteral("tar.gz");
    case Format::Tar:
        return QStringLiteral("tar");
    case Format::Zip:
        break;
    }
    return QStringLiteral("zip");
}

struct Planned
{
    Entry entry;
    QString stored; // the name as KArchive's tree knows it: components joined by '/'
    QString path; // relative to the destination after strip_components
    QString linkPath; // hard links: the path of the file it repeats
    bool write = true; // false: stripped away, or a folder listed twice
};

struct Plan
{
    QList<Planned> entries;
    qint64 bytes = 0;
    int files = 0;
    int folders = 0;
    int links = 0;
    int stripped = 0;
};

bool isOutside(const QString &cleanRelative)
{
    return cleanRelative == QLatin1String("..") || cleanRelative.startsWith(QLatin1String("../"));
}

// The first entry (if any) that path lies under and that is not a folder, as a problem.
std::optional<QString> underNonFolder(const QString &name, const QString &path,
                                      const QHash<QString, Entry::Type> &types)
{
    for (qsizetype slash = path.indexOf(u'/'); slash > 0; slash = path.indexOf(u'/', slash + 1)) {
        const QString prefix = path.left(slash);
        const Entry::Type type = types.value(prefix, Entry::Type::Directory);
        if (type == Entry::Type::Symlink)
            return QStringLiteral("\"%1\" lies under the symbolic link \"%2\" of the same archive; writing through "
                                  "it could leave the destination")
                .arg(name, prefix);
        if (type != Entry::Type::Directory)
            return QStringLiteral("\"%1\" lies under \"%2\", which the archive holds as a file").arg(name, prefix);
    }
    return std::nullopt;
}

// Every reason to refuse the archive that its names and types give, each naming its entry, or
// what to extract. Link targets are checked by checkLinkTargets: a zip only gives them once
// KZip has opened it, and KZip must only see archives that passed this first (it crashes on
// some that do not, such as a path through a file).
std::expected<Plan, QStringList> makePlan(const QList<Entry> &entries, int strip)
{
    Plan plan;
    QStringList problems;
    QHash<QString, Entry::Type> storedTypes; // by stored name
    QHash<QString, Entry::Type> types; // by output path
    QHash<QString, qint64> sizes;
    const auto duplicate = [](const QHash<QString, Entry::Type> &seen, const QString &key, Entry::Type type) {
        return seen.contains(key) && !(seen.value(key) == Entry::Type::Directory && type == Entry::Type::Directory);
    };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        if (entry.name.isEmpty()) {
            problems << QStringLiteral("entry %1 has an empty name").arg(i + 1);
            continue;
        }
        const auto components = safeComponents(entry.name);
        if (!components) {
            problems << QStringLiteral("\"%1\": %2").arg(entry.name, components.error());
            continue;
        }
        if (entry.type == Entry::Type::Other) {
            problems << QStringLiteral("\"%1\" is a %2, which a release archive should not hold")
                            .arg(entry.name, entry.otherKind);
            continue;
        }
        if (entry.encrypted) {
            problems << QStringLiteral("\"%1\" is encrypted").arg(entry.name);
            continue;
        }
        if (entry.zipMethod != 0 && entry.zipMethod != 8) {
            problems << QStringLiteral("\"%1\" uses zip compression method %2; only stored and deflated entries can "
                                       "be read")
                            .arg(entry.name)
                            .arg(entry.zipMethod);
            continue;
        }
        Planned planned{entry, components->join(u'/'), components->mid(strip).join(u'/'), {}, true};
        if (planned.stored.isEmpty()) { // "./": the destination itself
            planned.write = false;
            plan.entries << planned;
            continue;
        }
        if (duplicate(storedTypes, planned.stored, entry.type)
            || (!planned.path.isEmpty() && duplicate(types, planned.path, entry.type))) {
            problems << QStringLiteral("\"%1\" appears more than once in the archive").arg(entry.name);
            continue;
        }
        storedTypes.insert(planned.stored, entry.type);
        if (planned.path.isEmpty() || types.contains(planned.path)) {
            // Stripped away, or a folder that is already there.
            plan.stripped += planned.path.isEmpty() ? 1 : 0;
            planned.write = false;
            plan.entries << planned;
            continue;
        }
        if (entry.type == Entry::Type::Hardlink) {
            const auto target = safeComponents(entry.link);
            planned.linkPath = target ? target->mid(strip).join(u'/') : QString();
            // value() of a name not there would be the first enumerator, File: ask contains().
            if (!target || planned.linkPath.isEmpty() || !types.contains(planned.linkPath)
                || types.value(planned.linkPath) != Entry::Type::File) {
                problems << QStringLiteral("hard link \"%1\" refers to \"%2\", which is not a file earlier in the "
                                           "archive")
                                .arg(entry.name, entry.link);
                continue;
            }
        }
        types.insert(planned.path, entry.type);
        switch (entry.type) {
        case Entry::Type::File:
            sizes.insert(planned.path, entry.size);
            plan.bytes += entry.size;
            ++plan.files;
            break;
        case Entry::Type::Hardlink:
            sizes.insert(planned.path, sizes.value(planned.linkPath));
            plan.bytes += sizes.value(planned.linkPath);
            ++plan.files;
            break;
        case Entry::Type::Directory:
            ++plan.folders;
            break;
        default:
            ++plan.links;
            break;
        }
        plan.entries << planned;
    }
    // Nothing may lie under a link or a file of the same archive, as stored or once stripped:
    // writing through an archive's own link is how an entry that looks harmless lands outside
    // the destination.
    for (const Planned &planned : std::as_const(plan.entries)) {
        if (planned.stored.isEmpty())
            continue;
        auto problem = underNonFolder(planned.entry.name, planned.stored, storedTypes);
        if (!problem && planned.write)
            problem = underNonFolder(planned.entry.name, planned.path, types);
        if (problem)
            problems << *problem;
    }
    if (!problems.isEmpty())
        return std::unexpected(problems);
    return plan;
}

// Links must stay inside the destination: relative, and not climbing above it.
QStringList checkLinkTargets(const Plan &plan)
{
    QStringList problems;
    for (const Planned &planned : plan.entries) {
        if (!planned.write || planned.entry.type != Entry::Type::Symlink)
            continue;
        const QString &link = planned.entry.link;
        const QString parent = QFileInfo(planned.path).path();
        const QString target = QDir::cleanPath(parent == QLatin1String(".") ? link : parent + u'/' + link);
        if (link.isEmpty())
            problems << QStringLiteral("symbolic link \"%1\" has no target").arg(planned.entry.name);
        else if (QDir::isAbsolutePath(link) || isOutside(target))
            problems << QStringLiteral("symbolic link \"%1\" points to \"%2\", outside the destination")
                            .arg(planned.entry.name, link);
    }
    return problems;
}

std::expected<QList<Entry>, QString> listTar(const QString &path, bool gzipped, Context &context, Progress &progress)
{
    WatchedFile file(path, context.cancelled, [&](qint64 position, qint64 size) {
        progress.report(kListShare * double(position) / double(qMax<qint64>(size, 1)),
                        Text(QT_TRANSLATE_NOOP("uw::Outcome", "reading the table of contents")));
    });
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    GzipReader gzip(&file);
    if (gzipped && !gzip.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot be decompressed (%1)").arg(gzip.errorString()));
    TarReader reader(gzipped ? static_cast<QIODevice *>(&gzip) : &file);
    QList<Entry> entries;
    while (true) {
        const auto next = reader.next();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        entries << **next;
    }
    // To the end of the file, so the gzip trailer is checked before anything is written.
    if (auto finished = reader.finish(); !finished)
        return std::unexpected(finished.error());
    return entries;
}

std::expected<void, QString> makeFolder(const QString &path)
{
    if (QFileInfo(path).isDir() || QDir().mkpath(path))
        return {};
    return std::unexpected(QStringLiteral("could not create the folder %1; check the permissions and free space of "
                                          "the destination")
                               .arg(path));
}

// Writes one file's data from read() to a new file; the destination was empty, so a file that
// exists already (opened with NewOnly, which does not follow links) means something is wrong.
// A zip entry's data must give exactly the size and the CRC-32 of its central directory; a tar
// entry's data is checked by the gzip trailer (tar itself has no checksum of the data).
enum class DataCheck { None, ZipCrc };

std::expected<void, QString> writeFile(const QString &target, const Planned &planned,
                                       const std::function<qint64(char *, qint64)> &read,
                                       const std::function<QString()> &readError, DataCheck check, Context &context,
                                       const std::function<void(qint64)> &advance)
{
    if (auto folder = makeFolder(QFileInfo(target).absolutePath()); !folder)
        return folder;
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return std::unexpected(QStringLiteral("could not create %1 (%2)").arg(target, out.errorString()));
    QByteArray buffer(qMin(kChunk, qMax<qint64>(planned.entry.size, 1)), Qt::Uninitialized);
    qint64 left = planned.entry.size;
    quint32 crc = 0;
    while (left > 0) {
        if (context.cancelled)
            return std::unexpected(QStringLiteral("cancelled"));
        const qint64 n = read(buffer.data(), qMin<qint64>(left, buffer.size()));
        if (n <= 0) {
            const QString why = readError();
            return std::unexpected(QStringLiteral("\"%1\" is damaged or truncated in the archive: %2 of its %3 bytes "
                                                  "could be read%4")
                                       .arg(planned.entry.name)
                                       .arg(planned.entry.size - left)
                                       .arg(planned.entry.size)
                                       .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
        }
        if (check == DataCheck::ZipCrc)
            crc = crc32Of(crc, buffer.constData(), n);
        if (out.write(buffer.constData(), n) != n)
            return std::unexpected(
                QStringLiteral("could not write %1 (%2); check the free space").arg(target, out.errorString()));
        left -= n;
        advance(n);
    }
    if (check == DataCheck::ZipCrc) {
        char extra = 0;
        if (read(&extra, 1) > 0)
            return std::unexpected(QStringLiteral("\"%1\" is damaged in the archive: its data is longer than the %2 "
                                                  "bytes its zip directory gives")
                                       .arg(planned.entry.name)
                                       .arg(planned.entry.size));
        if (crc != planned.entry.crc32)
            return std::unexpected(QStringLiteral("\"%1\" is damaged in the archive: the CRC-32 of its data is %2, "
                                                  "its zip directory says %3")
                                       .arg(planned.entry.name, QString::number(crc, 16).rightJustified(8, u'0'),
                                            QString::number(planned.entry.crc32, 16).rightJustified(8, u'0')));
    }
    if (planned.entry.modified.isValid())
        out.setFileTime(planned.entry.modified, QFileDevice::FileModificationTime);
    // Only the rwx bits: QFile cannot express set-id bits, and ownership stays with the user
    // who runs the wizard.
    if (planned.entry.mode >= 0)
        out.setPermissions(permissionsFromMode(planned.entry.mode));
    out.close();
    if (out.error() != QFileDevice::NoError)
        return std::unexpected(QStringLiteral("could not write %1 (%2)").arg(target, out.errorString()));
    return {};
}

std::expected<void, QString> copyHardlink(const QString &destination, const Planned &planned,
                                          const std::function<void(qint64)> &advance)
{
    // A copy rather than a link: the same bytes, without sharing an inode with anything.
    const QString target = destination + u'/' + planned.path;
    const QString original = destination + u'/' + planned.linkPath;
    if (auto folder = makeFolder(QFileInfo(target).absolutePath()); !folder)
        return folder;
    if (!QFile::copy(original, target))
        return std::unexpected(QStringLiteral("could not copy %1 to %2 for the hard link \"%3\"")
                                   .arg(original, target, planned.entry.name));
    advance(QFileInfo(target).size());
    return {};
}

std::expected<void, QString> makeSymlink(const QString &destination, const Planned &planned)
{
    const QString target = destination + u'/' + planned.path;
    if (auto folder = makeFolder(QFileInfo(target).absolutePath()); !folder)
        return folder;
    // Stored exactly as given; it was checked to stay inside.
    if (auto link = fileops::createSymlink(planned.entry.link, target); !link)
        return std::unexpected(
            QStringLiteral("could not create the symbolic link for %1: %2").arg(planned.entry.name, link.error()));
    return {};
}

// Removes what the task extracted: the destination if it created it, else only its contents.
void removeOutput(const QString &destination, bool created, const QStringList &createdParents)
{
    if (created) {
        QDir(destination).removeRecursively();
    } else {
        const QFileInfoList children
            = QDir(destination).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &child : children) {
            if (child.isDir() && !child.isSymLink())
                QDir(child.filePath()).removeRecursively();
            else
                QFile::remove(child.filePath());
        }
    }
    removeFolders(createdParents);
}

} // namespace

Result runExtract(const ArchiveTask::Spec &spec, Context &context)
{
    Progress progress(context);
    const QFileInfo archiveInfo(spec.archive);
    const QString archivePath = QDir::cleanPath(archiveInfo.absoluteFilePath());
    if (!archiveInfo.exists())
        return outcome(
            Kind::FailedToStart,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 does not exist; check the path of the release archive"),
                 archivePath));
    if (!archiveInfo.isFile())
        return outcome(Kind::FailedToStart,
                       Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                              "archive %1 is not a file; give the path of the release archive itself"),
                            archivePath));
    const auto format = detect(archivePath);
    if (!format)
        return outcome(Kind::FailedToStart,
                       Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 %2"), archivePath, format.error()));

    const QString destination = QDir::cleanPath(QFileInfo(spec.destination).absoluteFilePath());
    const QFileInfo destinationInfo(destination);
    if (destinationInfo.exists() || destinationInfo.isSymLink()) {
        if (!destinationInfo.isDir())
            return outcome(
                Kind::FailedToStart,
                Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                       "destination %1 exists and is not a directory; extract into a new or empty "
                                       "directory"),
                     destination));
        const QStringList present
            = QDir(destination).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        if (!present.isEmpty())
            return outcome(
                Kind::FailedToStart,
                Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                       "destination %1 is not empty (it holds %2); extract into a new or empty "
                                       "directory, or move its contents away first"),
                     destination, listed(present, 3)));
    }

    context.line(LineLevel::Info, QStringLiteral("reading %1 (%2)").arg(archivePath, formatName(*format)));
    progress.force(0, Text(QT_TRANSLATE_NOOP("uw::Outcome", "reading the table of contents")));
    const auto cancelledBeforeWriting = [&] {
        return outcome(Kind::Cancelled,
                       Text("%1; %2", Text(QT_TRANSLATE_NOOP("uw::Outcome", "cancelled")),
                            Text(QT_TRANSLATE_NOOP("uw::Outcome", "nothing was written"))));
    };

    const auto refuse = [&](const QStringList &problems) {
        for (const QString &problem : problems)
            context.line(LineLevel::Error, problem);
        return outcome(
            Kind::Failed,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "refused to extract %1, nothing was written: %2. Use the release archive as "
                                   "published; if it is, report it to its vendor"),
                 archivePath, listed(problems, 10)));
    };

    // A zip's entries come from its central directory; KZip opens it only once they passed
    // makePlan, and then stays open from listing to extraction.
    std::unique_ptr<WatchedFile> zipFile;
    std::unique_ptr<KZip> zip;
    QList<Entry> entries;
    if (*format == Format::Zip) {
        zipFile = std::make_unique<WatchedFile>(archivePath, context.cancelled);
        if (!zipFile->open(QIODevice::ReadOnly))
            return outcome(Kind::FailedToStart,
                           Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 cannot be read (%2)"), archivePath,
                                zipFile->errorString()));
        auto listing = readZipDirectory(zipFile.get());
        if (context.cancelled)
            return cancelledBeforeWriting();
        if (!listing)
            return outcome(Kind::Failed,
                           Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1: %2"), archivePath, listing.error()));
        entries = *listing;
    } else {
        auto listing = listTar(archivePath, *format == Format::TarGz, context, progress);
        if (context.cancelled)
            return cancelledBeforeWriting();
        if (!listing)
            return outcome(
                Kind::Failed,
                Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                       "archive %1 cannot be read, nothing was written: %2; check that it was "
                                       "downloaded completely, or download it again"),
                     archivePath, listing.error()));
        entries = *listing;
    }

    auto plan = makePlan(entries, spec.stripComponents);
    if (!plan)
        return refuse(plan.error());
    if (zipFile) {
        zipFile->seek(0);
        zip = std::make_unique<KZip>(zipFile.get());
        if (!zip->open(QIODevice::ReadOnly)) {
            if (context.cancelled)
                return cancelledBeforeWriting();
            return outcome(Kind::Failed,
                           Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 cannot be read (%2)"), archivePath,
                                zip->errorString()));
        }
        // KZip keeps a link's target as its data; the central directory only says it is a link.
        for (Planned &planned : plan->entries) {
            if (planned.entry.type != Entry::Type::Symlink || !planned.write)
                continue;
            const KArchiveEntry *found = zip->directory()->entry(planned.stored);
            if (found && !found->symLinkTarget().isEmpty())
                planned.entry.link = found->symLinkTarget();
            else if (found && found->isFile())
                planned.entry.link = QFile::decodeName(static_cast<const KArchiveFile *>(found)->data());
        }
    }
    if (const QStringList problems = checkLinkTargets(*plan); !problems.isEmpty())
        return refuse(problems);
    if (plan->stripped > 0)
        context.line(LineLevel::Info,
                     QStringLiteral("strip_components %1 leaves out %2 with no more than %1 path components, such "
                                    "as the top folder")
                         .arg(spec.stripComponents)
                         .arg(counted(plan->stripped, QT_TRANSLATE_NOOP("uw::Outcome", "%1 entry"),
                                      QT_TRANSLATE_NOOP("uw::Outcome", "%1 entries"))
                                  .english()));

    const QStringList createdParents = missingFolders(QFileInfo(destination).absolutePath());
    const QString existing = createdParents.isEmpty() ? QFileInfo(destination).absolutePath()
                                                      : QFileInfo(createdParents.first()).absolutePath();
    QStorageInfo storage(destinationInfo.exists() ? destination : existing);
    storage.refresh();
    if (storage.isValid() && storage.bytesAvailable() < plan->bytes)
        return outcome(
            Kind::Failed,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "not enough free space to extract %1: it needs %2 in %3, but only %4 is free "
                                   "on %5; free some space or choose another destination"),
                 archivePath, formatSize(plan->bytes), destination, formatSize(storage.bytesAvailable()),
                 storage.rootPath()));
    context.line(LineLevel::Info,
                 QStringLiteral("%1 (%2), %3 and %4 to extract into %5")
                     .arg(counted(plan->files, QT_TRANSLATE_NOOP("uw::Outcome", "%1 file"),
                                  QT_TRANSLATE_NOOP("uw::Outcome", "%1 files"))
                              .english(),
                          formatSize(plan->bytes),
                          counted(plan->folders, QT_TRANSLATE_NOOP("uw::Outcome", "%1 folder"),
                                  QT_TRANSLATE_NOOP("uw::Outcome", "%1 folders"))
                              .english(),
                          counted(plan->links, QT_TRANSLATE_NOOP("uw::Outcome", "%1 symbolic link"),
                                  QT_TRANSLATE_NOOP("uw::Outcome", "%1 symbolic links"))
                              .english(),
                          destination));

    const bool createDestination = !destinationInfo.exists();
    context.scratch(destination, createDestination ? QStringLiteral("folder") : QStringLiteral("contents"));
    if (createDestination && !QDir().mkpath(destination))
        return outcome(
            Kind::FailedToStart,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "could not create the destination %1; check the permissions of its parent"),
                 destination));
    auto cleanUp = qScopeGuard([&] { removeOutput(destination, createDestination, createdParents); });
    const auto failed = [&](const Text &message) {
        if (context.cancelled)
            return outcome(
                Kind::Cancelled,
                Text("%1; %2", Text(QT_TRANSLATE_NOOP("uw::Outcome", "cancelled")),
                     Text(QT_TRANSLATE_NOOP("uw::Outcome", "the partial extraction in %1 was removed"), destination)));
        return outcome(Kind::Failed,
                       Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1; the partial extraction in %2 was removed"), message,
                            destination));
    };

    qint64 done = 0;
    const auto advance = [&](qint64 bytes) {
        done += bytes;
        progress.report(kListShare + (1 - kListShare) * double(done) / double(qMax<qint64>(plan->bytes, 1)),
                        Text(QT_TRANSLATE_NOOP("uw::Outcome", "extracting")));
    };
    progress.force(kListShare, Text(QT_TRANSLATE_NOOP("uw::Outcome", "extracting")));

    if (*format == Format::Zip) {
        for (const Planned &planned : plan->entries) {
            if (context.cancelled)
                return failed({});
            if (!planned.write)
                continue;
            const QString target = destination + u'/' + planned.path;
            if (planned.entry.type == Entry::Type::Directory) {
                if (auto made = makeFolder(target); !made)
                    return failed(Text::verbatim(made.error()));
            } else if (planned.entry.type == Entry::Type::File) {
                const KArchiveEntry *found = zip->directory()->entry(planned.stored);
                if (!found || !found->isFile())
                    return failed(
                        Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                               "\"%1\" is listed in the zip directory but cannot be found in the "
                                               "archive; it is damaged"),
                             planned.entry.name));
                std::unique_ptr<QIODevice> data(static_cast<const KArchiveFile *>(found)->createDevice());
                if (!data)
                    return failed(Text(QT_TRANSLATE_NOOP("uw::Outcome", "\"%1\" cannot be read from the archive"),
                                       planned.entry.name));
                const auto written = writeFile(
                    target, planned, [&](char *buffer, qint64 size) { return data->read(buffer, size); },
                    [&] { return data->errorString(); }, DataCheck::ZipCrc, context, advance);
                if (!written)
                    return failed(Text::verbatim(written.error()));
            }
        }
    } else {
        // The second pass over the stream: the same entries in the same order as the listing.
        WatchedFile file(archivePath, context.cancelled);
        if (!file.open(QIODevice::ReadOnly))
            return failed(Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 cannot be read (%2)"), archivePath,
                               file.errorString()));
        GzipReader gzip(&file);
        const bool gzipped = *format == Format::TarGz;
        if (gzipped && !gzip.open(QIODevice::ReadOnly))
            return failed(Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 cannot be decompressed"), archivePath));
        TarReader reader(gzipped ? static_cast<QIODevice *>(&gzip) : &file);
        for (const Planned &planned : plan->entries) {
            if (context.cancelled)
                return failed({});
            const auto next = reader.next();
            if (!next)
                return failed(
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 cannot be read: %2"), archivePath, next.error()));
            if (!*next || (*next)->name != planned.entry.name)
                return failed(Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 changed while it was being extracted"),
                                   archivePath));
            if (!planned.write)
                continue;
            std::expected<void, QString> step;
            switch (planned.entry.type) {
            case Entry::Type::Directory:
                step = makeFolder(destination + u'/' + planned.path);
                break;
            case Entry::Type::File:
                step = writeFile(
                    destination + u'/' + planned.path, planned,
                    [&](char *buffer, qint64 size) { return reader.read(buffer, size); },
                    [&] { return reader.streamError(); }, DataCheck::None, context, advance);
                break;
            case Entry::Type::Hardlink:
                step = copyHardlink(destination, planned, advance);
                break;
            default:
                break;
            }
            if (!step)
                return failed(Text::verbatim(step.error()));
        }
        // The end blocks and the gzip trailer, read again: the file may have changed since it
        // was listed.
        const auto end = reader.next();
        if (!end)
            return failed(
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 cannot be read: %2"), archivePath, end.error()));
        if (*end)
            return failed(
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 changed while it was being extracted"), archivePath));
        if (const auto finished = reader.finish(); !finished)
            return failed(
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "archive %1 cannot be read: %2"), archivePath, finished.error()));
    }

    for (const Planned &planned : plan->entries) {
        if (!planned.write || planned.entry.type != Entry::Type::Symlink)
            continue;
        if (auto made = makeSymlink(destination, planned); !made)
            return failed(Text::verbatim(made.error()));
    }
    if (context.cancelled)
        return failed({});
    // Folder permissions last: a read-only folder in the archive must not stop its own contents.
    for (auto it = plan->entries.crbegin(); it != plan->entries.crend(); ++it)
        if (it->write && it->entry.type == Entry::Type::Directory && it->entry.mode >= 0)
            QFile::setPermissions(destination + u'/' + it->path, permissionsFromMode(it->entry.mode));

    cleanUp.dismiss();
    progress.force(1.0, Text(QT_TRANSLATE_NOOP("uw::Outcome", "extracted")));
    return {{Kind::Success, 0,
             Text(QT_TRANSLATE_NOOP("uw::Outcome", "extracted %1 into %2 (%3, %4, %5, %6)"), archivePath, destination,
                  counted(plan->files, QT_TRANSLATE_NOOP("uw::Outcome", "%1 file"),
                          QT_TRANSLATE_NOOP("uw::Outcome", "%1 files")),
                  counted(plan->folders, QT_TRANSLATE_NOOP("uw::Outcome", "%1 folder"),
                          QT_TRANSLATE_NOOP("uw::Outcome", "%1 folders")),
                  counted(plan->links, QT_TRANSLATE_NOOP("uw::Outcome", "%1 link"),
                          QT_TRANSLATE_NOOP("uw::Outcome", "%1 links")),
                  formatSize(plan->bytes))},
            {}};
}

} // namespace uw::archive
