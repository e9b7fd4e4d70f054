#include "app/commandline.h"

#include <algorithm>

#include "wizard/run/maintenancewindow.h"
#include "wizard/simulator/faults.h"
#include "wizard/support/hostaddress.h"
#include "wizard/support/version.h"

#include <QCommandLineParser>

#include <array>

namespace uw::app {

namespace {

struct CommandInfo
{
    Command command;
    const char *name;
    const char *arguments; // shown in usage lines
    const char *summary;
    const char *exitStatus; // what each exit code means for this command
};

constexpr char kRunExitStatus[]
    = "0 GO, or GO with waivers; 1 NO-GO (or the session could not go on); 2 bad usage, a playbook, answers "
      "file or parameter that is wrong (nothing ran); 3 cancelled by Ctrl-C or SIGTERM (resume it)";
constexpr char kResumeExitStatus[]
    = "0 GO, or GO with waivers; 1 NO-GO (or the session could not go on); 2 bad usage, a session that cannot be "
      "resumed (a journal changed, damaged or empty: journal.jsonl:LINE on stderr), or a playbook, answers file or "
      "parameter that is wrong (nothing ran); 3 cancelled by Ctrl-C or SIGTERM (resume it)";

constexpr std::array kCommands{
    CommandInfo{Command::Gui, "gui", "", "Open the wizard (the default command)",
                "0 the wizard was closed; 2 bad usage, or no display to show it on"},
    CommandInfo{Command::Playbooks, "playbooks", "", "List the bundled playbooks: ID, title and file, tab-separated",
                "0 listed; 2 none found (the installation is incomplete)"},
    CommandInfo{Command::Validate, "validate", "FILE...", "Check playbook files and report every error",
                "0 every file is valid; 2 a file is not (each error as file:line:column on stderr)"},
    CommandInfo{Command::Plan, "plan", "PLAYBOOK", "Show what a run of a playbook would do, step by step; nothing runs",
                "0 the plan was shown; 2 bad usage, or a playbook, answers file or parameter that is wrong (each "
                "error on stderr)"},
    CommandInfo{Command::Run, "run", "PLAYBOOK", "Run a playbook (a bundled id or a file) headless", kRunExitStatus},
    CommandInfo{Command::Resume, "resume", "SESSION_DIR", "Continue a session headless", kResumeExitStatus},
    CommandInfo{Command::Compare, "compare", "SESSION_A SESSION_B",
                "Compare two sessions of a playbook step by step: a rehearsal, the real run",
                "0 nothing differs; 1 something does (each difference listed); 2 bad usage, or a session that cannot "
                "be read or is of another playbook"},
    CommandInfo{Command::Verify, "verify", "REPORT", "Check a report's signature, and that it is what its journal says",
                "0 every check made passed; 1 the signature, the journal or the report's contents do not match (each "
                "named on stdout); 2 bad usage, a file that cannot be read, or nothing to check"},
    CommandInfo{Command::Simulator, "simulator", "--listen HOST:PORT --root DIR | --list-faults",
                "Serve the training environment for a classroom",
                "0 stopped by Ctrl-C or SIGTERM, or the faults were listed; 1 could not start; 2 bad usage"},
};

const QString kProgram = QString::fromLatin1(kApplicationName);

QString tryHelp(const QString &command = {})
{
    return QStringLiteral("Run '%1%2 --help' for usage.")
        .arg(kProgram, command.isEmpty() ? QString() : QLatin1Char(' ') + command);
}

EarlyExit usageError(const QString &message, const QString &command = {})
{
    return {ExitUsage, QStringLiteral("%1: %2\n%3\n").arg(kProgram, message, tryHelp(command))};
}

QCommandLineOption logLevelOption()
{
    return {{QStringLiteral("l"), QStringLiteral("log-level")},
            QStringLiteral("Write log messages at LEVEL and above to the log file: trace, debug, info, warning, "
                           "error, critical or off (default: info). Warnings and errors also go to stderr, and "
                           "debug or trace too when asked for."),
            QStringLiteral("LEVEL")};
}

QCommandLineOption langOption()
{
    return {QStringLiteral("lang"),
            QStringLiteral("The wizard's language, e.g. de or en (default: the system's). The other commands "
                           "print English."),
            QStringLiteral("LANG")};
}

QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")},
            QStringLiteral("Show this help and exit; COMMAND --help shows a command's.")};
}

QCommandLineOption versionOption()
{
    return {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version and exit.")};
}

// One style for every help text: usage, what it does, (commands,) options, where the output
// goes, exit status. Text wraps at 100 columns, under its own column.
constexpr qsizetype kWidth = 100;

QString wrapped(const QString &text, qsizetype indent)
{
    QString result;
    QString line(indent, QLatin1Char(' '));
    bool empty = true;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        if (!empty && line.size() + 1 + word.size() > kWidth) {
            result += line + QLatin1Char('\n');
            line = QString(indent, QLatin1Char(' '));
            empty = true;
        }
        line += (empty ? QString() : QStringLiteral(" ")) + word;
        empty = false;
    }
    return result + line + QLatin1Char('\n');
}

QString optionLines(const QList<QCommandLineOption> &options)
{
    constexpr qsizetype kLeft = 26;
    QString text;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString left = QStringLiteral("  ") + names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        // The description's first line starts after the names (or on the next line when they are long).
        const QString first = left.size() < kLeft ? left.leftJustified(kLeft) : left + QLatin1Char('\n');
        text += first + wrapped(option.description(), kLeft).mid(left.size() < kLeft ? kLeft : 0);
    }
    return text;
}

QString outputSection()
{
    return QStringLiteral("\nOutput:\n")
        + wrapped(QStringLiteral("Progress and results on stdout; warnings and errors on stderr; the whole run, at the "
                                 "log level, in the log file (upgrade-wizard.log in the program's logs folder)."),
                  2);
}

QString globalHelp(const QList<QCommandLineOption> &options)
{
    QString text = QStringLiteral("Usage: %1 [OPTIONS] [COMMAND] [ARGS...]\n\n"
                                  "%2 guides administrators through gateway upgrade procedures.\n\n"
                                  "Commands:\n")
                       .arg(kProgram, QString::fromLatin1(kDisplayName));
    for (const auto &info : kCommands)
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(info.name).leftJustified(24), QString::fromLatin1(info.summary));
    text += QStringLiteral("\nOptions:\n") + optionLines(options) + outputSection();
    text += QStringLiteral("\nExit status:\n")
        + wrapped(QStringLiteral("0 done (GO), 1 failed (NO-GO), 2 bad usage or input, 3 cancelled; each command's "
                                 "--help says what they mean for it."),
                  2);
    return text;
}

QString commandHelp(const CommandInfo &info, const QList<QCommandLineOption> &options)
{
    QString text = QStringLiteral("Usage: %1 %2 [OPTIONS]%3%4\n\n%5.\n\nOptions:\n")
                       .arg(kProgram, QString::fromLatin1(info.name), *info.arguments ? QStringLiteral(" ") : QString(),
                            QString::fromLatin1(info.arguments), QString::fromLatin1(info.summary));
    // The same options as the parser's; only --help reads differently here.
    QList<QCommandLineOption> shown;
    for (const QCommandLineOption &option : options)
        shown << (option.names() == helpOption().names()
                      ? QCommandLineOption(option.names(), QStringLiteral("Show this help and exit."))
                      : option);
    text += optionLines(shown);
    if (info.command != Command::Gui)
        text += outputSection();
    text += QStringLiteral("\nExit status:\n") + wrapped(QString::fromLatin1(info.exitStatus) + u'.', 2);
    return text;
}

const CommandInfo *findCommand(const QString &name)
{
    for (const auto &info : kCommands)
        if (name == QLatin1String(info.name))
            return &info;
    return nullptr;
}

// Splits HOST:PORT (or [IPV6]:PORT) and checks both parts.
std::expected<std::pair<QString, quint16>, QString> parseListen(const QString &value)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::unexpected(QStringLiteral("--listen: expected HOST:PORT, got '%1'").arg(value));
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::unexpected(
            QStringLiteral("--listen: the port must be a number from 1 to 65535, got '%1'").arg(value.mid(colon + 1)));
    if (host != QLatin1String("localhost") && !isIpAddress(host))
        return std::unexpected(QStringLiteral("--listen: '%1' is not an IP address or localhost").arg(host));
    return std::pair{host, quint16(port)};
}

} // namespace

QString commandName(Command command)
{
    for (const auto &info : kCommands)
        if (info.command == command)
            return QString::fromLatin1(info.name);
    return {};
}

std::optional<spdlog::level::level_enum> parseLogLevel(const QString &name)
{
    using namespace spdlog::level;
    const QString lower = name.toLower();
    if (lower == QLatin1String("trace"))
        return trace;
    if (lower == QLatin1String("debug"))
        return debug;
    if (lower == QLatin1String("info"))
        return info;
    if (lower == QLatin1String("warning") || lower == QLatin1String("warn"))
        return warn;
    if (lower == QLatin1String("error"))
        return err;
    if (lower == QLatin1String("critical"))
        return critical;
    if (lower == QLatin1String("off"))
        return off;
    return std::nullopt;
}

bool wantsGui(const QStringList &arguments)
{
    // Options (ours and Qt's) whose value is the next argument.
    static const QStringList valueOptions{QStringLiteral("-l"),
                                          QStringLiteral("--log-level"),
                                          QStringLiteral("--lang"),
                                          QStringLiteral("-platform"),
                                          QStringLiteral("-platformpluginpath"),
                                          QStringLiteral("-platformtheme"),
                                          QStringLiteral("-plugin"),
                                          QStringLiteral("-style"),
                                          QStringLiteral("-stylesheet"),
                                          QStringLiteral("-session"),
                                          QStringLiteral("-display"),
                                          QStringLiteral("-geometry"),
                                          QStringLiteral("-title"),
                                          QStringLiteral("-qwindowgeometry"),
                                          QStringLiteral("-qwindowicon"),
                                          QStringLiteral("-qwindowtitle"),
                                          QStringLiteral("-qmljsdebugger")};
    // Help and version are printed without opening any window, before or after `gui`.
    const auto printsOnly = [](const QString &arg) {
        return arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("-v")
            || arg == QLatin1String("--version") || arg == QLatin1String("-?");
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            return false;
        if (arg.startsWith(QLatin1Char('-'))) {
            if (printsOnly(arg))
                return false;
            if (valueOptions.contains(arg))
                ++i;
            continue;
        }
        return arg == QLatin1String("gui") && std::none_of(arguments.cbegin() + i + 1, arguments.cend(), printsOnly);
    }
    return true;
}

ParseResult parseCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return std::unexpected(usageError(QStringLiteral("no program name in the arguments")));

    // Stage 1: global options, then the command; everything after the command is its own.
    QCommandLineParser global;
    global.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption logLevel = logLevelOption();
    const QCommandLineOption lang = langOption();
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version = versionOption();
    global.addOptions({logLevel, lang, help, version});
    global.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."));
    if (!global.parse(arguments))
        return std::unexpected(usageError(global.errorText()));
    if (global.isSet(version))
        return std::unexpected(EarlyExit{ExitOk, QStringLiteral("%1 %2\n").arg(kProgram, QLatin1String(kVersion))});

    const QStringList positional = global.positionalArguments();
    const CommandInfo *info = &kCommands.front();
    if (!positional.isEmpty()) {
        info = findCommand(positional.first());
        if (!info) {
            QStringList names;
            for (const auto &c : kCommands)
                names << QString::fromLatin1(c.name);
            return std::unexpected(usageError(QStringLiteral("unknown command '%1'; the commands are %2")
                                                  .arg(positional.first(), names.join(QStringLiteral(", ")))));
        }
    } else if (global.isSet(help)) {
        return std::unexpected(EarlyExit{ExitOk, globalHelp({logLevel, lang, help, version})});
    }

    Options options;
    options.command = info->command;
    const QString name = QString::fromLatin1(info->name);
    const auto setLogLevel = [&](const QCommandLineParser &parser) -> std::optional<EarlyExit> {
        if (!parser.isSet(logLevel))
            return std::nullopt;
        const QString value = parser.value(logLevel);
        const auto level = parseLogLevel(value);
        if (!level)
            return usageError(QStringLiteral("--log-level: unknown level '%1'; use trace, debug, info, "
                                             "warning, error, critical or off")
                                  .arg(value),
                              name);
        options.logLevel = *level;
        return std::nullopt;
    };
    // The language is not checked here: one without a translation falls back to English with a
    // warning when the translators are installed.
    const auto setLang = [&](const QCommandLineParser &parser) {
        if (parser.isSet(lang))
            options.lang = parser.value(lang);
    };
    setLang(global);
    if (auto failed = setLogLevel(global))
        return std::unexpected(*failed);

    // Stage 2: the command's own options and arguments.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Set playbook parameter NAME to VALUE (repeatable)."),
                                 QStringLiteral("NAME=VALUE"));
    const QCommandLineOption secretEnv(
        QStringLiteral("secret-env"),
        QStringLiteral("Take parameter NAME from environment variable VARIABLE (repeatable): for secrets, which "
                       "--set would show in the process list. A required secret given neither way is asked for "
                       "without echo when the input is a terminal."),
        QStringLiteral("NAME=VARIABLE"));
    const QCommandLineOption answers(
        QStringLiteral("answers"),
        QStringLiteral("JSON file with parameters, sign-offs (confirm) and skips (with \"shared\": true, a "
                       "playbook takes the parameters it declares and leaves the others); one that holds a "
                       "secret must be readable by its owner only."),
        QStringLiteral("FILE"));
    const QCommandLineOption confirmAll(
        QStringLiteral("confirm-all"), QStringLiteral("Sign off every manual step; recorded as confirmed unattended."));
    const QCommandLineOption sessionOption(QStringLiteral("session"),
                                           QStringLiteral("Directory for the new session (default: a new one under "
                                                          "the data directory)."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Also write the report to FILE: HTML when FILE ends in .html or "
                                                   ".htm, else JSON (the session folder always gets report.json)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption training(QStringLiteral("training"),
                                      QStringLiteral("Run against the built-in simulated environment."));
    const QCommandLineOption rerun(QStringLiteral("rerun"),
                                   QStringLiteral("Run again the tasks that started before and did not succeed "
                                                  "(failed, cancelled or interrupted); without it they wait, as they "
                                                  "may have done part of their work."));
    const QCommandLineOption revoke(QStringLiteral("revoke"),
                                    QStringLiteral("Take back the sign-off or skip of STEP (an item id, or id@node), "
                                                   "with a REASON (repeatable)."),
                                    QStringLiteral("STEP=REASON"));
    const QCommandLineOption skip(QStringLiteral("skip"),
                                  QStringLiteral("Skip STEP (an item id, or id@node) with a REASON (repeatable)."),
                                  QStringLiteral("STEP=REASON"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to serve on, e.g. 127.0.0.1:8443."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption root(QStringLiteral("root"),
                                  QStringLiteral("Directory holding the simulated installations."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("Make the training environment misbehave: NAME=MODE (repeatable; "
                                                  "'simulator --list-faults' lists them)."),
                                   QStringLiteral("NAME=MODE"));
    const QCommandLineOption hideFaults(
        QStringLiteral("hide-faults"),
        QStringLiteral("Training: keep the faults' names from the trainee (the welcome page and the pages do not "
                       "show them; the summary's debrief does)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("How to write it: text (the default), json or html."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption factor(QStringLiteral("factor"),
                                    QStringLiteral("List a step's durations when one is more than F times the other "
                                                   "(default 2; durations under a second are not compared)."),
                                    QStringLiteral("F"));
    const QCommandLineOption planTraining(
        QStringLiteral("training"),
        QStringLiteral("Plan against the built-in simulated environment: its values fill the parameters, as for run "
                       "--training (the environment is made in a temporary folder and removed)."));
    const QCommandLineOption signWith(
        QStringLiteral("sign-with"),
        QStringLiteral("Sign every report written with the SSH key KEY (ssh-keygen -Y sign, namespace "
                       "upgrade-wizard): a private key, or a public key whose private key ssh-agent holds. Each report "
                       "gets a signature beside it (REPORT.sig)."),
        QStringLiteral("KEY"));
    const QCommandLineOption window(
        QStringLiteral("window"),
        QStringLiteral("The maintenance window, HH:MM-HH:MM in local time (22:00-02:00 ends the next day): the run "
                       "says when it is expected to end and by when its point of no return (the first irreversible "
                       "step) must start, and does not start that step later unless --allow-late."),
        QStringLiteral("HH:MM-HH:MM"));
    const QCommandLineOption rehearsal(
        QStringLiteral("rehearsal"),
        QStringLiteral("A rehearsal of the same playbook (a session folder): its steps' durations time the window "
                       "instead of the estimates."),
        QStringLiteral("DIR"));
    const QCommandLineOption allowLate(
        QStringLiteral("allow-late"),
        QStringLiteral("Start the point of no return even past its latest start; recorded in the journal."));
    const QCommandLineOption signatureOption(
        QStringLiteral("signature"), QStringLiteral("The report's signature (default: REPORT.sig, when there is one)."),
        QStringLiteral("FILE"));
    const QCommandLineOption allowedSigners(
        QStringLiteral("allowed-signers"),
        QStringLiteral("Who may have signed: an OpenSSH allowed_signers file, a line per signer: PRINCIPAL "
                       "namespaces=\"upgrade-wizard\" ssh-ed25519 AAAA... Without it only that the report is what "
                       "was signed is checked, not by whom."),
        QStringLiteral("FILE"));
    const QCommandLineOption verifySession(
        QStringLiteral("session"),
        QStringLiteral("The report's session: check that its journal is intact and that the report is what the "
                       "journal says, field by field."),
        QStringLiteral("DIR"));
    const QCommandLineOption listFaults(QStringLiteral("list-faults"),
                                        QStringLiteral("List the faults the simulator can inject, and exit."));
    QList<QCommandLineOption> commandOptions{logLevel, lang, help};
    if (info->command == Command::Gui)
        commandOptions << training << fault << hideFaults;
    if (info->command == Command::Plan)
        commandOptions << set << secretEnv << answers << planTraining << format;
    if (info->command == Command::Run)
        commandOptions << set << secretEnv << answers << confirmAll << sessionOption << report << signWith << window
                       << rehearsal << allowLate << training << fault << rerun << skip;
    if (info->command == Command::Resume)
        commandOptions << set << secretEnv << answers << confirmAll << report << signWith << window << rehearsal
                       << allowLate << rerun << skip << revoke;
    if (info->command == Command::Verify)
        commandOptions << signatureOption << allowedSigners << verifySession;
    if (info->command == Command::Compare)
        commandOptions << format << factor;
    if (info->command == Command::Simulator)
        commandOptions << listen << root << fault << listFaults;
    parser.addOptions(commandOptions);

    QStringList rest{arguments.first()};
    rest << positional.mid(1);
    if (!parser.parse(rest))
        return std::unexpected(usageError(QStringLiteral("%1: %2").arg(name, parser.errorText()), name));
    if (parser.isSet(help) || (global.isSet(help)))
        return std::unexpected(EarlyExit{ExitOk, commandHelp(*info, commandOptions)});
    if (auto failed = setLogLevel(parser))
        return std::unexpected(*failed);
    setLang(parser);

    const QStringList args = parser.positionalArguments();
    const auto expectArgs = [&](qsizetype min, qsizetype max, const char *what) -> std::optional<EarlyExit> {
        if (args.size() < min)
            return usageError(QStringLiteral("%1: missing %2\nUsage: %3 %1 %4")
                                  .arg(name, QLatin1String(what), kProgram, QLatin1String(info->arguments)),
                              name);
        if (max >= 0 && args.size() > max)
            return usageError(QStringLiteral("%1: unexpected argument '%2'").arg(name, args.at(max)), name);
        return std::nullopt;
    };

    std::optional<EarlyExit> failed;
    // Options whose values are NAME=VALUE pairs: the first one without a name is the error.
    const auto checkPairs = [&](const QList<QCommandLineOption> &pairs) {
        for (const QCommandLineOption &option : pairs)
            for (const QString &value : parser.values(option))
                if (!failed && value.indexOf(QLatin1Char('=')) <= 0)
                    failed = usageError(QStringLiteral("%1: --%2 expects %3, got '%4'")
                                            .arg(name, option.names().constFirst(), option.valueName(), value),
                                        name);
    };
    // plan and compare write text, json or html.
    const auto readFormat = [&] {
        if (parser.isSet(format))
            options.format = parser.value(format).toLower();
        if (!failed
            && !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("html")}.contains(
                options.format))
            failed = usageError(
                QStringLiteral("%1: --format: expected text, json or html, got '%2'").arg(name, parser.value(format)),
                name);
    };
    switch (info->command) {
    case Command::Gui:
    case Command::Playbooks:
        failed = expectArgs(0, 0, "");
        break;
    case Command::Validate:
        failed = expectArgs(1, -1, "the playbook FILE(s) to check");
        break;
    case Command::Plan:
        failed = expectArgs(1, 1, "the PLAYBOOK to plan (a file or a bundled playbook's id)");
        checkPairs({set, secretEnv});
        options.sets = parser.values(set);
        options.secretEnvs = parser.values(secretEnv);
        options.answersFile = parser.value(answers);
        options.training = parser.isSet(planTraining);
        readFormat();
        break;
    case Command::Run:
    case Command::Resume: {
        failed = info->command == Command::Run
            ? expectArgs(1, 1, "the PLAYBOOK to run (a file or a bundled playbook's id)")
            : expectArgs(1, 1, "the SESSION_DIR to resume");
        QList<QCommandLineOption> pairs{set, secretEnv, skip};
        if (info->command == Command::Resume)
            pairs << revoke;
        checkPairs(pairs);
        options.sets = parser.values(set);
        options.secretEnvs = parser.values(secretEnv);
        options.skips = parser.values(skip);
        options.answersFile = parser.value(answers);
        options.confirmAll = parser.isSet(confirmAll);
        if (info->command == Command::Run)
            options.sessionDir = parser.value(sessionOption);
        options.reportFile = parser.value(report);
        if (!failed && options.reportFile.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            failed = usageError(QStringLiteral("%1: --report %2: the command line writes the report as JSON or HTML "
                                               "(.html); a PDF is exported from the wizard's summary page")
                                    .arg(name, options.reportFile),
                                name);
        options.signWith = parser.value(signWith);
        options.window = parser.value(window);
        options.rehearsalDir = parser.value(rehearsal);
        options.allowLate = parser.isSet(allowLate);
        if (!failed && !options.window.isEmpty())
            if (auto parsed = MaintenanceWindow::parse(options.window); !parsed)
                failed = usageError(QStringLiteral("%1: --window: %2").arg(name, parsed.error().message), name);
        if (!failed && options.allowLate && options.window.isEmpty())
            failed = usageError(QStringLiteral("%1: --allow-late needs --window").arg(name), name);
        if (!failed && !options.rehearsalDir.isEmpty() && options.window.isEmpty())
            failed = usageError(
                QStringLiteral("%1: --rehearsal times the maintenance window: it needs --window").arg(name), name);
        options.training = info->command == Command::Run && parser.isSet(training);
        options.rerun = parser.isSet(rerun);
        if (info->command == Command::Resume)
            options.revokes = parser.values(revoke);
        break;
    }
    case Command::Compare: {
        failed = expectArgs(2, 2, "the two session folders to compare");
        readFormat();
        bool ok = true;
        if (parser.isSet(factor))
            options.factor = parser.value(factor).toDouble(&ok);
        if (!failed && (!ok || options.factor < 1.0))
            failed = usageError(QStringLiteral("%1: --factor: expected a number of at least 1, got '%2'")
                                    .arg(name, parser.value(factor)),
                                name);
        break;
    }
    case Command::Verify:
        failed = expectArgs(1, 1, "the REPORT to verify");
        options.signatureFile = parser.value(signatureOption);
        options.allowedSigners = parser.value(allowedSigners);
        options.sessionDir = parser.value(verifySession);
        break;
    case Command::Simulator:
        failed = expectArgs(0, 0, "");
        options.listFaults = parser.isSet(listFaults);
        if (options.listFaults)
            break;
        if (!failed && !parser.isSet(listen))
            failed = usageError(QStringLiteral("simulator: missing --listen HOST:PORT"), name);
        if (!failed) {
            const auto address = parseListen(parser.value(listen));
            if (!address)
                failed = usageError(QStringLiteral("simulator: ") + address.error(), name);
            else
                std::tie(options.listenHost, options.listenPort) = *address;
        }
        if (!failed && !parser.isSet(root))
            failed = usageError(QStringLiteral("simulator: missing --root DIR"), name);
        options.rootDir = parser.value(root);
        break;
    }
    const bool takesFaults
        = info->command == Command::Gui || info->command == Command::Run || info->command == Command::Simulator;
    if (info->command == Command::Gui) {
        options.training = parser.isSet(training);
        options.hideFaults = parser.isSet(hideFaults);
        if (options.hideFaults && !options.training)
            failed = usageError(QStringLiteral("%1: --hide-faults needs --training").arg(name), name);
    }
    if (takesFaults && !failed) {
        options.faults = parser.values(fault);
        if (!options.faults.isEmpty() && !options.training && info->command != Command::Simulator)
            failed = usageError(QStringLiteral("%1: --fault needs --training").arg(name), name);
        else if (auto faults = sim::Faults::parse(options.faults); !faults)
            failed = usageError(QStringLiteral("%1: %2").arg(name, faults.error()), name);
    }
    if (failed)
        return std::unexpected(*failed);
    options.files = args;
    return options;
}

} // namespace uw::app
