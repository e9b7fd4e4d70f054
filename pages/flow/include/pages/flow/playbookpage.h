#pragma once

#include <QHash>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace uw {
class Engine;
}

namespace uw::pages {

class LogPanel;
class StepWidget;
class WizardSession;

// One page of the playbook: its steps, a "Run checks" button, and the live log of the steps
// on it. Next is enabled once every blocker on the page is done and nothing on it runs; a
// page is made for any valid playbook, from its data alone.
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

Q_SIGNALS:
    // "Change a parameter...": the wizard opens the dialog (UpgradeWizard::changeParameter).
    void changeParameterRequested();

private:
    void build(Engine *engine);
    void refreshAll();

    WizardSession *m_session = nullptr;
    int m_pageIndex = 0;
    Engine *m_engine = nullptr;
    QLabel *m_help = nullptr;
    QVBoxLayout *m_stepsLayout = nullptr;
    QPushButton *m_runChecks = nullptr;
    QPushButton *m_changeParameter = nullptr;
    LogPanel *m_log = nullptr;
    QHash<QString, StepWidget *> m_steps;
    QStringList m_order;
    bool m_leavingForSummary = false;
};

} // namespace uw::pages
