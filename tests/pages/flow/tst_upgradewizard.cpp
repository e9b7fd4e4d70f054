#include "pages/flow/parameterspage.h"
#include "pages/flow/summarypage.h"
#include "pages/flow/upgradewizard.h"
#include "pages/flow/welcomepage.h"
#include "scopedenvironment.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace uw::pages;

class tst_UpgradeWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensOnTheWelcomePage();
    void theFirstPageOffersNextBeforeTheLaterPagesAreMade();
    void cancelClosesTheWizard();
    void missingPlaybooksAreExplainedOnTheWelcomePage();
};

void tst_UpgradeWizard::opensOnTheWelcomePage()
{
    UpgradeWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(UpgradeWizard::WelcomePageId));
    QCOMPARE(wizard.currentPage(), wizard.welcomePage());
    QVERIFY(wizard.currentPage()->title().contains(QLatin1String("Welcome")));
    QVERIFY(wizard.windowTitle().startsWith(QLatin1String("Upgrade Wizard")));
}

// The later pages are made after the first paint (docs/performance.md, "Start-up"); until then
// the welcome page must still look and work as the first of several: Next and Cancel, no Finish.
void tst_UpgradeWizard::theFirstPageOffersNextBeforeTheLaterPagesAreMade()
{
    UpgradeWizard wizard;
    QCOMPARE(wizard.pageIds(), QList<int>{int(UpgradeWizard::WelcomePageId)});
    wizard.show();
    QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
    QVERIFY(wizard.button(QWizard::CancelButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard.currentPage()->isFinalPage());
    // Once the window has been painted, the rest follow without being asked for.
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_COMPARE(wizard.pageIds().size(), 4);
    QCOMPARE(wizard.page(UpgradeWizard::SummaryPageId), wizard.summaryPage());
    QCOMPARE(wizard.page(UpgradeWizard::ParametersPageId), wizard.parametersPage());
    QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isVisible());
}

void tst_UpgradeWizard::cancelClosesTheWizard()
{
    UpgradeWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QSignalSpy rejected(&wizard, &QDialog::rejected);

    QAbstractButton *cancel = wizard.button(QWizard::CancelButton);
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);

    QCOMPARE(rejected.count(), 1);
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
}

void tst_UpgradeWizard::missingPlaybooksAreExplainedOnTheWelcomePage()
{
    // As a broken installation looks: no data folder holds playbooks, and a site's folder holds
    // one that does not load.
    QTemporaryDir data;
    QVERIFY(QDir(data.path()).mkpath(QStringLiteral("site/playbooks")));
    QFile broken(data.filePath(QStringLiteral("site/playbooks/mine.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("{ \"format\": 1,") > 0);
    broken.close();
    uw::test::ScopedEnvironment environment;
    environment.set("UW_DATA_DIR", QFile::encodeName(data.filePath(QStringLiteral("site"))));
    environment.set("XDG_DATA_HOME", QFile::encodeName(data.filePath(QStringLiteral("home"))));
#ifdef Q_OS_WIN // Windows finds the profile's folders without the environment
    environment.set("UW_HOME", QFile::encodeName(data.filePath(QStringLiteral("home/upgrade-wizard"))));
#endif
    environment.set("XDG_DATA_DIRS", QFile::encodeName(data.filePath(QStringLiteral("system"))));

    UpgradeWizard wizard;
    const QString errors = wizard.welcomePage()->errors();
    QVERIFY2(errors.contains(QLatin1String("No bundled playbooks were found")), qPrintable(errors));
    QVERIFY2(errors.contains(QDir::toNativeSeparators(data.filePath(QStringLiteral("site")))), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("Not listed: ")) && errors.contains(QLatin1String("mine.json")),
             qPrintable(errors));
    QVERIFY(!wizard.welcomePage()->isComplete());
}

QTEST_MAIN(tst_UpgradeWizard)
#include "tst_upgradewizard.moc"
