#include "wizard/tasks/archivetask.h"

#include "taskrunning.h"
#include "testlinks.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace uw;

namespace {

// Test set-up that cannot work means the environment is broken, not the code under test.
void put(const QString &path, const QByteArray &data, QFile::Permissions permissions = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    if (permissions)
        file.setPermissions(permissions);
}

void symlinkAt(const QString &target, const QString &path)
{
    if (!test::makeSymlink(target, path))
        qFatal("cannot create the link %s", qPrintable(path));
}

QByteArray randomBytes(qsizetype size)
{
    QList<quint32> words((size + 3) / 4);
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Every entry under root: type, size, content hash, permissions, link target.
QMap<QString, QString> snapshot(const QString &root)
{
    QMap<QString, QString> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString path = QDir(root).relativeFilePath(info.filePath());
        if (info.isSymLink())
            entries.insert(path, QStringLiteral("link -> ") + test::linkTarget(info.filePath()));
        else if (info.isDir())
            entries.insert(path, QStringLiteral("folder %1").arg(int(info.permissions()), 0, 16));
        else
            entries.insert(path,
                           QStringLiteral("file %1 bytes, sha256 %2, permissions %3")
                               .arg(info.size())
                               .arg(QString::fromLatin1(sha256Of(info.filePath())))
                               .arg(int(info.permissions()), 0, 16));
    }
    return entries;
}

// A source tree with what a gateway directory has: text, binary data, an empty file, a hidden
// file, an executable, a path longer than tar's 100-byte name field, an empty folder, a link
// and a dangling link (stored as a link like any other).
void makeTree(const QString &root)
{
    put(root + QStringLiteral("/top.txt"), "hello\n");
    put(root + QStringLiteral("/zero.txt"), {});
    put(root + QStringLiteral("/.hidden"), "dot file\n");
    put(root + QStringLiteral("/bin/start.sh"), "#!/bin/sh\nexit 0\n",
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);
    put(root + QStringLiteral("/conf/data.bin"), randomBytes(300 * 1024));
    put(root + QStringLiteral("/conf/") + QString(60, u'd') + u'/' + QString(60, u'e') + QStringLiteral(".xml"),
        "<deep/>\n");
    QDir().mkpath(root + QStringLiteral("/empty"));
    if (!test::symlinksWork())
        return; // test::kNoSymlinks; the rest of the tree is still worth the round trip
    symlinkAt(QStringLiteral("conf/data.bin"), root + QStringLiteral("/link"));
    symlinkAt(QStringLiteral("not-there"), root + QStringLiteral("/conf/dangling"));
}

// 200 files of 256 KiB that do not compress, so writing them takes long enough to cancel.
void makeLargeTree(const QString &root)
{
    const QByteArray block = randomBytes(256 * 1024);
    for (int i = 0; i < 200; ++i) {
        QByteArray data = block;
        std::memcpy(data.data(), &i, sizeof i);
        put(root + QStringLiteral("/part-%1/file-%2.bin").arg(i / 20).arg(i), data);
    }
}

ArchiveTask::Spec specOf(const QJsonObject &json)
{
    const auto spec = ArchiveTask::parse(json);
    if (!spec)
        qFatal("the test's spec does not parse: %s", qPrintable(spec.error()));
    return *spec;
}

ArchiveTask::Spec backupSpec(const QString &source, const QString &archive, const QStringList &exclude = {},
                             int timeoutMs = 0)
{
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("archive-backup")},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("archive"), archive},
                     {QStringLiteral("exclude"), QJsonArray::fromStringList(exclude)}};
    if (timeoutMs > 0)
        json.insert(QStringLiteral("timeout_ms"), timeoutMs);
    return specOf(json);
}

ArchiveTask::Spec extractSpec(const QString &archive, const QString &destination, int strip = 0)
{
    return specOf({{QStringLiteral("kind"), QStringLiteral("archive-extract")},
                   {QStringLiteral("archive"), archive},
                   {QStringLiteral("destination"), destination},
                   {QStringLiteral("strip_components"), strip}});
}

struct Run
{
    bool finished = false;
    TaskOutcome outcome;
    QList<double> fractions;
    QStringList lines;
};

QString describe(const Run &result)
{
    return QStringLiteral("%1: %2\n  %3")
        .arg(result.outcome.kindName(), result.outcome.message.english(), result.lines.join(QStringLiteral("\n  ")));
}

// Starts the task and waits for its outcome; onProgress may act on the running task.
Run run(ArchiveTask &task, const std::function<void(ArchiveTask &, double)> &onProgress = {})
{
    Run result;
    QObject context;
    QObject::connect(&task, &TaskRunner::progress, &context, [&](double fraction, const Text &) {
        result.fractions << fraction;
        if (onProgress)
            onProgress(task, fraction);
    });
    QObject::connect(&task, &TaskRunner::line, &context,
                     [&](LineLevel level, const QString &text) { result.lines << lineLevelName(level) + u' ' + text; });
    QObject::connect(&task, &TaskRunner::finished, &context, [&](const TaskOutcome &outcome) {
        result.finished = true;
        result.outcome = outcome;
    });
    if (!test::startAndWait(task, 100000))
        qWarning("the task did not finish within 100 s");
    // UW_SHOW_RESULTS=1 prints every outcome with its lines: handy when reviewing what users read.
    if (qEnvironmentVariableIsSet("UW_SHOW_RESULTS"))
        qInfo().noquote() << describe(result);
    return result;
}

bool monotonicToOne(const QList<double> &fractions)
{
    for (qsizetype i = 0; i < fractions.size(); ++i)
        if (fractions.at(i) < 0 || fractions.at(i) > 1 || (i > 0 && fractions.at(i) < fractions.at(i - 1)))
            return false;
    return !fractions.isEmpty() && fractions.last() == 1.0;
}

// Names of everything in a folder, to show that a failed task left nothing behind.
QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

std::unique_ptr<KArchive> archiveWriter(const QString &path)
{
    if (path.endsWith(QLatin1String(".zip")))
        return std::make_unique<KZip>(path);
    return std::make_unique<KTar>(path, QStringLiteral("application/x-gzip"));
}

// Builds an archive from a list like {"d:top", "f:top/a.txt", "x:top/run.sh", "l:top/l=>a.txt"}:
// d folder, f file (its name as content), x executable file, l symbolic link.
void craft(const QString &path, const QStringList &entries)
{
    const std::unique_ptr<KArchive> archive = archiveWriter(path);
    if (!archive->open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    for (const QString &entry : entries) {
        const QString name = entry.mid(2);
        switch (entry.at(0).toLatin1()) {
        case 'd':
            archive->writeDir(name);
            break;
        case 'f':
            archive->writeFile(name, name.toUtf8());
            break;
        case 'x':
            archive->writeFile(name, name.toUtf8(), 0100755);
            break;
        case 'l':
            archive->writeSymLink(name.section(QStringLiteral("=>"), 0, 0), name.section(QStringLiteral("=>"), 1));
            break;
        default:
            qFatal("bad entry %s", qPrintable(entry));
        }
    }
    // KTar leaves out the zero blocks that end a tar; every other tar writer puts them there.
    if (!path.endsWith(QLatin1String(".zip")) && archive->device()->write(QByteArray(1024, '\0')) != 1024)
        qFatal("cannot end %s", qPrintable(path));
    if (!archive->close())
        qFatal("cannot finish %s", qPrintable(path));
}

// Writes a tar.gz header by header, so names stay exactly as given (KTar cleans "a/../b" up),
// with the same list syntax as craft() plus p (FIFO) and h (hard link, "name=>target").
void rawTarGz(const QString &path, const QStringList &entries)
{
    QByteArray tar;
    for (const QString &entry : entries) {
        const char kind = entry.at(0).toLatin1();
        QByteArray name = QFile::encodeName(entry.mid(2).section(QStringLiteral("=>"), 0, 0));
        const QByteArray link = QFile::encodeName(entry.mid(2).section(QStringLiteral("=>"), 1));
        const QByteArray data = kind == 'f' ? name : QByteArray();
        const char type = kind == 'f' ? '0' : kind == 'd' ? '5' : kind == 'l' ? '2' : kind == 'h' ? '1' : '6';
        if (kind == 'd')
            name += '/';
        QByteArray header(512, '\0');
        const auto set = [&](int offset, const QByteArray &value) {
            std::memcpy(header.data() + offset, value.constData(), value.size());
        };
        set(0, name.left(100));
        set(100, kind == 'd' ? "0000755" : "0000644");
        set(108, "0000000");
        set(116, "0000000");
        set(124, QByteArray::number(data.size(), 8).rightJustified(11, '0'));
        set(136, "00000000000");
        set(148, "        ");
        header[156] = type;
        set(157, link.left(100));
        set(257,
            QByteArray("ustar\0"
                       "00",
                       8));
        unsigned sum = 0;
        for (char c : std::as_const(header))
            sum += static_cast<unsigned char>(c);
        set(148, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0');
        tar += header + data + QByteArray((512 - data.size() % 512) % 512, '\0');
    }
    tar += QByteArray(1024, '\0');
    KCompressionDevice gzip(path, KCompressionDevice::GZip);
    if (!gzip.open(QIODevice::WriteOnly) || gzip.write(tar) != tar.size())
        qFatal("cannot write %s", qPrintable(path));
    gzip.close();
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffff;
    for (char c : data) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320 & (0u - (crc & 1)));
    }
    return ~crc;
}

// Writes a zip of stored entries byte by byte, for structures KZip refuses to write (it
// crashes writing a path through an entry that is not a folder). Same list syntax as craft().
void rawZip(const QString &path, const QStringList &entries)
{
    QByteArray body;
    QByteArray directory;
    const auto le = [](QByteArray &out, quint32 value, int bytes) {
        for (int i = 0; i < bytes; ++i)
            out += char((value >> (8 * i)) & 0xff);
    };
    for (const QString &entry : entries) {
        const char kind = entry.at(0).toLatin1();
        QByteArray name = QFile::encodeName(entry.mid(2).section(QStringLiteral("=>"), 0, 0));
        const QByteArray data = kind == 'l' ? QFile::encodeName(entry.mid(2).section(QStringLiteral("=>"), 1))
            : kind == 'f'                   ? name
                                            : QByteArray();
        const quint32 mode = kind == 'l' ? 0120777 : kind == 'd' ? 040755 : 0100644;
        if (kind == 'd')
            name += '/';
        const quint32 offset = quint32(body.size());
        body += QByteArray("PK\x03\x04", 4);
        le(body, 20, 2); // version needed
        le(body, 0, 2); // flags
        le(body, 0, 2); // stored
        le(body, 0, 4); // time and date
        le(body, crc32(data), 4);
        le(body, quint32(data.size()), 4);
        le(body, quint32(data.size()), 4);
        le(body, quint32(name.size()), 2);
        le(body, 0, 2);
        body += name + data;
        directory += QByteArray("PK\x01\x02", 4);
        le(directory, 0x0314, 2); // made by Unix, so the mode below counts
        le(directory, 20, 2);
        le(directory, 0, 2);
        le(directory, 0, 2);
        le(directory, 0, 4);
        le(directory, crc32(data), 4);
        le(directory, quint32(data.size()), 4);
        le(directory, quint32(data.size()), 4);
        le(directory, quint32(name.size()), 2);
        le(directory, 0, 2); // extra
        le(directory, 0, 2); // comment
        le(directory, 0, 2); // disk
        le(directory, 0, 2); // internal attributes
        le(directory, mode << 16, 4);
        le(directory, offset, 4);
        directory += name;
    }
    QByteArray zip = body + directory + QByteArray("PK\x05\x06", 4);
    le(zip, 0, 4); // disks
    le(zip, quint32(entries.size()), 2);
    le(zip, quint32(entries.size()), 2);
    le(zip, quint32(directory.size()), 4);
    le(zip, quint32(body.size()), 4);
    le(zip, 0, 2);
    put(path, zip);
}

// The paths in an archive, as KArchive reads them.
QStringList pathsIn(const QString &archive)
{
    std::unique_ptr<KArchive> reader = archive.endsWith(QLatin1String(".zip"))
        ? std::unique_ptr<KArchive>(std::make_unique<KZip>(archive))
        : std::make_unique<KTar>(archive, QStringLiteral("application/x-gzip"));
    if (!reader->open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open")};
    QStringList paths;
    const std::function<void(const KArchiveDirectory *, const QString &)> collect
        = [&](const KArchiveDirectory *folder, const QString &prefix) {
              for (const QString &name : folder->entries()) {
                  paths << prefix + name;
                  if (folder->entry(name)->isDirectory())
                      collect(static_cast<const KArchiveDirectory *>(folder->entry(name)), prefix + name + u'/');
              }
          };
    collect(reader->directory(), QString());
    paths.sort();
    return paths;
}

// QVERIFY2 evaluates its message even when the check passes.
template<typename T>
QString errorOf(const std::expected<T, QString> &result)
{
    return result ? QString() : result.error();
}

} // namespace

class TestArchiveTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsContentsLinksAndEmptyFolders_data();
    void roundTripKeepsContentsLinksAndEmptyFolders();
    void excludeGlobsLeaveOutMatchingEntries_data();
    void excludeGlobsLeaveOutMatchingEntries();
    void unarchivableEntriesAreNamedAndNoArchiveIsLeft_data();
    void unarchivableEntriesAreNamedAndNoArchiveIsLeft();
    void backupRefusesToStart_data();
    void backupRefusesToStart();
    void cancelMidBackupLeavesNoArchive_data();
    void cancelMidBackupLeavesNoArchive();
    void timeoutStopsTheBackupAndLeavesNoArchive();
    void destroyingARunningBackupStopsItAndLeavesNoArchive();
    void craftedEntriesAreRefusedByName_data();
    void craftedEntriesAreRefusedByName();
    void releaseArchiveExtractsWithStripComponents_data();
    void releaseArchiveExtractsWithStripComponents();
    void hardLinkInATarIsExtractedAsACopy();
    void extractRefusesANonEmptyDestination();
    void extractRefusesWhatIsNotAnArchive();
    void truncatedArchiveFailsAndLeavesNothing();
    void damagedArchivesOfTheCorpusFailAndLeaveNothing_data();
    void damagedArchivesOfTheCorpusFailAndLeaveNothing();
    void aBackupEndsItsTarAndDamageToItIsFound_data();
    void aBackupEndsItsTarAndDamageToItIsFound();
    void cancelMidExtractRemovesPartialOutput();
    void parseRejectsBadSpecs_data();
    void parseRejectsBadSpecs();
    void parseAcceptsSubstitutedNumbersAndInfersTheFormat();
};

void TestArchiveTask::roundTripKeepsContentsLinksAndEmptyFolders_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("tar.gz") << QStringLiteral("backup.tar.gz");
    QTest::newRow("zip") << QStringLiteral("backup.zip");
}

void TestArchiveTask::roundTripKeepsContentsLinksAndEmptyFolders()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    makeTree(source);
    const QString archive = dir.filePath(QStringLiteral("backups/") + name);

    ArchiveTask backup(backupSpec(source, archive));
    const Run backedUp = run(backup);
    QVERIFY2(backedUp.outcome.succeeded(), qPrintable(describe(backedUp)));
    QCOMPARE(namesIn(dir.filePath(QStringLiteral("backups"))), QStringList{name}); // no temporary left
    QVERIFY2(monotonicToOne(backedUp.fractions), qPrintable(QString::number(backedUp.fractions.size())));

    const QString sha = QString::fromLatin1(sha256Of(archive));
    QCOMPARE(backup.sha256(), sha);
    QVERIFY2(backedUp.outcome.message.english().contains(sha), qPrintable(backedUp.outcome.message.english()));
    QVERIFY2(backedUp.lines.contains(QStringLiteral("info sha256 %1  %2").arg(sha, archive)),
             qPrintable(describe(backedUp)));
    // A backup may hold keys and passwords. (On Windows the file takes its folder's access list;
    // Qt's permission bits there only mirror the read-only attribute.)
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(archive) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
#endif

    const QString restored = dir.filePath(QStringLiteral("restored"));
    ArchiveTask extract(extractSpec(archive, restored));
    const Run extracted = run(extract);
    QVERIFY2(extracted.outcome.succeeded(), qPrintable(describe(extracted)));
    QVERIFY(monotonicToOne(extracted.fractions));
    const auto expected = snapshot(source);
    QVERIFY(expected.contains(QStringLiteral("empty")));
    QCOMPARE(snapshot(restored), expected);
    if (!test::symlinksWork())
        QSKIP(test::kNoSymlinks);
    QCOMPARE(expected.value(QStringLiteral("link")), QStringLiteral("link -> conf/data.bin"));
    QCOMPARE(expected.value(QStringLiteral("conf/dangling")), QStringLiteral("link -> not-there"));
}

void TestArchiveTask::excludeGlobsLeaveOutMatchingEntries_data()
{
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<QStringList>("left");

    const QStringList all{QStringLiteral("app.log"),    QStringLiteral("cache"),        QStringLiteral("cache/x"),
                          QStringLiteral("conf"),       QStringLiteral("conf/a.xml"),   QStringLiteral("conf/b.tmp"),
                          QStringLiteral("conf/cache"), QStringLiteral("conf/cache/y"), QStringLiteral("conf/old.log"),
                          QStringLiteral("x.tmp")};
    const auto without = [&](const QStringList &gone) {
        QStringList left = all;
        for (const QString &path : gone)
            left.removeAll(path);
        return left;
    };
    QTest::newRow("nothing") << QStringList{} << all;
    QTest::newRow("name anywhere") << QStringList{QStringLiteral("*.log")}
                                   << without({QStringLiteral("app.log"), QStringLiteral("conf/old.log")});
    QTest::newRow("folder name anywhere, with its contents")
        << QStringList{QStringLiteral("cache")}
        << without({QStringLiteral("cache"), QStringLiteral("cache/x"), QStringLiteral("conf/cache"),
                    QStringLiteral("conf/cache/y")});
    QTest::newRow("path glob") << QStringList{QStringLiteral("conf/*.tmp")} << without({QStringLiteral("conf/b.tmp")});
    QTest::newRow("double star") << QStringList{QStringLiteral("**/y")} << without({QStringLiteral("conf/cache/y")});
    QTest::newRow("several") << QStringList{QStringLiteral("./conf/cache/"), QStringLiteral("x.tm?")}
                             << without({QStringLiteral("conf/cache"), QStringLiteral("conf/cache/y"),
                                         QStringLiteral("x.tmp")});
}

void TestArchiveTask::excludeGlobsLeaveOutMatchingEntries()
{
    QFETCH(QStringList, exclude);
    QFETCH(QStringList, left);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    for (const char *file : {"app.log", "cache/x", "conf/a.xml", "conf/b.tmp", "conf/cache/y", "conf/old.log", "x.tmp"})
        put(source + u'/' + QLatin1String(file), "data\n");
    const QString archive = dir.filePath(QStringLiteral("backup.tar.gz"));

    ArchiveTask backup(backupSpec(source, archive, exclude));
    const Run result = run(backup);
    QVERIFY2(result.outcome.succeeded(), qPrintable(describe(result)));
    QCOMPARE(pathsIn(archive), left);
    // Nothing is left out silently.
    if (!exclude.isEmpty())
        QVERIFY2(result.lines.filter(QStringLiteral("excluded by the exclude globs")).size() == 1,
                 qPrintable(describe(result)));
}

void TestArchiveTask::unarchivableEntriesAreNamedAndNoArchiveIsLeft_data()
{
    QTest::addColumn<QStringList>("sockets");
    QTest::addColumn<QStringList>("fifos");
    QTest::addColumn<QStringList>("unreadable");

    // chmod 000 is what usually makes a file unreadable, but the tests run as root in the build
    // root, and root reads it anyway. A socket and a FIFO cannot be read into an archive by
    // anyone, so they are the unreadable files that work as root too.
    QTest::newRow("socket") << QStringList{QStringLiteral("run/gateway.sock")} << QStringList{} << QStringList{};
    QTest::newRow("fifo") << QStringList{} << QStringList{QStringLiteral("pipe")} << QStringList{};
    QTest::newRow("every one is listed") << QStringList{QStringLiteral("a.sock"), QStringLiteral("deep/b.sock")}
                                         << QStringList{QStringLiteral("c")} << QStringList{};
    QTest::newRow("mode 000") << QStringList{} << QStringList{} << QStringList{QStringLiteral("conf/secret.key")};
    QTest::newRow("folder with mode 000")
        << QStringList{} << QStringList{} << QStringList{QStringLiteral("conf/private/")};
}

void TestArchiveTask::unarchivableEntriesAreNamedAndNoArchiveIsLeft()
{
    QFETCH(QStringList, sockets);
    QFETCH(QStringList, fifos);
    QFETCH(QStringList, unreadable);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("src"));
    makeTree(source);
#ifndef Q_OS_UNIX
    if (!sockets.isEmpty() || !fifos.isEmpty())
        QSKIP("socket files and FIFOs are Unix's");
#else
    for (const QString &name : sockets) {
        const QByteArray path = QFile::encodeName(source + u'/' + name);
        QDir().mkpath(QFileInfo(QFile::decodeName(path)).absolutePath());
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, path.constData(), path.size());
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd); // the socket file stays
    }
    for (const QString &name : fifos)
        QCOMPARE(::mkfifo(QFile::encodeName(source + u'/' + name).constData(), 0600), 0);
#endif
    // QTemporaryDir could not clean up a folder nobody may list.
    const auto restore = qScopeGuard([&] {
        for (const QString &name : unreadable)
            QFile::setPermissions(source + u'/' + name, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    for (const QString &name : unreadable) {
        // A name ending in '/' is a folder, which then cannot be listed.
        if (name.endsWith(u'/'))
            put(source + u'/' + name + QStringLiteral("inside.txt"), "secret\n");
        else
            put(source + u'/' + name, "secret\n");
        QFile::setPermissions(source + u'/' + name, QFile::Permissions());
        QFile probe(source + u'/' + name + (name.endsWith(u'/') ? QStringLiteral("inside.txt") : QString()));
        if (probe.open(QIODevice::ReadOnly))
#ifdef Q_OS_WIN
            QSKIP("Windows keeps no mode bits: a file cannot be made unreadable with them (that takes an ACL)");
#else
            QSKIP("running as root: a file or folder with mode 000 is still readable");
#endif
    }
    const QString archive = dir.filePath(QStringLiteral("out/backup.tar.gz"));

    ArchiveTask backup(backupSpec(source, archive));
    const Run result = run(backup);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::Failed);
    for (const QString &name : sockets + fifos + unreadable) {
        QVERIFY2(result.outcome.message.english().contains(name), qPrintable(describe(result)));
        QVERIFY2(!result.lines.filter(name).isEmpty(), qPrintable(describe(result)));
    }
    QVERIFY(!QFileInfo::exists(archive));
    QVERIFY2(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))), "the folder created for it is gone too");
}

void TestArchiveTask::backupRefusesToStart_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("archive");
    QTest::addColumn<QString>("named"); // the path the message must name
    QTest::addColumn<QString>("expected");

    QTest::newRow("the archive exists") << QStringLiteral("src") << QStringLiteral("old.tar.gz")
                                        << QStringLiteral("old.tar.gz")
                                        << QStringLiteral(
                                               "already exists, and a backup never overwrites one; move it away");
    QTest::newRow("no source") << QStringLiteral("missing") << QStringLiteral("new.zip") << QStringLiteral("missing")
                               << QStringLiteral("does not exist");
    QTest::newRow("source is a file") << QStringLiteral("old.tar.gz") << QStringLiteral("new.zip")
                                      << QStringLiteral("old.tar.gz") << QStringLiteral("is not a directory");
    QTest::newRow("archive inside the source")
        << QStringLiteral("src") << QStringLiteral("src/self.tar.gz") << QStringLiteral("src/self.tar.gz")
        << QStringLiteral("inside the source");
}

void TestArchiveTask::backupRefusesToStart()
{
    QFETCH(QString, source);
    QFETCH(QString, archive);
    QFETCH(QString, named);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    makeTree(dir.filePath(QStringLiteral("src")));
    put(dir.filePath(QStringLiteral("old.tar.gz")), "the previous backup");
    const auto before = snapshot(dir.path());

    ArchiveTask backup(backupSpec(dir.filePath(source), dir.filePath(archive)));
    const Run result = run(backup);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::FailedToStart);
    QVERIFY2(result.outcome.message.english().contains(expected), qPrintable(describe(result)));
    QVERIFY2(result.outcome.message.english().contains(dir.filePath(named)), qPrintable(describe(result)));
    QCOMPARE(snapshot(dir.path()), before);
    QVERIFY(backup.sha256().isEmpty());
}

void TestArchiveTask::cancelMidBackupLeavesNoArchive_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("tar.gz") << QStringLiteral("big.tar.gz");
    QTest::newRow("zip") << QStringLiteral("big.zip");
}

void TestArchiveTask::cancelMidBackupLeavesNoArchive()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("big"));
    makeLargeTree(source);
    const QString archives = dir.filePath(QStringLiteral("backups"));
    QDir().mkpath(archives);

    ArchiveTask backup(backupSpec(source, archives + u'/' + name));
    bool cancelled = false;
    const Run result = run(backup, [&](ArchiveTask &task, double fraction) {
        if (fraction > 0 && !cancelled) {
            cancelled = true;
            task.cancel();
        }
    });
    QVERIFY(cancelled);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::Cancelled);
    QVERIFY2(result.outcome.message.english().contains(QLatin1String("removed")), qPrintable(describe(result)));
    QCOMPARE(namesIn(archives), QStringList());
    QVERIFY(backup.sha256().isEmpty());
}

void TestArchiveTask::timeoutStopsTheBackupAndLeavesNoArchive()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("big"));
    makeLargeTree(source);
    const QString archives = dir.filePath(QStringLiteral("backups"));
    QDir().mkpath(archives);

    ArchiveTask backup(backupSpec(source, archives + QStringLiteral("/big.tar.gz"), {}, 1));
    const Run result = run(backup);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::TimedOut);
    QVERIFY2(result.outcome.message.english().startsWith(QLatin1String("did not finish within 0.001 s")),
             qPrintable(describe(result)));
    QCOMPARE(namesIn(archives), QStringList());
}

void TestArchiveTask::destroyingARunningBackupStopsItAndLeavesNoArchive()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("big"));
    makeLargeTree(source);
    const QString archives = dir.filePath(QStringLiteral("backups"));
    QDir().mkpath(archives);

    auto backup = std::make_unique<ArchiveTask>(backupSpec(source, archives + QStringLiteral("/big.zip")));
    QSignalSpy progress(backup.get(), &TaskRunner::progress);
    backup->start();
    QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty() && progress.last().at(0).toDouble() > 0; }, 60000));
    backup.reset(); // waits for the worker, which removes its partial archive
    QCOMPARE(namesIn(archives), QStringList());
}

void TestArchiveTask::craftedEntriesAreRefusedByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("refused");
    QTest::addColumn<bool>("raw"); // written byte by byte: KTar would clean the names, KZip would crash

    // Unique, so the test cannot mistake an old file for one this run wrote.
    const QString absolute
        = QStringLiteral("/tmp/uw-tst-archivetask-%1-abs.txt").arg(QCoreApplication::applicationPid());
    for (const QString &name : {QStringLiteral("crafted.tar.gz"), QStringLiteral("crafted.zip")}) {
        const QByteArray format = name.section(u'.', 1).toLatin1();
        QTest::addRow("%s: parent folder", format.constData())
            << name << QStringList{QStringLiteral("f:ok.txt"), QStringLiteral("f:../evil.txt")}
            << QStringLiteral("../evil.txt") << false;
        QTest::addRow("%s: parent inside a path", format.constData())
            << name << QStringList{QStringLiteral("f:a/../../evil.txt")} << QStringLiteral("a/../../evil.txt") << true;
        QTest::addRow("%s: absolute path", format.constData())
            << name << QStringList{QStringLiteral("f:ok.txt"), QStringLiteral("f:") + absolute} << absolute << false;
        QTest::addRow("%s: link out of the destination", format.constData())
            << name << QStringList{QStringLiteral("d:conf"), QStringLiteral("l:conf/escape=>../../etc")}
            << QStringLiteral("conf/escape") << false;
        QTest::addRow("%s: absolute link", format.constData())
            << name << QStringList{QStringLiteral("l:passwd=>/etc/passwd")} << QStringLiteral("passwd") << false;
        QTest::addRow("%s: file written through the archive's own link", format.constData())
            << name << QStringList{QStringLiteral("l:here=>."), QStringLiteral("f:here/x.txt")}
            << QStringLiteral("here/x.txt") << true;
    }
    QTest::newRow("tar.gz: a FIFO") << QStringLiteral("crafted.tar.gz")
                                    << QStringList{QStringLiteral("f:ok.txt"), QStringLiteral("p:run/pipe")}
                                    << QStringLiteral("run/pipe") << true;
    QTest::newRow("tar.gz: hard link out of the destination")
        << QStringLiteral("crafted.tar.gz") << QStringList{QStringLiteral("h:passwd=>../../etc/passwd")}
        << QStringLiteral("passwd") << true;
    QTest::newRow("tar.gz: hard link to a file the archive does not hold")
        << QStringLiteral("crafted.tar.gz")
        << QStringList{QStringLiteral("f:a.txt"), QStringLiteral("h:b.txt=>missing.txt")} << QStringLiteral("b.txt")
        << true;
    QTest::newRow("tar.gz: the same name twice")
        << QStringLiteral("crafted.tar.gz") << QStringList{QStringLiteral("f:a.txt"), QStringLiteral("l:a.txt=>b")}
        << QStringLiteral("a.txt") << true;
    // A backslash is a separator as Windows reads the name: "..\..\" climbs out there.
    QTest::newRow("zip: parent folders written with backslashes")
        << QStringLiteral("crafted.zip")
        << QStringList{QStringLiteral("f:ok.txt"), QStringLiteral("f:..\\..\\escaped-win.txt")}
        << QStringLiteral("..\\..\\escaped-win.txt") << true;
    QTest::newRow("tar.gz: parent folder after a backslash")
        << QStringLiteral("crafted.tar.gz") << QStringList{QStringLiteral("f:a\\..\\..\\evil.txt")}
        << QStringLiteral("a\\..\\..\\evil.txt") << true;
    QTest::newRow("zip: absolute path with backslashes")
        << QStringLiteral("crafted.zip") << QStringList{QStringLiteral("f:\\windows\\evil.txt")}
        << QStringLiteral("\\windows\\evil.txt") << true;
    QTest::newRow("zip: file written through the archive's own file")
        << QStringLiteral("crafted.zip") << QStringList{QStringLiteral("f:conf"), QStringLiteral("f:conf/x.txt")}
        << QStringLiteral("conf/x.txt") << true;
}

void TestArchiveTask::craftedEntriesAreRefusedByName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, entries);
    QFETCH(QString, refused);
    QFETCH(bool, raw);
    QTemporaryDir dir;
    const QString archive = dir.filePath(name);
    if (raw && name.endsWith(QLatin1String(".zip")))
        rawZip(archive, entries);
    else if (raw)
        rawTarGz(archive, entries);
    else
        craft(archive, entries);
    const QString work = dir.filePath(QStringLiteral("work"));
    QDir().mkpath(work);
    const QString destination = work + QStringLiteral("/release");

    ArchiveTask extract(extractSpec(archive, destination));
    const Run result = run(extract);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::Failed);
    QVERIFY2(result.outcome.message.english().contains(u'"' + refused + u'"'), qPrintable(describe(result)));
    QVERIFY2(result.outcome.message.english().contains(QLatin1String("nothing was written")), qPrintable(describe(result)));
    QCOMPARE(namesIn(work), QStringList());
    QCOMPARE(namesIn(dir.path()), (QStringList{name, QStringLiteral("work")}));
    QVERIFY(!QFileInfo::exists(
        QStringLiteral("/tmp/uw-tst-archivetask-%1-abs.txt").arg(QCoreApplication::applicationPid())));
}

void TestArchiveTask::releaseArchiveExtractsWithStripComponents_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("renamed"); // the format is found by content when the name does not say
    QTest::newRow("tar.gz") << QStringLiteral("release.tar.gz") << QString();
    QTest::newRow("zip") << QStringLiteral("release.zip") << QString();
    QTest::newRow("tgz by content") << QStringLiteral("release.tar.gz") << QStringLiteral("release.download");
    QTest::newRow("zip by content") << QStringLiteral("release.zip") << QStringLiteral("release.bin");
}

void TestArchiveTask::releaseArchiveExtractsWithStripComponents()
{
    QFETCH(QString, name);
    QFETCH(QString, renamed);
    QTemporaryDir dir;
    QString archive = dir.filePath(name);
    QStringList entries{QStringLiteral("f:README"),
                        QStringLiteral("d:gateway-7.7"),
                        QStringLiteral("d:gateway-7.7/bin"),
                        QStringLiteral("x:gateway-7.7/bin/start.sh"),
                        QStringLiteral("f:gateway-7.7/lib/core.jar"),
                        QStringLiteral("l:gateway-7.7/lib/start=>../bin/start.sh"),
                        QStringLiteral("d:gateway-7.7/logs")};
    if (!test::symlinksWork()) // test::kNoSymlinks: the release without its link
        entries.removeIf([](const QString &entry) { return entry.startsWith(QLatin1String("l:")); });
    craft(archive, entries);
    if (!renamed.isEmpty()) {
        QVERIFY(QFile::rename(archive, dir.filePath(renamed)));
        archive = dir.filePath(renamed);
    }
    // An empty destination that exists is fine too.
    const QString destination = dir.filePath(QStringLiteral("install"));
    QDir().mkpath(destination);

    ArchiveTask extract(extractSpec(archive, destination, 1));
    const Run result = run(extract);
    QVERIFY2(result.outcome.succeeded(), qPrintable(describe(result)));
    QVERIFY(monotonicToOne(result.fractions));
    const auto tree = snapshot(destination);
    QStringList keys{QStringLiteral("bin"),          QStringLiteral("bin/start.sh"), QStringLiteral("lib"),
                     QStringLiteral("lib/core.jar"), QStringLiteral("lib/start"),    QStringLiteral("logs")};
    if (!test::symlinksWork())
        keys.removeAll(QStringLiteral("lib/start"));
    QCOMPARE(tree.keys(), keys);
    if (test::symlinksWork())
        QCOMPARE(tree.value(QStringLiteral("lib/start")), QStringLiteral("link -> ../bin/start.sh"));
#ifdef Q_OS_UNIX // Windows has no executable bit to keep
    QVERIFY(QFileInfo(destination + QStringLiteral("/bin/start.sh")).permissions() & QFile::ExeOwner);
    QVERIFY(!(QFileInfo(destination + QStringLiteral("/lib/core.jar")).permissions() & QFile::ExeOwner));
#endif
    QFile jar(destination + QStringLiteral("/lib/core.jar"));
    QVERIFY(jar.open(QIODevice::ReadOnly));
    QCOMPARE(jar.readAll(), QByteArray("gateway-7.7/lib/core.jar"));
    // The entry that strip_components leaves out is reported, not dropped silently.
    QVERIFY2(!result.lines.filter(QStringLiteral("strip_components 1 leaves out")).isEmpty(),
             qPrintable(describe(result)));
}

void TestArchiveTask::hardLinkInATarIsExtractedAsACopy()
{
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("release.tar.gz"));
    rawTarGz(archive,
             {QStringLiteral("d:app"), QStringLiteral("f:app/a.txt"), QStringLiteral("h:app/b.txt=>app/a.txt")});
    const QString destination = dir.filePath(QStringLiteral("out"));

    ArchiveTask extract(extractSpec(archive, destination));
    const Run result = run(extract);
    QVERIFY2(result.outcome.succeeded(), qPrintable(describe(result)));
    QFile copy(destination + QStringLiteral("/app/b.txt"));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), QByteArray("app/a.txt"));
    QVERIFY(!QFileInfo(copy.fileName()).isSymLink());
}

void TestArchiveTask::extractRefusesANonEmptyDestination()
{
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("release.tar.gz"));
    craft(archive, {QStringLiteral("f:a.txt")});
    const QString destination = dir.filePath(QStringLiteral("install"));
    put(destination + QStringLiteral("/keep.txt"), "earlier install\n");

    ArchiveTask extract(extractSpec(archive, destination));
    const Run result = run(extract);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::FailedToStart);
    QVERIFY2(result.outcome.message.english().contains(destination + QStringLiteral(" is not empty (it holds keep.txt)")),
             qPrintable(describe(result)));
    QCOMPARE(namesIn(destination), QStringList{QStringLiteral("keep.txt")});
}

void TestArchiveTask::extractRefusesWhatIsNotAnArchive()
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    put(notes, "not an archive at all\n");

    ArchiveTask extract(extractSpec(notes, dir.filePath(QStringLiteral("out"))));
    const Run result = run(extract);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::FailedToStart);
    QVERIFY2(result.outcome.message.english().contains(notes + QStringLiteral(" is neither a .tar.gz nor a .zip archive")),
             qPrintable(describe(result)));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
}

void TestArchiveTask::truncatedArchiveFailsAndLeavesNothing()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("src"));
    makeTree(source);
    const QString archive = dir.filePath(QStringLiteral("release.tar.gz"));
    ArchiveTask backup(backupSpec(source, archive));
    QVERIFY(run(backup).outcome.succeeded());
    QFile file(archive);
    QVERIFY(file.resize(file.size() / 2));

    const QString destination = dir.filePath(QStringLiteral("out"));
    ArchiveTask extract(extractSpec(archive, destination));
    const Run result = run(extract);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::Failed);
    QVERIFY2(result.outcome.message.english().contains(archive), qPrintable(describe(result)));
    QVERIFY2(result.outcome.message.english().contains(QLatin1String("truncated")), qPrintable(describe(result)));
    QVERIFY(!QFileInfo::exists(destination));
}

void TestArchiveTask::damagedArchivesOfTheCorpusFailAndLeaveNothing_data()
{
    QTest::addColumn<QString>("archive");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("before");
    const QString folder = QStringLiteral(UW_HOSTILE_DATA_DIR "/archives");
    QFile file(folder + QStringLiteral("/corpus.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QJsonObject corpus = QJsonDocument::fromJson(file.readAll()).object();
    // Every archive of the folder has its expectation: a case added there is tested here.
    const QStringList archives = QDir(folder).entryList(
        {QStringLiteral("*.gz"), QStringLiteral("*.tar"), QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    if (archives.size() < 12
        || archives != QStringList(corpus.keys()).filter(QRegularExpression(QStringLiteral("^[^$]"))))
        qFatal("corpus.json and the archives in %s differ", qPrintable(folder));
    for (const QString &name : archives) {
        const QJsonObject expected = corpus.value(name).toObject();
        QTest::newRow(qPrintable(name)) << folder + u'/' + name << expected.value(QLatin1String("says")).toString()
                                        << expected.value(QLatin1String("entry")).toString()
                                        << expected.value(QLatin1String("before")).toBool();
    }
}

void TestArchiveTask::damagedArchivesOfTheCorpusFailAndLeaveNothing()
{
    QFETCH(QString, archive);
    QFETCH(QString, says);
    QFETCH(QString, entry);
    QFETCH(bool, before);
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("work"));
    QDir().mkpath(work);
    const QString destination = work + QStringLiteral("/release");
    ArchiveTask extract(extractSpec(archive, destination));
    const Run result = run(extract);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::Failed);
    QVERIFY2(result.outcome.message.english().contains(says), qPrintable(describe(result)));
    if (!entry.isEmpty())
        QVERIFY2(result.outcome.message.english().contains(u'"' + entry + u'"'), qPrintable(describe(result)));
    QVERIFY2(result.outcome.message.english().contains(before ? QLatin1String("nothing was written")
                                                    : QLatin1String("partial extraction in")),
             qPrintable(describe(result)));
    QCOMPARE(namesIn(work), QStringList());
}

void TestArchiveTask::aBackupEndsItsTarAndDamageToItIsFound_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("tar.gz") << QStringLiteral("backup.tar.gz");
    QTest::newRow("zip") << QStringLiteral("backup.zip");
}

void TestArchiveTask::aBackupEndsItsTarAndDamageToItIsFound()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("src"));
    makeTree(source);
    const QString archive = dir.filePath(name);
    ArchiveTask backup(backupSpec(source, archive));
    const Run backedUp = run(backup);
    QVERIFY2(backedUp.outcome.succeeded(), qPrintable(describe(backedUp)));
    if (name.endsWith(QLatin1String(".tar.gz"))) {
        // Two zero blocks after the last entry, as tar(1) writes and expects.
        KCompressionDevice gzip(archive, KCompressionDevice::GZip);
        QVERIFY(gzip.open(QIODevice::ReadOnly));
        const QByteArray tar = gzip.readAll();
        QVERIFY(tar.size() % 512 == 0 && tar.size() >= 1024 + 512);
        QCOMPARE(tar.right(1024), QByteArray(1024, '\0'));
    }
    // The read-back checks the data, not only the listing: an archive damaged in its data
    // (here, the gzip trailer or a zip entry's CRC-32) is not a backup. The check is run the
    // way the task runs it, on the file it wrote, so damage it here and extract it.
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    if (name.endsWith(QLatin1String(".zip"))) {
        const qsizetype central = bytes.lastIndexOf("PK\x01\x02");
        QVERIFY(central > 0);
        bytes[central + 16] = char(bytes.at(central + 16) ^ 0x55); // a CRC-32 in the central directory
    } else {
        bytes[bytes.size() - 8] = char(bytes.at(bytes.size() - 8) ^ 0x55); // the gzip CRC-32
    }
    QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
    file.close();
    const QString destination = dir.filePath(QStringLiteral("out"));
    ArchiveTask extract(extractSpec(archive, destination));
    const Run result = run(extract);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::Failed);
    QVERIFY2(result.outcome.message.english().contains(QLatin1String("CRC-32")), qPrintable(describe(result)));
    QVERIFY(!QFileInfo::exists(destination));
}

void TestArchiveTask::cancelMidExtractRemovesPartialOutput()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("big"));
    makeLargeTree(source);
    const QString archive = dir.filePath(QStringLiteral("big.tar.gz"));
    ArchiveTask backup(backupSpec(source, archive));
    QVERIFY(run(backup).outcome.succeeded());

    const QString destination = dir.filePath(QStringLiteral("out/release"));
    ArchiveTask extract(extractSpec(archive, destination));
    bool cancelled = false;
    // Past the listing, into the extraction proper.
    const Run result = run(extract, [&](ArchiveTask &task, double fraction) {
        if (fraction > 0.15 && !cancelled) {
            cancelled = true;
            task.cancel();
        }
    });
    QVERIFY(cancelled);
    QCOMPARE(result.outcome.kind, TaskOutcome::Kind::Cancelled);
    QVERIFY2(result.outcome.message.english().contains(QLatin1String("removed")), qPrintable(describe(result)));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out"))));
}

void TestArchiveTask::parseRejectsBadSpecs_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expected");

    const auto backup = [](QJsonObject extra) {
        extra.insert(QStringLiteral("kind"), QStringLiteral("archive-backup"));
        if (!extra.contains(QStringLiteral("source")))
            extra.insert(QStringLiteral("source"), QStringLiteral("/opt/gw"));
        if (!extra.contains(QStringLiteral("archive")))
            extra.insert(QStringLiteral("archive"), QStringLiteral("/backup/gw.tar.gz"));
        return extra;
    };
    const auto extract = [](QJsonObject extra) {
        extra.insert(QStringLiteral("kind"), QStringLiteral("archive-extract"));
        extra.insert(QStringLiteral("archive"), QStringLiteral("/tmp/r.zip"));
        extra.insert(QStringLiteral("destination"), QStringLiteral("/opt/new"));
        return extra;
    };
    QTest::newRow("other kind") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("command")}}
                                << QStringLiteral("expected archive-backup or archive-extract");
    QTest::newRow("no source") << backup({{QStringLiteral("source"), QString()}})
                               << QStringLiteral("source: expected a non-empty string");
    QTest::newRow("unknown format") << backup({{QStringLiteral("format"), QStringLiteral("rar")}})
                                    << QStringLiteral("format: expected \"tar.gz\" or \"zip\", got \"rar\"");
    QTest::newRow("format against the name") << backup({{QStringLiteral("format"), QStringLiteral("zip")}})
                                             << QStringLiteral("format: zip, but the archive name");
    QTest::newRow("name says nothing") << backup({{QStringLiteral("archive"), QStringLiteral("/backup/gw")}})
                                       << QStringLiteral("add \"format\"");
    QTest::newRow("level out of range") << backup({{QStringLiteral("compression_level"), 12}})
                                        << QStringLiteral("compression_level: expected a whole number from 0 to 9");
    QTest::newRow("bad glob") << backup({{QStringLiteral("exclude"), QJsonArray{QStringLiteral("[ab")}}})
                              << QStringLiteral("exclude[0]: unclosed '['");
    QTest::newRow("absolute glob") << backup({{QStringLiteral("exclude"), QJsonArray{QStringLiteral("/var/*")}}})
                                   << QStringLiteral("exclude globs are relative to source");
    QTest::newRow("negative strip") << extract({{QStringLiteral("strip_components"), -1}})
                                    << QStringLiteral("strip_components: expected a whole number");
    QTest::newRow("strip not a number") << extract({{QStringLiteral("strip_components"), QStringLiteral("one")}})
                                        << QStringLiteral("got \"one\"");
    QTest::newRow("bad timeout") << extract({{QStringLiteral("timeout_ms"), 1.5}})
                                 << QStringLiteral("timeout_ms: expected a whole number");
}

void TestArchiveTask::parseRejectsBadSpecs()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, expected);
    const auto spec = ArchiveTask::parse(json);
    QVERIFY(!spec);
    QVERIFY2(spec.error().contains(expected), qPrintable(spec.error()));
}

void TestArchiveTask::parseAcceptsSubstitutedNumbersAndInfersTheFormat()
{
    // Placeholders are substituted as text, so numbers may arrive as strings.
    const auto extract = ArchiveTask::parse({{QStringLiteral("kind"), QStringLiteral("archive-extract")},
                                             {QStringLiteral("archive"), QStringLiteral("r.tgz")},
                                             {QStringLiteral("destination"), QStringLiteral("out")},
                                             {QStringLiteral("strip_components"), QStringLiteral("2")},
                                             {QStringLiteral("timeout_ms"), QStringLiteral("60000")}});
    QVERIFY2(extract, qPrintable(errorOf(extract)));
    QCOMPARE(extract->mode, ArchiveTask::Spec::Mode::Extract);
    QCOMPARE(extract->stripComponents, 2);
    QCOMPARE(extract->timeoutMs, 60000);

    const auto zip = ArchiveTask::parse({{QStringLiteral("kind"), QStringLiteral("archive-backup")},
                                         {QStringLiteral("source"), QStringLiteral("/opt/gw")},
                                         {QStringLiteral("archive"), QStringLiteral("/backup/gw.ZIP")},
                                         {QStringLiteral("compression_level"), 0}});
    QVERIFY2(zip, qPrintable(errorOf(zip)));
    QCOMPARE(zip->format, ArchiveTask::Spec::Format::Zip);
    QCOMPARE(zip->compressionLevel, 0);

    const auto named = ArchiveTask::parse({{QStringLiteral("kind"), QStringLiteral("archive-backup")},
                                           {QStringLiteral("source"), QStringLiteral("/opt/gw")},
                                           {QStringLiteral("archive"), QStringLiteral("/backup/gw-nightly")},
                                           {QStringLiteral("format"), QStringLiteral("tar.gz")}});
    QVERIFY2(named, qPrintable(errorOf(named)));
    QCOMPARE(named->format, ArchiveTask::Spec::Format::TarGz);
}

QTEST_GUILESS_MAIN(TestArchiveTask)
#include "tst_archivetask.moc"
