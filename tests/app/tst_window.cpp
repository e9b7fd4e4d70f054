// A headless run in a maintenance window: the point of no return (the bundled Axway playbook's
// `sysupgrade apply`) is not started past its latest start unless --allow-late, which the
// journal records; a rehearsal's durations time the window.

#include "appprocess.h"
#include "testfiles.h"
#include "wine.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace uw::test;

namespace {

// A window from `fromMinutes` to `toMinutes` away from now, as --window takes it.
QString windowAround(int fromMinutes, int toMinutes)
{
    const QDateTime now = QDateTime::currentDateTime();
    return QStringLiteral("%1-%2").arg(now.addSecs(fromMinutes * 60).toString(QStringLiteral("HH:mm")),
                                       now.addSecs(toMinutes * 60).toString(QStringLiteral("HH:mm")));
}

} // namespace

class tst_Window : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void thePointOfNoReturnWaitsPastItsLatestStart();
    void allowLateStartsItAndTheJournalSaysSo();
    void aWideWindowLetsTheRunGoOn();
    void aRehearsalTimesTheWindow();
    void aResumeKeepsTheSessionsWindowUnlessGivenAnother();
    void badWindowsAreUsageErrors_data();
    void badWindowsAreUsageErrors();

private:
    AppOutcome runAxway(const QString &session, const QStringList &extra) const
    {
        return m_home->run(QStringList{QStringLiteral("run"), QStringLiteral("axway-upgrade"),
                                       QStringLiteral("--training"), QStringLiteral("--confirm-all"),
                                       QStringLiteral("--set"), QStringLiteral("topology=single"),
                                       QStringLiteral("--session"), m_home->filePath(session)}
                           + extra);
    }
    std::unique_ptr<AppHome> m_home;
};

void tst_Window::init()
{
    m_home = std::make_unique<AppHome>(QStringLiteral(UW_APP_PATH),
                                       QHash<QString, QString>{{QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0")}},
                                       300000);
    QVERIFY(m_home->isValid());
}

void tst_Window::thePointOfNoReturnWaitsPastItsLatestStart()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    // It ends in 3 minutes; apply alone is estimated at 5.
    const AppOutcome o = runAxway(QStringLiteral("s"), {QStringLiteral("--window"), windowAround(-60, 3)});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QLatin1String("maintenance window ")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("point of no return \"sysupgrade apply on NodeA\": start it by ")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("[task] sysupgrade apply on NodeA: not started: it is ")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("Start it anyway with --allow-late")), qPrintable(o.out));
    QVERIFY(
        !readFile(m_home->filePath(QStringLiteral("s/journal.jsonl"))).contains("\"step\":\"apply@NodeA\",\"kind\""));
    QVERIFY2(o.out.contains(QLatin1String("== Decision: NO-GO")), qPrintable(o.out));
}

void tst_Window::allowLateStartsItAndTheJournalSaysSo()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const AppOutcome o = runAxway(QStringLiteral("s"),
                                  {QStringLiteral("--window"), windowAround(-60, 3), QStringLiteral("--allow-late")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(3000) + o.err));
    QVERIFY2(o.out.contains(QLatin1String("[task] sysupgrade apply on NodeA: started late on ")), qPrintable(o.out));
    const QByteArray journal = readFile(m_home->filePath(QStringLiteral("s/journal.jsonl")));
    QVERIFY(journal.contains("\"event\":\"late-start-confirmed\""));
    QVERIFY(journal.contains("\"step\":\"apply@NodeA\""));
    // The journal with it still reads back: resume checks every record.
    const AppOutcome resumed = m_home->run(
        {QStringLiteral("resume"), m_home->filePath(QStringLiteral("s")), QStringLiteral("--confirm-all")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out.right(2000) + resumed.err));
}

void tst_Window::aWideWindowLetsTheRunGoOn()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const AppOutcome o = runAxway(QStringLiteral("s"), {QStringLiteral("--window"), windowAround(-10, 600)});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(3000) + o.err));
    QVERIFY2(o.out.contains(QLatin1String("inside the window")), qPrintable(o.out));
    QVERIFY(!o.out.contains(QLatin1String("not started: it is")));
    QVERIFY(!readFile(m_home->filePath(QStringLiteral("s/journal.jsonl"))).contains("late-start-confirmed"));
}

void tst_Window::aRehearsalTimesTheWindow()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const AppOutcome rehearsal = runAxway(QStringLiteral("rehearsal"), {});
    QVERIFY2(rehearsal.exitCode == 0, qPrintable(rehearsal.err));
    const AppOutcome o = runAxway(QStringLiteral("s"),
                                  {QStringLiteral("--window"), windowAround(-10, 600), QStringLiteral("--rehearsal"),
                                   m_home->filePath(QStringLiteral("rehearsal"))});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out.right(3000) + o.err));
    static const QRegularExpression timed(QStringLiteral("timed by (\\d+) rehearsed step\\(s\\)"));
    const QRegularExpressionMatch match = timed.match(o.out);
    QVERIFY2(match.hasMatch() && match.captured(1).toInt() > 10, qPrintable(o.out.left(3000)));
    const AppOutcome notASession
        = runAxway(QStringLiteral("t"),
                   {QStringLiteral("--window"), windowAround(-10, 600), QStringLiteral("--rehearsal"), m_home->path()});
    QCOMPARE(notASession.exitCode, 2);
    QVERIFY2(notASession.err.contains(QLatin1String("--rehearsal")), qPrintable(notASession.err));
}

void tst_Window::aResumeKeepsTheSessionsWindowUnlessGivenAnother()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString late = windowAround(-60, 3);
    const AppOutcome held = runAxway(QStringLiteral("s"), {QStringLiteral("--window"), late});
    QCOMPARE(held.exitCode, 1);
    QVERIFY(readFile(m_home->filePath(QStringLiteral("s/session.json"))).contains(late.toUtf8()));
    const QString session = m_home->filePath(QStringLiteral("s"));
    // Resumed as it was: the same window, still too late for the point of no return.
    const AppOutcome again = m_home->run({QStringLiteral("resume"), session, QStringLiteral("--confirm-all")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.out.contains(QStringLiteral("maintenance window of the session: %1").arg(late)),
             qPrintable(again.out));
    QVERIFY2(again.out.contains(QLatin1String("[task] sysupgrade apply on NodeA: not started: it is ")),
             qPrintable(again.out));
    // The next window, given on resume, is kept and lets it go on.
    const QString next = windowAround(-10, 600);
    const AppOutcome later = m_home->run(
        {QStringLiteral("resume"), session, QStringLiteral("--confirm-all"), QStringLiteral("--window"), next});
    QVERIFY2(later.exitCode == 0, qPrintable(later.out.right(3000) + later.err));
    QVERIFY(readFile(m_home->filePath(QStringLiteral("s/session.json"))).contains(next.toUtf8()));
}

void tst_Window::badWindowsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a window") << QStringList{QStringLiteral("--window"), QStringLiteral("tonight")}
                                  << QStringLiteral("--window: the window \"tonight\" is not two times of day");
    QTest::newRow("late without a window")
        << QStringList{QStringLiteral("--allow-late")} << QStringLiteral("--allow-late needs --window");
    QTest::newRow("rehearsal without a window") << QStringList{QStringLiteral("--rehearsal"), QStringLiteral("x")}
                                                << QStringLiteral("--rehearsal times the maintenance window");
}

void tst_Window::badWindowsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const AppOutcome o = runAxway(QStringLiteral("s"), arguments);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(says), qPrintable(o.err));
}

QTEST_GUILESS_MAIN(tst_Window)
#include "tst_window.moc"
