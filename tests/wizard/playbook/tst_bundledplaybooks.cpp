// The bundled vendor playbooks as data: each loads, each has a coverage document that accounts
// for every one of its items and names only items it has, and the Axway playbook's cross-node
// order cannot be broken through the engine (the GUI and `run` go through the same engine).

#include "axwaydomain.h"
#include "enginerun.h"
#include "wizard/playbook/parameters.h"
#include "wizard/playbook/plan.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/run/engine.h"
#include "wizard/run/session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace uw;
using namespace uw::test;

class tst_BundledPlaybooks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theVendorProceduresAreBundled_data();
    void theVendorProceduresAreBundled();
    void coverageDocumentAccountsForEveryItem_data();
    void coverageDocumentAccountsForEveryItem();
    void axwayApplyGoesFirstAdminNodeManagerFirstThenOneNodeAtATime();
    void axwayApplyWaitsForExportAndUpgradeOnEveryNode();
    void axwaySingleNodeTopologyHasOneNodePerStep();
};

namespace {

// The three seed procedures, the seed document each one covers, and the sections, tasks and
// steps of that document its coverage document must have a row for (the seeds are not in this
// repository, so their outline is written down here).
void addVendorRows()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QStringList>("sections");
    QStringList axway{QStringLiteral("Introduction"), QStringLiteral("Caution: quotas"),
                      QStringLiteral("Overview of upgrade steps on a single-node environment"),
                      QStringLiteral("Note: 7.7 supports Cassandra 2.2.12")};
    for (int task = 1; task <= 6; ++task)
        axway << QStringLiteral("Old installation, Task %1").arg(task);
    for (int task = 1; task <= 4; ++task)
        axway << QStringLiteral("New installation, Task %1").arg(task);
    for (int step = 1; step <= 6; ++step)
        axway << QStringLiteral("Single-node Step %1").arg(step);
    for (int step = 1; step <= 7; ++step)
        axway << QStringLiteral("Multi-node Step %1").arg(step);
    axway << QStringLiteral("Multi-node example: sample topology") << QStringLiteral("Multi-node overview")
          << QStringLiteral("Configure a different Cassandra client port")
          << QStringLiteral("Upgrade API Gateway projects") << QStringLiteral("Upgrade services")
          << QStringLiteral("Migrate the QuickStart tutorial")
          << QStringLiteral("Migrate single sign-on configuration files") << QStringLiteral("Support services")
          << QStringLiteral("Where to go next");
    QStringList cortex{QStringLiteral("Introduction: the Flow Debugger upgrade first"),
                       QStringLiteral("Configure Upgrade Script"),
                       QStringLiteral("Run Upgrade Script"),
                       QStringLiteral("Republish Packages: note"),
                       QStringLiteral("Delete Old Execution Services: note"),
                       QStringLiteral("Repeat the above for the Flow Debugger"),
                       QStringLiteral("Preserve installation files"),
                       QStringLiteral("Next Steps?, step 1: Try It Out")};
    for (int step = 1; step <= 4; ++step)
        cortex << QStringLiteral("Republish Packages, step %1").arg(step)
               << QStringLiteral("Delete Old Execution Services, step %1").arg(step);
    const QStringList kaazing{QStringLiteral("Release numbering"),
                              QStringLiteral("Supported Gateway Upgrade Paths"),
                              QStringLiteral("Table row: 3.2 or earlier to 4.0.x"),
                              QStringLiteral("Table row: 3.3.x or 3.4.x to 3.5.x"),
                              QStringLiteral("Table row: 3.5.x to 3.5.y"),
                              QStringLiteral("Table row: 3.3.x, 3.4.x or 3.5.x to 4.0.x"),
                              QStringLiteral("Upgrade Options"),
                              QStringLiteral("Option: the Windows or Linux installer"),
                              QStringLiteral("Option: unpack"),
                              QStringLiteral("Note: both releases"),
                              QStringLiteral("KAAZING Clients and Backward Compatibility"),
                              QStringLiteral("Note: your own WebSocket clients"),
                              QStringLiteral("See Also: \"Upgrade the Gateway\""),
                              QStringLiteral("See Also: \"Migrate the Gateway Configuration\""),
                              QStringLiteral("Setting Up KAAZING Gateway"),
                              QStringLiteral("Migration step: upgrade all cluster members before the clients")};
    QTest::newRow("axway") << QStringLiteral("axway-upgrade") << QStringLiteral("001_734289510474e2d5.txt") << axway;
    QTest::newRow("cortex") << QStringLiteral("cortex-upgrade") << QStringLiteral("000_c31df25843a5074c.txt") << cortex;
    QTest::newRow("kaazing") << QStringLiteral("kaazing-upgrade") << QStringLiteral("002_f1b86ae8ef614b02.txt")
                             << kaazing;
}

QSet<QString> itemIds(const Playbook &playbook)
{
    QSet<QString> ids;
    for (const Page &page : playbook.pages)
        for (const Item &item : page.items)
            ids.insert(item.id);
    return ids;
}

// An Axway session for the vendor's three-node example (or one node), with the engine on it.
struct AxwayRun : test::EngineRun
{
    explicit AxwayRun(bool single)
        : EngineRun(QStringLiteral("axway-upgrade"), given(single))
    { }

    static ParameterValues given(bool single)
    {
        QJsonArray nodes{axwayNode(QStringLiteral("NodeA"), QStringLiteral("anm"), true)};
        if (!single)
            nodes << axwayNode(QStringLiteral("NodeB"), QStringLiteral("nm"), false)
                  << axwayNode(QStringLiteral("NodeC"), QStringLiteral("nm"), false);
        return test::axwayParameters(
            single ? QStringLiteral("single") : QStringLiteral("multi"), nodes,
            QJsonArray{axwayInstance(QStringLiteral("Gateway1"), QStringLiteral("Group1"), QStringLiteral("NodeA"), true)},
            QJsonArray{test::axwayCassandra(QStringLiteral("Cassandra1"), QStringLiteral("nodea.example"))});
    }
};

} // namespace

void tst_BundledPlaybooks::theVendorProceduresAreBundled_data()
{
    addVendorRows();
}

void tst_BundledPlaybooks::theVendorProceduresAreBundled()
{
    QFETCH(QString, id);
    const QList<BundledPlaybook> bundled = bundledPlaybooks();
    QVERIFY2(std::ranges::any_of(bundled, [&](const BundledPlaybook &b) { return b.id == id; }), qPrintable(id));
    auto loaded = loadPlaybook(id);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().first().toString()));
    QCOMPARE(loaded->id, id);
    // Every item but text tells the user which part of the vendor document it comes from.
    for (const Page &page : loaded->pages)
        for (const Item &item : page.items)
            if (item.type != Item::Type::Info)
                QVERIFY2(
                    item.help.contains(QLatin1String("\"")) || item.help.contains(QLatin1String("“")),
                    qPrintable(QStringLiteral("%1: its help names no section of the vendor document").arg(item.id)));
}

void tst_BundledPlaybooks::coverageDocumentAccountsForEveryItem_data()
{
    addVendorRows();
}

void tst_BundledPlaybooks::coverageDocumentAccountsForEveryItem()
{
    QFETCH(QString, id);
    QFETCH(QString, seed);
    QFETCH(QStringList, sections);
    auto playbook = loadPlaybook(id);
    QVERIFY(playbook);
    const QSet<QString> items = itemIds(*playbook);

    const QString path = QStringLiteral(UW_DOCS_DIR "/coverage/%1.md").arg(id);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.startsWith(QLatin1String("# ")), "the document starts with its title");
    QVERIFY2(text.contains(QStringLiteral("`%1`").arg(seed)), "the document names its seed");
    QVERIFY2(text.contains(QStringLiteral("Playbook: `resources/playbooks/%1.json`").arg(id)),
             "the document names its playbook");

    // | # | Seed section and step | Covered by | How | Kind | ... — the columns are found by their
    // header, so a document may add columns (the departures from the vendor's text).
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    // Every document says per row whether it is automated, checked or guided, and where the
    // playbook knowingly departs from the document ("—" where it does not).
    static const QSet<QString> withKind{QStringLiteral("axway-upgrade"), QStringLiteral("cortex-upgrade"),
                                        QStringLiteral("kaazing-upgrade")};
    const auto cells = [](const QString &line) {
        QStringList out = line.trimmed().split(u'|');
        if (out.size() >= 2) {
            out.removeFirst();
            out.removeLast();
        }
        for (QString &cell : out)
            cell = cell.trimmed();
        return out;
    };
    QSet<QString> covered;
    QString steps;
    int rows = 0;
    QStringList header;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().startsWith(u'|'))
            continue;
        const QStringList row = cells(line);
        if (row.value(0) == u"#") {
            header = row;
            continue;
        }
        bool isNumber = false;
        const int number = row.value(0).toInt(&isNumber);
        if (!isNumber)
            continue;
        ++rows;
        const QString where = QStringLiteral("%1, row %2").arg(path).arg(number);
        const auto column = [&](const char *name) {
            return row.value(header.indexOf(QLatin1String(name)));
        };
        QVERIFY2(row.size() == header.size(), qPrintable(where + QStringLiteral(": not as many cells as the header")));
        QCOMPARE(number, rows);
        QVERIFY2(!column("Seed section and step").isEmpty(), qPrintable(where + QStringLiteral(": no seed step")));
        static const QRegularExpression how(QStringLiteral("check|task|sign-off|text|information"));
        QVERIFY2(column("How").contains(how), qPrintable(where + QStringLiteral(": does not say how it is covered")));
        if (withKind.contains(id)) {
            static const QRegularExpression kind(QStringLiteral("^(automated|checked|guided)$"));
            QVERIFY2(header.indexOf(QLatin1String("Kind")) == header.indexOf(QLatin1String("How")) + 1,
                     qPrintable(path + QStringLiteral(": no \"Kind\" column after \"How\"")));
            QVERIFY2(
                kind.match(column("Kind")).hasMatch(),
                qPrintable(where
                           + QStringLiteral(": Kind is \"%1\", not automated, checked or guided").arg(column("Kind"))));
            // indexOf(QRegularExpression) wants an exact match: "Departs" or "Departs from the document".
            const qsizetype departs = header.indexOf(QRegularExpression(QStringLiteral("Departs.*")));
            QVERIFY2(departs > 0, qPrintable(path + QStringLiteral(": no \"Departs\" column")));
            QVERIFY2(!row.value(departs).isEmpty(), qPrintable(where + QStringLiteral(": no departure (or —)")));
        }
        steps += column("Seed section and step") + u'\n';
        int named = 0;
        for (auto it = code.globalMatch(column("Covered by")); it.hasNext();) {
            const QString item = it.next().captured(1);
            QVERIFY2(items.contains(item), qPrintable(where + QStringLiteral(": no item \"%1\" in %2").arg(item, id)));
            covered.insert(item);
            ++named;
        }
        QVERIFY2(named > 0, qPrintable(where + QStringLiteral(": names no item")));
    }
    QVERIFY2(rows >= 10, qPrintable(QStringLiteral("%1: only %2 rows").arg(path).arg(rows)));
    for (const QString &section : std::as_const(sections))
        QVERIFY2(steps.contains(section), qPrintable(QStringLiteral("%1: no row for \"%2\"").arg(path, section)));
    QStringList missing = (items - covered).values();
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("items the coverage document does not mention: %1")
                            .arg(missing.join(QStringLiteral(", ")))));
}

void tst_BundledPlaybooks::axwayApplyGoesFirstAdminNodeManagerFirstThenOneNodeAtATime()
{
    AxwayRun run(false);
    QVERIFY2(run.engine, qPrintable(run.error));
    for (const char *item : {"export", "upgrade", "stop-old-gateways", "stop-old-nm"})
        QVERIFY(run.skipAll(QLatin1String(item)));

    // Another node before the first Admin Node Manager: refused, and the refusal says why.
    QString error = run.startError(QStringLiteral("apply@NodeB"));
    QVERIFY2(error.contains(QLatin1String("\"sysupgrade apply on NodeA\" is not done yet")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("None of the available Admin Node Managers have the domain private key")),
             qPrintable(error));
    QVERIFY(!run.startError(QStringLiteral("apply@NodeC")).isEmpty());
    QVERIFY(run.engine->whyNotStartable(QStringLiteral("apply@NodeA")).isEmpty());

    // Once the first Admin Node Manager is done, the others go in turn: NodeB, then NodeC.
    QVERIFY(run.engine->skip(QStringLiteral("apply@NodeA"), QStringLiteral("tester"), QStringLiteral("by hand")));
    QVERIFY(run.engine->whyNotStartable(QStringLiteral("apply@NodeB")).isEmpty());
    error = run.startError(QStringLiteral("apply@NodeC"));
    QVERIFY2(error.contains(QLatin1String("\"sysupgrade apply on NodeB\" is not done yet")), qPrintable(error));
    // KPS re-encryption waits for apply on every node.
    QVERIFY2(run.engine->whyNotStartable(QStringLiteral("reencrypt@Gateway1"))
                 .contains(QLatin1String("\"sysupgrade apply on NodeC\" is not done yet")),
             qPrintable(run.engine->whyNotStartable(QStringLiteral("reencrypt@Gateway1"))));
}

void tst_BundledPlaybooks::axwayApplyWaitsForExportAndUpgradeOnEveryNode()
{
    AxwayRun run(false);
    QVERIFY2(run.engine, qPrintable(run.error));
    QVERIFY(run.skipAll(QStringLiteral("export")));
    // Upgrade may run on any node in any order once every node has exported...
    QVERIFY(run.engine->whyNotStartable(QStringLiteral("upgrade@NodeC")).isEmpty());
    // ...but the old system is not stopped, and nothing is applied, before every node upgraded.
    QVERIFY(!run.engine->whyNotStartable(QStringLiteral("stop-old-gateways@Gateway1")).isEmpty());
    QVERIFY(run.skipAll(QStringLiteral("upgrade")));
    QVERIFY(run.engine->whyNotStartable(QStringLiteral("stop-old-gateways@Gateway1")).isEmpty());
    // The Node Managers go once their gateways are stopped.
    QVERIFY(!run.engine->whyNotStartable(QStringLiteral("stop-old-nm@NodeB")).isEmpty());
    const QString why = run.engine->whyNotStartable(QStringLiteral("apply@NodeA"));
    QVERIFY2(why.contains(QLatin1String("\"Stop the old Node Manager on NodeC\" is not done yet")), qPrintable(why));
}

void tst_BundledPlaybooks::axwaySingleNodeTopologyHasOneNodePerStep()
{
    AxwayRun run(true);
    QVERIFY2(run.engine, qPrintable(run.error));
    QStringList applies;
    for (const Step *step : run.engine->plan().stepsOfItem(QStringLiteral("apply")))
        applies << step->key;
    QCOMPARE(applies, QStringList{QStringLiteral("apply@NodeA")});
    // Without Cassandra the upgrade runs with --no_cassandra instead, and no port is checked.
    QVERIFY(!run.engine->plan().stepsOfItem(QStringLiteral("upgrade")).isEmpty());
    QVERIFY(run.engine->plan().stepsOfItem(QStringLiteral("upgrade-no-cassandra")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_BundledPlaybooks)
#include "tst_bundledplaybooks.moc"
