#pragma once

#include "wizard/playbook/plan.h"
#include "wizard/run/stepstate.h"

#include <QFrame>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace uw {
class Engine;
}

namespace uw::pages {

// One step of a playbook page: its state, severity, title and help (the vendor's section in
// our words), and what the operator can do with it: sign off (with name and note), run a
// check again, run, cancel, retry or skip a task with a reason. The engine decides; this only
// asks it and shows its answer, including why a step may not start yet.
class StepWidget : public QFrame
{
    Q_OBJECT
public:
    StepWidget(const Step &step, Engine *engine, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // Re-reads the step's state from the engine.
    void refresh();
    void setProgress(double fraction, const Text &text);
    // The operator named on the parameters form: the sign-off field's default, and who skips
    // or trusts on steps without one.
    void setOperatorName(const QString &name);
    // Asked before Run starts the step: false keeps it from starting (the point of no return
    // past its latest start, which the operator did not confirm).
    void setStartGate(std::function<bool(const QString &key)> gate) { m_startGate = std::move(gate); }

    // What the buttons do, for the page's "Run checks" and for tests.
    bool run();
    bool signOff(const QString &note);
    // Gives the focus to what the operator does next here: the sign-off box, else Run/Check.
    void takeFocus();
    // The fingerprint of a server certificate this step's last run did not trust, if any.
    QString untrustedFingerprint() const;
    // Trusts it for the session (asking first when `ask`) and runs the step again.
    bool trustCertificateAndRetry(bool ask = true);

Q_SIGNALS:
    void stateChanged(const QString &key);

private:
    void skipWithReason();
    void revokeWithReason();
    void showRefusal(const QString &why);

    QString m_key;
    const Step *m_step = nullptr;
    Engine *m_engine = nullptr;
    QString m_operatorName; // who skips or trusts where there is no sign-off field
    std::function<bool(const QString &)> m_startGate;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_waits = nullptr;
    QToolButton *m_helpToggle = nullptr;
    QLabel *m_help = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_trust = nullptr;
    QCheckBox *m_signedOff = nullptr;
    QLineEdit *m_operator = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace uw::pages
