#include "wizard/run/journal.h"
#include "wizard/run/session.h"
#include "wizard/run/stepstate.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

class tst_Journal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsOneLinePerRecordWithSequence();
    void ignoresATornLastLineWithAWarning();
    void cutsATornLineBeforeAppending();
    void readingASessionLeavesItsJournalAlone();
    void refusesDamageBeforeTheEnd();
    void replayMarksUnfinishedTasksInterrupted();
    void replayKeepsTheLatestStateOfEachStep();

private:
    static void write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }
};

void tst_Journal::appendsOneLinePerRecordWithSequence()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("journal.jsonl"));
    {
        auto journal = Journal::open(path);
        QVERIFY(journal.has_value());
        QJsonObject a{{QStringLiteral("event"), QStringLiteral("confirmed")},
                      {QStringLiteral("step"), QStringLiteral("x")}};
        QJsonObject b{{QStringLiteral("event"), QStringLiteral("skipped")},
                      {QStringLiteral("step"), QStringLiteral("y")}};
        QVERIFY((*journal)->append(a).has_value());
        QVERIFY((*journal)->append(b).has_value());
        QCOMPARE(a.value(QLatin1String("seq")).toInt(), 1);
        QVERIFY(!a.value(QLatin1String("time")).toString().isEmpty());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // two records and the empty rest after the last newline
    QVERIFY(lines.last().isEmpty());

    // Reopening continues the sequence.
    auto journal = Journal::open(path);
    QVERIFY(journal.has_value());
    QCOMPARE((*journal)->nextSeq(), 3);
    auto contents = Journal::read(path);
    QVERIFY(contents.has_value());
    QCOMPARE(contents->records.size(), 2);
    QCOMPARE(contents->records.at(1).value(QLatin1String("step")).toString(), QStringLiteral("y"));
    QVERIFY(contents->warnings.isEmpty());
}

void tst_Journal::ignoresATornLastLineWithAWarning()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("journal.jsonl"));
    write(path, "{\"seq\":1,\"event\":\"confirmed\",\"step\":\"a\"}\n{\"seq\":2,\"event\":\"task-sta");
    auto contents = Journal::read(path);
    QVERIFY(contents.has_value());
    QCOMPARE(contents->records.size(), 1);
    QCOMPARE(contents->warnings.size(), 1);
    QVERIFY2(contents->warnings.first().contains(QLatin1String(":2: ignored an incomplete last record")),
             qPrintable(contents->warnings.first()));
}

void tst_Journal::cutsATornLineBeforeAppending()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("journal.jsonl"));
    write(path, "{\"seq\":1,\"event\":\"confirmed\",\"step\":\"a\"}\n{\"seq\":2,\"ev");
    {
        auto journal = Journal::open(path);
        QVERIFY(journal.has_value());
        QCOMPARE((*journal)->nextSeq(), 2);
        QJsonObject record{{QStringLiteral("event"), QStringLiteral("skipped")},
                           {QStringLiteral("step"), QStringLiteral("b")}};
        QVERIFY((*journal)->append(record).has_value());
    }
    auto contents = Journal::read(path);
    QVERIFY(contents.has_value());
    QVERIFY(contents->warnings.isEmpty());
    QCOMPARE(contents->records.size(), 2);
    QCOMPARE(contents->records.at(1).value(QLatin1String("seq")).toInt(), 2);
}

void tst_Journal::readingASessionLeavesItsJournalAlone()
{
    // As the welcome page lists sessions while another program may be writing one: the torn
    // line may be a record being written, so only the session's writer may cut it.
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("session.json")), R"({"format": 1, "playbook_id": "p"})");
    const QByteArray journal = "{\"seq\":1,\"event\":\"confirmed\",\"step\":\"a\"}\n{\"seq\":2,\"ev";
    write(tmp.filePath(QStringLiteral("journal.jsonl")), journal);
    {
        auto session = Session::open(tmp.path(), Session::Access::ReadOnly);
        QVERIFY2(session.has_value(), qPrintable(session ? QString() : session.error().toString()));
        QCOMPARE((*session)->records().size(), 1);
        QCOMPARE((*session)->warnings().size(), 1);
        QVERIFY(!(*session)->record({{QStringLiteral("event"), QStringLiteral("skipped")}}).has_value());
    }
    QFile file(tmp.filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), journal);
    file.close();
    // The writer's open cuts it, as before.
    QVERIFY(Session::open(tmp.path()).has_value());
    QCOMPARE(QFileInfo(file.fileName()).size(), qint64(journal.indexOf('\n') + 1));
}

void tst_Journal::refusesDamageBeforeTheEnd()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("journal.jsonl"));
    write(path, "{\"seq\":1}\nnot json\n{\"seq\":3}\n");
    auto contents = Journal::read(path);
    QVERIFY(!contents.has_value());
    QCOMPARE(contents.error().location, path + QStringLiteral(":2"));
    QVERIFY(contents.error().message.startsWith(QLatin1String("the journal is damaged")));
    QVERIFY(!Journal::open(path).has_value());
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
