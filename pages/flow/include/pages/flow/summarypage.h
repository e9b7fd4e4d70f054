#pragma once

#include "wizard/support/error.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QWizardPage>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace uw {
class Engine;
}

namespace uw::pages {

// The last page: the go/no-go decision in large words with the blockers counted by kind
// ("NO-GO: 3 failed, 26 not run"), every reason as a row that leads to its step (failed,
// not run, skipped, waived, warning: each its own word and mark, the message first, the
// playbook's remedy under each failure), how long each step took, the backups with their
// checksums, for a training session its debrief, and the report exported as HTML, PDF or JSON. Everything shown comes
// from Engine::decision() and buildReport(), the same objects the headless runner prints and writes.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SummaryPage(QWidget *parent = nullptr);

    // The engine must outlive the page, or be set to nullptr first. The page follows its
    // steps: a step that finishes while the page is shown refreshes it.
    void setEngine(const uw::Engine *engine);
    const uw::Engine *engine() const { return m_engine; }

    // Rebuilds everything from the engine's decision and report.
    void refresh();

    // The report as it is now, written atomically; the buttons ask for a file and call these.
    Result<void> exportHtml(const QString &path) const;
    Result<void> exportPdf(const QString &path) const;
    Result<void> exportJson(const QString &path) const;

    // The report as the PDF the export writes: A4, the HTML report laid out full width, a
    // footer with the page number, and for a training session "TRAINING" across every page.
    // `appendix` false renders the main part only (what a change record needs).
    static Result<QByteArray> renderPdf(const QJsonObject &report, bool appendix = true);
    // The same pages as images at `dpi` (the area inside the PDF's margins), to look at.
    static QList<QImage> renderPages(const QJsonObject &report, bool appendix = true, int dpi = 100);

    // Where an export is offered to go: the session folder, under reportFileName's
    // <playbook>-<yyyyMMdd-HHmm>-<GO|NO-GO>.<suffix>; empty without a session.
    QString suggestedFileName(const QString &suffix) const;

    void initializePage() override;

    // "Compare with a rehearsal...": this session beside the one in `rehearsalDir` (A the
    // rehearsal, B this one), in a dialog, as `upgrade-wizard compare` writes it. False, with
    // the reason under the buttons, when they cannot be compared.
    bool showComparison(const QString &rehearsalDir);

    // "Sign exports with SSH key": each report exported is then signed with `key` (ssh-keygen
    // -Y sign on a worker thread; `<file>.sig` beside it, checked by `upgrade-wizard verify`).
    // Empty: exports are not signed.
    void setSigningKey(const QString &key);
    // Signs `file` with the key set (the export buttons call it after writing); the signature's
    // path, or why it was not made. Waits for ssh-keygen without blocking the window.
    Result<QString> signExport(const QString &file);

Q_SIGNALS:
    // A blocker or warning was chosen: the wizard shows the page of that step.
    void stepActivated(const QString &stepKey);
    // "Change a parameter...": the wizard opens the dialog.
    void changeParameterRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Format { Html, Pdf, Json };
    Result<QJsonObject> currentReport() const;
    void fillBanner(const QJsonObject &decision);
    void fillReasons(const QJsonObject &decision);
    QString blockerCounts(const QJsonObject &decision) const;
    QString problemText(const QJsonObject &reason) const;
    void fillDebrief(const QJsonObject &report);
    void fillSteps(const QJsonObject &report);
    QString translatedTitle(const QJsonObject &entry) const;
    void fillBackups(const QJsonObject &report);
    void activate(const QTreeWidgetItem *item);
    void exportWithDialog(Format format);

    const uw::Engine *m_engine = nullptr;
    QPushButton *m_compare = nullptr;
    QCheckBox *m_sign = nullptr; // sign exports
    QLineEdit *m_signingKey = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_headline = nullptr;
    QTreeWidget *m_reasons = nullptr;
    QPushButton *m_goToStep = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_backupsLabel = nullptr;
    QLabel *m_noBackups = nullptr;
    QTreeWidget *m_backups = nullptr;
    QLabel *m_debriefLabel = nullptr;
    QTreeWidget *m_debrief = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportJson = nullptr;
    QLabel *m_exportStatus = nullptr;
    QPushButton *m_changeParameter = nullptr;
};

} // namespace uw::pages
