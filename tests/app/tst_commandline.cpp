#include "app/commandline.h"

#include <QTest>

using namespace uw::app;

Q_DECLARE_METATYPE(uw::app::Command)

namespace {
QStringList argv(const QString &line)
{
    QStringList args{QStringLiteral("upgrade-wizard")};
    if (!line.isEmpty())
        args << line.split(QLatin1Char(' '));
    return args;
}
} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEachCommand_data();
    void parsesEachCommand();
    void rejectsBadUsageWithExitTwo_data();
    void rejectsBadUsageWithExitTwo();
    void printsVersion();
    void printsHelpForTheProgramAndEachCommand_data();
    void printsHelpForTheProgramAndEachCommand();
    void everyHelpHasOneStyleAndItsExitStatus_data();
    void everyHelpHasOneStyleAndItsExitStatus();
    void reportIsJsonOrHtmlNeverPdf();
    void acceptsLogLevelBeforeOrAfterTheCommand_data();
    void acceptsLogLevelBeforeOrAfterTheCommand();
    void acceptsLangBeforeOrAfterTheCommand_data();
    void acceptsLangBeforeOrAfterTheCommand();
    void collectsRunParametersInOrder();
    void splitsSimulatorAddress();
    void decidesWhetherTheGuiIsWanted_data();
    void decidesWhetherTheGuiIsWanted();
};

void tst_CommandLine::parsesEachCommand_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Command>("command");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("no command is the gui") << QString() << Command::Gui << QStringList();
    QTest::newRow("gui") << QStringLiteral("gui") << Command::Gui << QStringList();
    QTest::newRow("playbooks") << QStringLiteral("playbooks") << Command::Playbooks << QStringList();
    QTest::newRow("validate one") << QStringLiteral("validate a.json") << Command::Validate
                                  << QStringList{QStringLiteral("a.json")};
    QTest::newRow("validate many") << QStringLiteral("validate a.json b.json") << Command::Validate
                                   << QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")};
    QTest::newRow("plan") << QStringLiteral("plan axway-7.7 --format json --set a=b --training") << Command::Plan
                          << QStringList{QStringLiteral("axway-7.7")};
    QTest::newRow("run") << QStringLiteral("run axway-7.7") << Command::Run << QStringList{QStringLiteral("axway-7.7")};
    QTest::newRow("compare") << QStringLiteral("compare a b --format html --factor 3") << Command::Compare
                             << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("verify") << QStringLiteral("verify r.json --allowed-signers a --session s --signature r.sig")
                            << Command::Verify << QStringList{QStringLiteral("r.json")};
    QTest::newRow("resume") << QStringLiteral("resume /tmp/s1") << Command::Resume
                            << QStringList{QStringLiteral("/tmp/s1")};
    QTest::newRow("simulator") << QStringLiteral("simulator --listen 127.0.0.1:8443 --root /tmp/sim")
                               << Command::Simulator << QStringList();
    QTest::newRow("simulator with faults")
        << QStringLiteral("simulator --listen 127.0.0.1:8443 --root /tmp/sim --fault disk.full --fault net.latency=200")
        << Command::Simulator << QStringList();
    QTest::newRow("list faults") << QStringLiteral("simulator --list-faults") << Command::Simulator << QStringList();
    QTest::newRow("training run with a fault")
        << QStringLiteral("run sample-local --training --fault anm_host=not-first") << Command::Run
        << QStringList{QStringLiteral("sample-local")};
}

void tst_CommandLine::parsesEachCommand()
{
    QFETCH(QString, line);
    QFETCH(Command, command);
    QFETCH(QStringList, files);
    const ParseResult result = parseCommandLine(argv(line));
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().text));
    QCOMPARE(result->command, command);
    QCOMPARE(result->files, files);
    QCOMPARE(result->logLevel, spdlog::level::info);
}

void tst_CommandLine::rejectsBadUsageWithExitTwo_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message"); // must appear in the error text
    QTest::newRow("unknown global option") << QStringLiteral("--frobnicate") << QStringLiteral("frobnicate");
    QTest::newRow("unknown command") << QStringLiteral("upgrade") << QStringLiteral("unknown command 'upgrade'");
    QTest::newRow("validate without files") << QStringLiteral("validate") << QStringLiteral("missing");
    QTest::newRow("option of another command")
        << QStringLiteral("validate --listen 1:2 a.json") << QStringLiteral("listen");
    QTest::newRow("plan without playbook") << QStringLiteral("plan") << QStringLiteral("missing the PLAYBOOK to plan");
    QTest::newRow("plan in an unknown format") << QStringLiteral("plan a --format yaml")
                                               << QStringLiteral("--format: expected text, json or html, got 'yaml'");
    QTest::newRow("plan runs nothing to sign off")
        << QStringLiteral("plan a --confirm-all") << QStringLiteral("confirm-all");
    QTest::newRow("plan set without value")
        << QStringLiteral("plan a --set x") << QStringLiteral("--set expects NAME=VALUE, got 'x'");
    QTest::newRow("run without playbook") << QStringLiteral("run") << QStringLiteral("missing the PLAYBOOK");
    QTest::newRow("compare one session") << QStringLiteral("compare a")
                                         << QStringLiteral("missing the two session folders");
    QTest::newRow("compare three sessions")
        << QStringLiteral("compare a b c") << QStringLiteral("unexpected argument 'c'");
    QTest::newRow("verify without report")
        << QStringLiteral("verify") << QStringLiteral("missing the REPORT to verify");
    QTest::newRow("verify signs nothing")
        << QStringLiteral("verify r.json --sign-with k") << QStringLiteral("sign-with");
    QTest::newRow("run with two playbooks") << QStringLiteral("run a b") << QStringLiteral("unexpected argument 'b'");
    QTest::newRow("run set without value")
        << QStringLiteral("run a --set topology") << QStringLiteral("--set expects NAME=VALUE, got 'topology'");
    QTest::newRow("resume skip without reason")
        << QStringLiteral("resume /tmp/s --skip backup") << QStringLiteral("--skip expects STEP=REASON, got 'backup'");
    QTest::newRow("resume has no --session")
        << QStringLiteral("resume /tmp/s --session /tmp/x") << QStringLiteral("session");
    QTest::newRow("resume without dir") << QStringLiteral("resume") << QStringLiteral("SESSION_DIR");
    QTest::newRow("gui with extra argument") << QStringLiteral("gui x") << QStringLiteral("unexpected argument 'x'");
    QTest::newRow("playbooks with an argument")
        << QStringLiteral("playbooks x") << QStringLiteral("unexpected argument 'x'");
    QTest::newRow("simulator without listen")
        << QStringLiteral("simulator --root /tmp") << QStringLiteral("missing --listen");
    QTest::newRow("simulator port zero") << QStringLiteral("simulator --listen 127.0.0.1:0 --root /tmp")
                                         << QStringLiteral("1 to 65535, got '0'");
    QTest::newRow("simulator port text") << QStringLiteral("simulator --listen 127.0.0.1:http --root /tmp")
                                         << QStringLiteral("got 'http'");
    QTest::newRow("simulator host name") << QStringLiteral("simulator --listen gateway01:80 --root /tmp")
                                         << QStringLiteral("'gateway01' is not an IP address");
    QTest::newRow("simulator without root")
        << QStringLiteral("simulator --listen 127.0.0.1:8443") << QStringLiteral("missing --root");
    QTest::newRow("fault without training")
        << QStringLiteral("run a --fault disk.full") << QStringLiteral("run: --fault needs --training");
    QTest::newRow("unknown fault") << QStringLiteral("run a --training --fault disk.empty")
                                   << QStringLiteral("unknown fault 'disk.empty'");
    QTest::newRow("unknown fault mode")
        << QStringLiteral("simulator --listen 127.0.0.1:1 --root /r --fault http.publish=404")
        << QStringLiteral("--fault http.publish: unknown mode '404'; expected 500 or timeout");
    QTest::newRow("latency not a number")
        << QStringLiteral("gui --training --fault net.latency=slow")
        << QStringLiteral("expected a number of milliseconds (0 to 600000), got 'slow'");
    QTest::newRow("bad log level") << QStringLiteral("--log-level loud") << QStringLiteral("unknown level 'loud'");
    QTest::newRow("log level without value") << QStringLiteral("--log-level") << QStringLiteral("log-level");
    QTest::newRow("bad log level after command")
        << QStringLiteral("validate a.json --log-level=loud") << QStringLiteral("'loud'");
}

void tst_CommandLine::rejectsBadUsageWithExitTwo()
{
    QFETCH(QString, line);
    QFETCH(QString, message);
    const ParseResult result = parseCommandLine(argv(line));
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, int(ExitUsage));
    QVERIFY2(result.error().text.contains(message), qPrintable(result.error().text));
    // Every usage error says where to find help.
    QVERIFY2(result.error().text.contains(QLatin1String("--help")), qPrintable(result.error().text));
}

void tst_CommandLine::printsVersion()
{
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const ParseResult result = parseCommandLine(argv(flag));
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, int(ExitOk));
        QVERIFY2(QRegularExpression(QStringLiteral("^upgrade-wizard \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(result.error().text)
                     .hasMatch(),
                 qPrintable(result.error().text));
    }
}

void tst_CommandLine::printsHelpForTheProgramAndEachCommand_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("program") << QStringLiteral("--help")
                             << QStringList{QStringLiteral("gui"),         QStringLiteral("playbooks"),
                                            QStringLiteral("validate"),    QStringLiteral("run"),
                                            QStringLiteral("resume"),      QStringLiteral("simulator"),
                                            QStringLiteral("--log-level"), QStringLiteral("Exit status"),
                                            QStringLiteral("--lang LANG"), QStringLiteral("The other")};
    QTest::newRow("gui") << QStringLiteral("gui --help")
                         << QStringList{QStringLiteral("--lang"), QStringLiteral("LANG")};
    QTest::newRow("validate") << QStringLiteral(
        "validate --help") << QStringList{QStringLiteral("Usage: upgrade-wizard validate"), QStringLiteral("FILE...")};
    QTest::newRow("help before command") << QStringLiteral("--help run")
                                         << QStringList{QStringLiteral("Usage: upgrade-wizard run"),
                                                        QStringLiteral("--set"), QStringLiteral("--confirm-all")};
    QTest::newRow("simulator") << QStringLiteral("simulator -h")
                               << QStringList{QStringLiteral("--listen"), QStringLiteral("--root")};
}

void tst_CommandLine::printsHelpForTheProgramAndEachCommand()
{
    QFETCH(QString, line);
    QFETCH(QStringList, mentions);
    const ParseResult result = parseCommandLine(argv(line));
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, int(ExitOk));
    for (const QString &mention : mentions)
        QVERIFY2(result.error().text.contains(mention),
                 qPrintable(mention + QLatin1String(" in:\n") + result.error().text));
}

void tst_CommandLine::everyHelpHasOneStyleAndItsExitStatus_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("exitStatus"); // the start of what it says under "Exit status:"
    QTest::newRow("program") << QStringLiteral("--help") << QStringLiteral("0 done (GO), 1 failed (NO-GO)");
    QTest::newRow("gui") << QStringLiteral("gui --help") << QStringLiteral("0 the wizard was closed");
    QTest::newRow("playbooks") << QStringLiteral("playbooks --help") << QStringLiteral("0 listed; 2 none found");
    QTest::newRow("validate") << QStringLiteral("validate --help") << QStringLiteral("0 every file is valid");
    QTest::newRow("run") << QStringLiteral("run --help") << QStringLiteral("0 GO, or GO with waivers; 1 NO-GO");
    QTest::newRow("resume") << QStringLiteral("resume --help") << QStringLiteral("0 GO, or GO with waivers; 1 NO-GO");
    QTest::newRow("simulator") << QStringLiteral("simulator --help") << QStringLiteral("0 stopped by Ctrl-C");
}

// The top level and every command: "Usage:", the summary, "Options:" in one layout (names in
// the first 26 columns, text wrapped under itself, no line past 100), where output goes for
// the commands that print, and "Exit status:" saying what the codes mean for that command.
void tst_CommandLine::everyHelpHasOneStyleAndItsExitStatus()
{
    QFETCH(QString, line);
    QFETCH(QString, exitStatus);
    const ParseResult result = parseCommandLine(argv(line));
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, int(ExitOk));
    const QString text = result.error().text;
    QVERIFY2(text.startsWith(QLatin1String("Usage: upgrade-wizard ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\n\nOptions:\n  -l, --log-level LEVEL   Write log messages")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\n\nExit status:\n  ") + exitStatus), qPrintable(text));
    QVERIFY2(
        text.contains(QLatin1String("\n\nOutput:\n  Progress and results on stdout; warnings and errors on stderr"))
            || line.startsWith(QLatin1String("gui")),
        qPrintable(text));
    const QStringList lines = text.split(u'\n');
    for (const QString &l : lines)
        QVERIFY2(l.size() <= 100, qPrintable(l));
    // An option's continuation lines sit under its text.
    const qsizetype options = lines.indexOf(QStringLiteral("Options:"));
    QVERIFY(options > 0);
    for (qsizetype i = options + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i)
        QVERIFY2(lines.at(i).startsWith(QLatin1String("  -")) || lines.at(i).startsWith(QString(26, u' ')),
                 qPrintable(lines.at(i)));
}

void tst_CommandLine::reportIsJsonOrHtmlNeverPdf()
{
    const ParseResult help = parseCommandLine(argv(QStringLiteral("run --help")));
    QVERIFY(!help.has_value());
    QVERIFY2(help.error().text.contains(QLatin1String("HTML when FILE ends in .html or")),
             qPrintable(help.error().text));
    const ParseResult html = parseCommandLine(argv(QStringLiteral("run sample-local --report r.html")));
    QVERIFY(html.has_value());
    QCOMPARE(html->reportFile, QStringLiteral("r.html"));
    const ParseResult pdf = parseCommandLine(argv(QStringLiteral("run sample-local --report r.pdf")));
    QVERIFY(!pdf.has_value());
    QCOMPARE(pdf.error().code, int(ExitUsage));
    QVERIFY2(pdf.error().text.contains(QLatin1String("a PDF is exported from the wizard's summary page")),
             qPrintable(pdf.error().text));
}

void tst_CommandLine::acceptsLogLevelBeforeOrAfterTheCommand_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("level");
    QTest::newRow("before") << QStringLiteral("--log-level debug validate a.json") << int(spdlog::level::debug);
    QTest::newRow("after, with =") << QStringLiteral("validate a.json --log-level=warning") << int(spdlog::level::warn);
    QTest::newRow("short") << QStringLiteral("-l trace playbooks") << int(spdlog::level::trace);
    QTest::newRow("upper case") << QStringLiteral("--log-level ERROR") << int(spdlog::level::err);
    QTest::newRow("off") << QStringLiteral("--log-level off gui") << int(spdlog::level::off);
}

void tst_CommandLine::acceptsLogLevelBeforeOrAfterTheCommand()
{
    QFETCH(QString, line);
    QFETCH(int, level);
    const ParseResult result = parseCommandLine(argv(line));
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().text));
    QCOMPARE(int(result->logLevel), level);
}

void tst_CommandLine::acceptsLangBeforeOrAfterTheCommand_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("lang");
    QTest::newRow("none: the system's") << QString() << QString();
    QTest::newRow("before") << QStringLiteral("--lang de") << QStringLiteral("de");
    QTest::newRow("after the command") << QStringLiteral("gui --lang en") << QStringLiteral("en");
    QTest::newRow("with =") << QStringLiteral("--lang=de_AT gui") << QStringLiteral("de_AT");
    // Checked when the translators are installed: no translation falls back to English there.
    QTest::newRow("unknown") << QStringLiteral("--lang xx") << QStringLiteral("xx");
    QTest::newRow("headless command") << QStringLiteral("--lang de playbooks") << QStringLiteral("de");
}

void tst_CommandLine::acceptsLangBeforeOrAfterTheCommand()
{
    QFETCH(QString, line);
    QFETCH(QString, lang);
    const ParseResult result = parseCommandLine(argv(line));
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().text));
    QCOMPARE(result->lang, lang);
}

void tst_CommandLine::collectsRunParametersInOrder()
{
    const ParseResult result = parseCommandLine(argv(QStringLiteral(
        "run axway --set topology=multi --set anm_host=a=b --answers a.json --confirm-all --session /tmp/s "
        "--report r.json --rerun --skip backup=done-by-dba")));
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().text));
    QCOMPARE(result->sets, (QStringList{QStringLiteral("topology=multi"), QStringLiteral("anm_host=a=b")}));
    QCOMPARE(result->answersFile, QStringLiteral("a.json"));
    QVERIFY(result->confirmAll);
    QCOMPARE(result->sessionDir, QStringLiteral("/tmp/s"));
    QCOMPARE(result->reportFile, QStringLiteral("r.json"));
    QVERIFY(result->rerun);
    QCOMPARE(result->skips, QStringList{QStringLiteral("backup=done-by-dba")});
    QVERIFY(!result->training);
}

void tst_CommandLine::splitsSimulatorAddress()
{
    const ParseResult v4 = parseCommandLine(argv(QStringLiteral("simulator --listen 127.0.0.1:8443 --root /srv/sim")));
    QVERIFY(v4.has_value());
    QCOMPARE(v4->listenHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(v4->listenPort, quint16(8443));
    QCOMPARE(v4->rootDir, QStringLiteral("/srv/sim"));

    const ParseResult v6 = parseCommandLine(argv(QStringLiteral("simulator --listen [::1]:9080 --root /srv/sim")));
    QVERIFY(v6.has_value());
    QCOMPARE(v6->listenHost, QStringLiteral("::1"));
    QCOMPARE(v6->listenPort, quint16(9080));
}

void tst_CommandLine::decidesWhetherTheGuiIsWanted_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("gui");
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("gui") << QStringLiteral("gui") << true;
    QTest::newRow("qt platform option") << QStringLiteral("-platform offscreen") << true;
    QTest::newRow("qt option then gui") << QStringLiteral("-style fusion gui") << true;
    QTest::newRow("log level value is not a command") << QStringLiteral("--log-level debug") << true;
    QTest::newRow("validate") << QStringLiteral("validate a.json") << false;
    QTest::newRow("log level then run") << QStringLiteral("-l debug run a") << false;
    QTest::newRow("lang value is not a command") << QStringLiteral("--lang de") << true;
    QTest::newRow("lang then validate") << QStringLiteral("--lang de validate a.json") << false;
    QTest::newRow("version") << QStringLiteral("--version") << false;
    QTest::newRow("help") << QStringLiteral("--help") << false;
    QTest::newRow("gui's help needs no window") << QStringLiteral("gui --help") << false;
    QTest::newRow("gui's options with help") << QStringLiteral("gui --training -h") << false;
    QTest::newRow("gui with options") << QStringLiteral("gui --training --fault a=b") << true;
    QTest::newRow("unknown command") << QStringLiteral("frob") << false;
}

void tst_CommandLine::decidesWhetherTheGuiIsWanted()
{
    QFETCH(QString, line);
    QFETCH(bool, gui);
    QCOMPARE(wantsGui(argv(line)), gui);
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
