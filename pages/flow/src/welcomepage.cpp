#include "pages/flow/welcomepage.h"

#include "pages/flow/wizardsession.h"
#include "pages/log/contrast.h"
#include "pages/widgets/playbooktext.h"
#include "wizard/playbook/plan.h"
#include "wizard/run/decision.h"
#include "wizard/run/stepstate.h"
#include "wizard/simulator/faults.h"
#include "wizard/support/paths.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>
#include <utility>

namespace uw::pages {

namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kTrainingRole = Qt::UserRole + 1; // a bundled playbook written for training mode
constexpr int kBrokenRole = Qt::UserRole + 2; // a session that cannot be resumed: why
constexpr int kModesRole = Qt::UserRole + 3; // a fault's modes; {"MS"}: a number of milliseconds

// A listing still under way, finished at once for whoever needs it now (the Next button, a
// test): its result, and the watcher is gone. Nothing when none is under way.
template<typename T>
std::optional<T> finishNow(QFutureWatcher<T> *&loading)
{
    if (!loading)
        return std::nullopt;
    const std::unique_ptr<QFutureWatcher<T>> watcher(std::exchange(loading, nullptr));
    watcher->waitForFinished();
    return watcher->result();
}

// Edits a fault's mode in its cell: a combo box of its modes, or milliseconds.
class FaultModeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        const QStringList modes = index.data(kModesRole).toStringList();
        const QString fault = index.siblingAtColumn(0).data().toString();
        QWidget *editor = nullptr;
        if (modes == QStringList{QStringLiteral("MS")}) {
            auto *ms = new QSpinBox(parent);
            ms->setRange(0, 600000);
            ms->setSuffix(WelcomePage::tr(" ms"));
            editor = ms;
        } else {
            auto *combo = new QComboBox(parent);
            combo->addItems(modes);
            editor = combo;
        }
        editor->setAccessibleName(WelcomePage::tr("Mode of %1").arg(fault));
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QString value = index.data(Qt::EditRole).toString();
        if (auto *ms = qobject_cast<QSpinBox *>(editor))
            ms->setValue(value.toInt());
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(value);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *ms = qobject_cast<QSpinBox *>(editor))
            model->setData(index, QString::number(ms->value()));
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText());
    }
};

// A section of the page: a bold heading over `content`, indented a little under it.
QWidget *section(const QString &heading, const QString &objectName, QLayout *content)
{
    auto *widget = new QWidget;
    widget->setObjectName(objectName);
    auto *label = new QLabel(heading, widget);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    content->setContentsMargins(label->fontMetrics().averageCharWidth() * 2, 0, 0, 0);
    layout->addLayout(content);
    return widget;
}

} // namespace

// What the session list shows: the product, when it started, how far it got and the decision
// so far. Made on a worker thread, so it holds data only; the page words it.
struct WelcomePage::SessionListing
{
    struct Summary
    {
        QString dir;
        QString title;
        QString product;
        QDateTime created;
        bool planned = false; // the plan could be built: done, total and go are known
        int done = 0;
        int total = 0;
        bool go = false;
        bool waived = false; // GO with waivers
        bool training = false; // run against the simulated environment
        QString broken; // why the session cannot be resumed (a damaged journal, ...); empty if it can
    };
    QList<Summary> sessions; // the newest first
    bool more = false; // folders were left unread, beyond the limit
};

namespace {

// The decision needs the plan, which needs the parameters: secrets are not stored, so a
// stand-in fills them (they change no step, only values). Touches no widget: it runs on a
// worker thread.
std::optional<WelcomePage::SessionListing::Summary> summarise(const QString &dir)
{
    // Read-only: another program may be appending to this session right now.
    auto session = Session::open(dir, Session::Access::ReadOnly);
    if (!session) {
        // A folder with a session.json is a session: one that cannot be resumed is listed with
        // the reason, not left out as if it were gone. What the page shows of it comes from
        // session.json as far as it can be read.
        QFile file(dir + QStringLiteral("/session.json"));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        WelcomePage::SessionListing::Summary summary;
        summary.dir = dir;
        summary.title = json.value(QLatin1String("playbook_title")).toString(QFileInfo(dir).fileName());
        summary.created = QDateTime::fromString(json.value(QLatin1String("created")).toString(), Qt::ISODate);
        summary.training = json.value(QLatin1String("training")).toBool();
        summary.broken = session.error().toString();
        return summary;
    }
    WelcomePage::SessionListing::Summary summary;
    summary.dir = dir;
    summary.title = (*session)->info().playbookTitle;
    summary.training = (*session)->info().training;
    summary.created = QDateTime::fromString((*session)->info().created, Qt::ISODate);
    auto plan = planOfSession(**session);
    // Choosing it would be refused for the same reason: said now, on the list.
    if (!plan && plan.error().location == QDir::toNativeSeparators((*session)->playbookCopy()))
        summary.broken = plan.error().toString();
    if (plan) {
        summary.product = plan->playbook().product;
        const Decision decision = decide(*plan, replayJournal((*session)->records()));
        summary.planned = true;
        summary.done = decision.done;
        summary.total = decision.total;
        summary.go = decision.go;
        summary.waived = !decision.waivers.isEmpty();
    }
    return summary;
}

} // namespace

WelcomePage::SessionListing WelcomePage::listSessions(const QString &root, qsizetype limit)
{
    SessionListing listing;
    const QFileInfoList folders = QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time);
    for (const QFileInfo &folder : folders) {
        if (limit >= 0 && listing.sessions.size() >= limit) {
            listing.more = true;
            break;
        }
        if (auto summary = summarise(folder.absoluteFilePath()))
            listing.sessions << *summary;
    }
    return listing;
}

WelcomePage::WelcomePage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_playbooks(new QListWidget(this))
    , m_open(new QPushButton(tr("&Open a playbook file..."), this))
    , m_errors(new QPlainTextEdit(this))
    , m_sessions(new QTreeWidget(this))
    , m_allSessions(new QPushButton(tr("Show &all sessions"), this))
    , m_training(new QCheckBox(tr("&Training mode: run against the built-in simulated environment"), this))
    , m_trainingNote(new QLabel(this))
    , m_faults(new QTreeWidget(this))
    , m_faultsHiddenNote(new QLabel(this))
{
    setObjectName(QStringLiteral("WelcomePage"));
    setTitle(tr("Welcome to Upgrade Wizard"));
    setSubTitle(tr("Choose the upgrade procedure, or resume one you started. Every step is recorded, so an "
                   "interrupted upgrade goes on where it stopped."));

    m_playbooks->setObjectName(QStringLiteral("playbooks"));
    m_playbooks->setAccessibleName(tr("Bundled playbooks"));
    connect(m_playbooks, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_sessions->clearSelection();
            m_openedFile.clear();
            m_errors->clear();
            m_errors->setVisible(false);
            allowTraining(m_playbooks->item(row)->data(kTrainingRole).toBool());
        }
        Q_EMIT completeChanged();
    });
    m_open->setObjectName(QStringLiteral("openFile"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open a playbook"), QString(),
                                                          tr("Playbooks (*.json);;All files (*)"));
        if (!file.isEmpty())
            openPlaybookFile(file);
    });
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setReadOnly(true);
    m_errors->setAccessibleName(tr("Validation errors"));
    m_errors->setVisible(false);
    m_errors->setMaximumHeight(120);
    m_sessions->setObjectName(QStringLiteral("sessions"));
    m_sessions->setAccessibleName(tr("Sessions to resume"));
    m_sessions->setRootIsDecorated(false);
    m_sessions->setHeaderLabels({tr("Procedure"), tr("Product"), tr("Started"), tr("Progress"), tr("Go/no-go")});
    m_sessions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_sessions, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!m_sessions->selectedItems().isEmpty()) {
            m_playbooks->setCurrentRow(-1);
            m_openedFile.clear();
            // A session that cannot be resumed says why as soon as it is chosen.
            const QString broken = m_sessions->selectedItems().first()->data(0, kBrokenRole).toString();
            if (!broken.isEmpty() || m_showingBroken) {
                m_errors->setPlainText(broken.isEmpty() ? QString()
                                                        : tr("This session cannot be resumed: %1").arg(broken));
                m_errors->setVisible(!broken.isEmpty());
            }
            m_showingBroken = !broken.isEmpty();
        }
        Q_EMIT completeChanged();
    });

    m_training->setObjectName(QStringLiteral("training"));
    m_trainingNote->setObjectName(QStringLiteral("trainingNote"));
    m_trainingNote->setWordWrap(true);
    m_trainingNote->setVisible(false);
    // What the operator asked for, kept while a playbook not written for training is chosen.
    connect(m_training, &QCheckBox::clicked, this, [this](bool on) { m_trainingWanted = on; });
    m_faults->setObjectName(QStringLiteral("faults"));
    m_faults->setAccessibleName(tr("Faults to practise"));
    m_faults->setRootIsDecorated(false);
    m_faults->setHeaderLabels({tr("Fault"), tr("Mode"), tr("What it mimics")});
    // A mode is text in its cell, edited in place (Enter, F2 or a double click): nine rows of
    // combo boxes cost more to show than the rest of the page, and each was a Tab stop.
    m_faults->setItemDelegateForColumn(1, new FaultModeDelegate(m_faults));
    m_faults->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const sim::FaultInfo &fault : sim::knownFaults()) {
        const bool ms = fault.modes == QStringList{QStringLiteral("MS")};
        auto *item = new QTreeWidgetItem(
            m_faults, {fault.name, ms ? QStringLiteral("4000") : fault.modes.value(0), fault.mimics.translated()});
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(1, kModesRole, fault.modes);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(1, tr("Enter, F2 or a double click changes the mode"));
        item->setToolTip(2, fault.mimics.translated());
    }
    const auto editMode = [this](QTreeWidgetItem *item) {
        m_faults->editItem(item, 1);
    };
    connect(m_faults, &QTreeWidget::itemActivated, this, editMode);
    m_faultsHiddenNote->setObjectName(QStringLiteral("faultsHidden"));
    m_faultsHiddenNote->setWordWrap(true);
    m_faultsHiddenNote->setVisible(false);
    m_faults->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The faults matter in training mode only: the list appears with it. Laying out and painting
    // it was a third of the first page's cost (docs/performance.md, "Start-up").
    m_faults->setVisible(false);
    connect(m_training, &QCheckBox::toggled, this, &WelcomePage::showFaultList);

    // Three sections under headings. Not group boxes: Fusion draws a group box's frame from a
    // PNG, and reading it loads every image format plugin (GIF, ICO, JPEG and libjpeg) before the
    // first paint (docs/performance.md, "Start-up").
    auto *chooseLayout = new QVBoxLayout;
    chooseLayout->addWidget(m_playbooks);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addStretch();
    chooseLayout->addLayout(openRow);
    chooseLayout->addWidget(m_errors);
    m_allSessions->setObjectName(QStringLiteral("allSessions"));
    m_allSessions->setToolTip(tr("Only the newest sessions are listed; this lists every one"));
    m_allSessions->setVisible(false);
    connect(m_allSessions, &QPushButton::clicked, this, [this] { reloadSessions(true); });
    auto *resumeLayout = new QVBoxLayout;
    resumeLayout->addWidget(m_sessions);
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(m_allSessions);
    allRow->addStretch();
    resumeLayout->addLayout(allRow);
    auto *trainingLayout = new QVBoxLayout;
    trainingLayout->addWidget(m_training);
    trainingLayout->addWidget(m_trainingNote);
    trainingLayout->addWidget(m_faults);
    trainingLayout->addWidget(m_faultsHiddenNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(section(tr("Start an upgrade"), QStringLiteral("chooseSection"), chooseLayout), 3);
    // Shown when the listing finds a session: nothing to resume is no section at all.
    m_resumeSection = section(tr("Resume a session"), QStringLiteral("resumeSection"), resumeLayout);
    m_resumeSection->setVisible(false);
    layout->addWidget(m_resumeSection, 2);
    layout->addWidget(section(tr("Training"), QStringLiteral("trainingSection"), trainingLayout), 2);
    // Both lists are read on worker threads, so the window paints at once; each fills in when
    // read, and anything that needs one waits for it.
    auto *playbooks = new QFutureWatcher<PlaybookListing>(this);
    connect(playbooks, &QFutureWatcherBase::finished, this, [this, playbooks] {
        if (m_playbooksLoading == playbooks)
            waitForPlaybooks();
    });
    m_playbooksLoading = playbooks;
    playbooks->setFuture(QtConcurrent::run([] {
        PlaybookListing listing;
        listing.playbooks = bundledPlaybooks(&listing.problems);
        return listing;
    }));
    reloadSessions();
}

void WelcomePage::waitForPlaybooks()
{
    if (auto listing = finishNow(m_playbooksLoading))
        showPlaybooks(*listing);
}

void WelcomePage::showPlaybooks(const PlaybookListing &listing)
{
    for (const BundledPlaybook &playbook : listing.playbooks) {
        auto *item = new QListWidgetItem(tr("%1  (%2)").arg(playbookText(playbook.title), playbook.id), m_playbooks);
        item->setData(kPathRole, playbook.id);
        item->setData(kTrainingRole, playbook.forTraining);
    }
    // A broken installation, or a site's playbook that does not load, is said on the page
    // rather than leaving the list silently short.
    QStringList notes;
    if (listing.playbooks.isEmpty())
        notes << tr("No bundled playbooks were found (looked in %1). Reinstall Upgrade Wizard, or open a playbook "
                    "file.")
                     .arg(QDir::toNativeSeparators(paths::shippedDataCandidates().join(QStringLiteral(", "))));
    for (const Diagnostic &problem : std::as_const(listing.problems))
        notes << tr("Not listed: %1").arg(problem.toString());
    if (!notes.isEmpty()) {
        m_errors->setPlainText(notes.join(u'\n'));
        m_errors->setVisible(true);
    }
}

void WelcomePage::reloadSessions(bool all)
{
    m_sessions->clear();
    m_allSessions->setVisible(false);
    // A listing still under way is dropped: its worker finishes, and nobody looks.
    delete std::exchange(m_loading, nullptr);
    auto *watcher = new QFutureWatcher<SessionListing>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_loading = nullptr;
        showSessions(watcher->result());
        watcher->deleteLater();
    });
    m_loading = watcher;
    watcher->setFuture(
        QtConcurrent::run(&WelcomePage::listSessions, paths::sessionsDir(), all ? qsizetype(-1) : kSessionsShown));
}

void WelcomePage::waitForSessions()
{
    if (auto listing = finishNow(m_loading))
        showSessions(*listing);
}

void WelcomePage::showSessions(const SessionListing &listing)
{
    m_sessions->clear();
    for (const SessionListing::Summary &summary : listing.sessions) {
        const QString started = summary.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        // Practice must not pass for a real upgrade when the list is read in a hurry.
        const QString title = summary.training ? tr("TRAINING: %1").arg(summary.title) : summary.title;
        if (!summary.broken.isEmpty()) {
            auto *item = new QTreeWidgetItem(m_sessions, {title, QString(), started, tr("cannot be resumed")});
            item->setData(0, kPathRole, summary.dir);
            item->setData(0, kBrokenRole, summary.broken);
            for (int column = 0; column < m_sessions->columnCount(); ++column) {
                item->setToolTip(column, summary.broken);
                item->setForeground(column, errorTextColor(m_sessions->palette(), QPalette::Base));
            }
            continue;
        }
        auto *item = new QTreeWidgetItem(
            m_sessions,
            {title, summary.product, started,
             summary.planned ? tr("%1 of %2 steps").arg(summary.done).arg(summary.total) : QString(),
             summary.planned ? (!summary.go          ? tr("NO-GO so far")
                                    : summary.waived ? tr("GO with waivers")
                                                     : tr("GO"))
                             : QString()});
        item->setData(0, kPathRole, summary.dir);
        item->setToolTip(0, QDir::toNativeSeparators(summary.dir));
    }
    m_allSessions->setVisible(listing.more);
    m_resumeSection->setVisible(!listing.sessions.isEmpty() || listing.more);
}

bool WelcomePage::selectPlaybook(const QString &id)
{
    waitForPlaybooks();
    for (int row = 0; row < m_playbooks->count(); ++row)
        if (m_playbooks->item(row)->data(kPathRole).toString() == id) {
            m_playbooks->setCurrentRow(row);
            return true;
        }
    return false;
}

bool WelcomePage::openPlaybookFile(const QString &path)
{
    auto chosen = m_session->choosePlaybook(path);
    m_playbooks->setCurrentRow(-1);
    m_sessions->clearSelection();
    if (!chosen) {
        QStringList lines;
        for (const Diagnostic &diagnostic : chosen.error())
            lines << diagnostic.toString();
        m_errors->setPlainText(
            tr("%1 is not a valid playbook:\n%2").arg(QDir::toNativeSeparators(path), lines.join(u'\n')));
        m_errors->setVisible(true);
        m_openedFile.clear();
    } else {
        m_errors->setPlainText(
            tr("%1: valid (%2)").arg(QDir::toNativeSeparators(path), playbookText(m_session->playbook()->title)));
        m_errors->setVisible(true);
        m_openedFile = path;
        allowTraining(m_session->playbook()->isForTraining());
    }
    Q_EMIT completeChanged();
    return chosen.has_value();
}

bool WelcomePage::selectSession(const QString &dir)
{
    waitForSessions();
    for (int i = 0; i < m_sessions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_sessions->topLevelItem(i);
        if (QDir(item->data(0, kPathRole).toString()) == QDir(dir)) {
            m_sessions->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

// Training mode only for a playbook written for it: another one would run its real commands
// against real systems, recorded as training. The operator's wish comes back with the next
// playbook that has a training section.
void WelcomePage::allowTraining(bool allowed)
{
    m_training->setEnabled(allowed);
    m_training->setChecked(allowed && m_trainingWanted);
    m_trainingNote->setText(allowed ? QString()
                                    : tr("Training mode is off for this playbook: it is not written for the "
                                         "simulated environment (it has no \"training\" section), so it would run "
                                         "its real commands against real systems."));
    m_trainingNote->setVisible(!allowed);
    m_training->setToolTip(allowed ? QString() : m_trainingNote->text());
}

void WelcomePage::setTraining(bool on, const QStringList &faults)
{
    m_trainingWanted = on;
    m_training->setChecked(on && m_training->isEnabled());
    for (int i = 0; i < m_faults->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_faults->topLevelItem(i);
        const QString name = item->text(0);
        bool checked = false;
        for (const QString &fault : faults) {
            if (fault.section(u'=', 0, 0) != name)
                continue;
            checked = true;
            if (const QString mode = fault.section(u'=', 1); !mode.isEmpty())
                item->setText(1, mode);
        }
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

void WelcomePage::showFaultList()
{
    m_faults->setVisible(m_training->isChecked() && !m_session->faultsHidden());
}

void WelcomePage::setFaultsHidden(bool hidden)
{
    m_session->setFaultsHidden(hidden);
    showFaultList();
    const int count = int(checkedFaults().size());
    m_faultsHiddenNote->setText(count > 0 ? tr("The trainer has set %n fault(s) for this session. They are named "
                                               "in the summary's debrief.",
                                               "", count)
                                          : tr("The trainer has set no fault for this session."));
    m_faultsHiddenNote->setVisible(hidden);
}

QStringList WelcomePage::checkedFaults() const
{
    QStringList faults;
    for (int i = 0; i < m_faults->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_faults->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        faults << item->text(0) + u'=' + item->text(1);
    }
    return faults;
}

QString WelcomePage::errors() const
{
    // What the list of playbooks had to say belongs to the answer: wait for it.
    const_cast<WelcomePage *>(this)->waitForPlaybooks();
    // isHidden, not isVisible: the text counts whether or not the page is on screen yet.
    return m_errors->isHidden() ? QString() : m_errors->toPlainText();
}

bool WelcomePage::isComplete() const
{
    const QList<QTreeWidgetItem *> sessions = m_sessions->selectedItems();
    return m_playbooks->currentRow() >= 0 || !m_openedFile.isEmpty()
        || (!sessions.isEmpty() && sessions.first()->data(0, kBrokenRole).toString().isEmpty());
}

bool WelcomePage::validatePage()
{
    if (!m_sessions->selectedItems().isEmpty()) {
        const QString dir = m_sessions->selectedItems().first()->data(0, kPathRole).toString();
        if (auto chosen = m_session->chooseSession(dir); !chosen) {
            m_errors->setPlainText(chosen.error());
            m_errors->setVisible(true);
            return false;
        }
        return true;
    }
    m_session->setTraining(m_training->isChecked(), m_training->isChecked() ? checkedFaults() : QStringList());
    if (!m_openedFile.isEmpty())
        return openPlaybookFile(m_openedFile);
    const QString id = m_playbooks->currentItem()->data(kPathRole).toString();
    if (auto chosen = m_session->choosePlaybook(id); !chosen) {
        QStringList lines;
        for (const Diagnostic &diagnostic : chosen.error())
            lines << diagnostic.toString();
        m_errors->setPlainText(lines.join(u'\n'));
        m_errors->setVisible(true);
        return false;
    }
    return true;
}

} // namespace uw::pages
