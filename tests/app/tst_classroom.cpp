// The classroom flow of docs/training-sandbox.md, as a trainer and a participant follow it: the
// trainer starts `upgrade-wizard simulator --listen` (a separate process serving the sandbox and
// the services), and each bundled playbook runs against it to GO from the command it prints.

#include "appprocess.h"
#include "wine.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace uw::test;

namespace {

// The simulator, started as the trainer starts it, and what it printed before it began serving.
class Classroom
{
public:
    explicit Classroom(const QProcessEnvironment &environment)
        : m_environment(environment)
    { }
    ~Classroom() { stop(); }

    // Starts it on six consecutive loopback ports; a few tries, since another program may take
    // one of a range found free a moment before.
    bool start(const QString &root, const QStringList &faults = {})
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            const quint16 base = probe.serverPort();
            probe.close();
            if (base > 65000)
                continue;
            QStringList arguments{QStringLiteral("simulator"), QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:%1").arg(base), QStringLiteral("--root"), root};
            for (const QString &fault : faults)
                arguments << QStringLiteral("--fault") << fault;
            m_process.setProcessEnvironment(m_environment);
            m_process.setProcessChannelMode(QProcess::MergedChannels);
            m_output.clear();
            m_process.start(QStringLiteral(UW_APP_PATH), arguments);
            if (!m_process.waitForStarted(10000))
                return false;
            const QDeadlineTimer deadline(120000);
            while (!m_output.contains(QLatin1String("Stop with Ctrl-C.")) && !deadline.hasExpired()
                   && m_process.state() == QProcess::Running) {
                m_process.waitForReadyRead(1000);
                m_output += QString::fromUtf8(m_process.readAll()).replace(QLatin1String("\r\n"), QLatin1String("\n"));
            }
            if (m_output.contains(QLatin1String("Stop with Ctrl-C.")))
                return true;
            stop();
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    QString output() const { return m_output; }

    // The participants' command line, PLAYBOOK and the answers file as printed.
    QStringList participantsCommand() const
    {
        static const QRegularExpression line(QStringLiteral("^  upgrade-wizard (run PLAYBOOK --answers) (.+)$"),
                                             QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(m_output);
        if (!match.hasMatch())
            return {};
        return match.captured(1).split(u' ') << match.captured(2);
    }

private:
    QProcessEnvironment m_environment;
    QProcess m_process;
    QString m_output;
};

} // namespace

class TestClassroom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBundledPlaybookReachesGoFromThePrintedCommand_data();
    void everyBundledPlaybookReachesGoFromThePrintedCommand();
    void theAnswersFileIsPrivateAndShared();
};

void TestClassroom::everyBundledPlaybookReachesGoFromThePrintedCommand_data()
{
    QTest::addColumn<QString>("playbook");
    QTest::addColumn<bool>("https"); // it calls the simulator's HTTPS services
    QTest::newRow("axway-upgrade") << QStringLiteral("axway-upgrade") << true;
    QTest::newRow("cortex-upgrade") << QStringLiteral("cortex-upgrade") << true;
    QTest::newRow("kaazing-upgrade") << QStringLiteral("kaazing-upgrade") << false;
    QTest::newRow("training-tour") << QStringLiteral("training-tour") << true;
    QTest::newRow("sample-local") << QStringLiteral("sample-local") << false;
}

// One simulator per playbook: the procedures change the sandbox (an applied Axway domain cannot
// be exported again), as a class would run one procedure per sandbox.
void TestClassroom::everyBundledPlaybookReachesGoFromThePrintedCommand()
{
    QFETCH(QString, playbook);
    QFETCH(bool, https);
    if (https)
        UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    AppHome home(QStringLiteral(UW_APP_PATH), {{QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0")}}, 300000);
    QVERIFY(home.isValid());
    Classroom classroom(home.environment());
    QVERIFY2(classroom.start(home.filePath(QStringLiteral("classroom"))), qPrintable(classroom.output()));

    // The playbooks it names are those a participant may run.
    QVERIFY2(
        classroom.output().contains(QRegularExpression(
            QStringLiteral("Participants run a playbook \\([^)]*\\b%1\\b").arg(QRegularExpression::escape(playbook)))),
        qPrintable(classroom.output()));
    QStringList command = classroom.participantsCommand();
    QVERIFY2(command.size() == 4, qPrintable(classroom.output()));
    QCOMPARE(command.indexOf(QStringLiteral("PLAYBOOK")), 1);
    command[1] = playbook;
    QVERIFY2(QFileInfo::exists(command.last()), qPrintable(command.last()));

    // Signed off unattended: the participant's sign-offs are not what this tests.
    const AppOutcome run = home.run(command << QStringLiteral("--confirm-all"));
    // The ends: what went wrong is last, and QtTest cuts a long message short.
    QVERIFY2(
        run.exitCode == 0,
        qPrintable(
            QStringLiteral("exit %1\n...%2\n...%3").arg(run.exitCode).arg(run.out.right(3000), run.err.right(1500))));
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("== Decision: GO\\b"))), qPrintable(run.out));
}

void TestClassroom::theAnswersFileIsPrivateAndShared()
{
    AppHome home(QStringLiteral(UW_APP_PATH), {{QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0")}}, 300000);
    QVERIFY(home.isValid());
    Classroom classroom(home.environment());
    QVERIFY2(classroom.start(home.filePath(QStringLiteral("classroom"))), qPrintable(classroom.output()));
    const QString path = classroom.participantsCommand().value(3);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QJsonObject answers = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(answers.value(QLatin1String("shared")).toBool(), true);
    // It holds the training administrator's password.
    QCOMPARE(answers.value(QLatin1String("parameters")).toObject().value(QLatin1String("admin_password")).toString(),
             QStringLiteral("changeme"));
#ifndef Q_OS_WIN
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
#endif

    // Without "shared" the same values are refused by a playbook that lacks some of them: the
    // answers name each parameter the playbook does not have.
    QJsonObject unshared = answers;
    unshared.remove(QLatin1String("shared"));
    QFile copy(home.filePath(QStringLiteral("unshared.json")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(QJsonDocument(unshared).toJson());
    copy.close();
    QVERIFY(copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const AppOutcome run = home.run({QStringLiteral("run"), QStringLiteral("kaazing-upgrade"),
                                     QStringLiteral("--answers"), copy.fileName(), QStringLiteral("--confirm-all")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("parameter anm_url: the playbook has no such parameter")),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestClassroom)
#include "tst_classroom.moc"
