#include "wizard/tasks/fileedittask.h"

#include "jsontext.h"
#include "taskrunning.h"
#include "testlinks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;
using uw::test::jsonObject;
using uw::test::text;

class tst_FileEditTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upgradesTheServiceScriptsMatchedByAGlob_data();
    void upgradesTheServiceScriptsMatchedByAGlob();
    void settingKeepsTheLineStyle_data();
    void settingKeepsTheLineStyle();
    void regexReplacesWithCaptures_data();
    void regexReplacesWithCaptures();
    void backupHoldsTheOriginalAndIsNeverOverwritten();
    void dryRunWritesNothingAndShowsTheDiff();
    void editThatChangesNothingIsAWarning();
    void settingRefusesWhatItCannotWriteSafely_data();
    void settingRefusesWhatItCannotWriteSafely();
    void missingKeyFailsNamingFileAndKeyAndChangesNoFile();
    void globMatchingNothingFails();
    void missingFileFails();
    void binaryFileIsRefused();
    void linkedFileIsEditedThroughTheLink();
    void bytesThatAreNotUtf8AreKept();
    void jsonEditReplacesOnlyThatValue_data();
    void jsonEditReplacesOnlyThatValue();
    void jsonEditNeverAddsAValue_data();
    void jsonEditNeverAddsAValue();
    void jsonEditOfTheSameValueIsAWarning();
    void parseRejectsMistakes_data();
    void parseRejectsMistakes();
    void parseAcceptsSubstitutedStrings();
    void diffMatchesDiffU_data();
    void diffMatchesDiffU();
};

namespace {

QJsonObject editSpec(const QStringList &files, const QJsonArray &edits, bool dryRun = false)
{
    return {{QStringLiteral("kind"), QStringLiteral("file-edit")},
            {QStringLiteral("files"), QJsonArray::fromStringList(files)},
            {QStringLiteral("edits"), edits},
            {QStringLiteral("dry_run"), dryRun}};
}

QJsonObject setting(const QString &key, const QString &value)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}};
}

QJsonObject jsonEdit(const QString &path, const QJsonValue &value)
{
    return {{QStringLiteral("json"), path}, {QStringLiteral("value"), value}};
}

QJsonObject replacement(const QString &regex, const QString &replace)
{
    return {{QStringLiteral("regex"), regex}, {QStringLiteral("replace"), replace}};
}

bool writeWithPermissions(const QString &path, const QByteArray &content,
               QFileDevice::Permissions permissions
               = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.setPermissions(permissions);
}

// The file's bytes, or "<missing>", so that a failed comparison says why.
QByteArray readOrMissing(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

#ifdef Q_OS_UNIX
// The owner, group and other bits: the "user" bits Qt adds describe the caller, not the file.
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}
#endif

const QFileDevice::Permissions kExecutable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;

struct Ran
{
    TaskOutcome outcome;
    QList<std::pair<LineLevel, QString>> lines;

    QStringList at(LineLevel level) const
    {
        QStringList found;
        for (const auto &[lineLevel, line] : lines)
            if (lineLevel == level)
                found << line;
        return found;
    }
    QString show() const
    {
        QStringList shown{QStringLiteral("outcome %1: %2").arg(outcome.kindName(), outcome.message.english())};
        for (const auto &[level, line] : lines)
            shown << lineLevelName(level) + QStringLiteral(": ") + line;
        return shown.join(u'\n');
    }
};

Ran runToEnd(const QJsonObject &json, const QString &backupDir)
{
    Ran ran;
    auto parsed = FileEditTask::parse(json);
    if (!parsed) {
        ran.outcome
            = {TaskOutcome::Kind::Failed, -1, Text::verbatim(QStringLiteral("test: the spec does not parse: ") + parsed.error())};
        return ran;
    }
    FileEditTask task(*parsed, backupDir);
    QObject::connect(&task, &TaskRunner::line, &task, [&](LineLevel level, const QString &line) {
        ran.lines.append({level, line});
    });
    const auto outcome = test::startAndWait(task, 20000);
    if (!outcome) {
        ran.outcome = {TaskOutcome::Kind::Failed, -1, Text::verbatim(QStringLiteral("test: no finished signal within 20 s"))};
        return ran;
    }
    ran.outcome = *outcome;
    // UW_SHOW_RESULTS=1 prints every run: handy when reviewing what users will read.
    if (qEnvironmentVariableIsSet("UW_SHOW_RESULTS"))
        qInfo().noquote() << ran.show();
    return ran;
}

QByteArray vshellScript(int instance)
{
    return text(R"(#!/bin/sh
# chkconfig: 2345 95 05
# description: Axway API Gateway instance %1
# VDISTDIR="/opt/Axway-7.2.2/apigateway" is where 7.2.2 lives
VDISTDIR="/opt/Axway-7.2.2/apigateway"
VINSTDIR="/opt/Axway-7.2.2/apigateway/groups/group-2/instance-%1"
VSHELL="$VDISTDIR/posix/bin/vshell"
case "$1" in
start)
    "$VDISTDIR/posix/bin/startinstance" -d -g "Group2" -n "Server%1"
    ;;
esac
)")
        .arg(instance)
        .toUtf8();
}

} // namespace

#define VERIFY_OUTCOME(ran, expected)                                                                                  \
    QVERIFY2((ran).outcome.kind == TaskOutcome::Kind::expected, qPrintable((ran).show()))

void tst_FileEditTask::upgradesTheServiceScriptsMatchedByAGlob_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("wildcard") << QStringLiteral("vshell-*");
    QTest::newRow("braces") << QStringLiteral("vshell-{gw1,gw2}");
}

void tst_FileEditTask::upgradesTheServiceScriptsMatchedByAGlob()
{
    QFETCH(QString, pattern);
    QTemporaryDir root;
    const QString initd = root.filePath(QStringLiteral("etc/init.d"));
    QVERIFY(QDir().mkpath(initd));
    const QString gw1 = initd + QStringLiteral("/vshell-gw1");
    const QString gw2 = initd + QStringLiteral("/vshell-gw2");
    const QString other = initd + QStringLiteral("/ssh");
    QVERIFY(writeWithPermissions(gw1, vshellScript(1), kExecutable));
    QVERIFY(writeWithPermissions(gw2, vshellScript(2), kExecutable));
    QVERIFY(writeWithPermissions(other, vshellScript(3), kExecutable));

    const Ran ran
        = runToEnd(editSpec({initd + u'/' + pattern},
                            {setting(QStringLiteral("VDISTDIR"), QStringLiteral("/opt/Axway-7.7/apigateway")),
                             replacement(QStringLiteral("^(VINSTDIR=\")/opt/Axway-7\\.2\\.2/apigateway(/groups/)"),
                                         QStringLiteral("\\1/opt/Axway-7.7/apigateway\\2"))}),
                   root.filePath(QStringLiteral("session/backups/upgrade-services")));
    VERIFY_OUTCOME(ran, Success);

    for (int instance : {1, 2}) {
        QByteArray expected = vshellScript(instance);
        expected.replace("VDISTDIR=\"/opt/Axway-7.2.2/apigateway\"\n", "VDISTDIR=\"/opt/Axway-7.7/apigateway\"\n");
        expected.replace("VINSTDIR=\"/opt/Axway-7.2.2/", "VINSTDIR=\"/opt/Axway-7.7/");
        const QString path = instance == 1 ? gw1 : gw2;
        QCOMPARE(readOrMissing(path), expected);
#ifdef Q_OS_UNIX // Windows keeps no mode bits
        QCOMPARE(modeOf(path), kExecutable);
#endif
        QVERIFY(!QFileInfo(path).isSymLink());
    }
    QCOMPARE(readOrMissing(other), vshellScript(3));
    // The real run shows its diff too, per file.
    const QStringList info = ran.at(LineLevel::Info);
    QVERIFY2(info.contains(QStringLiteral("--- ") + gw1), qPrintable(ran.show()));
    QVERIFY2(info.contains(QStringLiteral("+VDISTDIR=\"/opt/Axway-7.7/apigateway\"")), qPrintable(ran.show()));
    QVERIFY2(info.contains(QStringLiteral("-VINSTDIR=\"/opt/Axway-7.2.2/apigateway/groups/group-2/instance-2\"")),
             qPrintable(ran.show()));
    QVERIFY2(ran.outcome.message.english().contains(QStringLiteral("edited 2 file(s)")), qPrintable(ran.outcome.message.english()));
}

void tst_FileEditTask::settingKeepsTheLineStyle_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<bool>("quote");
    QTest::addColumn<QString>("after");

    QTest::newRow("double quotes") << QStringLiteral("DIR=\"/old\"\n") << false << QStringLiteral("DIR=\"/new\"\n");
    QTest::newRow("single quotes") << QStringLiteral("DIR='/old'\n") << false << QStringLiteral("DIR='/new'\n");
    QTest::newRow("unquoted") << QStringLiteral("DIR=/old\n") << false << QStringLiteral("DIR=/new\n");
    QTest::newRow("quote forces quotes") << QStringLiteral("DIR=/old\n") << true << QStringLiteral("DIR=\"/new\"\n");
    QTest::newRow("quote keeps single quotes")
        << QStringLiteral("DIR='/old'\n") << true << QStringLiteral("DIR='/new'\n");
    QTest::newRow("export") << QStringLiteral("  export DIR=\"/old\"\n") << false
                            << QStringLiteral("  export DIR=\"/new\"\n");
    QTest::newRow("spaces around =") << QStringLiteral("DIR = /old\n") << false << QStringLiteral("DIR = /new\n");
    QTest::newRow("comment after unquoted")
        << QStringLiteral("DIR=/old   # the install\n") << false << QStringLiteral("DIR=/new   # the install\n");
    QTest::newRow("text after quotes") << QStringLiteral("DIR=\"/old\"; export DIR\n") << false
                                       << QStringLiteral("DIR=\"/new\"; export DIR\n");
    QTest::newRow("escaped quote inside")
        << QStringLiteral("DIR=\"/o\\\"ld\" # x\n") << false << QStringLiteral("DIR=\"/new\" # x\n");
    QTest::newRow("CRLF") << QStringLiteral("A=1\r\nDIR=\"/old\"\r\nB=2\r\n") << false
                          << QStringLiteral("A=1\r\nDIR=\"/new\"\r\nB=2\r\n");
    QTest::newRow("no final newline") << QStringLiteral("DIR=/old") << false << QStringLiteral("DIR=/new");
    QTest::newRow("every assignment, comments untouched")
        << QStringLiteral("#DIR=/old\nif x; then\n  DIR=/old\nelse\n  DIR=/older\nfi\nOTHERDIR=/old\n") << false
        << QStringLiteral("#DIR=/old\nif x; then\n  DIR=/new\nelse\n  DIR=/new\nfi\nOTHERDIR=/old\n");
    QTest::newRow("properties value with spaces")
        << QStringLiteral("DIR=C:/Program Files/old\n") << false << QStringLiteral("DIR=/new\n");
}

void tst_FileEditTask::settingKeepsTheLineStyle()
{
    QFETCH(QString, before);
    QFETCH(bool, quote);
    QFETCH(QString, after);
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("env.sh"));
    QVERIFY(writeWithPermissions(path, before.toUtf8()));
    QJsonObject edit = setting(QStringLiteral("DIR"), QStringLiteral("/new"));
    if (quote)
        edit.insert(QStringLiteral("quote"), true);
    const Ran ran = runToEnd(editSpec({path}, {edit}), root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Success);
    QCOMPARE(QString::fromUtf8(readOrMissing(path)), after);
}

void tst_FileEditTask::regexReplacesWithCaptures_data()
{
    QTest::addColumn<QString>("regex");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QString>("after");

    const QString before = QStringLiteral("port=8080\nhost=gw1.example.com\nport=8443\n");
    QTest::newRow("one capture, every line") << QStringLiteral("^port=(\\d+)$") << QStringLiteral("port=1\\1")
                                             << QStringLiteral("port=18080\nhost=gw1.example.com\nport=18443\n");
    QTest::newRow("two captures swapped") << QStringLiteral("^(host)=(\\w+)") << QStringLiteral("\\2=\\1")
                                          << QStringLiteral("port=8080\ngw1=host.example.com\nport=8443\n");
    QTest::newRow("whole match") << QStringLiteral("gw1\\.example\\.com") << QStringLiteral("[\\0]")
                                 << QStringLiteral("port=8080\nhost=[gw1.example.com]\nport=8443\n");
    QTest::newRow("escaped backslash") << QStringLiteral("^host=") << QStringLiteral("host=\\\\\\\\")
                                       << QStringLiteral("port=8080\nhost=\\\\gw1.example.com\nport=8443\n");
    QTest::newRow("\\10 with one group is \\1 then 0")
        << QStringLiteral("^port=(8)") << QStringLiteral("port=\\10")
        << QStringLiteral("port=80080\nhost=gw1.example.com\nport=80443\n");
    QTest::newRow("across lines") << QStringLiteral("8080\\nhost") << QStringLiteral("9090\nhost")
                                  << QStringLiteral("port=9090\nhost=gw1.example.com\nport=8443\n");
    QTest::newRow("named group by number") << QStringLiteral("^host=(?<name>[^.]+)") << QStringLiteral("host=\\1-new")
                                           << QStringLiteral("port=8080\nhost=gw1-new.example.com\nport=8443\n");
}

void tst_FileEditTask::regexReplacesWithCaptures()
{
    QFETCH(QString, regex);
    QFETCH(QString, replace);
    QFETCH(QString, after);
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("gateway.properties"));
    QVERIFY(writeWithPermissions(path, "port=8080\nhost=gw1.example.com\nport=8443\n"));
    const Ran ran = runToEnd(editSpec({path}, {replacement(regex, replace)}), root.filePath(QStringLiteral("b")));
    VERIFY_OUTCOME(ran, Success);
    QCOMPARE(QString::fromUtf8(readOrMissing(path)), after);
}

void tst_FileEditTask::backupHoldsTheOriginalAndIsNeverOverwritten()
{
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("conf/jvm.xml"));
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("conf"))));
    const QByteArray original = "<Xmx>1024</Xmx>\n";
    const auto groupWritable
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup;
    QVERIFY(writeWithPermissions(path, original, groupWritable));
    const QString backups = root.filePath(QStringLiteral("session/backups/tune"));

    Ran ran = runToEnd(editSpec({path}, {replacement(QStringLiteral("1024"), QStringLiteral("2048"))}), backups);
    VERIFY_OUTCOME(ran, Success);
    const QString backup = test::backupPathOf(backups, QFileInfo(path).canonicalFilePath());
    QCOMPARE(readOrMissing(backup), original);
#ifdef Q_OS_UNIX // Windows keeps no mode bits
    QCOMPARE(modeOf(backup), groupWritable);
    QCOMPARE(modeOf(path), groupWritable);
#endif
    QCOMPARE(readOrMissing(path), QByteArray("<Xmx>2048</Xmx>\n"));
    QVERIFY2(ran.at(LineLevel::Info).contains(QStringLiteral("backed up %1 to %2").arg(path, backup)),
             qPrintable(ran.show()));

    // Run again: the first backup still holds the true original; the second goes beside it.
    ran = runToEnd(editSpec({path}, {replacement(QStringLiteral("2048"), QStringLiteral("4096"))}), backups);
    VERIFY_OUTCOME(ran, Success);
    QCOMPARE(readOrMissing(backup), original);
    QCOMPARE(readOrMissing(backup + QStringLiteral(".1")), QByteArray("<Xmx>2048</Xmx>\n"));
    QCOMPARE(readOrMissing(path), QByteArray("<Xmx>4096</Xmx>\n"));
}

void tst_FileEditTask::dryRunWritesNothingAndShowsTheDiff()
{
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("vshell-gw1"));
    QVERIFY(writeWithPermissions(path, vshellScript(1), kExecutable));
    const QString backups = root.filePath(QStringLiteral("backups"));
    const Ran ran = runToEnd(
        editSpec({path}, {setting(QStringLiteral("VDISTDIR"), QStringLiteral("/opt/Axway-7.7/apigateway"))}, true),
        backups);
    VERIFY_OUTCOME(ran, Success);
    QCOMPARE(readOrMissing(path), vshellScript(1));
    QVERIFY(!QFileInfo::exists(backups));
    QVERIFY2(ran.outcome.message.english().contains(QStringLiteral("nothing was written")), qPrintable(ran.outcome.message.english()));

    const QStringList expected{
        QStringLiteral("--- ") + path,
        QStringLiteral("+++ ") + path,
        QStringLiteral("@@ -2,7 +2,7 @@"),
        QStringLiteral(" # chkconfig: 2345 95 05"),
        QStringLiteral(" # description: Axway API Gateway instance 1"),
        QStringLiteral(" # VDISTDIR=\"/opt/Axway-7.2.2/apigateway\" is where 7.2.2 lives"),
        QStringLiteral("-VDISTDIR=\"/opt/Axway-7.2.2/apigateway\""),
        QStringLiteral("+VDISTDIR=\"/opt/Axway-7.7/apigateway\""),
        QStringLiteral(" VINSTDIR=\"/opt/Axway-7.2.2/apigateway/groups/group-2/instance-1\""),
        QStringLiteral(" VSHELL=\"$VDISTDIR/posix/bin/vshell\""),
        QStringLiteral(" case \"$1\" in"),
    };
    const QStringList info = ran.at(LineLevel::Info);
    const qsizetype start = info.indexOf(expected.front());
    QVERIFY2(start >= 0, qPrintable(ran.show()));
    QCOMPARE(info.mid(start, expected.size()), expected);
}

void tst_FileEditTask::editThatChangesNothingIsAWarning()
{
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("env.sh"));
    QVERIFY(writeWithPermissions(path, "DIR=\"/new\"\nPORT=8080\n"));
    const Ran ran = runToEnd(editSpec({path},
                                      {setting(QStringLiteral("DIR"), QStringLiteral("/new")),
                                       replacement(QStringLiteral("^MISSING=.*$"), QStringLiteral("MISSING=1")),
                                       replacement(QStringLiteral("8080"), QStringLiteral("8080"))}),
                             root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Success);
    QCOMPARE(readOrMissing(path), QByteArray("DIR=\"/new\"\nPORT=8080\n"));
    QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("backups"))));
    const QString warnings = ran.at(LineLevel::Warning).join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("DIR is already /new")), qPrintable(ran.show()));
    QVERIFY2(warnings.contains(QStringLiteral("/^MISSING=.*$/ matches nothing")), qPrintable(ran.show()));
    QVERIFY2(warnings.contains(QStringLiteral("the replacement is the text already there")), qPrintable(ran.show()));
    QVERIFY2(warnings.contains(path + QStringLiteral(": the edits change nothing")), qPrintable(ran.show()));
    QVERIFY(ran.at(LineLevel::Error).isEmpty());
}

void tst_FileEditTask::settingRefusesWhatItCannotWriteSafely_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("quote left open") << QStringLiteral("A=1\nDIR=\"/old\n/older\"\n") << QStringLiteral("/new")
                                     << QStringLiteral(", line 2: the value of DIR opens a quote that does not close");
    QTest::newRow("quote in the new value")
        << QStringLiteral("DIR='/old'\n") << QStringLiteral("/it's")
        << QStringLiteral(", line 1: the new value of DIR contains ', which would end the quoted value");
}

void tst_FileEditTask::settingRefusesWhatItCannotWriteSafely()
{
    QFETCH(QString, before);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("env.sh"));
    QVERIFY(writeWithPermissions(path, before.toUtf8()));
    const Ran ran
        = runToEnd(editSpec({path}, {setting(QStringLiteral("DIR"), value)}), root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Failed);
    QVERIFY2(ran.outcome.message.english().startsWith(path + error), qPrintable(ran.show()));
    QCOMPARE(QString::fromUtf8(readOrMissing(path)), before);
}

void tst_FileEditTask::missingKeyFailsNamingFileAndKeyAndChangesNoFile()
{
    QTemporaryDir root;
    const QString good = root.filePath(QStringLiteral("vshell-a"));
    const QString bad = root.filePath(QStringLiteral("vshell-b"));
    QVERIFY(writeWithPermissions(good, "VDISTDIR=/old\n"));
    QVERIFY(writeWithPermissions(bad, "# VDISTDIR=/old\nOTHER=1\n"));
    const Ran ran = runToEnd(editSpec({root.filePath(QStringLiteral("vshell-*"))},
                                      {setting(QStringLiteral("VDISTDIR"), QStringLiteral("/new"))}),
                             root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Failed);
    QVERIFY2(ran.outcome.message.english().contains(QStringLiteral("VDISTDIR is not set in ") + bad), qPrintable(ran.show()));
    QVERIFY2(ran.outcome.message.english().contains(QStringLiteral("no file was changed")), qPrintable(ran.show()));
    QCOMPARE(ran.at(LineLevel::Error).size(), 1);
    // Never appended, and the file that had the key is left alone too: the edits go together.
    QCOMPARE(readOrMissing(bad), QByteArray("# VDISTDIR=/old\nOTHER=1\n"));
    QCOMPARE(readOrMissing(good), QByteArray("VDISTDIR=/old\n"));
    QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("backups"))));
}

void tst_FileEditTask::globMatchingNothingFails()
{
    QTemporaryDir root;
    QVERIFY(writeWithPermissions(root.filePath(QStringLiteral(".vshell-hidden")), "A=1\n"));
    const QString pattern = root.filePath(QStringLiteral("vshell-*"));
    const Ran ran = runToEnd(editSpec({pattern}, {setting(QStringLiteral("A"), QStringLiteral("2"))}),
                             root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Failed);
    QVERIFY2(ran.outcome.message.english().startsWith(QStringLiteral("no file matches ") + pattern), qPrintable(ran.show()));
    QCOMPARE(readOrMissing(root.filePath(QStringLiteral(".vshell-hidden"))), QByteArray("A=1\n"));
}

void tst_FileEditTask::missingFileFails()
{
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("nowhere.conf"));
    const Ran ran = runToEnd(editSpec({path}, {setting(QStringLiteral("A"), QStringLiteral("2"))}),
                             root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Failed);
    QVERIFY2(ran.outcome.message.english().startsWith(path + QStringLiteral(" does not exist")), qPrintable(ran.show()));
}

void tst_FileEditTask::binaryFileIsRefused()
{
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("vshell"));
    QByteArray binary("\x7f"
                      "ELF");
    binary += '\0';
    binary += " VDISTDIR=/old\n";
    QVERIFY(writeWithPermissions(path, binary));
    const Ran ran = runToEnd(editSpec({path}, {setting(QStringLiteral("VDISTDIR"), QStringLiteral("/new"))}),
                             root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Failed);
    QVERIFY2(ran.outcome.message.english().contains(path + QStringLiteral(" looks binary")), qPrintable(ran.show()));
    QCOMPARE(readOrMissing(path), binary);
}

void tst_FileEditTask::linkedFileIsEditedThroughTheLink()
{
    QTemporaryDir root;
    const QString real = root.filePath(QStringLiteral("real.conf"));
    const QString link = root.filePath(QStringLiteral("link.conf"));
    QVERIFY(writeWithPermissions(real, "A=1\n"));
    if (!test::symlinksWork())
        QSKIP(test::kNoSymlinks);
    QVERIFY(test::makeSymlink(QStringLiteral("real.conf"), link));
    const Ran ran = runToEnd(editSpec({link}, {setting(QStringLiteral("A"), QStringLiteral("2"))}),
                             root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Success);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readOrMissing(real), QByteArray("A=2\n"));
}

void tst_FileEditTask::bytesThatAreNotUtf8AreKept()
{
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("latin1.properties"));
    QVERIFY(writeWithPermissions(path, "# caf\xe9\nA=1\n# na\xefve\n"));
    const Ran ran = runToEnd(editSpec({path}, {setting(QStringLiteral("A"), QStringLiteral("2"))}),
                             root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Success);
    QCOMPARE(readOrMissing(path), QByteArray("# caf\xe9\nA=2\n# na\xefve\n"));
}

// The vendor's parameters file, as it comes: every byte but the edited value's must stay.
const char kParameters[]
    = "{\r\n"
      "\t\"SiteName\": \"Default Web Site\",\r\n"
      "\t\"ApplicationServerFqdns\": [ ],\r\n"
      "\t\"LoadBalancerFqdn\": \"\",  \"Port\": 9080,\r\n"
      "\t\"Nested\": {\"Servers\": [{\"Name\": \"old\"}, {\"Name\": \"caf\xc3\xa9 \\\"x\\\"\"}]},\r\n"
      "\t\"Last\": true\r\n"
      "}\r\n";

void tst_FileEditTask::jsonEditReplacesOnlyThatValue_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("replaced"); // the old value's text
    QTest::addColumn<QByteArray>("by"); // the new value's text

    const QByteArray parameters(kParameters);
    QTest::newRow("empty list to a list")
        << parameters << QStringLiteral("ApplicationServerFqdns")
        << QJsonValue(QJsonArray{QStringLiteral("app1.example"), QStringLiteral("app2.example")}) << QByteArray("[ ]")
        << QByteArray("[\"app1.example\", \"app2.example\"]");
    QTest::newRow("string, with another member on its line")
        << parameters << QStringLiteral("LoadBalancerFqdn") << QJsonValue(QStringLiteral("lb.example"))
        << QByteArray("\"LoadBalancerFqdn\": \"\"") << QByteArray("\"LoadBalancerFqdn\": \"lb.example\"");
    QTest::newRow("number") << parameters << QStringLiteral("Port") << QJsonValue(19080) << QByteArray("9080")
                            << QByteArray("19080");
    QTest::newRow("last member, before the closing brace")
        << parameters << QStringLiteral("Last") << QJsonValue(false) << QByteArray("true") << QByteArray("false");
    QTest::newRow("nested, after non-ASCII and escapes")
        << parameters << QStringLiteral("Nested.Servers[1]")
        << QJsonValue(QJsonObject{{QStringLiteral("Name"), QStringLiteral("new \"y\"")}})
        << QByteArray("{\"Name\": \"caf\xc3\xa9 \\\"x\\\"\"}") << QByteArray("{\"Name\": \"new \\\"y\\\"\"}");
    QTest::newRow("string with an escape, in a file with a byte order mark")
        << QByteArray("\xef\xbb\xbf{\"a\": \"x\\\"y\", \"b\": 1}") << QStringLiteral("a")
        << QJsonValue(QStringLiteral("z")) << QByteArray("\"x\\\"y\"") << QByteArray("\"z\"");
    QTest::newRow("whole document is an array")
        << QByteArray("[1, [2, 3], 4]\n") << QStringLiteral("[1][0]") << QJsonValue(QJsonValue::Null) << QByteArray("2")
        << QByteArray("null");
}

void tst_FileEditTask::jsonEditReplacesOnlyThatValue()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, replaced);
    QFETCH(QByteArray, by);
    QTemporaryDir root;
    const QString file = root.filePath(QStringLiteral("Parameters.json"));
    QVERIFY(writeWithPermissions(file, before));
    const Ran ran = runToEnd(editSpec({file}, {jsonEdit(path, value)}), root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Success);
    QByteArray expected = before;
    const qsizetype at = before.indexOf(replaced);
    QVERIFY(at >= 0);
    expected.replace(at, replaced.size(), by);
    QCOMPARE(readOrMissing(file), expected);
    // The previous file is kept, byte for byte.
    QCOMPARE(readOrMissing(test::backupPathOf(root.filePath(QStringLiteral("backups")), file)), before);
    QVERIFY2(!ran.at(LineLevel::Info).filter(QStringLiteral(": %1 set on line ").arg(path)).isEmpty(),
             qPrintable(ran.show()));
}

void tst_FileEditTask::jsonEditNeverAddsAValue_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing key") << QByteArray(kParameters) << QStringLiteral("LoadBalancer")
                                 << QStringLiteral("has no value at LoadBalancer: a JSON edit replaces a value that is "
                                                   "there and never adds one");
    QTest::newRow("index past the end") << QByteArray(kParameters) << QStringLiteral("Nested.Servers[2].Name")
                                        << QStringLiteral("has no value at Nested.Servers[2].Name");
    QTest::newRow("key of a list") << QByteArray(kParameters) << QStringLiteral("ApplicationServerFqdns.Name")
                                   << QStringLiteral("has no value at ApplicationServerFqdns.Name");
    QTest::newRow("not JSON") << QByteArray("SiteName=x\n") << QStringLiteral("SiteName")
                              << QStringLiteral("is not valid JSON (1:1: ");
    QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}\n") << QStringLiteral("a")
                                    << QStringLiteral("is not valid JSON (1:");
}

void tst_FileEditTask::jsonEditNeverAddsAValue()
{
    QFETCH(QByteArray, before);
    QFETCH(QString, path);
    QFETCH(QString, error);
    QTemporaryDir root;
    const QString file = root.filePath(QStringLiteral("Parameters.json"));
    QVERIFY(writeWithPermissions(file, before));
    const Ran ran = runToEnd(editSpec({file},
                                      {jsonEdit(QStringLiteral("SiteName"), QStringLiteral("x")),
                                       jsonEdit(path, QStringLiteral("lb.example"))}),
                             root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Failed);
    QVERIFY2(ran.outcome.message.english().startsWith(file), qPrintable(ran.show()));
    QVERIFY2(ran.outcome.message.english().contains(error), qPrintable(ran.show()));
    QVERIFY2(ran.outcome.message.english().contains(QStringLiteral("no file was changed")), qPrintable(ran.show()));
    QCOMPARE(readOrMissing(file), before);
    QVERIFY(!QFileInfo::exists(root.filePath(QStringLiteral("backups"))));
}

void tst_FileEditTask::jsonEditOfTheSameValueIsAWarning()
{
    QTemporaryDir root;
    const QString file = root.filePath(QStringLiteral("Parameters.json"));
    QVERIFY(writeWithPermissions(file, kParameters));
    const Ran ran = runToEnd(editSpec({file}, {jsonEdit(QStringLiteral("Port"), 9080)}),
                             root.filePath(QStringLiteral("backups")));
    VERIFY_OUTCOME(ran, Success);
    QVERIFY2(!ran.at(LineLevel::Warning).filter(QStringLiteral("Port already has that value (line 4)")).isEmpty(),
             qPrintable(ran.show()));
    QCOMPARE(readOrMissing(file), QByteArray(kParameters));
}

void tst_FileEditTask::parseRejectsMistakes_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("no files") << text(R"({"files": [], "edits": [{"key": "A", "value": "1"}]})")
                              << QStringLiteral("files: expected at least one path or pattern");
    QTest::newRow("no edits") << text(R"({"files": ["/a"], "edits": []})")
                              << QStringLiteral("edits: expected at least one edit");
    QTest::newRow("invalid regex") << text(R"({"files": ["/a"], "edits": [{"regex": "(", "replace": ""}]})")
                                   << QStringLiteral("edits[0].regex: invalid regular expression");
    // Built, not written out: clang-format 14 breaks a raw string that holds \\2".
    QTest::newRow("group not in regex") << QString::fromUtf8(
        QJsonDocument(editSpec({QStringLiteral("/a")}, {replacement(QStringLiteral("(a)"), QStringLiteral("\\2"))}))
            .toJson()) << QStringLiteral("edits[0].replace: \\2 refers to a group the regex does not have (it has 1)");
    QTest::newRow("json path with [*]")
        << text(R"({"files": ["/a"], "edits": [{"json": "Servers[*].Name", "value": "x"}]})")
        << QStringLiteral("edits[0].json: a JSON edit names one value by keys and indexes");
    // A filter would pick whichever element matches, or element 0 when none does.
    QTest::newRow("json path with a filter")
        << text(R"({"files": ["/a"], "edits": [{"json": "Servers[?Name==B].Port", "value": 1}]})")
        << QStringLiteral("edits[0].json: a JSON edit names one value by keys and indexes; [*] and [?...] filters "
                          "are not allowed");
    QTest::newRow("json path malformed") << text(R"({"files": ["/a"], "edits": [{"json": "a..b", "value": "x"}]})")
                                         << QStringLiteral("edits[0].json: \"a..b\" is not a JSON path");
    QTest::newRow("json without value") << text(R"({"files": ["/a"], "edits": [{"json": "a"}]})")
                                        << QStringLiteral("edits[0].value: missing");
    QTest::newRow("key with space") << text(R"({"files": ["/a"], "edits": [{"key": "A B", "value": "1"}]})")
                                    << QStringLiteral("edits[0].key: expected a name without spaces");
    QTest::newRow("value over lines") << text(R"({"files": ["/a"], "edits": [{"key": "A", "value": "1\n2"}]})")
                                      << QStringLiteral("edits[0].value: a value cannot span lines");
    QTest::newRow("quote not boolean") << text(
        R"({"files": ["/a"], "edits": [{"key": "A", "value": "1", "quote": "yes"}]})")
                                       << QStringLiteral("edits[0].quote: expected true or false");
    QTest::newRow("dry_run not boolean") << text(
        R"({"files": ["/a"], "edits": [{"key": "A", "value": "1"}], "dry_run": 1})")
                                         << QStringLiteral("dry_run: expected true or false");
}

void tst_FileEditTask::parseRejectsMistakes()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    const auto parsed = FileEditTask::parse(jsonObject(json));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().startsWith(error), qPrintable(parsed.error()));
}

void tst_FileEditTask::parseAcceptsSubstitutedStrings()
{
    const auto parsed = FileEditTask::parse(jsonObject(text(
        R"({"files": ["/a"], "edits": [{"key": "A", "value": "1", "quote": "true"}], "dry_run": "true", "timeout_ms": "5000"})")));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QVERIFY(parsed->dryRun);
    QVERIFY(parsed->edits.front().quote);
    QCOMPARE(parsed->timeoutMs, 5000);
}

void tst_FileEditTask::diffMatchesDiffU_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QString numbers;
    for (int i = 1; i <= 30; ++i)
        numbers += QStringLiteral("line %1\n").arg(i);
    QString apart = numbers;
    apart.replace(QStringLiteral("line 3\n"), QStringLiteral("line three\n"));
    apart.replace(QStringLiteral("line 25\n"), QStringLiteral("line twenty-five\n"));
    QString close = numbers;
    close.replace(QStringLiteral("line 10\n"), QStringLiteral("line ten\n"));
    close.replace(QStringLiteral("line 15\n"), QStringLiteral("line fifteen\n"));
    QString inserted = numbers;
    inserted.replace(QStringLiteral("line 1\n"), QStringLiteral("line 0\nline 1\n"));
    QString removed = numbers;
    removed.remove(QStringLiteral("line 30\n"));

    QTest::newRow("two hunks") << numbers << apart;
    QTest::newRow("one hunk for close changes") << numbers << close;
    QTest::newRow("insert at the start") << numbers << inserted;
    QTest::newRow("remove at the end") << numbers << removed;
    QTest::newRow("newline added at the end") << QStringLiteral("a\nb") << QStringLiteral("a\nb\n");
    QTest::newRow("last line changed without newline") << QStringLiteral("a\nb") << QStringLiteral("a\nc");
    QTest::newRow("from empty") << QString() << QStringLiteral("a\n");
}

void tst_FileEditTask::diffMatchesDiffU()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QString diff = QStandardPaths::findExecutable(QStringLiteral("diff"));
    if (diff.isEmpty())
        QSKIP("no diff program here to compare with");
    QTemporaryDir root;
    const QString a = root.filePath(QStringLiteral("a"));
    const QString b = root.filePath(QStringLiteral("b"));
    QVERIFY(writeWithPermissions(a, before.toUtf8()));
    QVERIFY(writeWithPermissions(b, after.toUtf8()));
    QProcess process;
    process.start(diff, {QStringLiteral("-u"), a, b});
    QVERIFY(process.waitForFinished());
    QStringList expected = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    expected.removeLast(); // after the final newline
    const QStringList ours = unifiedDiff(before, after, QStringLiteral("x"));
    // The headers differ on purpose (names and times); the hunks must not.
    QCOMPARE(ours.mid(2), expected.mid(2));
    QVERIFY(unifiedDiff(before, before, QStringLiteral("x")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_FileEditTask)
#include "tst_fileedittask.moc"
