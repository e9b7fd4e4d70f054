#include "pages/flow/summarypage.h"

#include "offguithread.h"
#include "pages/flow/documentdialog.h"
#include "pages/widgets/icons.h"
#include "pages/widgets/playbooktext.h"
#include "wizard/report/report.h"
#include "wizard/report/reporthtml.h"
#include "wizard/report/sessioncompare.h"
#include "wizard/report/signature.h"
#include "wizard/run/engine.h"
#include "wizard/support/paths.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyle>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uw::pages {

namespace {

constexpr int KeyRole = Qt::UserRole; // the step key of a row
constexpr int CategoryRole = Qt::UserRole + 1; // a reason's kind: "failed", "not-run", ..., "remedy"

// Strong enough that white text on them reads well (contrast above 6:1), so the banner looks
// the same in a light and a dark palette; the words say GO or NO-GO for those who cannot
// tell the colours apart.
const QColor kGoColour(0x1b, 0x6e, 0x2e);
const QColor kNoGoColour(0xa3, 0x19, 0x1b);
const QColor kWaivedColour(0x8a, 0x4b, 0x08); // GO, but with blockers waived: not the plain GO green

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The one place a step's outcome message is read on this page, so that the form it is kept in
// can change without touching the rest.
QString stepMessage(const StepState &state)
{
    return state.translatedSummary();
}

// A message that starts with a long path ("/home/ada/.local/share/.../marker.txt does not
// exist") is cut by the column where the message starts; paths longer than `keep` characters
// lose their middle instead, so the column shows the start, the file name and what is wrong.
QString elidePaths(const QString &text, qsizetype keep = 44)
{
    static const QRegularExpression path(QStringLiteral(R"((?:[A-Za-z]:)?[\\/][^\s"'<>|,;]+)"));
    QString out;
    qsizetype from = 0;
    for (auto it = path.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(from, match.capturedStart() - from);
        const QString found = match.captured();
        out += found.size() <= keep ? found : found.left(keep / 3) + QChar(0x2026) + found.right(keep - keep / 3 - 1);
        from = match.capturedEnd();
    }
    return out + text.mid(from);
}

QTreeWidget *makeTable(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// A parameter's value as the journal keeps it (secrets masked there), on one line.
QString shortValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2)); // without the array's brackets
}

Result<void> writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return std::unexpected(Error::io(path, SummaryPage::tr("cannot write the report: %1").arg(file.errorString()),
                                         SummaryPage::tr("check that the folder exists and is writable")));
    return {};
}

} // namespace

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_banner(new QFrame(this))
    , m_verdict(new QLabel(m_banner))
    , m_headline(new QLabel(m_banner))
    , m_reasons(makeTable(this, QStringLiteral("reasons"), {tr("Kind"), tr("Step"), tr("Problem")}))
    , m_goToStep(new QPushButton(tr("&Go to this step"), this))
    , m_steps(makeTable(this, QStringLiteral("steps"),
                        {tr("Step"), tr("Status"), tr("Duration"), tr("Signed off or skipped")}))
    , m_backupsLabel(new QLabel(tr("Back&ups and their SHA-256 checksums:"), this))
    , m_noBackups(new QLabel(tr("No backup archive was made in this session."), this))
    , m_backups(makeTable(this, QStringLiteral("backups"), {tr("Step"), tr("Archive"), tr("SHA-256")}))
    , m_debriefLabel(new QLabel(tr("Training &debrief: the faults that were on, what was done about them, and what "
                                   "the playbook says to do:"),
                                this))
    , m_debrief(
          makeTable(this, QStringLiteral("debrief"), {tr("Fault or step"), tr("What happened"), tr("What to do")}))
    , m_exportHtml(new QPushButton(tr("Export &HTML…"), this))
    , m_exportPdf(new QPushButton(tr("Export &PDF…"), this))
    , m_exportJson(new QPushButton(tr("Export &JSON…"), this))
    , m_exportStatus(new QLabel(this))
    , m_changeParameter(new QPushButton(tr("&Change a parameter..."), this))
{
    setObjectName(QStringLiteral("SummaryPage"));
    setTitle(tr("Go / no-go summary"));
    setSubTitle(tr("Whether the upgrade may go ahead, and why. Export the report for your change record."));

    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    big.setBold(true);
    m_verdict->setFont(big);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->addWidget(m_verdict);
    bannerLayout->addWidget(m_headline);

    auto *reasonsLabel = new QLabel(tr("&Reasons for the decision (choose one to go to its step):"), this);
    reasonsLabel->setBuddy(m_reasons);
    reasonsLabel->setWordWrap(true); // beside two buttons, on a 1024-pixel screen

    m_reasons->setAccessibleName(tr("Blockers and warnings"));
    m_reasons->setToolTip(tr("Click a row, or press Enter on it, to go to that step."));
    m_reasons->installEventFilter(this);
    connect(m_reasons, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    m_goToStep->setObjectName(QStringLiteral("goToStep"));
    m_goToStep->setEnabled(false);
    m_goToStep->setAutoDefault(false);
    connect(m_reasons, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_goToStep->setEnabled(current != nullptr); });
    connect(m_goToStep, &QPushButton::clicked, this, [this] { activate(m_reasons->currentItem()); });

    auto *stepsLabel = new QLabel(tr("S&teps and how long they took:"), this);
    stepsLabel->setBuddy(m_steps);
    m_steps->setAccessibleName(tr("Steps, their status and duration"));
    m_steps->installEventFilter(this);
    connect(m_steps, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { activate(item); });

    m_backupsLabel->setBuddy(m_backups);
    m_backups->setAccessibleName(tr("Backups and their SHA-256 checksums"));
    m_backups->setToolTip(tr("Ctrl+C copies the selected backup as sha256sum reads it."));
    m_backups->installEventFilter(this);
    m_noBackups->setObjectName(QStringLiteral("noBackups"));

    m_debriefLabel->setObjectName(QStringLiteral("debriefLabel"));
    m_debriefLabel->setWordWrap(true);
    m_debriefLabel->setBuddy(m_debrief);
    m_debrief->setAccessibleName(tr("Training debrief"));
    m_debrief->installEventFilter(this);
    connect(m_debrief, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { activate(item); });

    const struct
    {
        QPushButton *button;
        const char *name;
        Format format;
        QString accessible;
    } exports[] = {{m_exportHtml, "exportHtml", Format::Html, tr("Export the report as HTML")},
                   {m_exportPdf, "exportPdf", Format::Pdf, tr("Export the report as PDF")},
                   {m_exportJson, "exportJson", Format::Json, tr("Export the report as JSON")}};
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(new QLabel(tr("Report:"), this));
    for (const auto &entry : exports) {
        entry.button->setObjectName(QLatin1String(entry.name));
        entry.button->setAccessibleName(entry.accessible);
        entry.button->setToolTip(entry.accessible);
        entry.button->setAutoDefault(false); // Enter belongs to the wizard's own buttons
        const Format format = entry.format;
        connect(entry.button, &QPushButton::clicked, this, [this, format] { exportWithDialog(format); });
        exportRow->addWidget(entry.button);
    }
    exportRow->addWidget(m_exportStatus, 1);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_changeParameter->setObjectName(QStringLiteral("changeParameter"));
    m_changeParameter->setToolTip(tr("Correct a value of the form, with a reason: the steps it touches are to be done "
                                     "again"));
    m_changeParameter->setAutoDefault(false);
    connect(m_changeParameter, &QPushButton::clicked, this, &SummaryPage::changeParameterRequested);

    m_compare = new QPushButton(tr("Compare with a rehearsal..."), this);
    m_compare->setObjectName(QStringLiteral("compareRehearsal"));
    m_compare->setToolTip(tr("This session beside another of the same playbook (a rehearsal, a training session): "
                             "outcomes, durations, warnings and parameters that differ"));
    m_compare->setAutoDefault(false);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("The rehearsal's session folder"), paths::sessionsDir());
        if (!dir.isEmpty())
            showComparison(dir);
    });

    // Signed exports: the operator's SSH key, the one most administrators already have.
    m_sign = new QCheckBox(tr("Sign exports with SSH key:"), this);
    m_sign->setObjectName(QStringLiteral("signExports"));
    m_sign->setToolTip(tr("Each report exported gets a signature beside it (.sig), made with ssh-keygen; "
                          "upgrade-wizard verify checks it"));
    m_signingKey = new QLineEdit(this);
    m_signingKey->setObjectName(QStringLiteral("signingKey"));
    m_signingKey->setAccessibleName(tr("SSH key to sign exports with"));
    const QString defaultKey = QDir::homePath() + QStringLiteral("/.ssh/id_ed25519");
    m_signingKey->setText(QFileInfo::exists(defaultKey) ? QDir::toNativeSeparators(defaultKey) : QString());
    m_signingKey->setPlaceholderText(tr("a private key, or a public key held by ssh-agent"));
    m_signingKey->setEnabled(false);
    connect(m_sign, &QCheckBox::toggled, m_signingKey, &QWidget::setEnabled);
    // A second row of the report's tools; what an export or a comparison said goes beside the
    // export buttons, so the page still fits a 1024x600 screen.
    auto *toolsRow = new QHBoxLayout;
    toolsRow->addWidget(m_compare);
    toolsRow->addWidget(m_sign);
    toolsRow->addWidget(m_signingKey, 1);

    auto *reasonsRow = new QHBoxLayout;
    reasonsRow->addWidget(reasonsLabel, 1);
    reasonsRow->addWidget(m_changeParameter);
    reasonsRow->addWidget(m_goToStep);

    // Four lists on one page must still fit a 1024x600 screen: each may shrink to its header
    // and a few rows, and scrolls.
    for (QTreeWidget *list : {m_reasons, m_steps, m_backups, m_debrief})
        list->setMinimumHeight(list->fontMetrics().height() * 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(reasonsRow);
    // The reasons first and tallest: they are why, with what to do under each failure.
    layout->addWidget(m_reasons, 3);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_backupsLabel);
    layout->addWidget(m_noBackups);
    layout->addWidget(m_backups, 1);
    layout->addWidget(m_debriefLabel);
    layout->addWidget(m_debrief, 2);
    layout->addLayout(exportRow);
    layout->addLayout(toolsRow);

    setTabOrder(m_reasons, m_goToStep);
    setTabOrder(m_goToStep, m_steps);
    setTabOrder(m_steps, m_backups);
    setTabOrder(m_backups, m_debrief);
    setTabOrder(m_debrief, m_exportHtml);
    setTabOrder(m_exportHtml, m_exportPdf);
    setTabOrder(m_exportPdf, m_exportJson);
    refresh();
}

void SummaryPage::setEngine(const uw::Engine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (m_engine) {
        // A check re-run from another window, or a task that ends while the summary is shown,
        // changes the decision: show the new one rather than a stale GO.
        connect(m_engine, &Engine::stepFinished, this, [this] {
            if (isVisible())
                refresh();
        });
        connect(m_engine, &QObject::destroyed, this, [this] {
            m_engine = nullptr;
            refresh();
        });
    }
    refresh();
}

void SummaryPage::initializePage()
{
    refresh();
}

Result<QJsonObject> SummaryPage::currentReport() const
{
    if (!m_engine)
        return std::unexpected(Error::usage(tr("there is no session to report on")));
    return buildReport(*m_engine);
}

void SummaryPage::refresh()
{
    m_reasons->clear();
    m_steps->clear();
    m_backups->clear();
    m_debrief->clear();
    m_exportStatus->clear();
    for (QPushButton *button : {m_exportHtml, m_exportPdf, m_exportJson})
        button->setEnabled(m_engine != nullptr);
    if (!m_engine) {
        m_banner->setPalette(palette());
        m_verdict->setText(tr("No decision"));
        m_headline->setText(tr("No session is open, so there is nothing to decide yet."));
        m_banner->setAccessibleName(m_headline->text());
        m_backups->hide();
        m_noBackups->show();
        m_debrief->hide();
        m_debriefLabel->hide();
        return;
    }
    const QJsonObject report = buildReport(*m_engine);
    const QJsonObject decision = report.value(QLatin1String("decision")).toObject();
    fillBanner(decision);
    fillReasons(decision);
    fillSteps(report);
    fillBackups(report);
    fillDebrief(report);
}

void SummaryPage::fillBanner(const QJsonObject &decision)
{
    const QString verdict = str(decision, "decision");
    const bool waived = verdict == QLatin1String("go-with-waivers");
    const bool go = verdict == QLatin1String("go") || waived;
    const int waivers = int(decision.value(QLatin1String("waivers")).toArray().size());
    const int warnings = int(decision.value(QLatin1String("warnings")).toArray().size());
    QPalette colours = m_banner->palette();
    colours.setColor(QPalette::Window, waived ? kWaivedColour : go ? kGoColour : kNoGoColour);
    colours.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(colours);
    m_verdict->setPalette(colours);
    m_headline->setPalette(colours);
    m_verdict->setText(waived ? tr("GO with waivers") : go ? tr("GO") : tr("NO-GO"));
    QString detail;
    if (waived)
        detail = tr("Every blocker is done or waived: %n blocker(s) waived, each with who and why below.", nullptr,
                    waivers)
            + (warnings == 0 ? QString() : QLatin1Char(' ') + tr("%n warning(s) to look at first.", nullptr, warnings));
    else if (go)
        detail = warnings == 0 ? tr("Every blocker is done: the upgrade may go ahead.")
                               : tr("Every blocker is done: the upgrade may go ahead. "
                                    "%n warning(s) to look at first.",
                                    nullptr, warnings);
    else
        detail = tr("NO-GO: %1.").arg(blockerCounts(decision))
            + (warnings == 0 ? QString() : QLatin1Char(' ') + tr("%n warning(s) to look at.", nullptr, warnings));
    detail += QLatin1Char(' ')
        + tr("%1 of %2 steps done.")
              .arg(decision.value(QLatin1String("done")).toInt())
              .arg(decision.value(QLatin1String("total")).toInt());
    m_headline->setText(detail);
    const QString spoken = tr("Decision: %1. %2").arg(m_verdict->text(), detail);
    m_banner->setAccessibleName(spoken);
    m_verdict->setAccessibleName(spoken);
}

// The report holds the playbook's own text; on screen a step's title is in the user's language
// (the exported report stays as the playbook wrote it).
QString SummaryPage::translatedTitle(const QJsonObject &entry) const
{
    const Step *step = m_engine ? m_engine->plan().step(str(entry, "step")) : nullptr;
    return step ? stepTitle(*step) : str(entry, "title");
}

// "3 failed, 26 not run": the blockers by kind, in the banner's sentence.
QString SummaryPage::blockerCounts(const QJsonObject &decision) const
{
    const QJsonObject counts = decision.value(QLatin1String("counts")).toObject();
    QStringList parts;
    if (const int n = counts.value(QLatin1String("failed")).toInt(); n > 0)
        parts << tr("%n failed", nullptr, n);
    if (const int n = counts.value(QLatin1String("not_run")).toInt(); n > 0)
        parts << tr("%n not run", nullptr, n);
    if (const int n = counts.value(QLatin1String("skipped")).toInt(); n > 0)
        parts << tr("%n skipped without a waiver", nullptr, n);
    return parts.join(QStringLiteral(", "));
}

// What is wrong with a reason's step, in the user's language, its message first.
QString SummaryPage::problemText(const QJsonObject &reason) const
{
    const QString key = str(reason, "step");
    const QString category = str(reason, "category");
    const Step *step = m_engine ? m_engine->plan().step(key) : nullptr;
    const StepState state = m_engine ? m_engine->state(key) : StepState{};
    const QString message = stepMessage(state);
    const bool confirm = step && step->item->type == Item::Type::Confirm;
    const QString reasonText = state.note.trimmed().isEmpty() ? tr("no reason given") : state.note;
    if (category == QLatin1String("waived"))
        return tr("waived by %1: %2").arg(state.operatorName, state.note);
    if (category == QLatin1String("insecure-tls"))
        return tr("did not verify the server's TLS certificate (tls.insecure): anyone on the network could have "
                  "answered in its place");
    if (category == QLatin1String("skipped") || state.status == StepState::Status::Skipped) {
        if (category == QLatin1String("warning"))
            return tr("skipped by %1: %2").arg(state.operatorName, reasonText);
        return step && step->item->waivable
            ? tr("skipped without the operator's name or a reason; a waiver needs who and why")
            : tr("skipped by %1 (%2), but the playbook does not let this blocker be waived: do it, or the upgrade "
                 "stays NO-GO")
                  .arg(state.operatorName, reasonText);
    }
    switch (state.status) {
    case StepState::Status::Failed:
        return message.isEmpty() ? tr("failed") : message;
    case StepState::Status::Interrupted:
        return tr("interrupted: the program stopped while it ran; run it again, or skip it with a reason");
    case StepState::Status::Cancelled:
        return tr("cancelled; run it again");
    case StepState::Status::Running:
        return tr("still running");
    case StepState::Status::Pending: {
        const QString open = confirm ? tr("not signed off") : tr("not run");
        // A revoked sign-off or a changed parameter says so: it is why the step is open again.
        return message.isEmpty() ? open : tr("%1 (%2)").arg(open, message);
    }
    case StepState::Status::Passed:
    case StepState::Status::Confirmed:
    case StepState::Status::Skipped:
        break;
    }
    return message.isEmpty() ? str(reason, "problem") : message;
}

void SummaryPage::fillReasons(const QJsonObject &decision)
{
    // Each kind its own word and mark, in the order they matter: what failed (with what to
    // do), what was not run, skips that are no waiver, waivers, warnings.
    struct Kind
    {
        const char *list;
        const char *category;
        QString label;
        QIcon icon;
    };
    const Kind kinds[] = {
        {"blockers", "failed", tr("Failed"), stateIcon(StepState::Status::Failed)},
        {"blockers", "not-run", tr("Not run"), stateIcon(StepState::Status::Pending)},
        {"blockers", "skipped", tr("Skipped"), stateIcon(StepState::Status::Skipped)},
        {"waivers", "", tr("Waived"), style()->standardIcon(QStyle::SP_MessageBoxInformation)},
        {"warnings", "", tr("Warning"), severityIcon(Severity::Warning)},
    };
    for (const Kind &kind : kinds) {
        for (const QJsonValue &value : decision.value(QLatin1String(kind.list)).toArray()) {
            const QJsonObject reason = value.toObject();
            const QString category = str(reason, "category");
            if (*kind.category && category != QLatin1String(kind.category))
                continue;
            const QString key = str(reason, "step");
            const Step *step = m_engine ? m_engine->plan().step(key) : nullptr;
            QString label = kind.label;
            if (category == QLatin1String("not-run") && step && step->item->type == Item::Type::Confirm)
                label = tr("Not signed off");
            const QString problem = problemText(reason);
            auto *item = new QTreeWidgetItem(m_reasons, {label, translatedTitle(reason), elidePaths(problem)});
            item->setIcon(0, kind.icon);
            item->setData(0, KeyRole, key);
            item->setData(0, CategoryRole, category);
            item->setToolTip(2, problem);
            item->setData(2, Qt::AccessibleTextRole, problem);
            item->setToolTip(1, tr("Step %1").arg(key));
            const bool failed = category == QLatin1String("failed");
            if (failed) {
                QFont bold = item->font(0);
                bold.setBold(true);
                item->setFont(0, bold);
            }
            // The playbook's remedy, under the failure it is for (a warning check that failed
            // too: it says what to do about it).
            const bool failedWarning = m_engine && m_engine->state(key).status == StepState::Status::Failed
                && category == QLatin1String("warning");
            if (const QString remedy = str(reason, "remedy"); (failed || failedWarning) && !remedy.isEmpty()) {
                const QString text = tr("What to do: %1").arg(playbookText(remedy));
                auto *what = new QTreeWidgetItem(item, {text});
                what->setData(0, KeyRole, key);
                what->setData(0, CategoryRole, QStringLiteral("remedy"));
                what->setFirstColumnSpanned(true);
                what->setToolTip(0, text);
                what->setData(0, Qt::AccessibleTextRole, text);
                item->setExpanded(true);
            }
        }
    }
    if (m_reasons->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_reasons, {QString(), tr("Nothing to look at: every step is done.")});
        none->setFlags(Qt::ItemIsEnabled); // not a step: it leads nowhere
    }
    m_reasons->resizeColumnToContents(0);
    m_reasons->resizeColumnToContents(1);
    m_goToStep->setEnabled(m_reasons->currentItem() != nullptr);
}

void SummaryPage::fillSteps(const QJsonObject &report)
{
    static const QHash<QString, const char *> statuses{
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("uw::pages::SummaryPage", "not done")},
        {QStringLiteral("running"), QT_TRANSLATE_NOOP("uw::pages::SummaryPage", "running")},
        {QStringLiteral("passed"), QT_TRANSLATE_NOOP("uw::pages::SummaryPage", "passed")},
        {QStringLiteral("confirmed"), QT_TRANSLATE_NOOP("uw::pages::SummaryPage", "confirmed")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("uw::pages::SummaryPage", "FAILED")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("uw::pages::SummaryPage", "cancelled")},
        {QStringLiteral("interrupted"), QT_TRANSLATE_NOOP("uw::pages::SummaryPage", "interrupted")},
        {QStringLiteral("skipped"), QT_TRANSLATE_NOOP("uw::pages::SummaryPage", "skipped")}};
    for (const QJsonValue &value : report.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        if (str(step, "type") == QLatin1String("info"))
            continue; // text only: nothing to do, nothing to time
        const QString status = str(step, "status");
        const char *label = statuses.value(status);
        const qint64 duration = step.value(QLatin1String("duration_ms")).toInteger();
        QString signOff;
        if (status == QLatin1String("confirmed") || status == QLatin1String("skipped")) {
            const QString who
                = step.value(QLatin1String("confirmed_unattended")).toBool() ? tr("unattended") : str(step, "operator");
            signOff = tr("%1, %2").arg(who, formatReportTime(str(step, "time")));
            if (!str(step, "note").isEmpty())
                signOff += status == QLatin1String("skipped") ? tr("; reason: %1").arg(str(step, "note"))
                                                              : tr("; note: %1").arg(str(step, "note"));
            else if (status == QLatin1String("skipped"))
                signOff += tr("; no reason given");
        }
        auto *item = new QTreeWidgetItem(m_steps,
                                         {translatedTitle(step), label ? tr(label) : status,
                                          duration > 0 ? formatDuration(duration) : QString(), signOff});
        item->setData(0, KeyRole, str(step, "step"));
        item->setToolTip(0, translatedSummary(step));
        item->setToolTip(3, signOff);
        if (status == QLatin1String("failed") || status == QLatin1String("interrupted")) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
    }
    for (int column = 0; column < 3; ++column)
        m_steps->resizeColumnToContents(column);
}

void SummaryPage::fillBackups(const QJsonObject &report)
{
    const QJsonArray backups = report.value(QLatin1String("backups")).toArray();
    for (const QJsonValue &value : backups) {
        const QJsonObject backup = value.toObject();
        auto *item
            = new QTreeWidgetItem(m_backups, {translatedTitle(backup), str(backup, "archive"), str(backup, "sha256")});
        item->setData(0, KeyRole, str(backup, "step"));
        item->setToolTip(1, str(backup, "archive"));
        item->setToolTip(2, str(backup, "sha256"));
        item->setFont(2, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_backups->setVisible(!backups.isEmpty());
    m_noBackups->setVisible(backups.isEmpty());
    m_backups->resizeColumnToContents(0);
}

// A training session ends with what a trainer talks through: the faults that were on, what was
// done about each step that went wrong, and what the playbook says to do (buildDebrief).
void SummaryPage::fillDebrief(const QJsonObject &report)
{
    const bool training = report.value(QLatin1String("training")).toBool();
    m_debrief->setVisible(training);
    m_debriefLabel->setVisible(training);
    if (!training)
        return;
    const QJsonObject debrief = report.value(QLatin1String("debrief")).toObject();
    const QJsonArray faults = debrief.value(QLatin1String("faults")).toArray();
    for (const QJsonValue &value : faults) {
        const QJsonObject fault = value.toObject();
        const QString name = QStringLiteral("%1=%2").arg(str(fault, "name"), str(fault, "mode"));
        const QString description = translatedField(fault, QStringLiteral("description"));
        auto *item = new QTreeWidgetItem(m_debrief, {tr("Fault %1").arg(name), description});
        item->setIcon(0, severityIcon(Severity::Warning));
        item->setToolTip(1, description);
        item->setData(0, CategoryRole, QStringLiteral("fault"));
    }
    if (faults.isEmpty())
        new QTreeWidgetItem(m_debrief, {tr("No fault was switched on.")});
    const QJsonArray steps = debrief.value(QLatin1String("steps")).toArray();
    for (const QJsonValue &value : steps) {
        const QJsonObject step = value.toObject();
        QStringList happened;
        for (const QJsonValue &eventValue : step.value(QLatin1String("events")).toArray()) {
            const QJsonObject event = eventValue.toObject();
            const QString what = str(event, "what");
            if (what == QLatin1String("failed"))
                happened << tr("failed: %1").arg(translatedField(event, QStringLiteral("message")));
            else if (what == QLatin1String("passed"))
                happened << tr("passed");
            else if (what == QLatin1String("cancelled"))
                happened << tr("cancelled");
            else if (what == QLatin1String("interrupted"))
                happened << tr("interrupted");
            else if (what == QLatin1String("skipped"))
                happened << tr("skipped by %1: %2").arg(str(event, "operator"), str(event, "reason"));
            else if (what == QLatin1String("confirmed"))
                happened << tr("signed off by %1").arg(str(event, "operator"));
            else if (what == QLatin1String("revoked"))
                happened << tr("revoked by %1: %2").arg(str(event, "operator"), str(event, "reason"));
        }
        const QString text = happened.join(tr("; then "));
        const QString remedy
            = str(step, "remedy").isEmpty() ? tr("(the playbook gives no remedy)") : playbookText(str(step, "remedy"));
        auto *item = new QTreeWidgetItem(m_debrief, {translatedTitle(step), elidePaths(text), remedy});
        item->setData(0, KeyRole, str(step, "step"));
        item->setIcon(0, stateIcon(StepState::Status::Failed));
        item->setToolTip(1, text);
        item->setData(1, Qt::AccessibleTextRole, text);
        item->setToolTip(2, remedy);
    }
    if (steps.isEmpty())
        new QTreeWidgetItem(m_debrief, {tr("No step failed, was skipped or had its sign-off revoked.")});
    for (const QJsonValue &value : debrief.value(QLatin1String("parameter_changes")).toArray()) {
        const QJsonObject change = value.toObject();
        QStringList lines;
        const QJsonObject values = change.value(QLatin1String("changes")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            lines << tr("%1: %2 to %3")
                         .arg(it.key(), shortValue(it.value().toObject().value(QLatin1String("old"))),
                              shortValue(it.value().toObject().value(QLatin1String("new"))));
        const QString text = tr("%1 changed %2, because: %3")
                                 .arg(str(change, "operator"), lines.join(QStringLiteral(", ")), str(change, "reason"));
        auto *item = new QTreeWidgetItem(m_debrief, {tr("Parameters changed"), text});
        item->setToolTip(1, text);
    }
    m_debrief->resizeColumnToContents(0);
    m_debrief->setColumnWidth(1, std::max(m_debrief->columnWidth(1), 320));
}

void SummaryPage::activate(const QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString key = item->data(0, KeyRole).toString();
    if (!key.isEmpty())
        Q_EMIT stepActivated(key);
}

bool SummaryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Enter on a row goes to its step; it must not reach the wizard, whose default
        // button would finish it.
        if ((watched == m_reasons || watched == m_steps || watched == m_debrief) && enter) {
            const auto *tree = static_cast<QTreeWidget *>(watched);
            if (tree->currentItem()) {
                activate(tree->currentItem());
                return true;
            }
        }
        if (watched == m_backups && key->matches(QKeySequence::Copy)) {
            QStringList lines;
            for (const QTreeWidgetItem *item : m_backups->selectedItems())
                lines << QStringLiteral("%1  %2").arg(item->text(2), item->text(1)); // sha256sum -c reads this
            if (!lines.isEmpty())
                QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

Result<void> SummaryPage::exportHtml(const QString &path) const
{
    const auto report = currentReport();
    if (!report)
        return std::unexpected(report.error());
    return writeAtomically(path, reportHtml(*report).toUtf8());
}

namespace {

// The report on pages of a given size: laid out once for the device it is painted on (so the
// HTML's lengths scale to its resolution), then painted page by page with a footer and, for
// a training session, the watermark. Paginated here rather than by QTextDocument::print,
// which adds 2 cm margins of its own and cannot put anything on every page.
class ReportPages
{
    Q_DECLARE_TR_FUNCTIONS(uw::pages::SummaryPage)
public:
    ReportPages(const QJsonObject &report, bool appendix, QPaintDevice *device, const QSizeF &area)
        : m_area(area)
    {
        const QJsonObject playbook = report.value(QLatin1String("playbook")).toObject();
        const QJsonObject decision = report.value(QLatin1String("decision")).toObject();
        m_training = report.value(QLatin1String("training")).toBool()
            || report.value(QLatin1String("session")).toObject().value(QLatin1String("training")).toBool();
        m_document.documentLayout()->setPaintDevice(device);
        m_document.setDocumentMargin(0);
        m_document.setHtml(reportHtml(report, {.appendix = appendix, .print = true}));
        m_footerFont = m_document.defaultFont();
        m_footerFont.setPointSizeF(7);
        m_watermarkFont = m_document.defaultFont();
        m_watermarkFont.setPointSizeF(96);
        m_watermarkFont.setBold(true);
        const qreal footerHeight = QFontMetricsF(m_footerFont, device).height() * 2;
        m_body = QSizeF(area.width(), area.height() - footerHeight);
        m_document.setPageSize(m_body);
        const QString verdict = str(decision, "decision") == QLatin1String("go-with-waivers") ? tr("GO with waivers")
            : decision.value(QLatin1String("go")).toBool()                                    ? tr("GO")
                                                                                              : tr("NO-GO");
        m_footer = QStringLiteral("%1 \u00b7 %2").arg(str(playbook, "id"), verdict);
        if (m_training)
            m_footer += QStringLiteral(" \u00b7 ") + tr("TRAINING");
    }

    int count() const { return m_document.pageCount(); }

    void paint(QPainter &painter, int page) const
    {
        painter.save();
        painter.translate(0, -page * m_body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, page * m_body.height()), m_body);
        painter.setClipRect(context.clip);
        m_document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.setFont(m_footerFont);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF footer(0, m_body.height(), m_body.width(), m_area.height() - m_body.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, m_footer);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(page + 1).arg(count()));
        painter.restore();

        if (m_training) {
            // Across the page, light enough to read the text under it, on every page: a
            // printout of an exercise cannot pass for a change record.
            painter.save();
            painter.translate(m_area.width() / 2, m_area.height() / 2);
            painter.rotate(-45);
            painter.setFont(m_watermarkFont);
            painter.setPen(QColor(0xa3, 0x19, 0x1b, 56));
            const QRectF box(-m_area.height() / 2, -m_area.width() / 4, m_area.height(), m_area.width() / 2);
            painter.drawText(box, Qt::AlignCenter, tr("TRAINING"));
            painter.restore();
        }
    }

private:
    QTextDocument m_document;
    QSizeF m_area;
    QSizeF m_body;
    QFont m_footerFont;
    QFont m_watermarkFont;
    QString m_footer;
    bool m_training = false;
};

} // namespace

Result<QByteArray> SummaryPage::renderPdf(const QJsonObject &report, bool appendix)
{
    // Rendered into memory first, so the file appears whole or not at all, like the others.
    QByteArray pdf;
    QBuffer buffer(&pdf);
    if (!buffer.open(QIODevice::WriteOnly))
        return std::unexpected(Error::internal(QStringLiteral("cannot open a memory buffer for the PDF")));
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(
        tr("Upgrade report: %1")
            .arg(report.value(QLatin1String("playbook")).toObject().value(QLatin1String("title")).toString()));
    writer.setCreator(str(report, "generator"));
    const ReportPages pages(report, appendix, &writer, QSizeF(writer.width(), writer.height()));
    QPainter painter;
    if (!painter.begin(&writer))
        return std::unexpected(Error::internal(QStringLiteral("cannot paint the PDF")));
    for (int page = 0; page < pages.count(); ++page) {
        if (page > 0)
            writer.newPage();
        pages.paint(painter, page);
    }
    painter.end();
    buffer.close();
    if (pdf.isEmpty())
        return std::unexpected(Error::internal(QStringLiteral("the PDF could not be rendered")));
    return pdf;
}

QList<QImage> SummaryPage::renderPages(const QJsonObject &report, bool appendix, int dpi)
{
    // A4 less the PDF's margins (180 x 270 mm), on white, as the PDF lays it out.
    const QSize size(qRound(180 / 25.4 * dpi), qRound(270 / 25.4 * dpi));
    QImage probe(size, QImage::Format_RGB32);
    const int dotsPerMetre = qRound(dpi / 0.0254);
    probe.setDotsPerMeterX(dotsPerMetre);
    probe.setDotsPerMeterY(dotsPerMetre);
    const ReportPages pages(report, appendix, &probe, QSizeF(size));
    QList<QImage> images;
    for (int page = 0; page < pages.count(); ++page) {
        QImage image = probe.copy();
        image.fill(Qt::white);
        QPainter painter(&image);
        pages.paint(painter, page);
        painter.end();
        images << image;
    }
    return images;
}

Result<void> SummaryPage::exportPdf(const QString &path) const
{
    const auto report = currentReport();
    if (!report)
        return std::unexpected(report.error());
    const auto pdf = renderPdf(*report);
    if (!pdf)
        return std::unexpected(Error::io(path, tr("the PDF could not be rendered")));
    return writeAtomically(path, *pdf);
}

Result<void> SummaryPage::exportJson(const QString &path) const
{
    const auto report = currentReport();
    if (!report)
        return std::unexpected(report.error());
    return writeReport(*report, path);
}

QString SummaryPage::suggestedFileName(const QString &suffix) const
{
    const auto report = currentReport();
    if (!report)
        return {};
    // The session folder keeps everything about this run, so the report belongs there too;
    // the name tells a change record's attachments apart.
    return QDir(m_engine->session().dir()).filePath(reportFileName(*report, suffix));
}

void SummaryPage::exportWithDialog(Format format)
{
    if (!m_engine)
        return;
    struct Choice
    {
        QString caption, suffix, filter;
    };
    const Choice choice = format == Format::Html
        ? Choice{tr("Export the report as HTML"), QStringLiteral("html"), tr("HTML documents (*.html)")}
        : format == Format::Pdf
        ? Choice{tr("Export the report as PDF"), QStringLiteral("pdf"), tr("PDF documents (*.pdf)")}
        : Choice{tr("Export the report as JSON"), QStringLiteral("json"), tr("JSON files (*.json)")};
    const QString path
        = QFileDialog::getSaveFileName(this, choice.caption, suggestedFileName(choice.suffix), choice.filter);
    if (path.isEmpty())
        return;
    const Result<void> written = format == Format::Html ? exportHtml(path)
        : format == Format::Pdf                         ? exportPdf(path)
                                                        : exportJson(path);
    if (!written) {
        m_exportStatus->setText(tr("The report was not exported."));
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The report could not be written.\n\n%1").arg(written.error().toString()));
        return;
    }
    m_exportStatus->setText(tr("Report exported to %1").arg(QDir::toNativeSeparators(path)));
    if (!m_sign->isChecked())
        return;
    if (auto signature = signExport(path); !signature)
        QMessageBox::warning(
            this, tr("Not signed"),
            tr("The report was exported, but not signed.\n\n%1").arg(signature.error().shownMessage()));
}

void SummaryPage::setSigningKey(const QString &key)
{
    m_signingKey->setText(QDir::toNativeSeparators(key));
    m_sign->setChecked(!key.isEmpty());
}

Result<QString> SummaryPage::signExport(const QString &file)
{
    const QString key = QDir::fromNativeSeparators(m_signingKey->text().trimmed());
    // ssh-keygen may take a moment (or wait for ssh-agent).
    const Result<QString> signed_ = offGuiThread([file, key] { return signature::signFile(file, key); });
    if (signed_)
        m_exportStatus->setText(tr("Report exported to %1 and signed: %2")
                                    .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(*signed_)));
    else
        m_exportStatus->setText(tr("Report exported to %1, not signed: %2")
                                    .arg(QDir::toNativeSeparators(file), signed_.error().shownMessage()));
    return signed_;
}

bool SummaryPage::showComparison(const QString &rehearsalDir)
{
    if (!m_engine)
        return false;
    // Both journals are read and replayed: off the GUI thread.
    const auto comparison
        = offGuiThread([rehearsalDir, dir = m_engine->session().dir()] { return compareSessions(rehearsalDir, dir); });
    if (!comparison) {
        // Which folder it was, and what to do, with what went wrong.
        m_exportStatus->setText(tr("Cannot compare: %1").arg(comparison.error().shownInFull()));
        return false;
    }
    DocumentDialog dialog(tr("This session beside the rehearsal"), compareHtml(*comparison), this);
    dialog.setObjectName(QStringLiteral("CompareDialog"));
    dialog.exec();
    return true;
}

} // namespace uw::pages
