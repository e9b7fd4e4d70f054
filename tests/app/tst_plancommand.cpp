// `upgrade-wizard plan`: the real program shows what a run would do, and a real run then does
// exactly that, in that order.

#include "appprocess.h"
#include "testfiles.h"
#include "wine.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace uw::test;

namespace {

// The steps a session's journal names, each once, in the order it first names them.
QStringList journalledSteps(const QString &sessionDir)
{
    QStringList keys;
    for (const QByteArray &line : readFile(sessionDir + QStringLiteral("/journal.jsonl")).split('\n')) {
        const QString step = QJsonDocument::fromJson(line).object().value(QLatin1String("step")).toString();
        if (!step.isEmpty() && !keys.contains(step))
            keys << step;
    }
    return keys;
}

// Every file under `dir`, to see that a command left nothing behind.
QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class tst_PlanCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aRunTakesThePlansStepsInItsOrder_data();
    void aRunTakesThePlansStepsInItsOrder();
    void writesTextJsonOrHtmlAndNothingElse();
    void neverShowsASecretGivenToIt();
    void anUnbuildablePlanExitsTwoSayingWhy_data();
    void anUnbuildablePlanExitsTwoSayingWhy();

private:
    AppOutcome run(const QStringList &arguments) const { return m_home->run(arguments); }
    std::unique_ptr<AppHome> m_home;
};

void tst_PlanCommand::init()
{
    // UW_SIM_SPEED=0: the simulated tools, without their pacing.
    m_home = std::make_unique<AppHome>(QStringLiteral(UW_APP_PATH),
                                       QHash<QString, QString>{{QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0")}},
                                       300000);
    QVERIFY(m_home->isValid());
}

// Every bundled playbook, as `playbooks` lists them.
void tst_PlanCommand::aRunTakesThePlansStepsInItsOrder_data()
{
    QTest::addColumn<QString>("playbook");
    const AppHome home(QStringLiteral(UW_APP_PATH), {}, 60000);
    const AppOutcome listed = home.run({QStringLiteral("playbooks")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    int rows = 0;
    for (const QString &line : listed.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QString id = line.section(u'\t', 0, 0);
        QTest::newRow(qPrintable(id)) << id;
        ++rows;
    }
    QVERIFY(rows >= 5);
}

void tst_PlanCommand::aRunTakesThePlansStepsInItsOrder()
{
    QFETCH(QString, playbook);
    const AppOutcome planned = run({QStringLiteral("plan"), playbook, QStringLiteral("--training"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(planned.exitCode == 0, qPrintable(planned.err));
    const QJsonObject plan = QJsonDocument::fromJson(planned.out.toUtf8()).object();
    QCOMPARE(plan.value(QLatin1String("format")).toString(), QStringLiteral("upgrade-wizard-plan"));
    QStringList plannedKeys;
    for (const QJsonValue &step : plan.value(QLatin1String("steps")).toArray()) {
        // An info item is text only: nothing of it reaches the journal.
        if (step.toObject().value(QLatin1String("type")).toString() != u"info")
            plannedKeys << step.toObject().value(QLatin1String("key")).toString();
    }
    QVERIFY(!plannedKeys.isEmpty());
    QCOMPARE(plan.value(QLatin1String("totals")).toObject().value(QLatin1String("steps")).toInt(),
             plan.value(QLatin1String("steps")).toArray().size());

    // The run against the simulator: its services speak HTTPS, which Wine cannot serve (the
    // plan above is still checked there).
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString session = m_home->filePath(QStringLiteral("session"));
    const AppOutcome ran = run({QStringLiteral("run"), playbook, QStringLiteral("--training"),
                                QStringLiteral("--confirm-all"), QStringLiteral("--session"), session});
    QVERIFY2(ran.exitCode == 0 && ran.out.contains(QLatin1String("== Decision: GO")),
             qPrintable(ran.out.right(3000) + ran.err));
    // The run went to GO: it did every step the plan has, and in the plan's order.
    QCOMPARE(journalledSteps(session), plannedKeys);
}

void tst_PlanCommand::writesTextJsonOrHtmlAndNothingElse()
{
    const QStringList before = filesUnder(m_home->path());
    const AppOutcome text = run({QStringLiteral("plan"), QStringLiteral("sample-local")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.startsWith(QLatin1String("Plan: Sample: a rehearsal on this computer (sample-local)\n")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("*task     blocker Run a command on local  [5s]")), qPrintable(text.out));
    QVERIFY(text.out.contains(QLatin1String("\nTotal: 7 steps: ")));

    const AppOutcome json = run(
        {QStringLiteral("plan"), QStringLiteral("sample-local"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(plan.value(QLatin1String("steps")).toArray().size(), 7);

    const AppOutcome html = run(
        {QStringLiteral("plan"), QStringLiteral("sample-local"), QStringLiteral("--format"), QStringLiteral("HTML")});
    QCOMPARE(html.exitCode, 0);
    QVERIFY(html.out.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.out.trimmed().endsWith(QLatin1String("</html>")));

    // No session, no sandbox: the log file is all a command writes.
    QStringList after = filesUnder(m_home->path());
    after.removeIf([](const QString &file) { return file.contains(QLatin1String("/logs/")); });
    QCOMPARE(after, before);
}

void tst_PlanCommand::neverShowsASecretGivenToIt()
{
    const QString secret = QStringLiteral("Plan-Secret-31337");
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("html")}) {
        const AppOutcome o = run({QStringLiteral("plan"), QStringLiteral("cortex-upgrade"),
                                  QStringLiteral("--training"), QStringLiteral("--set"),
                                  QStringLiteral("admin_password=") + secret, QStringLiteral("--format"), format});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(!o.out.contains(secret), qPrintable(format));
        QVERIFY2(o.out.contains(QLatin1String("******")), qPrintable(format));
    }
}

void tst_PlanCommand::anUnbuildablePlanExitsTwoSayingWhy_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("no such playbook") << QStringList{QStringLiteral("no-such-playbook")}
                                      << QStringLiteral("no-such-playbook");
    QTest::newRow("a required parameter not given")
        << QStringList{QStringLiteral("axway-upgrade")}
        << QStringLiteral("parameter anm_host: required (--anm_host); give it with --set anm_host=VALUE");
    QTest::newRow("a wrong value") << QStringList{QStringLiteral("sample-local"), QStringLiteral("--set"),
                                                  QStringLiteral("topology=triple")}
                                   << QStringLiteral("topology");
    QTest::newRow("an unknown format") << QStringList{QStringLiteral("sample-local"), QStringLiteral("--format"),
                                                      QStringLiteral("pdf")}
                                       << QStringLiteral("--format: expected text, json or html, got 'pdf'");
}

void tst_PlanCommand::anUnbuildablePlanExitsTwoSayingWhy()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const AppOutcome o = run(QStringList{QStringLiteral("plan")} + arguments);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(says), qPrintable(o.err));
    QVERIFY2(o.out.isEmpty(), qPrintable(o.out));
}

QTEST_GUILESS_MAIN(tst_PlanCommand)
#include "tst_plancommand.moc"
