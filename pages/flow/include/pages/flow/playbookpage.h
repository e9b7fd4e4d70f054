#pragma once

#include <QHash>
#include <QWizardPage>

#include <functional>

class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace uw {
class Engine;
}

namespace uw::pages {

class LogPanel;
class StepWidget;
class WizardSession;

// One page of the playbook: what is still needed and a button for the next step, its steps,
// "Run all ready checks", and the live log of the steps on it. Next is enabled once every
// blocker on the page is done and nothing on it runs; a page is made for any valid playbook,
// from its data alone.
class PlaybookPage : public QWizardPage
{
    Q_OBJECT
public:
    PlaybookPage(WizardSession *session, int pageIndex, QWidget *parent = nullptr);

    int pageIndex() const { return m_pageIndex; }
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    // Lets the wizard leave the page for the summary before its blockers are done: an
    // operator may look at the decision at any time.
    void setLeavingForSummary(bool on);

    StepWidget *stepWidget(const QString &key) const { return m_steps.value(key); }
    LogPanel *logPanel() const { return m_log; }
    QStringList stepKeys() const { return m_order; }
    // Starts every check of the page that may start; returns how many started.
    int runChecks();
    bool hasRunningStep() const;
    // What keeps Next disabled, in one sentence ("2 blockers left: sign off X, run Y"), or
    // what Next does once nothing does; also the disabled Next button's tooltip.
    QString needed() const;
    // The step the next-action button acts on: the first blocker not done that may start, else
    // the first blocker not done (shown, with why it waits); empty when none is left.
    QString nextStepKey() const;
    // The next-action button: starts that step when it is a check or task that may start,
    // otherwise scrolls to it and gives it the focus. Returns whether it started something.
    bool doNextStep();
    // The maintenance window, where the session has one: when it is expected to end and by
    // when its point of no return must start (objectName windowStatus); empty without one.
    QString windowStatus() const;
    // Whether `key` may start now: the point of no return past its latest start asks the
    // operator first (`ask`: a test answers instead), and a yes is journalled.
    bool mayStart(const QString &key, const std::function<bool(const QString &question)> &ask = {});

Q_SIGNALS:
    // "Change a parameter...": the wizard opens the dialog (UpgradeWizard::changeParameter).
    void changeParameterRequested();

private:
    void build(Engine *engine);
    void refreshAll();
    void refreshNextAction();
    void showStepWidget(StepWidget *widget);

    WizardSession *m_session = nullptr;
    int m_pageIndex = 0;
    Engine *m_engine = nullptr;
    QLabel *m_help = nullptr;
    QVBoxLayout *m_stepsLayout = nullptr;
    QPushButton *m_runChecks = nullptr;
    QPushButton *m_changeParameter = nullptr;
    QFrame *m_nextBar = nullptr;
    QLabel *m_needed = nullptr;
    QLabel *m_windowStatus = nullptr;
    QPushButton *m_doNext = nullptr;
    QScrollArea *m_scroll = nullptr;
    LogPanel *m_log = nullptr;
    QHash<QString, StepWidget *> m_steps;
    QStringList m_order;
    bool m_leavingForSummary = false;
};

} // namespace uw::pages
