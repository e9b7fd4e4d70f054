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
    void aStuckDeletionEndsInGoAfterTheCodePackagesAreRestarted();
    void eachEndpointHasItsOwnPin();
    void guidedRepublishingListsReadOnlyAndAsksForSignOffs();

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
    // Nothing was stuck: each deletion was seen gone at once (204), so no node was listed and no
    // code package restarted.
    QVERIFY2(o.out.contains(QLatin1String("nodes: not needed (stuck is empty)")), qPrintable(o.out));
    QVERIFY(!o.out.contains(QLatin1String("/Restart")));
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
    // The script ran through PowerShell (the sandbox's stand-in for powershell.exe/pwsh), not
    // as a program of its own: a .ps1 cannot be started directly.
    const QByteArray scriptLog = readFile(session + QStringLiteral("/logs/run-script.log"));
    QVERIFY2(scriptLog.contains("-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "), scriptLog.constData());
    QVERIFY2(scriptLog.contains("cortex/bin/pwsh"), scriptLog.constData());
    // Each package's new version was saved with its whole definition as Create New Version
    // returned it, not only its name.
    const QJsonObject packages = readJson(root + QStringLiteral("/cortex/packages-state.json"));
    int saved = 0;
    for (auto it = packages.begin(); it != packages.end(); ++it) {
        const QJsonObject definition = it.value().toObject().value(QLatin1String("definition")).toObject();
        if (definition.isEmpty())
            continue;
        ++saved;
        QCOMPARE(definition.value(QLatin1String("id")).toString(), it.key());
        QVERIFY(definition.value(QLatin1String("version")).toInt() >= 2);
        QVERIFY(!definition.value(QLatin1String("name")).toString().isEmpty());
    }
    QCOMPARE(saved, 50);
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

// The vendor's loop for a deletion that hangs (sf.delete=hang: it never finishes until the code
// package was restarted on every node): delete, give it the wait of the form, restart the code
// packages on every node the cluster lists, delete again. One task walks it, headless as in the
// wizard, and the run ends in GO, on both clusters.
void tst_PlaybookCortex::aStuckDeletionEndsInGoAfterTheCodePackagesAreRestarted()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString session = m_home->filePath(QStringLiteral("stuck"));
    const Outcome o
        = run({QStringLiteral("run"), QStringLiteral("cortex-upgrade"), QStringLiteral("--training"),
               QStringLiteral("--confirm-all"), QStringLiteral("--session"), session, QStringLiteral("--fault"),
               QStringLiteral("sf.delete=hang"), QStringLiteral("--set"), QStringLiteral("sf_delete_wait_ms=1500")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(5000) + o.err));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
    const QByteArray log = readFile(session + QStringLiteral("/logs/sf-delete-app-servers@NodeA.log"));
    // Waited, asked again, gave up on both old applications...
    QVERIFY2(log.contains("answered 200, waiting for 204 or 404: asking again"), log.constData());
    QVERIFY2(log.contains("delete: 2 item(s) not finished, listed in stuck"), log.constData());
    // ...restarted each on the three nodes, and deleted them again: gone (204).
    QVERIFY2(log.contains("GET /Nodes: collected 3 item(s)"), log.constData());
    QVERIFY2(log.contains("restart: 6 item(s), up to 2 at a time"), log.constData());
    QVERIFY2(log.contains("delete-again: 2 item(s), up to 2 at a time"), log.constData());
    // list 1 (+1 page) ... as counted by the run: every request of the loop, none failed.
    QVERIFY2(o.out.contains(QLatin1String("[task] Delete the old execution services, keep the newest engine on NodeA: "
                                          "passed")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("[task] Delete the Flow Debugger's old execution services, keep the newest "
                                          "engine on WebServer1: passed")),
             qPrintable(o.out));
    const QByteArray debugger = readFile(session + QStringLiteral("/logs/sf-delete-flow-debugger@WebServer1.log"));
    QVERIFY2(debugger.contains("restart: 1 item(s), up to 2 at a time"), debugger.constData());
}

// Three certificates, three pins: a wrong pin for one endpoint fails that endpoint alone.
void tst_PlaybookCortex::eachEndpointHasItsOwnPin()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString wrong = QString(64, u'a');
    const Outcome o
        = run({QStringLiteral("run"), QStringLiteral("cortex-upgrade"), QStringLiteral("--training"),
               QStringLiteral("--confirm-all"), QStringLiteral("--set"), QStringLiteral("sf_web_tls_pin=") + wrong});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QLatin1String("[task] Republish every published package: passed")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("[task] Delete the old execution services, keep the newest engine on NodeA: "
                                          "passed")),
             qPrintable(o.out));
    const qsizetype decision = o.out.indexOf(QLatin1String("== Decision: NO-GO"));
    QVERIFY2(decision >= 0, qPrintable(o.out.right(3000)));
    QVERIFY2(o.out.indexOf(QLatin1String("Delete the Flow Debugger's old execution services, keep the newest engine on "
                                         "WebServer1: failed"),
                           decision)
                 > decision,
             qPrintable(o.out.mid(decision)));
    QVERIFY2(o.out.indexOf(QLatin1String("does not match the pinned fingerprint"), decision) > decision,
             qPrintable(o.out.mid(decision)));
}

// republish_mode guided: nothing is changed through the API; the packages are listed with GETs
// only, and each bullet of the vendor's step 4 is a sign-off.
void tst_PlaybookCortex::guidedRepublishingListsReadOnlyAndAsksForSignOffs()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString session = m_home->filePath(QStringLiteral("guided"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("cortex-upgrade"), QStringLiteral("--training"),
                           QStringLiteral("--confirm-all"), QStringLiteral("--session"), session,
                           QStringLiteral("--set"), QStringLiteral("republish_mode=guided")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(4000) + o.err));
    QVERIFY(!o.out.contains(QLatin1String("Republish every published package")));
    QVERIFY2(o.out.contains(QLatin1String("[task] List the published packages (read only): passed (workflow completed: "
                                          "53 request(s)")),
             qPrintable(o.out));
    // Each published package by name, version and id, in the log: the list to work through.
    static const QRegularExpression listed(
        QStringLiteral("Published: [A-Z][A-Za-z ]+ \\(id [0-9a-f-]{36}, version \\d\\)"));
    int listedPackages = 0;
    for (auto it = listed.globalMatch(o.out); it.hasNext(); it.next())
        ++listedPackages;
    QCOMPARE(listedPackages, 50);
    for (const char *title :
         {"Logged in to Gateway with an Admin user", "Each published package: selected and unpublished",
          "Each package: Create New Version, Save", "Each package: published, with a success message"})
        QVERIFY2(o.out.contains(QLatin1String("[confirm] ") + QLatin1String(title)), qPrintable(o.out));
    // Nothing was unpublished or saved through the API.
    const QJsonObject info = readJson(session + QStringLiteral("/session.json"));
    const QJsonObject packages = readJson(info.value(QLatin1String("training_root")).toString()
                                          + QStringLiteral("/cortex/packages-state.json"));
    for (auto it = packages.begin(); it != packages.end(); ++it)
        QCOMPARE(it.value().toObject().value(QLatin1String("republished")).toInt(), 0);
    // A sign-off per published package (the training environment gives the grid's list), each
    // after the login and before the grid is looked at again (issue 16, item 3).
    static const QRegularExpression perPackage(
        QStringLiteral("\\[confirm\\] Republished by hand: unpublished, new version created and saved, published on "
                       "[^:]+: confirmed"));
    int signedPackages = 0;
    for (auto it = perPackage.globalMatch(o.out); it.hasNext(); it.next())
        ++signedPackages;
    QCOMPARE(signedPackages, 50);
    const qsizetype login = o.out.indexOf(QLatin1String("[confirm] Logged in to Gateway with an Admin user"));
    QVERIFY(login >= 0 && login < o.out.indexOf(QLatin1String("[confirm] Republished by hand")));

    // Without a list of packages guided republishing does not start: nothing to sign off would
    // let it pass unseen.
    const Outcome empty
        = run({QStringLiteral("run"), QStringLiteral("cortex-upgrade"), QStringLiteral("--training"),
               QStringLiteral("--confirm-all"), QStringLiteral("--set"), QStringLiteral("republish_mode=guided"),
               QStringLiteral("--set"), QStringLiteral("published_packages=[]")});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains(QLatin1String("republish-package")), qPrintable(empty.err));
}

QTEST_GUILESS_MAIN(tst_PlaybookCortex)
#include "tst_playbook_cortex.moc"
