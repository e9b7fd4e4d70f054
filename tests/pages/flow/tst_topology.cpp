// The topology page (issue 6): the drawn topology for the Axway three-node example and for a
// playbook without instances, the node × step grid following an Engine, and the icons.

#include "offscreen.h"
#include "pages/flow/topologypage.h"
#include "pages/widgets/icons.h"
#include "pages/widgets/stepgrid.h"
#include "pages/widgets/stepgridmodel.h"
#include "pages/widgets/topologyview.h"

#include "axwaydomain.h"
#include "enginerun.h"
#include "wcag.h"
#include "wizard/playbook/parameters.h"
#include "wizard/playbook/plan.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/run/engine.h"
#include "wizard/run/session.h"

#include <QAccessible>
#include <QGraphicsItem>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace uw;
using namespace uw::pages;
using namespace uw::test;

class tst_Topology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { uw::test::dropOffscreenSizeHintWarnings(); }
    void everyStateHasADistinctIcon();
    void severityAndApplicationIconsRender();
    void stateColoursAreDistinctAndReadable();
    void axwayThreeNodeExampleIsDrawn();
    void axwayTopologyIsDescribedInWords();
    void playbookWithoutInstancesDrawsItsNodes();
    void viewZoomsByKeyboard();
    void gridHasANodeRowAndAnItemColumnForEachForeachStep();
    void gridCellFollowsTheEngine();
    void gridTakesStatesDirectly();
    void pageShowsBothAndIsAlwaysComplete();
    void gridCellsSayTheirStateInWords();
};

namespace {

constexpr StepState::Status kAllStatuses[] = {
    StepState::Status::Pending,     StepState::Status::Running, StepState::Status::Passed,
    StepState::Status::Confirmed,   StepState::Status::Failed,  StepState::Status::Cancelled,
    StepState::Status::Interrupted, StepState::Status::Skipped,
};

QImage render(const QIcon &icon, int size = 24, qreal ratio = 1.0)
{
    return icon.pixmap(QSize(size, size), ratio).toImage().convertToFormat(QImage::Format_ARGB32);
}

// Visible pixels (alpha above a quarter), so an icon that renders empty is caught.
int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
    return count;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Text, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::white);
    return palette;
}

// The vendor's three-node example (NodeA the first Admin Node Manager, NodeB and NodeC Node
// Managers; Gateway1 and Gateway2 in Group1 on NodeA and NodeB, Gateway3 and Gateway4 in
// Group2 on NodeB and NodeC; Cassandra on each node), as a session with its engine.
struct AxwayRun : test::EngineRun
{
    AxwayRun()
        : EngineRun(QStringLiteral("axway-upgrade"), given())
    { }

    static ParameterValues given()
    {
        QJsonArray cassandra;
        for (const QString &node : {QStringLiteral("NodeA"), QStringLiteral("NodeB"), QStringLiteral("NodeC")})
            cassandra << test::axwayCassandra(QStringLiteral("Cassandra-") + node,
                                              node.toLower() + QStringLiteral(".example"));
        return test::axwayParameters(
            QStringLiteral("multi"),
            QJsonArray{axwayNode(QStringLiteral("NodeA"), QStringLiteral("anm"), true),
                       axwayNode(QStringLiteral("NodeB"), QStringLiteral("nm"), false),
                       axwayNode(QStringLiteral("NodeC"), QStringLiteral("nm"), false)},
            QJsonArray{
                axwayInstance(QStringLiteral("Gateway1"), QStringLiteral("Group1"), QStringLiteral("NodeA"), true),
                axwayInstance(QStringLiteral("Gateway2"), QStringLiteral("Group1"), QStringLiteral("NodeB")),
                axwayInstance(QStringLiteral("Gateway3"), QStringLiteral("Group2"), QStringLiteral("NodeB"), true),
                axwayInstance(QStringLiteral("Gateway4"), QStringLiteral("Group2"), QStringLiteral("NodeC"))},
            cassandra);
    }
};

QStringList names(const QList<QGraphicsItem *> &items)
{
    QStringList result;
    for (const QGraphicsItem *item : items)
        result << item->data(TopologyView::NameKey).toString();
    return result;
}

// The item of `kind` that `item` lies in, walking up its parents.
QGraphicsItem *enclosing(QGraphicsItem *item, TopologyView::ItemKind kind)
{
    for (QGraphicsItem *parent = item->parentItem(); parent; parent = parent->parentItem())
        if (parent->data(TopologyView::KindKey).toInt() == int(kind))
            return parent;
    return nullptr;
}

int columnOf(const StepGridModel &model, const QString &itemId)
{
    for (int column = 0; column < model.columnCount(); ++column)
        if (model.itemId(column) == itemId)
            return column;
    return -1;
}

int rowOf(const StepGridModel &model, const QString &node)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.nodeName(row) == node)
            return row;
    return -1;
}

} // namespace

void tst_Topology::everyStateHasADistinctIcon()
{
    QList<QImage> images;
    for (const StepState::Status status : kAllStatuses) {
        const QIcon icon = stateIcon(status);
        QVERIFY2(!icon.isNull(), qPrintable(statusName(status)));
        const QImage image = render(icon);
        QCOMPARE(image.size(), QSize(24, 24));
        QVERIFY2(opaquePixels(image) > 24 * 24 / 4, qPrintable(statusName(status) + QStringLiteral(" renders empty")));
        for (qsizetype other = 0; other < images.size(); ++other)
            QVERIFY2(image != images.at(other),
                     qPrintable(statusName(status) + QStringLiteral(" looks like ") + statusName(kAllStatuses[other])));
        images << image;

        // High DPI: twice the pixels at a device pixel ratio of 2, not an upscaled copy.
        const QPixmap sharp = stateIcon(status).pixmap(QSize(16, 16), 2.0);
        QCOMPARE(sharp.deviceIndependentSize().toSize(), QSize(16, 16));
        QCOMPARE(sharp.size(), QSize(32, 32));
    }
}

void tst_Topology::severityAndApplicationIconsRender()
{
    QList<QImage> images;
    for (const Severity severity : {Severity::Blocker, Severity::Warning, Severity::Info}) {
        const QIcon icon = severityIcon(severity);
        QVERIFY(!icon.isNull());
        const QImage image = render(icon);
        QVERIFY2(opaquePixels(image) > 24 * 24 / 5, qPrintable(severityName(severity)));
        for (const QImage &other : std::as_const(images))
            QVERIFY(image != other);
        images << image;
    }
    const QIcon app = applicationIcon();
    QVERIFY(!app.isNull());
    QVERIFY(opaquePixels(render(app, 64)) > 64 * 64 / 2);
}

void tst_Topology::stateColoursAreDistinctAndReadable()
{
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        QSet<QRgb> seen;
        for (const StepState::Status status : kAllStatuses) {
            const QColor colour = stateColor(status, palette);
            QVERIFY(colour.isValid());
            QVERIFY2(!seen.contains(colour.rgb()), qPrintable(statusName(status)));
            seen.insert(colour.rgb());
            // The palette's text on the cell colour: at least WCAG AA for normal text.
            QVERIFY2(uw::test::contrast(colour, palette.color(QPalette::Text)) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2: %3")
                                    .arg(statusName(status), colour.name())
                                    .arg(uw::test::contrast(colour, palette.color(QPalette::Text)))));
        }
    }
    // The dark palette gets dark cells, not the light palette's tints.
    QVERIFY(stateColor(StepState::Status::Passed, darkPalette()).lightness() < 128);
    QVERIFY(stateColor(StepState::Status::Passed, lightPalette()).lightness() > 128);
}

void tst_Topology::axwayThreeNodeExampleIsDrawn()
{
    AxwayRun run;
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    TopologyView view;
    view.resize(800, 600);
    view.setPlan(&run.engine->plan());

    // Three boxes for the API Gateway nodes (and the Cassandra hosts in their own tier).
    const QList<QGraphicsItem *> boxes = view.itemsOfKind(TopologyView::NodeBox);
    QStringList boxNames = names(boxes);
    QCOMPARE(boxNames.count(QStringLiteral("NodeA")) + boxNames.count(QStringLiteral("NodeB"))
                 + boxNames.count(QStringLiteral("NodeC")),
             3);
    QVERIFY(boxNames.contains(QStringLiteral("Cassandra-NodeB")));
    QCOMPARE(boxes.size(), 6);
    QVERIFY(!boxNames.contains(QStringLiteral("Gateway1"))); // instances are not boxes of their own
    QCOMPARE(names(view.itemsOfKind(TopologyView::TierLabel)),
             (QStringList{QStringLiteral("nodes"), QStringLiteral("cassandra_hosts")}));

    // Four instances, each inside its group's outline inside its node's box.
    const QList<QGraphicsItem *> members = view.itemsOfKind(TopologyView::MemberBox);
    QCOMPARE(members.size(), 4);
    const QHash<QString, QPair<QString, QString>> expected{
        {QStringLiteral("Gateway1"), {QStringLiteral("Group1"), QStringLiteral("NodeA")}},
        {QStringLiteral("Gateway2"), {QStringLiteral("Group1"), QStringLiteral("NodeB")}},
        {QStringLiteral("Gateway3"), {QStringLiteral("Group2"), QStringLiteral("NodeB")}},
        {QStringLiteral("Gateway4"), {QStringLiteral("Group2"), QStringLiteral("NodeC")}},
    };
    for (QGraphicsItem *member : members) {
        const QString name = member->data(TopologyView::NameKey).toString();
        QVERIFY2(expected.contains(name), qPrintable(name));
        QGraphicsItem *outline = enclosing(member, TopologyView::GroupOutline);
        QGraphicsItem *box = enclosing(member, TopologyView::NodeBox);
        QVERIFY(outline && box);
        QCOMPARE(outline->data(TopologyView::NameKey).toString(), expected.value(name).first);
        QCOMPARE(box->data(TopologyView::NameKey).toString(), expected.value(name).second);
        // Drawn where it belongs, not only parented there.
        QVERIFY(outline->sceneBoundingRect().contains(member->sceneBoundingRect()));
        QVERIFY(box->sceneBoundingRect().contains(outline->sceneBoundingRect()));
    }

    // Two groups: outlined where they have instances (Group1 on NodeA and NodeB, Group2 on
    // NodeB and NodeC), in two colours, with a legend entry each.
    const QList<QGraphicsItem *> outlines = view.itemsOfKind(TopologyView::GroupOutline);
    QCOMPARE(outlines.size(), 4);
    const QStringList outlineNames = names(outlines);
    QCOMPARE(QSet<QString>(outlineNames.cbegin(), outlineNames.cend()),
             (QSet<QString>{QStringLiteral("Group1"), QStringLiteral("Group2")}));
    QCOMPARE(view.topology().groups, (QStringList{QStringLiteral("Group1"), QStringLiteral("Group2")}));
    QVERIFY(view.groupColor(QStringLiteral("Group1")) != view.groupColor(QStringLiteral("Group2")));
    const QStringList legend = names(view.itemsOfKind(TopologyView::LegendEntry));
    QVERIFY(legend.contains(QStringLiteral("Group1")));
    QVERIFY(legend.contains(QStringLiteral("Group2")));
    QVERIFY(legend.contains(QStringLiteral("first")));

    // The first Admin Node Manager is marked, on its own box, and no other node is.
    const QList<QGraphicsItem *> markers = view.itemsOfKind(TopologyView::FirstMarker);
    QCOMPARE(markers.size(), 1);
    QCOMPARE(markers.first()->data(TopologyView::NameKey).toString(), QStringLiteral("NodeA"));
    QCOMPARE(enclosing(markers.first(), TopologyView::NodeBox)->data(TopologyView::NameKey).toString(),
             QStringLiteral("NodeA"));

    // Explicit values draw the same picture as the plan's.
    TopologyView explicitView;
    explicitView.setTopology(*run.playbook, run.values);
    QCOMPARE(names(explicitView.itemsOfKind(TopologyView::NodeBox)), boxNames);
    QCOMPARE(names(explicitView.itemsOfKind(TopologyView::MemberBox)),
             names(view.itemsOfKind(TopologyView::MemberBox)));
}

void tst_Topology::axwayTopologyIsDescribedInWords()
{
    AxwayRun run;
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    TopologyView view;
    view.setPlan(&run.engine->plan());
    const QString description = view.accessibleDescription();
    for (const char *expected : {"NodeA", "NodeB", "NodeC", "nodea.example", "Admin Node Manager", "goes first",
                                 "Gateway3 on NodeB", "Group1", "Group2", "Cassandra-NodeC"})
        QVERIFY2(description.contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("%1 not in: %2").arg(QLatin1String(expected), description)));
    QVERIFY(!view.accessibleName().isEmpty());
    QVERIFY(view.focusPolicy() & Qt::TabFocus);

    view.setPlan(nullptr);
    QVERIFY(view.itemsOfKind(TopologyView::NodeBox).isEmpty());
    QVERIFY(!view.accessibleDescription().contains(QLatin1String("NodeA")));
}

void tst_Topology::playbookWithoutInstancesDrawsItsNodes()
{
    auto loaded = loadPlaybook(QStringLiteral("cortex-upgrade"));
    QVERIFY(loaded.has_value());
    const auto server = [](const QString &name, const QString &role) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("host"), name.toLower() + QStringLiteral(".corp")},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("sf_port"), 19000}};
    };
    const ParameterValues values{
        {QStringLiteral("app_servers"),
         QJsonArray{server(QStringLiteral("APP1"), QStringLiteral("app")),
                    server(QStringLiteral("APP2"), QStringLiteral("app"))}},
        {QStringLiteral("web_servers"), QJsonArray{server(QStringLiteral("WEB1"), QStringLiteral("web"))}},
        {QStringLiteral("site_name"), QStringLiteral("Default Web Site")},
    };
    TopologyView view;
    view.setTopology(*loaded, values);
    QCOMPARE(names(view.itemsOfKind(TopologyView::NodeBox)),
             (QStringList{QStringLiteral("APP1"), QStringLiteral("APP2"), QStringLiteral("WEB1")}));
    QCOMPARE(view.itemsOfKind(TopologyView::TierLabel).size(), 2);
    QVERIFY(view.itemsOfKind(TopologyView::MemberBox).isEmpty());
    QVERIFY(view.itemsOfKind(TopologyView::GroupOutline).isEmpty());
    QVERIFY(view.itemsOfKind(TopologyView::FirstMarker).isEmpty());
    QVERIFY(view.accessibleDescription().contains(QLatin1String("Web application server")));
    // The app servers form one tier, side by side; the web servers the next one, below.
    const QList<QGraphicsItem *> boxes = view.itemsOfKind(TopologyView::NodeBox);
    QCOMPARE(boxes.at(0)->sceneBoundingRect().top(), boxes.at(1)->sceneBoundingRect().top());
    QVERIFY(boxes.at(0)->sceneBoundingRect().right() < boxes.at(1)->sceneBoundingRect().left());
    QVERIFY(boxes.at(2)->sceneBoundingRect().top() > boxes.at(0)->sceneBoundingRect().bottom());
}

void tst_Topology::viewZoomsByKeyboard()
{
    AxwayRun run;
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    TopologyView view;
    view.setPlan(&run.engine->plan());
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qreal fitted = view.transform().m11();
    QVERIFY(fitted > 0);
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.transform().m11() > fitted);
    QTest::keyClick(&view, Qt::Key_0);
    QCOMPARE(view.transform().m11(), fitted);
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(view.transform().m11() < fitted);
}

void tst_Topology::gridHasANodeRowAndAnItemColumnForEachForeachStep()
{
    AxwayRun run;
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    StepGrid grid;
    grid.setPlan(&run.engine->plan());
    const StepGridModel &model = *grid.gridModel();
    const Plan &plan = run.engine->plan();

    // Columns: every foreach item that has steps, in playbook order.
    QStringList items;
    for (const Page &page : plan.playbook().pages)
        for (const Item &item : page.items)
            if (item.foreach && !plan.stepsOfItem(item.id).isEmpty())
                items << item.id;
    QVERIFY(items.contains(QStringLiteral("apply")));
    QCOMPARE(model.columnCount(), items.size());
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.itemId(column), items.at(column));
    QCOMPARE(model.headerData(columnOf(model, QStringLiteral("apply")), Qt::Horizontal).toString(),
             plan.playbook().item(QStringLiteral("apply"))->title);

    // Rows: the nodes first (the first Admin Node Manager on top), then the instances and the
    // Cassandra hosts the other items walk.
    QCOMPARE(model.rowCount(), 3 + 4 + 3);
    QCOMPARE(model.nodeName(0), QStringLiteral("NodeA"));
    QCOMPARE(model.nodeName(1), QStringLiteral("NodeB"));
    QCOMPARE(model.nodeName(2), QStringLiteral("NodeC"));
    QVERIFY(rowOf(model, QStringLiteral("Gateway4")) >= 3);
    QVERIFY(rowOf(model, QStringLiteral("Cassandra-NodeA")) >= 3);

    // A cell is its step; a node an item does not walk has none.
    const int apply = columnOf(model, QStringLiteral("apply"));
    const int topology = columnOf(model, QStringLiteral("groups-topology"));
    QCOMPARE(model.stepKey(1, apply), QStringLiteral("apply@NodeB"));
    QCOMPARE(model.index(1, apply).data(StepGridModel::StepKeyRole).toString(), QStringLiteral("apply@NodeB"));
    QVERIFY(model.stepKey(1, topology).isEmpty());
    QVERIFY(!model.index(1, topology).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.stepKey(rowOf(model, QStringLiteral("Gateway3")), topology),
             QStringLiteral("groups-topology@Gateway3"));
    QCOMPARE(model.indexOfStep(QStringLiteral("apply@NodeC")), model.index(2, apply));
    // reencrypt runs once per group with KPS, through the instance marked for it.
    const int reencrypt = columnOf(model, QStringLiteral("reencrypt"));
    QVERIFY(reencrypt > apply);
    QCOMPARE(model.stepKey(rowOf(model, QStringLiteral("Gateway1")), reencrypt), QStringLiteral("reencrypt@Gateway1"));
    QCOMPARE(model.stepKey(rowOf(model, QStringLiteral("Gateway3")), reencrypt), QStringLiteral("reencrypt@Gateway3"));
    QVERIFY(model.stepKey(rowOf(model, QStringLiteral("Gateway2")), reencrypt).isEmpty());
    QVERIFY(model.stepKey(0, reencrypt).isEmpty());

    // The tooltip names the step and its state.
    const QString tip = model.index(1, apply).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("on NodeB")) && tip.contains(QLatin1String("Pending")), qPrintable(tip));
}

void tst_Topology::gridCellFollowsTheEngine()
{
    AxwayRun run;
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    StepGrid grid;
    grid.setEngine(run.engine.get());
    const StepGridModel &model = *grid.gridModel();
    QCOMPARE(model.plan(), &run.engine->plan());

    const QModelIndex cell = model.indexOfStep(QStringLiteral("install-new@NodeB"));
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data(StepGridModel::StatusRole).toInt(), int(StepState::Status::Pending));
    const QColor pendingColour = cell.data(Qt::BackgroundRole).value<QColor>();
    const QImage pendingIcon = render(cell.data(Qt::DecorationRole).value<QIcon>());
    QCOMPARE(pendingColour, stateColor(StepState::Status::Pending, grid.palette()));

    QSignalSpy changed(grid.gridModel(), &QAbstractItemModel::dataChanged);
    QVERIFY(run.engine->skip(QStringLiteral("install-new@NodeB"), QStringLiteral("tester"),
                             QStringLiteral("installed by hand")));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(cell.data(StepGridModel::StatusRole).toInt(), int(StepState::Status::Skipped));
    const QColor skippedColour = cell.data(Qt::BackgroundRole).value<QColor>();
    QVERIFY(skippedColour != pendingColour);
    QCOMPARE(skippedColour, stateColor(StepState::Status::Skipped, grid.palette()));
    QVERIFY(render(cell.data(Qt::DecorationRole).value<QIcon>()) != pendingIcon);
    QCOMPARE(render(cell.data(Qt::DecorationRole).value<QIcon>()), render(stateIcon(StepState::Status::Skipped)));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("installed by hand")));

    // The same step on the other nodes is untouched.
    QCOMPARE(model.indexOfStep(QStringLiteral("install-new@NodeA")).data(StepGridModel::StatusRole).toInt(),
             int(StepState::Status::Pending));

    // A sign-off shows as confirmed.
    QVERIFY(run.engine->confirm(QStringLiteral("install-new@NodeA"), QStringLiteral("tester"), QString()));
    QCOMPARE(model.indexOfStep(QStringLiteral("install-new@NodeA")).data(StepGridModel::StatusRole).toInt(),
             int(StepState::Status::Confirmed));

    // Once the grid lets go of the engine, it no longer follows it.
    grid.setEngine(nullptr);
    QVERIFY(run.engine->skip(QStringLiteral("install-new@NodeC"), QStringLiteral("tester"), QStringLiteral("later")));
    QCOMPARE(model.indexOfStep(QStringLiteral("install-new@NodeC")).data(StepGridModel::StatusRole).toInt(),
             int(StepState::Status::Pending));
}

void tst_Topology::gridTakesStatesDirectly()
{
    AxwayRun run;
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    StepGrid grid;
    grid.setPlan(&run.engine->plan());
    const StepGridModel &model = *grid.gridModel();
    const QModelIndex cell = model.indexOfStep(QStringLiteral("apply@NodeA"));
    QVERIFY(cell.isValid());

    StepStates states;
    for (const StepState::Status status : kAllStatuses) {
        states[QStringLiteral("apply@NodeA")].status = status;
        states[QStringLiteral("apply@NodeA")].summary = QStringLiteral("summary of %1").arg(statusName(status));
        grid.setStates(states);
        QCOMPARE(cell.data(StepGridModel::StatusRole).toInt(), int(status));
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), stateColor(status, grid.palette()));
        QVERIFY(
            cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("summary of %1").arg(statusName(status))));
    }

    // Colours follow the palette: a dark one gives dark cells.
    grid.setPalette(darkPalette());
    QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), stateColor(StepState::Status::Skipped, darkPalette()));
}

void tst_Topology::pageShowsBothAndIsAlwaysComplete()
{
    AxwayRun run;
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    TopologyPage page;
    QVERIFY(page.isComplete());
    QVERIFY(page.findChild<TopologyView *>(QStringLiteral("topologyView")));
    QVERIFY(page.findChild<StepGrid *>(QStringLiteral("stepGrid")));
    QCOMPARE(page.stepGrid()->gridModel()->rowCount(), 0);

    // Before the run: the plan only.
    page.setPlan(&run.engine->plan());
    QVERIFY(page.isComplete());
    QCOMPARE(page.topologyView()->itemsOfKind(TopologyView::MemberBox).size(), 4);
    QCOMPARE(page.stepGrid()->gridModel()->rowCount(), 10);
    page.setEngine(nullptr); // no engine yet: nothing changes
    QCOMPARE(page.stepGrid()->gridModel()->rowCount(), 10);

    // During the run: the grid follows the engine.
    page.setEngine(run.engine.get());
    QVERIFY(run.engine->skip(QStringLiteral("stop-old-nm@NodeC"), QStringLiteral("tester"), QStringLiteral("stopped")));
    QCOMPARE(page.stepGrid()
                 ->gridModel()
                 ->indexOfStep(QStringLiteral("stop-old-nm@NodeC"))
                 .data(StepGridModel::StatusRole)
                 .toInt(),
             int(StepState::Status::Skipped));
    QVERIFY(page.isComplete());

    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.topologyView()->isVisible());
    QVERIFY(page.stepGrid()->isVisible());
}

void tst_Topology::gridCellsSayTheirStateInWords()
{
    AxwayRun run;
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    StepGrid grid;
    grid.setEngine(run.engine.get());
    grid.resize(900, 400);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    const StepGridModel &model = *grid.gridModel();
    QVERIFY(run.engine->skip(QStringLiteral("install-new@NodeB"), QStringLiteral("tester"),
                             QStringLiteral("installed by hand")));

    // The state shows in the cell itself, not only in its colour, icon and tool tip.
    const QModelIndex skipped = model.indexOfStep(QStringLiteral("install-new@NodeB"));
    const QModelIndex pending = model.indexOfStep(QStringLiteral("install-new@NodeA"));
    QCOMPARE(skipped.data(Qt::DisplayRole).toString(), QStringLiteral("Skipped"));
    QCOMPARE(pending.data(Qt::DisplayRole).toString(), QStringLiteral("Pending"));
    // The reason, which the tool tip gave, is the cell's accessible description.
    QVERIFY(skipped.data(Qt::AccessibleDescriptionRole).toString().contains(QLatin1String("installed by hand")));
    // A cell without a step is blank, and says why to a screen reader.
    const int topology = columnOf(model, QStringLiteral("groups-topology"));
    QVERIFY(model.stepKey(1, topology).isEmpty());
    QVERIFY(model.index(1, topology).data(Qt::DisplayRole).toString().isEmpty());

    // A screen reader moving through the table hears the step and its state for each cell.
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(&grid);
    QVERIFY(table && table->tableInterface());
    QAccessibleInterface *cell = table->tableInterface()->cellAt(skipped.row(), skipped.column());
    QVERIFY(cell);
    const QString said = cell->text(QAccessible::Name);
    QVERIFY2(said.contains(QLatin1String("on NodeB")) && said.contains(QLatin1String("Skipped")), qPrintable(said));
    QVERIFY(cell->text(QAccessible::Description).contains(QLatin1String("installed by hand")));
    QAccessibleInterface *blank = table->tableInterface()->cellAt(1, topology);
    QVERIFY(blank);
    QVERIFY2(blank->text(QAccessible::Name).contains(QLatin1String("does not run on NodeB")),
             qPrintable(blank->text(QAccessible::Name)));
    // And the row's node with the parameter it belongs to, which only the tool tip said.
    QVERIFY(!model.headerData(0, Qt::Vertical, Qt::AccessibleDescriptionRole).toString().isEmpty());
}

QTEST_MAIN(tst_Topology)
#include "tst_topology.moc"
