// What an interrupted task leaves half-made (a backup's partial archive, a half-extracted
// folder) is journalled as the task makes it, and removed on resume or before the step runs
// again, saying so; once removed, it is not touched again.

#include "enginerun.h"
#include "testchild.h"
#include "testfiles.h"
#include "wizard/support/processtree.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace uw;

namespace {

const QByteArray kPlaybook = R"({"schema": 1, "id": "leftovers", "title": "Leftovers", "product": "Test",
 "from": ["1.*"], "to": "2", "source": {"document": "test"},
 "parameters": [{"id": "work", "type": "directory", "label": "Work", "required": true}],
 "pages": [{"id": "only", "title": "Only", "items": [
   {"id": "backup", "type": "task", "title": "Back up", "help": "h", "severity": "blocker",
    "task": {"kind": "archive-backup", "source": "${work}/conf", "archive": "${work}/conf.tar.gz"}},
   {"id": "unpack", "type": "task", "title": "Unpack", "help": "h", "severity": "blocker",
    "task": {"kind": "archive-extract", "archive": "${work}/conf.tar.gz", "destination": "${work}/new"}}]}]})";

QList<QJsonObject> eventsOf(const Session &session, const char *type)
{
    QList<QJsonObject> found;
    for (const QJsonObject &record : session.records())
        if (record.value(QLatin1String("event")).toString() == QLatin1String(type))
            found << record;
    return found;
}

} // namespace

class tst_Leftovers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tasksJournalTheirPartialOutput();
    void resumeRemovesWhatAnInterruptedRunLeftOnce();
    void aRerunRemovesItFirstAndSaysSo();
    void aRerunWaitsWhileTheInterruptedRunsProcessStillRuns();

private:
    // Journals an interrupted run of `key` whose partial output is `path`, and makes that
    // output, as a killed program leaves it; then a new engine on the session (a resume).
    bool interrupt(const QString &key, const QString &path, const QString &what);
    // The kind of task a step runs, as its task-started record names it.
    QString kindOf(const QString &key) const
    {
        return m_run->engine->plan().step(key)->item->spec.value(QLatin1String("kind")).toString();
    }
    // Whether the session's folder opens as a resume opens it (m_reopenError says why not).
    bool reopens()
    {
        auto opened = Session::open(m_run->session->dir(), Session::Access::ReadOnly);
        m_reopenError = opened ? QString() : opened.error().toString();
        return opened.has_value();
    }

    std::unique_ptr<test::EngineRun> m_run;
    QString m_work;
    QString m_reopenError;
};

void tst_Leftovers::init()
{
    m_run = std::make_unique<test::EngineRun>();
    m_work = m_run->dir.filePath(QStringLiteral("work"));
    QVERIFY(test::writeFile(m_work + QStringLiteral("/conf/gateway.xml"), "<gateway port=\"8000\"/>\n"));
    QVERIFY(test::writeFile(m_run->dir.filePath(QStringLiteral("leftovers.json")), kPlaybook));
    auto loaded = PlaybookLoader::loadFile(m_run->dir.filePath(QStringLiteral("leftovers.json")));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().first().toString()));
    QVERIFY2(m_run->open(std::make_shared<const Playbook>(std::move(*loaded)), {{QStringLiteral("work"), m_work}},
                         QStringLiteral("tester")),
             qPrintable(m_run->error));
}

void tst_Leftovers::cleanup()
{
    m_run.reset();
}

bool tst_Leftovers::interrupt(const QString &key, const QString &path, const QString &what)
{
    if (!m_run->session->record({{QStringLiteral("event"), QStringLiteral("task-started")},
                                 {QStringLiteral("step"), key},
                                 {QStringLiteral("kind"), kindOf(key)}})
        || !m_run->session->record({{QStringLiteral("event"), QStringLiteral("task-scratch")},
                                    {QStringLiteral("step"), key},
                                    {QStringLiteral("path"), path},
                                    {QStringLiteral("what"), what}}))
        return false;
    if (what == u"file" ? !test::writeFile(path, QByteArray(4096, 'x'))
                        : !test::writeFile(path + QStringLiteral("/conf/half.xml"), "<gate"))
        return false;
    m_run->engine = std::make_unique<Engine>(m_run->engine->plan(), *m_run->session);
    return m_run->engine->state(key).status == StepState::Status::Interrupted;
}

// The real tasks say what they are making: the backup its partial archive, the extraction
// the folder it creates.
void tst_Leftovers::tasksJournalTheirPartialOutput()
{
    QCOMPARE(m_run->run(QStringLiteral("backup")), QString());
    QCOMPARE(m_run->engine->state(QStringLiteral("backup")).status, StepState::Status::Passed);
    QCOMPARE(m_run->run(QStringLiteral("unpack")), QString());
    QCOMPARE(m_run->engine->state(QStringLiteral("unpack")).status, StepState::Status::Passed);
    const QList<QJsonObject> scratch = eventsOf(*m_run->session, "task-scratch");
    QCOMPARE(scratch.size(), 2);
    QCOMPARE(scratch.at(0).value(QLatin1String("step")).toString(), QStringLiteral("backup"));
    QVERIFY2(scratch.at(0)
                 .value(QLatin1String("path"))
                 .toString()
                 .startsWith(m_work
                             + QStringLiteral("/conf.tar.gz"
                                              ".partial-")),
             qPrintable(scratch.at(0).value(QLatin1String("path")).toString()));
    QCOMPARE(scratch.at(0).value(QLatin1String("what")).toString(), QStringLiteral("file"));
    QCOMPARE(scratch.at(1).value(QLatin1String("path")).toString(), m_work + QStringLiteral("/new"));
    QCOMPARE(scratch.at(1).value(QLatin1String("what")).toString(), QStringLiteral("folder"));
    // Finished steps leave nothing to remove.
    QVERIFY(m_run->engine->removeLeftovers().isEmpty());
    QVERIFY(QFileInfo::exists(m_work + QStringLiteral("/new/gateway.xml")));
    // What the real tasks journalled is what a resume accepts.
    QVERIFY2(reopens(), qPrintable(m_reopenError));
}

void tst_Leftovers::resumeRemovesWhatAnInterruptedRunLeftOnce()
{
    const QString partial = m_work + QStringLiteral("/conf.tar.gz.partial-AbC123");
    QVERIFY(interrupt(QStringLiteral("backup"), partial, QStringLiteral("file")));
    const QStringList said = m_run->engine->removeLeftovers();
    QCOMPARE(said,
             QStringList{QStringLiteral("Back up: removed %1, left half-made by the interrupted run")
                             .arg(QDir::toNativeSeparators(partial))});
    QVERIFY(!QFileInfo::exists(partial));
    QVERIFY(QFileInfo::exists(m_work + QStringLiteral("/conf/gateway.xml"))); // the source is untouched
    const QList<QJsonObject> removed = eventsOf(*m_run->session, "leftovers-removed");
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().value(QLatin1String("paths")).toArray().first().toString(), partial);

    // Once removed, never again: a file of that name made later is the operator's.
    QVERIFY(test::writeFile(partial, "mine"));
    QVERIFY(m_run->engine->removeLeftovers().isEmpty());
    QVERIFY(QFileInfo::exists(partial));
    QVERIFY2(reopens(), qPrintable(m_reopenError));
}

void tst_Leftovers::aRerunRemovesItFirstAndSaysSo()
{
    // The interrupted extraction had created its destination: it goes, and the re-run, which
    // needs an empty destination, then succeeds.
    QCOMPARE(m_run->run(QStringLiteral("backup")), QString());
    const QString destination = m_work + QStringLiteral("/new");
    QVERIFY(interrupt(QStringLiteral("unpack"), destination, QStringLiteral("folder")));
    QStringList lines;
    connect(m_run->engine.get(), &Engine::logLine, this,
            [&lines](const QString &, LineLevel, const QString &, const QString &text) { lines << text; });
    QCOMPARE(m_run->run(QStringLiteral("unpack")), QString());
    QVERIFY2(lines.contains(QStringLiteral("removed %1, left half-made by the interrupted run")
                                .arg(QDir::toNativeSeparators(destination))),
             qPrintable(lines.join(u'\n')));
    QCOMPARE(m_run->engine->state(QStringLiteral("unpack")).status, StepState::Status::Passed);
    QVERIFY(!QFileInfo::exists(destination + QStringLiteral("/conf/half.xml")));
    QVERIFY(QFileInfo::exists(destination + QStringLiteral("/gateway.xml")));
}

// A process of the interrupted run that still runs (not stopped when the program ended) would
// write beside the re-run: the step waits, naming it, until it has ended. Its start time tells
// it from a later process that got the same id.
void tst_Leftovers::aRerunWaitsWhileTheInterruptedRunsProcessStillRuns()
{
    QProcess orphan;
    orphan.start(test::testChild(), {QStringLiteral("sleep"), QStringLiteral("60000")});
    QVERIFY(orphan.waitForStarted());
    const qint64 pid = orphan.processId();
    QVERIFY(m_run->session->record({{QStringLiteral("event"), QStringLiteral("task-started")},
                                    {QStringLiteral("step"), QStringLiteral("backup")},
                                    {QStringLiteral("kind"), kindOf(QStringLiteral("backup"))}}));
    QVERIFY(m_run->session->record({{QStringLiteral("event"), QStringLiteral("task-process")},
                                    {QStringLiteral("step"), QStringLiteral("backup")},
                                    {QStringLiteral("pid"), pid},
                                    {QStringLiteral("started"), ProcessTree::startTimeOf(pid)}}));
    m_run->engine = std::make_unique<Engine>(m_run->engine->plan(), *m_run->session);
    const QString why = m_run->engine->whyNotStartable(QStringLiteral("backup"));
    QVERIFY2(why.contains(QStringLiteral("process %1, which its interrupted run started, still runs").arg(pid)),
             qPrintable(why));
    QVERIFY(!m_run->engine->start(QStringLiteral("backup")));

    // The same id with another start time is another process: no reason to wait.
    QVERIFY(!ProcessTree::isRunning(pid, ProcessTree::startTimeOf(pid) + 1) || ProcessTree::startTimeOf(pid) == 0);

    orphan.kill();
    QVERIFY(orphan.waitForFinished());
    QVERIFY(m_run->engine->whyNotStartable(QStringLiteral("backup")).isEmpty());
    QCOMPARE(m_run->run(QStringLiteral("backup")), QString());
    QCOMPARE(m_run->engine->state(QStringLiteral("backup")).status, StepState::Status::Passed);
}

QTEST_GUILESS_MAIN(tst_Leftovers)
#include "tst_leftovers.moc"
