// Every page of every bundled playbook, in English and German: no two controls shown together
// answer to the same Alt+letter (issue 17). A clash makes Alt+letter cycle between controls
// instead of acting, which a keyboard user only finds out by pressing it.

#include "app/translations.h"
#include "offscreen.h"
#include "pages/flow/parameterspage.h"
#include "pages/flow/playbookpage.h"
#include "pages/flow/summarypage.h"
#include "pages/flow/upgradewizard.h"
#include "pages/flow/welcomepage.h"
#include "pages/flow/wizardsession.h"
#include "wizard/playbook/playbookloader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace uw;
using namespace uw::pages;

class tst_Mnemonics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void noTwoControlsOfAPageShareAnAltKey_data();
    void noTwoControlsOfAPageShareAnAltKey();

private:
    QTemporaryDir m_home;
};

namespace {

// The text whose &-letter a widget answers to, if it has one.
QString mnemonicText(const QWidget *widget)
{
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
        return label->text();
    if (auto *box = qobject_cast<const QGroupBox *>(widget); box && box->isCheckable())
        return box->title();
    return {};
}

// "Alt+C: Run all ready &checks | &Copy" for each letter two shown controls share.
QStringList clashes(const QWidget *page, const QList<QAbstractButton *> &wizardButtons)
{
    QMap<QString, QStringList> owners;
    const auto note = [&](const QString &text) {
        const QString key = QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
        if (!key.isEmpty())
            owners[key] << text;
    };
    for (const QWidget *widget : page->findChildren<QWidget *>())
        if (widget->isVisibleTo(page))
            note(mnemonicText(widget));
    for (const QAbstractButton *button : wizardButtons)
        note(button->text());
    QStringList said;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            said << page->objectName() + QStringLiteral(": ") + it.key() + QStringLiteral(": ")
                    + it.value().join(QStringLiteral(" | "));
    return said;
}

QList<QAbstractButton *> buttons(const UpgradeWizard &wizard, const QList<QWizard::WizardButton> &which)
{
    QList<QAbstractButton *> list;
    for (QWizard::WizardButton button : which)
        list << wizard.button(button);
    return list;
}

// Accepts the summary of values that Start shows, once it is open.
void acceptStartSummary()
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            dialog && dialog->objectName() == u"startSummary") {
            timer->deleteLater();
            timer->stop();
            dialog->accept();
        }
    });
    timer->start();
}

} // namespace

void tst_Mnemonics::initTestCase()
{
    uw::test::dropOffscreenSizeHintWarnings();
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
#ifdef Q_OS_WIN
    qputenv("UW_HOME", m_home.filePath(QStringLiteral("upgrade-wizard")).toUtf8());
#endif
    qputenv("UW_SIM_SPEED", "0");
}

void tst_Mnemonics::cleanup()
{
    app::installTranslations(QStringLiteral("en"));
}

void tst_Mnemonics::noTwoControlsOfAPageShareAnAltKey_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("playbook");
    for (const char *lang : {"en", "de"})
        for (const BundledPlaybook &bundled : bundledPlaybooks())
            QTest::addRow("%s %s", lang, qPrintable(bundled.id)) << QString::fromLatin1(lang) << bundled.id;
}

void tst_Mnemonics::noTwoControlsOfAPageShareAnAltKey()
{
    QFETCH(QString, lang);
    QFETCH(QString, playbook);
    if (lang != u"en")
        QCOMPARE(app::installTranslations(lang), lang);
    UpgradeWizard wizard;
    wizard.session()->setSimulatedToolPath(QStringLiteral(UW_SIMTOOL_PATH));
    wizard.session()->setProgramPath(QStringLiteral(UW_APP_PATH));
    wizard.show();
    QStringList found;
    // The pages the wizard shows, with the buttons it shows beside each.
    found << clashes(wizard.welcomePage(), buttons(wizard, {QWizard::NextButton, QWizard::CancelButton}));
    QVERIFY(wizard.welcomePage()->selectPlaybook(playbook));
    wizard.welcomePage()->setTraining(true);
    wizard.next();
    QCOMPARE(wizard.currentPage(), wizard.parametersPage());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.parametersPage()->isComplete(), 10000);
    found << clashes(wizard.parametersPage(),
                     buttons(wizard, {QWizard::BackButton, QWizard::CommitButton, QWizard::CancelButton}));
    acceptStartSummary();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(UpgradeWizard::TopologyPageId));
    found << clashes(wizard.currentPage(), buttons(wizard, {QWizard::NextButton, QWizard::CancelButton}));
    // The playbook's pages need not be reached to be read: each is built for the session.
    QVERIFY(!wizard.playbookPages().isEmpty());
    for (PlaybookPage *page : wizard.playbookPages())
        found << clashes(
            page,
            buttons(wizard, {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::CustomButton1}));
    found << clashes(wizard.summaryPage(), buttons(wizard, {QWizard::BackButton, QWizard::FinishButton}));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    wizard.mayClose(false);
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
