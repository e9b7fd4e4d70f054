#pragma once

#include <QList>
#include <QPointer>
#include <QWizard>

namespace uw::pages {

class ParametersPage;
class PlaybookPage;
class SummaryPage;
class TopologyPage;
class TrainingBand;
class WelcomePage;
class WizardSession;

// The main window: a wizard that walks a playbook page by page. It opens on the welcome
// page; once a playbook is chosen its parameters, its own pages and the summary follow.
// Closing the window with a session open asks first, then cancels running work cleanly; the
// session stays resumable. A training session says so on every page and in the title.
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
    // Made when first asked for, or once the welcome page has been painted.
    ParametersPage *parametersPage();
    QList<PlaybookPage *> playbookPages() const { return m_playbookPages; }
    TopologyPage *topologyPage();
    SummaryPage *summaryPage();
    // Shows the summary from a playbook page, whether or not its blockers are done.
    void showSummary();
    // Goes back to the page of a step (from a reason on the summary page).
    void showStep(const QString &stepKey);
    // "Change a parameter..." of the playbook pages and the summary: the dialog, then what the
    // change did. False when nothing changed (cancelled, or refused while a step runs).
    bool changeParameter(const QString &parameterId = {});

    // Whether closing may go ahead: with a session open, asks first (unless `ask` is false, as
    // for a termination signal, or `finishing`, as for Finish); work still running is then
    // cancelled and waited for.
    bool mayClose(bool ask = true, bool finishing = false);

    // Every way out (Finish, Cancel, Escape, the window's close button: QDialog's closeEvent
    // rejects) ends here: asks as mayClose() does, and leaves the session as the headless
    // runner does: report.json in its folder, and on Finish the session's end in the journal.
    void done(int result) override;
    int nextId() const override;
    bool validateCurrentPage() override;

protected:
    bool event(QEvent *event) override;

private:
    void ensurePages();
    void rebuildPlaybookPages();
    void addTrainingBand(QWizardPage *page);
    void fitToScreen();
    // Next's tooltip says what it waits for; the wizard's Cancel hides while a step runs.
    void refreshButtons();
    // After a resume's Start: goes on through the pages whose every step is done.
    void skipToUnfinishedWork();
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
    QList<QPointer<TrainingBand>> m_bands;
    const void *m_pagesFor = nullptr;
    const void *m_skippedFor = nullptr; // the resumed engine already taken to its work
};

} // namespace uw::pages
