#include "pages/flow/playbookpage.h"

#include "pages/flow/stepwidget.h"
#include "pages/flow/upgradewizard.h"
#include "pages/flow/wizardsession.h"
#include "pages/log/logpanel.h"
#include "pages/widgets/playbooktext.h"
#include "wizard/run/engine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace uw::pages {

PlaybookPage::PlaybookPage(WizardSession *session, int pageIndex, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_pageIndex(pageIndex)
    , m_help(new QLabel(this))
    , m_runChecks(new QPushButton(tr("Run &checks"), this))
    , m_changeParameter(new QPushButton(tr("Change a &parameter..."), this))
    , m_log(new LogPanel(this))
{
    const Page &page = session->playbook()->pages.at(pageIndex);
    setObjectName(QStringLiteral("page:") + page.id);
    setTitle(playbookText(page.title));
    m_help->setObjectName(QStringLiteral("pageHelp"));
    m_help->setTextFormat(Qt::MarkdownText);
    m_help->setWordWrap(true);
    m_help->setText(playbookText(page.help));
    m_help->setVisible(!page.help.isEmpty());
    m_runChecks->setObjectName(QStringLiteral("runChecks"));
    m_runChecks->setToolTip(tr("Run every automated check of this page again"));
    connect(m_runChecks, &QPushButton::clicked, this, [this] { runChecks(); });
    m_changeParameter->setObjectName(QStringLiteral("changeParameter"));
    m_changeParameter->setToolTip(tr("Correct a value of the form, with a reason: the steps it touches are to be done "
                                     "again"));
    m_changeParameter->setAutoDefault(false);
    connect(m_changeParameter, &QPushButton::clicked, this, &PlaybookPage::changeParameterRequested);

    auto *stepsHost = new QWidget;
    m_stepsLayout = new QVBoxLayout(stepsHost);
    m_stepsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(stepsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The steps are what the page is about; the log gets the lower quarter until dragged.
    splitter->setSizes({600, 200});
    splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_help, 1);
    top->addWidget(m_runChecks, 0, Qt::AlignTop);
    top->addWidget(m_changeParameter, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(session, &WizardSession::engineChanged, this, &PlaybookPage::build);
    if (session->engine())
        build(session->engine());
}

void PlaybookPage::build(Engine *engine)
{
    // Also for the same engine, whose plan changed: its steps are new.
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    for (StepWidget *widget : std::as_const(m_steps))
        delete widget;
    m_steps.clear();
    m_order.clear();
    m_log->clear();
    m_engine = engine;
    if (!engine)
        return;
    m_log->setLogFilePath(engine->session().dir() + QStringLiteral("/logs"));
    bool anyCheck = false;
    for (const Step *step : engine->plan().stepsOfPage(m_pageIndex)) {
        auto *widget = new StepWidget(*step, engine, this);
        // Sign-offs, skips and trusts are recorded under the operator named on the form.
        widget->setOperatorName(m_session->operatorName());
        m_stepsLayout->insertWidget(m_stepsLayout->count() - 1, widget);
        m_steps.insert(step->key, widget);
        m_order << step->key;
        m_log->addStep(step->key, stepTitle(*step), step->node, engine->session().logPath(step->key));
        anyCheck = anyCheck || step->item->type == Item::Type::Check;
        connect(widget, &StepWidget::stateChanged, this, &PlaybookPage::refreshAll);
    }
    m_runChecks->setVisible(anyCheck);

    connect(engine, &Engine::stepStarted, this, [this](const QString &) { refreshAll(); });
    connect(engine, &Engine::stepFinished, this, [this](const QString &) { refreshAll(); });
    connect(engine, &Engine::progress, this, [this](const QString &key, double fraction, const QString &text) {
        if (StepWidget *widget = m_steps.value(key))
            widget->setProgress(fraction, text);
    });
    connect(engine, &Engine::logLine, this,
            [this](const QString &key, LineLevel level, const QString &node, const QString &text) {
                if (m_steps.contains(key))
                    m_log->appendFromEngine(key, level, node, text);
            });
    refreshAll();
}

void PlaybookPage::initializePage()
{
    refreshAll();
}

void PlaybookPage::refreshAll()
{
    for (StepWidget *widget : std::as_const(m_steps))
        widget->refresh();
    Q_EMIT completeChanged();
}

bool PlaybookPage::hasRunningStep() const
{
    if (!m_engine)
        return false;
    for (const QString &key : m_order)
        if (m_engine->state(key).status == StepState::Status::Running)
            return true;
    return false;
}

void PlaybookPage::setLeavingForSummary(bool on)
{
    m_leavingForSummary = on;
    Q_EMIT completeChanged();
}

int PlaybookPage::nextId() const
{
    return m_leavingForSummary ? UpgradeWizard::SummaryPageId : QWizardPage::nextId();
}

bool PlaybookPage::isComplete() const
{
    if (m_leavingForSummary)
        return true;
    if (!m_engine || hasRunningStep())
        return false;
    for (const Step *step : m_engine->plan().stepsOfPage(m_pageIndex))
        if (step->item->severity == Severity::Blocker && step->item->type != Item::Type::Info
            && !m_engine->state(step->key).isDone())
            return false;
    return true;
}

int PlaybookPage::runChecks()
{
    int started = 0;
    for (const QString &key : std::as_const(m_order)) {
        const Step *step = m_engine->plan().step(key);
        if (step->item->type == Item::Type::Check && m_engine->whyNotStartable(key).isEmpty() && m_engine->start(key))
            ++started;
    }
    refreshAll();
    return started;
}

} // namespace uw::pages
