#include "pages/flow/parameterspage.h"

#include "offguithread.h"
#include "pages/flow/documentdialog.h"
#include "pages/flow/wizardsession.h"
#include "pages/log/contrast.h"
#include "pages/widgets/nodetable.h"
#include "pages/widgets/playbooktext.h"
#include "wizard/report/planreport.h"
#include "wizard/run/maintenancewindow.h"
#include "wizard/support/paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uw::pages {

namespace {

// "nodes[1].host: ..." and "admin_url: ..." both belong to the parameter before [ . or :.
QString parameterOf(const QString &error)
{
    qsizetype end = 0;
    while (end < error.size() && error[end] != u'[' && error[end] != u'.' && error[end] != u':')
        ++end;
    return error.left(end);
}

QString textOf(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

void setFieldValue(QWidget *field, const QJsonValue &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->setText(textOf(value));
    } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        const int index = combo->findData(value.toString());
        combo->setCurrentIndex(index < 0 ? 0 : index);
    } else if (auto *check = qobject_cast<QCheckBox *>(field)) {
        check->setChecked(value.toBool() || value.toString() == u"true");
    } else if (auto *table = qobject_cast<NodeTable *>(field)) {
        table->setValue(value.toArray());
    }
}

} // namespace

ParametersPage::ParametersPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_form(new QWidget)
    , m_layout(new QFormLayout(m_form))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("ParametersPage"));
    // The session starts here; the values are in its journal from then on, so Back stops here.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start"));
    setTitle(tr("Parameters"));
    setSubTitle(tr("What this upgrade needs to know. Fields marked * are required."));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px"));
    m_problem->setVisible(false);
    // The plan with the form's values, before Start.
    auto *showPlanButton = new QPushButton(tr("Show the plan..."), this);
    showPlanButton->setObjectName(QStringLiteral("showPlan"));
    showPlanButton->setAutoDefault(false);
    showPlanButton->setToolTip(tr("Every step a run with these values takes, in order, with what it runs and "
                                  "what it waits for; nothing runs"));
    connect(showPlanButton, &QPushButton::clicked, this, [this] { showPlan(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(showPlanButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
}

bool ParametersPage::showPlan()
{
    const auto playbook = m_session->playbook();
    if (!playbook)
        return false;
    const auto resolved = m_session->resolve(values());
    auto plan = resolved ? Plan::build(playbook, *resolved)
                         : std::expected<Plan, QStringList>(std::unexpect, resolved.error());
    if (!plan) {
        m_problem->setText(tr("The values make no plan yet: %1").arg(plan.error().join(u'\n')));
        m_problem->setVisible(true);
        return false;
    }
    m_problem->setVisible(false);
    const BuiltinValues builtins{tr("<session folder>"), tr("<session start>"), playbook->id,
                                 QCoreApplication::applicationFilePath()};
    DocumentDialog dialog(tr("The plan: %1").arg(playbookText(playbook->title)),
                          planHtml(buildPlanReport(*plan, builtins)), this);
    dialog.setObjectName(QStringLiteral("PlanDialog"));
    dialog.exec();
    return true;
}

void ParametersPage::initializePage()
{
    if (auto started = m_session->ensureTrainingEnvironment(); !started) {
        m_problem->setText(tr("Training mode could not start: %1").arg(started.error()));
        m_problem->setVisible(true);
    } else if (m_session->resuming() && !m_session->resumeWarnings().isEmpty()) {
        // A torn last record: the operator is told what is cut when the session starts.
        m_problem->setText(tr("The session's journal ends in an incomplete record, which Start removes: %1")
                               .arg(m_session->resumeWarnings().join(u'\n')));
        m_problem->setVisible(true);
    }
    rebuild();
}

void ParametersPage::rebuild()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    m_errors.clear();
    const auto playbook = m_session->playbook();
    if (!playbook)
        return;
    setSubTitle(tr("%1. Fields marked * are required.").arg(playbookText(playbook->title)));

    m_operator = new QLineEdit(Session::defaultOperator());
    m_operator->setObjectName(QStringLiteral("operatorName"));
    m_operator->setAccessibleName(tr("Operator"));
    m_operator->setToolTip(tr("Who runs this upgrade: recorded with every sign-off and in the report"));
    connect(m_operator, &QLineEdit::textChanged, this, &ParametersPage::revalidate);
    m_layout->addRow(tr("&Operator *"), m_operator);

    const ParameterValues initial = m_session->initialValues();
    for (const Parameter &parameter : playbook->parameters) {
        const QString label = (parameter.label.isEmpty() ? parameter.id : playbookText(parameter.label))
            + (parameter.required ? QStringLiteral(" *") : QString());
        const QJsonValue value = initial.value(parameter.id);
        QWidget *field = nullptr;
        QWidget *row = nullptr;
        switch (parameter.type) {
        case Parameter::Type::Choice: {
            auto *combo = new QComboBox;
            if (!parameter.required)
                combo->addItem(QString(), QString());
            for (const Choice &choice : parameter.choices)
                combo->addItem(choice.label.isEmpty() ? choice.value : playbookText(choice.label), choice.value);
            setFieldValue(combo, value);
            // The training sandbox has one node or three: it follows the topology chosen here.
            if (parameter.id == u"topology")
                connect(combo, &QComboBox::currentIndexChanged, this, &ParametersPage::followTopology);
            connect(combo, &QComboBox::currentIndexChanged, this, &ParametersPage::revalidate);
            field = combo;
            break;
        }
        case Parameter::Type::Bool: {
            auto *check = new QCheckBox;
            setFieldValue(check, value);
            connect(check, &QCheckBox::toggled, this, &ParametersPage::revalidate);
            field = check;
            break;
        }
        case Parameter::Type::Nodes: {
            auto *table = new NodeTable(parameter);
            setFieldValue(table, value);
            connect(table, &NodeTable::changed, this, &ParametersPage::revalidate);
            field = table;
            break;
        }
        default: {
            auto *edit = new QLineEdit;
            setFieldValue(edit, value);
            if (parameter.type == Parameter::Type::Secret) {
                edit->setEchoMode(QLineEdit::Password);
                edit->setPlaceholderText(m_session->resuming() ? tr("give it again: secrets are never stored")
                                                               : QString());
                useReadablePlaceholder(edit);
            }
            if (parameter.type == Parameter::Type::Port)
                edit->setValidator(new QIntValidator(0, 65535, edit));
            connect(edit, &QLineEdit::textChanged, this, &ParametersPage::revalidate);
            field = edit;
            if (parameter.type == Parameter::Type::Path || parameter.type == Parameter::Type::Directory) {
                auto *browse = new QToolButton;
                browse->setText(tr("Browse..."));
                browse->setAccessibleName(tr("Choose %1").arg(label));
                const bool directory = parameter.type == Parameter::Type::Directory;
                connect(browse, &QToolButton::clicked, edit, [edit, directory, this] {
                    const QString chosen = directory ? QFileDialog::getExistingDirectory(this, QString(), edit->text())
                                                     : QFileDialog::getOpenFileName(this, QString(), edit->text());
                    if (!chosen.isEmpty())
                        edit->setText(chosen);
                });
                row = new QWidget;
                auto *box = new QHBoxLayout(row);
                box->setContentsMargins(0, 0, 0, 0);
                box->addWidget(edit, 1);
                box->addWidget(browse);
            }
            break;
        }
        }
        field->setObjectName(QStringLiteral("param:") + parameter.id);
        field->setAccessibleName(label);
        field->setToolTip(playbookText(parameter.help));
        auto *error = new QLabel;
        error->setObjectName(QStringLiteral("error:") + parameter.id);
        error->setWordWrap(true);
        error->setTextFormat(Qt::PlainText);
        useErrorTextColor(error); // #d93025 was 4.2:1 on the light window, 2.6:1 on a dark one
        error->setVisible(false);
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(row ? row : field);
        if (!parameter.help.isEmpty()) {
            auto *help = new QLabel(playbookText(parameter.help));
            help->setWordWrap(true);
            help->setTextFormat(Qt::MarkdownText);
            useSecondaryTextColor(help); // PlaceholderText, as before, fell to 3.4:1 on the window
            cellLayout->addWidget(help);
        }
        cellLayout->addWidget(error);
        auto *labelWidget = new QLabel(label);
        labelWidget->setBuddy(field);
        m_layout->addRow(labelWidget, cell);
        m_fields.insert(parameter.id, field);
        m_errors.insert(parameter.id, error);
    }

    // The maintenance window and the rehearsal that times it: the wizard's, not the playbook's.
    m_window = new QLineEdit;
    m_window->setObjectName(QStringLiteral("window"));
    m_window->setPlaceholderText(tr("e.g. 22:00-02:00"));
    m_window->setAccessibleName(tr("Maintenance window"));
    connect(m_window, &QLineEdit::textChanged, this, &ParametersPage::revalidate);
    m_windowError = new QLabel;
    m_windowError->setObjectName(QStringLiteral("windowError"));
    m_windowError->setWordWrap(true);
    useErrorTextColor(m_windowError);
    m_windowError->setVisible(false);
    auto *windowHelp = new QLabel(tr("Optional, in local time. The playbook pages then show when the session is "
                                     "expected to end and by when its point of no return must start; starting it "
                                     "later asks first."));
    windowHelp->setWordWrap(true);
    useSecondaryTextColor(windowHelp);
    auto *windowCell = new QWidget;
    auto *windowLayout = new QVBoxLayout(windowCell);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    windowLayout->addWidget(m_window);
    windowLayout->addWidget(windowHelp);
    windowLayout->addWidget(m_windowError);
    auto *windowLabel = new QLabel(tr("Maintenance window"));
    windowLabel->setBuddy(m_window);
    m_layout->addRow(windowLabel, windowCell);
    m_rehearsal = new QLineEdit;
    m_rehearsal->setObjectName(QStringLiteral("rehearsal"));
    m_rehearsal->setAccessibleName(tr("Rehearsal session"));
    m_rehearsal->setToolTip(tr("A session of the same playbook run before: its steps' durations time the window "
                               "instead of the estimates"));
    connect(m_rehearsal, &QLineEdit::textChanged, this, &ParametersPage::revalidate);
    auto *browse = new QPushButton(tr("Browse..."));
    browse->setObjectName(QStringLiteral("browseRehearsal"));
    browse->setAccessibleName(tr("Choose the rehearsal session"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("The rehearsal's session folder"), paths::sessionsDir());
        if (!dir.isEmpty())
            m_rehearsal->setText(QDir::toNativeSeparators(dir));
    });
    auto *rehearsalRow = new QWidget;
    auto *rehearsalLayout = new QHBoxLayout(rehearsalRow);
    rehearsalLayout->setContentsMargins(0, 0, 0, 0);
    rehearsalLayout->addWidget(m_rehearsal, 1);
    rehearsalLayout->addWidget(browse);
    auto *rehearsalLabel = new QLabel(tr("Rehearsal"));
    rehearsalLabel->setBuddy(m_rehearsal);
    m_layout->addRow(rehearsalLabel, rehearsalRow);
    // A resumed session goes on in the window it was given, unless the operator changes it here.
    m_window->setText(m_session->storedWindow());
    // A rehearsal folder deleted since is left out: the estimates time the window then, rather
    // than the form refusing to start until the field is cleared.
    if (const QString rehearsal = m_session->storedRehearsal();
        !rehearsal.isEmpty() && QFileInfo::exists(rehearsal + QStringLiteral("/journal.jsonl")))
        m_rehearsal->setText(QDir::toNativeSeparators(rehearsal));
    revalidate();
}

// In training mode the environment is laid out for the topology on the form: when the operator
// picks another one, a new sandbox replaces the old, and the values that came from the old one
// (nodes, instances, Cassandra hosts, URLs, ports) are replaced by the new one's. What the
// operator typed into the other fields stays.
void ParametersPage::followTopology()
{
    const auto playbook = m_session->playbook();
    auto *combo = qobject_cast<QComboBox *>(m_fields.value(QStringLiteral("topology")));
    if (!playbook || !combo || !m_session->training())
        return;
    const auto replaced = m_session->ensureTrainingEnvironment(combo->currentData().toString());
    if (!replaced) {
        m_problem->setText(tr("Training mode could not start: %1").arg(replaced.error()));
        m_problem->setVisible(true);
        return;
    }
    if (!*replaced || !m_session->trainingEnvironment())
        return;
    m_problem->setVisible(false);
    const ParameterValues training = m_session->trainingEnvironment()->parametersFor(*playbook);
    for (auto it = training.begin(); it != training.end(); ++it) {
        QWidget *field = m_fields.value(it.key());
        if (!field || field == combo)
            continue;
        // One check of the whole form afterwards, not one per field.
        const QSignalBlocker quiet(field);
        setFieldValue(field, it.value());
    }
    revalidate();
}

ParameterValues ParametersPage::values() const
{
    ParameterValues given;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QWidget *field = it.value();
        if (auto *edit = qobject_cast<QLineEdit *>(field)) {
            if (!edit->text().isEmpty())
                given.insert(it.key(), edit->text());
        } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
            if (!combo->currentData().toString().isEmpty())
                given.insert(it.key(), combo->currentData().toString());
        } else if (auto *check = qobject_cast<QCheckBox *>(field)) {
            given.insert(it.key(), check->isChecked());
        } else if (auto *table = qobject_cast<NodeTable *>(field)) {
            given.insert(it.key(), table->value());
        }
    }
    return given;
}

QString ParametersPage::operatorName() const
{
    return m_operator ? m_operator->text().trimmed() : QString();
}

QString ParametersPage::errorOf(const QString &parameterId) const
{
    const QLabel *label = m_errors.value(parameterId);
    return label && !label->isHidden() ? label->text() : QString();
}

void ParametersPage::revalidate()
{
    QHash<QString, QStringList> byParameter;
    const auto resolved = m_session->resolve(values());
    if (!resolved)
        for (const QString &error : resolved.error())
            byParameter[parameterOf(error)] << error;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QStringList errors = byParameter.value(it.key());
        it.value()->setText(errors.join(u'\n'));
        it.value()->setVisible(!errors.isEmpty());
    }
    bool windowValid = true;
    if (m_window && m_windowError) {
        QString problem;
        if (!m_window->text().trimmed().isEmpty())
            if (auto window = MaintenanceWindow::parse(m_window->text()); !window)
                problem = window.error().message;
        const QString rehearsal = m_rehearsal ? m_rehearsal->text().trimmed() : QString();
        if (problem.isEmpty() && !rehearsal.isEmpty()) {
            if (m_window->text().trimmed().isEmpty())
                problem = tr("A rehearsal times the maintenance window: give the window too.");
            else if (!QFileInfo::exists(QDir::fromNativeSeparators(rehearsal) + QStringLiteral("/journal.jsonl")))
                problem = tr("%1 is not a session folder (it has no journal.jsonl).").arg(rehearsal);
        }
        m_windowError->setText(problem);
        m_windowError->setVisible(!problem.isEmpty());
        windowValid = problem.isEmpty();
    }
    m_valid = resolved.has_value() && !operatorName().isEmpty() && windowValid;
    Q_EMIT completeChanged();
}

bool ParametersPage::isComplete() const
{
    return m_valid;
}

// What a field shows, as the operator chose it; a secret only says whether it is given.
QString ParametersPage::shownValue(const Parameter &parameter) const
{
    QWidget *field = m_fields.value(parameter.id);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        return parameter.isSecret() ? (edit->text().isEmpty() ? tr("(not given)") : QStringLiteral("******"))
                                    : edit->text();
    if (auto *combo = qobject_cast<QComboBox *>(field))
        return combo->currentText();
    if (auto *check = qobject_cast<QCheckBox *>(field))
        return check->isChecked() ? tr("yes") : tr("no");
    if (auto *table = qobject_cast<NodeTable *>(field)) {
        QStringList names;
        for (const QJsonValue &node : table->value())
            names << node.toObject().value(QLatin1String("name")).toString();
        return names.join(QStringLiteral(", "));
    }
    return {};
}

bool ParametersPage::confirmStart()
{
    const auto playbook = m_session->playbook();
    if (!playbook)
        return true;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("startSummary"));
    dialog.setWindowTitle(m_session->resuming() ? tr("Resume with these values?") : tr("Start with these values?"));
    auto *intro = new QLabel(tr("The session starts with the values below. From then on they are fixed: a value "
                                "changes only through “Change a parameter…” on the playbook's pages "
                                "or the summary, with a reason, and the steps that use it are done again."),
                             &dialog);
    intro->setWordWrap(true);
    auto *list = new QTreeWidget(&dialog);
    list->setObjectName(QStringLiteral("values"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Parameter"), tr("Value")});
    list->setAccessibleName(tr("Values the session starts with"));
    if (m_operator)
        new QTreeWidgetItem(list, {tr("Operator"), operatorName()});
    for (const Parameter &parameter : playbook->parameters)
        if (m_fields.contains(parameter.id))
            new QTreeWidgetItem(
                list,
                {playbookText(parameter.label.isEmpty() ? parameter.id : parameter.label), shownValue(parameter)});
    list->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(&dialog);
    buttons->addButton(m_session->resuming() ? tr("&Resume") : tr("&Start"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Back to the form"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 460);
    return dialog.exec() == QDialog::Accepted;
}

bool ParametersPage::validatePage()
{
    if (!confirmStart())
        return false;
    // The window, timed by the rehearsal when one is given (read now: it may be large).
    std::optional<MaintenanceWindow> window;
    QHash<QString, qint64> rehearsal;
    if (m_window && !m_window->text().trimmed().isEmpty()) {
        window = MaintenanceWindow::parse(m_window->text()).value_or(MaintenanceWindow{});
        if (const QString dir = m_rehearsal->text().trimmed(); !dir.isEmpty()) {
            const auto durations
                = offGuiThread([path = QDir::fromNativeSeparators(dir)] { return rehearsalDurations(path); });
            if (!durations) {
                m_problem->setText(tr("The rehearsal cannot time the window: %1").arg(durations.error().toString()));
                m_problem->setVisible(true);
                return false;
            }
            rehearsal = *durations;
        }
    }
    m_session->setMaintenance(window, rehearsal,
                              window && !m_rehearsal->text().trimmed().isEmpty()
                                  ? QDir(QDir::fromNativeSeparators(m_rehearsal->text().trimmed())).absolutePath()
                                  : QString());
    auto started = m_session->start(values(), operatorName());
    if (!started) {
        m_problem->setText(started.error());
        m_problem->setVisible(true);
        return false;
    }
    m_problem->setVisible(false);
    return true;
}

} // namespace uw::pages
