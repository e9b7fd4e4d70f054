#include "jsontext.h"
#include "taskrunning.h"
#include "testfiles.h"
#include "testlinks.h"
#include "wizard/tasks/copytask.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace uw;
using uw::test::jsonObject;
using uw::test::text;
using uw::test::writeFile;

class tst_CopyTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesATreeWithLinksAndAPattern_data();
    void copiesATreeWithLinksAndAPattern();
    void copyKeepsPermissionsAndTimes();
    void copiesAFileIntoAFolderOrToANewName_data();
    void copiesAFileIntoAFolderOrToANewName();
    void existingTargetIsRefusedWithoutOverwrite();
    void overwriteBacksUpTheOldTargetFirst();
    void overwriteReplacesALinkWithoutWritingThroughIt();
    void patternMatchingNothingFails();
    void missingSourceFails();
    void missingSourceIsNothingToCopyWithIfExists();
    void copyIntoItselfIsRefused();
    void progressCountsBytesAndSignalsArriveOnTheOwnerThread();
    void cancelStopsBetweenFiles();
    void timeoutStopsTheCopy();
    void destroyingARunningTaskStopsIt();
    void parseRejectsMistakes_data();
    void parseRejectsMistakes();
};

namespace {

CopyTask::Spec copySpec(const QString &from, const QString &to, const QString &pattern = {}, bool overwrite = false)
{
    CopyTask::Spec spec;
    spec.from = from;
    spec.to = to;
    spec.pattern = pattern;
    spec.overwrite = overwrite;
    return spec;
}

// The file's bytes, or "<missing>", so that a failed comparison says why.
QByteArray readOrMissing(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

// Every entry under `root`, relative and sorted; links marked with their target.
QStringList listing(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString relative = QDir(root).relativeFilePath(info.filePath());
        if (info.isSymLink())
            found << relative + QStringLiteral(" -> ") + info.readSymLink();
        else if (info.isDir())
            found << relative + u'/';
        else
            found << relative;
    }
    found.sort();
    return found;
}

struct Ran
{
    TaskOutcome outcome;
    QList<std::pair<LineLevel, QString>> lines;
    QList<std::pair<double, QString>> progress;
    bool allOnOwnerThread = true;

    QString show() const
    {
        QStringList shown{QStringLiteral("outcome %1: %2").arg(outcome.kindName(), outcome.message.english())};
        for (const auto &[level, line] : lines)
            shown << lineLevelName(level) + QStringLiteral(": ") + line;
        return shown.join(u'\n');
    }
};

// Runs the task to its end; `whileRunning` runs right after start(), on this thread.
Ran runToEnd(CopyTask &task, const std::function<void()> &whileRunning = {})
{
    Ran ran;
    QThread *const owner = QThread::currentThread();
    QObject::connect(&task, &TaskRunner::line, &task, [&](LineLevel level, const QString &line) {
        ran.lines.append({level, line});
        ran.allOnOwnerThread = ran.allOnOwnerThread && QThread::currentThread() == owner;
    });
    QObject::connect(&task, &TaskRunner::progress, &task, [&](double fraction, const Text &line) {
        ran.progress.append({fraction, line.english()});
        ran.allOnOwnerThread = ran.allOnOwnerThread && QThread::currentThread() == owner;
    });
    QObject::connect(&task, &TaskRunner::finished, &task,
                     [&] { ran.allOnOwnerThread = ran.allOnOwnerThread && QThread::currentThread() == owner; });
    const auto outcome = test::startAndWait(task, 30000, whileRunning);
    if (!outcome) {
        ran.outcome = {TaskOutcome::Kind::Failed, -1, Text::verbatim(QStringLiteral("test: no finished signal within 30 s"))};
        return ran;
    }
    ran.outcome = *outcome;
    // UW_SHOW_RESULTS=1 prints every run: handy when reviewing what users will read.
    if (qEnvironmentVariableIsSet("UW_SHOW_RESULTS"))
        qInfo().noquote() << ran.show();
    return ran;
}

Ran runToEnd(const CopyTask::Spec &spec, const QString &backupDir)
{
    CopyTask task(spec, backupDir);
    return runToEnd(task);
}

// A release tree as an old install has it: jars, other files, a hidden file, an empty
// folder, a relative link to a file and a link to a folder.
bool makeTree(const QString &root)
{
    return writeFile(root + QStringLiteral("/ojdbc8.jar"), "jdbc driver")
        && writeFile(root + QStringLiteral("/README.txt"), "readme")
        && writeFile(root + QStringLiteral("/.hidden.jar"), "hidden")
        && writeFile(root + QStringLiteral("/ext/mysql.jar"), "mysql driver")
        && writeFile(root + QStringLiteral("/ext/notes.txt"), "notes") && QDir().mkpath(root + QStringLiteral("/empty"))
        && (!test::symlinksWork() // test::kNoSymlinks: the tree without its links
            || (test::makeSymlink(QStringLiteral("ojdbc8.jar"), root + QStringLiteral("/current.jar"))
                && test::makeSymlink(QStringLiteral("ext"), root + QStringLiteral("/extensions"))));
}

} // namespace

#define VERIFY_OUTCOME(ran, expected)                                                                                  \
    QVERIFY2((ran).outcome.kind == TaskOutcome::Kind::expected, qPrintable((ran).show()))

void tst_CopyTask::copiesATreeWithLinksAndAPattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("everything") << QString()
                                << QStringList{QStringLiteral(".hidden.jar"),
                                               QStringLiteral("README.txt"),
                                               QStringLiteral("current.jar -> ojdbc8.jar"),
                                               QStringLiteral("empty/"),
                                               QStringLiteral("ext/"),
                                               QStringLiteral("ext/mysql.jar"),
                                               QStringLiteral("ext/notes.txt"),
                                               QStringLiteral("extensions -> ext"),
                                               QStringLiteral("ojdbc8.jar")};
    QTest::newRow("jars") << QStringLiteral("*.jar")
                          << QStringList{QStringLiteral("current.jar -> ojdbc8.jar"), QStringLiteral("ext/"),
                                         QStringLiteral("ext/mysql.jar"), QStringLiteral("ojdbc8.jar")};
    QTest::newRow("hidden jars") << QStringLiteral(".*.jar") << QStringList{QStringLiteral(".hidden.jar")};
    QTest::newRow("alternatives") << QStringLiteral("{README.txt,mysql.jar}")
                                  << QStringList{QStringLiteral("README.txt"), QStringLiteral("ext/"),
                                                 QStringLiteral("ext/mysql.jar")};
    QTest::newRow("alternatives with a wildcard")
        << QStringLiteral("{oj,my}*.jar")
        << QStringList{QStringLiteral("ext/"), QStringLiteral("ext/mysql.jar"), QStringLiteral("ojdbc8.jar")};
    QTest::newRow("one character") << QStringLiteral("[mo]*.ja?")
                                   << QStringList{QStringLiteral("ext/"), QStringLiteral("ext/mysql.jar"),
                                                  QStringLiteral("ojdbc8.jar")};
}

void tst_CopyTask::copiesATreeWithLinksAndAPattern()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, expected);
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("Axway-7.2.2/apigateway/ext/lib"));
    QVERIFY(makeTree(from));
    const QString to = root.filePath(QStringLiteral("Axway-7.7/apigateway/upgrade/lib"));
    const Ran ran = runToEnd(copySpec(from, to, pattern), root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Success);
    if (!test::symlinksWork())
        expected.removeIf([](const QString &entry) { return entry.contains(QLatin1String(" -> ")); });
    QCOMPARE(listing(to), expected);
    if (expected.contains(QStringLiteral("ext/mysql.jar")))
        QCOMPARE(readOrMissing(to + QStringLiteral("/ext/mysql.jar")), QByteArray("mysql driver"));
    QCOMPARE(listing(root.filePath(QStringLiteral("backups"))), QStringList{});
}

void tst_CopyTask::copyKeepsPermissionsAndTimes()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("from"));
    QVERIFY(writeFile(from + QStringLiteral("/bin/start.sh"), "#!/bin/sh\n"));
    const auto executable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
    const auto folder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
    QVERIFY(QFile::setPermissions(from + QStringLiteral("/bin/start.sh"), executable));
    QVERIFY(QFile::setPermissions(from + QStringLiteral("/bin"), folder));
    const QDateTime when = QDateTime::fromString(QStringLiteral("2021-11-21T10:00:00Z"), Qt::ISODate);
    {
        QFile file(from + QStringLiteral("/bin/start.sh"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
    }
    const QString to = root.filePath(QStringLiteral("to"));
    const Ran ran = runToEnd(copySpec(from, to), root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Success);
    const auto mask = ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(to + QStringLiteral("/bin/start.sh")) & mask, executable);
    QCOMPARE(QFile::permissions(to + QStringLiteral("/bin")) & mask, folder);
#else
    // Windows keeps no mode bits; what Qt makes of its attributes must come across.
    QCOMPARE(QFile::permissions(to + QStringLiteral("/bin/start.sh")) & mask,
             QFile::permissions(from + QStringLiteral("/bin/start.sh")) & mask);
#endif
    QCOMPARE(QFileInfo(to + QStringLiteral("/bin/start.sh")).lastModified().toUTC(), when);
}

void tst_CopyTask::copiesAFileIntoAFolderOrToANewName_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("copy");

    QTest::newRow("existing folder") << QStringLiteral("conf") << QStringLiteral("conf/redaction.xml");
    QTest::newRow("new folder, trailing slash")
        << QStringLiteral("new/sub/") << QStringLiteral("new/sub/redaction.xml");
    QTest::newRow("new name, parents made")
        << QStringLiteral("a/b/redaction-7.2.xml") << QStringLiteral("a/b/redaction-7.2.xml");
}

void tst_CopyTask::copiesAFileIntoAFolderOrToANewName()
{
    QFETCH(QString, to);
    QFETCH(QString, copy);
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("old/redaction.xml"));
    QVERIFY(writeFile(from, "<Redaction/>"));
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("conf"))));
    const Ran ran = runToEnd(copySpec(from, root.filePath(to)), root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Success);
    QCOMPARE(readOrMissing(root.filePath(copy)), QByteArray("<Redaction/>"));
}

void tst_CopyTask::existingTargetIsRefusedWithoutOverwrite()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("from"));
    const QString to = root.filePath(QStringLiteral("to"));
    QVERIFY(writeFile(from + QStringLiteral("/a.jar"), "new a"));
    QVERIFY(writeFile(from + QStringLiteral("/b.jar"), "new b"));
    QVERIFY(writeFile(from + QStringLiteral("/c.jar"), "new c"));
    QVERIFY(writeFile(to + QStringLiteral("/b.jar"), "old b"));
    const Ran ran = runToEnd(copySpec(from, to), root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Failed);
    const QString target = to + QStringLiteral("/b.jar");
    QVERIFY2(ran.outcome.message.english().startsWith(target + QStringLiteral(" already exists; set \"overwrite\": true")),
             qPrintable(ran.show()));
    QVERIFY2(ran.outcome.message.english().endsWith(QStringLiteral("nothing was copied")), qPrintable(ran.show()));
    // Checked before anything is copied: not even the files without a conflict are there.
    QCOMPARE(listing(to), QStringList{QStringLiteral("b.jar")});
    QCOMPARE(readOrMissing(target), QByteArray("old b"));
}

void tst_CopyTask::overwriteBacksUpTheOldTargetFirst()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("from"));
    const QString to = root.filePath(QStringLiteral("to"));
    QVERIFY(writeFile(from + QStringLiteral("/sso/idp.xml"), "new idp"));
    QVERIFY(writeFile(from + QStringLiteral("/sso/sp.xml"), "new sp"));
    QVERIFY(writeFile(to + QStringLiteral("/sso/idp.xml"), "old idp"));
    const QString backups = root.filePath(QStringLiteral("session/backups/copy-sso"));
    const Ran ran = runToEnd(copySpec(from, to, {}, true), backups);
    VERIFY_OUTCOME(ran, Success);
    const QString target = to + QStringLiteral("/sso/idp.xml");
    const QString backup = test::backupPathOf(backups, target);
    QCOMPARE(readOrMissing(target), QByteArray("new idp"));
    QCOMPARE(readOrMissing(to + QStringLiteral("/sso/sp.xml")), QByteArray("new sp"));
    QCOMPARE(readOrMissing(backup), QByteArray("old idp"));
    bool reported = false;
    for (const auto &[level, line] : ran.lines)
        reported = reported
            || (level == LineLevel::Info && line == QStringLiteral("backed up %1 to %2").arg(target, backup));
    QVERIFY2(reported, qPrintable(ran.show()));
    QVERIFY2(ran.outcome.message.english().contains(QStringLiteral("1 replaced")), qPrintable(ran.outcome.message.english()));
}

void tst_CopyTask::overwriteReplacesALinkWithoutWritingThroughIt()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("from/jvm.xml"));
    const QString elsewhere = root.filePath(QStringLiteral("elsewhere.xml"));
    const QString target = root.filePath(QStringLiteral("to/jvm.xml"));
    QVERIFY(writeFile(from, "new"));
    QVERIFY(writeFile(elsewhere, "untouched"));
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("to"))));
    if (!test::symlinksWork())
        QSKIP(test::kNoSymlinks);
    QVERIFY(test::makeSymlink(elsewhere, target));
    const QString backups = root.filePath(QStringLiteral("backups"));
    const Ran ran = runToEnd(copySpec(from, target, {}, true), backups);
    VERIFY_OUTCOME(ran, Success);
    QVERIFY(!QFileInfo(target).isSymLink());
    QCOMPARE(readOrMissing(target), QByteArray("new"));
    QCOMPARE(readOrMissing(elsewhere), QByteArray("untouched"));
    QCOMPARE(test::linkTarget(test::backupPathOf(backups, target)), elsewhere);
}

void tst_CopyTask::patternMatchingNothingFails()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("from"));
    QVERIFY(writeFile(from + QStringLiteral("/a.txt"), "a"));
    const QString to = root.filePath(QStringLiteral("to"));
    const Ran ran = runToEnd(copySpec(from, to, QStringLiteral("*.jar")), root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Failed);
    QVERIFY2(ran.outcome.message.english().startsWith(QStringLiteral("no file in %1 matches the pattern *.jar").arg(from)),
             qPrintable(ran.show()));
    QVERIFY(!QFileInfo::exists(to));
}

void tst_CopyTask::missingSourceFails()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("ext/*.jar"));
    const Ran ran = runToEnd(copySpec(from, root.filePath(QStringLiteral("to"))), root.filePath(QStringLiteral("b")));
    VERIFY_OUTCOME(ran, Failed);
    QVERIFY2(
        ran.outcome.message.english().startsWith(from + QStringLiteral(" does not exist; \"from\" names one file or folder")),
        qPrintable(ran.show()));
}

// KAAZING's gateway-config.xml.new is written only when the configuration was out of date.
void tst_CopyTask::missingSourceIsNothingToCopyWithIfExists()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("conf/gateway-config.xml.new"));
    const QString to = root.filePath(QStringLiteral("conf/gateway-config.xml"));
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("conf"))));
    QFile config(to);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("<gateway-config/>\n");
    config.close();
    CopyTask::Spec spec = copySpec(from, to, {}, true);
    spec.ifExists = true;
    Ran ran = runToEnd(spec, root.filePath(QStringLiteral("b")));
    VERIFY_OUTCOME(ran, Success);
    QVERIFY2(ran.outcome.message.english().startsWith(QStringLiteral("nothing to copy: %1 does not exist").arg(from)),
             qPrintable(ran.show()));
    QCOMPARE(readOrMissing(to), QByteArray("<gateway-config/>\n"));
    // When it is there, it is copied as without the option.
    QFile newer(from);
    QVERIFY(newer.open(QIODevice::WriteOnly));
    newer.write("<gateway-config xmlns=\"new\"/>\n");
    newer.close();
    ran = runToEnd(spec, root.filePath(QStringLiteral("b")));
    VERIFY_OUTCOME(ran, Success);
    QCOMPARE(readOrMissing(to), QByteArray("<gateway-config xmlns=\"new\"/>\n"));
}

void tst_CopyTask::copyIntoItselfIsRefused()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("tree"));
    QVERIFY(writeFile(from + QStringLiteral("/a"), "a"));
    const QString to = from + QStringLiteral("/copy");
    const Ran ran = runToEnd(copySpec(from, to), root.filePath(QStringLiteral("b")));
    VERIFY_OUTCOME(ran, Failed);
    QVERIFY2(ran.outcome.message.english().startsWith(QStringLiteral("%1 is inside %2").arg(to, from)), qPrintable(ran.show()));
    QVERIFY(!QFileInfo::exists(to));
}

void tst_CopyTask::progressCountsBytesAndSignalsArriveOnTheOwnerThread()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("from"));
    QVERIFY(writeFile(from + QStringLiteral("/big.bin"), QByteArray(3 * 1024 * 1024, 'x')));
    QVERIFY(writeFile(from + QStringLiteral("/small.bin"), QByteArray(1024 * 1024, 'y')));
    const Ran ran = runToEnd(copySpec(from, root.filePath(QStringLiteral("to"))), root.filePath(QStringLiteral("b")));
    VERIFY_OUTCOME(ran, Success);
    QVERIFY(ran.allOnOwnerThread);
    QVERIFY(ran.progress.size() >= 2);
    QCOMPARE(ran.progress.front().first, 0.0);
    QCOMPARE(ran.progress.back().first, 1.0);
    QCOMPARE(ran.progress.back().second, QStringLiteral("4.0 MiB of 4.0 MiB copied (2 of 2 files)"));
    for (qsizetype i = 1; i < ran.progress.size(); ++i)
        QVERIFY(ran.progress.at(i).first >= ran.progress.at(i - 1).first);
    QVERIFY2(ran.outcome.message.english().contains(QStringLiteral("copied 2 file(s) (4.0 MiB)")),
             qPrintable(ran.outcome.message.english()));
}

void tst_CopyTask::cancelStopsBetweenFiles()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("from"));
    for (int i = 0; i < 40; ++i)
        QVERIFY(writeFile(from + QStringLiteral("/dir%1/file%2.bin").arg(i % 4).arg(i, 2, 10, QChar(u'0')),
                          QByteArray(64 * 1024, char('a' + i % 26))));
    const QString to = root.filePath(QStringLiteral("to"));
    CopyTask task(copySpec(from, to), root.filePath(QStringLiteral("backups")));
    // The worker stops after its third file until this thread has asked for the cancel, so the
    // cancel arrives mid-copy on any machine.
    QSemaphore reached;
    QSemaphore resume;
    task.setFileCopiedHook([&](int copied) {
        if (copied == 3) {
            reached.release();
            resume.tryAcquire(1, 30000);
        }
    });
    const Ran ran = runToEnd(task, [&] {
        QVERIFY(reached.tryAcquire(1, 30000));
        task.cancel();
        resume.release();
    });
    VERIFY_OUTCOME(ran, Cancelled);
    QVERIFY2(ran.outcome.message.english().startsWith(QStringLiteral("stopped after copying 3 of 40 files to ") + to),
             qPrintable(ran.show()));
    QStringList files = listing(to);
    files.removeIf([](const QString &entry) { return entry.endsWith(u'/'); });
    QCOMPARE(files.size(), 3);
    for (const QString &file : std::as_const(files))
        QCOMPARE(QFileInfo(to + u'/' + file).size(), 64 * 1024);
}

void tst_CopyTask::timeoutStopsTheCopy()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("from"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(from + QStringLiteral("/file%1").arg(i), "x"));
    CopyTask::Spec spec = copySpec(from, root.filePath(QStringLiteral("to")));
    spec.timeoutMs = 100;
    CopyTask task(spec, root.filePath(QStringLiteral("backups")));
    task.setFileCopiedHook([](int) { QThread::msleep(300); });
    const Ran ran = runToEnd(task);
    VERIFY_OUTCOME(ran, TimedOut);
    // Usually after the first file; on a very slow machine the timer may win before it.
    QVERIFY2(ran.outcome.message.english().startsWith(QStringLiteral("did not finish within 0.1 s: stopped after copying ")),
             qPrintable(ran.show()));
    QVERIFY2(!ran.outcome.message.english().contains(QStringLiteral("copying 5 of 5")), qPrintable(ran.show()));
}

void tst_CopyTask::destroyingARunningTaskStopsIt()
{
    QTemporaryDir root;
    const QString from = root.filePath(QStringLiteral("from"));
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(from + QStringLiteral("/file%1").arg(i), "x"));
    std::atomic_int copied = 0;
    auto task = std::make_unique<CopyTask>(copySpec(from, root.filePath(QStringLiteral("to"))),
                                           root.filePath(QStringLiteral("backups")));
    QSemaphore started;
    task->setFileCopiedHook([&](int count) {
        copied = count;
        started.release();
        QThread::msleep(50);
    });
    task->start();
    QVERIFY(started.tryAcquire(1, 30000));
    task.reset(); // cancels and waits for the worker
    QCOMPARE(copied.load(), 1);
    QTest::qWait(20); // the events it posted died with it
}

void tst_CopyTask::parseRejectsMistakes_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");

    QTest::newRow("no from") << text(R"({"to": "/b"})")
                             << QStringLiteral("from: expected the path of a file or folder");
    QTest::newRow("no to") << text(R"({"from": "/a"})") << QStringLiteral("to: expected a path");
    QTest::newRow("pattern with a folder") << text(R"({"from": "/a", "to": "/b", "pattern": "lib/*.jar"})")
                                           << QStringLiteral("pattern: matches file names, so it cannot contain \"/\"");
    QTest::newRow("overwrite not boolean") << text(R"({"from": "/a", "to": "/b", "overwrite": "yes"})")
                                           << QStringLiteral("overwrite: expected true or false");
    QTest::newRow("bad timeout")
        << text(R"({"from": "/a", "to": "/b", "timeout_ms": "soon"})")
        << QStringLiteral("timeout_ms: expected a whole number of milliseconds from 1 to 86400000, got \"soon\"");
}

void tst_CopyTask::parseRejectsMistakes()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    const auto parsed = CopyTask::parse(jsonObject(spec));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().startsWith(error), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(tst_CopyTask)
#include "tst_copytask.moc"
