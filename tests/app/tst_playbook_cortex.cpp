// The bundled Cortex Gateway 2024.7 → 2024.9 playbook, end to end with the real program against
// the training simulator: it validates, runs to GO with real evidence of every task, ends NO-GO
// with each fault that concerns it for a reason that says what went wrong and what to do
// (tests/wizard/playbook/tst_bundledplaybooks.cpp checks its coverage document).

#include "appprocess.h"
#include "testfiles.h"
#include "wine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace uw::test;

class tst_PlaybookCortex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void playbookValidates();
    void runsToGoInTrainingWithEvidenceOfEveryTask();
    void eachFaultMeansNoGoWithWhatToDo_data();
    void eachFaultMeansNoGoWithWhatToDo();
    void restartTaskRestartsCodePackagesOnEveryNode();

private:
    using Outcome = uw::test::AppOutcome;
    Outcome run(const QStringList &arguments);
    static QString playbookPath();
    std::unique_ptr<uw::test::AppHome> m_home;
};

void tst_PlaybookCortex::init()
{
    // UW_SIM_SPEED=0: the simulated tools, without their pacing.
    m_home = std::make_unique<uw::test::AppHome>(
        QStringLiteral(UW_APP_PATH), QHash<QString, QString>{{QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0")}},
        240000);
    QVERIFY(m_home->isValid());
}

QString tst_PlaybookCortex::playbookPath()
{
    return QStringLiteral(UW_SOURCE_DIR "/resources/playbooks/cortex-upgrade.json");
}

tst_PlaybookCortex::Outcome tst_PlaybookCortex::run(const QStringList &arguments)
{
    return m_home->run(arguments);
}

void tst_PlaybookCortex::playbookValidates()
{
    const Outcome file = run({QStringLiteral("validate"), playbookPath()});
    QVERIFY2(file.exitCode == 0, qPrintable(file.out + file.err));
    const Outcome listed = run({QStringLiteral("playbooks")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QLatin1String("cortex-upgrade\t")), qPrintable(listed.out));
}

void tst_PlaybookCortex::runsToGoInTrainingWithEvidenceOfEveryTask()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString session = m_home->filePath(QStringLiteral("cortex"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("cortex-upgrade"), QStringLiteral("--training"),
                           QStringLiteral("--confirm-all"), QStringLiteral("--session"), session});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(4000) + o.err));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));

    // The Flow Debugger was found at 2024.9, and the Gateway moved there.
    QVERIFY2(o.out.contains(QLatin1String("[check] The Flow Debugger reports 2024.9: passed")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("[check] Cortex Gateway reports 2024.9: passed")), qPrintable(o.out));
    // 50 published packages listed and republished, each with its four calls.
    QVERIFY2(o.out.contains(QLatin1String("GET /api/packages: collected 50 item(s)")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("[task] Republish every published package: passed (workflow completed: 203 "
                                          "request(s)")),
             qPrintable(o.out));
    // The old execution services went on both clusters, the newest engine stayed: two of three
    // on the application servers' (the first server deletes, the others find nothing left),
    // one of two on the Flow Debugger's.
    QVERIFY2(o.out.contains(QLatin1String(
                 "[task] Delete the old execution services, keep the newest engine on NodeA: passed (workflow "
                 "completed: 6 request(s)")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String(
                 "[task] Delete the old execution services, keep the newest engine on NodeB: passed (workflow "
                 "completed: 1 request(s)")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("[task] Delete the Flow Debugger's old execution services, keep the newest "
                                          "engine on WebServer1: passed (workflow completed: 3 request(s)")),
             qPrintable(o.out));
    QVERIFY(o.out.count(QLatin1String("keeping the newest, TypeVersion 32.2.4.24340")) >= 4);
    // Nothing was stuck, so the restart tasks had nothing to restart.
    QVERIFY2(o.out.contains(QLatin1String("[task] Restart the code packages of stuck execution services (Flow "
                                          "Debugger) on WebServer1: passed (workflow completed: 1 request(s)")),
             qPrintable(o.out));
    // The archive of the installation files, with its checksum.
    static const QRegularExpression sha256(
        QStringLiteral("sha256 [0-9a-f]{64}  \\S+Cortex\\.Upgrade\\.Gateway-2024\\.9-"
                       "\\d{8}-\\d{6}\\.zip"));
    QVERIFY2(sha256.match(o.out).hasMatch(), qPrintable(o.out));

    // The parameters file holds the form's values, the rest of it as it was; the previous
    // file is in the session's backups.
    const QJsonObject info = readJson(session + QStringLiteral("/session.json"));
    const QString root = info.value(QLatin1String("training_root")).toString();
    QVERIFY2(!root.isEmpty(), qPrintable(session));
    const QString parametersFile = root
        + QStringLiteral("/cortex/webapp/Cortex.Upgrade.Gateway/Cortex.Innovation.Install.Gateway.Parameters.json");
    const QJsonObject written = readJson(parametersFile);
    QCOMPARE(written.value(QLatin1String("ApplicationServerFqdns")).toArray(),
             (QJsonArray{QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1")}));
    QCOMPARE(written.value(QLatin1String("LoadBalancerFqdn")).toString(), QStringLiteral("gateway.training.local"));
    QCOMPARE(written.value(QLatin1String("ClientCertificateThumbprint")).toString().size(), 40);
    QCOMPARE(written.value(QLatin1String("SiteName")).toString(), QStringLiteral("Default Web Site"));
    QCOMPARE(written.value(QLatin1String("ServiceFabricHttpGatewayEndpointPort")).toInt(), 9080); // untouched
    const QJsonObject previous = readJson(session + QStringLiteral("/backups/configure-script") + parametersFile);
    QVERIFY2(!previous.isEmpty(), qPrintable(session));
    QCOMPARE(previous.value(QLatin1String("LoadBalancerFqdn")).toString(), QString());
    QCOMPARE(previous.value(QLatin1String("ApplicationServerFqdns")).toArray().size(), 0);
    QVERIFY2(o.out.contains(QLatin1String("[check] The previous parameters file is kept in the session: passed")),
             qPrintable(o.out));
    QVERIFY(readFile(root + QStringLiteral("/cortex/webapp/Cortex.Gateway/web.config"))
                .contains("<add key=\"LoadBalancer\" value=\"gateway.training.local\" />"));
    // The training password reached the package API, and nowhere on disk in the session.
    QVERIFY(!readFile(session + QStringLiteral("/journal.jsonl")).contains("changeme"));
    QVERIFY(!readFile(session + QStringLiteral("/session.json")).contains("changeme"));
}

void tst_PlaybookCortex::eachFaultMeansNoGoWithWhatToDo_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("reason");
    QTest::newRow("publish answers 500")
        << QStringLiteral("http.publish=500")
        << QStringList{QStringLiteral("blocker  Republish every published package: failed"),
                       QStringLiteral("/publish answered 500"),
                       QStringLiteral("the configuration in Cortex Gateway's web.config is wrong or the Application "
                                      "Services are not healthy: check both, then run this step again")};
    QTest::newRow("publish does not answer")
        << QStringLiteral("http.publish=timeout")
        << QStringList{QStringLiteral("blocker  Republish every published package: failed"),
                       QStringLiteral("/publish: no answer within 5 s"),
                       QStringLiteral("Cortex Gateway's web.config is wrong or the Application Services are not "
                                      "healthy")};
    QTest::newRow("deletion hangs")
        << QStringLiteral("sf.delete=hang")
        << QStringList{QStringLiteral("blocker  Delete the old execution services, keep the newest engine on NodeA: "
                                      "failed"),
                       QStringLiteral("answered 200"), QStringLiteral("The deletion has not finished"),
                       QStringLiteral("run the task \"Restart the code packages of stuck execution services "
                                      "(application servers)\""),
                       QStringLiteral("then run this step again")};
    QTest::newRow("slow network") << QStringLiteral("net.latency=6000")
                                  << QStringList{
                                         QStringLiteral("blocker  Republish every published package: failed"),
                                         QStringLiteral("list: GET /api/packages: no answer within 5 s"),
                                         QStringLiteral("check that Cortex Gateway is up at the URL of the form")};
    QTest::newRow("disk full") << QStringLiteral("disk.full")
                               << QStringList{QStringLiteral("blocker  Run the gateway upgrade script: failed"),
                                              QStringLiteral("No space left on device. What to do: Read "
                                                             "Logs/Upgrade-Gateway.log beside the script")};
}

void tst_PlaybookCortex::eachFaultMeansNoGoWithWhatToDo()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    QFETCH(QString, fault);
    QFETCH(QStringList, reason);
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("cortex-upgrade"), QStringLiteral("--training"),
                           QStringLiteral("--confirm-all"), QStringLiteral("--fault"), fault});
    QCOMPARE(o.exitCode, 1);
    const qsizetype decision = o.out.indexOf(QLatin1String("== Decision: NO-GO"));
    QVERIFY2(decision >= 0, qPrintable(o.out.right(3000) + o.err));
    for (const QString &part : reason)
        QVERIFY2(o.out.indexOf(part, decision) > decision, qPrintable(part + u'\n' + o.out.mid(decision)));
}

// The vendor's remedy for a stuck deletion, through the REST API. A headless run stops at the
// failed deletion, before the restart task; resumed with the deletions skipped (with a reason),
// it reaches the restart task. The resumed simulator starts its Service Fabric afresh, with the
// two old applications there again, so the task really asks each node for the code packages
// and restarts them: the simulator refuses a wrong manifest or body.
void tst_PlaybookCortex::restartTaskRestartsCodePackagesOnEveryNode()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString session = m_home->filePath(QStringLiteral("stuck"));
    Outcome o = run({QStringLiteral("run"), QStringLiteral("cortex-upgrade"), QStringLiteral("--training"),
                     QStringLiteral("--confirm-all"), QStringLiteral("--session"), session, QStringLiteral("--fault"),
                     QStringLiteral("sf.delete=hang")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QLatin1String("[task] Restart the code packages of stuck execution services (application "
                                          "servers) on NodeA: not started")),
             qPrintable(o.out));

    QStringList skips;
    for (const char *node : {"NodeA", "NodeB", "NodeC"})
        skips
            << QStringLiteral("--skip")
            << QStringLiteral("sf-delete-app-servers@%1=stuck; restarting the code packages").arg(QLatin1String(node));
    o = run(QStringList{QStringLiteral("resume"), session, QStringLiteral("--confirm-all")} + skips);
    QVERIFY2(o.out.contains(QLatin1String("[task] Restart the code packages of stuck execution services (application "
                                          "servers) on NodeA: passed (workflow completed: 6 request(s)")),
             qPrintable(o.out.right(4000)));
    QVERIFY2(o.out.contains(QLatin1String("[task] Restart the code packages of stuck execution services (application "
                                          "servers) on NodeC: passed (workflow completed: 6 request(s)")),
             qPrintable(o.out.right(4000)));
}

QTEST_GUILESS_MAIN(tst_PlaybookCortex)
#include "tst_playbook_cortex.moc"
