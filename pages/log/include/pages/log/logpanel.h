#pragma once

#include "wizard/tasks/taskrunner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace uw::pages {

class LogFilterModel;
class LogModel;
class LogView;

// The live log of a run: every line of the tasks and checks, filtered by level, node and text,
// following the newest line unless the user scrolls up. Copy takes the selected lines; "Open
// full log" opens the session's log file, which keeps what the panel shortens.
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
    // The file "Open full log" opens; empty disables the button.
    void setLogFilePath(const QString &path);
    QString logFilePath() const { return m_logFilePath; }
    // Removes every line and the node filter's nodes; the filters themselves stay.
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

    LogModel *m_model = nullptr;
    LogFilterModel *m_filter = nullptr;
    LogView *m_view = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QComboBox *m_nodeFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_openLog = nullptr;
    QLabel *m_count = nullptr;
    QString m_logFilePath;
};

} // namespace uw::pages
