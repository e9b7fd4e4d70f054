// Checks that look at the local file system: path-exists, path-absent, file-contains,
// disk-free, no-conflicts and unmodified-since.

#include "check_support.h"
#include "wizard/support/fileops.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStorageInfo>
#include <QTimeZone>

#include <cmath>

namespace uw::checks::detail {

namespace {

Text describeType(const QFileInfo &info)
{
    if (info.isSymLink() && !info.exists())
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "broken symbolic link"));
    if (info.isDir())
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "directory"));
    if (info.isFile())
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "file"));
    return Text(QT_TRANSLATE_NOOP("uw::Outcome", "special file"));
}

QString typeId(const QFileInfo &info)
{
    if (info.isDir())
        return QStringLiteral("dir");
    if (info.isFile())
        return QStringLiteral("file");
    return QStringLiteral("other");
}

// "file, 1.2 KiB (1234 bytes), modified 2024-09-01T10:00:00"
Text describeFound(const QFileInfo &info)
{
    if (info.isSymLink() && !info.exists())
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "a broken symbolic link to %1"), info.symLinkTarget());
    QList<Text> parts{describeType(info)};
    if (info.isFile())
        parts << formatBytes(info.size());
    if (info.lastModified().isValid())
        parts << Text(QT_TRANSLATE_NOOP("uw::Outcome", "modified %1"), info.lastModified().toString(Qt::ISODate));
    if (info.isSymLink())
        parts << Text(QT_TRANSLATE_NOOP("uw::Outcome", "a symbolic link to %1"), info.symLinkTarget());
    return joinedTexts(parts, QStringLiteral(", "));
}

bool caseSensitiveFileNames()
{
#ifdef Q_OS_WIN
    return false;
#else
    return true;
#endif
}

} // namespace

// --- path-exists, path-absent ----------------------------------------------------------------

namespace {

struct PathSpec
{
    QString path;
    QString type = QStringLiteral("any");
};

PathSpec parsePathExists(SpecReader &reader)
{
    PathSpec spec;
    spec.path = reader.string(QStringLiteral("path"), Need::Required).value_or(QString());
    spec.type
        = reader.choice(QStringLiteral("type"), {QStringLiteral("file"), QStringLiteral("dir"), QStringLiteral("any")})
              .value_or(spec.type);
    return spec;
}

} // namespace

void validatePathExists(SpecReader &reader)
{
    parsePathExists(reader);
}

Result runPathExists(SpecReader &reader, const RunContext &)
{
    const PathSpec spec = parsePathExists(reader);
    const QFileInfo info(spec.path);
    QList<Text> evidence{Text(QT_TRANSLATE_NOOP("uw::Outcome", "path: %1"), info.absoluteFilePath())};
    QJsonObject details{{QStringLiteral("path"), info.absoluteFilePath()}, {QStringLiteral("exists"), info.exists()}};
    if (!info.exists()) {
        if (info.isSymLink()) {
            evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "found: a symbolic link to %1, which does not exist"),
                                 info.symLinkTarget()));
            return makeResult(Status::Fail,
                              Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is a broken symbolic link (to %2)"), spec.path,
                                   info.symLinkTarget()),
                              evidence, details);
        }
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "found: nothing")));
        return makeResult(Status::Fail, Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 does not exist"), spec.path),
                          evidence, details);
    }
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "found: %1"), describeFound(info)));
    details.insert(QStringLiteral("type"), typeId(info));
    const bool typeOk = spec.type == QLatin1String("any") || (spec.type == QLatin1String("file") && info.isFile())
        || (spec.type == QLatin1String("dir") && info.isDir());
    if (!typeOk) {
        const Text wanted = spec.type == QLatin1String("file") ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "file"))
                                                               : Text(QT_TRANSLATE_NOOP("uw::Outcome", "directory"));
        return makeResult(Status::Fail,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 exists but is a %2, not a %3"), spec.path,
                               describeType(info), wanted),
                          evidence, details);
    }
    return makeResult(Status::Pass,
                      Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 exists (%2)"), spec.path, describeType(info)), evidence,
                      details);
}

void validatePathAbsent(SpecReader &reader)
{
    reader.string(QStringLiteral("path"), Need::Required);
}

Result runPathAbsent(SpecReader &reader, const RunContext &)
{
    const QString path = reader.string(QStringLiteral("path"), Need::Required).value_or(QString());
    const QFileInfo info(path);
    QList<Text> evidence{Text(QT_TRANSLATE_NOOP("uw::Outcome", "path: %1"), info.absoluteFilePath())};
    // A dangling symbolic link still occupies the name, so it counts as present.
    const bool present = info.exists() || info.isSymLink();
    QJsonObject details{{QStringLiteral("path"), info.absoluteFilePath()}, {QStringLiteral("exists"), present}};
    if (!present) {
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "found: nothing")));
        return makeResult(Status::Pass, Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 does not exist, as required"), path),
                          evidence, details);
    }
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "found: %1"), describeFound(info)));
    return makeResult(Status::Fail,
                      Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 exists (%2) but must not; move or remove it"), path,
                           describeType(info)),
                      evidence, details);
}

// --- file-contains ---------------------------------------------------------------------------

namespace {

struct FileContainsSpec
{
    QString path;
    QRegularExpression regex;
    bool expectMatch = true;
};

FileContainsSpec parseFileContains(SpecReader &reader)
{
    FileContainsSpec spec;
    spec.path = reader.string(QStringLiteral("path"), Need::Required).value_or(QString());
    spec.regex = reader.regex(QStringLiteral("regex"), Need::Required).value_or(QRegularExpression());
    spec.expectMatch = reader.choice(QStringLiteral("expect"), {QStringLiteral("match"), QStringLiteral("no-match")})
                           .value_or(QStringLiteral("match"))
        == QLatin1String("match");
    return spec;
}

} // namespace

void validateFileContains(SpecReader &reader)
{
    parseFileContains(reader);
}

Result runFileContains(SpecReader &reader, const RunContext &context)
{
    const FileContainsSpec spec = parseFileContains(reader);
    const QFileInfo info(spec.path);
    if (!info.exists())
        return makeResult(Status::Error,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot read %1: it does not exist"), spec.path),
                          {Text(QT_TRANSLATE_NOOP("uw::Outcome", "path: %1"), info.absoluteFilePath()),
                           Text(QT_TRANSLATE_NOOP("uw::Outcome", "found: nothing"))});
    if (info.isDir())
        return makeResult(Status::Error,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot read %1: it is a directory"), spec.path),
                          {Text(QT_TRANSLATE_NOOP("uw::Outcome", "path: %1"), info.absoluteFilePath())});
    QFile file(spec.path);
    if (!file.open(QIODevice::ReadOnly))
        return makeResult(Status::Error,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot read %1: %2"), spec.path, file.errorString()),
                          {Text(QT_TRANSLATE_NOOP("uw::Outcome", "path: %1"), info.absoluteFilePath())});

    qint64 lines = 0;
    const auto found = findLine(file, Text::verbatim(spec.path), spec.regex, context, &lines);
    if (!found) {
        Result result = found.error();
        result.evidence.prepend(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "file: %1, %2"), info.absoluteFilePath(), formatBytes(info.size())));
        return result;
    }

    const QString pattern = spec.regex.pattern();
    QList<Text> evidence{
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "file: %1, %2"), info.absoluteFilePath(), formatBytes(info.size())),
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "pattern: %1"), pattern)};
    QJsonObject details{{QStringLiteral("path"), info.absoluteFilePath()},
                        {QStringLiteral("matched"), found->has_value()}};
    if (found->has_value()) {
        const LineMatch &match = **found;
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "line %1: %2"), QString::number(match.number),
                             shortLine(match.text)));
        details.insert(QStringLiteral("line"), match.number);
        if (spec.expectMatch)
            return makeResult(Status::Pass,
                              Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 line %2 matches %3"), spec.path,
                                   QString::number(match.number), pattern),
                              evidence, details);
        return makeResult(Status::Fail,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 line %2 matches %3 but must not"), spec.path,
                               QString::number(match.number), pattern),
                          evidence, details);
    }
    evidence.append(Text(
        QT_TRANSLATE_NOOP("uw::Outcome", "no matching line in %1"),
        counted(lines, QT_TRANSLATE_NOOP("uw::Outcome", "%1 line"), QT_TRANSLATE_NOOP("uw::Outcome", "%1 lines"))));
    if (spec.expectMatch)
        return makeResult(Status::Fail,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "No line of %1 matches %2"), spec.path, pattern),
                          evidence, details);
    return makeResult(
        Status::Pass,
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "No line of %1 matches %2, as required"), spec.path, pattern), evidence,
        details);
}

// --- disk-free -------------------------------------------------------------------------------

namespace {

struct DiskFreeSpec
{
    QString path;
    std::optional<qint64> minBytes;
    std::optional<double> factor;
    QString ofDir;
};

DiskFreeSpec parseDiskFree(SpecReader &reader)
{
    DiskFreeSpec spec;
    spec.path = reader.string(QStringLiteral("path"), Need::Required).value_or(QString());
    spec.minBytes = reader.integer(QStringLiteral("min_bytes"), 0, qint64(1) << 53);
    spec.factor = reader.positiveNumber(QStringLiteral("factor"));
    spec.ofDir = reader.string(QStringLiteral("of_dir")).value_or(QString());
    const bool hasMin = reader.has(QStringLiteral("min_bytes"));
    const bool hasFactor = reader.has(QStringLiteral("factor"));
    const bool hasOfDir = reader.has(QStringLiteral("of_dir"));
    if (!hasMin && !hasFactor && !hasOfDir)
        reader.error(QStringLiteral("min_bytes"),
                     QStringLiteral("missing: give \"min_bytes\", or \"factor\" with \"of_dir\", or both"));
    else if (hasFactor && !hasOfDir)
        reader.error(QStringLiteral("of_dir"),
                     QStringLiteral("missing required key \"of_dir\" (needed with \"factor\")"));
    else if (hasOfDir && !hasFactor)
        reader.error(QStringLiteral("factor"),
                     QStringLiteral("missing required key \"factor\" (needed with \"of_dir\")"));
    return spec;
}

// The path itself or its nearest existing ancestor: the target directory of an upgrade often
// does not exist yet, but the file system it will be created on does.
QString nearestExisting(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    while (!QFileInfo::exists(current)) {
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    return current;
}

} // namespace

void validateDiskFree(SpecReader &reader)
{
    parseDiskFree(reader);
}

Result runDiskFree(SpecReader &reader, const RunContext &context)
{
    const DiskFreeSpec spec = parseDiskFree(reader);
    const QString existing = nearestExisting(spec.path);
    const QStorageInfo storage(existing);
    if (!storage.isValid() || !storage.isReady())
        return makeResult(
            Status::Error, Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot find the file system of %1"), spec.path),
            {Text(QT_TRANSLATE_NOOP("uw::Outcome", "path: %1 (nearest existing: %2)"), spec.path, existing)});

    // bytesAvailable, not bytesFree: space reserved for root is not ours to use.
    const qint64 free = storage.bytesAvailable();
    QList<Text> evidence{
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "path: %1 (nearest existing: %2)"), spec.path, existing)};
    const QString device = QString::fromUtf8(storage.device());
    evidence.append(
        device.isEmpty()
            ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "file system: mounted at %1"), storage.rootPath())
            : Text(QT_TRANSLATE_NOOP("uw::Outcome", "file system: %1, mounted at %2"), device, storage.rootPath()));
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "free: %1"), formatBytes(free)));
    QJsonObject details{{QStringLiteral("free_bytes"), double(free)}};

    qint64 required = 0;
    Text requirement;
    if (spec.minBytes) {
        required = *spec.minBytes;
        requirement = Text(QT_TRANSLATE_NOOP("uw::Outcome", "the minimum of %1"), formatSize(*spec.minBytes));
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "required: at least %1"), formatBytes(*spec.minBytes)));
    }
    if (spec.factor) {
        const QFileInfo dirInfo(spec.ofDir);
        if (!dirInfo.isDir())
            return makeResult(
                Status::Error,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot measure %1: it is not a directory or does not exist"),
                     spec.ofDir),
                evidence);
        qint64 dirBytes = 0;
        qint64 entries = 0;
        // Symbolic links are skipped: a backup copies the link, not what it points to.
        QDirIterator it(spec.ofDir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            dirBytes += it.nextFileInfo().size();
            if ((++entries & 255) == 0) {
                if (context.isCancelled())
                    return cancelledResult();
                if (context.isTimedOut())
                    return makeResult(
                        Status::Error,
                        Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                               "Measuring %1 took longer than %2 ms (%3 files so far); raise "
                                               "timeout_ms"),
                             spec.ofDir, QString::number(context.timeout().count()), QString::number(entries)),
                        evidence);
            }
        }
        const auto needed = qint64(std::ceil(*spec.factor * double(dirBytes)));
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "size of %1: %2 in %3"), spec.ofDir,
                             formatBytes(dirBytes),
                             counted(entries, QT_TRANSLATE_NOOP("uw::Outcome", "%1 file"),
                                     QT_TRANSLATE_NOOP("uw::Outcome", "%1 files"))));
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "required: %1 x that = %2"),
                             QString::number(*spec.factor), formatBytes(needed)));
        details.insert(QStringLiteral("dir_bytes"), double(dirBytes));
        if (needed >= required) {
            required = needed;
            requirement = Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 x the size of %2"), QString::number(*spec.factor),
                               spec.ofDir);
        }
    }
    details.insert(QStringLiteral("required_bytes"), double(required));

    const Text freeText = formatSize(free);
    const Text requiredText = formatSize(required);
    if (free < required)
        return makeResult(Status::Fail,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "Only %1 free on %2; %3 needed (%4): free up %5"),
                               freeText, storage.rootPath(), requiredText, requirement, formatSize(required - free)),
                          evidence, details);
    return makeResult(
        Status::Pass,
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 free on %2; %3 needed"), freeText, storage.rootPath(), requiredText),
        evidence, details);
}

// --- no-conflicts ----------------------------------------------------------------------------

namespace {

struct NoConflictsSpec
{
    QString dir;
    QString against;
    QString pattern = QStringLiteral("*");
};

NoConflictsSpec parseNoConflicts(SpecReader &reader)
{
    NoConflictsSpec spec;
    spec.dir = reader.string(QStringLiteral("dir"), Need::Required).value_or(QString());
    spec.against = reader.string(QStringLiteral("against"), Need::Required).value_or(QString());
    spec.pattern = reader.string(QStringLiteral("pattern")).value_or(spec.pattern);
    return spec;
}

} // namespace

void validateNoConflicts(SpecReader &reader)
{
    parseNoConflicts(reader);
}

Result runNoConflicts(SpecReader &reader, const RunContext &)
{
    const NoConflictsSpec spec = parseNoConflicts(reader);
    const QFileInfo dirInfo(spec.dir);
    const QFileInfo againstInfo(spec.against);
    QList<Text> evidence{Text(QT_TRANSLATE_NOOP("uw::Outcome", "files matching %1 in %2, compared with %3"),
                              spec.pattern, dirInfo.absoluteFilePath(), againstInfo.absoluteFilePath())};
    if (!dirInfo.exists()) {
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 does not exist"), dirInfo.absoluteFilePath()));
        return makeResult(
            Status::Pass,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 does not exist, so nothing in it can conflict with %2"), spec.dir,
                 spec.against),
            evidence, {{QStringLiteral("conflicts"), QJsonArray()}});
    }
    if (!dirInfo.isDir() || !dirInfo.isReadable())
        return makeResult(Status::Error,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot list %1: not a readable directory"), spec.dir),
                          evidence);
    if (!againstInfo.isDir() || !againstInfo.isReadable())
        return makeResult(
            Status::Error,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "Cannot compare with %1: it does not exist or is not a readable directory"),
                 spec.against),
            evidence);

    const auto filters = QDir::Files | QDir::Hidden | QDir::System;
    const QFileInfoList candidates = QDir(spec.dir).entryInfoList({spec.pattern}, filters, QDir::Name);
    const QFileInfoList existing = QDir(spec.against).entryInfoList({spec.pattern}, filters, QDir::Name);
    const auto key = [](const QString &name) {
        return caseSensitiveFileNames() ? name : name.toLower();
    };
    QHash<QString, QFileInfo> byName;
    for (const QFileInfo &info : existing)
        byName.insert(key(info.fileName()), info);

    QStringList conflicts;
    for (const QFileInfo &info : candidates) {
        const auto other = byName.constFind(key(info.fileName()));
        if (other == byName.cend())
            continue;
        conflicts.append(info.fileName());
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "conflict: %1 (%2) and %3 (%4)"), info.absoluteFilePath(),
                             formatSize(info.size()), other->absoluteFilePath(), formatSize(other->size())));
    }
    const char *file = QT_TRANSLATE_NOOP("uw::Outcome", "%1 file");
    const char *files = QT_TRANSLATE_NOOP("uw::Outcome", "%1 files");
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 in %2, %3 in %4"),
                         counted(candidates.size(), file, files), spec.dir, counted(existing.size(), file, files),
                         spec.against));
    const QJsonObject details{{QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts)}};
    if (conflicts.isEmpty())
        return makeResult(
            Status::Pass,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "No file matching %1 in %2 is also in %3 (%4 compared)"),
                 spec.pattern, spec.dir, spec.against, counted(candidates.size(), file, files)),
            evidence, details);

    constexpr qsizetype namesInSummary = 5;
    const QString firstNames = conflicts.first(std::min(conflicts.size(), namesInSummary)).join(QStringLiteral(", "));
    const Text names = conflicts.size() > namesInSummary
        ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 and %2 more"), firstNames, conflicts.size() - namesInSummary)
        : Text::verbatim(firstNames);
    // Two sentences, not "is"/"are" as an argument: a translation cannot agree with an
    // English word.
    const Text summary = conflicts.size() == 1
        ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 in %2 is also in %3: %4; remove it from %2"),
               counted(conflicts.size(), file, files), spec.dir, spec.against, names)
        : Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 in %2 are also in %3: %4; remove them from %2"),
               counted(conflicts.size(), file, files), spec.dir, spec.against, names);
    return makeResult(Status::Fail, summary, evidence, details);
}

} // namespace uw::checks::detail

// --- unmodified-since ------------------------------------------------------------------------

namespace uw::checks::detail {

namespace {

struct UnmodifiedSinceSpec
{
    QString path;
    QString since;
    QString pattern = QStringLiteral("*");
};

UnmodifiedSinceSpec parseUnmodifiedSince(SpecReader &reader)
{
    UnmodifiedSinceSpec spec;
    spec.path = reader.string(QStringLiteral("path"), Need::Required).value_or(QString());
    spec.since = reader.string(QStringLiteral("since"), Need::Required).value_or(QString());
    spec.pattern = reader.string(QStringLiteral("pattern")).value_or(spec.pattern);
    return spec;
}

} // namespace

void validateUnmodifiedSince(SpecReader &reader)
{
    parseUnmodifiedSince(reader);
}

// "Has anything changed since X?": X is a file whose modification time marks a moment (an
// export log, a JRE's release file written by the installer). Files of `path` (a file, or a
// folder walked recursively) modified after it fail the check, newest first.
Result runUnmodifiedSince(SpecReader &reader, const RunContext &context)
{
    const UnmodifiedSinceSpec spec = parseUnmodifiedSince(reader);
    const QFileInfo since(spec.since);
    QList<Text> evidence;
    if (!since.exists())
        return makeResult(
            Status::Error,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot tell what changed since %1: it does not exist"), spec.since),
            evidence);
    const QDateTime reference = since.lastModified(QTimeZone::UTC);
    const QString referenceText = reference.toString(Qt::ISODate);
    evidence.append(
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 was modified at %2"), since.absoluteFilePath(), referenceText));

    const QFileInfo root(spec.path);
    if (!root.exists())
        return makeResult(Status::Error,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot look at %1: it does not exist"), spec.path),
                          evidence);
    QFileInfoList files;
    const fileops::Glob glob(spec.pattern);
    if (root.isDir()) {
        QDirIterator it(root.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (context.isCancelled())
                return cancelledResult();
            if (context.isTimedOut())
                return makeResult(Status::Error,
                                  Text(QT_TRANSLATE_NOOP("uw::Outcome", "Walking %1 took longer than %2 ms"), spec.path,
                                       context.timeout().count()),
                                  evidence);
            const QFileInfo info = it.nextFileInfo();
            if (glob.matches(info.fileName()))
                files.append(info);
        }
    } else {
        files.append(root);
    }

    QList<QFileInfo> newer;
    QFileInfo newest;
    for (const QFileInfo &info : std::as_const(files)) {
        if (newest.filePath().isEmpty() || info.lastModified() > newest.lastModified())
            newest = info;
        if (info.lastModified(QTimeZone::UTC) > reference)
            newer.append(info);
    }
    std::ranges::sort(newer,
                      [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
    const char *file = QT_TRANSLATE_NOOP("uw::Outcome", "%1 file");
    const char *filesText = QT_TRANSLATE_NOOP("uw::Outcome", "%1 files");
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 matching %2 in %3"),
                         counted(files.size(), file, filesText), spec.pattern, root.absoluteFilePath()));
    if (!newest.filePath().isEmpty())
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "newest: %1, modified at %2"), newest.absoluteFilePath(),
                             newest.lastModified(QTimeZone::UTC).toString(Qt::ISODate)));
    constexpr qsizetype shown = 20;
    QJsonArray changed;
    for (qsizetype i = 0; i < newer.size(); ++i) {
        changed.append(newer[i].absoluteFilePath());
        if (i < shown)
            evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "changed: %1 at %2"), newer[i].absoluteFilePath(),
                                 newer[i].lastModified(QTimeZone::UTC).toString(Qt::ISODate)));
    }
    if (newer.size() > shown)
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "... and %1 more"), newer.size() - shown));
    const QJsonObject details{{QStringLiteral("since"), referenceText}, {QStringLiteral("changed"), changed}};
    if (newer.isEmpty())
        return makeResult(Status::Pass,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "Nothing in %1 changed after %2 (%3 looked at)"),
                               spec.path, referenceText, counted(files.size(), file, filesText)),
                          evidence, details);
    return makeResult(Status::Fail,
                      Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 in %2 changed after %3 (%4), the newest %5 at %6"),
                           counted(newer.size(), file, filesText), spec.path, referenceText, since.fileName(),
                           QDir(root.isDir() ? root.absoluteFilePath() : root.absolutePath())
                               .relativeFilePath(newer.first().absoluteFilePath()),
                           newer.first().lastModified(QTimeZone::UTC).toString(Qt::ISODate)),
                      evidence, details);
}

} // namespace uw::checks::detail
