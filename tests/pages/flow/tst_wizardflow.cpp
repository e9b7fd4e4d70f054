// The desktop wizard driven like a user does, offscreen: welcome page, parameters, every page of
// every bundled playbook in training mode to GO by clicking sign-offs and Run buttons; a fault
// to NO-GO; Next disabled on an invalid parameter; cancelling a task; resuming a session.

#include "filetimes.h"
#include "nextdocument.h"
#include "offscreen.h"
#include "pages/flow/changeparameterdialog.h"
#include "pages/flow/parameterspage.h"
#include "pages/flow/playbookpage.h"
#include "pages/flow/stepwidget.h"
#include "pages/flow/summarypage.h"
#include "pages/flow/topologypage.h"
#include "pages/flow/upgradewizard.h"
#include "pages/flow/welcomepage.h"
#include "pages/flow/wizardsession.h"
#include "pages/widgets/nodetable.h"
#include "pages/widgets/stepgrid.h"
#include "pages/widgets/stepgridmodel.h"
#include "pages/widgets/topologyview.h"
#include "wine.h"
#include "wizard/playbook/parameters.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/run/engine.h"
#include "wizard/run/session.h"
#include "wizard/support/paths.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <chrono>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace uw;
using namespace uw::pages;

// Next until the page is shown, a bounded number of times: a page that cannot be left fails
// the test instead of spinning.
#define GO_TO(wizard, target)                                                                                          \
    do {                                                                                                               \
        for (int clicks = 0; clicks < 20 && (wizard)->currentPage() != (target); ++clicks)                             \
            next(*(wizard));                                                                                           \
        QVERIFY((wizard)->currentPage() == (target));                                                                  \
    } while (false)

class tst_WizardFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void walksEachBundledPlaybookToGoInTraining_data();
    void walksEachBundledPlaybookToGoInTraining();
    void theTopologyChosenOnTheFormShapesTheTrainingDomain();
    void aFaultEndsInNoGoWithItsReason();
    void nextIsDisabledOnAnInvalidParameter();
    void anInvalidPlaybookFileShowsItsErrorsWithPositions();
    void trainingModeIsOffForAPlaybookNotWrittenForIt();
    void cancellingARunningTaskKeepsItRunnableAgain();
    void aSessionIsResumedFromTheWelcomePage();
    void theSessionListIsReadOffTheGuiThreadNewestFirstAndBounded();
    void aSessionThatCannotBeResumedIsListedWithTheReason();
    void closingDuringATaskAsksThenCancelsAndKeepsTheSession();
    void aSelfSignedCertificateCanBeTrustedForTheSession();
    void aSignOffIsRevokedWithAReason();
    void aParameterIsChangedFromAPlaybookPage();
    void anUnwritableJournalIsAlertedAndNothingIsShownAsRecorded();
    void theNextActionBarSaysWhatIsLeftAndDoesIt();
    void aTrainingSessionSaysSoOnEveryPageAndInTheSessionList();
    void theFaultsCanBeHiddenFromTrainees();
    void theFaultListIsOneTabStopWithModesEditedInPlace();
    void closingWithASessionOpenAsksFirst();
    void startShowsTheValuesAndGoingBackKeepsTheForm();
    void everyPageWorksAt1024x600();
    void thePlanIsShownBeforeStart();
    void theWindowShowsOnThePagesAndALateStartAsksFirst();

private:
    std::unique_ptr<UpgradeWizard> makeWizard();
    static void next(UpgradeWizard &wizard);
    static bool openTrainingForm(UpgradeWizard &wizard, const QString &playbook);
    // Picks a value of the form's `topology` choice, as the operator does; false if it has none.
    static bool chooseTopology(UpgradeWizard &wizard, const QString &value);
    // Chooses the sample playbook (not in training mode), lets its form fill in and starts
    // the session; its engine, or null when a step on the way failed.
    static Engine *startSample(UpgradeWizard &wizard);
    // Signs off, checks and runs everything a page offers, in the order the engine allows,
    // until every step is done or failed; returns false on a timeout.
    static bool workThrough(PlaybookPage &page, Engine &engine);
    // Works through every page before the playbook page named `pageName` ("page:<id>") and
    // shows it; null when a page on the way cannot be completed, or it is not 20 pages away.
    static PlaybookPage *walkTo(UpgradeWizard &wizard, const QString &pageName);
    std::unique_ptr<QTemporaryDir> m_home;
};

namespace {

// Answers the question box that the next call opens: polls until it is there, so a slow
// machine cannot make the answer come before the box (and leave the test waiting on it).
void answerNextQuestion(QMessageBox::StandardButton answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            timer->stop();
            box->button(answer)->click();
        }
    });
    timer->start();
}

// Answers the text dialog that the next call opens with `text` (accepted), or cancels it when
// `text` is null; polls as answerNextQuestion does.
void answerNextTextDialog(const QString &text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            timer->stop();
            if (text.isNull()) {
                dialog->reject();
            } else {
                dialog->setTextValue(text);
                dialog->accept();
            }
        }
    });
    timer->start();
}

// Accepts (or goes back from) the summary of values that Start shows; polls as
// answerNextQuestion does.
void answerStartSummary(bool start)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, start] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == u"startSummary") {
            timer->deleteLater();
            timer->stop();
            if (start)
                dialog->accept();
            else
                dialog->reject();
        }
    });
    timer->start();
}

// The simulated tools at their realistic pace for one scope, back to none however it ends.
auto realisticPace()
{
    qputenv("UW_SIM_SPEED", "1");
    return qScopeGuard([] { qputenv("UW_SIM_SPEED", "0"); });
}

} // namespace

void tst_WizardFlow::initTestCase()
{
    uw::test::dropOffscreenSizeHintWarnings();
    qputenv("UW_SIM_SPEED", "0"); // the simulated tools, without their realistic pacing
}

void tst_WizardFlow::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_DATA_HOME", m_home->path().toUtf8());
#ifdef Q_OS_WIN // Windows finds the profile's folders without the environment
    qputenv("UW_HOME", m_home->filePath(QStringLiteral("upgrade-wizard")).toUtf8());
#endif
}

std::unique_ptr<UpgradeWizard> tst_WizardFlow::makeWizard()
{
    auto wizard = std::make_unique<UpgradeWizard>();
    wizard->session()->setSimulatedToolPath(QStringLiteral(UW_SIMTOOL_PATH));
    wizard->session()->setProgramPath(QStringLiteral(UW_APP_PATH));
    wizard->show();
    return wizard;
}

void tst_WizardFlow::next(UpgradeWizard &wizard)
{
    // Start shows the values the session will have: go on with them.
    if (wizard.currentPage() == wizard.parametersPage())
        answerStartSummary(true);
    QAbstractButton *button
        = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    if (!button->isEnabled())
        for (auto which : {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton})
            qWarning() << which << wizard.button(which)->text() << wizard.button(which)->isVisible()
                       << wizard.button(which)->isEnabled() << wizard.currentPage()->isComplete();
    QVERIFY2(button->isEnabled(), qPrintable(wizard.currentPage()->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Selects a bundled playbook in training mode on the welcome page and goes on to its
// parameters, which training mode fills in; true once that form is complete.
bool tst_WizardFlow::openTrainingForm(UpgradeWizard &wizard, const QString &playbook)
{
    if (!wizard.welcomePage()->selectPlaybook(playbook))
        return false;
    wizard.welcomePage()->setTraining(true);
    next(wizard);
    return wizard.currentPage() == wizard.parametersPage()
        && QTest::qWaitFor([&] { return wizard.parametersPage()->isComplete(); }, 5000);
}

Engine *tst_WizardFlow::startSample(UpgradeWizard &wizard)
{
    if (!wizard.welcomePage()->selectPlaybook(QStringLiteral("sample-local")))
        return nullptr;
    next(wizard);
    if (!QTest::qWaitFor([&] { return wizard.parametersPage()->isComplete(); }, 5000))
        return nullptr;
    next(wizard);
    return wizard.session()->engine();
}

bool tst_WizardFlow::chooseTopology(UpgradeWizard &wizard, const QString &value)
{
    auto *combo = qobject_cast<QComboBox *>(wizard.parametersPage()->field(QStringLiteral("topology")));
    const int index = combo ? combo->findData(value) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

bool tst_WizardFlow::workThrough(PlaybookPage &page, Engine &engine)
{
    // Top to bottom, as an operator reads the page: each step is done and finished before the
    // next one; a step that must wait for another page's steps is left alone.
    for (const QString &key : page.stepKeys()) {
        if (engine.state(key).isDone() || !engine.whyNotStartable(key).isEmpty())
            continue;
        StepWidget *widget = page.stepWidget(key);
        if (auto *signOff = widget->findChild<QCheckBox *>(QStringLiteral("signedOff")))
            QTest::mouseClick(signOff, Qt::LeftButton);
        else if (auto *run = widget->findChild<QPushButton *>(QStringLiteral("run")); run && run->isVisible())
            QTest::mouseClick(run, Qt::LeftButton);
        else
            continue;
        if (!QTest::qWaitFor([&] { return engine.state(key).status != StepState::Status::Running; }, 60000))
            return false;
    }
    return true;
}

PlaybookPage *tst_WizardFlow::walkTo(UpgradeWizard &wizard, const QString &pageName)
{
    Engine *engine = wizard.session()->engine();
    PlaybookPage *target = nullptr;
    for (PlaybookPage *page : wizard.playbookPages())
        if (page->objectName() == pageName)
            target = page;
    if (!engine || !target)
        return nullptr;
    for (int pages = 0; pages < 20 && wizard.currentPage() != target; ++pages) {
        if (auto *page = qobject_cast<PlaybookPage *>(wizard.currentPage()); page && !workThrough(*page, *engine))
            return nullptr;
        if (!QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 60000))
            return nullptr;
        next(wizard);
        if (QTest::currentTestFailed())
            return nullptr;
    }
    return wizard.currentPage() == target ? target : nullptr;
}

void tst_WizardFlow::walksEachBundledPlaybookToGoInTraining_data()
{
    QTest::addColumn<QString>("playbook");
    QTest::addColumn<QString>("topology"); // chosen on the form; empty: the playbook's default
    QTest::newRow("axway, three nodes") << QStringLiteral("axway-upgrade") << QString();
    QTest::newRow("axway, one node") << QStringLiteral("axway-upgrade") << QStringLiteral("single");
    QTest::newRow("cortex") << QStringLiteral("cortex-upgrade") << QString();
    QTest::newRow("kaazing") << QStringLiteral("kaazing-upgrade") << QString();
    QTest::newRow("training tour") << QStringLiteral("training-tour") << QString();
    QTest::newRow("sample") << QStringLiteral("sample-local") << QString();
}

void tst_WizardFlow::walksEachBundledPlaybookToGoInTraining()
{
    QFETCH(QString, playbook);
    QFETCH(QString, topology);
    // Axway's and Cortex's pages (and the tour's) call the simulated HTTPS services.
    if (playbook != u"kaazing-upgrade" && playbook != u"sample-local")
        UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    auto wizard = makeWizard();
    QVERIFY(wizard->welcomePage()->selectPlaybook(playbook));
    wizard->welcomePage()->setTraining(true);
    next(*wizard);
    QCOMPARE(wizard->currentPage(), wizard->parametersPage());
    // Training mode filled the form; the start button starts the session.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->parametersPage()->isComplete(), 5000);
    if (!topology.isEmpty()) {
        QVERIFY(chooseTopology(*wizard, topology));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->parametersPage()->isComplete(), 5000);
    }
    next(*wizard);
    Engine *engine = wizard->session()->engine();
    QVERIFY(engine);

    for (PlaybookPage *page : wizard->playbookPages()) {
        GO_TO(wizard, page);
        QVERIFY2(workThrough(*page, *engine), qPrintable(page->objectName()));
        const auto why = [&] {
            QStringList lines;
            for (const Decision::Reason &reason : engine->decision().blockers)
                lines << reason.step + QStringLiteral(": ") + reason.problem;
            return page->objectName() + u'\n' + lines.join(u'\n');
        };
        QTRY_VERIFY2_WITH_TIMEOUT(page->isComplete(), qPrintable(why()), 60000);
    }
    const Decision decision = engine->decision();
    QVERIFY2(decision.go, qPrintable(decision.headline()));
    // The last Next shows the summary with its GO banner.
    next(*wizard);
    QCOMPARE(wizard->currentPage(), wizard->summaryPage());
    const QString verdict = wizard->summaryPage()->findChild<QLabel *>(QStringLiteral("verdict"))->text();
    QVERIFY2(verdict.contains(QLatin1String("GO")) && !verdict.contains(QLatin1String("NO-GO")), qPrintable(verdict));

    // Finish ends the session as a headless run does: its end in the journal, report.json beside it.
    const QString dir = engine->session().dir();
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QVERIFY(finish && finish->isVisible() && finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY(!wizard->isVisible());
    QFile report(dir + QStringLiteral("/report.json"));
    QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(report.fileName()));
    const QJsonObject written = QJsonDocument::fromJson(report.readAll()).object();
    QCOMPARE(written.value(QLatin1String("decision")).toObject().value(QLatin1String("decision")).toString(),
             QStringLiteral("go"));
    QFile journal(dir + QStringLiteral("/journal.jsonl"));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QVERIFY(journal.readAll().contains("\"event\":\"session-finished\""));
}

void tst_WizardFlow::theTopologyChosenOnTheFormShapesTheTrainingDomain()
{
    auto wizard = makeWizard();
    QVERIFY(openTrainingForm(*wizard, QStringLiteral("axway-upgrade")));
    ParametersPage *page = wizard->parametersPage();
    // The playbook's default is several nodes: the seed's three, on the form too.
    auto *nodes = qobject_cast<NodeTable *>(page->field(QStringLiteral("nodes")));
    QVERIFY(nodes);
    QCOMPARE(nodes->value().size(), 3);
    QVERIFY(wizard->session()->trainingEnvironment());
    const QString threeNodeRoot = wizard->session()->trainingEnvironment()->sandbox().root();

    // Single node: a one-node sandbox replaces the unused three-node one, and the values that
    // came from it (nodes, instances, the services' URLs) are the new sandbox's.
    QVERIFY(chooseTopology(*wizard, QStringLiteral("single")));
    QVERIFY(wizard->session()->trainingEnvironment());
    QCOMPARE(wizard->session()->trainingEnvironment()->sandbox().nodes(), QStringList{QStringLiteral("NodeA")});
    QVERIFY2(!QFileInfo::exists(threeNodeRoot), qPrintable(threeNodeRoot));
    QCOMPARE(nodes->value().size(), 1);
    QCOMPARE(nodes->value().first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("NodeA"));
    auto *url = qobject_cast<QLineEdit *>(page->field(QStringLiteral("anm_url")));
    QVERIFY(url);
    QCOMPARE(url->text(),
             wizard->session()->trainingEnvironment()->parameters().value(QStringLiteral("anm_url")).toString());
    QVERIFY2(page->isComplete(), qPrintable(page->errorOf(QStringLiteral("nodes"))));

    // Start: the topology page and the plan have the one node.
    next(*wizard);
    QCOMPARE(wizard->currentPage(), wizard->topologyPage());
    QStringList drawn;
    for (const Topology::Tier &tier : wizard->topologyPage()->topologyView()->topology().tiers)
        if (tier.parameter == u"nodes")
            for (const Topology::Node &node : tier.nodes)
                drawn << node.name;
    QCOMPARE(drawn, QStringList{QStringLiteral("NodeA")});
    const StepGridModel *grid = wizard->topologyPage()->stepGrid()->gridModel();
    QVERIFY(grid->rowCount() > 0);
    for (int row = 0; row < grid->rowCount(); ++row)
        QVERIFY2(grid->nodeName(row) != u"NodeB" && grid->nodeName(row) != u"NodeC", qPrintable(grid->nodeName(row)));
    Engine *engine = wizard->session()->engine();
    QVERIFY(engine);
    QCOMPARE(engine->plan().stepsOfItem(QStringLiteral("export")).size(), 1);
    QCOMPARE(engine->plan().stepsOfItem(QStringLiteral("export")).first()->key, QStringLiteral("export@NodeA"));
    QCOMPARE(wizard->session()->session()->info().trainingRoot,
             wizard->session()->trainingEnvironment()->sandbox().root());
}

void tst_WizardFlow::aFaultEndsInNoGoWithItsReason()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    auto wizard = makeWizard();
    QVERIFY(wizard->welcomePage()->selectPlaybook(QStringLiteral("axway-upgrade")));
    wizard->welcomePage()->setTraining(true, {QStringLiteral("sysupgrade.upgrade=license")});
    next(*wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->parametersPage()->isComplete(), 5000);
    next(*wizard);
    Engine *engine = wizard->session()->engine();
    PlaybookPage *exportPage = nullptr;
    for (PlaybookPage *page : wizard->playbookPages()) {
        GO_TO(wizard, page);
        QVERIFY(workThrough(*page, *engine));
        if (!page->isComplete()) {
            exportPage = page;
            break;
        }
    }
    QVERIFY(exportPage);
    QCOMPARE(exportPage->objectName(), QStringLiteral("page:export-upgrade"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    // The failed step says what went wrong and what to do, on the page.
    const QString summary = exportPage->stepWidget(QStringLiteral("upgrade@NodeA"))
                                ->findChild<QLabel *>(QStringLiteral("summary"))
                                ->text();
    QVERIFY2(summary.contains(QLatin1String("LicenseException")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("What to do: Read upgrade/bin/out/logs/upgrade.log")), qPrintable(summary));
    // A failure is brought into view, however far down the page it is (here the step runs
    // again from outside the page, as "Run all ready checks" or a resume would start it).
    auto *scroll = exportPage->findChild<QScrollArea *>();
    QVERIFY(scroll);
    scroll->verticalScrollBar()->setValue(0);
    StepWidget *lastFailed = exportPage->stepWidget(QStringLiteral("upgrade@NodeC"));
    QTRY_VERIFY(lastFailed->visibleRegion().isEmpty());
    QVERIFY(engine->start(QStringLiteral("upgrade@NodeC")));
    QTRY_COMPARE_WITH_TIMEOUT(engine->state(QStringLiteral("upgrade@NodeC")).status, StepState::Status::Failed, 20000);
    QTRY_VERIFY(!lastFailed->visibleRegion().isEmpty());
    // The bar names the three retries.
    QVERIFY2(exportPage->needed().startsWith(QLatin1String("3 blocker(s) left: retry")),
             qPrintable(exportPage->needed()));
    // The summary, reached from the stuck page, says NO-GO and names the failed step.
    QAbstractButton *toSummary = wizard->button(QWizard::CustomButton1);
    QVERIFY(toSummary->isVisible());
    QTest::mouseClick(toSummary, Qt::LeftButton);
    QCOMPARE(wizard->currentPage(), wizard->summaryPage());
    const QString verdict = wizard->summaryPage()->findChild<QLabel *>(QStringLiteral("verdict"))->text();
    QVERIFY2(verdict.contains(QLatin1String("NO-GO")), qPrintable(verdict));
    auto *reasons = wizard->summaryPage()->findChild<QTreeWidget *>(QStringLiteral("reasons"));
    QVERIFY(reasons);
    QVERIFY2(
        !reasons->findItems(QStringLiteral("LicenseException"), Qt::MatchContains | Qt::MatchRecursive, 2).isEmpty(),
        "the reason names the license error");
    const Decision decision = engine->decision();
    QVERIFY(!decision.go);
    QVERIFY(std::ranges::any_of(decision.blockers, [](const Decision::Reason &reason) {
        return reason.step == u"upgrade@NodeA" && reason.problem.contains(QLatin1String("LicenseException"));
    }));
}

void tst_WizardFlow::nextIsDisabledOnAnInvalidParameter()
{
    auto wizard = makeWizard();
    QVERIFY(openTrainingForm(*wizard, QStringLiteral("axway-upgrade")));
    ParametersPage *page = wizard->parametersPage();

    auto *url = qobject_cast<QLineEdit *>(page->field(QStringLiteral("anm_url")));
    QVERIFY(url);
    const QString good = url->text();
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("not a url"));
    QVERIFY(!page->isComplete());
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY2(page->errorOf(QStringLiteral("anm_url")).contains(QLatin1String("is not an http:// or https:// URL")),
             qPrintable(page->errorOf(QStringLiteral("anm_url"))));

    url->setText(good);
    QVERIFY(page->isComplete());
    QVERIFY(page->errorOf(QStringLiteral("anm_url")).isEmpty());

    // A node without a host, in the node table.
    auto *nodes = qobject_cast<NodeTable *>(page->field(QStringLiteral("nodes")));
    QVERIFY(nodes);
    nodes->addNode();
    QVERIFY(!page->isComplete());
    QVERIFY2(page->errorOf(QStringLiteral("nodes")).contains(QLatin1String("nodes[3]")),
             qPrintable(page->errorOf(QStringLiteral("nodes"))));
}

void tst_WizardFlow::anInvalidPlaybookFileShowsItsErrorsWithPositions()
{
    auto wizard = makeWizard();
    const QString path = m_home->filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"schema\": 1,\n  \"id\": \"Not An Id\"\n}\n");
    file.close();
    QVERIFY(!wizard->welcomePage()->openPlaybookFile(path));
    const QString errors = wizard->welcomePage()->errors();
    QVERIFY2(errors.contains(QDir::toNativeSeparators(path) + QStringLiteral(":3:9: error: id:")), qPrintable(errors));
    QVERIFY(!wizard->welcomePage()->isComplete());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
}

// A playbook without a "training" section would run its real commands in training mode: the
// checkbox is off and disabled for it, saying why; the next playbook written for training
// gets the operator's choice back.
void tst_WizardFlow::trainingModeIsOffForAPlaybookNotWrittenForIt()
{
    auto wizard = makeWizard();
    WelcomePage *welcome = wizard->welcomePage();
    auto *training = welcome->findChild<QCheckBox *>(QStringLiteral("training"));
    auto *note = welcome->findChild<QLabel *>(QStringLiteral("trainingNote"));
    QVERIFY(welcome->selectPlaybook(QStringLiteral("training-tour")));
    welcome->setTraining(true);
    QVERIFY(training->isEnabled() && training->isChecked());

    const QString path = m_home->filePath(QStringLiteral("real-only.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": 1, "id": "real-only", "title": "Real only", "product": "P", "from": ["1.*"], "to": "2",
  "source": {"document": "D"}, "pages": [{"id": "p", "title": "P", "items": [
    {"id": "ok", "type": "confirm", "title": "OK", "help": "h", "severity": "blocker"}]}]})");
    file.close();
    QVERIFY(welcome->openPlaybookFile(path));
    QVERIFY(!training->isEnabled());
    QVERIFY(!training->isChecked());
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QLatin1String("not written for the simulated environment")),
             qPrintable(note->text()));
    // Next starts it for real, without a sandbox.
    next(*wizard);
    QCOMPARE(wizard->currentPage(), wizard->parametersPage());
    QVERIFY(!wizard->session()->training());
    QVERIFY(!wizard->session()->trainingEnvironment());
    // And the session refuses training for it however it is asked.
    wizard->session()->setTraining(true);
    const auto refused = wizard->session()->ensureTrainingEnvironment();
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("not written for training mode")), qPrintable(refused.error()));

    wizard->back();
    QVERIFY(welcome->selectPlaybook(QStringLiteral("training-tour")));
    QVERIFY(training->isEnabled() && training->isChecked());
    QVERIFY(note->isHidden());
}

void tst_WizardFlow::cancellingARunningTaskKeepsItRunnableAgain()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls); // the pages before the export need the simulated ANM
    auto wizard = makeWizard();
    QVERIFY(openTrainingForm(*wizard, QStringLiteral("axway-upgrade")));
    next(*wizard);
    Engine *engine = wizard->session()->engine();
    PlaybookPage *exportPage = walkTo(*wizard, QStringLiteral("page:export-upgrade"));
    QVERIFY2(exportPage, qPrintable(wizard->currentPage()->objectName()));
    StepWidget *exportA = exportPage->stepWidget(QStringLiteral("export@NodeA"));
    QVERIFY(exportA->findChild<QCheckBox *>(QStringLiteral("signedOff")) == nullptr);
    QTest::mouseClick(
        exportPage->stepWidget(QStringLiteral("old-running"))->findChild<QCheckBox *>(QStringLiteral("signedOff")),
        Qt::LeftButton);
    // The simulated tools at their realistic pace: long enough to cancel one.
    const auto pace = realisticPace();
    QTest::mouseClick(exportA->findChild<QPushButton *>(QStringLiteral("run")), Qt::LeftButton);
    QCOMPARE(engine->state(QStringLiteral("export@NodeA")).status, StepState::Status::Running);
    auto *cancel = exportA->findChild<QPushButton *>(QStringLiteral("cancel"));
    QVERIFY(cancel->isVisible());
    // One Cancel while it runs: the step's; the wizard's would close the window.
    QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
    QVERIFY(!exportPage->isComplete());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(engine->state(QStringLiteral("export@NodeA")).status, StepState::Status::Cancelled,
                              15000);
    auto *run = exportA->findChild<QPushButton *>(QStringLiteral("run"));
    QVERIFY(run->isVisible() && run->isEnabled());
    QCOMPARE(run->text(), QStringLiteral("Retry"));
    QVERIFY(wizard->button(QWizard::CancelButton)->isVisible());
}

// A sign-off is not final: unchecking it asks why, and the step is open again (journalled).
void tst_WizardFlow::aSignOffIsRevokedWithAReason()
{
    auto wizard = makeWizard();
    Engine *engine = startSample(*wizard);
    QVERIFY(engine);
    auto *first = wizard->playbookPages().first();
    GO_TO(wizard, first);
    auto *signedOff
        = first->stepWidget(QStringLiteral("backup-taken"))->findChild<QCheckBox *>(QStringLiteral("signedOff"));
    QTest::mouseClick(signedOff, Qt::LeftButton);
    QCOMPARE(engine->state(QStringLiteral("backup-taken")).status, StepState::Status::Confirmed);
    QVERIFY(signedOff->isEnabled());

    // Unchecked, then the question cancelled: still signed off.
    answerNextTextDialog(QString());
    QTest::mouseClick(signedOff, Qt::LeftButton);
    QCOMPARE(engine->state(QStringLiteral("backup-taken")).status, StepState::Status::Confirmed);
    QVERIFY(signedOff->isChecked());

    answerNextTextDialog(QStringLiteral("the backup was of the wrong host"));
    QTest::mouseClick(signedOff, Qt::LeftButton);
    const StepState state = engine->state(QStringLiteral("backup-taken"));
    QCOMPARE(state.status, StepState::Status::Pending);
    QVERIFY2(state.summary.endsWith(QLatin1String(": the backup was of the wrong host")), qPrintable(state.summary));
    QVERIFY(!signedOff->isChecked());
    QVERIFY(!first->isComplete());
    const QByteArray journal = [&] {
        QFile file(wizard->session()->session()->journalPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(journal.contains("\"event\":\"revoked\""));
    QVERIFY(journal.contains("the backup was of the wrong host"));
}

// After Start the form is behind the session: "Change a parameter..." on a playbook page takes
// the new value and a reason; the pages follow the new plan, and what was done stays done.
void tst_WizardFlow::aParameterIsChangedFromAPlaybookPage()
{
    auto wizard = makeWizard();
    Engine *engine = startSample(*wizard);
    QVERIFY(engine);
    auto *first = wizard->playbookPages().first();
    GO_TO(wizard, first);
    QTest::mouseClick(
        first->stepWidget(QStringLiteral("backup-taken"))->findChild<QCheckBox *>(QStringLiteral("signedOff")),
        Qt::LeftButton);
    QCOMPARE(engine->state(QStringLiteral("backup-taken")).status, StepState::Status::Confirmed);
    PlaybookPage *rehearse = wizard->playbookPages().at(1);
    QVERIFY(rehearse->stepWidget(QStringLiteral("run-tool@local")));
    QVERIFY(!rehearse->stepWidget(QStringLiteral("run-tool@second")));

    // The dialog: a second node, and why; then the summary of what changed.
    QString dialogError;
    QString told;
    auto *timer = new QTimer(wizard.get());
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ChangeParameterDialog *>(modal)) {
            if (!dialog->selectParameter(QStringLiteral("nodes"))) {
                dialogError = QStringLiteral("no nodes parameter in the dialog");
                dialog->reject();
                return;
            }
            auto *table = qobject_cast<NodeTable *>(dialog->field());
            if (!table) {
                dialogError = QStringLiteral("the nodes field is not a node table");
                dialog->reject();
                return;
            }
            QJsonArray nodes = table->value();
            nodes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("second")},
                                     {QStringLiteral("host"), QStringLiteral("127.0.0.2")},
                                     {QStringLiteral("role"), QStringLiteral("secondary")}});
            table->setValue(nodes);
            // Before Change: what it would set back. Only a sign-off that does not use the
            // nodes has a result, so nothing.
            if (!dialog->stepsToRedo().contains(QLatin1String("nothing has to be done again"))) {
                dialogError = QStringLiteral("the dialog says: ") + dialog->stepsToRedo();
                dialog->reject();
                return;
            }
            dialog->reason()->setText(QStringLiteral("a second node joins the rehearsal"));
            dialog->accept();
            if (!dialog->problem().isEmpty()) {
                dialogError = dialog->problem();
                dialog->reject();
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            told = box->text();
            box->accept();
        }
    });
    timer->start();
    const bool changed = wizard->changeParameter();
    timer->stop();
    QVERIFY2(dialogError.isEmpty(), qPrintable(dialogError));
    QVERIFY(changed);
    QVERIFY2(told.contains(QLatin1String("added node(s) second: their steps are to be done")), qPrintable(told));
    // The page follows the new plan; the sign-off stays.
    QVERIFY(rehearse->stepWidget(QStringLiteral("run-tool@second")));
    QCOMPARE(engine->state(QStringLiteral("run-tool@second")).status, StepState::Status::Pending);
    QCOMPARE(engine->state(QStringLiteral("backup-taken")).status, StepState::Status::Confirmed);
    QVERIFY(first->findChild<QPushButton *>(QStringLiteral("changeParameter")));
    QVERIFY(wizard->summaryPage()->findChild<QPushButton *>(QStringLiteral("changeParameter")));
    QFile journal(wizard->session()->session()->journalPath());
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QVERIFY(journal.readAll().contains("a second node joins the rehearsal"));
}

// When the journal cannot be written (here its disk is full: /dev/full in place of the file),
// the operator is told at once, and the step is not shown as signed off.
void tst_WizardFlow::anUnwritableJournalIsAlertedAndNothingIsShownAsRecorded()
{
#ifndef Q_OS_LINUX
    QSKIP("fills the journal's disk with /dev/full, which Linux has");
#else
    auto wizard = makeWizard();
    Engine *engine = startSample(*wizard);
    QVERIFY(engine);
    auto *first = wizard->playbookPages().first();
    GO_TO(wizard, first);

    // The journal's open file, found by its name, is swapped for /dev/full for a while.
    const QString journalPath = QFileInfo(wizard->session()->session()->journalPath()).canonicalFilePath();
    int journalFd = -1;
    for (const QFileInfo &entry : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::Files | QDir::System))
        if (entry.symLinkTarget() == journalPath)
            journalFd = entry.fileName().toInt();
    QVERIFY2(journalFd >= 0, "the journal is not open");
    const QByteArray before = [&] {
        QFile file(journalPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const int saved = ::dup(journalFd);
    const int full = ::open("/dev/full", O_WRONLY);
    QVERIFY(saved >= 0 && full >= 0);
    QVERIFY(::dup2(full, journalFd) == journalFd);
    const auto restore = qScopeGuard([&] {
        ::dup2(saved, journalFd);
        ::close(saved);
        ::close(full);
    });

    QString alert;
    auto *timer = new QTimer(wizard.get());
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [&alert] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            alert = box->windowTitle() + u'\n' + box->text();
            box->accept();
        }
    });
    timer->start();
    auto *step = first->stepWidget(QStringLiteral("backup-taken"));
    QTest::mouseClick(step->findChild<QCheckBox *>(QStringLiteral("signedOff")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!alert.isEmpty(), 5000);
    timer->stop();
    QVERIFY2(alert.startsWith(QLatin1String("The session's journal cannot be written\n")), qPrintable(alert));
    QVERIFY2(alert.contains(QLatin1String("cannot write the journal")), qPrintable(alert));
    QVERIFY2(alert.contains(QLatin1String("is not recorded")), qPrintable(alert));
    // Nothing says it was recorded: not the engine, not the checkbox, not the page, not the file.
    QCOMPARE(engine->state(QStringLiteral("backup-taken")).status, StepState::Status::Pending);
    QVERIFY(!step->findChild<QCheckBox *>(QStringLiteral("signedOff"))->isChecked());
    QVERIFY(!first->isComplete());
    const QByteArray after = [&] {
        QFile file(journalPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QCOMPARE(after, before);
#endif
}

void tst_WizardFlow::aSessionIsResumedFromTheWelcomePage()
{
    QString dir;
    {
        auto wizard = makeWizard();
        Engine *engine = startSample(*wizard);
        QVERIFY(engine);
        dir = wizard->session()->session()->dir();
        auto *first = wizard->playbookPages().first();
        GO_TO(wizard, first);
        QVERIFY(workThrough(*first, *engine));
        QTRY_VERIFY_WITH_TIMEOUT(first->isComplete(), 20000);
    }
    auto wizard = makeWizard();
    wizard->welcomePage()->reloadSessions();
    QVERIFY(wizard->welcomePage()->selectSession(dir));
    next(*wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->parametersPage()->isComplete(), 5000);
    next(*wizard);
    Engine *engine = wizard->session()->engine();
    QCOMPARE(wizard->session()->session()->dir(), dir);
    // What was signed off before is still signed off; the first page is complete at once.
    QCOMPARE(engine->state(QStringLiteral("backup-taken")).status, StepState::Status::Confirmed);
    QVERIFY(wizard->playbookPages().first()->isComplete());
    // The wizard opens where work is left: the second page, with the first one behind Back.
    QTRY_COMPARE(wizard->currentPage(), wizard->playbookPages().at(1));
    wizard->back();
    QCOMPARE(wizard->currentPage(), wizard->playbookPages().first());
}

// What Next waits for is said on the page and on the disabled Next, and the bar's button
// does the next step: runs a check or task, or takes the keyboard to a sign-off.
void tst_WizardFlow::theNextActionBarSaysWhatIsLeftAndDoesIt()
{
    auto wizard = makeWizard();
    Engine *engine = startSample(*wizard);
    QVERIFY(engine);
    PlaybookPage *first = wizard->playbookPages().first();
    GO_TO(wizard, first);
    wizard->activateWindow(); // the keyboard goes where the bar sends it only in the active window
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    QVERIFY(!first->isComplete());
    const QString needed = first->needed();
    QVERIFY2(needed.startsWith(QLatin1String("2 blocker(s) left: sign off")), qPrintable(needed));
    QVERIFY2(needed.contains(QLatin1String("run the check")), qPrintable(needed));
    QCOMPARE(first->findChild<QLabel *>(QStringLiteral("needed"))->text(), needed);
    QAbstractButton *nextButton = wizard->button(QWizard::NextButton);
    QVERIFY(!nextButton->isEnabled());
    QCOMPARE(nextButton->toolTip(), needed);

    auto *doNext = first->findChild<QPushButton *>(QStringLiteral("doNext"));
    QVERIFY(doNext && doNext->isVisible());
    QStringList done;
    for (int presses = 0; presses < 10 && !first->isComplete(); ++presses) {
        const QString key = first->nextStepKey();
        QVERIFY(!key.isEmpty());
        QTest::mouseClick(doNext, Qt::LeftButton);
        if (engine->plan().step(key)->item->type == Item::Type::Confirm) {
            // A sign-off is the operator's: the button only brings the keyboard to it.
            auto *box = first->stepWidget(key)->findChild<QCheckBox *>(QStringLiteral("signedOff"));
            QCOMPARE(QApplication::focusWidget(), box);
            QCOMPARE(engine->state(key).status, StepState::Status::Pending);
            QTest::keyClick(box, Qt::Key_Space);
        }
        QTRY_VERIFY_WITH_TIMEOUT(engine->state(key).isDone(), 20000);
        done << key;
    }
    QCOMPARE(done, (QStringList{QStringLiteral("backup-taken"), QStringLiteral("session-folder")}));
    QVERIFY(first->isComplete());
    QVERIFY2(first->needed().contains(QLatin1String("Next goes on")), qPrintable(first->needed()));
    QVERIFY(nextButton->isEnabled());
    QVERIFY(nextButton->toolTip().isEmpty());
    QVERIFY(!doNext->isVisible());
}

void tst_WizardFlow::aTrainingSessionSaysSoOnEveryPageAndInTheSessionList()
{
    QString dir;
    {
        auto wizard = makeWizard();
        QVERIFY(openTrainingForm(*wizard, QStringLiteral("sample-local")));
        const auto bandOf = [](QWizardPage *page) {
            return page->findChild<QLabel *>(QStringLiteral("trainingBand"));
        };
        QVERIFY(bandOf(wizard->parametersPage())->isVisibleTo(wizard->parametersPage()));
        QVERIFY(bandOf(wizard->parametersPage())->text().startsWith(QLatin1String("TRAINING")));
        QVERIFY2(wizard->windowTitle().contains(QLatin1String("TRAINING")), qPrintable(wizard->windowTitle()));
        next(*wizard);
        dir = wizard->session()->session()->dir();
        QVERIFY(bandOf(wizard->topologyPage())->isVisibleTo(wizard->topologyPage()));
        for (PlaybookPage *page : wizard->playbookPages())
            QVERIFY2(bandOf(page)->isVisibleTo(page), qPrintable(page->objectName()));
        QVERIFY(bandOf(wizard->summaryPage())->isVisibleTo(wizard->summaryPage()));
    }
    // A real session: no band, no word of training.
    auto wizard = makeWizard();
    QVERIFY(wizard->welcomePage()->selectPlaybook(QStringLiteral("sample-local")));
    next(*wizard);
    QVERIFY(!wizard->parametersPage()
                 ->findChild<QLabel *>(QStringLiteral("trainingBand"))
                 ->isVisibleTo(wizard->parametersPage()));
    QVERIFY(!wizard->windowTitle().contains(QLatin1String("TRAINING")));
    wizard->back();
    // The list of sessions to resume marks the training one.
    wizard->welcomePage()->reloadSessions();
    QVERIFY(wizard->welcomePage()->selectSession(dir));
    auto *sessions = wizard->welcomePage()->findChild<QTreeWidget *>(QStringLiteral("sessions"));
    QVERIFY(sessions && sessions->currentItem());
    QVERIFY2(sessions->currentItem()->text(0).startsWith(QLatin1String("TRAINING: ")),
             qPrintable(sessions->currentItem()->text(0)));
}

// --hide-faults: the trainee sees that faults are set, not which.
void tst_WizardFlow::theFaultsCanBeHiddenFromTrainees()
{
    auto wizard = makeWizard();
    QVERIFY(wizard->welcomePage()->selectPlaybook(QStringLiteral("sample-local")));
    const QString fault = QStringLiteral("anm_host=not-first");
    wizard->welcomePage()->setTraining(true, {fault});
    wizard->welcomePage()->setFaultsHidden(true);
    auto *list = wizard->welcomePage()->findChild<QTreeWidget *>(QStringLiteral("faults"));
    auto *note = wizard->welcomePage()->findChild<QLabel *>(QStringLiteral("faultsHidden"));
    QVERIFY(!list->isVisibleTo(wizard->welcomePage()));
    QVERIFY(note->isVisibleTo(wizard->welcomePage()));
    QVERIFY2(note->text().contains(QLatin1String("1 fault")), qPrintable(note->text()));
    QVERIFY(!note->text().contains(QLatin1String("anm_host")));
    next(*wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->parametersPage()->isComplete(), 5000);
    const QString band = wizard->parametersPage()->findChild<QLabel *>(QStringLiteral("trainingBand"))->text();
    QVERIFY2(band.contains(QLatin1String("debrief")) && !band.contains(QLatin1String("anm_host")), qPrintable(band));
    QCOMPARE(wizard->session()->faults(), QStringList{fault});
}

void tst_WizardFlow::theFaultListIsOneTabStopWithModesEditedInPlace()
{
    auto wizard = makeWizard();
    QVERIFY(wizard->welcomePage()->selectPlaybook(QStringLiteral("sample-local")));
    wizard->welcomePage()->setTraining(true);
    auto *list = wizard->welcomePage()->findChild<QTreeWidget *>(QStringLiteral("faults"));
    QVERIFY(list && list->topLevelItemCount() > 3);
    // Nothing inside the list takes a Tab stop of its own.
    for (QWidget *child : list->findChildren<QWidget *>())
        QVERIFY2(!(child->focusPolicy() & Qt::TabFocus) || !child->isVisibleTo(list), child->metaObject()->className());
    // Enter on a row edits its mode in place; the choice is what the session gets.
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < list->topLevelItemCount() && !row; ++i)
        if (list->topLevelItem(i)->data(1, Qt::UserRole + 3).toStringList().size() > 1)
            row = list->topLevelItem(i);
    QVERIFY(row);
    const QStringList modes = row->data(1, Qt::UserRole + 3).toStringList();
    row->setCheckState(0, Qt::Checked);
    list->setCurrentItem(row);
    Q_EMIT list->itemActivated(row, 0);
    QComboBox *editor = nullptr;
    QTRY_VERIFY((editor = list->viewport()->findChild<QComboBox *>()) != nullptr);
    editor->setCurrentIndex(int(modes.size()) - 1);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(row->text(1), modes.last());
    next(*wizard);
    QVERIFY(wizard->session()->faults().contains(row->text(0) + u'=' + modes.last()));
}

void tst_WizardFlow::closingWithASessionOpenAsksFirst()
{
    auto wizard = makeWizard();
    // No session yet: nothing to lose, no question.
    QVERIFY(wizard->mayClose());
    QVERIFY(startSample(*wizard));
    answerNextQuestion(QMessageBox::No);
    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    QVERIFY(wizard->isVisible());
    answerNextQuestion(QMessageBox::No);
    QVERIFY(!wizard->close());
    QVERIFY(wizard->isVisible());
    answerNextQuestion(QMessageBox::Yes);
    QVERIFY(wizard->close());
    QVERIFY(!wizard->isVisible());
}

void tst_WizardFlow::startShowsTheValuesAndGoingBackKeepsTheForm()
{
    auto wizard = makeWizard();
    QVERIFY(openTrainingForm(*wizard, QStringLiteral("sample-local")));
    QStringList shown;
    auto *timer = new QTimer(wizard.get());
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"startSummary")
            return;
        timer->stop();
        auto *values = dialog->findChild<QTreeWidget *>(QStringLiteral("values"));
        for (int i = 0; values && i < values->topLevelItemCount(); ++i)
            shown << values->topLevelItem(i)->text(0) + QStringLiteral(": ") + values->topLevelItem(i)->text(1);
        dialog->reject();
    });
    timer->start();
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_VERIFY(!shown.isEmpty());
    // Back to the form: no session was made.
    QCOMPARE(wizard->currentPage(), wizard->parametersPage());
    QVERIFY(!wizard->session()->engine());
    const QString all = shown.join(u'\n');
    // The secret is never shown, only that it is given.
    const QString password = wizard->session()->initialValues().value(QStringLiteral("admin_password")).toString();
    QVERIFY(!password.isEmpty());
    QVERIFY2(!all.contains(password) && all.contains(QLatin1String("******")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("local")), qPrintable(all));
}

// A 1024x600 screen still shows every page with its buttons inside the window.
void tst_WizardFlow::everyPageWorksAt1024x600()
{
    auto wizard = makeWizard();
    const auto fits = [&] {
        wizard->resize(1024, 600);
        QCoreApplication::processEvents();
        if (wizard->size() != QSize(1024, 600)) {
            // What holds the window up: the widest and tallest parts of the page.
            QStringList parts;
            for (const QWidget *child : wizard->currentPage()->findChildren<QWidget *>())
                if (child->isVisibleTo(wizard->currentPage())
                    && (child->minimumSizeHint().width() > 700 || child->minimumSizeHint().height() > 250))
                    parts << QStringLiteral("%1 %2 %3x%4")
                                 .arg(QLatin1String(child->metaObject()->className()), child->objectName())
                                 .arg(child->minimumSizeHint().width())
                                 .arg(child->minimumSizeHint().height());
            return QStringLiteral("%1 is %2x%3 at the least; %4")
                .arg(wizard->currentPage()->objectName())
                .arg(wizard->width())
                .arg(wizard->height())
                .arg(parts.join(QStringLiteral(", ")));
        }
        for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
                           QWizard::CancelButton, QWizard::CustomButton1}) {
            QAbstractButton *button = wizard->button(which);
            if (button->isVisible()
                && !wizard->rect().contains(QRect(button->mapTo(wizard.get(), QPoint(0, 0)), button->size())))
                return QStringLiteral("%1: %2 is outside the window")
                    .arg(wizard->currentPage()->objectName(), button->text());
        }
        return QString();
    };
    QCOMPARE(fits(), QString());
    QVERIFY(openTrainingForm(*wizard, QStringLiteral("axway-upgrade")));
    QCOMPARE(fits(), QString());
    next(*wizard);
    QCOMPARE(fits(), QString());
    for (PlaybookPage *page : wizard->playbookPages()) {
        while (wizard->currentPage() != page && wizard->currentPage()->isComplete())
            next(*wizard);
        if (wizard->currentPage() != page)
            break;
        QCOMPARE(fits(), QString());
        break; // the next pages need the steps before them done; the first shows the layout
    }
    wizard->showSummary();
    QCOMPARE(wizard->currentPage(), wizard->summaryPage());
    QCOMPARE(fits(), QString());
}

void tst_WizardFlow::theSessionListIsReadOffTheGuiThreadNewestFirstAndBounded()
{
    // More sessions than the list shows at first, each folder a minute younger than the one
    // before it (their times are set once they are made: writing in a folder changes its time).
    const qsizetype count = WelcomePage::kSessionsShown + 5;
    const auto playbook = loadPlaybook(QStringLiteral("sample-local"));
    QVERIFY(playbook);
    const auto values = resolveParameters(*playbook, {});
    QVERIFY(values);
    QStringList dirs; // oldest first
    for (qsizetype i = 0; i < count; ++i) {
        const QString dir = paths::sessionsDir() + QStringLiteral("/sample-local-%1").arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(Session::create(dir, *playbook, *values, QStringLiteral("tester")));
        dirs << QFileInfo(dir).canonicalFilePath();
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (qsizetype i = 0; i < count; ++i)
        QVERIFY(test::setModified(dirs[i], now.addSecs(-60 * (count - i))));

    auto wizard = makeWizard();
    WelcomePage *welcome = wizard->welcomePage();
    auto *list = welcome->findChild<QTreeWidget *>(QStringLiteral("sessions"));
    auto *all = welcome->findChild<QPushButton *>(QStringLiteral("allSessions"));
    QVERIFY(list && all);
    // Making the page read no session: a worker does, and the list fills when it is done.
    QVERIFY(welcome->sessionsLoading());
    QCOMPARE(list->topLevelItemCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!welcome->sessionsLoading(), 30000);
    const auto listed = [&] {
        QStringList paths;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            paths << QFileInfo(list->topLevelItem(i)->data(0, Qt::UserRole).toString()).canonicalFilePath();
        return paths;
    };
    QStringList newestFirst = dirs;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(listed(), newestFirst.mid(0, WelcomePage::kSessionsShown));
    const QString progress = list->topLevelItem(0)->text(3);
    QVERIFY2(progress.startsWith(QLatin1String("0 of ")) && progress.endsWith(QLatin1String(" steps")),
             qPrintable(progress));
    QVERIFY(all->isVisible());

    // The older ones on request, and the oldest of them resumes.
    QTest::mouseClick(all, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!welcome->sessionsLoading(), 30000);
    QCOMPARE(listed(), newestFirst);
    QVERIFY(!all->isVisible());
    QVERIFY(welcome->selectSession(dirs.first()));
    next(*wizard);
    QCOMPARE(wizard->currentPage(), wizard->parametersPage());
    QCOMPARE(QFileInfo(wizard->session()->playbookSource()).canonicalPath(), dirs.first());
}

// A session whose journal cannot be vouched for (here it is empty) is neither hidden from the
// list nor resumable: it says why, and Next stays off.
void tst_WizardFlow::aSessionThatCannotBeResumedIsListedWithTheReason()
{
    const auto playbook = loadPlaybook(QStringLiteral("sample-local"));
    QVERIFY(playbook);
    const auto values = resolveParameters(*playbook, {});
    QVERIFY(values);
    const QString dir = paths::sessionsDir() + QStringLiteral("/sample-local-emptied");
    {
        auto made = Session::create(dir, *playbook, *values, QStringLiteral("tester"));
        QVERIFY(made);
    }
    const QString journal = QFileInfo(dir + QStringLiteral("/journal.jsonl")).absoluteFilePath();
    QVERIFY(QFile::resize(journal, 0));

    auto wizard = makeWizard();
    WelcomePage *welcome = wizard->welcomePage();
    auto *list = welcome->findChild<QTreeWidget *>(QStringLiteral("sessions"));
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(!welcome->sessionsLoading(), 30000);
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->text(0), playbook->title);
    QCOMPARE(item->text(3), QStringLiteral("cannot be resumed"));
    const QString why = QStringLiteral("%1:1: error: the journal is empty").arg(QDir::toNativeSeparators(journal));
    QVERIFY2(item->toolTip(0).startsWith(why), qPrintable(item->toolTip(0)));

    QVERIFY(welcome->selectSession(dir));
    QVERIFY(!welcome->isComplete());
    QVERIFY2(welcome->errors().startsWith(QStringLiteral("This session cannot be resumed: ") + why),
             qPrintable(welcome->errors()));
    QCOMPARE(QFileInfo(journal).size(), 0); // listed, not repaired
}

void tst_WizardFlow::closingDuringATaskAsksThenCancelsAndKeepsTheSession()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls); // the pages before the export need the simulated ANM
    auto wizard = makeWizard();
    QVERIFY(openTrainingForm(*wizard, QStringLiteral("axway-upgrade")));
    next(*wizard);
    Engine *engine = wizard->session()->engine();
    PlaybookPage *exportPage = walkTo(*wizard, QStringLiteral("page:export-upgrade"));
    QVERIFY2(exportPage, qPrintable(wizard->currentPage()->objectName()));
    QTest::mouseClick(
        exportPage->stepWidget(QStringLiteral("old-running"))->findChild<QCheckBox *>(QStringLiteral("signedOff")),
        Qt::LeftButton);
    // An export at the tools' realistic pace is running when the window is closed.
    const auto pace = realisticPace();
    QTest::mouseClick(
        exportPage->stepWidget(QStringLiteral("export@NodeA"))->findChild<QPushButton *>(QStringLiteral("run")),
        Qt::LeftButton);
    QVERIFY(engine->isRunning());
    // The question: first "No" keeps everything running...
    answerNextQuestion(QMessageBox::No);
    QVERIFY(!wizard->mayClose());
    QVERIFY(engine->isRunning());
    // ...then "Yes" cancels the work cleanly before the window goes.
    answerNextQuestion(QMessageBox::Yes);
    QVERIFY(wizard->mayClose());
    QVERIFY(!engine->isRunning());
    QCOMPARE(engine->state(QStringLiteral("export@NodeA")).status, StepState::Status::Cancelled);
    const QString dir = wizard->session()->session()->dir();
    qputenv("UW_SIM_SPEED", "0"); // the resume below runs at full speed
    wizard.reset();
    // The session is there to resume, with the cancelled step to run again.
    auto again = makeWizard();
    again->welcomePage()->reloadSessions();
    QVERIFY(again->welcomePage()->selectSession(dir));
}

void tst_WizardFlow::aSelfSignedCertificateCanBeTrustedForTheSession()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    // A playbook of the operator's own that checks the (self-signed) API Gateway Manager
    // without a pinned fingerprint.
    const QString path = m_home->filePath(QStringLiteral("https-check.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": 1, "id": "https-check", "title": "HTTPS check", "product": "Test", "from": ["1.*"],
 "to": "2", "source": {"document": "test"}, "training": {"simulates": ["axway"]},
 "parameters": [{"id": "anm_url", "type": "url", "label": "URL", "required": true}],
 "pages": [{"id": "only", "title": "Only", "items": [
   {"id": "manager", "type": "check", "title": "The manager answers", "help": "Vendor document, \"Verify\".",
    "severity": "blocker", "check": {"kind": "http", "url": "${anm_url}/", "timeout_ms": 5000}}]}]})");
    file.close();
    auto wizard = makeWizard();
    QVERIFY2(wizard->welcomePage()->openPlaybookFile(path), qPrintable(wizard->welcomePage()->errors()));
    wizard->welcomePage()->setTraining(true);
    next(*wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->parametersPage()->isComplete(), 5000);
    // Whoever is named on the form trusts the certificate (the check has no sign-off field).
    auto *operatorField = wizard->parametersPage()->findChild<QLineEdit *>(QStringLiteral("operatorName"));
    QVERIFY(operatorField);
    operatorField->setText(QStringLiteral("Ada Admin"));
    next(*wizard);
    Engine *engine = wizard->session()->engine();
    PlaybookPage *page = wizard->playbookPages().first();
    GO_TO(wizard, page);
    StepWidget *step = page->stepWidget(QStringLiteral("manager"));
    QTest::mouseClick(step->findChild<QPushButton *>(QStringLiteral("run")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(engine->state(QStringLiteral("manager")).status, StepState::Status::Failed, 10000);
    // The fingerprint is shown, and trusting it makes the check pass.
    const QString fingerprint = step->untrustedFingerprint();
    QCOMPARE(fingerprint.size(), 95);
    auto *trust = step->findChild<QPushButton *>(QStringLiteral("trustCertificate"));
    QVERIFY(trust->isVisible());
    QVERIFY(step->trustCertificateAndRetry(false));
    QTRY_COMPARE_WITH_TIMEOUT(engine->state(QStringLiteral("manager")).status, StepState::Status::Passed, 10000);
    QCOMPARE(engine->trustedCertificates(), QStringList{fingerprint});
    const auto trustRecord = std::find_if(
        engine->session().records().cbegin(), engine->session().records().cend(), [](const QJsonObject &record) {
            return record.value(QLatin1String("event")).toString() == u"certificate-trusted";
        });
    QVERIFY(trustRecord != engine->session().records().cend());
    QCOMPARE(trustRecord->value(QLatin1String("operator")).toString(), QStringLiteral("Ada Admin"));
    QVERIFY(!trust->isVisible());
    QVERIFY(page->isComplete());
}

// The plan before Start: the form's values, each step with what it will run, secrets masked.
void tst_WizardFlow::thePlanIsShownBeforeStart()
{
    auto wizard = makeWizard();
    QVERIFY(openTrainingForm(*wizard, QStringLiteral("training-tour")));
    QString shown;
    uw::test::readNextDocument(QStringLiteral("PlanDialog"), shown, wizard.get());
    QVERIFY(wizard->parametersPage()->showPlan());
    QVERIFY2(shown.contains(QLatin1String("IRREVERSIBLE")), qPrintable(shown.left(2000)));
    QVERIFY2(shown.contains(QLatin1String("sysupgrade export --old_install_dir")), qPrintable(shown.left(2000)));
    QVERIFY2(shown.contains(QLatin1String("******")), qPrintable(shown.left(2000)));
    // Nothing ran: the session starts only with Start.
    QVERIFY(!wizard->session()->engine());
}

// A maintenance window on the form: the playbook pages say where the session stands, and the
// point of no return past its latest start asks first; a yes is journalled, a no starts nothing.
void tst_WizardFlow::theWindowShowsOnThePagesAndALateStartAsksFirst()
{
    auto wizard = makeWizard();
    QVERIFY(openTrainingForm(*wizard, QStringLiteral("axway-upgrade")));
    QVERIFY(chooseTopology(*wizard, QStringLiteral("single")));
    QTRY_VERIFY(wizard->parametersPage()->isComplete());
    auto *window = wizard->parametersPage()->findChild<QLineEdit *>(QStringLiteral("window"));
    QVERIFY(window);
    window->setText(QStringLiteral("tonight"));
    QVERIFY(!wizard->parametersPage()->isComplete());
    QVERIFY(wizard->parametersPage()
                ->findChild<QLabel *>(QStringLiteral("windowError"))
                ->isVisibleTo(wizard->parametersPage()));
    // It ends in two minutes: sysupgrade apply alone is estimated at five.
    const QDateTime now = QDateTime::currentDateTime();
    window->setText(QStringLiteral("%1-%2").arg(now.addSecs(-3600).toString(QStringLiteral("HH:mm")),
                                                now.addSecs(120).toString(QStringLiteral("HH:mm"))));
    QTRY_VERIFY(wizard->parametersPage()->isComplete());
    next(*wizard);
    Engine *engine = wizard->session()->engine();
    QVERIFY(engine);
    PlaybookPage *applyPage = nullptr;
    for (PlaybookPage *page : wizard->playbookPages())
        if (page->stepKeys().contains(QLatin1String("apply@NodeA")))
            applyPage = page;
    QVERIFY(applyPage);
    const QString status = applyPage->windowStatus();
    QVERIFY2(status.contains(QStringLiteral("Point of no return “sysupgrade apply on NodeA”: its latest start")),
             qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("has passed")), qPrintable(status));
    // Not the point of no return: no question.
    QVERIFY(applyPage->mayStart(QStringLiteral("stop-old-nm@NodeA"), [](const QString &) {
        qWarning("asked about a step that is not the point of no return");
        return false;
    }));
    QString asked;
    QVERIFY(!applyPage->mayStart(QStringLiteral("apply@NodeA"), [&](const QString &question) {
        asked = question;
        return false;
    }));
    QVERIFY2(asked.contains(QLatin1String("is the point of no return")), qPrintable(asked));
    const auto lateStarts = [&] {
        int count = 0;
        for (const QJsonObject &record : engine->session().records())
            count += record.value(QLatin1String("event")).toString() == u"late-start-confirmed" ? 1 : 0;
        return count;
    };
    QCOMPARE(lateStarts(), 0);
    QVERIFY(applyPage->mayStart(QStringLiteral("apply@NodeA"), [](const QString &) { return true; }));
    QCOMPARE(lateStarts(), 1);

    // Resumed, the form shows the window the session keeps; cleared there, the session has none.
    const QString dir = engine->session().dir();
    const QString given = window->text();
    wizard.reset(); // closes the session, as quitting the wizard does
    wizard = makeWizard();
    wizard->welcomePage()->reloadSessions();
    QVERIFY(wizard->welcomePage()->selectSession(dir));
    next(*wizard);
    window = wizard->parametersPage()->findChild<QLineEdit *>(QStringLiteral("window"));
    QVERIFY(window);
    QCOMPARE(window->text(), given);
    window->clear();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->parametersPage()->isComplete(), 5000);
    next(*wizard);
    QCOMPARE(wizard->session()->session()->dir(), dir);
    QVERIFY(!wizard->session()->maintenanceWindow());
    QCOMPARE(wizard->session()->session()->info().window, QString());
}

QTEST_MAIN(tst_WizardFlow)
#include "tst_wizardflow.moc"
