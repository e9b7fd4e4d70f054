#pragma once

#include "wizard/playbook/playbookloader.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace uw::pages {

class WizardSession;

// The first page: pick a bundled playbook or open a file (its validation errors are shown
// with file:line:column), or resume a session from the list (one that cannot be resumed, such
// as one whose journal is damaged, is listed as such, with the reason); training mode, with a
// fault picker for trainers.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    // The sessions listed at first, the newest by their folder's time: summing a session up
    // reads its journal and builds its plan, so the list must not grow with every session kept.
    // "Show all sessions" lists the others.
    static constexpr qsizetype kSessionsShown = 20;
    struct SessionListing; // what a worker read of the sessions (in the .cpp)
    struct PlaybookListing
    {
        QList<BundledPlaybook> playbooks;
        Diagnostics problems; // a bundled playbook that does not load
    };

    explicit WelcomePage(WizardSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    // For tests and the command line: choose without the mouse.
    bool selectPlaybook(const QString &id);
    bool openPlaybookFile(const QString &path); // false when it does not validate (errors shown)
    bool selectSession(const QString &dir); // waits for the list if it is being read
    void setTraining(bool on, const QStringList &faults = {});
    // --hide-faults: the fault list gives way to a note that faults are set (or none).
    void setFaultsHidden(bool hidden);
    QString errors() const;
    // Reads the sessions again on a worker thread, so the page shows at once; the list is
    // filled when they are read. `all`: every session, not only the newest kSessionsShown.
    void reloadSessions(bool all = false);
    bool sessionsLoading() const { return m_loading != nullptr; }

private:
    static SessionListing listSessions(const QString &root, qsizetype limit);
    void showSessions(const SessionListing &listing);
    void waitForSessions();
    void showPlaybooks(const PlaybookListing &listing);
    void waitForPlaybooks();
    QStringList checkedFaults() const;
    void allowTraining(bool allowed);
    void showFaultList();

    WizardSession *m_session = nullptr;
    QListWidget *m_playbooks = nullptr;
    QPushButton *m_open = nullptr;
    QString m_openedFile;
    QPlainTextEdit *m_errors = nullptr;
    bool m_showingBroken = false; // m_errors says why the chosen session cannot be resumed
    QTreeWidget *m_sessions = nullptr;
    QPushButton *m_allSessions = nullptr;
    QWidget *m_resumeSection = nullptr; // shown once there is a session to resume
    QFutureWatcher<SessionListing> *m_loading = nullptr; // the listing under way, if any
    QFutureWatcher<PlaybookListing> *m_playbooksLoading = nullptr; // the bundled playbooks being read
    QCheckBox *m_training = nullptr;
    QLabel *m_trainingNote = nullptr; // why training mode is off for the chosen playbook
    bool m_trainingWanted = false;
    QTreeWidget *m_faults = nullptr;
    QLabel *m_faultsHiddenNote = nullptr;
};

} // namespace uw::pages
