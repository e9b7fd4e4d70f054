#pragma once

#include "wizard/playbook/parameters.h"

#include <QHash>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace uw::pages {

class WizardSession;

// The form made from the playbook's typed parameters: text, host, URL and port fields, file
// and folder pickers, masked secrets, choices, check boxes and a node table for topologies.
// Every value is checked as it is typed, by the same rules the headless runner applies; a
// mistake is shown under its field and Next stays disabled until there is none.
class ParametersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ParametersPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ParameterValues values() const;
    QString operatorName() const;
    // The field of a parameter (a QLineEdit, QComboBox, QCheckBox or NodeTable), for tests.
    QWidget *field(const QString &parameterId) const { return m_fields.value(parameterId); }
    QString errorOf(const QString &parameterId) const;
    // The plan of a run with the form's values, before anything runs (the same as `upgrade-wizard
    // plan`), in a dialog; false, with the reason under the form, when the values make none.
    bool showPlan();

private:
    void rebuild();
    void revalidate();
    void followTopology();
    // Start (or Resume) first shows the values the session will have, fixed from then on
    // except through "Change a parameter..."; false when the operator goes back to the form.
    bool confirmStart();
    QString shownValue(const Parameter &parameter) const;

    WizardSession *m_session = nullptr;
    QWidget *m_form = nullptr;
    QFormLayout *m_layout = nullptr;
    QLineEdit *m_operator = nullptr;
    QLabel *m_problem = nullptr;
    QLineEdit *m_window = nullptr; // the maintenance window, HH:MM-HH:MM (optional)
    QLineEdit *m_rehearsal = nullptr; // a rehearsal's session folder, to time the window (optional)
    QLabel *m_windowError = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    bool m_valid = false;
};

} // namespace uw::pages
