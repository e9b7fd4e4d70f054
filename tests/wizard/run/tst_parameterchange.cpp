// Changing parameters mid-session (Engine::changeParameters): validated, journalled with old and
// new values (secrets masked), who and why; the steps whose check or task changed, and those
// after them, are to be done again; the others keep their results; a resume plans with the
// new values.

#include "enginerun.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace uw;

namespace {

const QByteArray kPlaybook = R"({"schema": 1, "id": "change", "title": "Change", "product": "Test",
 "from": ["1.*"], "to": "2", "source": {"document": "test"},
 "parameters": [
   {"id": "anm_host", "type": "host", "label": "ANM host", "required": true},
   {"id": "password", "type": "secret", "label": "Password", "required": true},
   {"id": "nodes", "type": "nodes", "label": "Nodes", "roles": [{"id": "gw", "label": "Gateway"}], "min_items": 1}
 ],
 "pages": [{"id": "only", "title": "Only", "items": [
   {"id": "ready", "type": "confirm", "title": "Ready", "help": "h", "severity": "blocker"},
   {"id": "anm", "type": "check", "title": "ANM named", "help": "h", "severity": "blocker",
    "check": {"kind": "path-absent", "path": "/nonexistent/${anm_host}"}},
   {"id": "node", "type": "check", "title": "Node", "help": "h", "severity": "blocker",
    "foreach": {"nodes": "nodes"}, "check": {"kind": "path-absent", "path": "/nonexistent/${node.host}"}},
   {"id": "login", "type": "check", "title": "Login", "help": "h", "severity": "blocker", "after": ["anm"],
    "check": {"kind": "path-absent", "path": "/nonexistent/${password}"}}
 ]}]})";

QJsonArray nodes(const QStringList &names)
{
    QJsonArray array;
    for (const QString &name : names)
        array.append(QJsonObject{{QStringLiteral("name"), name},
                                 {QStringLiteral("host"), name.toLower() + QStringLiteral(".example")},
                                 {QStringLiteral("role"), QStringLiteral("gw")}});
    return array;
}

const QString kSecret = QStringLiteral("s3cr3t-horse");
const QString kNewSecret = QStringLiteral("n3w-b4ttery");

} // namespace

class tst_ParameterChange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void stepsThatUseAChangedValueAreDoneAgainTheOthersKeepTheirResults();
    void aNewNodeIsExplainedAndItsStepsAreToBeDone();
    void aChangedSecretIsNeverWritten();
    void aWrongValueIsRefusedAndNothingChanges();
    void aResumePlansWithTheNewValues();

private:
    ParameterValues given(const QString &anm, const QStringList &nodeNames, const QString &password = kSecret) const
    {
        return {{QStringLiteral("anm_host"), anm},
                {QStringLiteral("password"), password},
                {QStringLiteral("nodes"), nodes(nodeNames)}};
    }
    QList<QJsonObject> changes() const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &record : m_run->session->records())
            if (record.value(QLatin1String("event")).toString() == u"parameters-changed")
                found << record;
        return found;
    }

    std::unique_ptr<test::EngineRun> m_run;
};

void tst_ParameterChange::init()
{
    m_run = std::make_unique<test::EngineRun>();
    const QString file = m_run->dir.filePath(QStringLiteral("change.json"));
    QVERIFY(test::writeFile(file, kPlaybook));
    auto loaded = PlaybookLoader::loadFile(file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().first().toString()));
    QVERIFY2(m_run->open(std::make_shared<const Playbook>(std::move(*loaded)),
                         given(QStringLiteral("anm.wrong"), {QStringLiteral("NodeA"), QStringLiteral("NodeB")}),
                         QStringLiteral("tester")),
             qPrintable(m_run->error));
    QVERIFY(m_run->engine->confirm(QStringLiteral("ready"), QStringLiteral("tester"), QString()));
    for (const QString &key :
         {QStringLiteral("anm"), QStringLiteral("node@NodeA"), QStringLiteral("node@NodeB"), QStringLiteral("login")})
        QCOMPARE(m_run->run(key), QString());
}

void tst_ParameterChange::cleanup()
{
    m_run.reset();
}

void tst_ParameterChange::stepsThatUseAChangedValueAreDoneAgainTheOthersKeepTheirResults()
{
    QSignalSpy planChanged(m_run->engine.get(), &Engine::planChanged);
    auto changed = m_run->engine->changeParameters(
        given(QStringLiteral("anm.right"), {QStringLiteral("NodeA"), QStringLiteral("NodeB")}), QStringLiteral("bob"),
        QStringLiteral("the wrong-anm remedy"));
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().toString()));
    QVERIFY2(englishTexts(*changed).contains(QStringLiteral("anm_host: \"anm.wrong\" -> \"anm.right\"")),
             qPrintable(englishTexts(*changed).join(u'\n')));
    // anm uses the host; login comes after anm; the sign-off and the node checks do not change.
    QVERIFY2(englishTexts(*changed).contains(QStringLiteral("to be done again (2): ANM named; Login")),
             qPrintable(englishTexts(*changed).join(u'\n')));
    QVERIFY2(englishTexts(*changed).contains(QStringLiteral("3 step(s) keep their results")),
             qPrintable(englishTexts(*changed).join(u'\n')));
    QCOMPARE(planChanged.size(), 1);
    const Engine &engine = *m_run->engine;
    QCOMPARE(engine.state(QStringLiteral("anm")).status, StepState::Status::Pending);
    QCOMPARE(engine.state(QStringLiteral("anm")).summary, QStringLiteral("to be done again: anm_host changed"));
    QCOMPARE(engine.state(QStringLiteral("login")).status, StepState::Status::Pending);
    QCOMPARE(engine.state(QStringLiteral("ready")).status, StepState::Status::Confirmed);
    QCOMPARE(engine.state(QStringLiteral("node@NodeA")).status, StepState::Status::Passed);
    QVERIFY(!engine.decision().go);

    const QList<QJsonObject> records = changes();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().value(QLatin1String("operator")).toString(), QStringLiteral("bob"));
    QCOMPARE(records.first().value(QLatin1String("reason")).toString(), QStringLiteral("the wrong-anm remedy"));
    const QJsonObject anm
        = records.first().value(QLatin1String("changes")).toObject().value(QLatin1String("anm_host")).toObject();
    QCOMPARE(anm.value(QLatin1String("old")).toString(), QStringLiteral("\"anm.wrong\""));
    QCOMPARE(anm.value(QLatin1String("new")).toString(), QStringLiteral("\"anm.right\""));
    QCOMPARE(records.first().value(QLatin1String("reset")).toArray(),
             (QJsonArray{QStringLiteral("anm"), QStringLiteral("login")}));

    // The check now runs with the new value.
    QCOMPARE(m_run->run(QStringLiteral("anm")), QString());
    QVERIFY(m_run->engine->state(QStringLiteral("anm")).summary.contains(QLatin1String("anm.right")));

    // The same values again change nothing and record nothing.
    auto again = m_run->engine->changeParameters(
        given(QStringLiteral("anm.right"), {QStringLiteral("NodeA"), QStringLiteral("NodeB")}), QStringLiteral("bob"),
        QStringLiteral("again"));
    QVERIFY(again && again->isEmpty());
    QCOMPARE(changes().size(), 1);
}

void tst_ParameterChange::aNewNodeIsExplainedAndItsStepsAreToBeDone()
{
    auto changed = m_run->engine->changeParameters(
        given(QStringLiteral("anm.wrong"), {QStringLiteral("NodeA"), QStringLiteral("NodeC")}), QStringLiteral("bob"),
        QStringLiteral("NodeB was retired, NodeC replaces it"));
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().toString()));
    const QString said = englishTexts(*changed).join(u'\n');
    QVERIFY2(said.contains(QLatin1String("added node(s) NodeC: their steps are to be done")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("removed node(s) NodeB: their steps leave the plan")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("no step has to be done again")), qPrintable(said));
    QVERIFY(!m_run->engine->plan().step(QStringLiteral("node@NodeB")));
    QCOMPARE(m_run->engine->state(QStringLiteral("node@NodeC")).status, StepState::Status::Pending);
    QCOMPARE(m_run->engine->state(QStringLiteral("node@NodeA")).status, StepState::Status::Passed);
}

void tst_ParameterChange::aChangedSecretIsNeverWritten()
{
    auto changed = m_run->engine->changeParameters(
        given(QStringLiteral("anm.wrong"), {QStringLiteral("NodeA"), QStringLiteral("NodeB")}, kNewSecret),
        QStringLiteral("bob"), QStringLiteral("the password was rotated"));
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().toString()));
    QVERIFY2(englishTexts(*changed).contains(QStringLiteral("password: ****** -> ******")),
             qPrintable(englishTexts(*changed).join(u'\n')));
    QVERIFY(!englishTexts(*changed).join(u'\n').contains(kNewSecret));
    QCOMPARE(m_run->engine->state(QStringLiteral("login")).status, StepState::Status::Pending);
    QCOMPARE(m_run->run(QStringLiteral("login")), QString());
    for (const QString &file : {QStringLiteral("journal.jsonl"), QStringLiteral("session.json")}) {
        const QByteArray text = test::readFile(m_run->session->dir() + u'/' + file);
        QVERIFY2(!text.contains(kNewSecret.toUtf8()) && !text.contains(kSecret.toUtf8()), qPrintable(file));
    }
}

void tst_ParameterChange::aWrongValueIsRefusedAndNothingChanges()
{
    auto changed = m_run->engine->changeParameters(given(QStringLiteral("anm.right"), {}), QStringLiteral("bob"),
                                                   QStringLiteral("oops"));
    QVERIFY(!changed);
    QVERIFY2(changed.error().toString().contains(QLatin1String("nodes")), qPrintable(changed.error().toString()));
    QVERIFY(!m_run->engine->changeParameters(given(QStringLiteral("anm.right"), {QStringLiteral("NodeA")}),
                                             QStringLiteral("bob"), QStringLiteral(" ")));
    QCOMPARE(changes().size(), 0);
    QCOMPARE(m_run->engine->state(QStringLiteral("anm")).status, StepState::Status::Passed);
}

void tst_ParameterChange::aResumePlansWithTheNewValues()
{
    QVERIFY(m_run->engine->changeParameters(
        given(QStringLiteral("anm.right"), {QStringLiteral("NodeA"), QStringLiteral("NodeB")}), QStringLiteral("bob"),
        QStringLiteral("remedy")));
    const QString dir = m_run->session->dir();
    m_run->engine.reset();
    m_run->session.reset();
    auto reopened = Session::open(dir);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->info().parameters.value(QLatin1String("anm_host")).toString(), QStringLiteral("anm.right"));
    // The journal alone says the reset steps are to be done again.
    const StepStates states = replayJournal((*reopened)->records());
    QCOMPARE(states.value(QStringLiteral("anm")).status, StepState::Status::Pending);
    QCOMPARE(states.value(QStringLiteral("node@NodeA")).status, StepState::Status::Passed);
}

QTEST_GUILESS_MAIN(tst_ParameterChange)
#include "tst_parameterchange.moc"
