#include "pages/flow/trainingband.h"

#include "pages/flow/wizardsession.h"
#include "wizard/run/session.h"

namespace uw::pages {

TrainingBand::TrainingBand(WizardSession *session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("trainingBand"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Black on amber: 12:1, and unlike any state colour of the steps. Fixed, not from the
    // palette, so a dark theme cannot wash it out.
    setStyleSheet(QStringLiteral("QLabel#trainingBand { background: #ffc107; color: #000000; padding: 4px 8px; "
                                 "font-weight: bold; }"));
    connect(session, &WizardSession::engineChanged, this, &TrainingBand::refresh);
    connect(session, &WizardSession::playbookChanged, this, &TrainingBand::refresh);
    refresh();
}

bool TrainingBand::isTraining(const WizardSession &session)
{
    return session.session() ? session.session()->info().training : session.training();
}

QString TrainingBand::describe(const WizardSession &session)
{
    if (!isTraining(session))
        return {};
    const QStringList faults = session.faults();
    if (session.faultsHidden() && !faults.isEmpty())
        return tr("TRAINING: a simulated environment, nothing real is changed. The trainer has set faults; "
                  "they are named in the debrief.");
    if (faults.isEmpty())
        return tr("TRAINING: a simulated environment, nothing real is changed. No fault is set.");
    return tr("TRAINING: a simulated environment, nothing real is changed. Faults set: %1.")
        .arg(faults.join(QStringLiteral(", ")));
}

void TrainingBand::refresh()
{
    const QString text = describe(*m_session);
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

} // namespace uw::pages
