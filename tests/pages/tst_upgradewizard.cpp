#include "pages/upgradewizard.h"
#include "pages/welcomepage.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTest>

using namespace uw::pages;

class tst_UpgradeWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensOnTheWelcomePage();
    void cancelClosesTheWizard();
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

QTEST_MAIN(tst_UpgradeWizard)
#include "tst_upgradewizard.moc"
