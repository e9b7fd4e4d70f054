// The report as people read it: buildReport's backups and durations, and reportHtml's
// document (escaping, masked secrets, GO and NO-GO, steps, backups).
#include "sessionfixture.h"

#include "wizard/report/report.h"
#include "wizard/report/reporthtml.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace uw;

class tst_ReportHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapesEveryTextFromTheReport();
    void showsSecretParametersMasked();
    void noGoListsEveryBlockerWithItsProblemAndALinkToItsStep();
    void goWithWarnings();
    void goWithWaiversListsWhoWhenAndWhy();
    void stepsShowDurationSignOffAndSkipReason();
    void backupsFromOlderReportsComeFromTheOutcome();
    void formatsDurationsAndTimes();
    void checksKeepTheirDurationFromTheJournal();
    void realSessionReportHasBackupsDurationsAndNoSecret();
    void mainPartLeadsWithFailuresAndTheirRemedyAndCountsByKind();
    void infoStepsAreNeverNotDone();
    void trainingReportCarriesTheMarkAndTheDebrief();
    void fileNameSaysPlaybookTimeAndDecision();
    void printedLongPathsMayBreakButCopiedOnesStayWhole();
};

namespace {

QJsonObject reason(const QString &step, const QString &title, const QString &problem,
                   const QString &severity = QStringLiteral("blocker"),
                   const QString &status = QStringLiteral("failed"))
{
    return {{QStringLiteral("step"), step},
            {QStringLiteral("title"), title},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("status"), status},
            {QStringLiteral("problem"), problem}};
}

// A report shaped as buildReport makes it, with the parts a test changes given.
QJsonObject report(bool go, const QJsonArray &blockers, const QJsonArray &warnings, const QJsonArray &steps,
                   const QJsonObject &parameters = {})
{
    return {
        {QStringLiteral("report"), 1},
        {QStringLiteral("generator"), QStringLiteral("upgrade-wizard 0.1.0")},
        {QStringLiteral("generated"), QStringLiteral("2026-11-21T10:30:00.000Z")},
        {QStringLiteral("playbook"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("demo")},
                     {QStringLiteral("title"), QStringLiteral("Demo upgrade")},
                     {QStringLiteral("product"), QStringLiteral("Demo Gateway")},
                     {QStringLiteral("from"), QJsonArray{QStringLiteral("1.*")}},
                     {QStringLiteral("to"), QStringLiteral("2.0")},
                     {QStringLiteral("source"), QStringLiteral("Demo guide")}}},
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("dir"), QStringLiteral("/tmp/s")},
                     {QStringLiteral("created"), QStringLiteral("2026-11-21T10:15:00.000Z")},
                     {QStringLiteral("operator"), QStringLiteral("ada")},
                     {QStringLiteral("training"), false}}},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("decision"),
         QJsonObject{{QStringLiteral("decision"), go ? QStringLiteral("go") : QStringLiteral("no-go")},
                     {QStringLiteral("headline"), go ? QStringLiteral("GO") : QStringLiteral("NO-GO: 1 blocker(s)")},
                     {QStringLiteral("blockers"), blockers},
                     {QStringLiteral("warnings"), warnings},
                     {QStringLiteral("done"), 1},
                     {QStringLiteral("total"), 2}}},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("backups"), QJsonArray()}};
}

QJsonObject step(const QString &key, const QString &status, const QString &summary = {})
{
    return {{QStringLiteral("step"), key},
            {QStringLiteral("title"), key + QStringLiteral(" title")},
            {QStringLiteral("page"), QStringLiteral("Page one")},
            {QStringLiteral("type"), QStringLiteral("check")},
            {QStringLiteral("severity"), QStringLiteral("blocker")},
            {QStringLiteral("status"), status},
            {QStringLiteral("summary"), summary}};
}

// The text a reader sees: tags removed, entities decoded.
QString visibleText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(tags);
    return text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

} // namespace

void tst_ReportHtml::escapesEveryTextFromTheReport()
{
    const QString evil = QStringLiteral("<script>alert(\"x\")</script> & <b>bold</b>");
    QJsonObject s = step(QStringLiteral("k1"), QStringLiteral("failed"), evil);
    s.insert(QStringLiteral("evidence"), QJsonArray{evil});
    QJsonObject confirmed = step(QStringLiteral("k2"), QStringLiteral("confirmed"));
    confirmed.insert(QStringLiteral("operator"), evil);
    confirmed.insert(QStringLiteral("note"), evil);
    QJsonObject r = report(false, {reason(QStringLiteral("k1"), evil, evil)}, {}, {s, confirmed},
                           {{QStringLiteral("install_dir"), evil}});
    QJsonObject playbook = r.value(QStringLiteral("playbook")).toObject();
    playbook.insert(QStringLiteral("title"), evil);
    playbook.insert(QStringLiteral("product"), evil);
    r.insert(QStringLiteral("playbook"), playbook);

    const QString html = reportHtml(r);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("<b>bold</b>")));
    QVERIFY(!html.contains(QLatin1String("\"x\"")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold")));
    // The reader still sees the text as it was: in the title, the reason, the sign-off, the
    // parameter and the evidence.
    QVERIFY(visibleText(html).count(evil) >= 7);
}

void tst_ReportHtml::showsSecretParametersMasked()
{
    const QJsonObject parameters{{QStringLiteral("admin_password"), QJsonObject{{QStringLiteral("secret"), true}}},
                                 {QStringLiteral("admin_user"), QStringLiteral("admin")},
                                 {QStringLiteral("nodes"),
                                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("NodeA")},
                                                         {QStringLiteral("host"), QStringLiteral("a.example")},
                                                         {QStringLiteral("role"), QStringLiteral("anm")}}}}};
    const QString html = reportHtml(report(true, {}, {}, {}, parameters));
    const QString text = visibleText(html);
    QVERIFY2(text.contains(QLatin1String("admin_password******")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("secret")));
    QVERIFY(text.contains(QLatin1String("admin_useradmin")));
    QVERIFY(text.contains(QLatin1String("NodeA (host=a.example, role=anm)")));
}

void tst_ReportHtml::noGoListsEveryBlockerWithItsProblemAndALinkToItsStep()
{
    const QJsonArray blockers{
        reason(QStringLiteral("disk"), QStringLiteral("Enough disk"), QStringLiteral("failed: 1 GiB free")),
        reason(QStringLiteral("apply@NodeB"), QStringLiteral("Apply on NodeB"), QStringLiteral("not run"),
               QStringLiteral("blocker"), QStringLiteral("pending"))};
    const QString html = reportHtml(report(false, blockers, {},
                                           {step(QStringLiteral("disk"), QStringLiteral("failed")),
                                            step(QStringLiteral("apply@NodeB"), QStringLiteral("pending"))}));
    const QString text = visibleText(html);
    QVERIFY(text.contains(QLatin1String("NO-GO")));
    QVERIFY2(text.contains(QLatin1String("NO-GO: 1 failed, 1 not run.")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Failed (1)")));
    QVERIFY(text.contains(QLatin1String("Not run or not signed off (1)")));
    QVERIFY(text.contains(QLatin1String("failed: 1 GiB free")));
    QVERIFY(text.contains(QLatin1String("not run")));
    // Each reason links to its step's row, and the row carries that anchor.
    QVERIFY(html.contains(QLatin1String("<a href=\"#step-1\">Enough disk</a>")));
    QVERIFY(html.contains(QLatin1String("<a href=\"#step-2\">Apply on NodeB</a>")));
    QVERIFY(html.contains(QLatin1String("<a id=\"step-2\" name=\"step-2\">")));
    QVERIFY(html.contains(QLatin1String("class=\"nogo\"")));
    QVERIFY(!html.contains(QLatin1String("class=\"go\"")));
}

void tst_ReportHtml::goWithWarnings()
{
    QJsonObject r
        = report(true, {},
                 {reason(QStringLiteral("logs"), QStringLiteral("Logs reviewed"), QStringLiteral("not confirmed"),
                         QStringLiteral("warning"), QStringLiteral("pending"))},
                 {step(QStringLiteral("logs"), QStringLiteral("pending"))});
    const QString html = reportHtml(r);
    const QString text = visibleText(html);
    QVERIFY(html.contains(QLatin1String("class=\"go\"")));
    QVERIFY(!text.contains(QLatin1String("NO-GO")));
    QVERIFY(text.contains(QLatin1String("Every blocker is done. 1 warning(s) to look at.")));
    QVERIFY(!text.contains(QLatin1String("Failed (")));
    QVERIFY(!text.contains(QLatin1String("Not run or not signed off (")));
    QVERIFY(text.contains(QLatin1String("Warnings (1)")));
    QVERIFY(text.contains(QLatin1String("not confirmed")));
}

void tst_ReportHtml::goWithWaiversListsWhoWhenAndWhy()
{
    QJsonObject r = report(true, {}, {}, {step(QStringLiteral("notify"), QStringLiteral("skipped"))});
    QJsonObject decision = r.value(QLatin1String("decision")).toObject();
    decision.insert(QStringLiteral("decision"), QStringLiteral("go-with-waivers"));
    QJsonObject waiver
        = reason(QStringLiteral("notify"), QStringLiteral("Users told <all>"),
                 QStringLiteral("waived by ada: told by mail"), QStringLiteral("blocker"), QStringLiteral("skipped"));
    waiver.insert(QStringLiteral("operator"), QStringLiteral("ada"));
    waiver.insert(QStringLiteral("time"), QStringLiteral("2026-11-21T10:20:00Z"));
    waiver.insert(QStringLiteral("reason"), QStringLiteral("told by mail & phone"));
    decision.insert(QStringLiteral("waivers"), QJsonArray{waiver});
    r.insert(QStringLiteral("decision"), decision);
    const QString html = reportHtml(r);
    const QString text = visibleText(html);
    QVERIFY(html.contains(QLatin1String("class=\"waived\"")));
    QVERIFY(!html.contains(QLatin1String("class=\"go\"")));
    QVERIFY2(text.contains(QLatin1String("GO with waivers")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Every blocker is done or waived: 1 blocker(s) waived.")));
    QVERIFY(text.contains(QLatin1String("Waivers (1)")));
    QVERIFY(text.contains(QLatin1String("Users told <all>")));
    QVERIFY(text.contains(QLatin1String("told by mail & phone")));
    QVERIFY(text.contains(QLatin1String("ada")));
    QVERIFY2(text.contains(QLatin1String("2026-11-21")), qPrintable(text));
}

void tst_ReportHtml::stepsShowDurationSignOffAndSkipReason()
{
    QJsonObject task = step(QStringLiteral("export"), QStringLiteral("passed"), QStringLiteral("exported"));
    task.insert(QStringLiteral("type"), QStringLiteral("task"));
    task.insert(QStringLiteral("duration_ms"), 185000);
    task.insert(QStringLiteral("exit_code"), 0);
    QJsonObject confirmed = step(QStringLiteral("backup-taken"), QStringLiteral("confirmed"));
    confirmed.insert(QStringLiteral("operator"), QStringLiteral("ada"));
    confirmed.insert(QStringLiteral("note"), QStringLiteral("tape 7"));
    confirmed.insert(QStringLiteral("time"), QStringLiteral("2026-11-21T10:20:00.000Z"));
    QJsonObject skipped = step(QStringLiteral("quotas"), QStringLiteral("skipped"));
    skipped.insert(QStringLiteral("operator"), QStringLiteral("bob"));
    skipped.insert(QStringLiteral("note"), QStringLiteral("no quotas on this site"));
    skipped.insert(QStringLiteral("time"), QStringLiteral("2026-11-21T10:25:00.000Z"));
    QJsonObject check = step(QStringLiteral("disk"), QStringLiteral("passed"), QStringLiteral("enough space"));
    check.insert(QStringLiteral("evidence"),
                 QJsonArray{QStringLiteral("free: 12 GiB"), QStringLiteral("needed: 2 GiB")});

    const QString html = reportHtml(report(true, {}, {}, {task, confirmed, skipped, check}));
    const QString text = visibleText(html);
    QVERIFY(text.contains(QLatin1String("3 min 05 s")));
    QVERIFY(text.contains(QLatin1String("(exit code 0)")));
    QVERIFY(text.contains(QLatin1String("confirmed by ada, 2026-11-21 10:20:00 UTC")));
    QVERIFY(text.contains(QLatin1String("Note: tape 7")));
    QVERIFY(text.contains(QLatin1String("skipped by bob, 2026-11-21 10:25:00 UTC")));
    QVERIFY(text.contains(QLatin1String("Reason: no quotas on this site")));
    QVERIFY(html.contains(
        QLatin1String("<details><summary>Evidence (2 line(s))</summary><pre>free: 12 GiB\nneeded: 2 GiB</pre>")));
    QVERIFY(text.contains(QLatin1String("Session started2026-11-21 10:15:00 UTC")));
    QVERIFY(text.contains(QLatin1String("No backup archive was made in this session.")));
}

void tst_ReportHtml::backupsFromOlderReportsComeFromTheOutcome()
{
    const QString sha = QString(64, u'c');
    QJsonObject task = step(QStringLiteral("backup"), QStringLiteral("passed"),
                            QStringLiteral("backed up /opt/x to /b/x.tar.gz (1 file, 0 folders, 0 links, 3 B of data) "
                                           "and verified it; sha256 %1")
                                .arg(sha));
    task.insert(QStringLiteral("type"), QStringLiteral("task"));
    QJsonObject r = report(true, {}, {}, {task});
    r.remove(QStringLiteral("backups"));
    const QString html = reportHtml(r);
    QVERIFY(html.contains(QStringLiteral("<span class=\"sha\">%1</span>").arg(sha)));
    QVERIFY(!html.contains(QLatin1String("No backup archive was made")));
}

void tst_ReportHtml::formatsDurationsAndTimes()
{
    QCOMPARE(formatDuration(850), QStringLiteral("850 ms"));
    QCOMPARE(formatDuration(12400), QStringLiteral("12.4 s"));
    QCOMPARE(formatDuration(185000), QStringLiteral("3 min 05 s"));
    QCOMPARE(formatDuration(3720000), QStringLiteral("1 h 02 min"));
    QCOMPARE(formatReportTime(QStringLiteral("2026-11-21T11:15:00.000+01:00")),
             QStringLiteral("2026-11-21 10:15:00 UTC"));
    QCOMPARE(formatReportTime(QStringLiteral("not a time")), QStringLiteral("not a time"));
    QCOMPARE(formatReportTime(QString()), QString());
}

void tst_ReportHtml::checksKeepTheirDurationFromTheJournal()
{
    const StepStates states = replayJournal({{{QStringLiteral("event"), QLatin1String(event::CheckFinished)},
                                              {QStringLiteral("step"), QStringLiteral("disk")},
                                              {QStringLiteral("status"), QStringLiteral("pass")},
                                              {QStringLiteral("summary"), QStringLiteral("enough")},
                                              {QStringLiteral("duration_ms"), 1234}}});
    QCOMPARE(states.value(QStringLiteral("disk")).durationMs, 1234);
}

// A real session: the failing check's path holds the secret, the backup runs for real.
void tst_ReportHtml::realSessionReportHasBackupsDurationsAndNoSecret()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QVERIFY(f.engine->confirm(QStringLiteral("backup-taken"), QStringLiteral("ada"), QStringLiteral("tape 7")));
    QCOMPARE(f.run(QStringLiteral("config-present")), QString());
    QCOMPARE(f.run(QStringLiteral("marker-present")), QString());
    QCOMPARE(f.run(QStringLiteral("archive")), QString());
    QCOMPARE(f.engine->state(QStringLiteral("archive")).status, StepState::Status::Passed);

    const QJsonObject r = buildReport(*f.engine);
    const QByteArray json = QJsonDocument(r).toJson();
    QVERIFY(!json.contains(test::kSecret));
    QVERIFY(json.contains("marker-******.txt"));

    const QJsonArray backups = r.value(QStringLiteral("backups")).toArray();
    QCOMPARE(backups.size(), 1);
    const QJsonObject backup = backups.first().toObject();
    const QString archive = f.session->dir() + QStringLiteral("/conf-backup.tar.gz");
    QCOMPARE(backup.value(QStringLiteral("step")).toString(), QStringLiteral("archive"));
    QCOMPARE(backup.value(QStringLiteral("archive")).toString(), archive);
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(backup.value(QStringLiteral("sha256")).toString(), sha);

    const QString html = reportHtml(r);
    QVERIFY(!html.contains(QLatin1String(test::kSecret)));
    QVERIFY(html.contains(sha));
    QVERIFY(html.contains(archive.toHtmlEscaped()));
    QVERIFY(visibleText(html).contains(QLatin1String("Summary <test> & friends")));
    QVERIFY(visibleText(html).contains(QLatin1String("Ada <ops> & co")));
    QVERIFY(visibleText(html).contains(QLatin1String("admin_password******")));
    QVERIFY(visibleText(html).contains(QLatin1String("NO-GO")));
    QVERIFY(visibleText(html).contains(QLatin1String("What to do: create the marker file")));
}

// The main part, for a change record: what failed with the playbook's remedy beside it, the
// steps not run as one paragraph, counts by kind in the banner; the appendix only on request.
void tst_ReportHtml::mainPartLeadsWithFailuresAndTheirRemedyAndCountsByKind()
{
    QJsonObject failed = reason(QStringLiteral("disk"), QStringLiteral("Enough disk"),
                                QStringLiteral("failed: 1 GiB free. What to do: free space"));
    failed.insert(QStringLiteral("category"), QStringLiteral("failed"));
    failed.insert(QStringLiteral("message"), QStringLiteral("1 GiB free on /opt, 5 GiB needed"));
    failed.insert(QStringLiteral("remedy"), QStringLiteral("free space & retry"));
    QJsonArray blockers{failed};
    QJsonArray steps{step(QStringLiteral("disk"), QStringLiteral("failed"))};
    for (int i = 1; i <= 3; ++i) {
        const QString key = QStringLiteral("apply@Node%1").arg(i);
        QJsonObject open = reason(key, QStringLiteral("Apply on Node%1").arg(i), QStringLiteral("not run"),
                                  QStringLiteral("blocker"), QStringLiteral("pending"));
        open.insert(QStringLiteral("category"), QStringLiteral("not-run"));
        blockers.append(open);
        steps.append(step(key, QStringLiteral("pending")));
    }
    const QJsonObject r = report(false, blockers, {}, steps);
    const QString html = reportHtml(r);
    const QString text = visibleText(html);
    QVERIFY2(text.contains(QLatin1String("NO-GO: 1 failed, 3 not run.")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Failed (1)")));
    QVERIFY(text.contains(QLatin1String("1 GiB free on /opt, 5 GiB needed")));
    QVERIFY(text.contains(QLatin1String("What to do: free space & retry")));
    QVERIFY(!text.contains(QLatin1String("failed: 1 GiB free"))); // the message, not the problem's prose
    QVERIFY(text.contains(QLatin1String("Not run or not signed off (3)")));
    QVERIFY(text.contains(QLatin1String("Apply on Node1; Apply on Node2; Apply on Node3")));
    // The failures come before what was not run, and both before the appendix.
    QVERIFY(text.indexOf(QLatin1String("Failed (1)")) < text.indexOf(QLatin1String("Not run or not signed off")));
    QVERIFY(text.indexOf(QLatin1String("Not run or not signed off")) < text.indexOf(QLatin1String("Appendix")));
    // Every table spans the page, and each section's heading is the head of its table.
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("<table(?![^>]*width=\"100%\")"))));
    QVERIFY(html.contains(QLatin1String("<thead><tr><th class=\"section\" colspan=\"3\"")));
    QVERIFY(html.contains(QLatin1String("page-break-before: always")));

    const QString main = reportHtml(r, {.appendix = false});
    QVERIFY(!main.contains(QLatin1String("Appendix")));
    QVERIFY(!main.contains(QLatin1String("href=\"#step-"))); // no links into what is not there
    QVERIFY(visibleText(main).contains(QLatin1String("What to do: free space & retry")));
}

void tst_ReportHtml::infoStepsAreNeverNotDone()
{
    QJsonObject info = step(QStringLiteral("read-me"), QStringLiteral("pending"));
    info.insert(QStringLiteral("type"), QStringLiteral("info"));
    info.insert(QStringLiteral("severity"), QStringLiteral("info"));
    const QString text = visibleText(reportHtml(report(true, {}, {}, {info})));
    QVERIFY(text.contains(QLatin1String("text only")));
    QVERIFY2(!text.contains(QLatin1String("not done")), qPrintable(text));
}

// A training report says so on top and in a watermark (CSS, for browsers; the PDF draws its
// own) and ends with the debrief: the faults, what the trainee did, the remedy.
void tst_ReportHtml::trainingReportCarriesTheMarkAndTheDebrief()
{
    QJsonObject r = report(false, {}, {}, {step(QStringLiteral("upgrade@NodeA"), QStringLiteral("failed"))});
    QVERIFY(!reportHtml(r).contains(QLatin1String("TRAINING")));
    QVERIFY(!reportHtml(r).contains(QLatin1String("debrief")));
    r.insert(QStringLiteral("training"), true);
    const QJsonObject events[] = {
        {{QStringLiteral("what"), QStringLiteral("failed")},
         {QStringLiteral("time"), QStringLiteral("2026-11-21T10:20:00.000Z")},
         {QStringLiteral("message"), QStringLiteral("LicenseException ('License not found')")}},
        {{QStringLiteral("what"), QStringLiteral("skipped")},
         {QStringLiteral("operator"), QStringLiteral("trainee")},
         {QStringLiteral("reason"), QStringLiteral("no license <yet>")}},
    };
    r.insert(
        QStringLiteral("debrief"),
        QJsonObject{
            {QStringLiteral("faults"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sysupgrade.upgrade")},
                                    {QStringLiteral("mode"), QStringLiteral("license")},
                                    {QStringLiteral("description"), QStringLiteral("upgrade fails on the license")}}}},
            {QStringLiteral("steps"),
             QJsonArray{QJsonObject{{QStringLiteral("step"), QStringLiteral("upgrade@NodeA")},
                                    {QStringLiteral("title"), QStringLiteral("sysupgrade upgrade on NodeA")},
                                    {QStringLiteral("attempts"), 1},
                                    {QStringLiteral("events"), QJsonArray{events[0], events[1]}},
                                    {QStringLiteral("remedy"), QStringLiteral("put a valid license")}}}},
            {QStringLiteral("parameter_changes"),
             QJsonArray{QJsonObject{{QStringLiteral("operator"), QStringLiteral("trainee")},
                                    {QStringLiteral("reason"), QStringLiteral("wrong host")},
                                    {QStringLiteral("changes"),
                                     QJsonObject{{QStringLiteral("anm_host"),
                                                  QJsonObject{{QStringLiteral("old"), QStringLiteral("NodeB")},
                                                              {QStringLiteral("new"), QStringLiteral("NodeA")}}}}}}}}});
    const QString html = reportHtml(r);
    const QString text = visibleText(html);
    QVERIFY(html.contains(QLatin1String("<body class=\"training\">")));
    QVERIFY(html.contains(QLatin1String("content: \"TRAINING\"")));
    QVERIFY(text.contains(QLatin1String("TRAINING This session was an exercise")));
    QVERIFY(text.contains(QLatin1String("Training debrief: faults that were switched on (1)")));
    QVERIFY(text.contains(QLatin1String("sysupgrade.upgrade=licenseupgrade fails on the license")));
    QVERIFY(text.contains(QLatin1String("Training debrief: what the trainee did (1)")));
    QVERIFY(text.contains(QLatin1String("10:20:00 failed: LicenseException ('License not found')")));
    QVERIFY(text.contains(QLatin1String("skipped by trainee: no license <yet>")));
    QVERIFY(text.contains(QLatin1String("put a valid license")));
    QVERIFY(text.contains(QStringLiteral("anm_host: NodeB \u2192 NodeA")));
    // The debrief comes before the appendix: it belongs to the summary.
    QVERIFY(text.indexOf(QLatin1String("Training debrief")) < text.indexOf(QLatin1String("Appendix")));
}

void tst_ReportHtml::fileNameSaysPlaybookTimeAndDecision()
{
    QJsonObject r = report(false, {}, {}, {});
    const QString local = QDateTime::fromString(QStringLiteral("2026-11-21T10:30:00.000Z"), Qt::ISODateWithMs)
                              .toLocalTime()
                              .toString(QStringLiteral("yyyyMMdd-HHmm"));
    QCOMPARE(reportFileName(r, QStringLiteral("pdf")), QStringLiteral("demo-%1-NO-GO.pdf").arg(local));
    QJsonObject decision = r.value(QLatin1String("decision")).toObject();
    decision.insert(QStringLiteral("go"), true);
    r.insert(QStringLiteral("decision"), decision);
    QCOMPARE(reportFileName(r, QStringLiteral("html")), QStringLiteral("demo-%1-GO.html").arg(local));
    QJsonObject playbook = r.value(QLatin1String("playbook")).toObject();
    playbook.insert(QStringLiteral("id"), QStringLiteral("a/b c"));
    r.insert(QStringLiteral("playbook"), playbook);
    QCOMPARE(reportFileName(r, QStringLiteral("json")), QStringLiteral("a_b_c-%1-GO.json").arg(local));
}

void tst_ReportHtml::printedLongPathsMayBreakButCopiedOnesStayWhole()
{
    const QString path = QStringLiteral("/home/ada/.local/share/upgrade-wizard/sessions/axway-upgrade/logs/x.log");
    const QJsonObject r = report(true, {}, {}, {step(QStringLiteral("k"), QStringLiteral("passed"), path)});
    QVERIFY(reportHtml(r).contains(path));
    const QString printed = reportHtml(r, {.print = true});
    QVERIFY(!printed.contains(path));
    QVERIFY(printed.contains(QChar(0x200B)));
    QVERIFY(QString(printed).remove(QChar(0x200B)).contains(path));
}

QTEST_GUILESS_MAIN(tst_ReportHtml)
#include "tst_reporthtml.moc"
