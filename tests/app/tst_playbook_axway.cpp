// The bundled Axway playbook, end to end with the real program against the training simulator:
// the vendor's three-node domain and the single-node one to GO, the files the after-upgrade steps
// change, and NO-GO with each fault that applies, naming what went wrong and what to do.

#include "appprocess.h"
#include "wine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// The first file under `dir` (the session's backups of the installations aside: compressed) that
// holds `text`; empty when none does.
QString fileHolding(const QString &dir, const QByteArray &text)
{
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".tar.gz")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.readAll().contains(text))
            return path;
    }
    return {};
}

} // namespace

class tst_PlaybookAxway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void isListedAndValid();
    void multiNodeDomainRunsToGo();
    void singleNodeDomainRunsToGo();
    void skippingApplyOnTwoNodesIsNoGo();
    void eachApplicableFaultMeansNoGoWithWhatToDo_data();
    void eachApplicableFaultMeansNoGoWithWhatToDo();
    void anmHostOfAnotherNodeIsFoundUpFrontAndCorrectingItEndsInGo();
    void aDomainWithoutApiManagerReachesGo();
    void aKpsPassphraseGoesToKpsadminAndNowhereElse();
    void extLibIsCheckedAfterTheInstall();

private:
    using Outcome = uw::test::AppOutcome;
    Outcome run(const QStringList &arguments);
    QString trainingRoot(const QString &session) const;
    std::unique_ptr<uw::test::AppHome> m_home;
};

void tst_PlaybookAxway::init()
{
    m_home = std::make_unique<uw::test::AppHome>(
        QStringLiteral(UW_APP_PATH), QHash<QString, QString>{{QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0")}},
        300000);
    QVERIFY(m_home->isValid());
}

tst_PlaybookAxway::Outcome tst_PlaybookAxway::run(const QStringList &arguments)
{
    return m_home->run(arguments);
}

QString tst_PlaybookAxway::trainingRoot(const QString &session) const
{
    QFile file(session + QStringLiteral("/session.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("training_root")).toString();
}

void tst_PlaybookAxway::isListedAndValid()
{
    Outcome o = run({QStringLiteral("playbooks")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(QLatin1String("axway-upgrade\tAxway API Gateway 7.5.x / 7.6.x to 7.7")), qPrintable(o.out));
    o = run({QStringLiteral("validate"), QStringLiteral(UW_PLAYBOOKS_DIR "/axway-upgrade.json")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
}

// As reported: skipping "sysupgrade apply" on NodeB and NodeC ended GO, with their init.d
// scripts pointed at an installation never applied. A skipped blocker is not done.
void tst_PlaybookAxway::skippingApplyOnTwoNodesIsNoGo()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const Outcome o
        = run({QStringLiteral("run"), QStringLiteral("axway-upgrade"), QStringLiteral("--training"),
               QStringLiteral("--confirm-all"), QStringLiteral("--skip"), QStringLiteral("apply@NodeB=done later"),
               QStringLiteral("--skip"), QStringLiteral("apply@NodeC=done later"), QStringLiteral("--session"),
               m_home->filePath(QStringLiteral("skipped"))});
    QCOMPARE(o.exitCode, 1);
    const qsizetype decision = o.out.indexOf(QLatin1String("== Decision: NO-GO"));
    QVERIFY2(decision >= 0, qPrintable(o.out.right(4000)));
    for (const char *node : {"NodeB", "NodeC"})
        QVERIFY2(o.out.indexOf(QStringLiteral("blocker  sysupgrade apply on %1: skipped by ").arg(QLatin1String(node)),
                               decision)
                     > decision,
                 qPrintable(o.out.mid(decision)));
    QVERIFY2(
        o.err.contains(QLatin1String("sysupgrade apply on NodeB is a blocker the playbook does not let be waived")),
        qPrintable(o.err));
    // The new Admin Node Manager knows only the nodes that applied: the verification finds the
    // gateways of the nodes left on the old version (issue 16).
    QVERIFY2(o.out.indexOf(QLatin1String("blocker  Every instance is back in its group on Gateway4: failed"), decision)
                 > decision,
             qPrintable(o.out.mid(decision)));
    QVERIFY2(
        o.out.indexOf(QLatin1String("What to do: An instance missing after the upgrade: run sysupgrade apply on its "
                                    "node"),
                      decision)
            > decision,
        qPrintable(o.out.mid(decision)));
}

void tst_PlaybookAxway::multiNodeDomainRunsToGo()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString session = m_home->filePath(QStringLiteral("multi"));
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("axway-upgrade"), QStringLiteral("--training"),
                           QStringLiteral("--confirm-all"), QStringLiteral("--session"), session});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(4000) + o.err));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));

    // Apply ran on the first Admin Node Manager, then on the others one at a time.
    const qsizetype a = o.out.indexOf(QLatin1String("[task] sysupgrade apply on NodeA: passed"));
    const qsizetype b = o.out.indexOf(QLatin1String("[task] sysupgrade apply on NodeB: passed"));
    const qsizetype c = o.out.indexOf(QLatin1String("[task] sysupgrade apply on NodeC: passed"));
    QVERIFY2(a > 0 && b > a && c > b, qPrintable(o.out.right(4000)));
    // ... after export and upgrade on every node.
    const qsizetype u = o.out.indexOf(QLatin1String("[task] sysupgrade upgrade on NodeC: passed"));
    QVERIFY2(u >= 0 && u < a, qPrintable(o.out.right(4000)));
    for (const char *evidence :
         {"[task] Re-encrypt the KPS data of the group (kpsadmin) on Gateway1: passed",
          "[task] Re-encrypt the KPS data of the group (kpsadmin) on Gateway3: passed",
          "[task] Stop the old API Gateway instances on Gateway4: passed",
          "[task] Stop the old Node Manager on NodeC: passed",
          "[check] --anm_host names the node marked first on NodeA: passed",
          "[check] The node marked first holds the domain private key on NodeA: passed",
          "[check] The topology has the host --anm_host names: passed", "[check] API Manager answers: passed",
          "[check] The Cassandra client port 9042 is open on Cassandra3: passed",
          "[check] Every instance is back in its group on Gateway4: passed", "result.productVersion is \"7.7\"",
          "[check] The old installation has not changed since export on NodeB: passed",
          "[check] The JRE's cacerts and java.security were not customised on NodeA: failed (1 file"})
        QVERIFY2(o.out.contains(QLatin1String(evidence)), evidence);
    // One kpsadmin per group, through the instance marked for it.
    QVERIFY(!o.out.contains(QLatin1String("(kpsadmin) on Gateway2")));
    // No redaction rules in the sandbox: nothing to copy.
    QVERIFY(!o.out.contains(QLatin1String("Copy redaction.xml")));

    // The after-upgrade steps changed the new installations for real.
    const QString root = trainingRoot(session);
    QVERIFY(!root.isEmpty());
    const QString nodeB = root + QStringLiteral("/axway/NodeB");
    QFile script(nodeB + QStringLiteral("/etc/init.d/vshell-Group2-Gateway3"));
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QByteArray text = script.readAll();
    QVERIFY2(text.contains("VDISTDIR=\"" + nodeB.toUtf8() + "/Axway-7.7/apigateway\"\n"), text.constData());
    QVERIFY2(text.contains("VINSTDIR=\"" + nodeB.toUtf8() + "/Axway-7.7/apigateway/groups/group-3/instance-3\"\n"),
             text.constData());
    QVERIFY(QFile::exists(nodeB + QStringLiteral("/Axway-7.7/apigateway/webapps/quickstart/index.html")));
    for (const char *sso : {"service-provider.xml", "sso.jks", "trustStore.jks"})
        QVERIFY2(QFile::exists(nodeB + QStringLiteral("/Axway-7.7/apigateway/groups/group-3/instance-3/conf/")
                               + QLatin1String(sso)),
                 sso);
    // Each edited script was backed up first, and the backups of the old installations exist.
    QDirIterator backups(session + QStringLiteral("/backups"), QDir::Files, QDirIterator::Subdirectories);
    QStringList names;
    while (backups.hasNext())
        names << backups.next().section(u'/', -1);
    QVERIFY2(names.contains(QStringLiteral("vshell-Node-Manager-on-NodeC")), qPrintable(names.join(u' ')));
    QCOMPARE(names.filter(QStringLiteral("apigateway-Node")).size(), 3);

    // The administrator's password went to kpsadmin on its command line, and nowhere on disk.
    QVERIFY2(fileHolding(session, "changeme").isEmpty(), qPrintable(fileHolding(session, "changeme")));
}

void tst_PlaybookAxway::singleNodeDomainRunsToGo()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const Outcome o
        = run({QStringLiteral("run"), QStringLiteral("axway-upgrade"), QStringLiteral("--training"),
               QStringLiteral("--confirm-all"), QStringLiteral("--set"), QStringLiteral("topology=single")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(4000) + o.err));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
    QVERIFY(o.out.contains(QLatin1String("[task] sysupgrade apply on NodeA: passed")));
    QVERIFY(o.out.contains(QLatin1String("[check] Every instance is back in its group on Gateway1: passed")));
    QVERIFY(!o.out.contains(QLatin1String("NodeB")));
}

void tst_PlaybookAxway::eachApplicableFaultMeansNoGoWithWhatToDo_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("inconsistent group")
        << QStringLiteral("sysupgrade.export=inconsistent-group")
        << QStringLiteral("blocker  sysupgrade export on NodeA: failed: sysupgrade exited with code 1: ERROR: Group "
                          "'Group1' (group-2) is inconsistent. Upgrade requires all groups to be consistent.. What to "
                          "do: Read upgrade/bin/out/logs/export.log on this node. An inconsistent group: deploy the "
                          "same configuration to every gateway of the group.");
    QTest::newRow("license") << QStringLiteral("sysupgrade.upgrade=license")
                             << QStringLiteral("What to do: Read upgrade/bin/out/logs/upgrade.log on this node. A "
                                               "LicenseException: put a valid 7.7 license in conf/licenses");
    QTest::newRow("--anm_host not in the topology")
        << QStringLiteral("anm_host=not-in-topology")
        << QStringLiteral("blocker  The topology has the host --anm_host names: failed: ");
    QTest::newRow("--anm_host not the first node")
        << QStringLiteral("anm_host=not-first")
        << QStringLiteral("blocker  --anm_host names the node marked first on NodeA: failed: --anm_host is "
                          "\"nodea.example.com\" but must be \"NodeA\". What to do: Correct the anm_host parameter");
    QTest::newRow("Cassandra port closed")
        << QStringLiteral("cassandra.port=closed")
        << QStringLiteral("The Cassandra client port 9042 is open on Cassandra1: failed: Cannot connect to "
                          "127.0.0.1:");
    QTest::newRow("disk full") << QStringLiteral("disk.full")
                               << QStringLiteral("No space left on device. What to do: ");
    QTest::newRow("slow Admin Node Manager")
        << QStringLiteral("net.latency=11000")
        << QStringLiteral("/api/topology within 10000 ms. What to do: Correct the instances list");
}

void tst_PlaybookAxway::eachApplicableFaultMeansNoGoWithWhatToDo()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("axway-upgrade"), QStringLiteral("--training"),
                           QStringLiteral("--confirm-all"), QStringLiteral("--set"), QStringLiteral("topology=single"),
                           QStringLiteral("--fault"), fault});
    QCOMPARE(o.exitCode, 1);
    const qsizetype decision = o.out.indexOf(QLatin1String("== Decision: NO-GO"));
    QVERIFY2(decision >= 0, qPrintable(o.out.right(2000)));
    QVERIFY2(o.out.indexOf(reason, decision) > decision, qPrintable(o.out.mid(decision, 3000)));
    if (fault.startsWith(QLatin1String("cassandra")))
        QVERIFY(
            o.out.indexOf(QLatin1String("What to do: Open the client port on this Cassandra host's firewall"), decision)
            > decision);
}

// Issue 16: with --anm_host naming NodeB, export and upgrade used to pass everywhere and the old
// system was stopped before apply failed. The checks of the old installation find it before
// anything changes; correcting the parameter, as the remedy says, ends in GO.
void tst_PlaybookAxway::anmHostOfAnotherNodeIsFoundUpFrontAndCorrectingItEndsInGo()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString session = m_home->filePath(QStringLiteral("wrong-anm"));
    Outcome o = run({QStringLiteral("run"), QStringLiteral("axway-upgrade"), QStringLiteral("--training"),
                     QStringLiteral("--confirm-all"), QStringLiteral("--fault"), QStringLiteral("anm_host=not-first"),
                     QStringLiteral("--session"), session});
    QCOMPARE(o.exitCode, 1);
    const qsizetype decision = o.out.indexOf(QLatin1String("== Decision: NO-GO"));
    QVERIFY2(decision >= 0, qPrintable(o.out.right(3000)));
    QVERIFY2(o.out.indexOf(QLatin1String("--anm_host is \"NodeB\" but must be \"NodeA\". What to do: Correct the "
                                         "anm_host parameter"),
                           decision)
                 > decision,
             qPrintable(o.out.mid(decision, 3000)));
    // Nothing was exported, and nothing of the old system was stopped.
    QVERIFY2(!o.out.contains(QLatin1String("[task] sysupgrade export on NodeA: passed")),
             qPrintable(o.out.right(3000)));
    QVERIFY(!o.out.contains(QLatin1String("[task] Stop the old")));

    o = run({QStringLiteral("resume"), session, QStringLiteral("--confirm-all"), QStringLiteral("--set"),
             QStringLiteral("anm_host=NodeA")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(4000) + o.err));
    QVERIFY(o.out.contains(QLatin1String("parameters changed: anm_host: \"NodeB\" -> \"NodeA\"")));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
    QVERIFY(o.out.contains(QLatin1String("[task] sysupgrade apply on NodeC: passed")));

    // A later resume keeps the corrected value: the training environment gives only its new
    // addresses anew.
    o = run({QStringLiteral("resume"), session, QStringLiteral("--confirm-all")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(2000) + o.err));
    QVERIFY2(!o.out.contains(QLatin1String("parameters changed: anm_host")), qPrintable(o.out.left(3000)));
}

// The API Manager steps were unconditional blockers: a domain without API Manager never reached GO.
void tst_PlaybookAxway::aDomainWithoutApiManagerReachesGo()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const Outcome o = run({QStringLiteral("run"), QStringLiteral("axway-upgrade"), QStringLiteral("--training"),
                           QStringLiteral("--confirm-all"), QStringLiteral("--set"), QStringLiteral("topology=single"),
                           QStringLiteral("--set"), QStringLiteral("api_manager=false")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(4000) + o.err));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
    QVERIFY(!o.out.contains(QLatin1String("API Manager answers")));
    QVERIFY(!o.out.contains(QLatin1String("API Manager shows organizations")));
}

// The vendor's "Update cipher scheme" page: where a passphrase protects the KPS data, kpsadmin
// gets it as --oldpassphrase. A secret: on kpsadmin's command line, masked everywhere else.
void tst_PlaybookAxway::aKpsPassphraseGoesToKpsadminAndNowhereElse()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString session = m_home->filePath(QStringLiteral("passphrase"));
    QProcessEnvironment env = m_home->environment();
    env.insert(QStringLiteral("UW_TEST_KPS"), QStringLiteral("kps-Pass-4711"));
    const Outcome o
        = uw::test::runApp(QStringLiteral(UW_APP_PATH),
                           {QStringLiteral("run"), QStringLiteral("axway-upgrade"), QStringLiteral("--training"),
                            QStringLiteral("--confirm-all"), QStringLiteral("--set"), QStringLiteral("topology=single"),
                            QStringLiteral("--secret-env"), QStringLiteral("kps_passphrase=UW_TEST_KPS"),
                            QStringLiteral("--session"), session},
                           env, 300000);
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(4000) + o.err));
    QVERIFY(o.out.contains(QLatin1String(
        "[task] Re-encrypt the KPS data of the group (kpsadmin, with its passphrase) on Gateway1: passed")));
    QVERIFY(!o.out.contains(QLatin1String("(kpsadmin) on Gateway1")));
    QVERIFY(o.out.contains(QLatin1String("--oldpassphrase ******")));
    QVERIFY(!(o.out + o.err).contains(QLatin1String("kps-Pass-4711")));
    QVERIFY2(fileHolding(session, "kps-Pass-4711").isEmpty(), qPrintable(fileHolding(session, "kps-Pass-4711")));
}

// On a real site the new system/lib exists only after the install: the ext/lib conflict check
// must come after "API Gateway 7.7 is installed", on the new installation's checklist.
void tst_PlaybookAxway::extLibIsCheckedAfterTheInstall()
{
    QFile file(QStringLiteral(UW_PLAYBOOKS_DIR "/axway-upgrade.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray pages = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("pages")).toArray();
    QStringList order;
    QString extLibPage;
    for (const QJsonValue &page : pages)
        for (const QJsonValue &item : page.toObject().value(QLatin1String("items")).toArray()) {
            const QJsonObject object = item.toObject();
            order << object.value(QLatin1String("id")).toString();
            if (order.last() == u"ext-lib") {
                extLibPage = page.toObject().value(QLatin1String("id")).toString();
                QVERIFY(object.value(QLatin1String("after")).toArray().contains(QStringLiteral("install-new")));
            }
        }
    QCOMPARE(extLibPage, QStringLiteral("new-install"));
    QVERIFY(order.indexOf(QStringLiteral("install-new")) < order.indexOf(QStringLiteral("ext-lib")));
}

QTEST_GUILESS_MAIN(tst_PlaybookAxway)
#include "tst_playbook_axway.moc"
