#include "wizard/playbook/plan.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/run/decision.h"
#include "wizard/support/substitution.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace uw;

namespace {

// An Axway-like multi-node procedure: export and upgrade everywhere, then apply on the first
// Admin Node Manager, then the others in turn.
const char kPlaybook[] = R"({
  "schema": 1, "id": "order", "title": "Order", "product": "P", "from": ["7.5.*"], "to": "7.7",
  "source": {"document": "D"},
  "parameters": [
    {"id": "topology", "type": "choice", "label": "T", "default": "multi",
     "choices": [{"value": "single", "label": "S"}, {"value": "multi", "label": "M"}]},
    {"id": "nodes", "type": "nodes", "label": "N",
     "roles": [{"id": "anm", "label": "ANM"}, {"id": "nm", "label": "NM"}],
     "attributes": [{"id": "first", "type": "bool", "label": "First ANM"}]}
  ],
  "pages": [
    {"id": "p1", "title": "Prepare", "items": [
      {"id": "backup", "type": "confirm", "title": "Backup", "help": "h", "severity": "blocker"},
      {"id": "multi-note", "type": "info", "title": "Multi only", "when": "topology == 'multi'"},
      {"id": "export", "type": "task", "title": "Export", "help": "h", "severity": "blocker",
       "foreach": {"nodes": "nodes"}, "task": {"kind": "command", "program": "true"}},
      {"id": "upgrade", "type": "task", "title": "Upgrade", "help": "h", "severity": "blocker",
       "foreach": {"nodes": "nodes"}, "task": {"kind": "command", "program": "true"}}
    ]},
    {"id": "p2", "title": "Apply", "items": [
      {"id": "apply", "type": "task", "title": "Apply", "help": "h", "severity": "blocker",
       "foreach": {"nodes": "nodes", "first": "node.first", "order": "sequential"},
       "after": ["export", "upgrade"],
       "order_reason": "the first Admin Node Manager must run 7.7 before the other nodes apply",
       "task": {"kind": "command", "program": "true", "args": ["--anm_host", "${node.host}"]}},
      {"id": "anm-only", "type": "check", "title": "ANM check", "help": "h", "severity": "warning",
       "foreach": {"nodes": "nodes", "where": "node.role == 'anm'"},
       "check": {"kind": "path-exists", "path": "/"}},
      {"id": "notify", "type": "confirm", "title": "Users told", "help": "h", "severity": "blocker",
       "waivable": true}
    ]}
  ]
})";

// A nodes parameter's fields as lists: the servers of a foreach are also the list a
// configuration file wants. %1 is the task of the only item.
const char kListPlaybook[] = R"({
  "schema": 1, "id": "lists", "title": "Lists", "product": "P", "from": ["1.*"], "to": "2",
  "source": {"document": "D"},
  "parameters": [
    {"id": "port", "type": "port", "label": "Port", "default": 9080},
    {"id": "servers", "type": "nodes", "label": "S", "roles": [{"id": "app", "label": "App"}],
     "attributes": [{"id": "sf_port", "type": "port", "label": "SF port", "default": 9080}]}
  ],
  "pages": [{"id": "p", "title": "P", "items": [
    {"id": "edit", "type": "task", "title": "Edit", "help": "h", "severity": "blocker", "task": %1}
  ]}]
})";

const char kListTask[] = R"({"kind": "file-edit", "files": ["/f.json"], "edits": [
  {"json": "Servers", "value": "${servers[*].host}"},
  {"json": "Ports", "value": {"all": "${servers[*].sf_port}", "main": "${port}", "text": "on ${port}"}},
  {"regex": "a", "replace": "port ${port}"}]})";

// One foreach item over two application servers; %1 is its severity, %2 its foreach.
const char kCountPlaybook[] = R"({
  "schema": 1, "id": "count", "title": "Count", "product": "P", "from": ["1.*"], "to": "2",
  "source": {"document": "D"},
  "parameters": [
    {"id": "servers", "type": "nodes", "label": "S",
     "roles": [{"id": "app", "label": "App"}, {"id": "db", "label": "Database"}]}
  ],
  "pages": [{"id": "p", "title": "P", "items": [
    {"id": "migrate", "type": "task", "title": "Migrate", "help": "h", "severity": "%1", "foreach": %2,
     "task": {"kind": "command", "program": "true"}},
    {"id": "verify", "type": "check", "title": "Verify", "help": "h", "severity": "blocker", "after": ["migrate"],
     "check": {"kind": "path-exists", "path": "/"}}
  ]}]
})";

QStringList loadErrors(const QString &task)
{
    auto loaded
        = PlaybookLoader::loadData(QString::fromUtf8(kListPlaybook).arg(task).toUtf8(), QStringLiteral("lists.json"));
    QStringList errors;
    if (!loaded)
        for (const Diagnostic &d : loaded.error())
            errors << d.toString();
    return errors;
}

QJsonArray threeNodes(bool firstOnC = false)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("NodeA")},
                    {QStringLiteral("host"), QStringLiteral("nodea")},
                    {QStringLiteral("role"), QStringLiteral("nm")},
                    {QStringLiteral("first"), false}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("NodeB")},
                    {QStringLiteral("host"), QStringLiteral("nodeb")},
                    {QStringLiteral("role"), QStringLiteral("anm")},
                    {QStringLiteral("first"), !firstOnC}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("NodeC")},
                    {QStringLiteral("host"), QStringLiteral("nodec")},
                    {QStringLiteral("role"), QStringLiteral("anm")},
                    {QStringLiteral("first"), firstOnC}},
    };
}

struct Fixture
{
    std::shared_ptr<const Playbook> playbook;
    std::optional<Plan> plan;
    QStringList errors;
};

Fixture build(const ParameterValues &given)
{
    Fixture f;
    auto loaded = PlaybookLoader::loadData(QByteArray(kPlaybook), QStringLiteral("order.json"));
    if (!loaded) {
        for (const Diagnostic &d : loaded.error())
            f.errors << d.toString();
        return f;
    }
    f.playbook = std::make_shared<const Playbook>(*loaded);
    auto values = resolveParameters(*f.playbook, given);
    if (!values) {
        f.errors = values.error();
        return f;
    }
    auto plan = Plan::build(f.playbook, *values);
    if (!plan)
        f.errors = plan.error();
    else
        f.plan = *plan;
    return f;
}

QStringList keys(const Plan &plan)
{
    QStringList list;
    for (const Step &step : plan.steps())
        list << step.key;
    return list;
}

} // namespace

class tst_Plan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expandsForeachWithTheFirstNodeLeading();
    void appliesWhenAndWhere();
    void substitutesNodeValuesPerStep();
    void refusesApplyBeforeExportAndUpgradeEverywhere();
    void enforcesFirstThenInTurn();
    void requiresExactlyOneFirstNode_data();
    void requiresExactlyOneFirstNode();
    void decidesGoAndNoGo_data();
    void decidesGoAndNoGo();
    void insecureTlsIsAWarningOfTheDecision();
    void jsonTemplatesTakeListsAndTypedValues();
    void listOutsideAWholeJsonTemplateIsALoadError_data();
    void listOutsideAWholeJsonTemplateIsALoadError();
    void foreachSelectionCountIsCheckedWhenThePlanIsBuilt_data();
    void foreachSelectionCountIsCheckedWhenThePlanIsBuilt();
    void wrongForeachCountIsALoadError_data();
    void wrongForeachCountIsALoadError();
    void onlyABlockerIsWaivable();
};

void tst_Plan::expandsForeachWithTheFirstNodeLeading()
{
    const Fixture f = build({{QStringLiteral("nodes"), threeNodes()}});
    QVERIFY2(f.plan, qPrintable(f.errors.join(u'\n')));
    QCOMPARE(
        keys(*f.plan),
        (QStringList{QStringLiteral("backup"), QStringLiteral("multi-note"), QStringLiteral("export@NodeA"),
                     QStringLiteral("export@NodeB"), QStringLiteral("export@NodeC"), QStringLiteral("upgrade@NodeA"),
                     QStringLiteral("upgrade@NodeB"), QStringLiteral("upgrade@NodeC"), QStringLiteral("apply@NodeB"),
                     QStringLiteral("apply@NodeA"), QStringLiteral("apply@NodeC"), QStringLiteral("anm-only@NodeB"),
                     QStringLiteral("anm-only@NodeC"), QStringLiteral("notify")}));
    QCOMPARE(f.plan->step(QStringLiteral("apply@NodeA"))->displayTitle(), QStringLiteral("Apply on NodeA"));
}

void tst_Plan::appliesWhenAndWhere()
{
    const Fixture f
        = build({{QStringLiteral("nodes"), threeNodes()}, {QStringLiteral("topology"), QStringLiteral("single")}});
    QVERIFY(f.plan);
    QVERIFY(!f.plan->step(QStringLiteral("multi-note")));
    QVERIFY(!f.plan->step(QStringLiteral("anm-only@NodeA"))); // NodeA is not an ANM
    QVERIFY(f.plan->step(QStringLiteral("anm-only@NodeC")));
}

void tst_Plan::substitutesNodeValuesPerStep()
{
    const Fixture f = build({{QStringLiteral("nodes"), threeNodes()}});
    QVERIFY(f.plan);
    const Step *step = f.plan->step(QStringLiteral("apply@NodeC"));
    QCOMPARE(step->values.value(QStringLiteral("node.host")), QStringLiteral("nodec"));
    QCOMPARE(step->values.value(QStringLiteral("node.role")), QStringLiteral("anm"));
    QCOMPARE(step->values.value(QStringLiteral("topology")), QStringLiteral("multi"));
}

void tst_Plan::refusesApplyBeforeExportAndUpgradeEverywhere()
{
    const Fixture f = build({{QStringLiteral("nodes"), threeNodes()}});
    QVERIFY(f.plan);
    QSet<QString> done{QStringLiteral("export@NodeA"), QStringLiteral("export@NodeB"), QStringLiteral("export@NodeC"),
                       QStringLiteral("upgrade@NodeA"), QStringLiteral("upgrade@NodeB")};
    const auto isDone = [&](const QString &key) {
        return done.contains(key);
    };
    auto waits = f.plan->waitsFor(QStringLiteral("apply@NodeB"), isDone);
    QCOMPARE(waits.size(), 1);
    QCOMPARE(waits.first().step->key, QStringLiteral("upgrade@NodeC"));
    QCOMPARE(waits.first().reason.english(),
             QStringLiteral("the first Admin Node Manager must run 7.7 before the other nodes apply"));
    done.insert(QStringLiteral("upgrade@NodeC"));
    QVERIFY(f.plan->waitsFor(QStringLiteral("apply@NodeB"), isDone).isEmpty());
}

void tst_Plan::enforcesFirstThenInTurn()
{
    const Fixture f = build({{QStringLiteral("nodes"), threeNodes()}});
    QVERIFY(f.plan);
    QSet<QString> done;
    for (const Step &step : f.plan->steps())
        if (step.item->id == u"export" || step.item->id == u"upgrade")
            done.insert(step.key);
    const auto isDone = [&](const QString &key) {
        return done.contains(key);
    };
    // NodeA may not apply before the first ANM (NodeB), and NodeC waits for NodeA.
    auto waits = f.plan->waitsFor(QStringLiteral("apply@NodeA"), isDone);
    QCOMPARE(waits.size(), 1);
    QCOMPARE(waits.first().step->key, QStringLiteral("apply@NodeB"));
    waits = f.plan->waitsFor(QStringLiteral("apply@NodeC"), isDone);
    QCOMPARE(waits.size(), 2);
    done.insert(QStringLiteral("apply@NodeB"));
    QVERIFY(f.plan->waitsFor(QStringLiteral("apply@NodeA"), isDone).isEmpty());
    QCOMPARE(f.plan->waitsFor(QStringLiteral("apply@NodeC"), isDone).size(), 1);
}

void tst_Plan::requiresExactlyOneFirstNode_data()
{
    QTest::addColumn<QJsonArray>("nodes");
    QTest::addColumn<QString>("error");
    QJsonArray none = threeNodes();
    QJsonObject b = none.at(1).toObject();
    b.insert(QStringLiteral("first"), false);
    none.replace(1, b);
    QTest::newRow("none") << none
                          << QStringLiteral("apply: exactly one node must match \"node.first\" to go first, none does");
    QJsonArray two = threeNodes();
    QJsonObject c = two.at(2).toObject();
    c.insert(QStringLiteral("first"), true);
    two.replace(2, c);
    QTest::newRow("two") << two
                         << QStringLiteral(
                                "apply: exactly one node must match \"node.first\" to go first, 2 do (NodeB, NodeC)");
}

void tst_Plan::requiresExactlyOneFirstNode()
{
    QFETCH(QJsonArray, nodes);
    QFETCH(QString, error);
    const Fixture f = build({{QStringLiteral("nodes"), nodes}});
    QVERIFY(!f.plan);
    QCOMPARE(f.errors, QStringList{error});
}

void tst_Plan::decidesGoAndNoGo_data()
{
    QTest::addColumn<QStringList>("events"); // "key:status[:reason[:operator]]"
    QTest::addColumn<bool>("go");
    QTest::addColumn<int>("blockers");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("waivers");
    QTest::addColumn<QString>("headline");

    QStringList all{QStringLiteral("backup:confirmed"), QStringLiteral("notify:confirmed")};
    for (const QString &item : {QStringLiteral("export"), QStringLiteral("upgrade"), QStringLiteral("apply")})
        for (const QString &node : {QStringLiteral("NodeA"), QStringLiteral("NodeB"), QStringLiteral("NodeC")})
            all << item + u'@' + node + QStringLiteral(":success");
    QStringList withChecks = all;
    withChecks << QStringLiteral("anm-only@NodeB:pass") << QStringLiteral("anm-only@NodeC:pass");
    const QString go = QStringLiteral("GO");
    const QString noGo1 = QStringLiteral("NO-GO: 1 blocker(s)");

    QTest::newRow("everything done") << withChecks << true << 0 << 0 << 0 << go;
    QTest::newRow("warning check not run") << all << true << 0 << 2 << 0 << QStringLiteral("GO, with 2 warning(s)");
    QStringList unconfirmed = withChecks.mid(1);
    QTest::newRow("blocker not confirmed") << unconfirmed << false << 1 << 0 << 0 << noGo1;
    QStringList failed = withChecks;
    failed.replace(2, QStringLiteral("export@NodeA:exit-code"));
    QTest::newRow("blocker task failed") << failed << false << 1 << 0 << 0 << noGo1;
    QStringList interrupted = withChecks;
    interrupted.replace(2, QStringLiteral("export@NodeA:started"));
    QTest::newRow("blocker interrupted") << interrupted << false << 1 << 0 << 0 << noGo1;
    QStringList skippedNoReason = withChecks;
    skippedNoReason.replace(0, QStringLiteral("backup:skipped"));
    QTest::newRow("blocker skipped without a reason") << skippedNoReason << false << 1 << 0 << 0 << noGo1;
    QStringList skippedWithReason = withChecks;
    skippedWithReason.replace(0, QStringLiteral("backup:skipped:snapshot taken by the hypervisor"));
    QTest::newRow("blocker skipped with a reason is not done") << skippedWithReason << false << 1 << 0 << 0 << noGo1;
    QStringList taskSkipped = withChecks;
    taskSkipped.replace(8, QStringLiteral("apply@NodeB:skipped:later"));
    QTest::newRow("blocker task skipped is not done") << taskSkipped << false << 1 << 0 << 0 << noGo1;
    QStringList waived = withChecks;
    waived.replace(1, QStringLiteral("notify:skipped:the users were told by mail:alice"));
    QTest::newRow("waivable blocker skipped with a reason and a name")
        << waived << true << 0 << 0 << 1 << QStringLiteral("GO with waivers: 1 blocker(s) waived");
    QStringList waivedNoReason = withChecks;
    waivedNoReason.replace(1, QStringLiteral("notify:skipped::alice"));
    QTest::newRow("waivable blocker skipped without a reason") << waivedNoReason << false << 1 << 0 << 0 << noGo1;
    QStringList waivedNoName = withChecks;
    waivedNoName.replace(1, QStringLiteral("notify:skipped:told by mail: "));
    QTest::newRow("waivable blocker skipped without a name") << waivedNoName << false << 1 << 0 << 0 << noGo1;
    QStringList waivedAndWarned = all;
    waivedAndWarned.replace(1, QStringLiteral("notify:skipped:the users were told by mail:alice"));
    QTest::newRow("waiver and warnings") << waivedAndWarned << true << 0 << 2 << 1
                                         << QStringLiteral("GO with waivers: 1 blocker(s) waived, with 2 warning(s)");
    QStringList revoked = withChecks;
    revoked.insert(1, QStringLiteral("backup:revoked:the backup was of the wrong host"));
    QTest::newRow("revoked sign-off") << revoked << false << 1 << 0 << 0 << noGo1;
    QStringList revokedWaiver = waived;
    revokedWaiver << QStringLiteral("notify:revoked:the mail bounced");
    QTest::newRow("revoked waiver") << revokedWaiver << false << 1 << 0 << 0 << noGo1;
    QStringList warningSkipped = all;
    warningSkipped << QStringLiteral("anm-only@NodeB:skipped:not an ANM here") << QStringLiteral("anm-only@NodeC:pass");
    QTest::newRow("warning skipped with a reason")
        << warningSkipped << true << 0 << 1 << 0 << QStringLiteral("GO, with 1 warning(s)");
    QStringList cancelled = withChecks;
    cancelled.replace(2, QStringLiteral("export@NodeA:cancelled"));
    QTest::newRow("blocker cancelled") << cancelled << false << 1 << 0 << 0 << noGo1;
    QStringList checkFailed = all;
    checkFailed << QStringLiteral("anm-only@NodeB:fail") << QStringLiteral("anm-only@NodeC:pass");
    QTest::newRow("warning check failed")
        << checkFailed << true << 0 << 1 << 0 << QStringLiteral("GO, with 1 warning(s)");
}

void tst_Plan::decidesGoAndNoGo()
{
    QFETCH(QStringList, events);
    QFETCH(bool, go);
    QFETCH(int, blockers);
    QFETCH(int, warnings);
    QFETCH(int, waivers);
    QFETCH(QString, headline);
    const Fixture f = build({{QStringLiteral("nodes"), threeNodes()}});
    QVERIFY(f.plan);
    QList<QJsonObject> records;
    for (const QString &line : events) {
        const QStringList parts = line.split(u':');
        const QString key = parts.at(0);
        const QString what = parts.at(1);
        const QString who = parts.size() > 3 ? parts.at(3).trimmed() : QStringLiteral("alice");
        if (what == u"confirmed")
            records << QJsonObject{{QStringLiteral("event"), QStringLiteral("confirmed")},
                                   {QStringLiteral("step"), key},
                                   {QStringLiteral("operator"), who}};
        else if (what == u"skipped")
            records << QJsonObject{{QStringLiteral("event"), QStringLiteral("skipped")},
                                   {QStringLiteral("step"), key},
                                   {QStringLiteral("operator"), who},
                                   {QStringLiteral("reason"), parts.value(2)},
                                   {QStringLiteral("time"), QStringLiteral("2026-12-06T08:00:00.000Z")}};
        else if (what == u"revoked")
            records << QJsonObject{{QStringLiteral("event"), QStringLiteral("revoked")},
                                   {QStringLiteral("step"), key},
                                   {QStringLiteral("operator"), who},
                                   {QStringLiteral("reason"), parts.value(2)}};
        else if (what == u"pass" || what == u"fail")
            records << QJsonObject{{QStringLiteral("event"), QStringLiteral("check")},
                                   {QStringLiteral("step"), key},
                                   {QStringLiteral("status"), what}};
        else {
            records << QJsonObject{{QStringLiteral("event"), QStringLiteral("task-started")},
                                   {QStringLiteral("step"), key}};
            if (what != u"started")
                records << QJsonObject{{QStringLiteral("event"), QStringLiteral("task-finished")},
                                       {QStringLiteral("step"), key},
                                       {QStringLiteral("outcome"), what}};
        }
    }
    const Decision decision = decide(*f.plan, replayJournal(records));
    QCOMPARE(decision.go, go);
    QCOMPARE(decision.blockers.size(), blockers);
    QCOMPARE(decision.warnings.size(), warnings);
    QCOMPARE(decision.waivers.size(), waivers);
    QCOMPARE(decision.total, 13); // the info item does not count
    QCOMPARE(decision.headline(), headline);
    const QJsonObject json = decision.toJson();
    QCOMPARE(json.value(QLatin1String("decision")).toString(),
             !go           ? QStringLiteral("no-go")
                 : waivers ? QStringLiteral("go-with-waivers")
                           : QStringLiteral("go"));
    if (waivers) {
        // Each waiver says who, when and why.
        const QJsonObject waiver = json.value(QLatin1String("waivers")).toArray().first().toObject();
        QCOMPARE(waiver.value(QLatin1String("step")).toString(), QStringLiteral("notify"));
        QCOMPARE(waiver.value(QLatin1String("operator")).toString(), QStringLiteral("alice"));
        QCOMPARE(waiver.value(QLatin1String("reason")).toString(), QStringLiteral("the users were told by mail"));
        QCOMPARE(waiver.value(QLatin1String("time")).toString(), QStringLiteral("2026-12-06T08:00:00Z"));
    }
    for (const Decision::Reason &reason : decision.blockers)
        if (events.join(u' ').contains(QLatin1String(":revoked:")))
            QVERIFY2(reason.problem.contains(QLatin1String("revoked by alice")), qPrintable(reason.problem));

    // Each reason is of one kind, which the summary and the report count and show apart: a
    // failure is not a step not run, and neither is a skip.
    static const QHash<QString, QString> kinds{
        {QStringLiteral("blocker not confirmed"), QStringLiteral("not-run")},
        {QStringLiteral("blocker task failed"), QStringLiteral("failed")},
        {QStringLiteral("blocker interrupted"), QStringLiteral("failed")},
        {QStringLiteral("blocker skipped without a reason"), QStringLiteral("skipped")},
        {QStringLiteral("blocker skipped with a reason is not done"), QStringLiteral("skipped")},
        {QStringLiteral("revoked sign-off"), QStringLiteral("not-run")},
        {QStringLiteral("revoked waiver"), QStringLiteral("not-run")},
        {QStringLiteral("blocker cancelled"), QStringLiteral("not-run")}};
    if (const QString kind = kinds.value(QString::fromLatin1(QTest::currentDataTag())); !kind.isEmpty())
        QCOMPARE(decision.blockers.first().category, kind);
    for (const Decision::Reason &reason : decision.waivers)
        QCOMPARE(reason.category, QStringLiteral("waived"));
    for (const Decision::Reason &reason : decision.warnings)
        QCOMPARE(reason.category, QStringLiteral("warning"));
    const QJsonObject counts = json.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("failed")).toInt() + counts.value(QLatin1String("not_run")).toInt()
                 + counts.value(QLatin1String("skipped")).toInt(),
             blockers);
    QCOMPARE(counts.value(QLatin1String("waived")).toInt(), waivers);
    QCOMPARE(counts.value(QLatin1String("warnings")).toInt(), warnings);
}

void tst_Plan::insecureTlsIsAWarningOfTheDecision()
{
    const QByteArray json = R"({
  "schema": 1, "id": "t", "title": "T", "product": "P", "from": ["1.*"], "to": "2.0", "source": {"document": "D"},
  "pages": [{"id": "p", "title": "P", "items": [
    {"id": "pinned", "type": "check", "title": "Pinned", "help": "H", "severity": "blocker",
     "check": {"kind": "http", "url": "https://gw.example/", "tls": {"pin_sha256": "%1"}}},
    {"id": "unverified", "type": "check", "title": "Unverified", "help": "H", "severity": "blocker",
     "check": {"kind": "http", "url": "https://gw.example/", "tls": {"insecure": true}}}
  ]}]
})";
    auto loaded
        = PlaybookLoader::loadData(QString::fromUtf8(json).arg(QString(64, u'a')).toUtf8(), QStringLiteral("tls.json"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().first().toString()));
    auto plan = Plan::build(std::make_shared<const Playbook>(*loaded), {});
    QVERIFY(plan);
    const auto checked = [](const char *step) {
        return QJsonObject{{QStringLiteral("event"), QStringLiteral("check")},
                           {QStringLiteral("step"), QLatin1String(step)},
                           {QStringLiteral("status"), QStringLiteral("pass")}};
    };
    // Not run yet: nothing to say about TLS (the blocker not run is what stops it).
    Decision decision = decide(*plan, replayJournal({checked("pinned")}));
    QCOMPARE(decision.warnings.size(), 0);
    decision = decide(*plan, replayJournal({checked("pinned"), checked("unverified")}));
    QVERIFY(decision.go);
    QCOMPARE(decision.warnings.size(), 1);
    QCOMPARE(decision.warnings.first().step, QStringLiteral("unverified"));
    QVERIFY2(decision.warnings.first().problem.startsWith(
                 QStringLiteral("Unverified did not verify the server's TLS certificate (tls.insecure)")),
             qPrintable(decision.warnings.first().problem));
    QCOMPARE(decision.headline(), QStringLiteral("GO, with 1 warning(s)"));
}

void tst_Plan::jsonTemplatesTakeListsAndTypedValues()
{
    auto loaded = PlaybookLoader::loadData(QString::fromUtf8(kListPlaybook).arg(QString::fromUtf8(kListTask)).toUtf8(),
                                           QStringLiteral("lists.json"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().first().toString()));
    const auto playbook = std::make_shared<const Playbook>(*loaded);
    const QJsonArray servers{QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                         {QStringLiteral("host"), QStringLiteral("a.example")},
                                         {QStringLiteral("role"), QStringLiteral("app")}},
                             QJsonObject{{QStringLiteral("name"), QStringLiteral("B")},
                                         {QStringLiteral("host"), QStringLiteral("b.example")},
                                         {QStringLiteral("role"), QStringLiteral("app")},
                                         {QStringLiteral("sf_port"), 19080}}};
    auto values = resolveParameters(*playbook, {{QStringLiteral("servers"), servers}});
    QVERIFY2(values, qPrintable(values ? QString() : values.error().join(u'\n')));
    auto plan = Plan::build(playbook, *values);
    QVERIFY(plan);
    const QJsonArray hosts{QStringLiteral("a.example"), QStringLiteral("b.example")};
    QCOMPARE(plan->templateValues().value(QStringLiteral("servers[*].host")), QJsonValue(hosts));
    const Step *step = plan->step(QStringLiteral("edit"));
    QVERIFY(step);
    // Only a whole JSON-template string may name a list (the loader refuses it anywhere else),
    // so the step's text values do not carry it.
    QVERIFY(!step->values.contains(QStringLiteral("servers[*].host")));

    const QJsonObject spec
        = substitution::applyToSpec(QJsonValue(step->item->spec), step->values, plan->templateValues()).toObject();
    const QJsonArray edits = spec.value(QLatin1String("edits")).toArray();
    QCOMPARE(edits.at(0).toObject().value(QLatin1String("value")), QJsonValue(hosts));
    const QJsonObject ports = edits.at(1).toObject().value(QLatin1String("value")).toObject();
    QCOMPARE(ports.value(QLatin1String("all")), QJsonValue(QJsonArray{9080, 19080})); // the default, then B's
    QCOMPARE(ports.value(QLatin1String("main")), QJsonValue(9080)); // a port stays a number
    QCOMPARE(ports.value(QLatin1String("text")), QJsonValue(QStringLiteral("on 9080")));
    // Outside a JSON template everything is text, as before.
    QCOMPARE(edits.at(2).toObject().value(QLatin1String("replace")), QJsonValue(QStringLiteral("port 9080")));
}

void tst_Plan::listOutsideAWholeJsonTemplateIsALoadError_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("error");
    QTest::newRow("regex replacement") << QString::fromUtf8(
        R"({"kind": "file-edit", "files": ["/f"], "edits": [{"regex": "a", "replace": "${servers[*].host}"}]})")
                                       << QStringLiteral("edits[0].replace: '${servers[*].host}' is a list");
    QTest::newRow("part of a template string")
        << QString::fromUtf8(
               R"({"kind": "file-edit", "files": ["/f"], "edits": [{"json": "A", "value": "x ${servers[*].host}"}]})")
        << QStringLiteral("edits[0].value: '${servers[*].host}' is a list: it may only be a whole string");
    QTest::newRow("command argument") << QString::fromUtf8(
        R"({"kind": "command", "program": "echo", "args": ["${servers[*].name}"]})")
                                      << QStringLiteral("args[0]: '${servers[*].name}' is a list");
    QTest::newRow("unknown field") << QString::fromUtf8(
        R"({"kind": "file-edit", "files": ["/f"], "edits": [{"json": "A", "value": "${servers[*].hots}"}]})")
                                   << QStringLiteral("unknown name '${servers[*].hots}'");
    QTest::newRow("not a nodes parameter") << QString::fromUtf8(
        R"({"kind": "file-edit", "files": ["/f"], "edits": [{"json": "A", "value": "${port[*].host}"}]})")
                                           << QStringLiteral("unknown name '${port[*].host}'");
}

void tst_Plan::listOutsideAWholeJsonTemplateIsALoadError()
{
    QFETCH(QString, task);
    QFETCH(QString, error);
    const QStringList errors = loadErrors(task);
    QVERIFY2(errors.size() == 1 && errors.first().contains(error), qPrintable(errors.join(u'\n')));
}

void tst_Plan::foreachSelectionCountIsCheckedWhenThePlanIsBuilt_data()
{
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("foreach");
    QTest::addColumn<int>("steps"); // of migrate, when the plan is built
    QTest::addColumn<QString>("error"); // else the plan's one error
    const QString noDb = QStringLiteral(R"({"nodes": "servers", "where": "node.role == 'db'")");
    const QString app = QStringLiteral(R"({"nodes": "servers", "where": "node.role == 'app'")");
    const QString nodes = QStringLiteral("the nodes are App1 (role app), App2 (role app)");
    QTest::newRow("blocker selecting none")
        << "blocker" << noDb + u'}' << 0
        << QStringLiteral("migrate: runs on at least one node of \"servers\", but \"node.role == 'db'\" selects "
                          "none; %1")
               .arg(nodes);
    QTest::newRow("warning selecting none") << "warning" << noDb + u'}' << 0 << QString();
    QTest::newRow("blocker allowed none")
        << "blocker" << noDb + QStringLiteral(R"(, "count": "any"})") << 0 << QString();
    QTest::newRow("warning told at least one")
        << "warning" << noDb + QStringLiteral(R"(, "count": "at-least-one"})") << 0
        << QStringLiteral("migrate: runs on at least one node of \"servers\"");
    QTest::newRow("exactly one, two selected")
        << "blocker" << app + QStringLiteral(R"(, "count": "one"})") << 0
        << QStringLiteral("migrate: runs on exactly one node of \"servers\", but \"node.role == 'app'\" selects 2 "
                          "(App1, App2); %1")
               .arg(nodes);
    QTest::newRow("min 3") << "blocker" << app + QStringLiteral(R"(, "min": 3})") << 0
                           << QStringLiteral("migrate: runs on at least 3 nodes of \"servers\"");
    QTest::newRow("max 1 without where") << "info" << QStringLiteral(R"({"nodes": "servers", "max": 1})") << 0
                                         << QStringLiteral("migrate: runs on at most one node of \"servers\", but "
                                                           "the node list selects 2 (App1, App2)");
    QTest::newRow("within min and max") << "blocker" << app + QStringLiteral(R"(, "min": 1, "max": 2})") << 2
                                        << QString();
}

void tst_Plan::foreachSelectionCountIsCheckedWhenThePlanIsBuilt()
{
    QFETCH(QString, severity);
    QFETCH(QString, foreach);
    QFETCH(int, steps);
    QFETCH(QString, error);
    auto loaded = PlaybookLoader::loadData(QString::fromUtf8(kCountPlaybook).arg(severity, foreach).toUtf8(),
                                           QStringLiteral("count.json"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().first().toString()));
    const auto playbook = std::make_shared<const Playbook>(*loaded);
    const QJsonArray servers{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("App1")},
                    {QStringLiteral("host"), QStringLiteral("app1")},
                    {QStringLiteral("role"), QStringLiteral("app")}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("App2")},
                    {QStringLiteral("host"), QStringLiteral("app2")},
                    {QStringLiteral("role"), QStringLiteral("app")}},
    };
    auto values = resolveParameters(*playbook, {{QStringLiteral("servers"), servers}});
    QVERIFY2(values, qPrintable(values ? QString() : values.error().join(u'\n')));
    auto plan = Plan::build(playbook, *values);
    if (error.isEmpty()) {
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().join(u'\n')));
        QCOMPARE(plan->stepsOfItem(QStringLiteral("migrate")).size(), steps);
    } else {
        QVERIFY(!plan);
        QCOMPARE(plan.error().size(), 1);
        QVERIFY2(plan.error().first().startsWith(error), qPrintable(plan.error().first()));
    }
}

void tst_Plan::wrongForeachCountIsALoadError_data()
{
    QTest::addColumn<QString>("foreach");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown count") << QStringLiteral(R"({"nodes": "servers", "count": "two"})")
                                   << QStringLiteral("pages[0].items[0].foreach.count: expected one of one, "
                                                     "at-least-one, any, got \"two\"");
    QTest::newRow("count and min") << QStringLiteral(R"({"nodes": "servers", "count": "one", "min": 1})")
                                   << QStringLiteral("pages[0].items[0].foreach.count: give either \"count\" or "
                                                     "\"min\"/\"max\", not both");
    QTest::newRow("negative min") << QStringLiteral(R"({"nodes": "servers", "min": -1})")
                                  << QStringLiteral("pages[0].items[0].foreach.min: expected a whole number of "
                                                    "nodes from 0 to 10000, got -1");
    QTest::newRow("min above max") << QStringLiteral(R"({"nodes": "servers", "min": 3, "max": 2})")
                                   << QStringLiteral("pages[0].items[0].foreach.min: min is greater than max");
}

void tst_Plan::wrongForeachCountIsALoadError()
{
    QFETCH(QString, foreach);
    QFETCH(QString, error);
    auto loaded
        = PlaybookLoader::loadData(QString::fromUtf8(kCountPlaybook).arg(QStringLiteral("blocker"), foreach).toUtf8(),
                                   QStringLiteral("count.json"));
    QVERIFY(!loaded);
    QStringList errors;
    for (const Diagnostic &d : loaded.error())
        errors << d.toString();
    QVERIFY2(errors.size() == 1 && errors.first().contains(error), qPrintable(errors.join(u'\n')));
}

void tst_Plan::onlyABlockerIsWaivable()
{
    const QString foreach = QStringLiteral(R"({"nodes": "servers"}, "waivable": true)");
    auto warning = PlaybookLoader::loadData(
        QString::fromUtf8(kCountPlaybook).arg(QStringLiteral("warning"), foreach).toUtf8(), QStringLiteral("w.json"));
    QVERIFY(!warning);
    QCOMPARE(warning.error().size(), 1);
    QVERIFY2(warning.error().first().toString().contains(
                 QLatin1String("pages[0].items[0].waivable: only a blocker can be waived")),
             qPrintable(warning.error().first().toString()));
    auto blocker = PlaybookLoader::loadData(
        QString::fromUtf8(kCountPlaybook).arg(QStringLiteral("blocker"), foreach).toUtf8(), QStringLiteral("b.json"));
    QVERIFY(blocker);
    QVERIFY(blocker->item(QStringLiteral("migrate"))->waivable);
    QVERIFY(!blocker->item(QStringLiteral("verify"))->waivable);
}

QTEST_GUILESS_MAIN(tst_Plan)
#include "tst_plan.moc"
