#pragma once

#include <QString>
#include <QStringList>

#include <spdlog/common.h>

#include <expected>
#include <optional>

namespace uw::app {

// Exit codes of every command: documented in --help and relied on by scripts.
enum ExitCode : int {
    ExitOk = 0, // done; for `run`, the decision was go
    ExitFailure = 1, // the work failed or the decision was no-go
    ExitUsage = 2, // bad command line or input data, or a command that is not available
    ExitCancelled = 3, // stopped by Ctrl-C or SIGTERM; the session can be resumed
};

enum class Command { Gui, Playbooks, Validate, Plan, Run, Resume, Compare, Verify, Simulator };

// What the command line asks for, once it parsed cleanly.
struct Options
{
    Command command = Command::Gui;
    spdlog::level::level_enum logLevel = spdlog::level::info;
    QString lang; // --lang: the wizard's language; empty means the system's (see translations.h)
    QStringList files; // validate: playbook files; plan, run: the playbook; resume: the session dir
    // run and resume (plan: sets, secretEnvs, answersFile, training)
    QStringList sets; // --set NAME=VALUE, in the order given
    QStringList secretEnvs; // --secret-env NAME=VARIABLE
    QString answersFile;
    bool confirmAll = false;
    QString sessionDir; // run: --session DIR (the new session); verify: --session DIR (the report's)
    QString reportFile;
    bool training = false;
    bool rerun = false; // --rerun
    QStringList skips; // --skip STEP=REASON
    QStringList revokes; // resume --revoke STEP=REASON
    QString listenHost; // simulator
    quint16 listenPort = 0;
    QString rootDir; // simulator
    bool listFaults = false; // simulator
    QStringList faults; // gui --training, run --training, simulator: NAME=MODE
    QString format = QStringLiteral("text"); // plan, compare: text, json or html
    double factor = 2.0; // compare: durations differ beyond this factor
    QString signWith; // run, resume: --sign-with KEY
    QString window; // run, resume: --window HH:MM-HH:MM
    QString rehearsalDir; // run, resume: --rehearsal DIR
    bool allowLate = false; // run, resume: --allow-late
    QString signatureFile; // verify: --signature FILE
    QString allowedSigners; // verify: --allowed-signers FILE
    bool hideFaults = false; // gui --training --hide-faults
};

// The command line asked to stop before any command ran: help or version text (code 0,
// printed to stdout) or an error with a hint (code 2, printed to stderr).
struct EarlyExit
{
    int code = ExitUsage;
    QString text;
};

using ParseResult = std::expected<Options, EarlyExit>;

// Parses the arguments (the first one is the program). Never exits, never prints.
ParseResult parseCommandLine(const QStringList &arguments);

// Whether the arguments ask for the graphical wizard, decided before any QCoreApplication
// exists (the GUI needs a QApplication, everything else must run without a display).
// Arguments Qt itself takes (-platform NAME, -style NAME, ...) are skipped.
bool wantsGui(const QStringList &arguments);

QString commandName(Command command);
std::optional<spdlog::level::level_enum> parseLogLevel(const QString &name);

} // namespace uw::app
