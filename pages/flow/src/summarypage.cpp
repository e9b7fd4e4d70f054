#include "pages/flow/summarypage.h"

#include "pages/widgets/playbooktext.h"
#include "wizard/report/report.h"
#include "wizard/report/reporthtml.h"
#include "wizard/run/engine.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uw::pages {

namespace {

constexpr int KeyRole = Qt::UserRole; // the step key of a row

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
    , m_exportHtml(new QPushButton(tr("Export &HTML…"), this))
    , m_exportPdf(new QPushButton(tr("Export &PDF…"), this))
    , m_exportJson(new QPushButton(tr("Export &JSON…"), this))
    , m_exportStatus(new QLabel(this))
    , m_changeParameter(new QPushButton(tr("Change a &parameter..."), this))
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
    exportRow->addStretch();
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_changeParameter->setObjectName(QStringLiteral("changeParameter"));
    m_changeParameter->setToolTip(tr("Correct a value of the form, with a reason: the steps it touches are to be done "
                                     "again"));
    m_changeParameter->setAutoDefault(false);
    connect(m_changeParameter, &QPushButton::clicked, this, &SummaryPage::changeParameterRequested);

    auto *reasonsRow = new QHBoxLayout;
    reasonsRow->addWidget(reasonsLabel, 1);
    reasonsRow->addWidget(m_changeParameter);
    reasonsRow->addWidget(m_goToStep);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(reasonsRow);
    layout->addWidget(m_reasons, 2);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 3);
    layout->addWidget(m_backupsLabel);
    layout->addWidget(m_noBackups);
    layout->addWidget(m_backups, 1);
    layout->addLayout(exportRow);
    layout->addWidget(m_exportStatus);

    setTabOrder(m_reasons, m_goToStep);
    setTabOrder(m_goToStep, m_steps);
    setTabOrder(m_steps, m_backups);
    setTabOrder(m_backups, m_exportHtml);
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
        return;
    }
    const QJsonObject report = buildReport(*m_engine);
    const QJsonObject decision = report.value(QLatin1String("decision")).toObject();
    fillBanner(decision);
    fillReasons(decision);
    fillSteps(report);
    fillBackups(report);
}

void SummaryPage::fillBanner(const QJsonObject &decision)
{
    const QString verdict = str(decision, "decision");
    const bool waived = verdict == QLatin1String("go-with-waivers");
    const bool go = verdict == QLatin1String("go") || waived;
    const int blockers = int(decision.value(QLatin1String("blockers")).toArray().size());
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
        detail = tr("%n blocker(s) stop the upgrade.", nullptr, blockers);
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

void SummaryPage::fillReasons(const QJsonObject &decision)
{
    const auto add = [this](const QJsonArray &reasons, const QString &kind, QStyle::StandardPixmap icon) {
        for (const QJsonValue &value : reasons) {
            const QJsonObject reason = value.toObject();
            auto *item = new QTreeWidgetItem(m_reasons, {kind, translatedTitle(reason), str(reason, "problem")});
            item->setIcon(0, style()->standardIcon(icon));
            item->setData(0, KeyRole, str(reason, "step"));
            item->setToolTip(2, str(reason, "problem"));
            item->setToolTip(1, tr("Step %1").arg(str(reason, "step")));
        }
    };
    add(decision.value(QLatin1String("blockers")).toArray(), tr("Blocker"), QStyle::SP_MessageBoxCritical);
    add(decision.value(QLatin1String("waivers")).toArray(), tr("Waiver"), QStyle::SP_MessageBoxInformation);
    add(decision.value(QLatin1String("warnings")).toArray(), tr("Warning"), QStyle::SP_MessageBoxWarning);
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
            = new QTreeWidgetItem(m_backups, {str(backup, "title"), str(backup, "archive"), str(backup, "sha256")});
        item->setData(0, KeyRole, str(backup, "step"));
        item->setToolTip(1, str(backup, "archive"));
        item->setToolTip(2, str(backup, "sha256"));
        item->setFont(2, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_backups->setVisible(!backups.isEmpty());
    m_noBackups->setVisible(backups.isEmpty());
    m_backups->resizeColumnToContents(0);
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
        if ((watched == m_reasons || watched == m_steps) && enter) {
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

Result<void> SummaryPage::exportPdf(const QString &path) const
{
    const auto report = currentReport();
    if (!report)
        return std::unexpected(report.error());
    // Rendered into memory first, so the file appears whole or not at all, like the others.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        if (!buffer.open(QIODevice::WriteOnly))
            return std::unexpected(Error::internal(QStringLiteral("cannot open a memory buffer for the PDF")));
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(
            tr("Upgrade report: %1")
                .arg(report->value(QLatin1String("playbook")).toObject().value(QLatin1String("title")).toString()));
        writer.setCreator(report->value(QLatin1String("generator")).toString());
        QTextDocument document;
        document.setHtml(reportHtml(*report));
        document.print(&writer);
    }
    if (pdf.isEmpty())
        return std::unexpected(Error::io(path, tr("the PDF could not be rendered")));
    return writeAtomically(path, pdf);
}

Result<void> SummaryPage::exportJson(const QString &path) const
{
    const auto report = currentReport();
    if (!report)
        return std::unexpected(report.error());
    return writeReport(*report, path);
}

void SummaryPage::exportWithDialog(Format format)
{
    if (!m_engine)
        return;
    struct Choice
    {
        QString caption, fileName, filter;
    };
    const Choice choice = format == Format::Html
        ? Choice{tr("Export the report as HTML"), QStringLiteral("report.html"), tr("HTML documents (*.html)")}
        : format == Format::Pdf
        ? Choice{tr("Export the report as PDF"), QStringLiteral("report.pdf"), tr("PDF documents (*.pdf)")}
        : Choice{tr("Export the report as JSON"), QStringLiteral("report.json"), tr("JSON files (*.json)")};
    // The session folder keeps everything about this run, so the report belongs there too.
    const QString suggested = QDir(m_engine->session().dir()).filePath(choice.fileName);
    const QString path = QFileDialog::getSaveFileName(this, choice.caption, suggested, choice.filter);
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
}

} // namespace uw::pages
