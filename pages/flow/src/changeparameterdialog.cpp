#include "pages/flow/changeparameterdialog.h"

#include "pages/log/contrast.h"
#include "pages/widgets/nodetable.h"
#include "pages/widgets/playbooktext.h"
#include "wizard/run/engine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace uw::pages {

namespace {

QString textOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

ChangeParameterDialog::ChangeParameterDialog(Engine *engine, const QString &operatorName, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_operator(operatorName)
    , m_parameter(new QComboBox(this))
    , m_reasonEdit(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_toRedo(new QLabel(this))
    , m_toRedoList(new QListWidget(this))
{
    setObjectName(QStringLiteral("ChangeParameterDialog"));
    setWindowTitle(tr("Change a parameter"));
    auto *intro = new QLabel(tr("The new value is checked as on the form. Steps whose check or task uses it, and the "
                                "steps after them, are to be done again; the others keep their results. The change, "
                                "your name and the reason go into the journal."),
                             this);
    intro->setWordWrap(true);
    m_parameter->setObjectName(QStringLiteral("parameter"));
    for (const Parameter &parameter : engine->playbook().parameters)
        m_parameter->addItem(
            QStringLiteral("%1 (%2)").arg(parameter.label.isEmpty() ? parameter.id : playbookText(parameter.label),
                                          parameter.id),
            parameter.id);
    m_reasonEdit->setObjectName(QStringLiteral("reason"));
    m_reasonEdit->setPlaceholderText(tr("Why: the remedy followed, the ticket..."));
    useReadablePlaceholder(m_reasonEdit); // a dialog is a window of its own: it inherits nothing

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    // Before Change is pressed: which results the new value would throw away.
    m_toRedo->setObjectName(QStringLiteral("toRedo"));
    m_toRedo->setWordWrap(true);
    m_toRedo->setTextFormat(Qt::PlainText);
    m_toRedoList->setObjectName(QStringLiteral("toRedoList"));
    m_toRedoList->setAccessibleName(tr("Steps the change sets back"));
    m_toRedoList->setSelectionMode(QAbstractItemView::NoSelection);
    m_toRedoList->setMinimumHeight(m_toRedoList->fontMetrics().height() * 6);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeParameterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangeParameterDialog::reject);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &ChangeParameterDialog::revalidate);
    connect(m_parameter, &QComboBox::currentIndexChanged, this, &ChangeParameterDialog::showField);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Parameter"), m_parameter);
    m_form->addRow(tr("&Value *"), new QWidget(this)); // replaced by showField()
    m_form->addRow(tr("&Reason *"), m_reasonEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_toRedo);
    layout->addWidget(m_toRedoList, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    showField();
    resize(640, sizeHint().height() + m_toRedoList->minimumHeight());
}

bool ChangeParameterDialog::selectParameter(const QString &id)
{
    const int index = m_parameter->findData(id);
    if (index < 0)
        return false;
    m_parameter->setCurrentIndex(index);
    return true;
}

QString ChangeParameterDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

// The field for the chosen parameter, of the kind the form has, holding its current value.
void ChangeParameterDialog::showField()
{
    const Parameter *parameter = m_engine->playbook().parameter(m_parameter->currentData().toString());
    if (!parameter)
        return;
    const QJsonValue value = m_engine->plan().parameters().value(parameter->id);
    QWidget *field = nullptr;
    switch (parameter->type) {
    case Parameter::Type::Choice: {
        auto *combo = new QComboBox;
        for (const Choice &choice : parameter->choices)
            combo->addItem(choice.label.isEmpty() ? choice.value : playbookText(choice.label), choice.value);
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        field = combo;
        break;
    }
    case Parameter::Type::Bool: {
        auto *check = new QCheckBox;
        check->setChecked(value.toBool() || value.toString() == u"true");
        field = check;
        break;
    }
    case Parameter::Type::Nodes: {
        auto *table = new NodeTable(*parameter);
        table->setValue(value.toArray());
        field = table;
        break;
    }
    default: {
        auto *edit = new QLineEdit;
        // A secret is typed anew, never shown.
        if (parameter->isSecret())
            edit->setEchoMode(QLineEdit::Password);
        else
            edit->setText(textOf(value));
        if (parameter->type == Parameter::Type::Port)
            edit->setValidator(new QIntValidator(1, 65535, edit));
        field = edit;
        break;
    }
    }
    field->setObjectName(QStringLiteral("value"));
    field->setAccessibleName(tr("New value of %1").arg(parameter->id));
    m_form->removeRow(1);
    m_form->insertRow(1, tr("&Value *"), field);
    m_field = field;
    m_problem->setVisible(false);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textChanged, this, &ChangeParameterDialog::showStepsToRedo);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, &ChangeParameterDialog::showStepsToRedo);
    else if (auto *check = qobject_cast<QCheckBox *>(field))
        connect(check, &QCheckBox::toggled, this, &ChangeParameterDialog::showStepsToRedo);
    else if (auto *table = qobject_cast<NodeTable *>(field))
        connect(table, &NodeTable::changed, this, &ChangeParameterDialog::showStepsToRedo);
    showStepsToRedo();
    revalidate();
}

QString ChangeParameterDialog::stepsToRedo() const
{
    QStringList lines{m_toRedo->text()};
    for (int i = 0; i < m_toRedoList->count(); ++i)
        lines << m_toRedoList->item(i)->text();
    return lines.join(u'\n');
}

void ChangeParameterDialog::showStepsToRedo()
{
    const auto keys = m_engine->stepsToRedo(given());
    m_toRedoList->clear();
    m_toRedoList->setVisible(keys && !keys->isEmpty());
    if (!keys) {
        m_toRedo->setText(tr("This value cannot be used: %1").arg(keys.error().shownMessage()));
        return;
    }
    if (keys->isEmpty()) {
        m_toRedo->setText(tr("No step that has a result uses this value: nothing has to be done again."));
        return;
    }
    for (const QString &key : *keys)
        if (const Step *step = m_engine->plan().step(key))
            m_toRedoList->addItem(stepTitle(*step));
    m_toRedo->setText(tr("Changing it sets these %n step(s) back, to be done again:", "", int(keys->size())));
}

void ChangeParameterDialog::revalidate()
{
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reasonEdit->text().trimmed().isEmpty());
}

ParameterValues ChangeParameterDialog::given() const
{
    const QString id = m_parameter->currentData().toString();
    ParameterValues given = m_engine->plan().parameters();
    if (auto *edit = qobject_cast<QLineEdit *>(m_field)) {
        // An empty secret field keeps the secret the session has.
        if (edit->text().isEmpty() && edit->echoMode() != QLineEdit::Password)
            given.remove(id);
        else if (!edit->text().isEmpty())
            given.insert(id, edit->text());
    } else if (auto *combo = qobject_cast<QComboBox *>(m_field)) {
        given.insert(id, combo->currentData().toString());
    } else if (auto *check = qobject_cast<QCheckBox *>(m_field)) {
        given.insert(id, check->isChecked());
    } else if (auto *table = qobject_cast<NodeTable *>(m_field)) {
        given.insert(id, table->value());
    }
    return given;
}

void ChangeParameterDialog::accept()
{
    auto changed = m_engine->changeParameters(given(), m_operator, m_reasonEdit->text().trimmed());
    if (!changed) {
        m_problem->setText(changed.error().shownMessage());
        m_problem->setVisible(true);
        return;
    }
    m_result.clear();
    for (const Text &line : std::as_const(*changed))
        m_result << line.translated();
    if (m_result.isEmpty())
        m_result << tr("The value is the one the session has: nothing changed.");
    QDialog::accept();
}

} // namespace uw::pages
