// The maintenance window and the point of no return, with the clock set by the test: when the
// window is, when the work is expected to end, and the latest start of the first irreversible
// step, from estimates or a rehearsal's durations.

#include "plandemo.h"
#include "wizard/run/maintenancewindow.h"

#include <QJsonArray>
#include <QTest>

using namespace uw;

namespace {

QDateTime at(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

StepStates done(const QStringList &keys)
{
    StepStates states;
    for (const QString &key : keys)
        states[key].status = StepState::Status::Passed;
    return states;
}

const MaintenanceWindow kNight{QTime(22, 0), QTime(2, 0)};

} // namespace

class tst_MaintenanceWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parsesAWindow_data();
    void parsesAWindow();
    void findsTheWindowNowIsInOrTheNextOne_data();
    void findsTheWindowNowIsInOrTheNextOne();
    void schedulesFromTheEstimates();
    void isLateOnlyPastTheLatestStart_data();
    void isLateOnlyPastTheLatestStart();
    void stepsDoneNoLongerCount();
    void aRehearsalsDurationsReplaceTheEstimates();
    void beforeTheWindowTheWorkStartsWithIt();
    void withEveryIrreversibleStepDoneThereIsNoPointOfNoReturn();
    void describesTheScheduleForTheOperator();

private:
    std::optional<Plan> m_plan;
};

void tst_MaintenanceWindow::initTestCase()
{
    auto plan = test::planDemo(QStringLiteral("x"));
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error()));
    m_plan = std::move(*plan);
}

void tst_MaintenanceWindow::parsesAWindow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed"); // empty: refused
    QTest::newRow("over midnight") << QStringLiteral("22:00-02:00") << QStringLiteral("22:00-02:00");
    QTest::newRow("a day's hours, spaces") << QStringLiteral(" 9:30 - 17:00 ") << QStringLiteral("09:30-17:00");
    QTest::newRow("no such hour") << QStringLiteral("25:00-02:00") << QString();
    QTest::newRow("no such minute") << QStringLiteral("22:60-02:00") << QString();
    QTest::newRow("one time") << QStringLiteral("22:00") << QString();
    QTest::newRow("empty") << QStringLiteral("22:00-22:00") << QString();
    QTest::newRow("words") << QStringLiteral("tonight") << QString();
}

void tst_MaintenanceWindow::parsesAWindow()
{
    QFETCH(QString, text);
    QFETCH(QString, parsed);
    const auto window = MaintenanceWindow::parse(text);
    if (parsed.isEmpty()) {
        QVERIFY(!window);
        QVERIFY2(window.error().message.contains(QLatin1String("HH:MM-HH:MM")), qPrintable(window.error().message));
        QVERIFY2(window.error().message.contains(text), qPrintable(window.error().message));
    } else {
        QVERIFY2(window, window ? "" : qPrintable(window.error().message));
        QCOMPARE(window->toString(), parsed);
    }
}

void tst_MaintenanceWindow::findsTheWindowNowIsInOrTheNextOne_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::newRow("in it, before midnight") << QStringLiteral("22:00-02:00") << at("2026-12-07T23:00:00")
                                            << at("2026-12-07T22:00:00") << at("2026-12-08T02:00:00");
    QTest::newRow("in it, after midnight") << QStringLiteral("22:00-02:00") << at("2026-12-08T01:00:00")
                                           << at("2026-12-07T22:00:00") << at("2026-12-08T02:00:00");
    QTest::newRow("before it") << QStringLiteral("22:00-02:00") << at("2026-12-07T15:00:00")
                               << at("2026-12-07T22:00:00") << at("2026-12-08T02:00:00");
    QTest::newRow("a day window, after it") << QStringLiteral("09:00-17:00") << at("2026-12-07T18:00:00")
                                            << at("2026-12-08T09:00:00") << at("2026-12-08T17:00:00");
    QTest::newRow("at its end, the next") << QStringLiteral("09:00-17:00") << at("2026-12-07T17:00:00")
                                          << at("2026-12-08T09:00:00") << at("2026-12-08T17:00:00");
}

void tst_MaintenanceWindow::findsTheWindowNowIsInOrTheNextOne()
{
    QFETCH(QString, window);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    const auto [from, to] = MaintenanceWindow::parse(window)->around(now);
    QCOMPARE(from, start);
    QCOMPARE(to, end);
}

void tst_MaintenanceWindow::schedulesFromTheEstimates()
{
    const Schedule s = schedule(*m_plan, {}, kNight, at("2026-12-07T22:00:00"));
    // 2m sign-off + 2 x 90s backups + 2 x 1h migrations; the check has no estimate.
    QCOMPARE(s.remainingSeconds, 120 + 180 + 7200);
    QCOMPARE(s.estimated, 5);
    QCOMPARE(s.untimed, 1);
    QCOMPARE(s.expectedEnd, at("2026-12-08T00:05:00"));
    QVERIFY(s.endsInside);
    QCOMPARE(s.pointOfNoReturn, QStringLiteral("migrate@A"));
    QCOMPARE(s.fromPointSeconds, 7200);
    QCOMPARE(s.latestStart, at("2026-12-08T00:00:00"));
    QVERIFY(!s.late);
}

void tst_MaintenanceWindow::isLateOnlyPastTheLatestStart_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("late");
    QTest::addColumn<bool>("inside");
    QTest::newRow("a minute before") << at("2026-12-07T23:59:00") << false << false;
    QTest::newRow("at it") << at("2026-12-08T00:00:00") << false << false;
    QTest::newRow("a minute after") << at("2026-12-08T00:01:00") << true << false;
    QTest::newRow("just before the window ends") << at("2026-12-08T01:59:00") << true << false;
}

void tst_MaintenanceWindow::isLateOnlyPastTheLatestStart()
{
    QFETCH(QDateTime, now);
    QFETCH(bool, late);
    QFETCH(bool, inside);
    const Schedule s = schedule(*m_plan, {}, kNight, now);
    QCOMPARE(s.late, late);
    QCOMPARE(s.endsInside, inside); // the whole remaining work (2h 5m) no longer fits either
}

void tst_MaintenanceWindow::stepsDoneNoLongerCount()
{
    const Schedule s
        = schedule(*m_plan, done({QStringLiteral("ok"), QStringLiteral("backup@A"), QStringLiteral("backup@B")}),
                   kNight, at("2026-12-07T23:30:00"));
    QCOMPARE(s.remainingSeconds, 7200);
    QCOMPARE(s.expectedEnd, at("2026-12-08T01:30:00"));
    QVERIFY(s.endsInside);
    QCOMPARE(s.latestStart, at("2026-12-08T00:00:00"));
}

void tst_MaintenanceWindow::aRehearsalsDurationsReplaceTheEstimates()
{
    // The migrations took 10 minutes each in the rehearsal; the backup on A 5 minutes.
    const QHash<QString, qint64> rehearsal{{QStringLiteral("migrate@A"), 600000},
                                           {QStringLiteral("migrate@B"), 600000},
                                           {QStringLiteral("backup@A"), 300000}};
    const Schedule s = schedule(*m_plan, {}, kNight, at("2026-12-07T22:00:00"), rehearsal);
    QCOMPARE(s.rehearsed, 3);
    QCOMPARE(s.estimated, 2);
    QCOMPARE(s.remainingSeconds, 120 + 300 + 90 + 1200);
    QCOMPARE(s.latestStart, at("2026-12-08T01:40:00"));
    QVERIFY(!schedule(*m_plan, {}, kNight, at("2026-12-08T01:39:00"), rehearsal).late);
    QVERIFY(schedule(*m_plan, {}, kNight, at("2026-12-08T01:41:00"), rehearsal).late);
}

void tst_MaintenanceWindow::beforeTheWindowTheWorkStartsWithIt()
{
    const Schedule s = schedule(*m_plan, {}, kNight, at("2026-12-07T20:00:00"));
    QCOMPARE(s.windowStart, at("2026-12-07T22:00:00"));
    QCOMPARE(s.expectedEnd, at("2026-12-08T00:05:00"));
    QVERIFY(!s.late);
}

void tst_MaintenanceWindow::withEveryIrreversibleStepDoneThereIsNoPointOfNoReturn()
{
    const Schedule s = schedule(*m_plan, done({QStringLiteral("migrate@A"), QStringLiteral("migrate@B")}), kNight,
                                at("2026-12-08T01:59:00"));
    QVERIFY(s.pointOfNoReturn.isEmpty());
    QVERIFY(!s.late);
    QCOMPARE(s.remainingSeconds, 120 + 180);
}

void tst_MaintenanceWindow::describesTheScheduleForTheOperator()
{
    const Schedule s = schedule(*m_plan, {}, kNight, at("2026-12-08T00:30:00"));
    const QString text = describeSchedule(*m_plan, s, kNight);
    QVERIFY2(text.startsWith(QLatin1String("window 22:00-02:00 (2026-12-07 22:00 to 2026-12-08 02:00): expected end "
                                           "2026-12-08 02:35, 35 min past its end")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("point of no return \"Migrate the data on A\": start it by 2026-12-08 00:00 "
                                         "(that time has passed)")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_MaintenanceWindow)
#include "tst_maintenancewindow.moc"
