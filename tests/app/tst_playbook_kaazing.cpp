// The bundled kaazing-upgrade playbook, end to end with the real program against the training
// simulator (tests/wizard/playbook/tst_bundledplaybooks.cpp checks its coverage document): it validates, it
// runs to GO with the release unpacked or installed, and it ends NO-GO for a 3.2 installation
// and for each simulator fault that touches it, with a reason a first-time upgrader can act on.

#include "appprocess.h"
#include "testfiles.h"
#include "wizard/simulator/sandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace uw::test;

class tst_PlaybookKaazing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void playbookValidatesAndIsBundled();
    void runsToGoFromTheArchiveWithRealEvidence();
    void installerVariantSignsOffInsteadOfUnpacking();
    void release32EndsInNoGoContactKaazingSupport();
    void eachFaultThatAppliesEndsInNoGoWithWhatToDo_data();
    void eachFaultThatAppliesEndsInNoGoWithWhatToDo();

private:
    using Outcome = uw::test::AppOutcome;
    Outcome run(const QStringList &arguments);
    static QStringList trainingRun(const QStringList &more);
    static QString trainingRoot(const Outcome &outcome);
    std::unique_ptr<uw::test::AppHome> m_home;
};

namespace {

const QString kPlaybook = QStringLiteral(UW_SOURCE_DIR "/resources/playbooks/kaazing-upgrade.json");

QString tail(const uw::test::AppOutcome &o)
{
    return o.out.right(4000) + o.err;
}

} // namespace

void tst_PlaybookKaazing::init()
{
    // UW_SIM_SPEED=0: the simulated tools, without their pacing.
    m_home = std::make_unique<uw::test::AppHome>(
        QStringLiteral(UW_APP_PATH), QHash<QString, QString>{{QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0")}},
        180000);
    QVERIFY(m_home->isValid());
}

tst_PlaybookKaazing::Outcome tst_PlaybookKaazing::run(const QStringList &arguments)
{
    return m_home->run(arguments);
}

QStringList tst_PlaybookKaazing::trainingRun(const QStringList &more)
{
    return QStringList{QStringLiteral("run"), QStringLiteral("kaazing-upgrade"), QStringLiteral("--training")} + more;
}

// "training mode: simulated installations in ROOT[; faults: ...]"
QString tst_PlaybookKaazing::trainingRoot(const Outcome &outcome)
{
    static const QRegularExpression line(QStringLiteral("^training mode: simulated installations in ([^;\\n]+)"),
                                         QRegularExpression::MultilineOption);
    // Shown with the platform's separators; the steps' evidence uses /.
    return QDir::fromNativeSeparators(line.match(outcome.out).captured(1).trimmed());
}

void tst_PlaybookKaazing::playbookValidatesAndIsBundled()
{
    Outcome o = run({QStringLiteral("validate"), kPlaybook});
    QVERIFY2(o.exitCode == 0, qPrintable(tail(o)));
    QVERIFY2(o.out.contains(QLatin1String(": ok (kaazing-upgrade, 6 pages)")), qPrintable(o.out));

    o = run({QStringLiteral("playbooks")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.contains(QLatin1String("kaazing-upgrade\t")), qPrintable(o.out));

    // Every item's help names the section of the vendor document it comes from.
    const QJsonObject playbook = QJsonDocument::fromJson(readFile(kPlaybook)).object();
    for (const QJsonValue &page : playbook.value(QLatin1String("pages")).toArray()) {
        for (const QJsonValue &value : page.toObject().value(QLatin1String("items")).toArray()) {
            const QJsonObject item = value.toObject();
            const QString help = item.value(QLatin1String("help")).toString();
            QVERIFY2(help.startsWith(QLatin1String("Vendor document, \"")),
                     qPrintable(item.value(QLatin1String("id")).toString()));
        }
    }
}

void tst_PlaybookKaazing::runsToGoFromTheArchiveWithRealEvidence()
{
    const QString session = m_home->filePath(QStringLiteral("archive"));
    const Outcome o
        = run(trainingRun({QStringLiteral("--confirm-all"), QStringLiteral("--set"),
                           QStringLiteral("install_method=archive"), QStringLiteral("--session"), session}));
    QVERIFY2(o.exitCode == 0, qPrintable(tail(o)));
    QVERIFY2(o.out.contains(QLatin1String("== Decision: GO")), qPrintable(tail(o)));
    const QString root = trainingRoot(o);
    QVERIFY2(!root.isEmpty(), qPrintable(o.out.left(1000)));
    const QString oldHome = root + QStringLiteral("/kaazing/3.5");
    const QString newHome = root + QStringLiteral("/kaazing/4.0.9");

    // Detected from the JAR manifest, the first of the sources.
    QVERIFY2(o.out.contains(QStringLiteral("[check] Detect the release in use: passed (Version 3.5.11 (from the "
                                           "manifest of %1/lib/gateway.server-3.5.11.jar (Implementation-Version))")
                                .arg(oldHome)),
             qPrintable(o.out));
    // The path from the table, with its consequence for the clients, decided on that version.
    QVERIFY2(o.out.contains(QLatin1String("Upgrade path: major (3.x to 4.0). Clients: 3.3 and later clients keep "
                                          "working with 4.0")),
             qPrintable(o.out));
    QVERIFY(o.out.contains(QLatin1String("(detected: current 3.5.11 from the manifest of ")));
    QVERIFY2(o.out.contains(QLatin1String("warning  The upgrade path from the release in use to the target is "
                                          "supported")),
             qPrintable(o.out.mid(o.out.indexOf(QLatin1String("== Decision")))));
    // The old Gateway stopped, its port free, conf/ backed up with its checksum.
    QVERIFY(o.out.contains(QLatin1String("Stopping KAAZING Gateway 3.5.11")));
    QVERIFY2(o.out.contains(QLatin1String("[check] Nothing listens on the Gateway's host and port any more: passed")),
             qPrintable(o.out));
    static const QRegularExpression sha(
        QStringLiteral("sha256 ([0-9a-f]{64})  (\\S+kaazing-conf-\\d{8}-\\d{6}\\.tar\\.gz)"));
    const QRegularExpressionMatch backup = sha.match(o.out);
    QVERIFY2(backup.hasMatch(), qPrintable(o.out));
    QVERIFY(QFile::exists(backup.captured(2)));
    QVERIFY(backup.captured(2).startsWith(session));
    // The release unpacked beside the old home, and it is 4.0.9.
    QVERIFY(o.out.contains(QLatin1String("extracted ")));
    QVERIFY2(o.out.contains(QStringLiteral("[check] The new GATEWAY_HOME holds the target release: passed (Version "
                                           "4.0.9 (from the manifest of %1/lib/gateway.server-4.0.9.jar")
                                .arg(newHome)),
             qPrintable(o.out));
    // The configuration translated, adopted, and the old one kept.
    QVERIFY2(o.out.contains(QLatin1String("uses the out-of-date namespace http://xmlns.kaazing.com/2012/09/gateway. It "
                                          "was translated to http://xmlns.kaazing.org/2016/06/gateway")),
             qPrintable(o.out));
    const QByteArray config = readFile(newHome + QStringLiteral("/conf/gateway-config.xml"));
    QVERIFY2(config.contains("<gateway-config xmlns=\"http://xmlns.kaazing.org/2016/06/gateway\">"),
             config.constData());
    QVERIFY(!config.contains("xmlns.kaazing.com/2012/09"));
    QVERIFY(
        readFile(oldHome + QStringLiteral("/conf/gateway-config.xml")).contains("xmlns.kaazing.com/2012/09/gateway"));
    // The startup log names the target release, and the accept URIs use the port given.
    QVERIFY2(o.out.contains(QLatin1String("[check] The startup log shows the target release: passed (Version 4.0.9 is "
                                          "in the required range 4.0.9)")),
             qPrintable(o.out));
    const QByteArray log = readFile(newHome + QStringLiteral("/log/service.log"));
    QVERIFY(log.contains("Starting KAAZING Gateway 4.0.9"));
    static const QRegularExpression portLine(QStringLiteral("ws://localhost:(\\d+)/echo"));
    const int port = portLine.match(QString::fromUtf8(log)).captured(1).toInt();
    QVERIFY2(port > 0 && port != 8000, log.constData());
    // Cluster members first, then the clients.
    const qsizetype member = o.out.indexOf(QLatin1String("[confirm] This cluster member runs the target release on "
                                                         "the migrated configuration on member1"));
    const qsizetype clients = o.out.indexOf(QLatin1String("[confirm] The KAAZING clients are migrated"));
    QVERIFY2(member > 0 && clients > member, qPrintable(o.out));
}

void tst_PlaybookKaazing::installerVariantSignsOffInsteadOfUnpacking()
{
    // The sandbox's kaazing/4.0 stands for what the installer lays out: a KAAZING_HOME of its
    // own beside the old one. A first run (stopped at its first sign-off) makes a sandbox.
    const Outcome first = run(trainingRun({}));
    const QString installed = trainingRoot(first) + QStringLiteral("/kaazing/4.0");
    const QFileInfo start(installed + QStringLiteral("/bin/")
                          + uw::sim::Sandbox::wrapperName(QStringLiteral("gateway.start")));
#ifdef Q_OS_WIN
    QVERIFY2(start.isFile(), qPrintable(tail(first))); // a .cmd: Windows has no executable bit
#else
    QVERIFY2(start.isExecutable(), qPrintable(tail(first)));
#endif

    const Outcome o = run(trainingRun({QStringLiteral("--confirm-all"), QStringLiteral("--set"),
                                       QStringLiteral("install_method=installer"), QStringLiteral("--set"),
                                       QStringLiteral("kaazing_new_home=") + installed}));
    QVERIFY2(o.exitCode == 0, qPrintable(tail(o)));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
    QVERIFY(o.out.contains(QLatin1String("[confirm] The Windows or Linux installer of the target release has run: "
                                         "confirmed unattended")));
    QVERIFY(o.out.contains(QLatin1String("[confirm] The service the installer started is stopped")));
    // No archive, no unpacking on this path.
    QVERIFY(!o.out.contains(QLatin1String("Unpack the release")));
    QVERIFY(!o.out.contains(QLatin1String("The release archive is there")));
    QVERIFY(!o.out.contains(QLatin1String("extracted ")));
    QVERIFY2(o.out.contains(QLatin1String("[check] The new GATEWAY_HOME holds the target release: passed")),
             qPrintable(o.out));
    QVERIFY(
        readFile(installed + QStringLiteral("/conf/gateway-config.xml")).contains("xmlns.kaazing.org/2016/06/gateway"));
}

void tst_PlaybookKaazing::release32EndsInNoGoContactKaazingSupport()
{
    // A 3.2 installation whose JAR is gone: README.txt still tells the release.
    const QString home = m_home->filePath(QStringLiteral("kaazing-3.2"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/conf")));
    QFile readme(home + QStringLiteral("/README.txt"));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("KAAZING Gateway 3.2.1\n\nVersion: 3.2.1\n");
    readme.close();

    const Outcome o = run(trainingRun(
        {QStringLiteral("--confirm-all"), QStringLiteral("--set"), QStringLiteral("kaazing_old_home=") + home}));
    QCOMPARE(o.exitCode, 1);
    const qsizetype decision = o.out.indexOf(QLatin1String("== Decision: NO-GO"));
    QVERIFY2(decision >= 0, qPrintable(tail(o)));
    QVERIFY2(o.out.indexOf(QLatin1String("blocker  The upgrade path from the release in use to the target is "
                                         "supported: failed: Release 3.2 or earlier: contact KAAZING Support"),
                           decision)
                 > decision,
             qPrintable(o.out.mid(decision)));
    QVERIFY(o.out.contains(QStringLiteral("(detected: current 3.2.1 from %1/README.txt)").arg(home)));
    // Nothing was changed: the run stopped on the first page.
    QVERIFY(!o.out.contains(QLatin1String("Stop the old Gateway ...")));
}

void tst_PlaybookKaazing::eachFaultThatAppliesEndsInNoGoWithWhatToDo_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("port in use")
        << QStringLiteral("kaazing.port=in-use")
        << QStringLiteral("blocker  Nothing listens on the Gateway's host and port any more: failed: Something "
                          "listens on 127.0.0.1:%1; stop it or choose another port");
    QTest::newRow("disk full") << QStringLiteral("disk.full")
                               << QStringLiteral("blocker  Stop the old Gateway: failed: ")
            + QStringLiteral("%1No space left on device. What to do: Read log/service.log of the old Gateway");
}

void tst_PlaybookKaazing::eachFaultThatAppliesEndsInNoGoWithWhatToDo()
{
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    const Outcome o = run(trainingRun({QStringLiteral("--confirm-all"), QStringLiteral("--fault"), fault}));
    QCOMPARE(o.exitCode, 1);
    const qsizetype decision = o.out.indexOf(QLatin1String("== Decision: NO-GO"));
    QVERIFY2(decision >= 0, qPrintable(tail(o)));
    const QString verdict = o.out.mid(decision);
    // The failed step, and on the same line what the check or the tool said: the port check
    // says to stop what listens or choose another port, the tool that the disk is full.
    const QStringList parts = reason.split(QStringLiteral("%1"));
    const qsizetype start = verdict.indexOf(parts.first());
    QVERIFY2(start > 0, qPrintable(verdict));
    const qsizetype lineEnd = verdict.indexOf(u'\n', start);
    QVERIFY2(verdict.mid(start, lineEnd - start).contains(parts.last()), qPrintable(verdict));
    // Nothing was installed or migrated after the failure.
    QVERIFY(!o.out.contains(QLatin1String("extracted ")));
}

QTEST_GUILESS_MAIN(tst_PlaybookKaazing)
#include "tst_playbook_kaazing.moc"
