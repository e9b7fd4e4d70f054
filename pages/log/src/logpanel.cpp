#include "pages/log/logpanel.h"

#include "pages/log/contrast.h"
#include "pages/log/logfiltermodel.h"
#include "pages/log/logmodel.h"
#include "pages/log/logview.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace uw::pages {

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_filter(new LogFilterModel(m_model, this))
    , m_view(new LogView(this))
    , m_levelFilter(new QComboBox(this))
    , m_nodeFilter(new QComboBox(this))
    , m_stepFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_follow(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_openLog(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("LogPanel"));

    m_levelFilter->setObjectName(QStringLiteral("levelFilter"));
    m_levelFilter->addItem(tr("All levels"), int(LineLevel::Debug));
    m_levelFilter->addItem(tr("Info and above"), int(LineLevel::Info));
    m_levelFilter->addItem(tr("Warnings and errors"), int(LineLevel::Warning));
    m_levelFilter->addItem(tr("Errors only"), int(LineLevel::Error));
    m_levelFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_levelFilter->setMinimumContentsLength(9);
    m_levelFilter->setAccessibleName(tr("Level filter"));
    m_levelFilter->setToolTip(tr("Show only lines of this level and above"));
    // Debug lines are many and rarely what one looks for first: shown when asked for.
    m_levelFilter->setCurrentIndex(m_levelFilter->findData(int(LineLevel::Info)));
    m_filter->setMinimumLevel(LineLevel::Info);

    m_nodeFilter->setObjectName(QStringLiteral("nodeFilter"));
    m_nodeFilter->addItem(tr("All nodes"), QString());
    // The filters may narrow to a readable start of their choice (the open list shows them
    // whole), so that the row fits a 1024-pixel window with Windows' wider controls too.
    m_nodeFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nodeFilter->setMinimumContentsLength(8);
    m_nodeFilter->setAccessibleName(tr("Node filter"));
    m_nodeFilter->setToolTip(tr("Show only the lines of one node"));

    m_stepFilter->setObjectName(QStringLiteral("stepFilter"));
    m_stepFilter->addItem(tr("All steps"), QString());
    // Step titles are sentences: the list shows them whole, the closed box a readable start.
    m_stepFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stepFilter->setMinimumContentsLength(12);
    m_stepFilter->setAccessibleName(tr("Step filter"));
    m_stepFilter->setToolTip(tr("Show only the lines of one step"));

    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setPlaceholderText(tr("Filter text"));
    useReadablePlaceholder(m_textFilter);
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setAccessibleName(tr("Text filter"));
    m_textFilter->setToolTip(
        tr("Show only lines containing this text (case does not matter); it is marked in the lines"));

    m_follow->setObjectName(QStringLiteral("followTail"));
    m_follow->setText(tr("&Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setAccessibleName(tr("Follow the newest line"));
    m_follow->setToolTip(tr("Keep the newest line in sight; scrolling up stops following, End resumes it"));

    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setText(tr("&Copy"));
    m_copy->setEnabled(false);
    m_copy->setAccessibleName(tr("Copy the selected lines"));
    m_copy->setToolTip(tr("Copy the selected lines to the clipboard (Ctrl+C in the log)"));

    m_openLog->setObjectName(QStringLiteral("openLogButton"));
    m_openLog->setText(tr("&Open full log"));
    m_openLog->setEnabled(false);
    m_openLog->setAccessibleName(tr("Open the full log file"));
    m_openLog->setToolTip(tr("No log file for this run yet"));

    m_count->setObjectName(QStringLiteral("lineCount"));
    m_count->setAccessibleName(tr("Lines shown"));

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Log lines"));
    m_view->setAccessibleDescription(
        tr("The lines logged by the run. Arrow keys move, Shift extends the selection, Ctrl+C copies it."));
    m_view->setModel(m_filter);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_levelFilter);
    controls->addWidget(m_nodeFilter);
    controls->addWidget(m_stepFilter);
    controls->addWidget(m_textFilter, 1);
    controls->addWidget(m_follow);
    controls->addWidget(m_copy);
    controls->addWidget(m_openLog);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    setTabOrder(m_levelFilter, m_nodeFilter);
    setTabOrder(m_nodeFilter, m_stepFilter);
    setTabOrder(m_stepFilter, m_textFilter);
    setTabOrder(m_textFilter, m_view);
    setTabOrder(m_view, m_follow);
    setTabOrder(m_follow, m_copy);
    setTabOrder(m_copy, m_openLog);

    connect(m_levelFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumLevel(LineLevel(m_levelFilter->currentData().toInt())); });
    connect(m_nodeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setNode(m_nodeFilter->currentData().toString()); });
    connect(m_stepFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStep(m_stepFilter->currentData().toString());
        m_stepToChoose.clear();
        updateOpenLog();
    });
    connect(m_textFilter, &QLineEdit::textChanged, m_filter, &LogFilterModel::setText);
    connect(m_follow, &QToolButton::toggled, m_view, &LogView::setFollowTail);
    connect(m_view, &LogView::followTailChanged, m_follow, &QToolButton::setChecked);
    connect(m_copy, &QToolButton::clicked, this, &LogPanel::copySelection);
    connect(m_openLog, &QToolButton::clicked, this, &LogPanel::openFullLog);
    connect(m_view, &LogView::selectionChanged, this, [this] {
        m_copy->setEnabled(m_view->hasSelection());
        updateOpenLog();
    });
    connect(m_model, &LogModel::nodeAdded, this, &LogPanel::addNode);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LogPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LogPanel::updateCount);
    connect(m_filter, &LogFilterModel::filteringFinished, this, &LogPanel::updateCount);
    updateCount();
}

LogPanel::~LogPanel()
{
    // The model is the first child and goes first; what the filter then signals must not
    // reach this panel, whose slots read the model. Nor may the view's last signals, sent while
    // QWidget's destructor deletes it, when this is no longer a LogPanel.
    disconnect(m_filter, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_view, nullptr, this, nullptr);
}

void LogPanel::append(LineLevel level, const QString &node, const QString &text)
{
    m_model->append(level, node, text);
}

void LogPanel::appendFromEngine(const QString &key, LineLevel level, const QString &node, const QString &text)
{
    m_model->append(level, node, text, key);
}

void LogPanel::setLogFilePath(const QString &path)
{
    m_logFilePath = path;
    updateOpenLog();
}

void LogPanel::addStep(const QString &key, const QString &title, const QString &node, const QString &logFile)
{
    if (key.isEmpty())
        return;
    if (!logFile.isEmpty())
        m_stepLogFiles.insert(key, logFile);
    if (!node.isEmpty())
        m_view->addKnownNodes({node});
    const int existing = m_stepFilter->findData(key);
    if (existing >= 0) {
        m_stepFilter->setItemText(existing, title);
        m_stepFilter->setItemData(existing, title, Qt::ToolTipRole);
    } else {
        m_stepFilter->addItem(title, key);
        m_stepFilter->setItemData(m_stepFilter->count() - 1, title, Qt::ToolTipRole);
    }
    if (key == m_stepToChoose)
        m_stepFilter->setCurrentIndex(m_stepFilter->findData(key));
    updateOpenLog();
}

void LogPanel::setSteps(const QList<StepEntry> &steps)
{
    removeSteps();
    for (const StepEntry &step : steps)
        addStep(step.key, step.title, step.node, step.logFile);
}

// The steps go (the page adds its steps again for a new plan); the chosen one is chosen again
// when it comes back, and until then the lines of every step show.
void LogPanel::removeSteps()
{
    const QString chosen = chosenStep();
    {
        const QSignalBlocker blocker(m_stepFilter);
        while (m_stepFilter->count() > 1)
            m_stepFilter->removeItem(1);
        m_stepFilter->setCurrentIndex(0);
    }
    m_filter->setStep(QString());
    m_stepLogFiles.clear();
    if (!chosen.isEmpty())
        m_stepToChoose = chosen;
}

QString LogPanel::chosenStep() const
{
    return m_stepFilter->currentData().toString();
}

void LogPanel::chooseStep(const QString &key)
{
    const int index = m_stepFilter->findData(key);
    m_stepFilter->setCurrentIndex(index >= 0 ? index : 0);
}

QString LogPanel::fullLogPath() const
{
    QString step = chosenStep();
    if (step.isEmpty() && m_view->currentRow() >= 0 && m_view->currentRow() < m_filter->rowCount())
        step = m_model->stepKey(m_filter->sourceRow(m_view->currentRow()));
    const QString file = m_stepLogFiles.value(step);
    // A check writes no file of its own, nor does a task before it first runs.
    if (!file.isEmpty() && QFileInfo::exists(file))
        return file;
    return m_logFilePath;
}

void LogPanel::setUrlOpener(UrlOpener opener)
{
    m_openUrl = opener ? std::move(opener) : UrlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
}

void LogPanel::updateOpenLog()
{
    const QString path = fullLogPath();
    m_openLog->setEnabled(!path.isEmpty());
    m_openLog->setToolTip(path.isEmpty() ? tr("No log file for this run yet")
                                         : tr("Open %1").arg(QDir::toNativeSeparators(path)));
}

void LogPanel::clear()
{
    m_model->clear();
    removeSteps();
    // The node list goes with the lines; the chosen node stays chosen, as the text does,
    // so a rerun shows that node's lines again once they come.
    const QString chosen = m_nodeFilter->currentData().toString();
    const QSignalBlocker blocker(m_nodeFilter);
    while (m_nodeFilter->count() > 1)
        m_nodeFilter->removeItem(1);
    if (!chosen.isEmpty()) {
        m_nodeFilter->addItem(chosen, chosen);
        m_nodeFilter->setCurrentIndex(1);
    }
    updateCount();
    updateOpenLog();
}

bool LogPanel::followTail() const
{
    return m_view->followTail();
}

void LogPanel::setFollowTail(bool follow)
{
    m_view->setFollowTail(follow);
}

void LogPanel::copySelection()
{
    m_view->copy();
}

void LogPanel::openFullLog()
{
    const QString path = fullLogPath();
    if (path.isEmpty())
        return;
    if (!m_openUrl(QUrl::fromLocalFile(path)))
        showLogPath(path);
}

// Nothing on this computer opens the file (no desktop, no program for .log files): its path,
// to open by other means.
void LogPanel::showLogPath(const QString &path)
{
    auto *dialog = findChild<QDialog *>(QStringLiteral("logPathDialog"), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("logPathDialog"));
        dialog->setWindowTitle(tr("Full log"));
        auto *text = new QLabel(tr("Nothing on this computer could open the log. It is in this file:"), dialog);
        text->setWordWrap(true);
        auto *field = new QLineEdit(dialog);
        field->setObjectName(QStringLiteral("logPath"));
        field->setReadOnly(true);
        field->setAccessibleName(tr("Path of the log"));
        text->setBuddy(field);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        // Alt+P: the Close button has Alt+C.
        auto *copy = buttons->addButton(tr("Co&py path"), QDialogButtonBox::ActionRole);
        copy->setObjectName(QStringLiteral("copyPath"));
        connect(copy, &QPushButton::clicked, dialog, [field] { QGuiApplication::clipboard()->setText(field->text()); });
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        layout->addWidget(field);
        layout->addWidget(buttons);
        dialog->resize(std::max(480, dialog->sizeHint().width()), dialog->sizeHint().height());
    }
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("logPath"));
    field->setText(QDir::toNativeSeparators(path));
    field->selectAll();
    dialog->open();
    field->setFocus();
}

void LogPanel::addNode(const QString &node)
{
    if (m_nodeFilter->findData(node) >= 0)
        return;
    // Sorted, after "All nodes", so that a long list can be searched by eye.
    int at = 1;
    while (at < m_nodeFilter->count() && QString::localeAwareCompare(m_nodeFilter->itemData(at).toString(), node) < 0)
        ++at;
    const QSignalBlocker blocker(m_nodeFilter); // the current node does not change
    m_nodeFilter->insertItem(at, node, node);
}

void LogPanel::updateCount()
{
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all ? tr("%Ln line(s)", nullptr, all)
                                : tr("%1 of %Ln line(s)", nullptr, all).arg(locale.toString(shown));
    if (m_filter->isFiltering())
        text += QLatin1String(" ") + tr("(filtering…)");
    m_count->setText(text);
}

} // namespace uw::pages
