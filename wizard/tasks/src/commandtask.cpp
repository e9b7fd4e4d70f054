#include "wizard/tasks/commandtask.h"

#include "networkrunners.h"
#include "taskspec_support.h"

#include "wizard/support/fileops.h"
#include "wizard/support/ondemand.h"
#include "wizard/support/processtree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <limits>

#ifdef Q_OS_WIN
// std::numeric_limits<int>::min() below must not meet the min macro of windows.h.
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace uw {

namespace {

// "background": {"pid_file", "output", "ready": {"tcp_port", "host"} | {"log_file", "regex"},
// "ready_timeout_ms"}. A background start ends when the service is ready, not when the
// program ends, so the keys about how a program ends do not go with it.
void readBackground(spec::Reader &reader, const QJsonObject &object, bool remote, CommandTask::Spec &spec)
{
    using spec::Need;
    auto &background = spec.background;
    background.enabled = true;
    spec::Reader bg = reader.child(QStringLiteral("background"), object);
    bg.allowKeys({QStringLiteral("pid_file"), QStringLiteral("output"), QStringLiteral("ready"),
                  QStringLiteral("ready_timeout_ms")});
    background.pidFile = bg.string(QStringLiteral("pid_file"), Need::Required).value_or(QString());
    background.output = bg.string(QStringLiteral("output")).value_or(QString());
    if (background.output.isEmpty() && !background.pidFile.isEmpty())
        background.output
            = (background.pidFile.endsWith(QLatin1String(".pid")) ? background.pidFile.chopped(4) : background.pidFile)
            + QStringLiteral(".out");
    background.readyTimeoutMs
        = int(bg.milliseconds(QStringLiteral("ready_timeout_ms")).value_or(CommandTask::kDefaultReadyTimeoutMs));
    if (const auto ready = bg.object(QStringLiteral("ready"), Need::Required)) {
        spec::Reader r = bg.child(QStringLiteral("ready"), *ready);
        r.allowKeys(
            {QStringLiteral("tcp_port"), QStringLiteral("host"), QStringLiteral("log_file"), QStringLiteral("regex")});
        const bool port = ready->contains(QLatin1String("tcp_port"));
        const bool log = ready->contains(QLatin1String("log_file"));
        if (port == log)
            r.error(QString(),
                    QStringLiteral("give either tcp_port (and host) or log_file (and regex): how to tell that the "
                                   "service is ready"));
        if (port) {
            background.readyPort = int(r.integer(QStringLiteral("tcp_port"), 1, 65535, Need::Required).value_or(0));
            background.readyHost = r.string(QStringLiteral("host")).value_or(QStringLiteral("localhost"));
            if (ready->contains(QLatin1String("regex")))
                r.error(QStringLiteral("regex"), QStringLiteral("goes with log_file, not with tcp_port"));
        }
        if (log) {
            background.readyLogFile = r.string(QStringLiteral("log_file"), Need::Required).value_or(QString());
            background.readyRegex = r.regex(QStringLiteral("regex"), Need::Required).value_or(QRegularExpression());
            if (ready->contains(QLatin1String("host")))
                r.error(QStringLiteral("host"), QStringLiteral("goes with tcp_port, not with log_file"));
        }
    }
    if (remote || reader.has(QStringLiteral("ssh")))
        reader.error(QStringLiteral("background"),
                     QStringLiteral("starts a local program only; it does not go with remote or ssh"));
    for (const QString &key : {QStringLiteral("timeout_ms"), QStringLiteral("success_exit_codes"),
                               QStringLiteral("progress_regex"), QStringLiteral("fail_regex")})
        if (reader.has(key))
            reader.error(key,
                         QStringLiteral("does not go with background: a background start ends when the service is "
                                        "ready (background.ready_timeout_ms bounds the wait), not when the program "
                                        "ends"));
}

} // namespace

CommandTask::Spec CommandTask::read(spec::Reader &reader)
{
    using spec::Need;
    Spec spec;
    reader.allowKeys(tasks::detail::withCommonKeys(
        {QStringLiteral("program"), QStringLiteral("args"), QStringLiteral("workdir"), QStringLiteral("env"),
         QStringLiteral("remote"), QStringLiteral("ssh"), QStringLiteral("success_exit_codes"),
         QStringLiteral("progress_regex"), QStringLiteral("fail_regex"), QStringLiteral("background")}));
    spec.program = reader.string(QStringLiteral("program"), Need::Required).value_or(QString());
    spec.args = reader.stringList(QStringLiteral("args")).value_or(QStringList());
    spec.workdir = reader.text(QStringLiteral("workdir")).value_or(QString());
    if (const auto env = reader.object(QStringLiteral("env"))) {
        for (auto it = env->begin(); it != env->end(); ++it) {
            if (it.value().isString())
                spec.env.insert(it.key(), it.value().toString());
            else
                reader.error(QStringLiteral("env.") + it.key(),
                             QStringLiteral("expected a string, got %1").arg(spec::describe(it.value())));
        }
    }
    spec.timeoutMs = tasks::detail::timeoutOf(reader);
    if (const auto codes = reader.array(QStringLiteral("success_exit_codes"))) {
        // Exit codes are ints: Windows tools answer 3010 ("done, restart needed") and more.
        spec.successExitCodes.clear();
        if (codes->isEmpty())
            reader.error(QStringLiteral("success_exit_codes"),
                         QStringLiteral("expected at least one exit code: with none, the command always fails"));
        for (qsizetype i = 0; i < codes->size(); ++i) {
            const QJsonValue code = codes->at(i);
            if (reader.leftForRun(QStringLiteral("success_exit_codes[%1]").arg(i), code))
                continue;
            const auto number = reader.integerIn(reader.judged(code) ? QJsonValue(*reader.judged(code)) : code,
                                                 std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            if (number)
                spec.successExitCodes << int(*number);
            else
                reader.error(QStringLiteral("success_exit_codes[%1]").arg(i),
                             QStringLiteral("%1 (an exit code), got %2")
                                 .arg(spec::Reader::integerExpectation(std::numeric_limits<int>::min(),
                                                                       std::numeric_limits<int>::max()),
                                      spec::describe(code)));
        }
    }
    // "remote": "${node.remote}" arrives substituted, as text.
    const bool remote = reader.boolean(QStringLiteral("remote")).value_or(false);
    if (const auto ssh = reader.object(QStringLiteral("ssh"))) {
        spec::Reader sshReader = reader.child(QStringLiteral("ssh"), *ssh);
        sshReader.allowKeys({QStringLiteral("host"), QStringLiteral("user"), QStringLiteral("port"),
                             QStringLiteral("identity"), QStringLiteral("known_hosts"), QStringLiteral("shell")});
        spec.ssh.shell = sshReader
                             .choice(QStringLiteral("shell"),
                                     {QStringLiteral("sh"), QStringLiteral("cmd"), QStringLiteral("powershell")})
                             .value_or(QStringLiteral("sh"));
        // cmd.exe expands %NAME% even inside quotes, and a quote in a word would end its
        // quoting: such a word cannot reach the program as given.
        if (remote && spec.ssh.shell == u"cmd") {
            QStringList words{QStringLiteral("program"), QStringLiteral("workdir")};
            for (qsizetype i = 0; i < spec.args.size(); ++i)
                words << QStringLiteral("args[%1]").arg(i);
            const QStringList values = QStringList{spec.program, spec.workdir} + spec.args;
            for (qsizetype i = 0; i < values.size(); ++i) {
                static const QRegularExpression unsafe(QStringLiteral("[%\"\r\n]"));
                const QString key = words.at(i);
                const QString value = values.at(i);
                if (value.contains(unsafe) && !reader.deferredText(value))
                    reader.error(key,
                                 QStringLiteral("\"%1\" cannot be passed through cmd.exe (ssh.shell cmd): it "
                                                "holds %, a double quote or a line end")
                                     .arg(value));
            }
        }
        spec.ssh.host = sshReader.text(QStringLiteral("host")).value_or(QString());
        spec.ssh.user = sshReader.text(QStringLiteral("user")).value_or(QString());
        spec.ssh.identity = sshReader.text(QStringLiteral("identity")).value_or(QString());
        spec.ssh.knownHosts = sshReader.text(QStringLiteral("known_hosts")).value_or(QString());
        // The engine fills the port from the node's ssh_port attribute, empty when it has none.
        const QJsonValue port = ssh->value(QLatin1String("port"));
        if (!(port.isString() && port.toString().trimmed().isEmpty()))
            spec.ssh.port = int(sshReader.integer(QStringLiteral("port"), 1, 65535).value_or(0));
    }
    if (!remote) {
        spec.ssh = {};
    } else if (spec.ssh.host.isEmpty() && reader.mode() == spec::Mode::Run) {
        // In a foreach the engine gives the node's host; the playbook may name one itself.
        reader.error(QStringLiteral("remote"),
                     QStringLiteral("no host to run on; give ssh.host, or run the task in a foreach over nodes"));
    }
    spec.progressRegex = reader.regex(QStringLiteral("progress_regex")).value_or(QRegularExpression());
    spec.failRegex = reader.regex(QStringLiteral("fail_regex")).value_or(QRegularExpression());
    if (const auto background = reader.object(QStringLiteral("background")))
        readBackground(reader, *background, remote, spec);
    return spec;
}

std::expected<CommandTask::Spec, QString> CommandTask::parse(const QJsonObject &json)
{
    return tasks::detail::parseAtRunTime(json, &CommandTask::read);
}

namespace {

// POSIX shell quoting: the remote sshd hands the command line to the user's shell.
QString shellQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (!word.isEmpty() && safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

// For cmd.exe, which hands the rest of the line to the program: the program splits it by the
// Windows rules (CommandLineToArgvW), so a word with a space goes in double quotes, and the
// backslashes before the closing quote are doubled. Words holding % or " are refused earlier.
QString cmdQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@+=:,./\\\\-]+$"));
    if (!word.isEmpty() && safe.match(word).hasMatch())
        return word;
    QString trailing;
    for (qsizetype i = word.size() - 1; i >= 0 && word.at(i) == u'\\'; --i)
        trailing += u'\\';
    return u'"' + word + trailing + u'"';
}

// For PowerShell: a single-quoted string is taken literally, a ' inside it doubled.
QString powershellQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(u'\'', QLatin1String("''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QStringList CommandTask::sshArguments(const Spec &spec)
{
    QStringList args{QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                     QStringLiteral("ConnectTimeout=15")};
    if (spec.ssh.port > 0)
        args << QStringLiteral("-p") << QString::number(spec.ssh.port);
    if (!spec.ssh.identity.isEmpty())
        args << QStringLiteral("-i") << spec.ssh.identity << QStringLiteral("-o")
             << QStringLiteral("IdentitiesOnly=yes");
    if (!spec.ssh.knownHosts.isEmpty())
        args << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + spec.ssh.knownHosts
             << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=yes");
    if (!spec.ssh.user.isEmpty())
        args << QStringLiteral("-l") << spec.ssh.user;
    const QString &shell = spec.ssh.shell;
    const auto quote = [&](const QString &word) {
        return shell == u"cmd" ? cmdQuote(word) : shell == u"powershell" ? powershellQuote(word) : shellQuote(word);
    };
    QStringList words{quote(spec.program)};
    for (const QString &arg : spec.args)
        words << quote(arg);
    QString command = words.join(u' ');
    if (shell == u"powershell") {
        // The call operator runs the quoted program; its exit code becomes the session's.
        command = QStringLiteral("& ") + command + QStringLiteral("; exit $LASTEXITCODE");
        if (!spec.workdir.isEmpty())
            command.prepend(
                QStringLiteral("Set-Location -LiteralPath %1 -ErrorAction Stop; ").arg(quote(spec.workdir)));
    } else if (!spec.workdir.isEmpty()) {
        // cmd's cd changes the drive too only with /d.
        command.prepend(
            (shell == u"cmd" ? QStringLiteral("cd /d %1 && ") : QStringLiteral("cd %1 && ")).arg(quote(spec.workdir)));
    }
    args << QStringLiteral("--") << spec.ssh.host << command;
    return args;
}

CommandTask::CommandTask(Spec spec, QObject *parent)
    : TaskRunner(parent)
    , m_spec(std::move(spec))
{
    m_timeout.setSingleShot(true);
    m_grace.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        Q_EMIT line(LineLevel::Error,
                    QStringLiteral("no result after %1 s; stopping the process").arg(m_spec.timeoutMs / 1000.0));
        stopProcessTree(false);
    });
    connect(&m_grace, &QTimer::timeout, this, [this] {
        Q_EMIT line(LineLevel::Warning, QStringLiteral("the process ignored the request to stop; killing it"));
        if (m_spec.background.enabled) {
            ProcessTree::stopDetached(m_bgPid, m_bgGroup, true);
            finish(m_pending);
            return;
        }
        stopProcessTree(true);
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &CommandTask::pollBackground);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { readLines(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { readLines(QProcess::StandardError); });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish({TaskOutcome::Kind::FailedToStart, -1,
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not start %1: %2"), m_spec.program,
                         m_process.errorString())});
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        // Stopped on purpose: what it started goes with it, even what ignored the request.
        if (m_cancelled || m_timedOut)
            m_tree.kill(m_process);
        readLines(QProcess::StandardOutput);
        readLines(QProcess::StandardError);
        const QString name = QFileInfo(m_spec.program).fileName();
        if (m_cancelled)
            finish({TaskOutcome::Kind::Cancelled, -1,
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "cancelled; %1 was stopped"), name)});
        else if (m_timedOut)
            finish({TaskOutcome::Kind::TimedOut, -1,
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 did not finish within %2 s and was stopped"), name,
                         m_spec.timeoutMs / 1000.0)});
        else if (!m_spec.ssh.host.isEmpty() && exitCode == kSshConnectionFailed && status == QProcess::NormalExit)
            finish({TaskOutcome::Kind::FailedToStart, exitCode,
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not run %1 on %2 over SSH: %3"), name, m_spec.ssh.host,
                         m_lastErrorLine.isEmpty() ? QStringLiteral("ssh exited with 255") : m_lastErrorLine)});
        else if (status == QProcess::CrashExit)
            finish({TaskOutcome::Kind::Crashed, -1, Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 crashed"), name)});
        else if (!m_spec.successExitCodes.contains(exitCode))
            // The tool's own complaint says more than its exit code.
            finish({TaskOutcome::Kind::ExitCode, exitCode,
                    !m_failLine.isEmpty() || !m_firstErrorLine.isEmpty()
                        ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 exited with code %2: %3"), name, exitCode,
                               !m_failLine.isEmpty() ? m_failLine : m_firstErrorLine)
                        : Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 exited with code %2"), name, exitCode)});
        else if (!m_failLine.isEmpty())
            finish({TaskOutcome::Kind::Failed, exitCode,
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 reported an error: %2"), name, m_failLine)});
        else
            finish(
                {TaskOutcome::Kind::Success, exitCode, Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 completed"), name)});
    });
}

CommandTask::~CommandTask()
{
    // Going away while waiting for the service: what it started does not stay behind.
    if (m_spec.background.enabled && m_bgPid > 0 && (!m_finished || m_stopping)) {
        m_finished = true;
        ProcessTree::stopDetached(m_bgPid, m_bgGroup, true);
        QFile::remove(m_spec.background.pidFile);
    }
#ifdef Q_OS_WIN
    if (m_bgHandle)
        CloseHandle(m_bgHandle);
#endif
    if (m_process.state() != QProcess::NotRunning) {
        m_finished = true; // no signals from a dying object
        stopProcessTree(true);
        m_process.waitForFinished(1000);
    }
}

void CommandTask::start()
{
    if (m_spec.background.enabled) {
        startBackground();
        return;
    }
    if (!m_spec.workdir.isEmpty() && m_spec.ssh.host.isEmpty()) {
        if (!QFileInfo(m_spec.workdir).isDir()) {
            finish({TaskOutcome::Kind::FailedToStart, -1,
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not start %1: working directory %2 does not exist"),
                         m_spec.program, m_spec.workdir)});
            return;
        }
        m_process.setWorkingDirectory(m_spec.workdir);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_spec.env.begin(); it != m_spec.env.end(); ++it)
        env.insert(it.key(), it.value());
    m_process.setProcessEnvironment(env);
    m_tree.prepare(m_process);
    if (m_spec.timeoutMs > 0)
        m_timeout.start(m_spec.timeoutMs);
    if (!m_spec.ssh.host.isEmpty()) {
        const QStringList args = sshArguments(m_spec);
        Q_EMIT line(LineLevel::Debug, QStringLiteral("starting on %1: %2").arg(m_spec.ssh.host, args.last()));
        const ProcessLaunch launch = ProcessLaunch::resolve(QStringLiteral("ssh"), args);
        m_process.start(launch.program, launch.args);
        m_tree.adopt(m_process);
        if (m_process.processId() > 0)
            Q_EMIT processStarted(m_process.processId());
        return;
    }
    const ProcessLaunch launch = ProcessLaunch::resolve(m_spec.program, m_spec.args);
    Q_EMIT line(LineLevel::Debug, QStringLiteral("starting %1 %2").arg(launch.program, launch.args.join(u' ')));
    m_process.start(launch.program, launch.args);
    m_tree.adopt(m_process);
    if (m_process.processId() > 0)
        Q_EMIT processStarted(m_process.processId());
}

void CommandTask::cancel()
{
    if (m_spec.background.enabled) {
        if (!m_finished && !m_stopping && m_bgPid > 0) {
            m_cancelled = true;
            stopBackground(
                {TaskOutcome::Kind::Cancelled, -1,
                 Text(QT_TRANSLATE_NOOP("uw::Outcome", "cancelled while waiting for %1 to be ready; it was stopped"),
                      QFileInfo(m_spec.program).fileName())});
        }
        return;
    }
    if (m_finished || m_process.state() == QProcess::NotRunning)
        return;
    m_cancelled = true;
    stopProcessTree(false);
}

void CommandTask::stopProcessTree(bool kill)
{
    if (m_process.processId() <= 0)
        return;
    if (kill)
        m_tree.kill(m_process);
    else
        m_tree.terminate(m_process);
    if (!kill)
        m_grace.start(kGraceMs);
}

void CommandTask::readLines(QProcess::ProcessChannel channel)
{
    m_process.setReadChannel(channel);
    const int index = channel == QProcess::StandardOutput ? 0 : 1;
    QByteArray &partial = m_partial[index];
    bool &inLongLine = m_inLongLine[index];
    const LineLevel level = channel == QProcess::StandardError ? LineLevel::Warning : LineLevel::Info;
    const bool done = m_process.state() == QProcess::NotRunning;
    // Read in pieces, so that a flood without line ends never sits in memory whole.
    while (true) {
        const QByteArray piece = m_process.read(kMaxLineBytes);
        if (piece.isEmpty())
            break;
        partial += piece;
        qsizetype start = 0;
        if (inLongLine) {
            // The tail of a cut line: on to the log file, up to its end.
            const qsizetype end = partial.indexOf('\n');
            QByteArray tail = partial.left(end < 0 ? partial.size() : end);
            if (end >= 0 && tail.endsWith('\r')) // a Windows line end, as for every other line
                tail.chop(1);
            Q_EMIT lineTail(level, QString::fromLocal8Bit(tail), end >= 0);
            if (end < 0) {
                partial.clear();
                continue;
            }
            inLongLine = false;
            start = end + 1;
        }
        emitLines(channel, partial, start, false);
        if (partial.size() > kMaxLineBytes) {
            // No line end in sight: show the start, cut, and pass the rest on as it comes.
            const QString shown = QString::fromLocal8Bit(partial.left(kMaxLineBytes));
            Q_EMIT line(level, shown + kLineCutMarker);
            Q_EMIT lineTail(level, QString::fromLocal8Bit(partial.mid(kMaxLineBytes)), false);
            partial.clear();
            inLongLine = true;
        }
    }
    if (done) {
        if (inLongLine) {
            Q_EMIT lineTail(level, QString::fromLocal8Bit(partial), true);
            partial.clear();
            inLongLine = false;
        }
        emitLines(channel, partial, 0, true);
    }
}

// Emits the complete lines of partial from start on (and, when the process has ended, the
// last one without a line end), and keeps what is left.
void CommandTask::emitLines(QProcess::ProcessChannel channel, QByteArray &partial, qsizetype start, bool done)
{
    while (true) {
        qsizetype end = partial.indexOf('\n', start);
        if (end < 0) {
            if (!done || start >= partial.size())
                break;
            end = partial.size();
        }
        QString text = QString::fromLocal8Bit(partial.mid(start, end - start));
        if (text.endsWith(u'\r'))
            text.chop(1);
        start = end + 1;
        if (m_spec.failRegex.pattern().size() && m_failLine.isEmpty() && m_spec.failRegex.match(text).hasMatch())
            m_failLine = text;
        if (m_spec.progressRegex.pattern().size()) {
            const auto match = m_spec.progressRegex.match(text);
            if (match.hasMatch())
                Q_EMIT progress(qBound(0.0, match.captured(1).toDouble() / 100.0, 1.0), Text::verbatim(text));
        }
        if (channel == QProcess::StandardError && !text.trimmed().isEmpty()) {
            if (m_firstErrorLine.isEmpty())
                m_firstErrorLine = text.trimmed();
            m_lastErrorLine = text.trimmed();
        }
        Q_EMIT line(channel == QProcess::StandardError ? LineLevel::Warning : LineLevel::Info, text);
    }
    partial.remove(0, qMin(start, partial.size()));
}

void CommandTask::finish(TaskOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stopping = false;
    m_timeout.stop();
    m_grace.stop();
    m_poll.stop();
    if (m_probe)
        m_probe->deleteLater();
    Q_EMIT finished(outcome);
}

// --- background start ------------------------------------------------------------------------

std::expected<CommandTask::PidFile, QString> CommandTask::readPidFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::unexpected(
            QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(u'\n');
    PidFile pid;
    bool ok = false;
    pid.pid = lines.value(0).trimmed().toLongLong(&ok);
    if (!ok || pid.pid <= 0)
        return std::unexpected(QStringLiteral("%1 does not hold a process id on its first line (it holds '%2')")
                                   .arg(QDir::toNativeSeparators(path), lines.value(0).trimmed().left(80)));
    for (const QString &line : lines.mid(1)) {
        const QStringList words = line.simplified().split(u' ');
        if (words.size() == 2 && words.first() == u"started")
            pid.started = words.last().toLongLong();
        else if (words.size() == 2 && words.first() == u"group")
            pid.group = words.last().toLongLong();
    }
    return pid;
}

void CommandTask::startBackground()
{
    const auto &bg = m_spec.background;
    const QString name = QFileInfo(m_spec.program).fileName();
    if (!m_spec.workdir.isEmpty() && !QFileInfo(m_spec.workdir).isDir()) {
        finish({TaskOutcome::Kind::FailedToStart, -1,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not start %1: working directory %2 does not exist"),
                     m_spec.program, m_spec.workdir)});
        return;
    }
    // A service this playbook started before and that still runs is not started twice.
    if (QFileInfo::exists(bg.pidFile)) {
        if (const auto old = readPidFile(bg.pidFile); old && ProcessTree::isRunning(old->pid, old->started)) {
            finish({TaskOutcome::Kind::FailedToStart, -1,
                    Text(QT_TRANSLATE_NOOP(
                             "uw::Outcome",
                             "could not start %1: the pid file %2 names process %3, which still runs; stop it "
                             "first (a stop-process task, or by hand)"),
                         name, QDir::toNativeSeparators(bg.pidFile), old->pid)});
            return;
        }
    }
    for (const QString &file : {bg.pidFile, bg.output}) {
        if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
            finish({TaskOutcome::Kind::FailedToStart, -1,
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not start %1: cannot create the folder of %2"), name,
                         QDir::toNativeSeparators(file))});
            return;
        }
    }
    // Only what is written after the start counts: a log that grows over restarts already
    // holds the line of the previous start.
    m_outputPos = QFileInfo(bg.output).size();
    m_logPos = bg.readyLogFile.isEmpty() ? 0 : QFileInfo(bg.readyLogFile).size();

    QProcess starter;
    const ProcessLaunch launch = ProcessLaunch::resolve(m_spec.program, m_spec.args);
    starter.setProgram(launch.program);
    starter.setArguments(launch.args);
    if (!m_spec.workdir.isEmpty())
        starter.setWorkingDirectory(m_spec.workdir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_spec.env.begin(); it != m_spec.env.end(); ++it)
        env.insert(it.key(), it.value());
    starter.setProcessEnvironment(env);
    starter.setStandardInputFile(QProcess::nullDevice());
    starter.setStandardOutputFile(bg.output, QIODevice::Append);
    starter.setStandardErrorFile(bg.output, QIODevice::Append);
    Q_EMIT line(LineLevel::Debug,
                QStringLiteral("starting in the background: %1 %2").arg(launch.program, launch.args.join(u' ')));
    qint64 pid = 0;
    if (!starter.startDetached(&pid) || pid <= 0) {
        finish(
            {TaskOutcome::Kind::FailedToStart, -1,
             Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not start %1: %2"), m_spec.program, starter.errorString())});
        return;
    }
    m_bgPid = pid;
    m_bgStarted = ProcessTree::startTimeOf(pid);
    m_bgGroup = ProcessTree::groupOf(pid);
#ifdef Q_OS_WIN
    m_bgHandle = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
#endif
    Q_EMIT processStarted(pid);

    QSaveFile pidFile(bg.pidFile);
    QByteArray text = QByteArray::number(pid) + '\n';
    if (m_bgStarted > 0)
        text += "started " + QByteArray::number(m_bgStarted) + '\n';
    if (m_bgGroup > 0)
        text += "group " + QByteArray::number(m_bgGroup) + '\n';
    if (!pidFile.open(QIODevice::WriteOnly) || pidFile.write(text) != text.size() || !pidFile.commit()) {
        const QString error = pidFile.errorString();
        ProcessTree::stopDetached(m_bgPid, m_bgGroup, true);
        finish({TaskOutcome::Kind::Failed, -1,
                Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                       "%1 was stopped again: its pid file %2 cannot be written (%3), and without it "
                                       "nothing could stop it later"),
                     name, QDir::toNativeSeparators(bg.pidFile), error)});
        return;
    }
    Q_EMIT line(LineLevel::Info,
                QStringLiteral("started %1 in the background as process %2 (pid file %3; its output goes to %4)")
                    .arg(name)
                    .arg(pid)
                    .arg(QDir::toNativeSeparators(bg.pidFile), QDir::toNativeSeparators(bg.output)));
    Q_EMIT line(LineLevel::Info,
                bg.readyPort > 0 ? QStringLiteral("waiting up to %1 s for %2:%3 to accept connections")
                                       .arg(bg.readyTimeoutMs / 1000.0)
                                       .arg(bg.readyHost)
                                       .arg(bg.readyPort)
                                 : QStringLiteral("waiting up to %1 s for a line matching %2 in %3")
                                       .arg(bg.readyTimeoutMs / 1000.0)
                                       .arg(bg.readyRegex.pattern(), QDir::toNativeSeparators(bg.readyLogFile)));
    m_readyClock.start();
    m_poll.start();
}

bool CommandTask::backgroundAlive(int *exitCode) const
{
#ifdef Q_OS_WIN
    if (m_bgHandle) {
        if (WaitForSingleObject(m_bgHandle, 0) == WAIT_TIMEOUT)
            return true;
        DWORD code = 0;
        if (exitCode && GetExitCodeProcess(m_bgHandle, &code))
            *exitCode = int(code);
        return false;
    }
#endif
    Q_UNUSED(exitCode);
    return ProcessTree::isRunning(m_bgPid, m_bgStarted);
}

namespace {

// The lines a file gained since `pos`, for an output or a log another process writes: a line
// longer than kMaxLineBytes comes in pieces, an unfinished last line waits in `partial`, and a
// file that shrank (replaced meanwhile) is read from its start.
QStringList newLines(const QString &path, qint64 &pos, QByteArray &partial)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() < pos)
        pos = 0;
    file.seek(pos);
    const QByteArray data = file.read(4 * CommandTask::kMaxLineBytes);
    pos += data.size();
    partial += data;
    QStringList lines;
    qsizetype start = 0;
    while (true) {
        qsizetype end = partial.indexOf('\n', start);
        const bool cut = end < 0 && partial.size() - start > CommandTask::kMaxLineBytes;
        if (end < 0 && !cut)
            break;
        if (cut)
            end = start + CommandTask::kMaxLineBytes;
        QString text = QString::fromLocal8Bit(partial.mid(start, end - start));
        if (text.endsWith(u'\r'))
            text.chop(1);
        start = cut ? end : end + 1;
        lines << text;
    }
    partial.remove(0, start);
    return lines;
}

} // namespace

// The program's new output, line by line, into the step's log; the last lines are kept for
// a failure's message.
void CommandTask::readBackgroundOutput()
{
    for (const QString &text : newLines(m_spec.background.output, m_outputPos, m_outputPartial)) {
        Q_EMIT line(LineLevel::Info, text);
        if (!text.trimmed().isEmpty()) {
            m_outputTail << text.trimmed().left(500);
            if (m_outputTail.size() > 3)
                m_outputTail.removeFirst();
        }
    }
}

bool CommandTask::logLineReady(QString *found)
{
    for (const QString &text : newLines(m_spec.background.readyLogFile, m_logPos, m_logPartial)) {
        if (m_spec.background.readyRegex.match(text).hasMatch()) {
            *found = text.trimmed();
            return true;
        }
    }
    return false;
}

QString CommandTask::outputTail() const
{
    return m_outputTail.isEmpty() ? QStringLiteral("it wrote nothing") : m_outputTail.join(QStringLiteral(" / "));
}

void CommandTask::pollBackground()
{
    if (m_finished)
        return;
    const auto &bg = m_spec.background;
    const QString name = QFileInfo(m_spec.program).fileName();
    readBackgroundOutput();
    int exitCode = -1;
    const bool alive = backgroundAlive(&exitCode);
    if (m_stopping) {
        if (!alive)
            finish(m_pending);
        return;
    }
    QString how;
    if (bg.readyPort > 0) {
        if (m_portOpen)
            how = QStringLiteral("%1:%2 accepts connections").arg(bg.readyHost).arg(bg.readyPort);
    } else if (QString found; logLineReady(&found)) {
        how = QStringLiteral("%1 says \"%2\"").arg(QDir::toNativeSeparators(bg.readyLogFile), found);
    }
    if (!how.isEmpty() && alive) {
        finish({TaskOutcome::Kind::Success, 0,
                Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                       "%1 runs in the background as process %2 and is ready: %3 (pid file %4)"),
                     name, m_bgPid, how, QDir::toNativeSeparators(bg.pidFile))});
        return;
    }
    if (!alive) {
        QFile::remove(bg.pidFile);
        finish({TaskOutcome::Kind::ExitCode, exitCode,
                exitCode >= 0
                    ? Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                             "%1 ended with exit code %2 before it was ready; its last output: %3"),
                           name, exitCode, outputTail())
                    : Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 ended before it was ready; its last output: %2"), name,
                           outputTail())});
        return;
    }
    if (m_readyClock.elapsed() >= bg.readyTimeoutMs) {
        m_timedOut = true;
        Q_EMIT line(
            LineLevel::Error,
            QStringLiteral("not ready after %1 s; stopping process %2").arg(bg.readyTimeoutMs / 1000.0).arg(m_bgPid));
        stopBackground(
            {TaskOutcome::Kind::TimedOut, -1,
             Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 was not ready within %2 s and was stopped; its last output: %3"),
                  name, bg.readyTimeoutMs / 1000.0, outputTail())});
        return;
    }
    if (bg.readyPort > 0 && !m_probe) {
        // The probe is the on-demand library's, loaded now if this is the first use.
        if (auto loaded = ondemand::ensureLoaded(); !loaded) {
            stopBackground(
                {TaskOutcome::Kind::Failed, -1,
                 Text(QT_TRANSLATE_NOOP("uw::Outcome", "cannot watch %1:%2 for %3 to be ready, so it was stopped: %4"),
                      bg.readyHost, bg.readyPort, name, loaded.error().toString())});
            return;
        }
        m_probe
            = detail::taskNetwork().probePort(this, bg.readyHost, quint16(bg.readyPort), [this] { m_portOpen = true; });
    }
}

// Stops what the background start started (asked first, killed after the grace period), and
// reports `outcome` once it is gone.
void CommandTask::stopBackground(TaskOutcome outcome)
{
    m_pending = std::move(outcome);
    m_stopping = true;
    QFile::remove(m_spec.background.pidFile);
    ProcessTree::stopDetached(m_bgPid, m_bgGroup, false);
    m_grace.start(kGraceMs);
    if (!m_poll.isActive())
        m_poll.start();
}

} // namespace uw
