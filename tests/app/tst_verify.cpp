// Reports that prove themselves: `run --sign-with KEY` signs them with a real SSH key
// (OpenSSH's ssh-keygen), and `verify` catches a report changed by one byte, a key not allowed,
// an edited journal line and a report that says other than its journal.

#include "appprocess.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace uw::test;

class tst_Verify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aSignedReportOfAnIntactSessionVerifies();
    void aReportChangedByOneByteFailsItsSignature();
    void aKeyNotAllowedIsRefused();
    void anEditedJournalLineIsFound();
    void anEditedLastJournalLineIsFound();
    void aReportThatSaysOtherThanItsJournalIsNamedByField();
    void aResumedSessionStillVouchesForItsEarlierReport();
    void nothingToVerifyIsAUsageError();
    void aMissingKeyIsRefusedBeforeAnythingRuns();

private:
    AppOutcome run(const QStringList &arguments) const { return m_home->run(arguments); }
    QString path(const QString &name) const { return m_home->filePath(name); }
    // An ed25519 key pair without a passphrase, `name` its comment; returns the private key.
    QString makeKey(const QString &name);
    // An allowed_signers file naming `principal` for the public half of `key`.
    QString allowSigner(const QString &file, const QString &principal, const QString &key);
    // sample-local run to GO into `session`, its report in `report`, both signed with `key`.
    void runSigned(const QString &session, const QString &report, const QString &key);

    std::unique_ptr<AppHome> m_home;
    QString m_keygen;
};

void tst_Verify::init()
{
    m_keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (m_keygen.isEmpty())
        QSKIP("OpenSSH's ssh-keygen is not installed here");
    m_home = std::make_unique<AppHome>(QStringLiteral(UW_APP_PATH),
                                       QHash<QString, QString>{{QStringLiteral("USER"), QStringLiteral("tester")}},
                                       120000);
    QVERIFY(m_home->isValid());
}

QString tst_Verify::makeKey(const QString &name)
{
    const QString key = path(name);
    QProcess keygen;
    keygen.start(m_keygen,
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-C"), name, QStringLiteral("-f"), key});
    if (!keygen.waitForFinished(30000) || keygen.exitCode() != 0)
        qWarning("ssh-keygen could not make a key: %s", keygen.readAllStandardError().constData());
    return key;
}

QString tst_Verify::allowSigner(const QString &file, const QString &principal, const QString &key)
{
    const QByteArray publicKey = readFile(key + QStringLiteral(".pub")).trimmed();
    const QString allowed = path(file);
    writeFile(allowed, principal.toUtf8() + " namespaces=\"upgrade-wizard\" " + publicKey + '\n');
    return allowed;
}

void tst_Verify::runSigned(const QString &session, const QString &report, const QString &key)
{
    const AppOutcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--confirm-all"),
                              QStringLiteral("--session"), session, QStringLiteral("--report"), report,
                              QStringLiteral("--sign-with"), key});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QStringLiteral("signed: %1.sig").arg(QDir::toNativeSeparators(report))), qPrintable(o.out));
    QVERIFY(QFile::exists(report + QStringLiteral(".sig")));
    QVERIFY(QFile::exists(session + QStringLiteral("/report.json.sig")));
}

void tst_Verify::aSignedReportOfAnIntactSessionVerifies()
{
    const QString key = makeKey(QStringLiteral("ops@example"));
    const QString allowed = allowSigner(QStringLiteral("allowed"), QStringLiteral("ops@example"), key);
    runSigned(path(QStringLiteral("s")), path(QStringLiteral("r.json")), key);

    const AppOutcome o
        = run({QStringLiteral("verify"), path(QStringLiteral("r.json")), QStringLiteral("--allowed-signers"), allowed,
               QStringLiteral("--session"), path(QStringLiteral("s"))});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("signature: good"))
                 && o.out.contains(QLatin1String("by ops@example with ED25519 key SHA256:")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("journal: intact")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("report and journal: the report is what the journal says")),
             qPrintable(o.out));
    QVERIFY(o.out.trimmed().endsWith(QLatin1String("verified")));

    // The session's own report.json, signed too, and an HTML report.
    QCOMPARE(run({QStringLiteral("verify"), path(QStringLiteral("s/report.json")), QStringLiteral("--allowed-signers"),
                  allowed, QStringLiteral("--session"), path(QStringLiteral("s"))})
                 .exitCode,
             0);
    const AppOutcome html = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--confirm-all"),
                                 QStringLiteral("--session"), path(QStringLiteral("h")), QStringLiteral("--report"),
                                 path(QStringLiteral("r.html")), QStringLiteral("--sign-with"), key});
    QVERIFY2(html.exitCode == 0, qPrintable(html.err));
    const AppOutcome checked
        = run({QStringLiteral("verify"), path(QStringLiteral("r.html")), QStringLiteral("--allowed-signers"), allowed});
    QVERIFY2(checked.exitCode == 0 && checked.out.contains(QLatin1String("signature: good")), qPrintable(checked.out));
}

void tst_Verify::aReportChangedByOneByteFailsItsSignature()
{
    const QString key = makeKey(QStringLiteral("ops@example"));
    const QString allowed = allowSigner(QStringLiteral("allowed"), QStringLiteral("ops@example"), key);
    const QString report = path(QStringLiteral("r.json"));
    runSigned(path(QStringLiteral("s")), report, key);

    // One digit of when it was written: still JSON, still what the journal says.
    QByteArray bytes = readFile(report);
    const qsizetype at = bytes.indexOf("\"generated\": \"") + qsizetype(qstrlen("\"generated\": \"")) + 3;
    QVERIFY(at > 20);
    bytes[at] = bytes.at(at) == '7' ? '8' : '7';
    QVERIFY(writeFile(report, bytes));

    const AppOutcome o = run({QStringLiteral("verify"), report, QStringLiteral("--allowed-signers"), allowed,
                              QStringLiteral("--session"), path(QStringLiteral("s"))});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QLatin1String("signature: BAD")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("NOT VERIFIED: the signature did not pass")), qPrintable(o.out));
    // Without the allowed signers, the signature still does not fit the bytes.
    const AppOutcome unchecked = run({QStringLiteral("verify"), report});
    QCOMPARE(unchecked.exitCode, 1);
    QVERIFY2(unchecked.out.contains(QLatin1String("signature: BAD")), qPrintable(unchecked.out));
}

void tst_Verify::aKeyNotAllowedIsRefused()
{
    const QString key = makeKey(QStringLiteral("ops@example"));
    const QString other = makeKey(QStringLiteral("someone@else"));
    const QString allowed = allowSigner(QStringLiteral("allowed"), QStringLiteral("someone@else"), other);
    runSigned(path(QStringLiteral("s")), path(QStringLiteral("r.json")), key);
    const AppOutcome o
        = run({QStringLiteral("verify"), path(QStringLiteral("r.json")), QStringLiteral("--allowed-signers"), allowed});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(
                 QStringLiteral("the signature was not made by any key in %1").arg(QDir::toNativeSeparators(allowed))),
             qPrintable(o.out));
}

void tst_Verify::anEditedJournalLineIsFound()
{
    const QString key = makeKey(QStringLiteral("ops@example"));
    runSigned(path(QStringLiteral("s")), path(QStringLiteral("r.json")), key);
    const QString journal = path(QStringLiteral("s/journal.jsonl"));
    QList<QByteArray> lines = readFile(journal).split('\n');
    const qsizetype edited = lines.indexOf(
        *std::find_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.contains("\"exit code: 0\""); }));
    QVERIFY(edited > 0 && edited + 2 < lines.size());
    lines[edited].replace("\"exit code: 0\"", "\"exit code: 1\"");
    QVERIFY(writeFile(journal, lines.join('\n')));

    const AppOutcome o = run({QStringLiteral("verify"), path(QStringLiteral("r.json")), QStringLiteral("--session"),
                              path(QStringLiteral("s"))});
    QCOMPARE(o.exitCode, 1);
    // The line after the edited one no longer continues the chain.
    QVERIFY2(o.out.contains(QStringLiteral("journal.jsonl:%1: error:").arg(edited + 2)), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("hash chain broken")), qPrintable(o.out));
}

void tst_Verify::anEditedLastJournalLineIsFound()
{
    const QString key = makeKey(QStringLiteral("ops@example"));
    runSigned(path(QStringLiteral("s")), path(QStringLiteral("r.json")), key);
    // No line follows the last one to vouch for it: the report's journal head does.
    const QString journal = path(QStringLiteral("s/journal.jsonl"));
    QByteArray bytes = readFile(journal);
    QVERIFY(bytes.contains("\"decision\":\"go\""));
    bytes.replace("\"decision\":\"go\"", "\"decision\":\"no-go\"");
    QVERIFY(writeFile(journal, bytes));
    const AppOutcome o = run({QStringLiteral("verify"), path(QStringLiteral("r.json")), QStringLiteral("--session"),
                              path(QStringLiteral("s"))});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QLatin1String("no line of the journal has the report's journal head")), qPrintable(o.out));
}

void tst_Verify::aReportThatSaysOtherThanItsJournalIsNamedByField()
{
    const QString key = makeKey(QStringLiteral("ops@example"));
    const QString allowed = allowSigner(QStringLiteral("allowed"), QStringLiteral("ops@example"), key);
    const QString report = path(QStringLiteral("r.json"));
    runSigned(path(QStringLiteral("s")), report, key);
    // Changed and signed again by the same key: the signature is good, the contents are not.
    QJsonObject json = QJsonDocument::fromJson(readFile(report)).object();
    QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QJsonObject step = steps.at(i).toObject();
        if (step.value(QLatin1String("step")).toString() == u"run-tool@local") {
            step.insert(QStringLiteral("status"), QStringLiteral("failed"));
            steps.replace(i, step);
            changed = true;
        }
    }
    QVERIFY(changed);
    json.insert(QStringLiteral("steps"), steps);
    QVERIFY(writeFile(report, QJsonDocument(json).toJson()));
    // Before ssh-keygen starts: it asks before it overwrites a signature (and would wait for
    // an answer on its standard input, which is closed so that it cannot).
    QVERIFY(QFile::remove(report + QStringLiteral(".sig")));
    QProcess sign;
    sign.setStandardInputFile(QProcess::nullDevice());
    sign.start(m_keygen,
               {QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-f"), key, QStringLiteral("-n"),
                QStringLiteral("upgrade-wizard"), report});
    QVERIFY(sign.waitForFinished(30000));
    QCOMPARE(sign.exitCode(), 0);

    const AppOutcome o = run({QStringLiteral("verify"), report, QStringLiteral("--allowed-signers"), allowed,
                              QStringLiteral("--session"), path(QStringLiteral("s"))});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QLatin1String("signature: good")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String(
                 "steps[run-tool@local].status: the report says \"failed\", the journal says \"passed\"")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("NOT VERIFIED: the report's contents did not pass")), qPrintable(o.out));
}

void tst_Verify::aResumedSessionStillVouchesForItsEarlierReport()
{
    const QString key = makeKey(QStringLiteral("ops@example"));
    runSigned(path(QStringLiteral("s")), path(QStringLiteral("r.json")), key);
    const AppOutcome resumed
        = run({QStringLiteral("resume"), path(QStringLiteral("s")), QStringLiteral("--confirm-all")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
    // The journal grew; the earlier report is what it said up to the report's record.
    const AppOutcome o = run({QStringLiteral("verify"), path(QStringLiteral("r.json")), QStringLiteral("--session"),
                              path(QStringLiteral("s"))});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    static const QRegularExpression made(
        QStringLiteral("intact, (\\d+) record\\(s\\); the report was made at record (\\d+)"));
    const QRegularExpressionMatch match = made.match(o.out);
    QVERIFY2(match.hasMatch(), qPrintable(o.out));
    QVERIFY(match.captured(1).toInt() > match.captured(2).toInt());
}

void tst_Verify::nothingToVerifyIsAUsageError()
{
    const QString report = path(QStringLiteral("plain.json"));
    QVERIFY(writeFile(report, "{}"));
    AppOutcome o = run({QStringLiteral("verify"), report});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("nothing to verify")), qPrintable(o.err));
    o = run({QStringLiteral("verify"), path(QStringLiteral("missing.json"))});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("cannot read the report")), qPrintable(o.err));
    o = run({QStringLiteral("verify"), report, QStringLiteral("--session"), m_home->path()});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("not a session folder")), qPrintable(o.err));
}

void tst_Verify::aMissingKeyIsRefusedBeforeAnythingRuns()
{
    const QString session = path(QStringLiteral("s"));
    const AppOutcome o = run({QStringLiteral("run"), QStringLiteral("sample-local"), QStringLiteral("--confirm-all"),
                              QStringLiteral("--session"), session, QStringLiteral("--sign-with"),
                              path(QStringLiteral("no-such-key"))});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("--sign-with")) && o.err.contains(QLatin1String("no such key file")),
             qPrintable(o.err));
    QVERIFY(!QFile::exists(session));
}

QTEST_GUILESS_MAIN(tst_Verify)
#include "tst_verify.moc"
