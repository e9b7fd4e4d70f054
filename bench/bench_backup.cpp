// bench_backup: how fast uw::ArchiveTask backs a directory tree up into a .tar.gz (and checks it:
// it reads the archive back and hashes it), next to `tar -czf` archiving the same tree at the
// same gzip level and `tar -tzf` plus `sha256sum` doing the same checks. See docs/performance.md.
//
// The tree is generated into a temporary directory from a fixed seed, so every run archives the
// same bytes: about three quarters of the files are text shaped like configuration and log
// files (gzip brings them to roughly a fifth), the rest random bytes like the already deflated
// entries of a .jar (gzip cannot shrink them). Sizes follow a log-normal spread, as in a real
// installation: many small files, a few of several MB.

#include "benchmath.h"
#include "benchoptions.h"
#include "wizard/tasks/archivetask.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <expected>
#include <numbers>

using uw::bench::median;
using uw::bench::Random;

namespace {

constexpr double kMB = 1e6; // sizes and rates are in MB of 10^6 bytes

enum class Kind { Properties, Xml, Log, Binary };

struct PlannedFile
{
    QString path; // relative to the tree
    qint64 size = 0;
    Kind kind = Kind::Binary;
};

// File kinds and sizes: 75 % text files (median 6 KiB), 25 % binary ones (median 16 KiB, wider
// spread), scaled so that the sizes add up to exactly `totalBytes`.
QList<PlannedFile> planTree(qint64 totalBytes, int fileCount, Random &random)
{
    QList<PlannedFile> files;
    QList<double> weights;
    double sum = 0;
    for (int i = 0; i < fileCount; ++i) {
        PlannedFile file;
        file.kind = random.uniform() < 0.75 ? Kind(random.below(3)) : Kind::Binary;
        const bool text = file.kind != Kind::Binary;
        const double weight = text ? std::exp(std::log(6144.0) + 1.2 * random.normal())
                                   : std::exp(std::log(16384.0) + 1.5 * random.normal());
        static const char *const suffixes[] = {"properties", "xml", "log", "jar"};
        const int folder = i / 25; // 25 files a folder, 40 folders a group
        file.path = QStringLiteral("group%1/folder%2/file%3.%4")
                        .arg(folder / 40, 2, 10, QLatin1Char('0'))
                        .arg(folder % 40, 2, 10, QLatin1Char('0'))
                        .arg(i, 5, 10, QLatin1Char('0'))
                        .arg(QLatin1String(suffixes[int(file.kind)]));
        files << file;
        weights << weight;
        sum += weight;
    }
    qint64 planned = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        files[i].size = qint64(weights[i] / sum * double(totalBytes));
        planned += files[i].size;
    }
    files.last().size += totalBytes - planned; // the rounding
    return files;
}

// Words for the text files, made of syllables so that they look like identifiers.
QList<QByteArray> vocabulary(Random &random)
{
    static const char *const syllables[]
        = {"ad",  "al", "an", "ar", "ca", "co", "con", "de", "di", "en",  "er", "ex",  "fi", "ga",
           "in",  "is", "la", "lo", "ma", "me", "na",  "no", "or", "pa",  "po", "pro", "ra", "re",
           "ser", "si", "ta", "te", "ti", "to", "tra", "un", "va", "ver", "vi", "vor"};
    QList<QByteArray> words;
    for (int i = 0; i < 400; ++i) {
        QByteArray word;
        for (int n = 2 + random.below(3); n > 0; --n)
            word += syllables[random.below(int(std::size(syllables)))];
        words << word;
    }
    return words;
}

// Lines shaped like a properties file, an XML configuration or a log: fixed text, words and small
// numbers. Frequent words come up more often, and each file has a few words of its own that
// recur in it (its section names, its loggers), as in real files.
void appendText(QByteArray &out, Kind kind, qint64 size, Random &random, const QList<QByteArray> &words)
{
    const auto word = [&]() -> const QByteArray & {
        const double u = random.uniform();
        return words[qsizetype(u * u * u * double(words.size()))];
    };
    QList<QByteArray> own;
    for (int i = 0; i < 8; ++i)
        own << word();
    const auto ownWord = [&]() -> const QByteArray & {
        return own[random.below(8)];
    };
    const auto number = [&] {
        return QByteArray::number(random.below(1000));
    };
    const auto twoDigits = [](int n) {
        return QByteArray::number(n).rightJustified(2, '0');
    };
    int clock = random.below(86400); // a log's time of day, in seconds
    while (out.size() < size) {
        switch (kind) {
        case Kind::Properties:
            out += ownWord() + '.' + ownWord() + '.' + word() + '=' + word() + ' ' + number() + '\n';
            break;
        case Kind::Xml:
            out += "    <property name=\"" + ownWord() + '.' + word() + "\" value=\"" + number() + "\" type=\""
                + ownWord() + "\"/>\n";
            break;
        default:
            clock += random.below(3);
            out += "2025-03-14 " + twoDigits(clock / 3600 % 24) + ':' + twoDigits(clock / 60 % 60) + ':'
                + twoDigits(clock % 60) + ',' + number().rightJustified(3, '0')
                + (random.below(10) ? " INFO  [worker-" : " WARN  [worker-") + QByteArray::number(random.below(8))
                + "] com.vordel." + ownWord() + '.' + ownWord() + " - " + word() + ' ' + word() + ' ' + word() + ' '
                + number() + '\n';
            break;
        }
    }
    out.truncate(size);
}

void appendRandom(QByteArray &out, qint64 size, Random &random)
{
    const qsizetype start = out.size();
    out.resize(start + size);
    char *data = out.data() + start;
    for (qint64 i = 0; i < size; i += 8) {
        const quint64 value = random.next();
        std::memcpy(data + i, &value, size_t(std::min<qint64>(8, size - i)));
    }
}

struct Tree
{
    qint64 bytes = 0;
    qint64 textBytes = 0;
    int files = 0;
};

std::expected<Tree, QString> generateTree(const QString &root, qint64 totalBytes, int fileCount)
{
    Random random(20250301);
    const QList<QByteArray> words = vocabulary(random);
    Tree tree;
    QByteArray content;
    for (const PlannedFile &planned : planTree(totalBytes, fileCount, random)) {
        const QString path = root + u'/' + planned.path;
        if (!QDir().mkpath(QFileInfo(path).path()))
            return std::unexpected(QStringLiteral("cannot create the folder of %1").arg(path));
        content.clear();
        if (planned.kind != Kind::Binary)
            appendText(content, planned.kind, planned.size, random, words);
        else
            appendRandom(content, planned.size, random);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return std::unexpected(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        tree.bytes += planned.size;
        tree.textBytes += planned.kind != Kind::Binary ? planned.size : 0;
        ++tree.files;
    }
    return tree;
}

struct Run
{
    double seconds = 0; // the wait for the backup: ArchiveTask with its checks, tar -czf alone
    double writeSeconds = -1; // writing the archive (ArchiveTask: walk, write, fsync); -1 unknown
    double checkSeconds = -1; // reading the archive back and hashing it; -1 unknown
    qint64 archiveBytes = 0;
};

// One archive-backup, run the way the wizard runs it: the task works on its own thread, and
// this thread's event loop receives its progress and its outcome.
std::expected<Run, QString> runArchiveTask(const QString &source, const QString &archive)
{
    const auto spec = uw::ArchiveTask::parse(QJsonObject{{QStringLiteral("kind"), QStringLiteral("archive-backup")},
                                                         {QStringLiteral("source"), source},
                                                         {QStringLiteral("archive"), archive},
                                                         {QStringLiteral("format"), QStringLiteral("tar.gz")}});
    if (!spec)
        return std::unexpected(spec.error());
    uw::ArchiveTask task(*spec);
    QEventLoop loop;
    QElapsedTimer clock;
    Run run;
    uw::TaskOutcome outcome;
    // The task reports "verifying the archive" once the archive is written and flushed to disk;
    // what follows is the read-back and the SHA-256.
    QObject::connect(&task, &uw::TaskRunner::progress, &loop, [&](double, const uw::Text &text) {
        if (run.writeSeconds < 0 && text.english() == QLatin1String("verifying the archive"))
            run.writeSeconds = double(clock.nsecsElapsed()) / 1e9;
    });
    QObject::connect(&task, &uw::TaskRunner::finished, &loop, [&](const uw::TaskOutcome &result) {
        outcome = result;
        loop.quit();
    });
    clock.start();
    task.start();
    loop.exec();
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!outcome.succeeded())
        return std::unexpected(QStringLiteral("ArchiveTask: %1: %2").arg(outcome.kindName(), outcome.message.english()));
    if (run.writeSeconds >= 0)
        run.checkSeconds = run.seconds - run.writeSeconds;
    run.archiveBytes = QFileInfo(archive).size();
    return run;
}

// Runs a program to its end with its output discarded; returns the wall time in seconds.
std::expected<double, QString> runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("GZIP")); // gzip would take options from it
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(-1))
        return std::unexpected(QStringLiteral("%1: %2").arg(program, process.errorString()));
    process.waitForFinished(-1);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::unexpected(
            QStringLiteral("%1 %2 failed (exit code %3)").arg(program, arguments.join(u' ')).arg(process.exitCode()));
    return seconds;
}

// `tar -czf`: GNU tar pipes its output through gzip at gzip's default level, 6. Then, timed
// apart, the checks ArchiveTask makes, done the shell's way: list the archive (one pass through
// gzip) and hash it.
std::expected<Run, QString> runTar(const QString &source, const QString &archive)
{
    const auto create = runProgram(
        QStringLiteral("tar"), {QStringLiteral("-czf"), archive, QStringLiteral("-C"), source, QStringLiteral(".")});
    if (!create)
        return std::unexpected(create.error());
    const auto list = runProgram(QStringLiteral("tar"), {QStringLiteral("-tzf"), archive});
    if (!list)
        return std::unexpected(list.error());
    const auto hash = runProgram(QStringLiteral("sha256sum"), {archive});
    if (!hash)
        return std::unexpected(hash.error());
    Run run;
    run.seconds = *create;
    run.writeSeconds = *create;
    run.checkSeconds = *list + *hash;
    run.archiveBytes = QFileInfo(archive).size();
    return run;
}

// Each figure's median on its own. The archives of every run are alike, but for gzip's time
// stamp.
Run summarise(const QList<Run> &runs)
{
    const auto medianOf = [&](double Run::*field) {
        QList<double> values;
        for (const Run &run : runs)
            if (run.*field >= 0)
                values << run.*field;
        return values.size() == runs.size() ? median(values) : -1.0;
    };
    return {medianOf(&Run::seconds), medianOf(&Run::writeSeconds), medianOf(&Run::checkSeconds),
            runs.last().archiveBytes};
}

QJsonObject toJson(const Run &summary, qint64 treeBytes)
{
    QJsonObject json{{QStringLiteral("seconds"), summary.seconds},
                     {QStringLiteral("mb_per_s"), double(treeBytes) / kMB / summary.seconds},
                     {QStringLiteral("archive_bytes"), summary.archiveBytes},
                     {QStringLiteral("ratio"), double(summary.archiveBytes) / double(treeBytes)}};
    if (summary.writeSeconds >= 0)
        json.insert(QStringLiteral("write_seconds"), summary.writeSeconds);
    if (summary.checkSeconds >= 0)
        json.insert(QStringLiteral("check_seconds"), summary.checkSeconds);
    return json;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_backup"));

    QCommandLineParser parser;
    uw::bench::describe(
        parser,
        QStringLiteral("Generates a tree of files and backs it up to .tar.gz with uw::ArchiveTask (which also reads "
                       "the archive back and hashes it) and with tar -czf; prints the median of the runs."));
    const QCommandLineOption sizeOption(QStringLiteral("size-mb"),
                                        QStringLiteral("Total size of the tree in MB (10^6 bytes); default 500."),
                                        QStringLiteral("MB"), QStringLiteral("500"));
    const QCommandLineOption filesOption(QStringLiteral("files"),
                                         QStringLiteral("Number of files in the tree; default 20000."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption repeatOption = uw::bench::repeatOption(QStringLiteral("Runs of each archiver"));
    const QCommandLineOption tempOption(QStringLiteral("temp-dir"),
                                        QStringLiteral("Where to create the working folder; default: the system's "
                                                       "temporary folder. Needs about twice the tree's size free."),
                                        QStringLiteral("DIR"), QDir::tempPath());
    parser.addOptions({sizeOption, filesOption, repeatOption, tempOption});
    parser.process(app);

    const auto sizeMb = uw::bench::positiveNumber(parser, sizeOption);
    const auto files = uw::bench::positiveInt(parser, filesOption);
    const auto repeats = uw::bench::positiveInt(parser, repeatOption);
    const qint64 totalBytes = sizeMb ? qint64(*sizeMb * kMB) : 0;
    if (totalBytes <= 0 || !files || !repeats)
        return uw::bench::fail(QStringLiteral("--size-mb, --files and --repeat must be positive numbers"));
    const int fileCount = *files;
    const int repeat = *repeats;

    QTemporaryDir work(parser.value(tempOption) + QStringLiteral("/bench_backup-XXXXXX"));
    if (!work.isValid())
        return uw::bench::fail(QStringLiteral("cannot create a working folder in %1").arg(parser.value(tempOption)));
    const QString source = work.filePath(QStringLiteral("tree"));

    std::printf("generating %.1f MB in %d files in %s\n", double(totalBytes) / kMB, fileCount, qPrintable(source));
    std::fflush(stdout);
    QElapsedTimer generation;
    generation.start();
    const auto tree = generateTree(source, totalBytes, fileCount);
    if (!tree)
        return uw::bench::fail(tree.error());
    std::printf("generated in %.1f s: %.0f %% of the bytes text-like, the rest random\n",
                double(generation.elapsed()) / 1000, 100.0 * double(tree->textBytes) / double(tree->bytes));

    QList<Run> ours, tar;
    for (int i = 1; i <= repeat; ++i) {
        const QString ourArchive = work.filePath(QStringLiteral("archivetask-%1.tar.gz").arg(i));
        const QString tarArchive = work.filePath(QStringLiteral("tar-%1.tar.gz").arg(i));
        const auto our = runArchiveTask(source, ourArchive);
        if (!our)
            return uw::bench::fail(our.error());
        const auto their = runTar(source, tarArchive);
        if (!their)
            return uw::bench::fail(their.error());
        QFile::remove(ourArchive);
        QFile::remove(tarArchive);
        ours << *our;
        tar << *their;
        std::printf("run %d/%d: ArchiveTask %.2f s (writing %.2f s, checks %.2f s); tar -czf %.2f s, then "
                    "tar -tzf + sha256sum %.2f s\n",
                    i, repeat, our->seconds, our->writeSeconds, our->checkSeconds, their->seconds, their->checkSeconds);
        std::fflush(stdout);
    }

    const Run our = summarise(ours);
    const Run their = summarise(tar);
    const double mb = double(tree->bytes) / kMB;
    std::printf("\n%.1f MB in %d files; median of %d run(s), each figure on its own; gzip level 6 for both\n", mb,
                tree->files, repeat);
    std::printf("%-44s %8s %8s %12s %7s\n", "", "wall s", "MB/s", "archive MB", "ratio");
    const auto row = [&](const char *name, double seconds, const Run *archive) {
        if (seconds < 0)
            std::printf("%-44s %8s\n", name, "?");
        else if (!archive)
            std::printf("%-44s %8.2f %8.1f\n", name, seconds, mb / seconds);
        else
            std::printf("%-44s %8.2f %8.1f %12.1f %7.3f\n", name, seconds, mb / seconds,
                        double(archive->archiveBytes) / kMB, double(archive->archiveBytes) / double(tree->bytes));
    };
    row("uw::ArchiveTask, checks included", our.seconds, &our);
    row("  writing: walk, write, fsync", our.writeSeconds, nullptr);
    row("  checks: read back, SHA-256", our.checkSeconds, nullptr);
    row("tar -czf (gzip -6)", their.seconds, &their);
    row("  checks run apart: tar -tzf, sha256sum", their.checkSeconds, nullptr);
    row("tar -czf, then those checks", their.seconds + their.checkSeconds, nullptr);

    const QJsonObject summary{{QStringLiteral("bench"), QStringLiteral("bench_backup")},
                              {QStringLiteral("tree_bytes"), tree->bytes},
                              {QStringLiteral("files"), tree->files},
                              {QStringLiteral("text_fraction"), double(tree->textBytes) / double(tree->bytes)},
                              {QStringLiteral("runs"), repeat},
                              {QStringLiteral("gzip_level"), 6},
                              {QStringLiteral("archivetask"), toJson(our, tree->bytes)},
                              {QStringLiteral("tar"), toJson(their, tree->bytes)}};
    std::printf("SUMMARY %s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    return 0;
}
