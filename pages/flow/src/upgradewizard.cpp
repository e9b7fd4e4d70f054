#include "pages/flow/upgradewizard.h"

#include "pages/flow/changeparameterdialog.h"
#include "pages/flow/parameterspage.h"
#include "pages/flow/playbookpage.h"
#include "pages/flow/stepwidget.h"
#include "pages/flow/summarypage.h"
#include "pages/flow/topologypage.h"
#include "pages/flow/trainingband.h"
#include "pages/flow/welcomepage.h"
#include "pages/flow/wizardsession.h"
#include "pages/log/contrast.h"
#include "pages/widgets/icons.h"
#include "wizard/report/report.h"
#include "wizard/run/engine.h"
#include "wizard/support/version.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QEventLoop>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

namespace uw::pages {

UpgradeWizard::UpgradeWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new WizardSession(this))
{
    setObjectName(QStringLiteral("UpgradeWizard"));
    setWindowTitle(tr("Upgrade Wizard %1").arg(QLatin1String(kVersion)));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_welcomePage = new WelcomePage(m_session, this);
    setPage(WelcomePageId, m_welcomePage);
    // The other pages are made once the first one is on the screen (ensurePages()).
    setWindowIcon(applicationIcon());
    // Qt's placeholder text (the text at half opacity) is 3.9:1 on white; every field of the
    // wizard inherits a readable one from here.
    useReadablePlaceholder(this);
    // The topology and the node x step grid follow the session's engine.
    connect(m_session, &WizardSession::engineChanged, this, [this](Engine *engine) {
        ensurePages();
        m_topologyPage->setPlan(engine ? &engine->plan() : nullptr);
        m_topologyPage->setEngine(engine);
        m_summaryPage->setEngine(engine);
        // The journal is the session's record: when it cannot be written, the operator must know
        // at once, not find out on resume.
        if (engine) {
            connect(engine, &Engine::journalFailed, this, &UpgradeWizard::journalFailed, Qt::UniqueConnection);
            // One Cancel while a task runs: the step's own. The wizard's would close the window.
            connect(engine, &Engine::stepStarted, this, &UpgradeWizard::refreshButtons, Qt::UniqueConnection);
            connect(engine, &Engine::stepFinished, this, &UpgradeWizard::refreshButtons, Qt::UniqueConnection);
        }
        refreshButtons();
    });
    setStartId(WelcomePageId);
    fitToScreen();

    // The wizard's own words for its buttons, so that they are translated (and their Alt+letters
    // checked by tst_mnemonics) with ours, also where Qt's own translations are not installed.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));

    // The decision so far, from any playbook page.
    setButtonText(QWizard::CustomButton1, tr("S&ummary"));
    button(QWizard::CustomButton1)->setToolTip(tr("See the go/no-go decision so far; Back returns here"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showSummary();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        setOption(QWizard::HaveCustomButton1, id >= FirstPlaybookPageId && id < SummaryPageId);
        m_bands.removeAll(nullptr); // those of playbook pages made for an earlier playbook
        for (TrainingBand *band : std::as_const(m_bands))
            band->refresh();
        const QString training = id == WelcomePageId ? QString() : TrainingBand::describe(*m_session);
        setWindowTitle(training.isEmpty() ? tr("Upgrade Wizard %1").arg(QLatin1String(kVersion))
                                          : tr("Upgrade Wizard %1 — TRAINING").arg(QLatin1String(kVersion)));
        refreshButtons();
        if (id == TopologyPageId && m_session->resuming() && m_skippedFor != m_session->engine()) {
            // A resumed session opens where work is left, not at the start; Back still leads
            // through the pages on the way.
            m_skippedFor = m_session->engine();
            QTimer::singleShot(0, this, &UpgradeWizard::skipToUnfinishedWork);
        }
    });
    // The playbook's own pages follow the chosen playbook.
    connect(m_session, &WizardSession::playbookChanged, this, &UpgradeWizard::rebuildPlaybookPages);
}

// The parameters, topology and summary pages, made after the welcome page has been painted (or
// when something asks for one first): the window shows in about half the time
// (docs/performance.md, "Start-up").
void UpgradeWizard::ensurePages()
{
    if (m_summaryPage)
        return;
    m_parametersPage = new ParametersPage(m_session, this);
    m_topologyPage = new TopologyPage(this);
    m_summaryPage = new SummaryPage(this);
    setPage(ParametersPageId, m_parametersPage);
    setPage(TopologyPageId, m_topologyPage);
    setPage(SummaryPageId, m_summaryPage);
    for (QWizardPage *page : {static_cast<QWizardPage *>(m_parametersPage), static_cast<QWizardPage *>(m_topologyPage),
                              static_cast<QWizardPage *>(m_summaryPage)})
        addTrainingBand(page);
    // A reason on the summary leads to its step's page.
    connect(m_summaryPage, &SummaryPage::stepActivated, this, &UpgradeWizard::showStep);
    connect(m_summaryPage, &SummaryPage::changeParameterRequested, this, [this] { changeParameter(); });
}

ParametersPage *UpgradeWizard::parametersPage()
{
    ensurePages();
    return m_parametersPage;
}

TopologyPage *UpgradeWizard::topologyPage()
{
    ensurePages();
    return m_topologyPage;
}

SummaryPage *UpgradeWizard::summaryPage()
{
    ensurePages();
    return m_summaryPage;
}

int UpgradeWizard::nextId() const
{
    // The parameters page follows the welcome page, also before it is made.
    return currentId() == WelcomePageId ? int(ParametersPageId) : QWizard::nextId();
}

bool UpgradeWizard::validateCurrentPage()
{
    ensurePages();
    return QWizard::validateCurrentPage();
}

bool UpgradeWizard::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_summaryPage)
        QTimer::singleShot(0, this, &UpgradeWizard::ensurePages); // after this paint
    return QWizard::event(event);
}

// Work still under way stops before the pages and the session it writes to go.
UpgradeWizard::~UpgradeWizard()
{
    mayClose(false);
}

void UpgradeWizard::journalFailed(const QString &message)
{
    QMessageBox::critical(this, tr("The session's journal cannot be written"),
                          tr("%1\n\nWhat is done from now on is not recorded. Free disk space or fix the "
                             "folder's permissions, then resume the session.")
                              .arg(message));
}

bool UpgradeWizard::changeParameter(const QString &parameterId)
{
    Engine *engine = m_session->engine();
    if (!engine)
        return false;
    if (engine->isRunning()) {
        QMessageBox::information(this, tr("Change a parameter"),
                                 tr("A step is running. Change parameters once it has ended, or cancel it first."));
        return false;
    }
    ChangeParameterDialog dialog(engine, m_session->operatorName(), this);
    if (!parameterId.isEmpty())
        dialog.selectParameter(parameterId);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QMessageBox::information(this, tr("Parameters changed"), dialog.result().join(u'\n'));
    return true;
}

void UpgradeWizard::addTrainingBand(QWizardPage *page)
{
    auto *layout = qobject_cast<QBoxLayout *>(page->layout());
    if (!layout)
        return;
    auto *band = new TrainingBand(m_session, page);
    layout->insertWidget(0, band);
    m_bands << band;
}

// The window as large as the wizard wants and no larger than the screen: on a 1366x768 laptop
// the 760 pixels of old hid Next below the task bar.
void UpgradeWizard::fitToScreen()
{
    QSize size(1100, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        // The frame and title bar are outside the geometry set here; leave room for them.
        const QSize room = screen->availableGeometry().size() - QSize(16, 48);
        size = size.boundedTo(room).expandedTo(QSize(640, 480));
    }
    resize(size);
}

void UpgradeWizard::refreshButtons()
{
    auto *page = qobject_cast<PlaybookPage *>(currentPage());
    QAbstractButton *nextButton = button(QWizard::NextButton);
    nextButton->setToolTip(page && !page->isComplete() ? page->needed() : QString());
    const Engine *engine = m_session->engine();
    setOption(QWizard::NoCancelButton, engine && engine->isRunning());
}

void UpgradeWizard::skipToUnfinishedWork()
{
    const Engine *engine = m_session->engine();
    for (int guard = 0; engine && guard < 1000; ++guard) {
        if (currentId() == TopologyPageId) {
            next();
            continue;
        }
        auto *page = qobject_cast<PlaybookPage *>(currentPage());
        if (!page || !page->isComplete())
            return;
        for (const QString &key : page->stepKeys()) {
            const Step *step = engine->plan().step(key);
            if (step && step->item->type != Item::Type::Info && !engine->state(key).isDone())
                return; // a warning or a failure left here is work too
        }
        next();
    }
}

void UpgradeWizard::rebuildPlaybookPages()
{
    const auto playbook = m_session->playbook();
    if (!playbook || playbook.get() == m_pagesFor)
        return;
    ensurePages(); // the summary follows the playbook's pages
    for (PlaybookPage *page : std::as_const(m_playbookPages)) {
        removePage(FirstPlaybookPageId + page->pageIndex());
        page->deleteLater();
    }
    m_playbookPages.clear();
    for (int i = 0; i < playbook->pages.size(); ++i) {
        auto *page = new PlaybookPage(m_session, i, this);
        connect(page, &PlaybookPage::changeParameterRequested, this, [this] { changeParameter(); });
        connect(page, &QWizardPage::completeChanged, this, &UpgradeWizard::refreshButtons);
        addTrainingBand(page);
        setPage(FirstPlaybookPageId + i, page);
        m_playbookPages << page;
    }
    m_pagesFor = playbook.get();
}

void UpgradeWizard::showSummary()
{
    auto *page = qobject_cast<PlaybookPage *>(currentPage());
    if (!page)
        return;
    page->setLeavingForSummary(true);
    next();
    page->setLeavingForSummary(false);
}

void UpgradeWizard::showStep(const QString &stepKey)
{
    const Engine *engine = m_session->engine();
    const Step *step = engine ? engine->plan().step(stepKey) : nullptr;
    if (!step)
        return;
    // QWizard only walks forwards and backwards: go back through the visited pages.
    const int target = FirstPlaybookPageId + step->pageIndex;
    while (currentId() != target && visitedIds().contains(target))
        back();
    if (PlaybookPage *page = qobject_cast<PlaybookPage *>(currentPage()))
        if (StepWidget *widget = page->stepWidget(stepKey))
            widget->setFocus();
}

bool UpgradeWizard::mayClose(bool ask, bool finishing)
{
    Engine *engine = m_session->engine();
    if (!engine)
        return true;
    if (!engine->isRunning()) {
        // Leaving an open session loses nothing, but it should not happen by a stray Escape.
        return !ask || finishing
            || QMessageBox::question(this, tr("Leave the session?"),
                                     tr("The session is kept as it is: resume it from the welcome page to go on "
                                        "where you left off.\n\nClose the wizard now?"),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    }
    if (ask) {
        const auto answer = QMessageBox::question(
            this, tr("Work is running"),
            tr("A check or task is still running. Cancel it and close the wizard?\n\nThe session is kept: resume it "
               "from the welcome page to go on where it stopped."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    engine->cancelAll();
    // A cancelled process gets a few seconds to stop before it is killed; wait for that,
    // keeping the window alive (but not usable: nothing new may start), so that the journal
    // records how each step ended. The loop sleeps until a step ends or the time is up.
    if (engine->isRunning()) {
        QEventLoop loop;
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        connect(engine, &Engine::stepFinished, &loop, [engine, &loop] {
            if (!engine->isRunning())
                loop.quit();
        });
        setEnabled(false);
        loop.exec();
        setEnabled(true);
    }
    return true;
}

void UpgradeWizard::done(int result)
{
    if (!mayClose(true, result == QDialog::Accepted))
        return;
    if (Engine *engine = m_session->engine()) {
        if (result == QDialog::Accepted)
            engine->finish();
        const QString path = engine->session().dir() + QStringLiteral("/report.json");
        if (auto written = writeReport(buildReport(*engine), path); !written)
            QMessageBox::warning(
                this, tr("Report not written"),
                tr("The session's report could not be written.\n\n%1").arg(written.error().toString()));
    }
    QWizard::done(result);
}

} // namespace uw::pages
