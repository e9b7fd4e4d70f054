#pragma once

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
// with file:line:column), or resume a session from the list; training mode, with a fault
// picker for trainers.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardSession *session, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    // For tests and the command line: choose without the mouse.
    bool selectPlaybook(const QString &id);
    bool openPlaybookFile(const QString &path); // false when it does not validate (errors shown)
    bool selectSession(const QString &dir);
    void setTraining(bool on, const QStringList &faults = {});
    QString errors() const;
    void reloadSessions();

private:
    QStringList checkedFaults() const;

    WizardSession *m_session = nullptr;
    QListWidget *m_playbooks = nullptr;
    QPushButton *m_open = nullptr;
    QString m_openedFile;
    QPlainTextEdit *m_errors = nullptr;
    QTreeWidget *m_sessions = nullptr;
    QCheckBox *m_training = nullptr;
    QTreeWidget *m_faults = nullptr;
};

} // namespace uw::pages
