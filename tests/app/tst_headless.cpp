// Real headless sessions of the real program, as an administrator would run them.

#include "appprocess.h"
#include "testchild.h"
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

using namespace uw::test;

namespace {

const QString kSecret = QStringLiteral("Tr0ub4dor&3-horse");

QString data(const QString &name)
{
    return QStringLiteral(UW_TEST_DATA_DIR "/") + name;
}

QList<QJsonObject> journal(const QString &sessionDir)
{
    QList<QJsonObject> records;
    for (const QByteArray &line : readFile(sessionDir + QStringLiteral("/journal.jsonl")).split('\n'))
        if (!line.trimmed().isEmpty())
            records << QJsonDocument::fromJson(line).object();
    return records;
}

bool hasEvent(const QList<QJsonObject> &records, const QString &event, const QString &step = {})
{
    for (const QJsonObject &record : records)
        if (record.value(QLatin1String("event")).toString() == event
            && (step.isEmpty() || record.value(QLatin1String("step")).toString() == step))
            return true;
    return false;
}

} // namespace

class tst_Headless : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void runsTheSampleToGo();
    void missingSignOffsMeanNoGo();
    void answersFileSignsOffWithNotes();
    void answersFileAndSkipFlagSkipStepsByKeyOrItem();
    void wrongAnswersAreRefusedWithTheirPosition_data();
    void wrongAnswersAreRefusedWithTheirPosition();
    void aSecretComesFromTheEnvironment();
    void aSecretOnTheCommandLineIsWarnedAbout();
    void anAnswersFileWithASecretMustBePrivate();
    void aMissingSecretIsAskedForWithoutEcho();
    void aLineOf200MegabytesKeepsMemoryBounded();
    void secretsNeverReachFiles_data();
    void secretsNeverReachFiles();
    void resumesAfterSigkillMidTask();
    void ctrlCCancelsAndLeavesAResumableSession();
    void aClosedStdoutNeverStopsTheRun();
    void progressOnStdoutDiagnosticsOnStderrEverythingInTheLog();
    void sessionsReportsAndLogsArePrivateWhateverTheUmask();
    void aSkippedBlockerIsNoGoUnlessWaived();
    void revokedSignOffIsOpenAgain();
    void resumeRunsAFailedTaskAgainOnlyWhenAsked();
    void resumeRefusesAJournalItCannotVouchFor_data();
    void resumeRefusesAJournalItCannotVouchFor();
    void validateExitsZeroOrTwo();
    void validateWarnsAboutPlainHttpCredentials();
    void validateGivesEveryMalformedPlaybookAPreciseErrorAndExitTwo();
    void listsBundledPlaybooks();
    void badParametersAreUsageErrors();

private:
    using Outcome = uw::test::AppOutcome;
    Outcome run(const QStringList &arguments);
    void start(QProcess &process, const QStringList &arguments);
    bool startSlowTask(QProcess &process, const QString &sessionDir);
    QString sessionDir(const QString &name) const { return m_home->filePath(name); }

    std::unique_ptr<uw::test::AppHome> m_home;
};

void tst_Headless::init()
{
    // The playbooks in data/ run uw-testchild by its name, found on PATH as any tool would be.
    const QString path = QDir::toNativeSeparators(QFileInfo(uw::test::testChild()).absolutePath())
        + QDir::listSeparator() + qEnvironmentVariable("PATH");
    m_home = std::make_unique<uw::test::AppHome>(
        QStringLiteral(UW_APP_PATH),
        QHash<QString, QString>{{QStringLiteral("USER"), QStringLiteral("tester")}, {QStringLiteral("PATH"), path}},
        60000);
    QVERIFY(m_home->isValid());
}

void tst_Headless::start(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(m_home->environment());
    process.start(QStringLiteral(UW_APP_PATH), arguments);
    QVERIFY(process.waitForStarted(10000));
}

// Runs slow.json into `sessionDir` and waits until its slow task has started (journalled).
bool tst_Headless::startSlowTask(QProcess &process, const QString &sessionDir)
{
    start(process,
          {QStringLiteral("run"), data(QStringLiteral("slow.json")), QStringLiteral("--confirm-all"),
           QStringLiteral("--session"), sessionDir});
    return QTest::qWaitFor(
        [&] { return hasEvent(journal(sessionDir), QStringLiteral("task-started"), QStringLiteral("slow-task")); },
        20000);
}

tst_Headless::Outcome tst_Headless::run(const QStringList &arguments)
{
    return m_home->run(arguments);
}

void tst_Headless::runsTheSampleToGo()
{
    const QString dir = sessionDir(QStringLiteral("s1"));
    const QString report = m_home->filePath(QStringLiteral("report.json"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--confirm-all"),
                           QStringLiteral("--session"), dir, QStringLiteral("--report"), report});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("== Decision: GO")), qPrintable(o.out));
    // Live task output is prefixed with its level and node.
    QVERIFY2(o.out.contains(QLatin1String("info    local | upgrade-wizard ")), qPrintable(o.out));

    const QList<QJsonObject> records = journal(dir);
    QVERIFY(hasEvent(records, QStringLiteral("session-started")));
    QVERIFY(hasEvent(records, QStringLiteral("task-finished"), QStringLiteral("run-tool@local")));
    QVERIFY(hasEvent(records, QStringLiteral("check"), QStringLiteral("tool-version")));
    QVERIFY(hasEvent(records, QStringLiteral("session-finished")));
    for (const QJsonObject &record : records)
        if (record.value(QLatin1String("event")).toString() == u"confirmed")
            QVERIFY(record.value(QLatin1String("unattended")).toBool());

    const QJsonObject json = QJsonDocument::fromJson(readFile(report)).object();
    QCOMPARE(json.value(QLatin1String("decision")).toObject().value(QLatin1String("decision")).toString(),
             QStringLiteral("go"));
    QVERIFY(readFile(report).contains("\"confirmed_unattended\": true"));
    QVERIFY(QFile::exists(dir + QStringLiteral("/report.json")));
    QVERIFY(QFile::exists(dir + QStringLiteral("/logs/run-tool@local.log")));
    QVERIFY(QFile::exists(dir + QStringLiteral("/playbook.json")));
}

void tst_Headless::missingSignOffsMeanNoGo()
{
    const QString dir = sessionDir(QStringLiteral("s2"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--session"), dir});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QLatin1String("needs a sign-off")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("NO-GO")), qPrintable(o.out));
    QVERIFY(o.out.contains(QLatin1String("blocker  A backup of the installation exists: not confirmed")));
    // The page with the missing blocker stops the run: no task was started.
    QVERIFY(!hasEvent(journal(dir), QStringLiteral("task-started")));
}

void tst_Headless::answersFileSignsOffWithNotes()
{
    const QString answers = m_home->filePath(QStringLiteral("answers.json"));
    QFile file(answers);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"operator": "alice", "confirm": {"backup-taken": {"note": "nightly backup in /backup"}, "logs-reviewed": true}})");
    file.close();
    const QString dir = sessionDir(QStringLiteral("s3"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--answers"), answers,
                           QStringLiteral("--session"), dir});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    bool noted = false;
    for (const QJsonObject &record : journal(dir)) {
        if (record.value(QLatin1String("step")).toString() == u"backup-taken") {
            QCOMPARE(record.value(QLatin1String("operator")).toString(), QStringLiteral("alice"));
            QCOMPARE(record.value(QLatin1String("note")).toString(), QStringLiteral("nightly backup in /backup"));
            QVERIFY(!record.value(QLatin1String("unattended")).toBool());
            noted = true;
        }
    }
    QVERIFY(noted);
}

// The answers file's "skip" is applied (it was read and dropped), and an item id in it or in
// --skip stands for every step of that item, as --help says.
void tst_Headless::answersFileAndSkipFlagSkipStepsByKeyOrItem()
{
    const QString answers = m_home->filePath(QStringLiteral("answers.json"));
    QVERIFY(writeFile(answers, R"({"operator": "alice", "skip": {"free-space": "measured by hand: 40 GB free"}})"));
    const QString dir = sessionDir(QStringLiteral("s9"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--answers"), answers,
                           QStringLiteral("--confirm-all"), QStringLiteral("--skip"),
                           QStringLiteral("run-tool=no tool here"), QStringLiteral("--session"), dir});
    QVERIFY2(o.exitCode == 0 || o.exitCode == 1, qPrintable(o.out + o.err));
    QStringList skipped;
    for (const QJsonObject &record : journal(dir)) {
        if (record.value(QLatin1String("event")).toString() != u"skipped")
            continue;
        skipped << record.value(QLatin1String("step")).toString();
        QCOMPARE(record.value(QLatin1String("operator")).toString(), QStringLiteral("alice"));
    }
    QVERIFY2(skipped.contains(QStringLiteral("free-space")), qPrintable(skipped.join(u' ')));
    // run-tool is an item with a foreach: each of its steps (run-tool@<node>) is skipped.
    const QStringList perNode = skipped.filter(QRegularExpression(QStringLiteral("^run-tool@")));
    QVERIFY2(!perNode.isEmpty(), qPrintable(skipped.join(u' ')));
    QVERIFY2(o.out.contains(QLatin1String(": already skipped")), qPrintable(o.out));
}

void tst_Headless::wrongAnswersAreRefusedWithTheirPosition_data()
{
    QTest::addColumn<QByteArray>("answers");
    QTest::addColumn<QString>("error"); // after "<file>:"
    QTest::newRow("confirm not an object")
        << QByteArray(R"({"confirm": []})")
        << QStringLiteral("1:13: error: confirm: expected an object of step keys or item ids, got array");
    QTest::newRow("sign-off not true")
        << QByteArray(R"({"confirm": {"backup-taken": "yes"}})")
        << QStringLiteral("1:30: error: confirm.backup-taken: expected true or {\"note\": \"...\"}, got string");
    QTest::newRow("empty skip reason")
        << QByteArray("{\n  \"skip\": {\"logs-reviewed\": \" \"}\n}")
        << QStringLiteral("2:29: error: skip.logs-reviewed: expected the reason as a non-empty string, got string");
    QTest::newRow("operator not a name") << QByteArray(R"({"operator": 3})")
                                         << QStringLiteral("1:14: error: operator: expected a name, got number");
    QTest::newRow("sign-off of no step")
        << QByteArray(R"({"confirm": {"backup-taken": true, "no-such-item": true}})")
        << QStringLiteral("1:36: error: confirm.no-such-item: no step or item has this id; use an item id (apply) or "
                          "a step key (apply@NodeB)");
    QTest::newRow("skip of no step")
        << QByteArray(R"({"skip": {"run-tool@nowhere": "x"}})")
        << QStringLiteral("1:11: error: skip.run-tool@nowhere: no step or item has this id; use an item id (apply) "
                          "or a step key (apply@NodeB)");
    QTest::newRow("not JSON") << QByteArray(R"({"confirm": {)") << QStringLiteral("1:14: error: ");
}

void tst_Headless::wrongAnswersAreRefusedWithTheirPosition()
{
    QFETCH(QByteArray, answers);
    QFETCH(QString, error);
    const QString file = m_home->filePath(QStringLiteral("answers.json"));
    QVERIFY(writeFile(file, answers));
    const QString dir = sessionDir(QStringLiteral("s10"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--answers"), file,
                           QStringLiteral("--session"), dir});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(file + u':' + error), qPrintable(o.err));
}

void tst_Headless::aSecretComesFromTheEnvironment()
{
    const QString dir = sessionDir(QStringLiteral("env"));
    QProcess process;
    QProcessEnvironment env = m_home->environment();
    env.insert(QStringLiteral("UW_TEST_PASSWORD"), kSecret);
    process.setProcessEnvironment(env);
    const QStringList arguments{QStringLiteral("run"),          data(QStringLiteral("secrets.json")),
                                QStringLiteral("--secret-env"), QStringLiteral("admin_password=UW_TEST_PASSWORD"),
                                QStringLiteral("--session"),    dir};
    process.start(QStringLiteral(UW_APP_PATH), arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
    // The task got the password (it printed it, masked) and no warning was given.
    QVERIFY2(out.contains(QLatin1String("login admin with password ******")), qPrintable(out));
    QVERIFY2(!err.contains(QLatin1String("warning")), qPrintable(err));

    // A variable that is not set, and a parameter that does not exist: usage errors, nothing run.
    Outcome o = run({QStringLiteral("run"), data(QStringLiteral("secrets.json")), QStringLiteral("--secret-env"),
                     QStringLiteral("admin_password=UW_TEST_NOT_SET")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("the environment variable UW_TEST_NOT_SET is not set")), qPrintable(o.err));
    o = run({QStringLiteral("run"), data(QStringLiteral("secrets.json")), QStringLiteral("--secret-env"),
             QStringLiteral("pasword=UW_TEST_PASSWORD")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("the playbook has no parameter pasword")), qPrintable(o.err));
    o = run({QStringLiteral("run"), data(QStringLiteral("secrets.json")), QStringLiteral("--secret-env"),
             QStringLiteral("admin_password")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("--secret-env expects NAME=VARIABLE")), qPrintable(o.err));
}

void tst_Headless::aSecretOnTheCommandLineIsWarnedAbout()
{
    const Outcome o
        = run({QStringLiteral("run"), data(QStringLiteral("secrets.json")), QStringLiteral("--set"),
               QStringLiteral("admin_password=") + kSecret, QStringLiteral("--set"), QStringLiteral("user=operator"),
               QStringLiteral("--session"), sessionDir(QStringLiteral("warned"))});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.contains(QLatin1String("warning: --set admin_password: a secret given on the command line can be "
                                          "read by other users")),
             qPrintable(o.err));
    QVERIFY2(!o.err.contains(QLatin1String("--set user")), qPrintable(o.err));
}

void tst_Headless::anAnswersFileWithASecretMustBePrivate()
{
#ifdef Q_OS_WIN
    QSKIP("Windows keeps no mode bits: a file made in the profile is private by its ACL");
#else
    const QString answers = m_home->filePath(QStringLiteral("answers.json"));
    QFile file(answers);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"parameters": {"admin_password": ")" + kSecret.toUtf8() + R"("}})");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    Outcome o = run({QStringLiteral("run"), data(QStringLiteral("secrets.json")), QStringLiteral("--answers"), answers,
                     QStringLiteral("--session"), sessionDir(QStringLiteral("open"))});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(answers
                            + QStringLiteral(": error: it holds the secret parameter admin_password, but "
                                             "other users can read it; make it private (chmod 600 ")),
             qPrintable(o.err));
    QVERIFY(!QFileInfo::exists(sessionDir(QStringLiteral("open"))));
    // Private, it is read; an answers file without secrets may be shared.
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    o = run({QStringLiteral("run"), data(QStringLiteral("secrets.json")), QStringLiteral("--answers"), answers,
             QStringLiteral("--session"), sessionDir(QStringLiteral("private"))});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"parameters": {"user": "operator"}})");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    o = run({QStringLiteral("run"), data(QStringLiteral("secrets.json")), QStringLiteral("--answers"), answers,
             QStringLiteral("--set"), QStringLiteral("admin_password=x"), QStringLiteral("--session"),
             sessionDir(QStringLiteral("shared"))});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
#endif
}

void tst_Headless::aMissingSecretIsAskedForWithoutEcho()
{
#ifdef Q_OS_WIN
    QSKIP("needs a pseudo-terminal to type into; Windows consoles cannot be given to a child this way here");
#else
    // A terminal for the program's input: what it echoes comes back on the master side.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    const auto closeMaster = qScopeGuard([&] { ::close(master); });
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(::ptsname(master));
    QProcess process;
    process.setProcessEnvironment(m_home->environment());
    process.setStandardInputFile(slave);
    process.start(QStringLiteral(UW_APP_PATH),
                  {QStringLiteral("run"), data(QStringLiteral("secrets.json")), QStringLiteral("--session"),
                   sessionDir(QStringLiteral("typed"))});
    QVERIFY(process.waitForStarted(10000));
    QString err;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     err += QString::fromUtf8(process.readAllStandardError());
                     return err.contains(QLatin1String("Password (admin_password): "));
                 },
                 20000),
             qPrintable(err));
    // Echo is off once the prompt is shown; type the password as a person would.
    const QByteArray typed = kSecret.toUtf8() + '\n';
    QCOMPARE(::write(master, typed.constData(), size_t(typed.size())), ssize_t(typed.size()));
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    err += QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(out + err));
    QVERIFY2(out.contains(QLatin1String("login admin with password ******")), qPrintable(out));
    // What the terminal shows: nothing of the password (a newline at most).
    QByteArray shown;
    char buffer[4096];
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;)
        shown.append(buffer, n);
    QVERIFY2(!shown.contains(kSecret.toUtf8()), shown.constData());
    QVERIFY(!err.contains(kSecret));
#endif
}

void tst_Headless::aLineOf200MegabytesKeepsMemoryBounded()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer keeps freed memory in quarantine (256 MB), so peak memory says nothing here");
#elif !defined(Q_OS_LINUX)
    QSKIP("reads the peak memory from /proc/PID/status, which Linux has");
#else
    // The peak resident memory (VmHWM) of a run, read while it runs.
    const auto peakOf = [&](qint64 bytes, const QString &dir, qint64 *peakKiB) {
        QProcess process;
        QProcessEnvironment env = m_home->environment();
        env.insert(QStringLiteral("UW_TEST_TOKEN"), QStringLiteral("t0ken-in-the-environment"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UW_APP_PATH),
                      {QStringLiteral("run"), data(QStringLiteral("longline.json")), QStringLiteral("--set"),
                       QStringLiteral("bytes=%1").arg(bytes), QStringLiteral("--secret-env"),
                       QStringLiteral("token=UW_TEST_TOKEN"), QStringLiteral("--session"), dir});
        if (!process.waitForStarted(10000))
            return false;
        const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
        static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
        *peakKiB = 0;
        // Read at once and then often: a short run is over in a few tens of milliseconds.
        do {
            QFile file(status);
            if (file.open(QIODevice::ReadOnly))
                if (const auto match = hwm.match(QString::fromLatin1(file.readAll())); match.hasMatch())
                    *peakKiB = std::max(*peakKiB, match.captured(1).toLongLong());
        } while (!process.waitForFinished(5));
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    };
    qint64 small = 0;
    qint64 large = 0;
    QVERIFY(peakOf(1000, sessionDir(QStringLiteral("small")), &small));
    constexpr qint64 kLine = 200 * 1024 * 1024;
    QVERIFY(peakOf(kLine, sessionDir(QStringLiteral("large")), &large));
    QVERIFY(small > 0 && large > 0);
    qInfo("peak resident memory: %lld KiB for a 1000-byte line, %lld KiB for a 200 MiB line (growth %lld KiB)", small,
          large, large - small);
    QVERIFY2(large - small < 100 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(large - small)));
    // The step's log file keeps the whole line.
    const QFileInfoList logs
        = QDir(sessionDir(QStringLiteral("large")) + QStringLiteral("/logs")).entryInfoList(QDir::Files);
    QCOMPARE(logs.size(), 1);
    QVERIFY2(logs.first().size() > kLine, qPrintable(QString::number(logs.first().size())));
    QFile log(logs.first().filePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.seek(log.size() - 4096));
    const QByteArray end = log.readAll();
    QVERIFY2(end.contains("0123456789\n") && end.contains(" info after\n"), end.right(200).constData());
#endif
}

void tst_Headless::secretsNeverReachFiles_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("plain") << kSecret;
    // Reported: a server echoed it URL-encoded, and that reached every file.
    QTest::newRow("with a space, a slash and a percent sign") << QStringLiteral("ZZs&e c/r%QQ");
}

void tst_Headless::secretsNeverReachFiles()
{
    QFETCH(QString, secret);
    const QString row = QString::fromLatin1(QTest::currentDataTag()).section(u' ', 0, 0);
    const QString dir = sessionDir(QStringLiteral("s4-") + row);
    const QString report = m_home->filePath(QStringLiteral("secret-report-%1.json").arg(row));
    const Outcome o = run({QStringLiteral("run"), data(QStringLiteral("secrets.json")), QStringLiteral("--set"),
                           QStringLiteral("admin_password=") + secret, QStringLiteral("--session"), dir,
                           QStringLiteral("--report"), report, QStringLiteral("--log-level"), QStringLiteral("trace")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    // The task printed the password and the check's evidence held it: both masked.
    QVERIFY2(o.out.contains(QLatin1String("login admin with password ******")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("Authorization: Basic ******")), qPrintable(o.out));
    QVERIFY(readFile(dir + QStringLiteral("/journal.jsonl")).contains("/nonexistent/******/keystore.p12"));

    // Every spelling uw-testchild printed, worked out here independently of the masker.
    const QByteArray utf8 = secret.toUtf8();
    QList<QByteArray> forms{utf8,
                            QUrl::toPercentEncoding(secret),
                            QUrl::toPercentEncoding(secret, "!$&'()*+,;=:@/"),
                            QUrl::toPercentEncoding(secret).replace("%20", "+"),
                            utf8.toBase64(),
                            QByteArray("svc-deploy:" + utf8).toBase64()};
    for (const QByteArray &form : std::as_const(forms)) {
        QVERIFY2(!o.out.toUtf8().contains(form), form.constData());
        QVERIFY2(!o.err.toUtf8().contains(form), form.constData());
    }
    int files = 0;
    QDirIterator it(m_home->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const QByteArray content = readFile(path);
        for (const QByteArray &form : std::as_const(forms))
            QVERIFY2(!content.contains(form), qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(form)));
    }
    QVERIFY(files >= 6); // session.json, playbook.json, journal, task log, both reports, app log
    const QJsonObject parameters = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/session.json")))
                                       .object()
                                       .value(QLatin1String("parameters"))
                                       .toObject();
    QCOMPARE(parameters.value(QLatin1String("admin_password")).toObject().value(QLatin1String("secret")).toBool(),
             true);
}

// Killed outright (SIGKILL; TerminateProcess on Windows), the program leaves a session that
// resumes, and no task process behind it.
void tst_Headless::resumesAfterSigkillMidTask()
{
    const QString dir = sessionDir(QStringLiteral("s5"));
    QProcess process;
    QVERIFY(startSlowTask(process, dir));
    // The task's own process (uw-testchild) says who it is.
    QString output;
    static const QRegularExpression pidLine(QStringLiteral("pid (\\d+)"));
    QVERIFY(QTest::qWaitFor(
        [&] { return (output += QString::fromUtf8(process.readAllStandardOutput())).contains(pidLine); }, 20000));
    const qint64 child = pidLine.match(output).captured(1).toLongLong();
    QVERIFY(uw::test::processIsAlive(child));
    // The journal knows the task's process, so that a resume can tell whether it still runs.
    bool journalled = false;
    for (const QJsonObject &record : journal(dir))
        if (record.value(QLatin1String("event")).toString() == u"task-process")
            journalled = record.value(QLatin1String("pid")).toInteger() == child
                && record.value(QLatin1String("started")).toInteger() != 0;
    QVERIFY(journalled);
#ifdef Q_OS_UNIX
    ::kill(pid_t(process.processId()), SIGKILL);
#else
    process.kill(); // TerminateProcess: nothing of the program runs on
#endif
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
#if defined(Q_OS_LINUX) || defined(Q_OS_WIN)
    // It dies with the program (PR_SET_PDEATHSIG; the task's Job object, closed with the
    // program): an orphan would go on writing what the re-run then finds.
    QTRY_VERIFY2_WITH_TIMEOUT(!uw::test::processIsAlive(child), "the task's process outlived the program", 10000);
#endif

    // A crash mid-write leaves a torn last line; resume says so and carries on.
    {
        QFile file(dir + QStringLiteral("/journal.jsonl"));
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"event\":\"task-progr");
    }
    Outcome o = run({QStringLiteral("resume"), dir});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("ignored an incomplete last record")), qPrintable(o.err));
    QVERIFY2(o.out.contains(QLatin1String("Sleep: interrupted before")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("run it again with --rerun")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("blocker  Sleep: interrupted")), qPrintable(o.out));

    o = run({QStringLiteral("resume"), dir, QStringLiteral("--rerun"), QStringLiteral("--set"),
             QStringLiteral("seconds=0")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("[confirm] Ready: already confirmed")), qPrintable(o.out));
    QVERIFY(o.out.contains(QLatin1String("woke")));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
}

// `upgrade-wizard run ... | head -1`: the reader goes away after a line, and the session goes on
// to its end (before, SIGPIPE ended it: exit 141).
void tst_Headless::aClosedStdoutNeverStopsTheRun()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGPIPE is Unix's: on Windows a write to a closed pipe fails without a signal");
#else
    const QString dir = sessionDir(QStringLiteral("s8"));
    const QString status = m_home->filePath(QStringLiteral("status"));
    QProcess shell;
    shell.setProcessEnvironment(m_home->environment());
    shell.start(
        QStringLiteral("sh"),
        {QStringLiteral("-c"),
         QStringLiteral("{ \"$0\" run sample-local --confirm-all --session \"$1\"; echo $? >\"$2\"; } | head -1"),
         QStringLiteral(UW_APP_PATH), dir, status});
    QVERIFY(shell.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()).count(u'\n'), 1);
    QCOMPARE(readText(status).trimmed(), QStringLiteral("0"));
    QVERIFY(hasEvent(journal(dir), QStringLiteral("session-finished")));
#endif
}

void tst_Headless::ctrlCCancelsAndLeavesAResumableSession()
{
    const QString dir = sessionDir(QStringLiteral("s6"));
    QProcess process;
#ifdef Q_OS_WIN
    // A console delivers Ctrl-C to every program attached to it. The program gets a console of
    // its own; this test attaches to it for a moment, ignoring the Ctrl-C itself, and sends it.
    const auto ownConsole = [](QProcess::CreateProcessArguments *arguments) {
        arguments->flags = (arguments->flags & ~DWORD(CREATE_NO_WINDOW)) | CREATE_NEW_CONSOLE;
    };
    // First a program that starts nothing, to learn whether a console can be had here at all.
    {
        QProcess probe;
        probe.setCreateProcessArgumentsModifier(ownConsole);
        probe.start(uw::test::testChild(), {QStringLiteral("sleep"), QStringLiteral("10000")});
        QVERIFY(probe.waitForStarted());
        FreeConsole();
        const bool attached = AttachConsole(DWORD(probe.processId()));
        FreeConsole();
        probe.kill();
        probe.waitForFinished();
        if (!attached)
            QSKIP("AttachConsole to a new program's console failed (as under Wine without a display): no way to "
                  "send it Ctrl-C");
    }
    process.setCreateProcessArgumentsModifier(ownConsole);
    QVERIFY(startSlowTask(process, dir));
    QVERIFY(AttachConsole(DWORD(process.processId())));
    SetConsoleCtrlHandler(nullptr, TRUE);
    const bool sent = GenerateConsoleCtrlEvent(CTRL_C_EVENT, 0);
    FreeConsole();
    const auto restore = qScopeGuard([] { SetConsoleCtrlHandler(nullptr, FALSE); });
    QVERIFY(sent);
#else
    QVERIFY(startSlowTask(process, dir));
    ::kill(pid_t(process.processId()), SIGINT);
#endif
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput())
                .contains(QLatin1String("Resume with: upgrade-wizard resume")));
    bool cancelled = false;
    for (const QJsonObject &record : journal(dir))
        if (record.value(QLatin1String("event")).toString() == u"task-finished")
            cancelled = record.value(QLatin1String("outcome")).toString() == u"cancelled";
    QVERIFY(cancelled);
    QVERIFY(!hasEvent(journal(dir), QStringLiteral("session-finished")));

    // A cancelled task may have done part of its work: resume runs it again only when asked.
    Outcome o = run({QStringLiteral("resume"), dir});
    QVERIFY2(o.exitCode == 1, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("Sleep: cancelled before")), qPrintable(o.out));
    o = run({QStringLiteral("resume"), dir, QStringLiteral("--rerun"), QStringLiteral("--set"),
             QStringLiteral("seconds=0")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
}

// A blocker skipped with a reason is not done: NO-GO, unless the playbook lets it be waived.
// A waiver needs who and why, and the decision then says GO with waivers, listing them.
void tst_Headless::aSkippedBlockerIsNoGoUnlessWaived()
{
    const QString playbook = data(QStringLiteral("decision.json"));
    Outcome o
        = run({QStringLiteral("run"), playbook, QStringLiteral("--confirm-all"), QStringLiteral("--skip"),
               QStringLiteral("work=done by hand"), QStringLiteral("--session"), sessionDir(QStringLiteral("w1"))});
    QVERIFY2(o.exitCode == 1, qPrintable(o.out + o.err));
    QVERIFY2(o.err.contains(QLatin1String("warning: Work is a blocker the playbook does not let be waived")),
             qPrintable(o.err));
    QVERIFY2(o.out.contains(QLatin1String("== Decision: NO-GO: 1 blocker(s)")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("blocker  Work: skipped by tester (done by hand), but the playbook does "
                                          "not let this blocker be waived")),
             qPrintable(o.out));

    const QString dir = sessionDir(QStringLiteral("w2"));
    const QString report = m_home->filePath(QStringLiteral("waived.json"));
    o = run({QStringLiteral("run"), playbook, QStringLiteral("--confirm-all"), QStringLiteral("--skip"),
             QStringLiteral("notify=told by mail, ticket 42"), QStringLiteral("--session"), dir,
             QStringLiteral("--report"), report});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("[skip] Users told: waived by tester: told by mail, ticket 42")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("== Decision: GO with waivers: 1 blocker(s) waived")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("waiver   Users told: waived by tester at ")), qPrintable(o.out));
    const QJsonObject decision
        = QJsonDocument::fromJson(readFile(report)).object().value(QLatin1String("decision")).toObject();
    QCOMPARE(decision.value(QLatin1String("decision")).toString(), QStringLiteral("go-with-waivers"));
    const QJsonObject waiver = decision.value(QLatin1String("waivers")).toArray().first().toObject();
    QCOMPARE(waiver.value(QLatin1String("operator")).toString(), QStringLiteral("tester"));
    QCOMPARE(waiver.value(QLatin1String("reason")).toString(), QStringLiteral("told by mail, ticket 42"));
    QVERIFY(!waiver.value(QLatin1String("time")).toString().isEmpty());
    bool finished = false;
    for (const QJsonObject &record : journal(dir))
        if (record.value(QLatin1String("event")).toString() == u"session-finished")
            finished = record.value(QLatin1String("decision")).toString() == u"go-with-waivers";
    QVERIFY(finished);
}

void tst_Headless::revokedSignOffIsOpenAgain()
{
    const QString dir = sessionDir(QStringLiteral("r1"));
    Outcome o = run({QStringLiteral("run"), data(QStringLiteral("decision.json")), QStringLiteral("--confirm-all"),
                     QStringLiteral("--session"), dir});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));

    // Nothing to revoke, or no reason: refused.
    o = run({QStringLiteral("resume"), dir, QStringLiteral("--revoke"), QStringLiteral("nothing=why")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("--revoke nothing: no step or item has this id")), qPrintable(o.err));
    o = run({QStringLiteral("resume"), dir, QStringLiteral("--revoke"), QStringLiteral("work=why")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("only a sign-off or a skip can be revoked")), qPrintable(o.err));

    o = run({QStringLiteral("resume"), dir, QStringLiteral("--revoke"),
             QStringLiteral("ready=signed off for the wrong host")});
    QVERIFY2(o.exitCode == 1, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("[revoke] Ready: sign-off revoked by tester: signed off for the wrong "
                                          "host")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("[confirm] Ready: needs a sign-off")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("blocker  Ready: not confirmed (sign-off revoked by tester")),
             qPrintable(o.out));
    bool revoked = false;
    for (const QJsonObject &record : journal(dir))
        if (record.value(QLatin1String("event")).toString() == u"revoked")
            revoked = record.value(QLatin1String("reason")).toString() == u"signed off for the wrong host"
                && record.value(QLatin1String("operator")).toString() == u"tester";
    QVERIFY(revoked);
    // Signed off anew, it is done again.
    o = run({QStringLiteral("resume"), dir, QStringLiteral("--confirm-all")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
}

// A journal changed in the middle, or emptied, is not resumed: resume says which line of
// which journal, and what to do, exits 2 (as for any session it cannot use) and writes nothing.
void tst_Headless::resumeRefusesAJournalItCannotVouchFor_data()
{
    QTest::addColumn<bool>("emptied");
    QTest::newRow("a sign-off edited") << false;
    QTest::newRow("emptied") << true;
}

void tst_Headless::resumeRefusesAJournalItCannotVouchFor()
{
    QFETCH(bool, emptied);
    const QString dir = sessionDir(emptied ? QStringLiteral("j-empty") : QStringLiteral("j-edited"));
    Outcome o = run({QStringLiteral("run"), data(QStringLiteral("decision.json")), QStringLiteral("--confirm-all"),
                     QStringLiteral("--session"), dir});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    const QString path = dir + QStringLiteral("/journal.jsonl");
    QList<QByteArray> lines = readFile(path).split('\n');
    QVERIFY(lines.size() > 3 && lines.last().isEmpty());
    int line = 1;
    QString says = QStringLiteral("the journal is empty");
    if (!emptied) {
        // The unattended sign-off made to look like one given by hand: the chain breaks at the
        // line after it.
        qsizetype signOff = 0;
        while (signOff < lines.size() && !lines.at(signOff).contains("\"event\":\"confirmed\""))
            ++signOff;
        QVERIFY(signOff > 0 && signOff + 2 < lines.size());
        lines[signOff].replace("\"unattended\":true", "\"unattended\":false");
        line = int(signOff) + 2;
        says = QStringLiteral("the record before it was changed or removed: \"prev\" is not the SHA-256 of line %1 "
                              "(hash chain broken)")
                   .arg(signOff + 1);
    }
    QVERIFY(writeFile(path, emptied ? QByteArray() : lines.join('\n')));
    const QByteArray before = readFile(path);

    o = run({QStringLiteral("resume"), dir, QStringLiteral("--confirm-all")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(
        o.err.contains(
            QStringLiteral("upgrade-wizard: %1:%2: error: %3").arg(QDir::toNativeSeparators(path)).arg(line).arg(says)),
        qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("restore journal.jsonl from a backup, or start a new session; the journal "
                                          "was not changed")),
             qPrintable(o.err));
    QVERIFY2(!o.out.contains(QLatin1String("resumed")), qPrintable(o.out));
    QCOMPARE(readFile(path), before);
}

// One rule: a task that started and did not succeed runs again on resume only with --rerun.
void tst_Headless::resumeRunsAFailedTaskAgainOnlyWhenAsked()
{
    const QString dir = sessionDir(QStringLiteral("f1"));
    Outcome o = run({QStringLiteral("run"), data(QStringLiteral("decision.json")), QStringLiteral("--confirm-all"),
                     QStringLiteral("--set"), QStringLiteral("code=4"), QStringLiteral("--session"), dir});
    QVERIFY2(o.exitCode == 1, qPrintable(o.out + o.err));
    const auto starts = [&] {
        int n = 0;
        for (const QJsonObject &record : journal(dir))
            n += record.value(QLatin1String("event")).toString() == u"task-started";
        return n;
    };
    QCOMPARE(starts(), 1);
    o = run({QStringLiteral("resume"), dir});
    QVERIFY2(o.exitCode == 1, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("[task] Work: failed before")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("run it again with --rerun, or skip it with --skip 'work=REASON'")),
             qPrintable(o.out));
    QCOMPARE(starts(), 1);
    o = run({QStringLiteral("resume"), dir, QStringLiteral("--rerun")});
    QVERIFY2(o.exitCode == 1, qPrintable(o.out + o.err));
    QCOMPARE(starts(), 2);

    // A corrected parameter goes through the change of parameters, in the open: the task that
    // uses it is to be done again (and runs), the sign-offs keep their results.
    o = run({QStringLiteral("resume"), dir, QStringLiteral("--set"), QStringLiteral("code=0")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("parameters changed: code: \"4\" -> \"0\"")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("parameters changed: to be done again (1): Work")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("parameters changed: 2 step(s) keep their results")), qPrintable(o.out));
    QCOMPARE(starts(), 3);
    bool journalled = false;
    for (const QJsonObject &record : journal(dir))
        if (record.value(QLatin1String("event")).toString() == u"parameters-changed")
            journalled = record.value(QLatin1String("operator")).toString() == u"tester"
                && record.value(QLatin1String("reset")).toArray() == QJsonArray{QStringLiteral("work")};
    QVERIFY(journalled);
    QCOMPARE(QJsonDocument::fromJson(readFile(dir + QStringLiteral("/session.json")))
                 .object()
                 .value(QLatin1String("parameters"))
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("0"));
}

void tst_Headless::progressOnStdoutDiagnosticsOnStderrEverythingInTheLog()
{
    const QString report = m_home->filePath(QStringLiteral("report.html"));
    Outcome o
        = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--confirm-all"),
               QStringLiteral("--report"), report, QStringLiteral("--session"), sessionDir(QStringLiteral("o1"))});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.err.isEmpty(), qPrintable(o.err)); // no info log lines on the terminal a second time
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
    QVERIFY2(o.out.contains(QLatin1String("report: %1 (HTML)").arg(QDir::toNativeSeparators(report))),
             qPrintable(o.out));
    QVERIFY(readFile(report).startsWith("<!DOCTYPE html>"));
    const QByteArray log = readFile(m_home->filePath(QStringLiteral("upgrade-wizard/logs/upgrade-wizard.log")));
    QVERIFY2(log.contains("== Decision: GO"), log.right(2000).constData());
    QVERIFY(log.contains("[task] Run a command on local ..."));

    // A mistake goes to stderr only, and into the log.
    o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--set"),
             QStringLiteral("topology=several")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("topology")), qPrintable(o.err));
    QVERIFY2(o.out.isEmpty(), qPrintable(o.out));
    QVERIFY(readFile(m_home->filePath(QStringLiteral("upgrade-wizard/logs/upgrade-wizard.log")))
                .contains("W [")); // the error line, as a warning of the run
}

// The journal, the report and the logs hold a site's hosts and what was done there: only their
// owner reads them, even when the umask would let everyone.
void tst_Headless::sessionsReportsAndLogsArePrivateWhateverTheUmask()
{
#ifdef Q_OS_WIN
    QSKIP("Windows keeps them in the user's profile, private by its ACL; there are no mode bits to check");
#else
    const mode_t previous = ::umask(022);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    const QString dir = m_home->filePath(QStringLiteral("elsewhere/p1"));
    const QString report = m_home->filePath(QStringLiteral("report.json"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--confirm-all"),
                           QStringLiteral("--session"), dir, QStringLiteral("--report"), report});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    const auto mode = [](const QString &path) {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
    };
    const QString data = m_home->filePath(QStringLiteral("upgrade-wizard"));
    for (const QString &folder :
         {data, data + QStringLiteral("/logs"), dir, dir + QStringLiteral("/logs"), dir + QStringLiteral("/state")})
        QVERIFY2(mode(folder) == 0700, qPrintable(QStringLiteral("%1: %2").arg(folder).arg(mode(folder), 0, 8)));
    QStringList files{data + QStringLiteral("/logs/upgrade-wizard.log"), report};
    for (const char *name : {"session.json", "playbook.json", "journal.jsonl", "report.json"})
        files << dir + u'/' + QLatin1String(name);
    files << QDir(dir + QStringLiteral("/logs")).entryInfoList(QDir::Files).value(0).filePath();
    for (const QString &file : std::as_const(files))
        QVERIFY2(mode(file) == 0600, qPrintable(QStringLiteral("%1: %2").arg(file).arg(mode(file), 0, 8)));
#endif
}

void tst_Headless::validateExitsZeroOrTwo()
{
    Outcome o = run({QStringLiteral("validate"), QStringLiteral(UW_TEST_DATA_DIR "/slow.json"),
                     QStringLiteral(UW_TEST_DATA_DIR "/secrets.json")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.contains(QLatin1String("slow.json: ok")));
    o = run(
        {QStringLiteral("validate"), QStringLiteral(UW_TEST_DATA_DIR "/slow.json"), QStringLiteral("/no/such.json")});
    QCOMPARE(o.exitCode, 2);
    // Paths are shown as the platform writes them.
    QVERIFY2(o.err.contains(QDir::toNativeSeparators(QStringLiteral("/no/such.json"))
                            + QLatin1String(": error: no such file")),
             qPrintable(o.err));
}

void tst_Headless::validateWarnsAboutPlainHttpCredentials()
{
    const QString file = m_home->filePath(QStringLiteral("plain.json"));
    QFile playbook(file);
    QVERIFY(playbook.open(QIODevice::WriteOnly));
    playbook.write(R"({"schema": 1, "id": "plain", "title": "T", "product": "P", "from": ["1.*"], "to": "2.0",
"source": {"document": "D"}, "pages": [{"id": "p", "title": "P", "items": [
{"id": "a", "type": "check", "title": "A", "help": "H", "severity": "warning", "check": {"kind": "http",
"url": "http://admin:pw@gw.example/api"}}]}]})");
    playbook.close();
    const Outcome o = run({QStringLiteral("validate"), file});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(QLatin1String("ok (plain, 1 pages, 1 warning(s))")), qPrintable(o.out));
    QVERIFY2(o.err.contains(QDir::toNativeSeparators(file)
                            + QStringLiteral(":4:8: warning: pages[0].items[0].check.url: credentials would go over "
                                             "plain http://")),
             qPrintable(o.err));
}

void tst_Headless::validateGivesEveryMalformedPlaybookAPreciseErrorAndExitTwo()
{
    QDirIterator it(QStringLiteral(UW_MALFORMED_DIR), {QStringLiteral("*.json")});
    int count = 0;
    static const QRegularExpression diagnostic(QStringLiteral("^.+\\.json:\\d+:\\d+: error: .+$"),
                                               QRegularExpression::MultilineOption);
    while (it.hasNext()) {
        const QString path = it.next();
        const Outcome o = run({QStringLiteral("validate"), path});
        QVERIFY2(o.exitCode == 2, qPrintable(path + QStringLiteral(": exit ") + QString::number(o.exitCode)));
        QVERIFY2(diagnostic.match(o.err).hasMatch(), qPrintable(o.err));
        QVERIFY2(o.err.startsWith(QDir::toNativeSeparators(path) + u':'), qPrintable(o.err));
        ++count;
    }
    QVERIFY(count >= 20);
}

void tst_Headless::listsBundledPlaybooks()
{
    const Outcome o = run({QStringLiteral("playbooks")});
    QCOMPARE(o.exitCode, 0);
    // ID, title, and the file, from the build tree's staged data (as an installed program's
    // from <prefix>/share/upgrade-wizard/playbooks).
    QVERIFY2(o.out.contains(QLatin1String("sample-local\tSample: a rehearsal on this computer\t")), qPrintable(o.out));
    QVERIFY2(o.out.contains(
                 QDir::toNativeSeparators(QStringLiteral("/share/upgrade-wizard/playbooks/sample-local.json")) + u'\n'),
             qPrintable(o.out));
}

void tst_Headless::badParametersAreUsageErrors()
{
    Outcome o = run({QStringLiteral("run"), data(QStringLiteral("secrets.json"))});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("parameter admin_password: required")), qPrintable(o.err));
    o = run({QStringLiteral("run"), data(QStringLiteral("slow.json")), QStringLiteral("--set"),
             QStringLiteral("seconds=soon"), QStringLiteral("--set"), QStringLiteral("colour=blue")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("colour: the playbook has no such parameter")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("seconds: \"soon\" does not match [0-9]+")), qPrintable(o.err));
    // Nothing was started, so no session folder was made.
    QVERIFY(!QDir(m_home->filePath(QStringLiteral("upgrade-wizard/sessions"))).exists());
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
