#pragma once

#include <QList>
#include <QWizard>

namespace uw::pages {

class ParametersPage;
class PlaybookPage;
class SummaryPage;
class TopologyPage;
class WelcomePage;
class WizardSession;

// The main window: a wizard that walks a playbook page by page. It opens on the welcome
// page; once a playbook is chosen its parameters, its own pages and the summary follow.
// Closing the window while a task runs asks first, then cancels the work cleanly; the
// session stays resumable.
class UpgradeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId = 0,
        ParametersPageId = 1,
        TopologyPageId = 2,
        FirstPlaybookPageId = 100,
        SummaryPageId = 900
    };

    explicit UpgradeWizard(QWidget *parent = nullptr);
    ~UpgradeWizard() override;

    WizardSession *session() const { return m_session; }
    WelcomePage *welcomePage() const { return m_welcomePage; }
    ParametersPage *parametersPage() const { return m_parametersPage; }
    QList<PlaybookPage *> playbookPages() const { return m_playbookPages; }
    TopologyPage *topologyPage() const { return m_topologyPage; }
    SummaryPage *summaryPage() const { return m_summaryPage; }
    // Shows the summary from a playbook page, whether or not its blockers are done.
    void showSummary();
    // Goes back to the page of a step (from a reason on the summary page).
    void showStep(const QString &stepKey);
    // "Change a parameter..." of the playbook pages and the summary: the dialog, then what the
    // change did. False when nothing changed (cancelled, or refused while a step runs).
    bool changeParameter(const QString &parameterId = {});

    // Whether closing may go ahead: asks when work runs (unless `ask` is false, as for a
    // termination signal), cancels it and waits for it to stop.
    bool mayClose(bool ask = true);

    // Every way out (Finish, Cancel, Escape, the window's close button) ends here: asks as
    // mayClose() does, and leaves the session as the headless runner does: report.json in its
    // folder, and on Finish the session's end in the journal.
    void done(int result) override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuildPlaybookPages();
    // The engine could not append to the session's journal: says so at once. A member function,
    // because Qt::UniqueConnection (one message per engine, however often it is shown) works
    // only with those.
    void journalFailed(const QString &message);

    WizardSession *m_session = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    ParametersPage *m_parametersPage = nullptr;
    TopologyPage *m_topologyPage = nullptr;
    SummaryPage *m_summaryPage = nullptr;
    QList<PlaybookPage *> m_playbookPages;
    const void *m_pagesFor = nullptr;
};

} // namespace uw::pages
