// The journal tells the truth or says it cannot: every record is checked when a session is
// opened (its frame, the hash chain, what it says against the session's playbook), anything
// unexpected refuses the session naming the journal's line, and only a torn last line is
// forgiven, with a warning. tests/data/hostile/journals holds one journal per way it can be
// wrong, each with what opening it must answer.

#include "enginerun.h"
#include "testfiles.h"
#include "wizard/report/report.h"
#include "wizard/run/journal.h"
#include "wizard/run/session.h"
#include "wizard/run/stepstate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace uw;

namespace {

const QString kCorpus = QStringLiteral(UW_HOSTILE_DATA_DIR "/journals");

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The journal's lines, without their newlines (and without the empty rest after the last one).
QList<QByteArray> linesOf(const QByteArray &journal)
{
    QList<QByteArray> lines = journal.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray joined(const QList<QByteArray> &lines)
{
    QByteArray out;
    for (const QByteArray &line : lines)
        out += line + '\n';
    return out;
}

// The first `count` lines of `journal`, with their newlines.
QByteArray firstLines(const QByteArray &journal, int count)
{
    qsizetype end = 0;
    for (int i = 0; i < count; ++i)
        end = journal.indexOf('\n', end) + 1;
    return journal.left(end);
}

bool append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}

QString errorOf(const Result<std::unique_ptr<Session>> &opened)
{
    return opened ? QString() : opened.error().toString();
}

} // namespace

class tst_Journal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsOneLinePerRecordWithSequenceAndChain();
    void ignoresATornLastLineWithAWarning();
    void cutsATornLineBeforeAppending();
    void refusesDamageBeforeTheEnd();
    void readingASessionLeavesItsJournalAlone();
    void theCorpusOfJournalsIsAnsweredAsExpected_data();
    void theCorpusOfJournalsIsAnsweredAsExpected();
    void aSessionResumesWithItsChainAndGoesOn();
    void anEditedOrDeletedRecordIsNamed_data();
    void anEditedOrDeletedRecordIsNamed();
    void aTornLastRecordOfASessionIsCutWithAWarning();
    void theReportCarriesTheJournalsHead();
    void replayMarksUnfinishedTasksInterrupted();
    void replayKeepsTheLatestStateOfEachStep();

private:
    // A session of the corpus's playbook, made by the engine, in its own folder.
    static std::unique_ptr<test::EngineRun> corpusRun();
    // Writes records with a Journal, as the program does.
    static bool writeRecords(const QString &path, QList<QJsonObject> records);
};

std::unique_ptr<test::EngineRun> tst_Journal::corpusRun()
{
    auto run = std::make_unique<test::EngineRun>();
    auto loaded = PlaybookLoader::loadFile(kCorpus + QStringLiteral("/playbook.json"));
    if (!loaded) {
        run->error = loaded.error().first().toString();
        return run;
    }
    run->open(std::make_shared<const Playbook>(std::move(*loaded)), {}, QStringLiteral("tester"));
    return run;
}

bool tst_Journal::writeRecords(const QString &path, QList<QJsonObject> records)
{
    auto journal = Journal::open(path);
    if (!journal)
        return false;
    for (QJsonObject &record : records)
        if (!(*journal)->append(record))
            return false;
    return true;
}

void tst_Journal::appendsOneLinePerRecordWithSequenceAndChain()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("journal.jsonl"));
    {
        auto journal = Journal::open(path);
        QVERIFY(journal.has_value());
        QCOMPARE((*journal)->head(), QByteArray(Journal::kChainStart));
        QJsonObject a{{QStringLiteral("event"), QStringLiteral("confirmed")},
                      {QStringLiteral("step"), QStringLiteral("x")}};
        QJsonObject b{{QStringLiteral("event"), QStringLiteral("skipped")},
                      {QStringLiteral("step"), QStringLiteral("y")}};
        QVERIFY((*journal)->append(a).has_value());
        QVERIFY((*journal)->append(b).has_value());
        QCOMPARE(a.value(QLatin1String("seq")).toInt(), 1);
        QVERIFY(!a.value(QLatin1String("time")).toString().isEmpty());
    }
    const QByteArray written = test::readFile(path);
    QVERIFY(written.endsWith('\n'));
    const QList<QByteArray> lines = linesOf(written);
    QCOMPARE(lines.size(), 2);
    // The chain: the first record's "prev" is the SHA-256 of nothing, the next one's that of
    // the first line as written.
    QCOMPARE(QByteArray(Journal::kChainStart), sha256Hex(QByteArray()));
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QLatin1String("prev")).toString().toLatin1(),
             sha256Hex(QByteArray()));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QLatin1String("prev")).toString().toLatin1(),
             sha256Hex(lines.at(0)));

    // Reopening continues the sequence and the chain.
    auto journal = Journal::open(path);
    QVERIFY(journal.has_value());
    QCOMPARE((*journal)->nextSeq(), 3);
    QCOMPARE((*journal)->head(), sha256Hex(lines.at(1)));
    auto contents = Journal::read(path);
    QVERIFY(contents.has_value());
    QCOMPARE(contents->records.size(), 2);
    QCOMPARE(contents->lines, (QList<int>{1, 2}));
    QCOMPARE(contents->records.at(1).value(QLatin1String("step")).toString(), QStringLiteral("y"));
    QCOMPARE(contents->head, sha256Hex(lines.at(1)));
    QVERIFY(contents->warnings.isEmpty());
}

void tst_Journal::ignoresATornLastLineWithAWarning()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("journal.jsonl"));
    QVERIFY(writeRecords(
        path,
        {{{QStringLiteral("event"), QStringLiteral("confirmed")}, {QStringLiteral("step"), QStringLiteral("a")}}}));
    const QByteArray whole = test::readFile(path);
    QVERIFY(append(path, "{\"seq\":2,\"event\":\"task-sta"));
    auto contents = Journal::read(path);
    QVERIFY(contents.has_value());
    QCOMPARE(contents->records.size(), 1);
    QCOMPARE(contents->validBytes, whole.size());
    QCOMPARE(contents->warnings.size(), 1);
    QVERIFY2(contents->warnings.first().contains(QLatin1String(":2: ignored an incomplete last record")),
             qPrintable(contents->warnings.first()));
}

void tst_Journal::cutsATornLineBeforeAppending()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("journal.jsonl"));
    QVERIFY(writeRecords(
        path,
        {{{QStringLiteral("event"), QStringLiteral("confirmed")}, {QStringLiteral("step"), QStringLiteral("a")}}}));
    QVERIFY(append(path, "{\"seq\":2,\"ev"));
    {
        auto journal = Journal::open(path);
        QVERIFY(journal.has_value());
        QCOMPARE((*journal)->nextSeq(), 2);
        QJsonObject record{{QStringLiteral("event"), QStringLiteral("skipped")},
                           {QStringLiteral("step"), QStringLiteral("b")}};
        QVERIFY((*journal)->append(record).has_value());
    }
    auto contents = Journal::read(path);
    QVERIFY2(contents.has_value(), qPrintable(contents ? QString() : contents.error().toString()));
    QVERIFY(contents->warnings.isEmpty());
    QCOMPARE(contents->records.size(), 2);
    QCOMPARE(contents->records.at(1).value(QLatin1String("seq")).toInt(), 2);
}

void tst_Journal::refusesDamageBeforeTheEnd()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("journal.jsonl"));
    QVERIFY(writeRecords(path,
                         {{{QStringLiteral("event"), QStringLiteral("confirmed")}},
                          {{QStringLiteral("event"), QStringLiteral("skipped")}}}));
    QList<QByteArray> lines = linesOf(test::readFile(path));
    lines.insert(1, "not json");
    const QByteArray damaged = joined(lines);
    QVERIFY(test::writeFile(path, damaged));
    auto contents = Journal::read(path);
    QVERIFY(!contents.has_value());
    QCOMPARE(contents.error().location, QDir::toNativeSeparators(path) + QStringLiteral(":2"));
    QVERIFY2(contents.error().message.startsWith(QLatin1String("not a JSON record")),
             qPrintable(contents.error().message));
    QVERIFY2(contents.error().hint.contains(QLatin1String("the journal was not changed")),
             qPrintable(contents.error().hint));
    QVERIFY(!Journal::open(path).has_value());
    QCOMPARE(test::readFile(path), damaged);
}

void tst_Journal::readingASessionLeavesItsJournalAlone()
{
    // As the welcome page lists sessions while another program may be writing one: the torn
    // line may be a record being written, so only the session's writer may cut it.
    QTemporaryDir tmp;
    for (const char *name : {"session.json", "playbook.json"})
        QVERIFY(QFile::copy(kCorpus + u'/' + QLatin1String(name), tmp.filePath(QLatin1String(name))));
    const QByteArray journal = test::readFile(kCorpus + QStringLiteral("/torn-last-line.jsonl"));
    QVERIFY(test::writeFile(tmp.filePath(QStringLiteral("journal.jsonl")), journal));
    {
        auto session = Session::open(tmp.path(), Session::Access::ReadOnly);
        QVERIFY2(session.has_value(), qPrintable(errorOf(session)));
        QCOMPARE((*session)->records().size(), 5);
        QCOMPARE((*session)->warnings().size(), 1);
        QVERIFY(!(*session)->record({{QStringLiteral("event"), QStringLiteral("skipped")}}).has_value());
    }
    QCOMPARE(test::readFile(tmp.filePath(QStringLiteral("journal.jsonl"))), journal);
    // The writer's open cuts it, as before.
    QVERIFY(Session::open(tmp.path()).has_value());
    QCOMPARE(test::readFile(tmp.filePath(QStringLiteral("journal.jsonl"))), firstLines(journal, 5));
}

void tst_Journal::theCorpusOfJournalsIsAnsweredAsExpected_data()
{
    QTest::addColumn<QString>("journal");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("warns");
    QFile file(kCorpus + QStringLiteral("/corpus.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QJsonObject corpus = QJsonDocument::fromJson(file.readAll()).object();
    // Every journal of the folder has its expectation: a case added there is tested here.
    const QStringList journals = QDir(kCorpus).entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    QStringList expected = QStringList(corpus.keys()).filter(QRegularExpression(QStringLiteral("^[^$]")));
    expected.sort();
    if (journals.size() < 40 || journals != expected)
        qFatal("corpus.json and the journals in %s differ", qPrintable(kCorpus));
    for (const QString &name : journals) {
        const QJsonObject e = corpus.value(name).toObject();
        QTest::newRow(qPrintable(name)) << kCorpus + u'/' + name << e.value(QLatin1String("opens")).toBool()
                                        << e.value(QLatin1String("records")).toInt()
                                        << e.value(QLatin1String("line")).toInt()
                                        << e.value(QLatin1String("says")).toString()
                                        << e.value(QLatin1String("warns")).toString();
    }
}

void tst_Journal::theCorpusOfJournalsIsAnsweredAsExpected()
{
    QFETCH(QString, journal);
    QFETCH(bool, opens);
    QFETCH(int, records);
    QFETCH(int, line);
    QFETCH(QString, says);
    QFETCH(QString, warns);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("session"));
    QVERIFY(QDir().mkpath(dir));
    for (const char *name : {"session.json", "playbook.json"})
        QVERIFY(QFile::copy(kCorpus + u'/' + QLatin1String(name), dir + u'/' + QLatin1String(name)));
    const QString path = dir + QStringLiteral("/journal.jsonl");
    const QByteArray before = test::readFile(journal);
    QVERIFY(test::writeFile(path, before));
    const QString where
        = QStringLiteral("%1:%2: ")
              .arg(QDir::toNativeSeparators(QDir(dir).absolutePath() + QStringLiteral("/journal.jsonl")))
              .arg(line);

    // As the welcome page lists it, then as resume opens it.
    for (const Session::Access access : {Session::Access::ReadOnly, Session::Access::ReadWrite}) {
        const bool writing = access == Session::Access::ReadWrite;
        auto session = Session::open(dir, access);
        if (!opens) {
            QVERIFY2(!session, "the session opened");
            const QString error = errorOf(session);
            QVERIFY2(error.startsWith(where + QStringLiteral("error: ") + says), qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("; the journal was not changed)")), qPrintable(error));
            QCOMPARE(test::readFile(path), before);
            continue;
        }
        QVERIFY2(session, qPrintable(errorOf(session)));
        QCOMPARE((*session)->records().size(), records);
        if (warns.isEmpty()) {
            QCOMPARE((*session)->warnings(), QStringList());
            QCOMPARE(test::readFile(path), before);
        } else {
            QCOMPARE((*session)->warnings().size(), 1);
            QVERIFY2((*session)->warnings().first().startsWith(where + warns),
                     qPrintable((*session)->warnings().first()));
            // Only the writer cuts the torn line; the records before it stay as they were.
            QCOMPARE(test::readFile(path), writing ? firstLines(before, records) : before);
        }
    }
}

void tst_Journal::aSessionResumesWithItsChainAndGoesOn()
{
    auto run = corpusRun();
    QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
    Engine &engine = *run->engine;
    // Every kind of record the engine writes without running a task: a sign-off, a check, a
    // skip, a revocation, a trusted certificate, a change of parameters, the end.
    QVERIFY(engine.confirm(QStringLiteral("ready"), QStringLiteral("alice"), QStringLiteral("backup of today")));
    QCOMPARE(run->run(QStringLiteral("look")), QString());
    QCOMPARE(engine.state(QStringLiteral("look")).status, StepState::Status::Passed);
    QVERIFY(engine.skip(QStringLiteral("run@alpha"), QStringLiteral("alice"), QStringLiteral("done by hand")));
    QVERIFY(engine.revoke(QStringLiteral("ready"), QStringLiteral("bob"), QStringLiteral("the wrong backup")));
    QVERIFY(engine.trustCertificate(QString(64, u'a'), QStringLiteral("alice")));
    ParameterValues changed = run->values;
    changed.insert(QStringLiteral("nodes"),
                   QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("alpha")},
                                          {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                          {QStringLiteral("role"), QStringLiteral("member")}},
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("gamma")},
                                          {QStringLiteral("host"), QStringLiteral("127.0.0.3")},
                                          {QStringLiteral("role"), QStringLiteral("member")}}});
    auto lines = engine.changeParameters(changed, QStringLiteral("bob"), QStringLiteral("beta was retired"));
    QVERIFY2(lines, qPrintable(lines ? QString() : lines.error().toString()));
    QVERIFY(engine.skip(QStringLiteral("run@gamma"), QStringLiteral("bob"), QStringLiteral("done by hand")));
    QVERIFY(engine.finish());

    const QString dir = run->session->dir();
    const qsizetype count = run->session->records().size();
    const QByteArray written = test::readFile(run->session->journalPath());
    const QList<QByteArray> journalLines = linesOf(written);
    QCOMPARE(journalLines.size(), count);
    // The chain as written, line by line.
    QByteArray prev = Journal::kChainStart;
    for (const QByteArray &line : journalLines) {
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QLatin1String("prev")).toString().toLatin1(), prev);
        prev = sha256Hex(line);
    }
    QCOMPARE(run->session->journalSha256(), prev);
    // The first record names the copy of the playbook the session runs.
    QCOMPARE(run->session->records().first().value(QLatin1String("playbook_sha256")).toString().toLatin1(),
             sha256Hex(test::readFile(run->session->playbookCopy())));
    const StepStates states = run->engine->states();
    run->engine.reset();
    run->session.reset();

    auto reopened = Session::open(dir);
    QVERIFY2(reopened, qPrintable(errorOf(reopened)));
    QCOMPARE((*reopened)->records().size(), count);
    QCOMPARE((*reopened)->warnings(), QStringList());
    QCOMPARE((*reopened)->journalSha256(), prev);
    const StepStates replayed = replayJournal((*reopened)->records());
    for (const QString &key :
         {QStringLiteral("ready"), QStringLiteral("look"), QStringLiteral("run@alpha"), QStringLiteral("run@gamma")})
        QCOMPARE(replayed.value(key).status, states.value(key).status);
    // A resumed session shows the check's outcome in the wizard's language too: its message id
    // and arguments came back from the journal (summary_text), not only its English.
    const Text look = replayed.value(QStringLiteral("look")).summaryText;
    QCOMPARE(look, states.value(QStringLiteral("look")).summaryText);
    QVERIFY2(look.source.contains(u'%') && look.source != u"%1", qPrintable(look.source));
    QCOMPARE(look.english(), states.value(QStringLiteral("look")).summary);
    // It goes on: the next record continues the chain, and the session opens again.
    QVERIFY((*reopened)->record({{QStringLiteral("event"), QLatin1String(event::SessionResumed)},
                                 {QStringLiteral("operator"), QStringLiteral("carol")}}));
    QCOMPARE((*reopened)->records().last().value(QLatin1String("prev")).toString().toLatin1(), prev);
    QCOMPARE((*reopened)->records().last().value(QLatin1String("seq")).toInteger(), count + 1);
    reopened->reset();
    auto again = Session::open(dir, Session::Access::ReadOnly);
    QVERIFY2(again, qPrintable(errorOf(again)));
    QCOMPARE((*again)->records().size(), count + 1);
}

void tst_Journal::anEditedOrDeletedRecordIsNamed_data()
{
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    // Line 3 is the skip of run@alpha: changed, the chain breaks at line 4; removed, line 3 is
    // the skip of run@beta, whose "prev" is that of the removed line.
    QTest::newRow("edited") << false << 4
                            << QStringLiteral("the record before it was changed or removed: \"prev\" is not the "
                                              "SHA-256 of line 3 (hash chain broken)");
    QTest::newRow("deleted") << true << 3
                             << QStringLiteral("the record before it was changed or removed: \"prev\" is not the "
                                               "SHA-256 of line 2 (hash chain broken)");
}

void tst_Journal::anEditedOrDeletedRecordIsNamed()
{
    QFETCH(bool, deleted);
    QFETCH(int, line);
    QFETCH(QString, says);
    auto run = corpusRun();
    QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
    QVERIFY(run->engine->confirm(QStringLiteral("ready"), QStringLiteral("alice"), QStringLiteral("note")));
    QVERIFY(run->engine->skip(QStringLiteral("run@alpha"), QStringLiteral("alice"), QStringLiteral("by hand")));
    QVERIFY(run->engine->skip(QStringLiteral("run@beta"), QStringLiteral("alice"), QStringLiteral("by hand")));
    QVERIFY(run->engine->finish());
    const QString dir = run->session->dir();
    const QString path = run->session->journalPath();
    run->engine.reset();
    run->session.reset();

    QList<QByteArray> lines = linesOf(test::readFile(path));
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(2).contains("\"step\":\"run@alpha\""));
    if (deleted)
        lines.removeAt(2);
    else // another reason for the skip: a valid record on its own, only the chain tells
        lines[2].replace("\"reason\":\"by hand\"", "\"reason\":\"checked twice by the vendor\"");
    const QByteArray damaged = joined(lines);
    QVERIFY(test::writeFile(path, damaged));

    for (const Session::Access access : {Session::Access::ReadOnly, Session::Access::ReadWrite}) {
        auto opened = Session::open(dir, access);
        QVERIFY(!opened);
        const QString error = errorOf(opened);
        QVERIFY2(error.startsWith(
                     QStringLiteral("%1:%2: error: %3").arg(QDir::toNativeSeparators(path)).arg(line).arg(says)),
                 qPrintable(error));
        QCOMPARE(test::readFile(path), damaged);
    }
}

void tst_Journal::aTornLastRecordOfASessionIsCutWithAWarning()
{
    auto run = corpusRun();
    QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
    QVERIFY(run->engine->confirm(QStringLiteral("ready"), QStringLiteral("alice"), QStringLiteral("note")));
    const QString dir = run->session->dir();
    const QString path = run->session->journalPath();
    run->engine.reset();
    run->session.reset();
    const QByteArray whole = test::readFile(path);
    QVERIFY(append(path, "{\"event\":\"skipped\",\"operator\":\"al"));

    auto opened = Session::open(dir);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    QCOMPARE((*opened)->warnings().size(), 1);
    QCOMPARE((*opened)->warnings().first(),
             QStringLiteral("%1:3: ignored an incomplete last record (the program stopped while writing it)")
                 .arg(QDir::toNativeSeparators(path)));
    QCOMPARE(test::readFile(path), whole);
    QVERIFY((*opened)->record({{QStringLiteral("event"), QLatin1String(event::SessionResumed)},
                               {QStringLiteral("operator"), QStringLiteral("alice")}}));
    opened->reset();
    auto again = Session::open(dir);
    QVERIFY2(again, qPrintable(errorOf(again)));
    QCOMPARE((*again)->records().size(), 3);
    QCOMPARE((*again)->warnings(), QStringList());
}

void tst_Journal::theReportCarriesTheJournalsHead()
{
    auto run = corpusRun();
    QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
    QVERIFY(run->engine->confirm(QStringLiteral("ready"), QStringLiteral("alice"), QStringLiteral("note")));
    const QJsonObject session = buildReport(*run->engine).value(QLatin1String("session")).toObject();
    const QList<QByteArray> lines = linesOf(test::readFile(run->session->journalPath()));
    QCOMPARE(session.value(QLatin1String("journal_sha256")).toString().toLatin1(), sha256Hex(lines.last()));
    QCOMPARE(session.value(QLatin1String("playbook_sha256")).toString().toLatin1(),
             sha256Hex(test::readFile(run->session->playbookCopy())));

    // Each step's message: the English, and beside it its id and arguments.
    QCOMPARE(run->run(QStringLiteral("look")), QString());
    const QJsonArray steps = buildReport(*run->engine).value(QLatin1String("steps")).toArray();
    const auto look = std::find_if(steps.begin(), steps.end(), [](const QJsonValue &step) {
        return step.toObject().value(QLatin1String("step")).toString() == u"look";
    });
    QVERIFY(look != steps.end());
    const QJsonObject entry = look->toObject();
    const QString english = entry.value(QLatin1String("summary")).toString();
    QCOMPARE(english, run->engine->state(QStringLiteral("look")).summary);
    const QJsonObject text = entry.value(QLatin1String("summary_text")).toObject();
    QCOMPARE(text.value(QLatin1String("id")).toString(), QStringLiteral("%1 exists (%2)"));
    QCOMPARE(Text::fromJson(text, english).english(), english);
    QCOMPARE(translatedSummary(entry), english); // no translator installed
}

void tst_Journal::replayMarksUnfinishedTasksInterrupted()
{
    const QList<QJsonObject> records{
        {{QStringLiteral("event"), QStringLiteral("task-started")},
         {QStringLiteral("step"), QStringLiteral("export@A")}},
        {{QStringLiteral("event"), QStringLiteral("task-finished")},
         {QStringLiteral("step"), QStringLiteral("export@A")},
         {QStringLiteral("outcome"), QStringLiteral("success")},
         {QStringLiteral("exit_code"), 0}},
        {{QStringLiteral("event"), QStringLiteral("task-started")},
         {QStringLiteral("step"), QStringLiteral("export@B")}},
        {{QStringLiteral("event"), QStringLiteral("task-progress")},
         {QStringLiteral("step"), QStringLiteral("export@B")},
         {QStringLiteral("fraction"), 0.5}},
    };
    const StepStates states = replayJournal(records);
    QCOMPARE(states.value(QStringLiteral("export@A")).status, StepState::Status::Passed);
    QCOMPARE(states.value(QStringLiteral("export@B")).status, StepState::Status::Interrupted);
    QVERIFY(!states.value(QStringLiteral("export@B")).isDone());
}

void tst_Journal::replayKeepsTheLatestStateOfEachStep()
{
    const QList<QJsonObject> records{
        {{QStringLiteral("event"), QStringLiteral("check")},
         {QStringLiteral("step"), QStringLiteral("k")},
         {QStringLiteral("status"), QStringLiteral("fail")},
         {QStringLiteral("summary"), QStringLiteral("port closed")}},
        {{QStringLiteral("event"), QStringLiteral("check")},
         {QStringLiteral("step"), QStringLiteral("k")},
         {QStringLiteral("status"), QStringLiteral("pass")},
         {QStringLiteral("summary"), QStringLiteral("port open")}},
        {{QStringLiteral("event"), QStringLiteral("skipped")},
         {QStringLiteral("step"), QStringLiteral("s")},
         {QStringLiteral("operator"), QStringLiteral("alice")},
         {QStringLiteral("reason"), QString()}},
        {{QStringLiteral("event"), QStringLiteral("confirmed")},
         {QStringLiteral("step"), QStringLiteral("c")},
         {QStringLiteral("operator"), QStringLiteral("bob")},
         {QStringLiteral("unattended"), true}},
    };
    const StepStates states = replayJournal(records);
    QCOMPARE(states.value(QStringLiteral("k")).status, StepState::Status::Passed);
    QCOMPARE(states.value(QStringLiteral("k")).summary, QStringLiteral("port open"));
    QCOMPARE(states.value(QStringLiteral("s")).status, StepState::Status::Skipped);
    QVERIFY(!states.value(QStringLiteral("s")).isDone()); // no reason given
    QVERIFY(states.value(QStringLiteral("c")).isDone());
    QVERIFY(states.value(QStringLiteral("c")).unattended);
}

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
