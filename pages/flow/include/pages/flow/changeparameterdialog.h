#pragma once

#include "wizard/playbook/parameters.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace uw {
class Engine;
}

namespace uw::pages {

// "Change a parameter...": after Start the form is behind the session, so a value found wrong
// (the wrong-anm remedy: "correct the anm_host parameter") is changed here, with the same kind
// of field as on the form and a reason, through Engine::changeParameters: validated,
// journalled, and the steps it touches set back to be done again.
class ChangeParameterDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeParameterDialog(Engine *engine, const QString &operatorName, QWidget *parent = nullptr);

    // What the change did, a line each (after accept()).
    QStringList result() const { return m_result; }

    // For tests and keyboard users alike: choose the parameter by id.
    bool selectParameter(const QString &id);
    QWidget *field() const { return m_field; }
    QLineEdit *reason() const { return m_reasonEdit; }
    QString problem() const;
    // What the dialog says the change would set back, shown before Change is pressed.
    QString stepsToRedo() const;

    void accept() override;

private:
    void showField();
    void revalidate();
    void showStepsToRedo();
    // Every value the session has, with the chosen parameter's as the field holds it.
    ParameterValues given() const;

    Engine *m_engine = nullptr;
    QString m_operator;
    QComboBox *m_parameter = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_field = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_toRedo = nullptr;
    QListWidget *m_toRedoList = nullptr;
    QStringList m_result;
};

} // namespace uw::pages
