// The German translation (issue 6): complete, placeholders intact, every text of every bundled
// playbook in it, and loaded the way main() loads it. Issue 17: every sentence the engine makes
// ("uw::Outcome", wizard/support/text.h) is in it, and a real training session that fails reads
// German in German: the outcomes the pages show, and why the next step waits.

#include "app/commandline.h"
#include "app/translations.h"
#include "plandemo.h"
#include "playbookstrings.h"
#include "wine.h"
#include "wizard/playbook/plan.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/report/planreport.h"
#include "wizard/report/sessioncompare.h"
#include "wizard/run/engine.h"
#include "wizard/run/session.h"
#include "wizard/simulator/trainingenvironment.h"
#include "wizard/support/text.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace uw;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    QString type; // the translation's type attribute: empty when finished
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
            // A numerus translation's forms follow as <numerusform> elements.
            messages << message;
        } else if (name == QLatin1String("numerusform")) {
            messages.last().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

const QString kPlaybookTitle = QStringLiteral("Axway API Gateway 7.5.x / 7.6.x to 7.7 (external Cassandra)");
const QString kUiString = QStringLiteral("Welcome to Upgrade Wizard");

QString translatedPlaybookTitle()
{
    return QCoreApplication::translate("playbook", kPlaybookTitle.toUtf8().constData());
}

QString translatedUiString()
{
    return QCoreApplication::translate("uw::pages::WelcomePage", kUiString.toUtf8().constData());
}

// Every QT_TRANSLATE_NOOP("uw::Outcome", "...") in uw_core's sources, as lupdate reads it
// (adjacent literals joined, escapes undone): "file:line: text".
QMap<QString, QString> outcomeSentencesInTheSources()
{
    static const QRegularExpression site(
        QStringLiteral("QT_TRANSLATE_NOOP\\(\\s*\"uw::Outcome\"\\s*,((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\")+)\\s*\\)"));
    static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QMap<QString, QString> found;
    QDirIterator it(QStringLiteral(UW_SOURCE_DIR "/wizard"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Comment lines go (text.h shows the form in one), kept as empty lines for the numbers.
        static const QRegularExpression comment(QStringLiteral("^[ \\t]*//[^\\n]*"),
                                                QRegularExpression::MultilineOption);
        const QString code = QString::fromUtf8(file.readAll()).replace(comment, QString());
        for (const auto &match : site.globalMatch(code)) {
            QString text;
            for (const auto &piece : literal.globalMatch(match.captured(1)))
                text += piece.captured(1);
            text.replace(QLatin1String("\\\""), QLatin1String("\""))
                .replace(QLatin1String("\\\\"), QLatin1String("\\"));
            const qsizetype line = code.left(match.capturedStart()).count(u'\n') + 1;
            found.insert(text,
                         QStringLiteral("%1:%2")
                             .arg(QDir(QStringLiteral(UW_SOURCE_DIR)).relativeFilePath(file.fileName()))
                             .arg(line));
        }
    }
    return found;
}

// The sentences of a Text and of the Texts inside it that the translation is to have (a
// template of placeholders only is shown as it is).
void collectSentences(const Text &text, QStringList &into)
{
    if (std::any_of(text.source.cbegin(), text.source.cend(), [](QChar c) { return c.isLetter(); }))
        into << text.source;
    for (const Text &inner : text.argTexts)
        if (!inner.isEmpty())
            collectSentences(inner, into);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyMessageIsTranslated();
    void placeholdersSurviveTranslation();
    void everyBundledPlaybookTextIsInTheTs();
    void langDeInstallsGerman_data();
    void langDeInstallsGerman();
    void englishNeedsNoTranslation();
    void unknownLanguageFallsBackToEnglish();
    void langSetsTheLocaleOfDatesAndNumbers_data();
    void langSetsTheLocaleOfDatesAndNumbers();
    void everyOutcomeSentenceIsInTheTs();
    void aFailedTrainingSessionReadsGermanInGerman();
    void thePlanAndTheComparisonReadGermanInGerman();

private:
    QList<Message> m_messages;
};

void tst_Translations::initTestCase()
{
    QString error;
    m_messages = readTs(QStringLiteral(UW_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_messages.size() > 100);
}

void tst_Translations::cleanup()
{
    app::installTranslations(QStringLiteral("en"));
}

void tst_Translations::everyMessageIsTranslated()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(message.context, message.source.left(80));
        if (!message.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(where, message.type);
        else if (message.translations.isEmpty()
                 || std::any_of(message.translations.cbegin(), message.translations.cend(),
                                [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems << QStringLiteral("%1 has an empty translation").arg(where);
        else if (message.numerus && message.translations.size() != 2)
            problems << QStringLiteral("%1 needs two numerus forms for German").arg(where);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::placeholdersSurviveTranslation()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        const QSet<QString> wanted = placeholders(message.source);
        for (const QString &translation : message.translations) {
            const QSet<QString> missing = wanted - placeholders(translation);
            if (!missing.isEmpty())
                problems << QStringLiteral("%1: \"%2\" lacks %3")
                                .arg(message.context, translation.left(80),
                                     QStringList(missing.cbegin(), missing.cend()).join(u' '));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::everyBundledPlaybookTextIsInTheTs()
{
    QSet<QString> translated;
    for (const Message &message : std::as_const(m_messages))
        if (message.context == QLatin1String("playbook"))
            translated.insert(message.source);

    QList<Playbook> playbooks;
    for (const BundledPlaybook &bundled : bundledPlaybooks()) {
        auto playbook = PlaybookLoader::loadFile(bundled.path);
        QVERIFY2(playbook, qPrintable(bundled.path));
        playbooks << *playbook;
    }
    QVERIFY(playbooks.size() >= 5);

    QStringList missing;
    for (const i18n::PlaybookString &string : i18n::playbookStrings(playbooks))
        if (!translated.contains(string.text))
            missing << QStringLiteral("%1: \"%2\"").arg(string.origins.constFirst(), string.text.left(80));
    // Run `cmake --build build --target update_translations` and translate what it adds.
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the playbook context of the .ts:\n") + missing.join(u'\n')));
}

void tst_Translations::langDeInstallsGerman_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("--lang de") << QStringLiteral("--lang de");
    QTest::newRow("after the command") << QStringLiteral("gui --lang de");
    QTest::newRow("a region") << QStringLiteral("--lang de_AT");
    QTest::newRow("a BCP 47 tag") << QStringLiteral("--lang de-CH");
}

void tst_Translations::langDeInstallsGerman()
{
    QFETCH(QString, line);
    QStringList arguments{QStringLiteral("upgrade-wizard")};
    arguments << line.split(u' ');
    const app::ParseResult parsed = app::parseCommandLine(arguments);
    QVERIFY(parsed);
    QVERIFY(app::availableLanguages().contains(QLatin1String("de")));

    // As main() does for the GUI.
    QCOMPARE(app::installTranslations(parsed->lang), QStringLiteral("de"));
    QCOMPARE(translatedUiString(), QStringLiteral("Willkommen bei Upgrade Wizard"));
    QCOMPARE(translatedPlaybookTitle(), QStringLiteral("Axway API Gateway 7.5.x / 7.6.x auf 7.7 (externes Cassandra)"));
    // A numerus form picks the German plural.
    QCOMPARE(QCoreApplication::translate("uw::pages::LogPanel", "%Ln line(s)", nullptr, 3), QStringLiteral("3 Zeilen"));
}

void tst_Translations::englishNeedsNoTranslation()
{
    QCOMPARE(app::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(app::installTranslations(QStringLiteral("en")), QString());
    QCOMPARE(translatedUiString(), kUiString);
    QCOMPARE(translatedPlaybookTitle(), kPlaybookTitle);
}

void tst_Translations::unknownLanguageFallsBackToEnglish()
{
    const app::ParseResult parsed
        = app::parseCommandLine({QStringLiteral("upgrade-wizard"), QStringLiteral("--lang"), QStringLiteral("xx")});
    QVERIFY(parsed);
    QCOMPARE(parsed->lang, QStringLiteral("xx"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("--lang xx: no translation.*English")));
    QCOMPARE(app::installTranslations(parsed->lang), QString());
    QCOMPARE(translatedUiString(), kUiString);
    QCOMPARE(translatedPlaybookTitle(), kPlaybookTitle);
}

void tst_Translations::langSetsTheLocaleOfDatesAndNumbers_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addColumn<QLocale::Territory>("territory");
    QTest::newRow("de") << QStringLiteral("de") << QLocale::German << QLocale::Germany;
    QTest::newRow("de_AT") << QStringLiteral("de_AT") << QLocale::German << QLocale::Austria;
    QTest::newRow("de-CH") << QStringLiteral("de-CH") << QLocale::German << QLocale::Switzerland;
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << QLocale::English << QLocale::UnitedKingdom;
    QTest::newRow("en") << QStringLiteral("en") << QLocale::English << QLocale::UnitedStates;
}

void tst_Translations::langSetsTheLocaleOfDatesAndNumbers()
{
    QFETCH(QString, lang);
    QFETCH(QLocale::Language, language);
    QFETCH(QLocale::Territory, territory);
    app::installTranslations(lang);
    QCOMPARE(QLocale().language(), language);
    QCOMPARE(QLocale().territory(), territory);
    // What the pages write a step's time with (stepwidget.cpp).
    const QDateTime time(QDate(2026, 12, 6), QTime(18, 5));
    QCOMPARE(QLocale().toString(time, QLocale::ShortFormat),
             QLocale(language, territory).toString(time, QLocale::ShortFormat));
    if (territory == QLocale::Germany || territory == QLocale::Austria)
        QCOMPARE(QLocale().toString(76.5, 'f', 1), QStringLiteral("76,5"));
}

void tst_Translations::everyOutcomeSentenceIsInTheTs()
{
    QSet<QString> inTs;
    for (const Message &message : std::as_const(m_messages))
        if (message.context == QLatin1String(kOutcomeContext))
            inTs.insert(message.source);
    const QMap<QString, QString> sentences = outcomeSentencesInTheSources();
    // The scan finds them (a regular expression that finds nothing would pass anything).
    QVERIFY2(sentences.size() > 150, qPrintable(QString::number(sentences.size())));
    QVERIFY(sentences.contains(QStringLiteral("could not start %1: %2")));
    QVERIFY(sentences.contains(QStringLiteral("\"%1\" cannot start yet: %2")));
    QStringList missing;
    for (auto it = sentences.cbegin(); it != sentences.cend(); ++it)
        if (!inTs.contains(it.key()))
            missing << QStringLiteral("%1: \"%2\"").arg(it.value(), it.key().left(100));
    // Run `cmake --build build --target update_translations` and translate what it adds.
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("%1 sentence(s) not in the uw::Outcome context of the .ts:\n").arg(missing.size())
                   + missing.join(u'\n')));
}

void tst_Translations::aFailedTrainingSessionReadsGermanInGerman()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls); // the tour's checks before the export call the simulated ANM
    // A real session of the training tour against the simulator, the export failing on an
    // inconsistent group, run by the engine the wizard runs, with the German translation.
    qputenv("UW_SIM_SPEED", "0");
    QCOMPARE(app::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto loaded = loadPlaybook(QStringLiteral("training-tour"));
    QVERIFY(loaded);
    const auto playbook = std::make_shared<const Playbook>(std::move(*loaded));

    sim::TrainingEnvironment::Options options;
    options.root = dir.filePath(QStringLiteral("sandbox"));
    options.toolPath = QStringLiteral(UW_SIMTOOL_PATH);
    options.nodes = sim::TrainingEnvironment::nodesFor(*playbook);
    auto faults = sim::Faults::parse({QStringLiteral("sysupgrade.export=inconsistent-group")});
    QVERIFY2(faults, qPrintable(faults ? QString() : faults.error()));
    options.faults = *faults;
    auto environment = sim::TrainingEnvironment::start(options);
    QVERIFY2(environment, qPrintable(environment ? QString() : environment.error()));

    auto values = resolveParameters(*playbook, (*environment)->parametersFor(*playbook));
    QVERIFY2(values, qPrintable(values ? QString() : values.error().join(u'\n')));
    auto plan = Plan::build(playbook, *values);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().join(u'\n')));
    auto session = Session::create(dir.filePath(QStringLiteral("session")), *playbook, *values,
                                   QStringLiteral("tester"), (*environment)->sandbox().root());
    QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
    Engine engine(std::move(*plan), **session);
    QList<Text> progressTexts; // what the tasks' progress bars said
    connect(&engine, &Engine::progress, this,
            [&progressTexts](const QString &, double, const Text &text) { progressTexts << text; });

    // Everything in order, as an operator with --confirm-all would, until a step fails.
    QString failed;
    QStringList ran;
    for (const Step &step : engine.plan().steps()) {
        if (step.item->type == Item::Type::Info)
            continue;
        if (step.item->type == Item::Type::Confirm) {
            QVERIFY(engine.confirm(step.key, QStringLiteral("tester"), {}, true));
            continue;
        }
        QSignalSpy finished(&engine, &Engine::stepFinished);
        auto started = engine.start(step.key);
        QVERIFY2(started,
                 qPrintable(step.key + QStringLiteral(": ") + (started ? QString() : started.error().toString())));
        QDeadlineTimer deadline(120000);
        while (engine.state(step.key).status == StepState::Status::Running && !deadline.hasExpired())
            finished.wait(1000);
        QVERIFY2(engine.state(step.key).status != StepState::Status::Running, qPrintable(step.key));
        ran << step.key;
        if (engine.state(step.key).status == StepState::Status::Failed) {
            failed = step.key;
            break;
        }
    }
    QVERIFY2(failed.startsWith(QLatin1String("export@")),
             qPrintable(ran.join(u' ') + QStringLiteral(" | failed: ") + failed));

    // The English stays where it was (the journal, the command line, the JSON report)...
    const StepState state = engine.state(failed);
    QVERIFY2(state.summary.startsWith(QLatin1String("sysupgrade exited with code 1: ERROR: Group")),
             qPrintable(state.summary));
    QCOMPARE(state.summaryText.english(), state.summary);
    // ...and the page shows the German: the tool's own words stay as it wrote them.
    const QString shown = state.summaryText.translated();
    QVERIFY2(shown != state.summary && shown.contains(QLatin1String("ERROR: Group")), qPrintable(shown));

    // Every sentence this session made, passed or failed, is in the translation: outcomes, the
    // checks' evidence (the report's appendix) and the progress texts.
    QStringList sentences;
    qsizetype evidenceLines = 0;
    for (const QString &key : std::as_const(ran)) {
        collectSentences(engine.state(key).summaryText, sentences);
        for (const Text &line : engine.state(key).evidence) {
            collectSentences(line, sentences);
            ++evidenceLines;
        }
    }
    QVERIFY2(evidenceLines > 5, qPrintable(QString::number(evidenceLines)));
    QVERIFY(!progressTexts.isEmpty());
    for (const Text &text : std::as_const(progressTexts))
        collectSentences(text, sentences);
    // A step after the failed export waits for it, and says so.
    Text waits;
    bool after = false;
    for (const Step &step : engine.plan().steps()) {
        if (after && waits.isEmpty())
            waits = engine.whyNotStartableText(step.key);
        after = after || step.key == failed;
    }
    QVERIFY2(!waits.isEmpty(), "no step waits for the failed export");
    collectSentences(waits, sentences);
    QVERIFY(sentences.size() > 5);
    QStringList english;
    for (const QString &sentence : std::as_const(sentences))
        if (QCoreApplication::translate(kOutcomeContext, sentence.toUtf8().constData()) == sentence)
            english << sentence;
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("still English in German:\n") + english.join(u'\n')));
    QVERIFY2(waits.translated() != waits.english(), qPrintable(waits.translated()));

    // A refusal the pages show (Error::shownMessage) is German too; its message stays English.
    const auto refused = engine.changeParameters(engine.plan().parameters(), QString(), QString());
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, QStringLiteral("changing parameters needs a reason and the operator's name"));
    QVERIFY2(refused.error().shownMessage().contains(QLatin1String("Grund")),
             qPrintable(refused.error().shownMessage()));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"

void tst_Translations::thePlanAndTheComparisonReadGermanInGerman()
{
    // The wizard shows the plan and the comparison in its language; the JSON (and the command
    // line, which installs no translation) keeps the English.
    QCOMPARE(app::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    const auto plan = test::planDemo(QStringLiteral("s3cr3t-Pa55"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error()));
    const QJsonObject report = buildPlanReport(*plan,
                                               {QStringLiteral("/sessions/demo"), QStringLiteral("now"),
                                                QStringLiteral("demo"), QStringLiteral("/usr/bin/uw")});
    const QString text = planText(report);
    for (const char *german : {"Gesamt: 7 Schritte: ", "UNUMKEHRBAR: Nach diesem Schritt gibt es kein Zurück",
                               " sichern", "nach Back up auf A, B: a migration needs its backup", "geschätzt "})
        QVERIFY2(text.contains(QString::fromUtf8(german)), qPrintable(QString::fromUtf8(german) + u'\n' + text));
    QVERIFY2(!text.contains(QLatin1String("IRREVERSIBLE")) && !text.contains(QLatin1String("Total:")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("s3cr3t-Pa55")));
    const QString html = planHtml(report);
    QVERIFY(html.contains(QLatin1String("<html lang=\"de\">")));
    QVERIFY(html.contains(QLatin1String("Was er tut")) && html.contains(QLatin1String("UNUMKEHRBAR")));
    // The JSON stays English (a script reads the same plan in every language), and the words
    // are chosen when the plan is shown: the same report reads English without the translation.
    bool englishDoes = false;
    for (const QJsonValue &step : report.value(QLatin1String("steps")).toArray())
        englishDoes = englishDoes || step.toObject().value(QLatin1String("does")).toString().startsWith(u"back up ");
    QVERIFY(englishDoes);
    app::installTranslations(QStringLiteral("en"));
    const QString english = planText(report);
    QVERIFY2(english.contains(QLatin1String("Total: 7 steps: "))
                 && english.contains(QLatin1String("\n         back up "))
                 && english.contains(QLatin1String("after Back up on A, B: a migration needs its backup")),
             qPrintable(english));
    QCOMPARE(app::installTranslations(QStringLiteral("de")), QStringLiteral("de"));

    const QJsonObject comparison{{QStringLiteral("a"),
                                  QJsonObject{{QStringLiteral("playbook"), QStringLiteral("demo")},
                                              {QStringLiteral("dir"), QStringLiteral("/s/a")},
                                              {QStringLiteral("training"), true}}},
                                 {QStringLiteral("b"),
                                  QJsonObject{{QStringLiteral("playbook"), QStringLiteral("demo")},
                                              {QStringLiteral("dir"), QStringLiteral("/s/b")},
                                              {QStringLiteral("decision"), QStringLiteral("NO-GO: 6 blocker(s)")},
                                              {QStringLiteral("go"), false},
                                              {QStringLiteral("blockers"), 6}}},
                                 {QStringLiteral("factor"), 3},
                                 {QStringLiteral("outcomes"),
                                  QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Export")},
                                                         {QStringLiteral("a"), QStringLiteral("passed")},
                                                         {QStringLiteral("b"), QStringLiteral("failed")}}}},
                                 {QStringLiteral("differences"), 1}};
    const QString compared = compareText(comparison);
    for (const char *german :
         {"Vergleich: demo", "/s/a (Schulung)", "== Ergebnisse, die sich unterscheiden",
          "Export: in A bestanden, in B fehlgeschlagen", "1 Unterschied(e)", "B: /s/b, NO-GO: 6 Blocker, begonnen"})
        QVERIFY2(compared.contains(QString::fromUtf8(german)),
                 qPrintable(QString::fromUtf8(german) + u'\n' + compared));
}
