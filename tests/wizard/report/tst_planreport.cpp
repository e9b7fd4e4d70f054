// The plan of a session before it runs (buildPlanReport, planText, planHtml, describeSpec):
// every step in order with what it will do, secrets masked, irreversible steps marked, waits
// with their reasons, estimates added up.
#include "plandemo.h"
#include "wizard/report/planreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace uw;

namespace {

const QString kSecret = QStringLiteral("s3cr3t-Pa55");

const BuiltinValues kBuiltins{QStringLiteral("<session folder>"), QStringLiteral("<session start>"),
                              QStringLiteral("demo"), QStringLiteral("/usr/bin/upgrade-wizard")};

QJsonObject stepOf(const QJsonObject &report, const QString &key)
{
    for (const QJsonValue &step : report.value(QLatin1String("steps")).toArray())
        if (step.toObject().value(QLatin1String("key")).toString() == key)
            return step.toObject();
    return {};
}

} // namespace

class tst_PlanReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsEveryStepInTheOrderARunTakes();
    void saysWhatEachStepDoesWithPlaceholdersFilled();
    void neverShowsASecret();
    void marksWhatChangesAndWhatIsIrreversible();
    void givesWaitsWithTheirReasons();
    void addsUpTheEstimates();
    void textAndHtmlKeepTitlesAsWritten();
    void describesEveryKindInOneLine_data();
    void describesEveryKindInOneLine();
    void formatsEstimates_data();
    void formatsEstimates();

private:
    QJsonObject m_report; // buildPlanReport of data/plandemo.json
};

void tst_PlanReport::initTestCase()
{
    const auto plan = test::planDemo(kSecret);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error()));
    m_report = buildPlanReport(*plan, kBuiltins);
}

void tst_PlanReport::listsEveryStepInTheOrderARunTakes()
{
    const QJsonObject &report = m_report;
    QStringList keys;
    for (const QJsonValue &step : report.value(QLatin1String("steps")).toArray())
        keys << step.toObject().value(QLatin1String("key")).toString();
    QCOMPARE(
        keys,
        (QStringList{QStringLiteral("intro"), QStringLiteral("ok"), QStringLiteral("alive"), QStringLiteral("backup@A"),
                     QStringLiteral("backup@B"), QStringLiteral("migrate@A"), QStringLiteral("migrate@B")}));
    QCOMPARE(stepOf(report, QStringLiteral("migrate@B")).value(QLatin1String("n")).toInt(), 7);
    QCOMPARE(stepOf(report, QStringLiteral("migrate@B")).value(QLatin1String("node")).toString(), QStringLiteral("B"));
    QCOMPARE(stepOf(report, QStringLiteral("migrate@B")).value(QLatin1String("page")).toString(),
             QStringLiteral("Upgrade"));
    QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("upgrade-wizard-plan"));
}

void tst_PlanReport::saysWhatEachStepDoesWithPlaceholdersFilled()
{
    const QJsonObject &report = m_report;
    QCOMPARE(stepOf(report, QStringLiteral("backup@B")).value(QLatin1String("does")).toString(),
             QStringLiteral("back up /opt/demo/B to <session folder>/b-B.tar.gz"));
    QCOMPARE(stepOf(report, QStringLiteral("alive")).value(QLatin1String("does")).toString(),
             QStringLiteral("GET https://gw.example:8443/health"));
    QCOMPARE(stepOf(report, QStringLiteral("migrate@A"))
                 .value(QLatin1String("spec"))
                 .toObject()
                 .value(QLatin1String("program"))
                 .toString(),
             QStringLiteral("/opt/demo/bin/migrate"));
    // Sign-offs and info items do nothing by themselves.
    QVERIFY(!stepOf(report, QStringLiteral("ok")).contains(QLatin1String("does")));
}

void tst_PlanReport::neverShowsASecret()
{
    const QJsonObject &report = m_report;
    const QByteArray json = QJsonDocument(report).toJson();
    QVERIFY(!json.contains(kSecret.toUtf8()));
    QVERIFY(!planText(report).contains(kSecret));
    QVERIFY(!planHtml(report).contains(kSecret));
    // Masked where it would have been, so the reader sees that one is given.
    QCOMPARE(stepOf(report, QStringLiteral("migrate@A")).value(QLatin1String("does")).toString(),
             QStringLiteral("/opt/demo/bin/migrate --node A --password ****** 'with space'"));
    QVERIFY(planText(report).contains(QLatin1String("password = ******")));
}

void tst_PlanReport::marksWhatChangesAndWhatIsIrreversible()
{
    const QJsonObject &report = m_report;
    QVERIFY(stepOf(report, QStringLiteral("backup@A")).value(QLatin1String("changes")).toBool());
    QVERIFY(!stepOf(report, QStringLiteral("backup@A")).value(QLatin1String("irreversible")).toBool());
    QVERIFY(stepOf(report, QStringLiteral("migrate@A")).value(QLatin1String("irreversible")).toBool());
    QVERIFY(!stepOf(report, QStringLiteral("alive")).value(QLatin1String("changes")).toBool());
    QCOMPARE(report.value(QLatin1String("totals")).toObject().value(QLatin1String("irreversible")).toInt(), 2);

    const QString text = planText(report);
    QVERIFY2(text.contains(QLatin1String("   6 !task     blocker Migrate the data on A  [1h]")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("   4 *task     blocker Back up on A  [1m 30s]")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("   3  check    warning The gateway answers")), qPrintable(text));
    const QString html = planHtml(report);
    QCOMPARE(html.count(QLatin1String("<tr class=\"irreversible\">")), 2);
    QCOMPARE(html.count(QLatin1String("IRREVERSIBLE")), 2);
}

void tst_PlanReport::givesWaitsWithTheirReasons()
{
    const QJsonObject &report = m_report;
    const QJsonArray waits = stepOf(report, QStringLiteral("migrate@A")).value(QLatin1String("waits_for")).toArray();
    QCOMPARE(waits.size(), 2);
    QCOMPARE(waits.at(1).toObject().value(QLatin1String("step")).toString(), QStringLiteral("backup@B"));
    QCOMPARE(waits.at(1).toObject().value(QLatin1String("reason")).toString(),
             QStringLiteral("a migration needs its backup"));
    QVERIFY(stepOf(report, QStringLiteral("backup@A")).value(QLatin1String("waits_for")).toArray().isEmpty());
    // For people, the waits on one item's steps on every node make one line.
    QVERIFY2(planText(report).contains(QLatin1String("after Back up on A, B: a migration needs its backup\n")),
             qPrintable(planText(report)));
    // In the HTML's "After" column: who, and why in italics.
    QVERIFY2(planHtml(report).contains(QLatin1String("<td>Back up on A, B: <i>a migration needs its backup</i></td>")),
             qPrintable(planHtml(report)));
}

void tst_PlanReport::addsUpTheEstimates()
{
    const QJsonObject totals = m_report.value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("estimate_seconds")).toInt(), 120 + 2 * 90 + 2 * 3600);
    QCOMPARE(totals.value(QLatin1String("steps")).toInt(), 7);
    QCOMPARE(totals.value(QLatin1String("tasks")).toInt(), 4);
    QCOMPARE(totals.value(QLatin1String("checks")).toInt(), 1);
    QCOMPARE(totals.value(QLatin1String("confirms")).toInt(), 1);
    QCOMPARE(totals.value(QLatin1String("info")).toInt(), 1);
    QCOMPARE(totals.value(QLatin1String("without_estimate")).toInt(), 1); // the check; info needs none
    QVERIFY(planText(m_report).contains(QLatin1String("estimated 2h 5m")));
}

void tst_PlanReport::textAndHtmlKeepTitlesAsWritten()
{
    const QJsonObject &report = m_report;
    // "%2" in a title is text, not a place for another value.
    QVERIFY2(planText(report).contains(QLatin1String("Ready at 100%2 <b>now</b>  [2m]")), qPrintable(planText(report)));
    const QString html = planHtml(report);
    QVERIFY(html.contains(QLatin1String("Ready at 100%2 &lt;b&gt;now&lt;/b&gt;")));
    QVERIFY(html.contains(QLatin1String("Demo &lt;upgrade&gt;")));
    QVERIFY(!html.contains(QLatin1String("<b>now")));
}

void tst_PlanReport::describesEveryKindInOneLine_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("line");
    QTest::newRow("remote command") << QByteArray(
        R"({"kind":"command","program":"tar","args":["-czf","a b.tgz"],"remote":true,"ssh":{"host":"n1","user":"ops"}})")
                                    << QStringLiteral("on ops@n1 over ssh: tar -czf 'a b.tgz'");
    QTest::newRow("background") << QByteArray(R"({"kind":"command","program":"gw","background":{"port":8000}})")
                                << QStringLiteral("gw (started in the background)");
    QTest::newRow("workflow") << QByteArray(
        R"({"kind":"http-workflow","base_url":"https://c","steps":[{"name":"list","url":"/p"},{"name":"each","foreach":"p","requests":[{"method":"POST","url":"/p/1"},{"method":"PUT","url":"/p/2"}]}]})")
                              << QStringLiteral("HTTP workflow on https://c: list: GET /p; each for each of p: POST "
                                                "/p/1, PUT /p/2");
    QTest::newRow("extract") << QByteArray(R"({"kind":"archive-extract","archive":"r.zip","destination":"/opt"})")
                             << QStringLiteral("extract r.zip into /opt");
    QTest::newRow("copy") << QByteArray(R"({"kind":"copy","from":["a","b"],"to":"/c"})")
                          << QStringLiteral("copy a, b to /c");
    QTest::newRow("file-edit") << QByteArray(
        R"({"kind":"file-edit","files":["x.conf"],"edits":[{},{}],"dry_run":true})")
                               << QStringLiteral("edit x.conf (2 edit(s)), a dry run");
    QTest::newRow("stop") << QByteArray(R"({"kind":"stop-process","pid_file":"/run/gw.pid"})")
                          << QStringLiteral("stop the process whose id is in /run/gw.pid");
    QTest::newRow("tcp-port") << QByteArray(R"({"kind":"tcp-port","host":"h","port":9042,"expect":"free"})")
                              << QStringLiteral("h:9042 is free");
    QTest::newRow("version from a jar")
        << QByteArray(R"({"kind":"version","source":"jar-manifest","path":"a.jar","range":">=2"})")
        << QStringLiteral("the version in Implementation-Version in the manifest of a.jar is in >=2");
    QTest::newRow("process") << QByteArray(R"({"kind":"process","name":"java","expect":"stopped"})")
                             << QStringLiteral("the process java is stopped");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"future","a":"x","n":3,"o":{}})")
                                  << QStringLiteral("future: a=x, n=3");
}

void tst_PlanReport::describesEveryKindInOneLine()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, line);
    QCOMPARE(describeSpec(QJsonDocument::fromJson(spec).object()).english(), line);
}

void tst_PlanReport::formatsEstimates_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(45) << QStringLiteral("45s");
    QTest::newRow("minutes") << qint64(300) << QStringLiteral("5m");
    QTest::newRow("minutes and seconds") << qint64(90) << QStringLiteral("1m 30s");
    QTest::newRow("hours") << qint64(7200) << QStringLiteral("2h");
    QTest::newRow("hours and minutes, rounded up") << qint64(3601) << QStringLiteral("1h 1m");
}

void tst_PlanReport::formatsEstimates()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(formatEstimate(seconds), text);
}

QTEST_GUILESS_MAIN(tst_PlanReport)
#include "tst_planreport.moc"
