// upgrade-wizard: the desktop wizard (default) and its command-line subcommands.

#include "app/commandline.h"
#include "app/comparecommand.h"
#include "app/headlessrunner.h"
#include "app/logging.h"
#include "app/simulatorcommand.h"
#include "app/terminationsignals.h"
#include "app/translations.h"
#include "app/verifycommand.h"
#include "pages/flow/upgradewizard.h"
#include "pages/flow/welcomepage.h"
#include "wizard/support/logformat.h"
#include "wizard/support/paths.h"
#include "wizard/support/version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>

using namespace uw;

namespace {

void print(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Without a display QApplication would abort with a message about xcb; say what to do instead.
bool displayAvailable(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || arguments.contains(QLatin1String("-platform")))
        return true;
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    Q_UNUSED(arguments);
    return true;
#endif
}

int runGui(const app::Options &options, app::TerminationSignals &termination)
{
    pages::UpgradeWizard wizard;
    wizard.welcomePage()->setTraining(options.training, options.faults);
    wizard.welcomePage()->setFaultsHidden(options.hideFaults);
    QObject::connect(&termination, &app::TerminationSignals::terminationRequested, &wizard, [&wizard](int number) {
        spdlog::info("received signal {}; closing the wizard", number);
        // A signal asks for no confirmation: running work is cancelled and the session kept.
        wizard.mayClose(false);
        QApplication::quit();
    });
    wizard.show();
    spdlog::info("wizard shown");
    const int code = QApplication::exec();
    spdlog::info("wizard closed");
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);

    const bool gui = app::wantsGui(rawArguments);
    if (gui && !displayAvailable(rawArguments)) {
        print(stderr,
              QStringLiteral("%1: no display: DISPLAY and WAYLAND_DISPLAY are unset.\n"
                             "Start the wizard from a desktop session, or run a playbook "
                             "headless with '%1 run'. '%1 --help' lists the commands.\n")
                  .arg(QLatin1String(kApplicationName)));
        return app::ExitUsage;
    }

    // The GUI needs QApplication; everything else must run on a server without a display.
    std::unique_ptr<QCoreApplication> application
        = gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String(kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));
    if (gui)
        QGuiApplication::setDesktopFileName(QStringLiteral(UW_APP_ID));

    const app::ParseResult parsed = app::parseCommandLine(QCoreApplication::arguments());
    if (!parsed) {
        print(parsed.error().code == app::ExitOk ? stdout : stderr, parsed.error().text);
        return parsed.error().code;
    }
    const app::Options &options = *parsed;

    // Before the wizard is built, so its pages are made in the chosen language; before the log is
    // set up, so a language without a translation is warned about on the terminal. The headless
    // commands stay English: their output is read by scripts and pasted into tickets.
    QString language;
    if (gui)
        language = app::installTranslations(options.lang);

    app::LoggingScope loggingScope;
    app::LogSettings logSettings;
    logSettings.directory = paths::logDir();
    logSettings.level = options.logLevel;
    logSettings.toStderr = options.command != app::Command::Gui;
    if (auto logging = app::initLogging(logSettings); !logging)
        print(stderr,
              QStringLiteral("%1: warning: %2; continuing without a log file\n")
                  .arg(QLatin1String(kApplicationName), logging.error().toString()));
    spdlog::debug("{} {} started: {}", kApplicationName, kVersion, app::commandName(options.command));
    if (gui)
        spdlog::info("language: {}", language.isEmpty() ? std::string("en") : language.toStdString());

    app::TerminationSignals termination;
    app::RunOptions run;
    run.playbook = options.files.value(0);
    run.sessionDir = options.command == app::Command::Resume ? options.files.value(0) : options.sessionDir;
    run.sets = options.sets;
    run.secretEnvs = options.secretEnvs;
    run.answersFile = options.answersFile;
    run.reportFile = options.reportFile;
    run.confirmAll = options.confirmAll;
    run.rerun = options.rerun;
    run.skips = options.skips;
    run.revokes = options.revokes;
    run.training = options.training;
    run.faults = options.faults;
    run.signWith = options.signWith;
    run.window = options.window;
    run.rehearsalDir = options.rehearsalDir;
    run.allowLate = options.allowLate;

    switch (options.command) {
    case app::Command::Gui:
        return runGui(options, termination);
    case app::Command::Playbooks:
        return app::listPlaybooks();
    case app::Command::Validate:
        return app::validatePlaybooks(options.files);
    case app::Command::Plan:
        return app::planPlaybook(run, options.format);
    case app::Command::Run:
        return app::runPlaybook(run, termination);
    case app::Command::Resume:
        return app::resumeSession(run, termination);
    case app::Command::Compare:
        return app::compareSessionsCommand(options);
    case app::Command::Verify:
        return app::verifyReport(options);
    case app::Command::Simulator:
        if (options.listFaults)
            return app::listFaults();
        return app::runSimulator(options, termination);
    }
    return app::ExitUsage;
}
