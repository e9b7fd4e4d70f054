#pragma once

#include "wizard/support/error.h"

#include <QJsonObject>
#include <QWizardPage>

class QFrame;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace uw {
class Engine;
}

namespace uw::pages {

// The last page: the go/no-go decision in large words, every blocker and warning as a row
// that leads to its step, how long each step took, the backups with their checksums, and
// the report exported as HTML, PDF or JSON. Everything shown comes from Engine::decision()
// and buildReport(), the same objects the headless runner prints and writes.
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

    void initializePage() override;

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
    void fillSteps(const QJsonObject &report);
    QString translatedTitle(const QJsonObject &entry) const;
    void fillBackups(const QJsonObject &report);
    void activate(const QTreeWidgetItem *item);
    void exportWithDialog(Format format);

    const uw::Engine *m_engine = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_headline = nullptr;
    QTreeWidget *m_reasons = nullptr;
    QPushButton *m_goToStep = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_backupsLabel = nullptr;
    QLabel *m_noBackups = nullptr;
    QTreeWidget *m_backups = nullptr;
    QPushButton *m_exportHtml = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportJson = nullptr;
    QLabel *m_exportStatus = nullptr;
    QPushButton *m_changeParameter = nullptr;
};

} // namespace uw::pages
