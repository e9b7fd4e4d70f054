// The training tour against the simulator, end to end with the real program: GO without
// faults, NO-GO with each fault for the reason an administrator would see in real life, and
// a stopped republish resumed once the fault is gone.

#include "appprocess.h"
#include "filetimes.h"
#include "testfiles.h"
#include "wine.h"

#include <QDir>

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_Training : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void tourRunsToGoWithoutFaults();
    void eachFaultMeansNoGoWithItsRealMessage_data();
    void eachFaultMeansNoGoWithItsRealMessage();
    void resumesOnceTheFaultIsGone();
    void playbookWithOtherRolesKeepsItsOwnNodes();
    void onlyAPlaybookWrittenForTrainingRunsInTrainingMode();
    void aRunThatDoesNotStartLeavesNoSandbox();
    void sandboxesNoSessionUsesAreRemoved();

private:
    using Outcome = uw::test::AppOutcome;
    Outcome run(const QStringList &arguments);
    std::unique_ptr<uw::test::AppHome> m_home;
};

void tst_Training::init()
{
    // UW_SIM_SPEED=0: the simulated tools, without their pacing.
    m_home = std::make_unique<uw::test::AppHome>(
        QStringLiteral(UW_APP_PATH), QHash<QString, QString>{{QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0")}},
        180000);
    QVERIFY(m_home->isValid());
}

tst_Training::Outcome tst_Training::run(const QStringList &arguments)
{
    return m_home->run(arguments);
}

void tst_Training::playbookWithOtherRolesKeepsItsOwnNodes()
{
    // sample-local's nodes are primary and secondary, the sandbox's Axway's roles: training
    // mode must not hand it nodes it refuses ("nodes[0].role: expected one of ...").
    const QString session = m_home->filePath(QStringLiteral("sample"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--training"),
                           QStringLiteral("--confirm-all"), QStringLiteral("--session"), session});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(3000) + o.err));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
    // Its own node ran the step, and none of the sandbox's did.
    QVERIFY2(o.out.contains(QLatin1String(" on local: passed")), qPrintable(o.out.right(3000)));
    QVERIFY2(!o.out.contains(QLatin1String("NodeA")), qPrintable(o.out.right(3000)));
}

void tst_Training::tourRunsToGoWithoutFaults()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString session = m_home->filePath(QStringLiteral("tour"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("training-tour"), QStringLiteral("--training"),
                           QStringLiteral("--confirm-all"), QStringLiteral("--session"), session});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(3000) + o.err));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
    // Every kind of task ran for real.
    for (const char *evidence :
         {"sysupgrade completed", "backed up ", "extracted ", "edited 1 file(s)", "copied 1 file(s)",
          "collected 50 item(s)", "keeping the newest, TypeVersion 32.2.4.24340", "result.productVersion is \"7.7\""})
        QVERIFY2(o.out.contains(QLatin1String(evidence)), evidence);
    // The training password went to kpsadmin on its command line, and nowhere on disk.
    QDirIterator it(session, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".tar.gz")) || path.endsWith(QLatin1String(".zip")))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("changeme"), qPrintable(path));
        ++files;
    }
    QVERIFY(files > 10);
}

void tst_Training::eachFaultMeansNoGoWithItsRealMessage_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("export, inconsistent group")
        << QStringLiteral("sysupgrade.export=inconsistent-group")
        << QStringLiteral("blocker  sysupgrade export on NodeA: failed: sysupgrade exited with code 1: ERROR: Group "
                          "'Group1' (group-2) is inconsistent. Upgrade requires all groups to be consistent.");
    QTest::newRow("upgrade, license") << QStringLiteral("sysupgrade.upgrade=license")
                                      << QStringLiteral("ERROR: LicenseException ('License not found");
    QTest::newRow("--anm_host not in the topology")
        << QStringLiteral("anm_host=not-in-topology")
        << QStringLiteral("is not a valid host in the topology. Retry with --anm_host <hostname>");
    QTest::newRow("publish, 500") << QStringLiteral("http.publish=500")
                                  << QStringLiteral("Check the configuration in the web.config file");
    QTest::newRow("publish, timeout") << QStringLiteral("http.publish=timeout")
                                      << QStringLiteral(
                                             "/publish: no answer within 3 s. If unpublish or publish fails, "
                                             "check the web.config file");
    QTest::newRow("delete hangs") << QStringLiteral("sf.delete=hang")
                                  << QStringLiteral("restart the Code package of this application on every node");
    QTest::newRow("slow network") << QStringLiteral("net.latency=4000")
                                  << QStringLiteral("/api/topology within 3000 ms");
    QTest::newRow("disk full") << QStringLiteral("disk.full") << QStringLiteral("No space left on device");
}

void tst_Training::eachFaultMeansNoGoWithItsRealMessage()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("training-tour"), QStringLiteral("--training"),
                           QStringLiteral("--confirm-all"), QStringLiteral("--fault"), fault});
    QCOMPARE(o.exitCode, 1);
    const qsizetype decision = o.out.indexOf(QLatin1String("== Decision: NO-GO"));
    QVERIFY2(decision >= 0, qPrintable(o.out.right(2000)));
    QVERIFY2(o.out.indexOf(reason, decision) > decision, qPrintable(o.out.mid(decision)));
}

void tst_Training::resumesOnceTheFaultIsGone()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString session = m_home->filePath(QStringLiteral("stopped"));
    Outcome o = run({QStringLiteral("run"), QStringLiteral("training-tour"), QStringLiteral("--training"),
                     QStringLiteral("--confirm-all"), QStringLiteral("--session"), session, QStringLiteral("--fault"),
                     QStringLiteral("http.publish=500")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(o.out.contains(QLatin1String("blocker  Republish every published package: failed")));

    // The trainer "repairs web.config": the fault goes off in the sandbox.
    QFile sessionFile(session + QStringLiteral("/session.json"));
    QVERIFY(sessionFile.open(QIODevice::ReadOnly));
    const QString root
        = QJsonDocument::fromJson(sessionFile.readAll()).object().value(QLatin1String("training_root")).toString();
    QFile faults(root + QStringLiteral("/faults.json"));
    QVERIFY2(faults.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(root));
    faults.write("{}");
    faults.close();

    // The failed task waits until it is asked to run again: it may have republished part.
    o = run({QStringLiteral("resume"), session, QStringLiteral("--confirm-all")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QLatin1String("[task] Republish every published package: failed before")),
             qPrintable(o.out));
    o = run({QStringLiteral("resume"), session, QStringLiteral("--confirm-all"), QStringLiteral("--rerun")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(3000) + o.err));
    QVERIFY2(o.out.contains(QLatin1String("[task] Republish every published package: passed")), qPrintable(o.out));
    QVERIFY(o.out.contains(QLatin1String("sysupgrade export on NodeA: already passed")));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
}

// A playbook without a "training" section would run its real commands in training mode,
// recorded as training: refused before anything runs, and nothing is left behind.
void tst_Training::onlyAPlaybookWrittenForTrainingRunsInTrainingMode()
{
    const QString playbook = m_home->filePath(QStringLiteral("real-only.json"));
    QVERIFY(uw::test::writeFile(playbook, R"({
  "schema": 1, "id": "real-only", "title": "Real only", "product": "P", "from": ["1.*"], "to": "2",
  "source": {"document": "D"},
  "pages": [{"id": "p", "title": "P", "items": [
    {"id": "touch", "type": "task", "title": "Touch", "help": "h", "severity": "blocker",
     "task": {"kind": "command", "program": "touch", "args": ["${session.dir}/touched"]}}]}]
})"));
    const Outcome o
        = run({QStringLiteral("run"), playbook, QStringLiteral("--training"), QStringLiteral("--confirm-all")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("real-only.json: not written for training mode: it has no \"training\" "
                                          "section")),
             qPrintable(o.err));
    QVERIFY2(!o.out.contains(QLatin1String("training mode:")), qPrintable(o.out));
    const QString data = m_home->filePath(QStringLiteral("upgrade-wizard"));
    QVERIFY(QDir(data + QStringLiteral("/training")).isEmpty());
    QVERIFY(QDir(data + QStringLiteral("/sessions")).isEmpty());
}

void tst_Training::aRunThatDoesNotStartLeavesNoSandbox()
{
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--training"),
                           QStringLiteral("--set"), QStringLiteral("topology=several")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("topology")), qPrintable(o.err));
    QVERIFY(QDir(m_home->filePath(QStringLiteral("upgrade-wizard/training"))).isEmpty());
}

// The sandboxes of runs that never started, or of sessions deleted since, are removed when
// training mode starts again; a session's own sandbox stays, as does one being laid out now.
void tst_Training::sandboxesNoSessionUsesAreRemoved()
{
    const QString data = m_home->filePath(QStringLiteral("upgrade-wizard"));
    const QString orphan = data + QStringLiteral("/training/20260101-090000-000");
    const QString used = data + QStringLiteral("/training/20260101-100000-000");
    const QString fresh = data + QStringLiteral("/training/just-made");
    for (const QString &dir : {orphan, used, fresh})
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/axway")));
    QVERIFY(uw::test::writeFile(
        data + QStringLiteral("/sessions/old/session.json"),
        QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("training_root"), used}}).toJson()));
    const QDateTime twoHoursAgo = QDateTime::currentDateTime().addSecs(-7200);
    QVERIFY(uw::test::setModified(orphan, twoHoursAgo));
    QVERIFY(uw::test::setModified(used, twoHoursAgo));

    const Outcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--training"),
                           QStringLiteral("--confirm-all")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(2000) + o.err));
    QVERIFY(!QFileInfo::exists(orphan));
    QVERIFY(QFileInfo::exists(used));
    QVERIFY(QFileInfo::exists(fresh));
}

QTEST_GUILESS_MAIN(tst_Training)
#include "tst_training.moc"
