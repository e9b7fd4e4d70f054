// The go/no-go summary page on a real session: the banner, the reasons that lead to their
// steps, durations and sign-offs, backups with checksums, and the three exports.
#include "nextdocument.h"
#include "offscreen.h"
#include "pages/flow/summarypage.h"
#include "pages/widgets/playbooktext.h"
#include "sessionfixture.h"
#include "testfiles.h"
#include "wine.h"
#include "wizard/report/report.h"
#include "wizard/report/reporthtml.h"
#include "wizard/report/signature.h"
#include "wizard/simulator/trainingenvironment.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeWidget>
#include <QWizard>

using namespace uw;
using namespace uw::pages;
using namespace uw::test;

class tst_SummaryPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { uw::test::dropOffscreenSizeHintWarnings(); }
    void showsNoGoWithTheFailingReason();
    void choosingAReasonGoesToItsStep();
    void fixingTheFailureMakesItGo();
    void skippingAWaivableBlockerIsGoWithWaiversAndShowsWhoAndWhy();
    void skippingABlockerThatCannotBeWaivedStaysNoGo();
    void showsBackupsWithTheirChecksum();
    void exportsHtmlPdfAndJsonWithoutTheSecret();
    void exportErrorsAreReturnedAndLeaveNoFile();
    void withoutASessionThereIsNoDecision();
    void separatesFailedNotRunAndWarningsAndLeadsWithTheMessage();
    void backupsShowTheStepTitleInTheUsersLanguage();
    void pdfOfARealSessionHasAMainPartOfAtMostTwoPages();
    void aTrainingSessionEndsWithADebriefOfItsFaults();
    void anExportIsSignedWithTheOperatorsSshKey();
    void thisSessionIsComparedWithARehearsal();
};

namespace {

constexpr int KeyRole = Qt::UserRole;

QLabel *verdict(const SummaryPage &page)
{
    return page.findChild<QLabel *>(QStringLiteral("verdict"));
}

QTreeWidget *tree(const SummaryPage &page, const char *name)
{
    return page.findChild<QTreeWidget *>(QLatin1String(name));
}

QTreeWidgetItem *rowOf(QTreeWidget *tree, const QString &key)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, KeyRole).toString() == key)
            return tree->topLevelItem(i);
    return nullptr;
}

// The bundled axway-upgrade playbook on a single node, in training: a real session of some 50
// steps against the simulator, with the faults given switched on.
struct TrainingRun : test::EngineRun
{
    std::unique_ptr<sim::TrainingEnvironment> environment;

    explicit TrainingRun(const QStringList &faults = {})
    {
        auto loaded = loadPlaybook(QStringLiteral("axway-upgrade"));
        if (!loaded) {
            error = QStringLiteral("axway-upgrade does not load");
            return;
        }
        auto parsed = sim::Faults::parse(faults);
        if (!parsed) {
            error = parsed.error();
            return;
        }
        sim::TrainingEnvironment::Options options;
        options.root = dir.filePath(QStringLiteral("sandbox"));
        options.toolPath = QStringLiteral(UW_SIMTOOL_PATH);
        options.nodes = sim::TrainingEnvironment::nodesFor(*loaded, QStringLiteral("single"));
        options.faults = *parsed;
        auto started = sim::TrainingEnvironment::start(options);
        if (!started) {
            error = started.error();
            return;
        }
        environment = std::move(*started);
        ParameterValues given = environment->parametersFor(*loaded);
        given.insert(QStringLiteral("topology"), QStringLiteral("single"));
        playbook = std::make_shared<const Playbook>(std::move(*loaded));
        auto resolved = resolveParameters(*playbook, given);
        if (!resolved) {
            error = resolved.error().join(u'\n');
            return;
        }
        values = *resolved;
        auto plan = Plan::build(playbook, values);
        if (!plan) {
            error = plan.error().join(u'\n');
            return;
        }
        auto made = Session::create(dir.filePath(QStringLiteral("session")), *playbook, values,
                                    QStringLiteral("trainee"), environment->sandbox().root());
        if (!made) {
            error = made.error().toString();
            return;
        }
        session = std::move(*made);
        engine = std::make_unique<Engine>(std::move(*plan), *session);
    }

    // Every step in the plan's order, as --confirm-all would: sign-offs given unattended,
    // checks and tasks run once; a step that must wait for one that failed is left alone.
    QString workThrough() const
    {
        for (const Step &step : engine->plan().steps()) {
            if (step.item->type == Item::Type::Info || engine->state(step.key).status != StepState::Status::Pending
                || !engine->whyNotStartable(step.key).isEmpty())
                continue;
            if (step.item->type == Item::Type::Confirm) {
                if (auto confirmed = engine->confirm(step.key, QStringLiteral("trainee"), QString(), true); !confirmed)
                    return confirmed.error().toString();
            } else if (const QString failed = run(step.key); !failed.isEmpty()) {
                return failed;
            }
        }
        return {};
    }
};

// How many pages a PDF has: its page objects (/Type /Page, not /Pages), which Qt's writer
// keeps out of the compressed streams.
int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++pages;
    return pages;
}

// Translates one playbook text, as the German catalogue does for the bundled playbooks.
class OneTranslation : public QTranslator
{
public:
    OneTranslation(QString source, QString translation)
        : m_source(std::move(source))
        , m_translation(std::move(translation))
    { }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "playbook") == 0 && QString::fromUtf8(source) == m_source ? m_translation : QString();
    }

private:
    QString m_source, m_translation;
};

// The usual start: signed off, the good check passed, the marker check failed.
QString runToNoGo(const test::SessionFixture &f)
{
    if (auto confirmed = f.engine->confirm(QStringLiteral("backup-taken"), QStringLiteral("ada"), QString());
        !confirmed)
        return confirmed.error().toString();
    if (QString error = f.run(QStringLiteral("config-present")); !error.isEmpty())
        return error;
    return f.run(QStringLiteral("marker-present"));
}

// With UW_SCREENSHOT_DIR set, the pages of a report's PDF as images, to look at.
void savePdfPages(const QJsonObject &report, const QString &prefix)
{
    const QString dir = qEnvironmentVariable("UW_SCREENSHOT_DIR");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    const QList<QImage> pages = SummaryPage::renderPages(report);
    for (qsizetype i = 0; i < pages.size(); ++i)
        pages.at(i).save(dir + QStringLiteral("/%1-page%2.png").arg(prefix).arg(i + 1));
}

// With UW_SCREENSHOT_DIR set, the page (light and dark palette), the HTML as Qt renders it
// for the PDF, and the exported files are kept there, to look at and for the documentation.
void saveScreenshots(SummaryPage &page, const QString &html, const QString &pdf)
{
    const QString dir = qEnvironmentVariable("UW_SCREENSHOT_DIR");
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    page.resize(900, 760);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return;
    page.grab().save(dir + QStringLiteral("/summarypage-light.png"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    page.setPalette(dark);
    page.refresh(); // the banner keeps its own colours
    page.grab().save(dir + QStringLiteral("/summarypage-dark.png"));

    QTextDocument document;
    document.setHtml(QString::fromUtf8(readFile(html)));
    document.setTextWidth(900);
    QImage image(document.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.drawContents(&painter);
    painter.end();
    image.save(dir + QStringLiteral("/report-html.png"));
    if (page.engine())
        savePdfPages(buildReport(*page.engine()), QStringLiteral("report-pdf"));
    for (const QString &file : {html, pdf}) {
        const QString target = dir + u'/' + QFileInfo(file).fileName();
        QFile::remove(target);
        QFile::copy(file, target);
    }
}

} // namespace

void tst_SummaryPage::showsNoGoWithTheFailingReason()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(runToNoGo(f), QString());
    QCOMPARE(f.engine->state(QStringLiteral("marker-present")).status, StepState::Status::Failed);

    SummaryPage page;
    page.setEngine(f.engine.get());
    page.refresh();
    QCOMPARE(verdict(page)->text(), QStringLiteral("NO-GO"));
    const auto *banner = page.findChild<QWidget *>(QStringLiteral("banner"));
    QVERIFY2(banner->accessibleName().startsWith(
                 QLatin1String("Decision: NO-GO. NO-GO: 1 failed. 1 warning(s) to look at.")),
             qPrintable(banner->accessibleName()));
    QVERIFY(banner->accessibleName().contains(QLatin1String("2 of 4 steps done")));

    QTreeWidget *reasons = tree(page, "reasons");
    QCOMPARE(reasons->topLevelItemCount(), 2); // the failed check, and the backup not run (a warning)
    QTreeWidgetItem *failed = rowOf(reasons, QStringLiteral("marker-present"));
    QVERIFY(failed);
    QCOMPARE(failed->text(0), QStringLiteral("Failed"));
    QCOMPARE(failed->text(1), QStringLiteral("The marker file is there"));
    QVERIFY2(failed->text(2).contains(QLatin1String("marker-******.txt does not exist")), qPrintable(failed->text(2)));
    // The playbook's remedy, on a line of its own under the failure.
    QCOMPARE(failed->childCount(), 1);
    QCOMPARE(failed->child(0)->text(0), QStringLiteral("What to do: create the marker file"));
    QVERIFY(failed->isExpanded());
    QTreeWidgetItem *warning = rowOf(reasons, QStringLiteral("archive"));
    QVERIFY(warning);
    QCOMPARE(warning->text(0), QStringLiteral("Warning"));
    QVERIFY(!rowOf(reasons, QStringLiteral("config-present")));

    QTreeWidget *steps = tree(page, "steps");
    QCOMPARE(steps->topLevelItemCount(), 4);
    QCOMPARE(rowOf(steps, QStringLiteral("marker-present"))->text(1), QStringLiteral("FAILED"));
    QCOMPARE(rowOf(steps, QStringLiteral("config-present"))->text(1), QStringLiteral("passed"));
    QCOMPARE(rowOf(steps, QStringLiteral("archive"))->text(1), QStringLiteral("not done"));
    QVERIFY(rowOf(steps, QStringLiteral("backup-taken"))->text(3).startsWith(QLatin1String("ada, ")));
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        for (int column = 0; column < steps->columnCount(); ++column)
            QVERIFY(!steps->topLevelItem(i)->text(column).contains(QLatin1String(test::kSecret)));
}

void tst_SummaryPage::choosingAReasonGoesToItsStep()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(runToNoGo(f), QString());

    // In a wizard, so that Enter on a row is seen not to press the wizard's own buttons.
    QWizard wizard;
    auto *page = new SummaryPage;
    page->setEngine(f.engine.get());
    wizard.addPage(page);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QSignalSpy activated(page, &SummaryPage::stepActivated);

    QTreeWidget *reasons = tree(*page, "reasons");
    QTreeWidgetItem *failed = rowOf(reasons, QStringLiteral("marker-present"));
    QVERIFY(failed);
    reasons->scrollToItem(failed); // as one would on a small screen
    QTest::mouseClick(reasons->viewport(), Qt::LeftButton, {}, reasons->visualItemRect(failed).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().value(0).toString(), QStringLiteral("marker-present"));

    // By keyboard: Enter on the current row, and the button.
    reasons->setFocus();
    reasons->setCurrentItem(rowOf(reasons, QStringLiteral("archive")));
    QTest::keyClick(reasons, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().value(0).toString(), QStringLiteral("archive"));
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.result(), 0);

    auto *goToStep = page->findChild<QPushButton *>(QStringLiteral("goToStep"));
    QVERIFY(goToStep->isEnabled());
    QVERIFY(goToStep->text().contains(u'&'));
    QTest::mouseClick(goToStep, Qt::LeftButton);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().value(0).toString(), QStringLiteral("archive"));

    // A step row leads to its step as well, by keyboard and on a double click.
    QTreeWidget *steps = tree(*page, "steps");
    QTreeWidgetItem *confirm = rowOf(steps, QStringLiteral("backup-taken"));
    steps->setFocus();
    steps->setCurrentItem(confirm);
    QTest::keyClick(steps, Qt::Key_Enter);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().value(0).toString(), QStringLiteral("backup-taken"));
    steps->scrollToItem(rowOf(steps, QStringLiteral("config-present")));
    const QPoint centre = steps->visualItemRect(rowOf(steps, QStringLiteral("config-present"))).center();
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.count(), 0); // a single click only selects
    QTest::mouseDClick(steps->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().value(0).toString(), QStringLiteral("config-present"));
    QVERIFY(wizard.isVisible());
}

void tst_SummaryPage::fixingTheFailureMakesItGo()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(runToNoGo(f), QString());
    SummaryPage page;
    page.setEngine(f.engine.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(verdict(page)->text(), QStringLiteral("NO-GO"));

    // The operator creates the file and runs the check again; the shown page follows.
    QVERIFY(test::writeFile(f.markerPath(), "ok\n"));
    QCOMPARE(f.run(QStringLiteral("marker-present")), QString());
    QCOMPARE(verdict(page)->text(), QStringLiteral("GO"));
    const QString spoken = page.findChild<QWidget *>(QStringLiteral("banner"))->accessibleName();
    QVERIFY2(spoken.startsWith(QLatin1String("Decision: GO. Every blocker is done")), qPrintable(spoken));
    QVERIFY(spoken.contains(QLatin1String("1 warning(s)")));
    QTreeWidget *reasons = tree(page, "reasons");
    QCOMPARE(reasons->topLevelItemCount(), 1);
    QCOMPARE(reasons->topLevelItem(0)->data(0, KeyRole).toString(), QStringLiteral("archive"));
}

void tst_SummaryPage::skippingAWaivableBlockerIsGoWithWaiversAndShowsWhoAndWhy()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(runToNoGo(f), QString());
    QVERIFY(f.engine->skip(QStringLiteral("marker-present"), QStringLiteral("bob"),
                           QStringLiteral("the marker is not used on this site")));
    SummaryPage page;
    page.setEngine(f.engine.get());
    page.refresh();
    // Not a plain GO: its own words, and the waiver in sight with who and why.
    QCOMPARE(verdict(page)->text(), QStringLiteral("GO with waivers"));
    const QString spoken = page.findChild<QWidget *>(QStringLiteral("banner"))->accessibleName();
    QVERIFY2(spoken.contains(QLatin1String("1 blocker(s) waived")), qPrintable(spoken));
    QTreeWidgetItem *waived = rowOf(tree(page, "reasons"), QStringLiteral("marker-present"));
    QVERIFY(waived);
    QCOMPARE(waived->text(0), QStringLiteral("Waived"));
    QVERIFY(waived->text(2).contains(QLatin1String("waived by bob: the marker is not used on this site")));
    const QString signOff = rowOf(tree(page, "steps"), QStringLiteral("marker-present"))->text(3);
    QVERIFY2(signOff.startsWith(QLatin1String("bob, ")), qPrintable(signOff));
    QVERIFY(signOff.contains(QLatin1String(" UTC; reason: the marker is not used on this site")));

    // Revoked, the waiver is gone and the blocker stops the upgrade again.
    QVERIFY(f.engine->revoke(QStringLiteral("marker-present"), QStringLiteral("carol"),
                             QStringLiteral("the marker is used after all")));
    page.refresh();
    QCOMPARE(verdict(page)->text(), QStringLiteral("NO-GO"));
    QTreeWidgetItem *open = rowOf(tree(page, "reasons"), QStringLiteral("marker-present"));
    QVERIFY(open);
    QCOMPARE(open->text(0), QStringLiteral("Not run"));
    QVERIFY2(open->text(2).contains(QLatin1String("skip revoked by carol: the marker is used after all")),
             qPrintable(open->text(2)));
}

void tst_SummaryPage::skippingABlockerThatCannotBeWaivedStaysNoGo()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(runToNoGo(f), QString());
    QVERIFY(f.engine->skip(QStringLiteral("config-present"), QStringLiteral("bob"), QStringLiteral("looked by hand")));
    SummaryPage page;
    page.setEngine(f.engine.get());
    page.refresh();
    QCOMPARE(verdict(page)->text(), QStringLiteral("NO-GO"));
    QTreeWidgetItem *skipped = rowOf(tree(page, "reasons"), QStringLiteral("config-present"));
    QVERIFY(skipped);
    QCOMPARE(skipped->text(0), QStringLiteral("Skipped"));
    QVERIFY2(skipped->text(2).contains(QLatin1String("does not let this blocker be waived")),
             qPrintable(skipped->text(2)));
}

void tst_SummaryPage::showsBackupsWithTheirChecksum()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    SummaryPage page;
    page.setEngine(f.engine.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTreeWidget *backups = tree(page, "backups");
    QVERIFY(!backups->isVisible());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("noBackups"))->isVisible());

    QCOMPARE(f.run(QStringLiteral("archive")), QString());
    QCOMPARE(f.engine->state(QStringLiteral("archive")).status, StepState::Status::Passed);
    page.refresh();
    QVERIFY(backups->isVisible());
    QCOMPARE(backups->topLevelItemCount(), 1);
    const QString archive = f.session->dir() + QStringLiteral("/conf-backup.tar.gz");
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(readFile(archive), QCryptographicHash::Sha256).toHex());
    QCOMPARE(backups->topLevelItem(0)->text(1), archive);
    QCOMPARE(backups->topLevelItem(0)->text(2), sha);
    QVERIFY(!rowOf(tree(page, "steps"), QStringLiteral("archive"))->text(2).isEmpty()); // its duration
}

void tst_SummaryPage::exportsHtmlPdfAndJsonWithoutTheSecret()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(runToNoGo(f), QString());
    QCOMPARE(f.run(QStringLiteral("archive")), QString());
    SummaryPage page;
    page.setEngine(f.engine.get());
    page.refresh();

    const QString html = f.dir.filePath(QStringLiteral("out/report.html"));
    const QString pdf = f.dir.filePath(QStringLiteral("out/report.pdf"));
    const QString json = f.dir.filePath(QStringLiteral("out/report.json"));
    QVERIFY(QDir().mkpath(f.dir.filePath(QStringLiteral("out"))));
    auto written = page.exportHtml(html);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    written = page.exportPdf(pdf);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    written = page.exportJson(json);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));

    const QString htmlText = QString::fromUtf8(readFile(html));
    QVERIFY(htmlText.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(htmlText.contains(QLatin1String("NO-GO")));
    QVERIFY(htmlText.contains(QLatin1String("marker-******.txt does not exist")));
    QVERIFY(htmlText.contains(QLatin1String("What to do:</span> create the marker file")));
    // Not a training session: no watermark, no banner, no debrief.
    QVERIFY(!htmlText.contains(QLatin1String("TRAINING")));
    QVERIFY(!htmlText.contains(QLatin1String("debrief")));
    QVERIFY(!page.findChild<QTreeWidget *>(QStringLiteral("debrief"))->isVisibleTo(&page));
    QVERIFY(htmlText.contains(QLatin1String("Summary &lt;test&gt; &amp; friends")));

    const QByteArray pdfData = readFile(pdf);
    QVERIFY(pdfData.startsWith("%PDF-"));
    QVERIFY(pdfData.size() > 1000);

    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(readFile(json), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject decision = report.value(QStringLiteral("decision")).toObject();
    QCOMPARE(decision.value(QStringLiteral("decision")).toString(), QStringLiteral("no-go"));
    QCOMPARE(decision.value(QStringLiteral("blockers"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("step"))
                 .toString(),
             QStringLiteral("marker-present"));
    QCOMPARE(report.value(QStringLiteral("backups")).toArray().size(), 1);

    for (const QString &path : {html, pdf, json})
        QVERIFY2(!readFile(path).contains(test::kSecret), qPrintable(path));
    saveScreenshots(page, html, pdf);
    // Nor in the session folder's files, where the exports' default names put them.
    QVERIFY(!readFile(f.session->journalPath()).contains(test::kSecret));
}

void tst_SummaryPage::exportErrorsAreReturnedAndLeaveNoFile()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    SummaryPage page;
    page.setEngine(f.engine.get());
    const QString missingFolder = f.dir.filePath(QStringLiteral("no/such/folder"));
    for (const QString &name : {QStringLiteral("r.html"), QStringLiteral("r.pdf"), QStringLiteral("r.json")}) {
        const QString path = missingFolder + u'/' + name;
        const Result<void> written = name.endsWith(QLatin1String("html")) ? page.exportHtml(path)
            : name.endsWith(QLatin1String("pdf"))                         ? page.exportPdf(path)
                                                                          : page.exportJson(path);
        QVERIFY(!written);
        QCOMPARE(written.error().location, path);
        QVERIFY(!QFile::exists(path));
    }
}

void tst_SummaryPage::withoutASessionThereIsNoDecision()
{
    SummaryPage page;
    QCOMPARE(verdict(page)->text(), QStringLiteral("No decision"));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportHtml"))->isEnabled());
    const Result<void> written = page.exportHtml(QDir::temp().filePath(QStringLiteral("never.html")));
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::Usage);

    // An engine that goes away takes its decision with it.
    {
        test::SessionFixture f;
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        page.setEngine(f.engine.get());
        QCOMPARE(verdict(page)->text(), QStringLiteral("NO-GO"));
    }
    QVERIFY(!page.engine());
    QCOMPARE(verdict(page)->text(), QStringLiteral("No decision"));
}

// "NO-GO: 1 failed, 1 not run": each kind counted, its own word and mark, in order; the
// message first, a long path in it shortened in the middle, the whole of it in the tooltip.
void tst_SummaryPage::separatesFailedNotRunAndWarningsAndLeadsWithTheMessage()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QVERIFY(f.engine->confirm(QStringLiteral("backup-taken"), QStringLiteral("ada"), QString()));
    QCOMPARE(f.run(QStringLiteral("marker-present")), QString()); // config-present is left not run
    SummaryPage page;
    page.setEngine(f.engine.get());
    page.refresh();
    const QString headline = page.findChild<QLabel *>(QStringLiteral("headline"))->text();
    QVERIFY2(headline.startsWith(QLatin1String("NO-GO: 1 failed, 1 not run.")), qPrintable(headline));

    QTreeWidget *reasons = tree(page, "reasons");
    QCOMPARE(reasons->topLevelItemCount(), 3);
    QCOMPARE(reasons->topLevelItem(0)->data(0, KeyRole).toString(), QStringLiteral("marker-present"));
    QCOMPARE(reasons->topLevelItem(0)->text(0), QStringLiteral("Failed"));
    QCOMPARE(reasons->topLevelItem(1)->data(0, KeyRole).toString(), QStringLiteral("config-present"));
    QCOMPARE(reasons->topLevelItem(1)->text(0), QStringLiteral("Not run"));
    QCOMPARE(reasons->topLevelItem(1)->text(2), QStringLiteral("not run"));
    QCOMPARE(reasons->topLevelItem(1)->childCount(), 0); // no remedy under what was not run
    QCOMPARE(reasons->topLevelItem(2)->data(0, KeyRole).toString(), QStringLiteral("archive"));
    QCOMPARE(reasons->topLevelItem(2)->text(0), QStringLiteral("Warning"));
    const qint64 marks[] = {reasons->topLevelItem(0)->icon(0).cacheKey(), reasons->topLevelItem(1)->icon(0).cacheKey(),
                            reasons->topLevelItem(2)->icon(0).cacheKey()};
    QVERIFY(marks[0] != marks[1] && marks[1] != marks[2] && marks[0] != marks[2]);

    QTreeWidgetItem *failed = reasons->topLevelItem(0);
    const QString full = failed->toolTip(2);
    QVERIFY2(full.contains(f.work()) || full.contains(QDir::toNativeSeparators(f.work())), qPrintable(full));
    QVERIFY2(full.endsWith(QLatin1String("marker-******.txt does not exist")), qPrintable(full));
    QCOMPARE(failed->data(2, Qt::AccessibleTextRole).toString(), full);
    const QString shown = failed->text(2);
    QVERIFY2(shown.size() < full.size() && shown.contains(QChar(0x2026)), qPrintable(shown));
    QVERIFY2(shown.endsWith(QLatin1String("marker-******.txt does not exist")), qPrintable(shown));
    QVERIFY(!shown.startsWith(QChar(0x2026))); // the start of the message stays
}

void tst_SummaryPage::backupsShowTheStepTitleInTheUsersLanguage()
{
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.run(QStringLiteral("archive")), QString());
    OneTranslation german(QStringLiteral("Back up the configuration"), QStringLiteral("Die Konfiguration sichern"));
    QVERIFY(QCoreApplication::installTranslator(&german));
    SummaryPage page;
    page.setEngine(f.engine.get());
    page.refresh();
    QCoreApplication::removeTranslator(&german);
    QTreeWidget *backups = tree(page, "backups");
    QCOMPARE(backups->topLevelItemCount(), 1);
    QCOMPARE(backups->topLevelItem(0)->text(0), QStringLiteral("Die Konfiguration sichern"));
}

// A change record wants one or two pages: the main part of the PDF of a real session (the
// axway upgrade on one node, some 50 steps) is at most two A4 pages, the rest an appendix;
// the file is offered as <playbook>-<yyyyMMdd-HHmm>-<GO|NO-GO>.pdf; a training session's PDF
// has "TRAINING" across each page, drawn in translucent ink.
void tst_SummaryPage::pdfOfARealSessionHasAMainPartOfAtMostTwoPages()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    TrainingRun run;
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.workThrough(), QString());
    QVERIFY2(run.engine->plan().steps().size() >= 40, qPrintable(QString::number(run.engine->plan().steps().size())));
    QVERIFY2(run.engine->decision().go, qPrintable(run.engine->decision().headline()));
    const QJsonObject report = buildReport(*run.engine);
    QVERIFY(report.value(QLatin1String("training")).toBool());
    savePdfPages(report, QStringLiteral("report-training-go"));

    const auto main = SummaryPage::renderPdf(report, false);
    QVERIFY(main);
    const auto full = SummaryPage::renderPdf(report, true);
    QVERIFY(full);
    const int mainPages = pdfPages(*main);
    const int allPages = pdfPages(*full);
    qInfo("main part: %d page(s); with the appendix: %d", mainPages, allPages);
    QVERIFY2(mainPages >= 1 && mainPages <= 2, qPrintable(QString::number(mainPages)));
    QVERIFY(allPages > mainPages); // the appendix starts on a page of its own
    // The parameters are in it, masked: the administrator's password is not.
    const QString password = run.values.value(QStringLiteral("admin_password")).toString();
    QVERIFY(!password.isEmpty());
    QVERIFY(!reportHtml(report).contains(password));

    SummaryPage page;
    page.setEngine(run.engine.get());
    page.refresh();
    const QString suggested = page.suggestedFileName(QStringLiteral("pdf"));
    QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(run.session->dir()).absoluteFilePath());
    static const QRegularExpression name(QStringLiteral("^axway-upgrade-\\d{8}-\\d{4}-GO\\.pdf$"));
    QVERIFY2(name.match(QFileInfo(suggested).fileName()).hasMatch(), qPrintable(suggested));
    QVERIFY(QFileInfo(page.suggestedFileName(QStringLiteral("json"))).fileName().endsWith(QLatin1String("-GO.json")));
    auto written = page.exportPdf(suggested);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    const QByteArray pdf = readFile(suggested);
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdfPages(pdf), allPages);
    // The watermark is the only translucent ink of the report: its graphics state is in the
    // training PDF and not in another's.
    QVERIFY2(pdf.contains("/ca 0.2196"), "the training watermark");
    test::SessionFixture plain;
    QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
    const auto plainPdf = SummaryPage::renderPdf(buildReport(*plain.engine));
    QVERIFY(plainPdf);
    QVERIFY(!plainPdf->contains("/ca 0.2196"));
    QVERIFY(plainPdf->contains("/ca 1")); // the same writer, so the test would see it
}

// The debrief: the fault that was on (its name and what it mimics), what the trainee did on
// the step it broke (two failed runs, the messages), and what the playbook says to do.
void tst_SummaryPage::aTrainingSessionEndsWithADebriefOfItsFaults()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    TrainingRun run({QStringLiteral("sysupgrade.upgrade=license")});
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.workThrough(), QString());
    const QString upgrade = QStringLiteral("upgrade@NodeA");
    QCOMPARE(run.engine->state(upgrade).status, StepState::Status::Failed);
    QCOMPARE(run.run(upgrade), QString()); // the trainee tries again, to no avail
    QCOMPARE(run.engine->state(upgrade).status, StepState::Status::Failed);
    const QString remedy = run.engine->plan().step(upgrade)->item->remedy;
    QVERIFY(remedy.startsWith(QLatin1String("Read upgrade/bin/out/logs/upgrade.log")));

    SummaryPage page;
    page.setEngine(run.engine.get());
    page.refresh();
    QTreeWidget *debrief = tree(page, "debrief");
    QVERIFY(debrief->isVisibleTo(&page));
    QVERIFY(debrief->topLevelItemCount() >= 2);
    QTreeWidgetItem *fault = debrief->topLevelItem(0);
    QCOMPARE(fault->text(0), QStringLiteral("Fault sysupgrade.upgrade=license"));
    QVERIFY2(fault->text(1).contains(QLatin1String("LicenseException")), qPrintable(fault->text(1)));
    // The blocker the fault broke comes first, before the warnings the sandbox raises anyway.
    QTreeWidgetItem *step = debrief->topLevelItem(1);
    QCOMPARE(step->data(0, KeyRole).toString(), upgrade);
    QCOMPARE(step->text(0), QStringLiteral("sysupgrade upgrade on NodeA"));
    const QString happened = step->toolTip(1);
    QCOMPARE(happened.count(QLatin1String("failed: ")), 2);
    QVERIFY2(happened.contains(QLatin1String("LicenseException")), qPrintable(happened));
    QCOMPARE(step->text(2), playbookText(remedy));
    // The remedy is also under the failure in the reasons.
    QTreeWidgetItem *reason = rowOf(tree(page, "reasons"), upgrade);
    QVERIFY(reason);
    QCOMPARE(reason->text(0), QStringLiteral("Failed"));
    QCOMPARE(reason->child(0)->text(0), QStringLiteral("What to do: ") + playbookText(remedy));
    // A warning check that failed has its remedy under it too.
    QTreeWidgetItem *warning = rowOf(tree(page, "reasons"), QStringLiteral("redaction-found@NodeA"));
    QVERIFY(warning);
    QCOMPARE(warning->text(0), QStringLiteral("Warning"));
    QCOMPARE(warning->childCount(), 1);
    QVERIFY(warning->child(0)->text(0).startsWith(QLatin1String("What to do: ")));

    savePdfPages(buildReport(*run.engine), QStringLiteral("report-training-nogo"));
    if (const QString dir = qEnvironmentVariable("UW_SCREENSHOT_DIR"); !dir.isEmpty() && QDir().mkpath(dir)) {
        page.resize(1280, 800);
        page.show();
        if (QTest::qWaitForWindowExposed(&page))
            page.grab().save(dir + QStringLiteral("/summarypage-training-nogo.png"));
    }

    // The exported reports say the same, and carry the training mark.
    const QString html = run.dir.filePath(QStringLiteral("debrief.html"));
    const QString json = run.dir.filePath(QStringLiteral("debrief.json"));
    QVERIFY(page.exportHtml(html));
    QVERIFY(page.exportJson(json));
    const QString text = QString::fromUtf8(readFile(html));
    QVERIFY(text.contains(QLatin1String("<b>TRAINING</b>")));
    QVERIFY(text.contains(QLatin1String("body class=\"training\"")));
    QVERIFY(text.contains(QLatin1String("Training debrief: faults that were switched on (1)")));
    QVERIFY(text.contains(QLatin1String("sysupgrade.upgrade=license")));
    QVERIFY(text.contains(remedy.toHtmlEscaped()));
    const QJsonObject report = QJsonDocument::fromJson(readFile(json)).object();
    QVERIFY(report.value(QLatin1String("training")).toBool());
    const QJsonObject data = report.value(QLatin1String("debrief")).toObject();
    QCOMPARE(data.value(QLatin1String("faults")).toArray().first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("sysupgrade.upgrade"));
    bool found = false;
    for (const QJsonValue &value : data.value(QLatin1String("steps")).toArray())
        if (value.toObject().value(QLatin1String("step")).toString() == upgrade) {
            found = true;
            QCOMPARE(value.toObject().value(QLatin1String("attempts")).toInt(), 2);
            QCOMPARE(value.toObject().value(QLatin1String("remedy")).toString(), remedy);
        }
    QVERIFY(found);
}

// "Sign exports with SSH key": the exported report gets a signature beside it that ssh-keygen
// (and so `upgrade-wizard verify`) accepts, and a changed report no longer fits it.
void tst_SummaryPage::anExportIsSignedWithTheOperatorsSshKey()
{
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty())
        QSKIP("OpenSSH's ssh-keygen is not installed here");
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(runToNoGo(f), QString());
    const QString key = f.dir.filePath(QStringLiteral("key"));
    QProcess make;
    make.start(keygen,
               {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                QStringLiteral("-f"), key});
    QVERIFY(make.waitForFinished(30000) && make.exitCode() == 0);
    SummaryPage page;
    page.setEngine(f.engine.get());
    page.refresh();
    page.setSigningKey(key);
    QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("signExports"))->isChecked());

    const QString json = f.dir.filePath(QStringLiteral("report.json"));
    QVERIFY(page.exportJson(json));
    const auto signature = page.signExport(json);
    QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().toString()));
    QCOMPARE(*signature, json + QStringLiteral(".sig"));
    QVERIFY2(page.findChild<QLabel *>(QStringLiteral("exportStatus"))->text().contains(QLatin1String("signed")),
             qPrintable(page.findChild<QLabel *>(QStringLiteral("exportStatus"))->text()));
    auto verdict = signature::verifyFile(json, *signature, QString());
    QVERIFY2(verdict && verdict->good, qPrintable(verdict ? verdict->message : verdict.error().toString()));

    QVERIFY(writeFile(json, readFile(json) + " "));
    verdict = signature::verifyFile(json, *signature, QString());
    QVERIFY(verdict && !verdict->good);

    // A key that is not there: said, and nothing signed.
    page.setSigningKey(f.dir.filePath(QStringLiteral("no-such-key")));
    const auto missing = page.signExport(json);
    QVERIFY(!missing);
    QVERIFY2(missing.error().toString().contains(QLatin1String("no such key file")),
             qPrintable(missing.error().toString()));
}

// "Compare with a rehearsal...": the rehearsal (A) failed the marker check, this session (B)
// passed it after the file was made; the dialog says so, and a folder that is no session is
// refused under the buttons.
void tst_SummaryPage::thisSessionIsComparedWithARehearsal()
{
    test::SessionFixture rehearsal;
    QVERIFY2(rehearsal.error.isEmpty(), qPrintable(rehearsal.error));
    QCOMPARE(runToNoGo(rehearsal), QString());
    test::SessionFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(runToNoGo(f), QString());
    QVERIFY(test::writeFile(f.markerPath(), "ok\n"));
    QCOMPARE(f.run(QStringLiteral("marker-present")), QString());

    SummaryPage page;
    page.setEngine(f.engine.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QString shown;
    uw::test::readNextDocument(QStringLiteral("CompareDialog"), shown, &page);
    QVERIFY(page.showComparison(rehearsal.engine->session().dir()));
    QVERIFY2(shown.contains(QLatin1String("Outcomes that differ")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("The marker file is there: failed in A, passed in B")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("NO-GO")) && shown.contains(QLatin1String("GO, ")), qPrintable(shown));

    const QString notASession = f.dir.filePath(QStringLiteral("not-a-session"));
    QVERIFY(QDir().mkpath(notASession));
    QVERIFY(!page.showComparison(notASession));
    const QString status = page.findChild<QLabel *>(QStringLiteral("exportStatus"))->text();
    QVERIFY2(status.startsWith(QLatin1String("Cannot compare: ")) && status.contains(QLatin1String("not-a-session")),
             qPrintable(status));
}

QTEST_MAIN(tst_SummaryPage)
#include "tst_summarypage.moc"
