// uw::Text (wizard/support/text.h): a sentence kept as its English template and arguments, shown
// in English or translated, written to JSON and read back, and read from records that have only
// the English (journals written before ids existed).

#include "wizard/run/stepstate.h"
#include "wizard/support/text.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QTest>
#include <QTranslator>

using namespace uw;

namespace {

// A translator with a few German messages, installed as the wizard installs its .qm.
class FakeGerman : public QTranslator
{
public:
    QHash<QString, QString> messages; // "context|source" -> translation

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        return messages.value(QString::fromUtf8(context) + u'|' + QString::fromUtf8(sourceText));
    }
};

} // namespace

class tst_Text : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void englishFillsThePlaceholders();
    void anArgumentHoldingAPlaceholderStaysAsItIs();
    void numbersAreMadeTextAsArgDoes();
    void translatedUsesTheOutcomeContext();
    void nestedAndPlaybookArgumentsAreTranslatedToo();
    void aTemplateWithoutWordsIsNotLookedUp();
    void jsonRoundTripKeepsEverything();
    void recordWithoutIdReadsAsItsEnglish_data();
    void recordWithoutIdReadsAsItsEnglish();
    void journalReplayKeepsTheIdAndOldJournalsTheirEnglish();
    void secretsAreReplacedInNestedArguments();

private:
    FakeGerman *m_german = nullptr;
};

void tst_Text::init()
{
    m_german = new FakeGerman;
    m_german->messages = {
        {QStringLiteral("uw::Outcome|could not start %1: %2"), QStringLiteral("%1 konnte nicht gestartet werden: %2")},
        {QStringLiteral("uw::Outcome|%1 exited with code %2"), QStringLiteral("%1 endete mit Code %2")},
        {QStringLiteral("uw::Outcome|\"%1\" is not done yet (%2)"),
         QStringLiteral("„%1“ ist noch nicht erledigt (%2)")},
        {QStringLiteral("uw::Outcome|%1 on %2"), QStringLiteral("%1 auf %2")},
        {QStringLiteral("uw::Outcome|nothing was copied"), QStringLiteral("nichts wurde kopiert")},
        {QStringLiteral("playbook|Back up the configuration"), QStringLiteral("Konfiguration sichern")},
        {QStringLiteral("other|could not start %1: %2"), QStringLiteral("falscher Kontext")},
    };
    QVERIFY(QCoreApplication::installTranslator(m_german));
}

void tst_Text::cleanup()
{
    QCoreApplication::removeTranslator(m_german);
    delete m_german;
    m_german = nullptr;
}

void tst_Text::englishFillsThePlaceholders()
{
    const Text text(QT_TRANSLATE_NOOP("uw::Outcome", "could not start %1: %2"), QStringLiteral("sysupgrade"),
                    QStringLiteral("No such file or directory"));
    QCOMPARE(text.source, QStringLiteral("could not start %1: %2"));
    QCOMPARE(text.args, (QStringList{QStringLiteral("sysupgrade"), QStringLiteral("No such file or directory")}));
    QCOMPARE(text.english(), QStringLiteral("could not start sysupgrade: No such file or directory"));
    QVERIFY(Text().isEmpty());
    QVERIFY(Text().english().isEmpty());
    QVERIFY(Text().translated().isEmpty());
}

void tst_Text::anArgumentHoldingAPlaceholderStaysAsItIs()
{
    // A server's message or a path may hold "%2": it is filled in, not filled.
    const Text text(QT_TRANSLATE_NOOP("uw::Outcome", "could not start %1: %2"), QStringLiteral("a%2b"),
                    QStringLiteral("100%1 sure"));
    QCOMPARE(text.english(), QStringLiteral("could not start a%2b: 100%1 sure"));
    QCOMPARE(text.translated(), QStringLiteral("a%2b konnte nicht gestartet werden: 100%1 sure"));
    QCOMPARE(fillPlaceholders(QStringLiteral("%1 and %3 of %2, 50% done"), {QStringLiteral("a"), QStringLiteral("b")}),
             QStringLiteral("a and %3 of b, 50% done"));
}

void tst_Text::numbersAreMadeTextAsArgDoes()
{
    const Text text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 exited with code %2"), QStringLiteral("sysupgrade"), 1);
    QCOMPARE(text.english(), QStringLiteral("sysupgrade exited with code 1"));
    const Text seconds(QT_TRANSLATE_NOOP("uw::Outcome", "did not finish within %1 s: %2"), 0.5, qint64(7));
    QCOMPARE(seconds.args, (QStringList{QStringLiteral("0.5"), QStringLiteral("7")}));
}

void tst_Text::translatedUsesTheOutcomeContext()
{
    const Text text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 exited with code %2"), QStringLiteral("sysupgrade"), 1);
    QCOMPARE(text.translated(), QStringLiteral("sysupgrade endete mit Code 1"));
    // A sentence the translation lacks is shown in English.
    const Text unknown(QT_TRANSLATE_NOOP("uw::Outcome", "%1 crashed"), QStringLiteral("sysupgrade"));
    QCOMPARE(unknown.translated(), QStringLiteral("sysupgrade crashed"));
    // Without the translator: English.
    QCoreApplication::removeTranslator(m_german);
    QCOMPARE(text.translated(), text.english());
}

void tst_Text::nestedAndPlaybookArgumentsAreTranslatedToo()
{
    const Text title(QT_TRANSLATE_NOOP("uw::Outcome", "%1 on %2"),
                     Text::fromPlaybook(QStringLiteral("Back up the configuration")), QStringLiteral("NodeA"));
    const Text why(QT_TRANSLATE_NOOP("uw::Outcome", "\"%1\" is not done yet (%2)"), title,
                   Text::fromPlaybook(QStringLiteral("an order reason the translation lacks")));
    QCOMPARE(why.english(),
             QStringLiteral(
                 "\"Back up the configuration on NodeA\" is not done yet (an order reason the translation lacks)"));
    QCOMPARE(why.translated(),
             QStringLiteral(
                 "„Konfiguration sichern auf NodeA“ ist noch nicht erledigt (an order reason the translation lacks)"));

    const Text joint = joinedTexts(
        {Text(QT_TRANSLATE_NOOP("uw::Outcome", "nothing was copied")), Text::verbatim(QStringLiteral("as is"))},
        QStringLiteral("; "));
    QCOMPARE(joint.english(), QStringLiteral("nothing was copied; as is"));
    QCOMPARE(joint.translated(), QStringLiteral("nichts wurde kopiert; as is"));
    QVERIFY(joinedTexts({}, QStringLiteral("; ")).isEmpty());
}

void tst_Text::aTemplateWithoutWordsIsNotLookedUp()
{
    m_german->messages.insert(QStringLiteral("uw::Outcome|%1"), QStringLiteral("übersetzt"));
    m_german->messages.insert(QStringLiteral("uw::Outcome|%1; %2"), QStringLiteral("übersetzt"));
    QCOMPARE(Text::verbatim(QStringLiteral("as the server said it")).translated(),
             QStringLiteral("as the server said it"));
    QCOMPARE(Text("%1; %2", QStringLiteral("a"), QStringLiteral("b")).translated(), QStringLiteral("a; b"));
}

void tst_Text::jsonRoundTripKeepsEverything()
{
    const Text inner(QT_TRANSLATE_NOOP("uw::Outcome", "%1 on %2"),
                     Text::fromPlaybook(QStringLiteral("Back up the configuration")), QStringLiteral("NodeA"));
    const Text text(QT_TRANSLATE_NOOP("uw::Outcome", "could not start %1: %2"), inner, QStringLiteral("denied"));
    const QJsonObject json = text.toJson();
    QCOMPARE(json.value(QLatin1String("id")).toString(), QStringLiteral("could not start %1: %2"));
    QCOMPARE(json.value(QLatin1String("args")).toArray().size(), 2);
    QVERIFY(json.value(QLatin1String("arg_texts")).toObject().contains(QLatin1String("0")));
    const Text back = Text::fromJson(json, text.english());
    QCOMPARE(back, text);
    QCOMPARE(back.translated(),
             QStringLiteral("Konfiguration sichern auf NodeA konnte nicht gestartet werden: denied"));
    // Plain: no arg_texts, no playbook_args.
    const QJsonObject plain = Text(QT_TRANSLATE_NOOP("uw::Outcome", "nothing was copied")).toJson();
    QCOMPARE(plain.keys(), (QStringList{QStringLiteral("args"), QStringLiteral("id")}));
    QCOMPARE(Text::fromJson(plain, QStringLiteral("nothing was copied")).translated(),
             QStringLiteral("nichts wurde kopiert"));
}

void tst_Text::recordWithoutIdReadsAsItsEnglish_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("english");
    const QString english = QStringLiteral("nothing was copied");
    QTest::newRow("no id (an old journal)") << QJsonObject() << english;
    QTest::newRow("an id that is not text") << QJsonObject{{QStringLiteral("id"), 3}} << english;
    QTest::newRow("an argument that is not text")
        << QJsonObject{{QStringLiteral("id"), QStringLiteral("could not start %1: %2")},
                       {QStringLiteral("args"), QJsonArray{1, 2}}}
        << english;
    // The English journalled wins over an id it does not match (masked, or written by hand).
    QTest::newRow("id and English disagree")
        << QJsonObject{{QStringLiteral("id"), QStringLiteral("%1 exited with code %2")},
                       {QStringLiteral("args"), QJsonArray{QStringLiteral("x"), QStringLiteral("1")}}}
        << english;
}

void tst_Text::recordWithoutIdReadsAsItsEnglish()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, english);
    const Text text = Text::fromJson(json, english);
    QCOMPARE(text.english(), english);
    // Shown as it was written, even where the translation has the sentence.
    QCOMPARE(text.translated(), english);
}

void tst_Text::journalReplayKeepsTheIdAndOldJournalsTheirEnglish()
{
    const Text outcome(QT_TRANSLATE_NOOP("uw::Outcome", "%1 exited with code %2"), QStringLiteral("sysupgrade"), 1);
    const QString time = QStringLiteral("2026-12-06T10:00:00.000Z");
    const QList<QJsonObject> records{
        {{QStringLiteral("event"), QStringLiteral("task-started")},
         {QStringLiteral("step"), QStringLiteral("new")},
         {QStringLiteral("time"), time}},
        {{QStringLiteral("event"), QStringLiteral("task-finished")},
         {QStringLiteral("step"), QStringLiteral("new")},
         {QStringLiteral("outcome"), QStringLiteral("exit-code")},
         {QStringLiteral("exit_code"), 1},
         {QStringLiteral("message"), outcome.english()},
         {QStringLiteral("message_text"), outcome.toJson()},
         {QStringLiteral("time"), time}},
        // Written before message_text existed.
        {{QStringLiteral("event"), QStringLiteral("task-finished")},
         {QStringLiteral("step"), QStringLiteral("old")},
         {QStringLiteral("outcome"), QStringLiteral("exit-code")},
         {QStringLiteral("exit_code"), 1},
         {QStringLiteral("message"), outcome.english()},
         {QStringLiteral("time"), time}},
        {{QStringLiteral("event"), QStringLiteral("check")},
         {QStringLiteral("step"), QStringLiteral("check")},
         {QStringLiteral("status"), QStringLiteral("fail")},
         {QStringLiteral("summary"), QStringLiteral("an old check's summary")},
         {QStringLiteral("time"), time}},
    };
    const StepStates states = replayJournal(records);
    QCOMPARE(states.value(QStringLiteral("new")).summary, outcome.english());
    QCOMPARE(states.value(QStringLiteral("new")).summaryText, outcome);
    QCOMPARE(states.value(QStringLiteral("new")).summaryText.translated(),
             QStringLiteral("sysupgrade endete mit Code 1"));
    QCOMPARE(states.value(QStringLiteral("old")).summary, outcome.english());
    QCOMPARE(states.value(QStringLiteral("old")).summaryText.translated(), outcome.english());
    QCOMPARE(states.value(QStringLiteral("check")).summaryText.english(), QStringLiteral("an old check's summary"));
    QCOMPARE(states.value(QStringLiteral("check")).status, StepState::Status::Failed);
}

void tst_Text::secretsAreReplacedInNestedArguments()
{
    Text text(
        QT_TRANSLATE_NOOP("uw::Outcome", "could not start %1: %2"),
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 on %2"), QStringLiteral("tool s3cret"), QStringLiteral("NodeA")),
        QStringLiteral("the server said s3cret"));
    text.replaceInArgs(QStringLiteral("s3cret"), QStringLiteral("***"));
    QVERIFY(!text.english().contains(QLatin1String("s3cret")));
    QVERIFY(!text.translated().contains(QLatin1String("s3cret")));
    QCOMPARE(text.english(), QStringLiteral("could not start tool *** on NodeA: the server said ***"));
}

QTEST_GUILESS_MAIN(tst_Text)
#include "tst_text.moc"
