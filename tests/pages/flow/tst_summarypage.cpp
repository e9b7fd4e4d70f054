// The go/no-go summary page on a real session: the banner, the reasons that lead to their
// steps, durations and sign-offs, backups with checksums, and the three exports.
#include "pages/flow/summarypage.h"
#include "sessionfixture.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>
#include <QWizard>

using namespace uw;
using namespace uw::pages;
using namespace uw::test;

class tst_SummaryPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsNoGoWithTheFailingReason();
    void choosingAReasonGoesToItsStep();
    void fixingTheFailureMakesItGo();
    void skippingAWaivableBlockerIsGoWithWaiversAndShowsWhoAndWhy();
    void skippingABlockerThatCannotBeWaivedStaysNoGo();
    void showsBackupsWithTheirChecksum();
    void exportsHtmlPdfAndJsonWithoutTheSecret();
    void exportErrorsAreReturnedAndLeaveNoFile();
    void withoutASessionThereIsNoDecision();
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
    QVERIFY(banner->accessibleName().startsWith(QLatin1String("Decision: NO-GO. 1 blocker(s) stop the upgrade.")));
    QVERIFY(banner->accessibleName().contains(QLatin1String("2 of 4 steps done")));

    QTreeWidget *reasons = tree(page, "reasons");
    QCOMPARE(reasons->topLevelItemCount(), 2); // the failed check, and the backup not run (a warning)
    QTreeWidgetItem *failed = rowOf(reasons, QStringLiteral("marker-present"));
    QVERIFY(failed);
    QCOMPARE(failed->text(0), QStringLiteral("Blocker"));
    QCOMPARE(failed->text(1), QStringLiteral("The marker file is there"));
    QVERIFY2(failed->text(2).contains(QLatin1String("marker-******.txt does not exist")), qPrintable(failed->text(2)));
    QVERIFY(failed->text(2).endsWith(QLatin1String("What to do: create the marker file")));
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
    QCOMPARE(waived->text(0), QStringLiteral("Waiver"));
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
    QCOMPARE(open->text(0), QStringLiteral("Blocker"));
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
    QCOMPARE(skipped->text(0), QStringLiteral("Blocker"));
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
    QVERIFY(htmlText.contains(QLatin1String("marker-******.txt does not exist. What to do: create the marker file")));
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

QTEST_MAIN(tst_SummaryPage)
#include "tst_summarypage.moc"
