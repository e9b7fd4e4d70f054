#pragma once

#include "wizard/support/processtree.h"
#include "wizard/support/specreader.h"
#include "wizard/tasks/taskrunner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTimer>

#include <expected>

namespace uw {

// Runs a local program: an argument vector (never a shell line), a working directory, extra
// environment and a timeout. Output is streamed line by line; a cancel terminates the whole
// process tree (ProcessTree) and kills it if it is still there after a grace period.
class CommandTask : public TaskRunner
{
    Q_OBJECT
public:
    static constexpr int kDefaultReadyTimeoutMs = 120000;

    struct Spec
    {
        QString program;
        QStringList args;
        QString workdir;
        QHash<QString, QString> env;
        int timeoutMs = 0; // 0: none
        QList<int> successExitCodes{0};
        QRegularExpression progressRegex; // a capture group with a percentage
        QRegularExpression failRegex; // a line matching it fails the task
        // Remote execution through the system OpenSSH client; an empty host means local.
        struct Ssh
        {
            QString host;
            QString user;
            int port = 0;
            QString identity;
            QString knownHosts;
            // The server's shell, which reads the command line: sh (POSIX, the default), cmd
            // (Windows OpenSSH's default) or powershell (a Windows server whose DefaultShell
            // is PowerShell). The argument vector is quoted for it.
            QString shell = QStringLiteral("sh");
        } ssh;
        // A service started in the background ("background"): the program is started detached
        // (it outlives the step and this program), its output appended to `output`, its id
        // written to `pidFile`; the task succeeds once it is ready: `readyPort` on `readyHost`
        // accepts connections, or a line of `readyLogFile` written after the start matches
        // `readyRegex`. It fails if the program ends first, and stops it if it is not ready
        // within `readyTimeoutMs`.
        struct Background
        {
            bool enabled = false;
            QString pidFile;
            QString output;
            QString readyHost;
            int readyPort = 0;
            QString readyLogFile;
            QRegularExpression readyRegex;
            int readyTimeoutMs = kDefaultReadyTimeoutMs;
        } background;
    };

    // The ssh argument vector that runs `program args` on spec.ssh.host: BatchMode (never a
    // password prompt), and the remote command quoted so its words arrive as given.
    static QStringList sshArguments(const Spec &spec);

    // Reads a command task object: at load time, placeholders still in it, every mistake is
    // reported through the reader (tasks::validate); parse() reads it at run time, substituted,
    // and refuses it on its first mistake.
    static Spec read(spec::Reader &reader);
    static std::expected<Spec, QString> parse(const QJsonObject &spec);

    explicit CommandTask(Spec spec, QObject *parent = nullptr);
    ~CommandTask() override;

    void start() override;
    void cancel() override;

    static constexpr int kGraceMs = 3000;
    // A line longer than this is shown cut, with a marker; the rest goes to lineTail() as it
    // comes, so a tool that prints 100 MB without a line end costs no more memory than this.
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
    static constexpr int kSshConnectionFailed = 255; // what ssh exits with when it cannot connect
    static constexpr int kPollMs = 200; // how often a background start looks for readiness

    // What a pid file written by a background start says: the id on the first line (as any
    // pid file), then "started N" (ProcessTree::startTimeOf) and "group N" (Unix).
    struct PidFile
    {
        qint64 pid = 0;
        qint64 started = 0;
        qint64 group = 0;
    };
    static std::expected<PidFile, QString> readPidFile(const QString &path);

private:
    void readLines(QProcess::ProcessChannel channel);
    void emitLines(QProcess::ProcessChannel channel, QByteArray &partial, qsizetype start, bool done);
    void stopProcessTree(bool kill);
    void finish(TaskOutcome outcome);
    // The background start.
    void startBackground();
    void pollBackground();
    bool backgroundAlive(int *exitCode) const;
    void readBackgroundOutput();
    bool logLineReady(QString *line);
    void stopBackground(TaskOutcome outcome);
    QString outputTail() const;

    Spec m_spec;
    QProcess m_process;
    ProcessTree m_tree; // declared after m_process, so it kills what is left before QProcess waits
    QTimer m_timeout;
    QTimer m_grace;
    QByteArray m_partial[2];
    bool m_inLongLine[2] = {false, false}; // the line under way was cut; its tail is being passed on
    QString m_failLine;
    QString m_firstErrorLine; // tools say what went wrong first, then where to read more
    QString m_lastErrorLine; // ssh says why it could not connect last
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_finished = false;

    // The background start: the process, where its output and the log were when it started,
    // the last lines it wrote, and the outcome to report once a stop has taken effect.
    qint64 m_bgPid = 0;
    qint64 m_bgStarted = 0;
    qint64 m_bgGroup = 0;
    void *m_bgHandle = nullptr; // Windows: kept open to read the exit code
    QTimer m_poll;
    QElapsedTimer m_readyClock;
    qint64 m_outputPos = 0;
    QByteArray m_outputPartial;
    QStringList m_outputTail;
    qint64 m_logPos = 0;
    QByteArray m_logPartial;
    QPointer<QObject> m_probe;
    bool m_portOpen = false;
    bool m_stopping = false;
    TaskOutcome m_pending;
};

} // namespace uw
