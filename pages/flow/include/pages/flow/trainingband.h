#pragma once

#include <QLabel>

namespace uw::pages {

class WizardSession;

// The band across the top of every page after the welcome page while a training session is
// open: a class must never mistake the simulated environment for a real one, nor a real
// session for practice. It names the faults in play unless the trainer hid them.
class TrainingBand : public QLabel
{
    Q_OBJECT
public:
    explicit TrainingBand(WizardSession *session, QWidget *parent = nullptr);

    // Shows or hides the band for the session's current state.
    void refresh();
    // The text the band and the window title use: empty when this is no training session.
    static QString describe(const WizardSession &session);
    // Whether the session on the pages is a training one (a resumed one says so itself).
    static bool isTraining(const WizardSession &session);

private:
    WizardSession *m_session = nullptr;
};

} // namespace uw::pages
