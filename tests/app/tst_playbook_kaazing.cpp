// The bundled kaazing-upgrade playbook, end to end with the real program against the training
// simulator (tests/wizard/playbook/tst_bundledplaybooks.cpp checks its coverage document): it validates, it
// runs to GO with the release unpacked or installed, on the 3.5 -> 4.0, 3.5.x -> 3.5.y and
// 3.4 -> 3.5 paths, and it ends NO-GO for a 3.2 installation and for each simulator fault that
// touches it, with a reason a first-time upgrader can act on. The simulated Gateway runs in the
// foreground as the real one does: the playbook starts it in the background and stops it by its
// pid file; what a run leaves running (the migrated Gateway) each test stops itself.

#include "appprocess.h"
#include "testfiles.h"
#include "wizard/simulator/sandbox.h"
#include "wizard/support/processtree.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
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
    void patchWithin35RunsToGoWithoutTranslation();
    void upgradeFrom34To35TranslatesAndAdopts();
    void release32EndsInNoGoContactKaazingSupport();
    void eachFaultThatAppliesEndsInNoGoWithWhatToDo_data();
    void eachFaultThatAppliesEndsInNoGoWithWhatToDo();

private:
    using Outcome = uw::test::AppOutcome;
    Outcome run(const QStringList &arguments);
    static QStringList trainingRun(const QStringList &more);
    static QString trainingRoot(const Outcome &outcome);
    // Stops the Gateway a run left running (its pid file in the session); returns its pid.
    static qint64 stopGateway(const QString &session);
    void cleanup();
    std::unique_ptr<uw::test::AppHome> m_home;
    QStringList m_sessions; // whose Gateway cleanup() stops, whatever a test's outcome
};

namespace {

const QString kPlaybook = QStringLiteral(UW_SOURCE_DIR "/resources/playbooks/kaazing-upgrade.json");

QString tail(const uw::test::AppOutcome &o)
{
    return o.out.right(4000) + o.err;
}

} // namespace

qint64 tst_PlaybookKaazing::stopGateway(const QString &session)
{
    QFile file(session + QStringLiteral("/kaazing-gateway.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    qint64 pid = 0, started = 0, group = 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    pid = lines.value(0).trimmed().toLongLong();
    for (const QByteArray &line : lines) {
        if (line.startsWith("started "))
            started = line.mid(8).trimmed().toLongLong();
        if (line.startsWith("group "))
            group = line.mid(6).trimmed().toLongLong();
    }
    if (pid > 0 && uw::ProcessTree::isRunning(pid, started))
        uw::ProcessTree::stopDetached(pid, group, true);
    return pid;
}

void tst_PlaybookKaazing::cleanup()
{
    for (const QString &session : std::as_const(m_sessions))
        stopGateway(session);
    m_sessions.clear();
}

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
            // The disk-space rule is the playbook's own; the document gives no figure.
            if (item.value(QLatin1String("id")).toString() == u"disk-room")
                QVERIFY2(help.contains(QLatin1String("The document states no figure for the disk space. This "
                                                     "playbook's own rule:")),
                         qPrintable(help));
            // Nothing runs a stop script: the vendor's distribution has none.
            QVERIFY(!QJsonDocument(item).toJson().contains("gateway.stop"));
        }
    }
}

void tst_PlaybookKaazing::runsToGoFromTheArchiveWithRealEvidence()
{
    const QString session = m_home->filePath(QStringLiteral("archive"));
    m_sessions << session;
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
    // The old Gateway stopped (signed off: the distribution has no stop script), its port
    // free, conf/ backed up with its checksum.
    QVERIFY2(o.out.contains(QLatin1String("[confirm] The old Gateway is stopped: confirmed unattended")),
             qPrintable(o.out));
    QVERIFY(!o.out.contains(QLatin1String("gateway.stop")));
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
    // The Gateway host and port went into the configuration (gateway.hostname, gateway.base.port).
    QVERIFY2(config.contains("<name>gateway.hostname</name><value>127.0.0.1</value>"), config.constData());
    static const QRegularExpression portLine(QStringLiteral("ws://127\\.0\\.0\\.1:(\\d+)/echo"));
    const int port = portLine.match(QString::fromUtf8(log)).captured(1).toInt();
    QVERIFY2(port > 0 && port != 8000, log.constData());
    // Both starts ran in the background until the Gateway accepted on its port; the first one
    // was stopped by its pid file before the configuration was replaced.
    static const QRegularExpression ready(QStringLiteral("gateway\\.start runs in the background as process (\\d+) and "
                                                         "is ready: 127\\.0\\.0\\.1:(\\d+) accepts connections"));
    QList<qint64> pids;
    for (auto it = ready.globalMatch(o.out); it.hasNext();) {
        const auto match = it.next();
        QCOMPARE(match.captured(2).toInt(), port);
        // In the step's log and in its result line.
        if (!pids.contains(match.captured(1).toLongLong()))
            pids << match.captured(1).toLongLong();
    }
    QVERIFY2(pids.size() == 2,
             qPrintable(o.out.mid(o.out.indexOf(QLatin1String("[task] Start the new Gateway once")), 3000)));
    // Windows has no polite stop for a console program: the process tree is ended at once.
#ifdef Q_OS_WIN
    const QString stopped = QStringLiteral("was killed and is gone");
#else
    const QString stopped = QStringLiteral("stopped");
#endif
    QVERIFY2(o.out.contains(
                 QStringLiteral("[task] Stop the new Gateway: passed (process %1 %2)").arg(pids.first()).arg(stopped)),
             qPrintable(o.out.mid(o.out.indexOf(QLatin1String("[task] Stop the new Gateway")), 2000)));
    QVERIFY(!uw::ProcessTree::isRunning(pids.first(), 0));
    // The migrated Gateway stays running after the run, as on a real site, and accepts on its port.
    QVERIFY(uw::ProcessTree::isRunning(pids.last(), 0));
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    QVERIFY(socket.waitForConnected(10000));
    socket.abort();
    QCOMPARE(stopGateway(session), pids.last());
    QTRY_VERIFY_WITH_TIMEOUT(!uw::ProcessTree::isRunning(pids.last(), 0), 10000);
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

    const QString session = m_home->filePath(QStringLiteral("installer"));
    m_sessions << session;
    const Outcome o
        = run(trainingRun({QStringLiteral("--confirm-all"), QStringLiteral("--set"),
                           QStringLiteral("install_method=installer"), QStringLiteral("--set"),
                           QStringLiteral("kaazing_new_home=") + installed, QStringLiteral("--session"), session}));
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

// The 3.5.x -> 3.5.y row of the vendor's table: a patch. The configuration is already in the
// namespace 3.5 reads, so the Gateway writes no gateway-config.xml.new and there is nothing to
// adopt; no client change.
void tst_PlaybookKaazing::patchWithin35RunsToGoWithoutTranslation()
{
    const Outcome first = run(trainingRun({}));
    const QString root = trainingRoot(first);
    QVERIFY2(!root.isEmpty(), qPrintable(tail(first)));
    const QString newHome = m_home->filePath(QStringLiteral("kaazing-3.5.12"));
    const QString session = m_home->filePath(QStringLiteral("patch"));
    m_sessions << session;
    const Outcome o = run(
        trainingRun({QStringLiteral("--confirm-all"), QStringLiteral("--session"), session, QStringLiteral("--set"),
                     QStringLiteral("kaazing_target=3.5.12"), QStringLiteral("--set"),
                     QStringLiteral("kaazing_release=%1/kaazing/releases/kaazing-gateway-3.5.12.tar.gz").arg(root),
                     QStringLiteral("--set"), QStringLiteral("kaazing_new_home=") + newHome}));
    QVERIFY2(o.exitCode == 0, qPrintable(tail(o)));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
    QVERIFY2(o.out.contains(QLatin1String("Upgrade path: patch (3.5.x to 3.5.y). Clients: no code changes or "
                                          "recompilation")),
             qPrintable(o.out));
    QVERIFY2(
        o.out.contains(QStringLiteral("nothing to copy: %1/conf/gateway-config.xml.new does not exist").arg(newHome)),
        qPrintable(o.out));
    // The 4.0 namespace checks are not part of this path; the 3.5 one is.
    QVERIFY(!o.out.contains(QLatin1String("gateway-config.xml.new is in the current namespace")));
    QVERIFY2(o.out.contains(QLatin1String("[check] gateway-config.xml is in the namespace 3.5 reads: passed")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("[check] The startup log shows the target release: passed (Version 3.5.12")),
             qPrintable(o.out));
    QVERIFY(
        readFile(newHome + QStringLiteral("/conf/gateway-config.xml")).contains("xmlns.kaazing.com/2012/09/gateway"));
    QVERIFY(stopGateway(session) > 0);
}

// The 3.3/3.4 -> 3.5 row: a minor upgrade. The 3.4 configuration (namespace 2012/08 in the
// simulator) is translated by the 3.5 Gateway and adopted; clients may need recompiling.
void tst_PlaybookKaazing::upgradeFrom34To35TranslatesAndAdopts()
{
    const Outcome first = run(trainingRun({}));
    const QString root = trainingRoot(first);
    QVERIFY2(!root.isEmpty(), qPrintable(tail(first)));
    const QString newHome = m_home->filePath(QStringLiteral("kaazing-3.5.12"));
    const QString session = m_home->filePath(QStringLiteral("minor"));
    m_sessions << session;
    const Outcome o
        = run(trainingRun({QStringLiteral("--confirm-all"), QStringLiteral("--session"), session,
                           QStringLiteral("--set"), QStringLiteral("kaazing_old_home=%1/kaazing/3.4").arg(root),
                           QStringLiteral("--set"), QStringLiteral("kaazing_target=3.5.12"), QStringLiteral("--set"),
                           QStringLiteral("kaazing_release=%1/kaazing/releases/kaazing-gateway-3.5.12.zip").arg(root),
                           QStringLiteral("--set"), QStringLiteral("kaazing_new_home=") + newHome}));
    QVERIFY2(o.exitCode == 0, qPrintable(tail(o)));
    QVERIFY(o.out.contains(QLatin1String("== Decision: GO")));
    QVERIFY2(o.out.contains(QLatin1String("(detected: current 3.4.1 from the manifest of ")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("Upgrade path: minor (3.3/3.4 to 3.5). Clients: KAAZING client code may "
                                          "need recompiling")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("uses the out-of-date namespace http://xmlns.kaazing.com/2012/08/gateway. "
                                          "It was translated to http://xmlns.kaazing.com/2012/09/gateway")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("[check] gateway-config.xml is in the namespace 3.5 reads: passed")),
             qPrintable(o.out));
    const QByteArray config = readFile(newHome + QStringLiteral("/conf/gateway-config.xml"));
    QVERIFY2(config.contains("<gateway-config xmlns=\"http://xmlns.kaazing.com/2012/09/gateway\">"),
             config.constData());
    QVERIFY(readFile(root + QStringLiteral("/kaazing/3.4/conf/gateway-config.xml")).contains("2012/08/gateway"));
    QVERIFY(stopGateway(session) > 0);
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
    QTest::addColumn<bool>("installs");
    QTest::newRow("port in use")
        << QStringLiteral("kaazing.port=in-use")
        << QStringLiteral("blocker  Nothing listens on the Gateway's host and port any more: failed: Something "
                          "listens on 127.0.0.1:%1; stop it or choose another port")
        << false;
    // The simulated gateway.start cannot write its log: it ends before it accepts connections,
    // and the step says so with what it printed.
    QTest::newRow("disk full") << QStringLiteral("disk.full")
                               << QStringLiteral("blocker  Start the new Gateway once: it translates an out-of-date "
                                                 "configuration: failed: gateway.start ")
            + QStringLiteral("%1before it was ready; its last output: ERROR: cannot write ")
            + QStringLiteral("%1No space left on device. What to do: Read log/service.log of the new Gateway")
                               << true;
}

void tst_PlaybookKaazing::eachFaultThatAppliesEndsInNoGoWithWhatToDo()
{
    QFETCH(QString, fault);
    QFETCH(QString, reason);
    QFETCH(bool, installs);
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
    const QString line = verdict.mid(start, lineEnd - start);
    qsizetype at = 0;
    for (const QString &part : parts) {
        at = line.indexOf(part, at);
        QVERIFY2(at >= 0, qPrintable(part + QStringLiteral("\n") + verdict));
    }
    // Nothing was installed or migrated after a failure before the install.
    if (!installs)
        QVERIFY(!o.out.contains(QLatin1String("extracted ")));
    // No Gateway was left running: it never accepted connections.
    QVERIFY(!o.out.contains(QLatin1String(" and is ready: ")));
}

QTEST_GUILESS_MAIN(tst_PlaybookKaazing)
#include "tst_playbook_kaazing.moc"
