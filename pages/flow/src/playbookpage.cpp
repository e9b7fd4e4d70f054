#include "pages/flow/playbookpage.h"

#include "pages/flow/stepwidget.h"
#include "pages/flow/upgradewizard.h"
#include "pages/flow/wizardsession.h"
#include "pages/log/logpanel.h"
#include "pages/widgets/playbooktext.h"
#include "wizard/run/engine.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace uw::pages {

PlaybookPage::PlaybookPage(WizardSession *session, int pageIndex, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_pageIndex(pageIndex)
    , m_help(new QLabel(this))
    , m_runChecks(new QPushButton(tr("Run all ready chec&ks"), this))
    , m_changeParameter(new QPushButton(tr("Change a &parameter..."), this))
    , m_nextBar(new QFrame(this))
    , m_needed(new QLabel(m_nextBar))
    , m_doNext(new QPushButton(m_nextBar))
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
    m_runChecks->setToolTip(tr("Run every automated check of this page that may start now"));
    connect(m_runChecks, &QPushButton::clicked, this, [this] { runChecks(); });
    m_changeParameter->setObjectName(QStringLiteral("changeParameter"));
    m_changeParameter->setToolTip(tr("Correct a value of the form, with a reason: the steps it touches are to be done "
                                     "again"));
    m_changeParameter->setAutoDefault(false);
    connect(m_changeParameter, &QPushButton::clicked, this, &PlaybookPage::changeParameterRequested);

    // What Next waits for, said where the operator looks, with a button for the next step.
    m_nextBar->setObjectName(QStringLiteral("nextAction"));
    m_nextBar->setFrameShape(QFrame::StyledPanel);
    m_nextBar->setBackgroundRole(QPalette::AlternateBase);
    m_nextBar->setAutoFillBackground(true);
    m_needed->setObjectName(QStringLiteral("needed"));
    m_needed->setWordWrap(true);
    m_needed->setTextFormat(Qt::PlainText);
    m_doNext->setObjectName(QStringLiteral("doNext"));
    m_doNext->setAutoDefault(false);
    connect(m_doNext, &QPushButton::clicked, this, [this] { doNextStep(); });
    m_windowStatus = new QLabel(this);
    m_windowStatus->setObjectName(QStringLiteral("windowStatus"));
    m_windowStatus->setWordWrap(true);
    m_windowStatus->setTextFormat(Qt::PlainText);
    m_windowStatus->setVisible(false);
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_needed);
    texts->addWidget(m_windowStatus);
    auto *barLayout = new QHBoxLayout(m_nextBar);
    barLayout->setContentsMargins(6, 4, 6, 4);
    barLayout->addLayout(texts, 1);
    barLayout->addWidget(m_doNext, 0, Qt::AlignVCenter);
    // The window's figures move with the clock, not only with the steps.
    auto *clock = new QTimer(this);
    clock->setInterval(30000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshNextAction();
    });
    clock->start();

    auto *stepsHost = new QWidget;
    m_stepsLayout = new QVBoxLayout(stepsHost);
    m_stepsLayout->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setWidget(stepsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_scroll);
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
    layout->addWidget(m_nextBar);
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
        widget->setStartGate([this](const QString &key) { return mayStart(key); });
    }
    m_runChecks->setVisible(anyCheck);

    connect(engine, &Engine::stepStarted, this, [this](const QString &) { refreshAll(); });
    connect(engine, &Engine::stepFinished, this, [this](const QString &key) {
        refreshAll();
        // A failure below the fold would go unseen: bring it into view.
        if (StepWidget *widget = m_steps.value(key); widget && m_engine->state(key).status == StepState::Status::Failed)
            showStepWidget(widget);
    });
    connect(engine, &Engine::progress, this, [this](const QString &key, double fraction, const Text &text) {
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
    refreshNextAction();
    Q_EMIT completeChanged();
}

namespace {

bool isOpenBlocker(const Step &step, const Engine &engine)
{
    return step.item->severity == Severity::Blocker && step.item->type != Item::Type::Info
        && !engine.state(step.key).isDone();
}

// What the operator does to the step, as the sentence's verb.
QString operatorAction(const Step &step, const Engine &engine)
{
    const QString title = stepTitle(step);
    const StepState::Status status = engine.state(step.key).status;
    if (step.item->type == Item::Type::Confirm)
        return PlaybookPage::tr("sign off “%1”").arg(title);
    if (status == StepState::Status::Failed || status == StepState::Status::Cancelled
        || status == StepState::Status::Interrupted)
        return PlaybookPage::tr("retry “%1” (or skip it)").arg(title);
    if (step.item->type == Item::Type::Check)
        return PlaybookPage::tr("run the check “%1”").arg(title);
    return PlaybookPage::tr("run “%1”").arg(title);
}

} // namespace

QString PlaybookPage::needed() const
{
    if (!m_engine)
        return {};
    QStringList running;
    QStringList open;
    int warnings = 0;
    for (const Step *step : m_engine->plan().stepsOfPage(m_pageIndex)) {
        const StepState state = m_engine->state(step->key);
        if (state.status == StepState::Status::Running)
            running << stepTitle(*step);
        else if (isOpenBlocker(*step, *m_engine))
            open << operatorAction(*step, *m_engine);
        else if (step->item->type != Item::Type::Info && !state.isDone())
            ++warnings;
    }
    if (!running.isEmpty())
        return tr("Running: %1. Next is enabled once it has ended.").arg(running.join(QStringLiteral(", ")));
    if (open.isEmpty())
        return warnings > 0
            ? tr("Every blocker on this page is done; %n warning(s) not done. Next goes on.", "", warnings)
            : tr("Every step on this page is done. Next goes on.");
    constexpr int kNamed = 3;
    QString list = QStringList(open.mid(0, kNamed)).join(QStringLiteral(", "));
    if (open.size() > kNamed)
        list = tr("%1 and %n more", "", int(open.size() - kNamed)).arg(list);
    return tr("%n blocker(s) left: %1.", "", int(open.size())).arg(list);
}

QString PlaybookPage::nextStepKey() const
{
    if (!m_engine)
        return {};
    QString firstOpen;
    for (const QString &key : m_order) {
        const Step *step = m_engine->plan().step(key);
        if (!step || !isOpenBlocker(*step, *m_engine))
            continue;
        if (m_engine->whyNotStartable(key).isEmpty())
            return key;
        if (firstOpen.isEmpty())
            firstOpen = key;
    }
    return firstOpen;
}

QString PlaybookPage::windowStatus() const
{
    const std::optional<Schedule> s = m_session->schedule();
    if (!s)
        return {};
    // A time of another day says which day (in the wizard's language).
    const auto at = [](const QDateTime &time) {
        return QLocale().toString(
            time, time.date() == QDate::currentDate() ? QStringLiteral("HH:mm") : QStringLiteral("ddd HH:mm"));
    };
    QString text = s->endsInside ? tr("Window %1: expected end %2, inside the window.")
                                       .arg(m_session->maintenanceWindow()->toString(), at(s->expectedEnd))
                                 : tr("Window %1: expected end %2, %3 min past its end.")
                                       .arg(m_session->maintenanceWindow()->toString(), at(s->expectedEnd))
                                       .arg((s->windowEnd.secsTo(s->expectedEnd) + 59) / 60);
    if (!s->pointOfNoReturn.isEmpty()) {
        const Step *step = m_engine ? m_engine->plan().step(s->pointOfNoReturn) : nullptr;
        const QString title = step ? stepTitle(*step) : s->pointOfNoReturn;
        text += u' '
            + (s->late ? tr("Point of no return “%1”: its latest start, %2, has passed.").arg(title, at(s->latestStart))
                       : tr("Point of no return “%1”: start it by %2.").arg(title, at(s->latestStart)));
    }
    return text;
}

bool PlaybookPage::mayStart(const QString &key, const std::function<bool(const QString &)> &ask)
{
    const Step *step = m_engine ? m_engine->plan().step(key) : nullptr;
    if (!step || !step->item->irreversible)
        return true;
    const std::optional<Schedule> s = m_session->schedule();
    if (!s || !s->late || s->pointOfNoReturn != key)
        return true;
    const QString question
        = tr("“%1” is the point of no return. It is %2, past %3, its latest start for the window ending %4: it is "
             "expected to end at %5.\n\nStart it anyway? Your name and this answer are recorded in the journal.")
              .arg(stepTitle(*step), QTime::currentTime().toString(QStringLiteral("HH:mm")),
                   s->latestStart.toString(QStringLiteral("HH:mm")), s->windowEnd.toString(QStringLiteral("HH:mm")),
                   s->expectedEnd.toString(QStringLiteral("HH:mm")));
    const bool yes = ask ? ask(question)
                         : QMessageBox::warning(this, tr("Past the latest start"), question,
                                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    if (!yes)
        return false;
    if (auto confirmed
        = m_engine->confirmLateStart(key, m_session->operatorName(), m_session->maintenanceWindow()->toString(),
                                     s->latestStart, s->windowEnd, s->expectedEnd);
        !confirmed) {
        QMessageBox::warning(this, tr("Past the latest start"), confirmed.error().shownMessage());
        return false;
    }
    return true;
}

void PlaybookPage::refreshNextAction()
{
    m_needed->setText(needed());
    const QString window = windowStatus();
    m_windowStatus->setText(window);
    m_windowStatus->setVisible(!window.isEmpty());
    const QString key = hasRunningStep() ? QString() : nextStepKey();
    const Step *step = key.isEmpty() ? nullptr : m_engine->plan().step(key);
    m_doNext->setVisible(step);
    if (!step)
        return;
    const bool starts = step->item->type != Item::Type::Confirm && m_engine->whyNotStartable(key).isEmpty();
    m_doNext->setText(starts ? tr("&Start it") : tr("&Go to it"));
    const QString what = starts ? tr("Start the next step: %1") : tr("Show the next step: %1");
    m_doNext->setToolTip(what.arg(stepTitle(*step)));
    m_doNext->setAccessibleName(m_doNext->toolTip());
}

bool PlaybookPage::doNextStep()
{
    const QString key = nextStepKey();
    StepWidget *widget = m_steps.value(key);
    if (!widget || hasRunningStep())
        return false;
    const Step *step = m_engine->plan().step(key);
    showStepWidget(widget);
    if (step->item->type != Item::Type::Confirm && m_engine->whyNotStartable(key).isEmpty())
        return widget->run();
    widget->takeFocus();
    return false;
}

void PlaybookPage::showStepWidget(StepWidget *widget)
{
    m_scroll->ensureWidgetVisible(widget);
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
        if (isOpenBlocker(*step, *m_engine))
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
