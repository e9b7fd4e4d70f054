#include "wizard/tasks/copytask.h"

#include "taskspec_support.h"

#include "wizard/support/fileops.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <optional>

namespace uw {

namespace {

struct Entry
{
    enum class Type { Folder, File, Link };
    Type type;
    QString source;
    QString target;
    qint64 size = 0;
    bool replace = false; // the target exists and is backed up, then replaced
    bool created = false; // a folder this copy made, which gets the source's permissions
};

Text failureSummary(const QStringList &problems, const Text &consequence)
{
    if (problems.size() == 1)
        return Text("%1; %2", problems.front(), consequence);
    return Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 problems (the first: %2); %3"), problems.size(), problems.front(),
                consequence);
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

// A path with its existing part resolved, so that `to` reached through a link is still seen
// to be inside `from`.
QString resolved(const QString &absolute)
{
    QString existing = absolute;
    QString rest;
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(u'/');
        if (slash < 0)
            return absolute;
        rest = existing.mid(slash) + rest;
        existing.truncate(slash);
    }
    const QString canonical = QFileInfo(existing.isEmpty() ? QStringLiteral("/") : existing).canonicalFilePath();
    return QDir::cleanPath(canonical + rest);
}

class Planner
{
public:
    Planner(const CopyTask::Spec &spec, const WorkerTask::Context &context)
        : m_spec(spec)
        , m_context(context)
    {
        if (!spec.pattern.isEmpty())
            m_glob.emplace(spec.pattern);
    }

    QList<Entry> entries;
    QStringList problems;

    void plan()
    {
        const QFileInfo from(m_spec.from);
        if (!from.exists()) {
            fail(from.isSymLink()
                     ? QStringLiteral("%1 is a link to %2, which does not exist; check the path in the playbook")
                           .arg(m_spec.from, from.symLinkTarget())
                     : fileops::isGlob(m_spec.from)
                     ? QStringLiteral("%1 does not exist; \"from\" names one file or folder: to pick files in a "
                                      "folder, give the folder and put the file name pattern in \"pattern\"")
                           .arg(m_spec.from)
                     : QStringLiteral("%1 does not exist; check the path in the playbook").arg(m_spec.from));
            return;
        }
        const QString fromPath = QDir::cleanPath(from.absoluteFilePath());
        const QString toPath = QDir::cleanPath(QFileInfo(m_spec.to).absoluteFilePath());
        if (from.isDir())
            planFolder(fromPath, toPath);
        else
            planFile(from, toPath);
        if (problems.isEmpty())
            checkTargets();
    }

private:
    void fail(const QString &message)
    {
        m_context.line(LineLevel::Error, message);
        problems << message;
    }

    bool wanted(const QString &name) const { return !m_glob || m_glob->matches(name); }

    void planFile(const QFileInfo &from, const QString &toPath)
    {
        if (!from.isFile()) {
            fail(QStringLiteral("%1 is not a regular file, folder or link (a socket, pipe or device); copy cannot "
                                "copy it")
                     .arg(m_spec.from));
            return;
        }
        if (!wanted(from.fileName())) {
            fail(QStringLiteral("%1 does not match the pattern %2; fix the pattern, or leave it out to copy this "
                                "file")
                     .arg(m_spec.from, m_spec.pattern));
            return;
        }
        if (!from.isReadable()) {
            fail(QStringLiteral("cannot read %1; check that the wizard runs as a user that may read it")
                     .arg(m_spec.from));
            return;
        }
        const bool intoFolder = m_spec.to.endsWith(u'/') || QFileInfo(toPath).isDir();
        const QString target = intoFolder ? toPath + u'/' + from.fileName() : toPath;
        if (resolved(target) == from.canonicalFilePath()) {
            fail(QStringLiteral("%1 and %2 are the same file; check \"to\" in the playbook").arg(m_spec.from, target));
            return;
        }
        entries.append({Entry::Type::File, from.absoluteFilePath(), target, from.size()});
    }

    void planFolder(const QString &fromPath, const QString &toPath)
    {
        const QString realFrom = QFileInfo(fromPath).canonicalFilePath();
        if (isInside(resolved(toPath), realFrom)) {
            fail(QStringLiteral("%1 is inside %2, and copying a folder into itself never ends; choose a destination "
                                "outside it")
                     .arg(m_spec.to, m_spec.from));
            return;
        }
        QList<QFileInfo> found;
        QDirIterator it(fromPath, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.nextFileInfo();
        std::sort(found.begin(), found.end(),
                  [](const QFileInfo &a, const QFileInfo &b) { return a.filePath() < b.filePath(); });

        // Folders are kept only when there is no pattern, or when a wanted file is below them.
        QList<Entry> planned{{Entry::Type::Folder, fromPath, toPath}};
        QHash<QString, qsizetype> folders{{QString(), 0}};
        QList<bool> needed{m_spec.pattern.isEmpty()};
        const auto markParents = [&](const QString &relative) {
            QString parent = relative;
            while (true) {
                const qsizetype slash = parent.lastIndexOf(u'/');
                parent = slash < 0 ? QString() : parent.left(slash);
                needed[folders.value(parent)] = true;
                if (parent.isEmpty())
                    break;
            }
        };
        if (!QFileInfo(fromPath).isReadable() || !QFileInfo(fromPath).isExecutable())
            fail(QStringLiteral("cannot read the folder %1; check that the wizard runs as a user that may read it")
                     .arg(fromPath));
        for (const QFileInfo &info : std::as_const(found)) {
            const QString relative = info.filePath().mid(fromPath.size() + 1);
            const QString target = toPath + u'/' + relative;
            if (info.isSymLink()) {
                if (!wanted(info.fileName()))
                    continue;
                planned.append({Entry::Type::Link, info.filePath(), target});
                needed << true;
                markParents(relative);
            } else if (info.isDir()) {
                if (!info.isReadable() || !info.isExecutable())
                    fail(QStringLiteral("cannot read the folder %1; check that the wizard runs as a user that may "
                                        "read it")
                             .arg(info.filePath()));
                folders.insert(relative, planned.size());
                planned.append({Entry::Type::Folder, info.filePath(), target});
                needed << m_spec.pattern.isEmpty();
            } else if (!wanted(info.fileName())) {
                continue;
            } else if (!info.isFile()) {
                fail(QStringLiteral("%1 is not a regular file, folder or link (a socket, pipe or device); copy cannot "
                                    "copy it: give a pattern that leaves it out")
                         .arg(info.filePath()));
            } else if (!info.isReadable()) {
                fail(QStringLiteral("cannot read %1; check that the wizard runs as a user that may read it")
                         .arg(info.filePath()));
            } else {
                planned.append({Entry::Type::File, info.filePath(), target, info.size()});
                needed << true;
                markParents(relative);
            }
        }
        for (qsizetype i = 0; i < planned.size(); ++i)
            if (needed.at(i))
                entries << planned.at(i);
        if (problems.isEmpty() && !m_spec.pattern.isEmpty() && entries.isEmpty())
            fail(QStringLiteral("no file in %1 matches the pattern %2; check the pattern, or skip this step if there "
                                "is nothing to copy")
                     .arg(m_spec.from, m_spec.pattern));
    }

    void checkTargets()
    {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            Entry &entry = entries[i];
            const QFileInfo target(entry.target);
            const bool exists = target.exists() || target.isSymLink();
            if (entry.type == Entry::Type::Folder) {
                // `to` itself may be reached through a link; a link inside it is not followed,
                // so nothing is written outside the destination.
                if (exists && (!target.isDir() || (i > 0 && target.isSymLink())))
                    fail(QStringLiteral("%1 exists and is not a folder, but %2 is copied there; move it away, then run "
                                        "the step again")
                             .arg(entry.target, entry.source));
                entry.created = !exists;
                continue;
            }
            if (!exists)
                continue;
            if (target.isDir() && !target.isSymLink())
                fail(QStringLiteral("%1 is a folder, where the file %2 would go; move it away, then run the step again")
                         .arg(entry.target, entry.source));
            else if (!m_spec.overwrite)
                fail(QStringLiteral("%1 already exists; set \"overwrite\": true to replace it (it is backed up "
                                    "first), or move it away")
                         .arg(entry.target));
            else
                entry.replace = true;
        }
    }

    const CopyTask::Spec &m_spec;
    const WorkerTask::Context &m_context;
    std::optional<fileops::Glob> m_glob;
};

TaskOutcome run(const CopyTask::Spec &spec, const QString &backupDir, const CopyTask::FileCopiedHook &hook,
                const WorkerTask::Context &context)
{
    using Kind = TaskOutcome::Kind;
    // "if_exists": a file that a tool writes only when it has something to say (KAAZING's
    // translated gateway-config.xml.new) is copied when it is there.
    if (spec.ifExists && !QFileInfo::exists(spec.from) && !QFileInfo(spec.from).isSymLink())
        return {Kind::Success, 0,
                Text(QT_TRANSLATE_NOOP(
                         "uw::Outcome",
                         "nothing to copy: %1 does not exist (\"if_exists\": the copy is only for when it does)"),
                     spec.from)};
    Planner planner(spec, context);
    planner.plan();
    if (!planner.problems.isEmpty())
        return {Kind::Failed, -1,
                failureSummary(planner.problems, Text(QT_TRANSLATE_NOOP("uw::Outcome", "nothing was copied")))};
    const QList<Entry> &entries = planner.entries;
    const bool replaces = std::any_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.replace; });
    if (replaces && backupDir.isEmpty())
        return {
            Kind::Failed, -1,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "no backup folder was given, and copy replaces no file without a backup; this is a "
                                   "bug in the program, please report it"))};

    qint64 totalBytes = 0;
    int totalFiles = 0;
    for (const Entry &entry : entries) {
        totalBytes += entry.size;
        totalFiles += entry.type == Entry::Type::Folder ? 0 : 1;
    }
    qint64 bytesDone = 0;
    int filesDone = 0;
    int replaced = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto report = [&](bool now) {
        if (!now && sinceProgress.elapsed() < CopyTask::kProgressIntervalMs)
            return;
        sinceProgress.restart();
        const double fraction = totalBytes > 0 ? double(bytesDone) / double(totalBytes)
            : totalFiles > 0                   ? double(filesDone) / double(totalFiles)
                                               : 1.0;
        context.progress(fraction,
                         Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 of %2 copied (%3 of %4 files)"),
                              fileops::sizeText(bytesDone), fileops::sizeText(totalBytes), filesDone, totalFiles));
    };
    const auto sofar = [&] {
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 of %2 files had been copied to %3"), filesDone, totalFiles,
                    spec.to);
    };
    const auto stopped = [&] {
        return TaskOutcome{
            Kind::Cancelled, -1,
            Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                   "stopped after copying %1 of %2 files to %3; the copied files stay there: "
                                   "remove them, or run the step again with \"overwrite\": true"),
                 filesDone, totalFiles, spec.to)};
    };
    const auto failed = [&](const QString &message) {
        context.line(LineLevel::Error, message);
        return TaskOutcome{Kind::Failed, -1, Text("%1; %2", message, sofar())};
    };
    const auto makeParent = [](const QString &path) -> std::expected<void, QString> {
        const QString parent = QFileInfo(path).absolutePath();
        if (QDir().mkpath(parent))
            return {};
        return std::unexpected(QStringLiteral("cannot create the folder %1; check that nothing but a folder is at that "
                                              "path and that its parent is writable")
                                   .arg(parent));
    };

    report(true);
    for (const Entry &entry : entries) {
        if (context.cancelled())
            return stopped();
        if (entry.type == Entry::Type::Folder) {
            if (!QDir().mkpath(entry.target))
                return failed(QStringLiteral("cannot create the folder %1; check that nothing but a folder is at "
                                             "that path and that its parent is writable")
                                  .arg(entry.target));
            continue;
        }
        if (auto made = makeParent(entry.target); !made)
            return failed(made.error());
        if (entry.replace) {
            auto saved = fileops::backup(entry.target, backupDir);
            if (!saved)
                return failed(QStringLiteral("%1, so it was not replaced").arg(saved.error()));
            context.line(LineLevel::Info, QStringLiteral("backed up %1 to %2").arg(entry.target, *saved));
            ++replaced;
            // A link in the way is removed, not written through: the new file takes its place.
            const QFileInfo old(entry.target);
            if ((entry.type == Entry::Type::Link || old.isSymLink()) && !QFile::remove(entry.target))
                return failed(QStringLiteral("cannot remove %1 to replace it; check that its folder is writable (it "
                                             "is backed up in %2)")
                                  .arg(entry.target, backupDir));
        }
        if (entry.type == Entry::Type::Link) {
            if (auto made = fileops::copySymlink(entry.source, entry.target); !made)
                return failed(made.error());
        } else {
            auto copied = fileops::copyFile(
                entry.source, entry.target,
                [&](qint64 bytes) {
                    bytesDone += bytes;
                    report(false);
                },
                [&] { return context.cancelled(); });
            if (!copied)
                return failed(copied.error());
            if (*copied == fileops::Copied::Cancelled)
                return stopped();
        }
        ++filesDone;
        context.line(LineLevel::Debug, QStringLiteral("copied %1 to %2").arg(entry.source, entry.target));
        report(false);
        if (hook)
            hook(filesDone);
    }
    // Deepest first, so a read-only folder is closed after everything below it is done.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->type != Entry::Type::Folder || !it->created)
            continue;
        if (auto kept = fileops::copyFolderAttributes(it->source, it->target); !kept)
            context.line(LineLevel::Warning, kept.error() + QStringLiteral("; the files in it were copied"));
    }
    report(true);
    Text message(QT_TRANSLATE_NOOP("uw::Outcome", "copied %1 file(s) (%2) from %3 to %4"), filesDone,
                 fileops::sizeText(bytesDone), spec.from, spec.to);
    if (replaced > 0)
        message = Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1; %2 replaced, the old ones are backed up in %3"), message,
                       replaced, backupDir);
    return {Kind::Success, 0, message};
}

} // namespace

CopyTask::Spec CopyTask::read(spec::Reader &reader)
{
    Spec spec;
    reader.allowKeys(
        tasks::detail::withCommonKeys({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("overwrite"),
                                       QStringLiteral("pattern"), QStringLiteral("if_exists")}));
    const auto path = [&reader](const QString &key, const QString &expected) {
        const QJsonValue value = reader.object().value(key);
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        reader.error(key,
                     value.isUndefined() || value.isString()
                         ? expected
                         : QStringLiteral("%1, got %2").arg(expected, spec::describe(value)));
        return QString();
    };
    spec.from = path(QStringLiteral("from"), QStringLiteral("expected the path of a file or folder"));
    spec.to = path(QStringLiteral("to"), QStringLiteral("expected a path"));
    spec.overwrite = reader.boolean(QStringLiteral("overwrite")).value_or(false);
    spec.ifExists = reader.boolean(QStringLiteral("if_exists")).value_or(false);
    spec.pattern = reader.text(QStringLiteral("pattern")).value_or(QString());
    if (const auto pattern = reader.judged(reader.object().value(QLatin1String("pattern")));
        pattern && pattern->contains(u'/'))
        reader.error(QStringLiteral("pattern"),
                     QStringLiteral("matches file names, so it cannot contain \"/\"; put "
                                    "the folder in \"from\""));
    spec.timeoutMs = tasks::detail::timeoutOf(reader);
    return spec;
}

std::expected<CopyTask::Spec, QString> CopyTask::parse(const QJsonObject &json)
{
    return tasks::detail::parseAtRunTime(json, &CopyTask::read);
}

CopyTask::CopyTask(Spec spec, QString backupDir, QObject *parent)
    : WorkerTask(spec.timeoutMs, parent)
    , m_spec(std::move(spec))
    , m_backupDir(std::move(backupDir))
{ }

WorkerTask::Job CopyTask::makeJob()
{
    return [spec = m_spec, backupDir = m_backupDir, hook = m_hook](const Context &context) {
        return run(spec, backupDir, hook, context);
    };
}

} // namespace uw
