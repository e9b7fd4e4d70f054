#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include "wizard/support/text.h"

#include <memory>

namespace uw {

enum class LineLevel { Debug, Info, Warning, Error };
QString lineLevelName(LineLevel level);

// How a task ended. Each way a process can end has its own kind and message.
struct TaskOutcome
{
    enum class Kind { Success, FailedToStart, Crashed, TimedOut, Cancelled, ExitCode, Failed };
    Kind kind = Kind::Failed;
    int exitCode = -1;
    Text message; // one line: what happened

    bool succeeded() const { return kind == Kind::Success; }
    QString kindName() const; // success, failed-to-start, crashed, timed-out, cancelled, exit-code, failed
};

// Carries out one task step. Lives on the thread that uses it; long blocking work inside a
// runner goes to a worker thread, so signals arrive on the owner's thread.
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void cancel() = 0; // asynchronous; finished(Cancelled) follows

Q_SIGNALS:
    void line(uw::LineLevel level, const QString &text);
    // The rest of a line too long to show (line() gave its start, cut with a marker), in
    // pieces as it arrives: for the step's log file, which keeps every byte. `ends`: the line's
    // last piece.
    void lineTail(uw::LineLevel level, const QString &text, bool ends);
    void progress(double fraction, const uw::Text &text); // fraction in 0..1, or -1 if unknown
    void finished(const uw::TaskOutcome &outcome);
    // Output this run is making and removes itself if it fails or is cancelled; if the program
    // dies first, whoever resumes removes it. `what`: "file" (remove it), "folder" (remove it
    // and all in it: this run created it) or "contents" (empty it: it was empty before).
    void scratch(const QString &path, const QString &what);
    // A program this run started: journalled, so that a resume can tell whether it still runs.
    void processStarted(qint64 pid);
};

// Ends a line() whose rest comes through lineTail(): shown in the log panel, never written
// into the step's log file, which gets the whole line instead.
inline constexpr QLatin1StringView kLineCutMarker(" [... line cut here; the whole line is in the step's log file]");

// Where a task keeps what outlives one run: the files it backs up before changing them, and
// the progress that lets a rerun continue where a stopped run ended.
struct TaskContext
{
    QString backupDir; // <session>/backups/<step>
    QString stateFile; // <session>/state/<step>.jsonl
};

// A runner for a task object whose placeholders are already substituted, or nullptr with
// `error` set when the object cannot be run (the error names the field).
std::unique_ptr<TaskRunner> createTaskRunner(const QJsonObject &spec, const TaskContext &context, QString *error);

} // namespace uw
