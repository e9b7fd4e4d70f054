#pragma once

#include "wizard/tasks/taskrunner.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace uw::pages {

class LogFilterModel;
class LogModel;
class LogView;

// The live log of a run: every line of the tasks and checks, filtered by level (Info and above
// at first: debug lines are there when asked for), node, step and text, with the text marked
// where it occurs, following the newest line unless the user scrolls up. Copy takes the
// selected lines; "Open full log" opens the chosen step's own log file (else the step of the
// current line's, else the file or folder setLogFilePath() gave), which keeps what the panel
// shortens; where nothing on the computer opens it, a small dialog shows its path to copy.
//
// Lines are cheap to append (a million in a couple of seconds): connect Engine::logLine to
// appendFromEngine, or call append() directly.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(QWidget *parent = nullptr);
    ~LogPanel() override;

    void append(uw::LineLevel level, const QString &node, const QString &text);
    // What "Open full log" opens when no step's own file applies (the session's logs folder);
    // empty: only steps' files.
    void setLogFilePath(const QString &path);
    QString logFilePath() const { return m_logFilePath; }
    // A step the step filter offers, in the order added: its key (as Engine::logLine gives
    // it), its title as the page shows it, the node it runs on (the node column is made wide
    // enough for it before it logs) and its own log file (Session::logPath).
    void addStep(const QString &key, const QString &title, const QString &node = {}, const QString &logFile = {});
    struct StepEntry
    {
        QString key;
        QString title;
        QString node;
        QString logFile;
    };
    // The steps at once, replacing those added before.
    void setSteps(const QList<StepEntry> &steps);
    // The step key the step filter shows; empty for all steps.
    QString chosenStep() const;
    void chooseStep(const QString &key);
    // What "Open full log" opens now (see above); empty when there is nothing to open.
    QString fullLogPath() const;
    // How a path is handed to the desktop: QDesktopServices::openUrl unless replaced (tests);
    // false means nothing could open it, and the path is shown to copy instead.
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener);
    // Removes every line, the node filter's nodes and the steps; the filters themselves stay,
    // and a chosen step is chosen again when it is added again.
    void clear();

    LogModel *model() const { return m_model; }
    LogFilterModel *filterModel() const { return m_filter; }
    LogView *view() const { return m_view; }

    bool followTail() const;
    void setFollowTail(bool follow);

public Q_SLOTS:
    // Matches Engine::logLine; the step key is kept with the line (LogModel::StepKeyRole).
    void appendFromEngine(const QString &key, uw::LineLevel level, const QString &node, const QString &text);
    // Copies the selected lines to the clipboard.
    void copySelection();
    void openFullLog();

private:
    void addNode(const QString &node);
    void updateCount();
    void updateOpenLog();
    void removeSteps();
    void showLogPath(const QString &path);

    LogModel *m_model = nullptr;
    LogFilterModel *m_filter = nullptr;
    LogView *m_view = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QComboBox *m_nodeFilter = nullptr;
    QComboBox *m_stepFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_openLog = nullptr;
    QLabel *m_count = nullptr;
    QString m_logFilePath;
    QHash<QString, QString> m_stepLogFiles; // step key -> its log file
    QString m_stepToChoose; // chosen before a clear: chosen again once added again
    UrlOpener m_openUrl;
};

} // namespace uw::pages
