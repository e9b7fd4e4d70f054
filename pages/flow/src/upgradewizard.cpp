#include "pages/flow/upgradewizard.h"

#include "pages/flow/changeparameterdialog.h"
#include "pages/flow/parameterspage.h"
#include "pages/flow/playbookpage.h"
#include "pages/flow/stepwidget.h"
#include "pages/flow/summarypage.h"
#include "pages/flow/topologypage.h"
#include "pages/flow/welcomepage.h"
#include "pages/flow/wizardsession.h"
#include "pages/widgets/icons.h"
#include "wizard/report/report.h"
#include "wizard/run/engine.h"
#include "wizard/support/version.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QEventLoop>
#include <QMessageBox>
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
    m_parametersPage = new ParametersPage(m_session, this);
    m_topologyPage = new TopologyPage(this);
    setPage(WelcomePageId, m_welcomePage);
    setPage(ParametersPageId, m_parametersPage);
    setPage(TopologyPageId, m_topologyPage);
    m_summaryPage = new SummaryPage(this);
    setPage(SummaryPageId, m_summaryPage);
    // A reason on the summary leads to its step's page.
    connect(m_summaryPage, &SummaryPage::stepActivated, this, &UpgradeWizard::showStep);
    connect(m_summaryPage, &SummaryPage::changeParameterRequested, this, [this] { changeParameter(); });
    setWindowIcon(applicationIcon());
    // The topology and the node x step grid follow the session's engine.
    connect(m_session, &WizardSession::engineChanged, this, [this](Engine *engine) {
        m_topologyPage->setPlan(engine ? &engine->plan() : nullptr);
        m_topologyPage->setEngine(engine);
        m_summaryPage->setEngine(engine);
        // The journal is the session's record: when it cannot be written, the operator must know
        // at once, not find out on resume.
        if (engine)
            connect(engine, &Engine::journalFailed, this, &UpgradeWizard::journalFailed, Qt::UniqueConnection);
    });
    setStartId(WelcomePageId);
    resize(1100, 760);

    // The decision so far, from any playbook page.
    setButtonText(QWizard::CustomButton1, tr("S&ummary"));
    button(QWizard::CustomButton1)->setToolTip(tr("See the go/no-go decision so far; Back returns here"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showSummary();
    });
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { setOption(QWizard::HaveCustomButton1, id >= FirstPlaybookPageId && id < SummaryPageId); });
    // The playbook's own pages follow the chosen playbook.
    connect(m_session, &WizardSession::playbookChanged, this, &UpgradeWizard::rebuildPlaybookPages);
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

void UpgradeWizard::rebuildPlaybookPages()
{
    const auto playbook = m_session->playbook();
    if (!playbook || playbook.get() == m_pagesFor)
        return;
    for (PlaybookPage *page : std::as_const(m_playbookPages)) {
        removePage(FirstPlaybookPageId + page->pageIndex());
        page->deleteLater();
    }
    m_playbookPages.clear();
    for (int i = 0; i < playbook->pages.size(); ++i) {
        auto *page = new PlaybookPage(m_session, i, this);
        connect(page, &PlaybookPage::changeParameterRequested, this, [this] { changeParameter(); });
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

bool UpgradeWizard::mayClose(bool ask)
{
    Engine *engine = m_session->engine();
    if (!engine || !engine->isRunning())
        return true;
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
    if (!mayClose())
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

void UpgradeWizard::closeEvent(QCloseEvent *event)
{
    if (mayClose())
        QWizard::closeEvent(event);
    else
        event->ignore();
}

} // namespace uw::pages
