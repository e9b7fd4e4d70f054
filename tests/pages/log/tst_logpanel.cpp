#include "pages/log/logfiltermodel.h"
#include "pages/log/logmodel.h"
#include "pages/log/logpanel.h"
#include "pages/log/logview.h"
#include "wizard/run/engine.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace uw::pages;
using uw::LineLevel;

namespace {

// Receives the URLs QDesktopServices::openUrl would hand to the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

// The texts of the rows of a model, in order.
QStringList texts(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(LogModel::TextRole).toString();
    return result;
}

// Six lines of two nodes and every level.
void appendSample(LogModel &model)
{
    model.append(LineLevel::Debug, QStringLiteral("anm1"), QStringLiteral("connecting to anm1"));
    model.append(LineLevel::Info, QStringLiteral("anm1"), QStringLiteral("Export started"));
    model.append(LineLevel::Warning, QStringLiteral("gw2"), QStringLiteral("disk almost FULL"));
    model.append(LineLevel::Error, QStringLiteral("gw2"), QStringLiteral("export failed: disk full"));
    model.append(LineLevel::Info, QString(), QStringLiteral("local step done"));
    model.append(LineLevel::Error, QStringLiteral("anm1"), QStringLiteral("Größe überschritten"));
}

} // namespace

class tst_LogPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesAppearAfterTheFlushInOneInsert();
    void rolesCarryWhatWasAppended();
    void storesTextCompactlyAndExactly();
    void filtersByLevel();
    void filtersByNode();
    void filtersByText();
    void combinedFilters();
    void filterFollowsNewLines();
    void panelControlsDriveTheFilter();
    void nodeFilterListsTheNodesSeen();
    void followsTheTailUntilScrolledUp();
    void copiesTheSelectedLines();
    void keyboardSelectsAndCopies();
    void clearRemovesEverything();
    void openFullLogNeedsAPath();
    void engineSlotKeepsTheStepKey();
    void filterOutlivesItsSource();
};

void tst_LogPanel::linesAppearAfterTheFlushInOneInsert()
{
    LogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 1000; ++i)
        model.append(LineLevel::Info, QStringLiteral("node"), QStringLiteral("line %1").arg(i));

    // Nothing is visible before the event loop runs the flush.
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingCount(), 1000);
    QCOMPARE(inserted.count(), 0);

    QTRY_COMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 999);
    QCOMPARE(model.pendingCount(), 0);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(model.text(i), QStringLiteral("line %1").arg(i));

    // The next batch is appended after the first, again in one insert.
    for (int i = 1000; i < 1500; ++i)
        model.append(LineLevel::Info, QStringLiteral("node"), QStringLiteral("line %1").arg(i));
    QCOMPARE(model.rowCount(), 1000);
    QTRY_COMPARE(model.rowCount(), 1500);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1000);
    QCOMPARE(inserted.at(1).at(2).toInt(), 1499);
    QCOMPARE(model.text(1499), QStringLiteral("line 1499"));

    // flush() publishes at once, and a flush with nothing pending inserts nothing.
    model.append(LineLevel::Error, QString(), QStringLiteral("last"));
    model.flush();
    QCOMPARE(model.rowCount(), 1501);
    model.flush();
    QCOMPARE(inserted.count(), 3);
}

void tst_LogPanel::rolesCarryWhatWasAppended()
{
    LogModel model;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    model.append(LineLevel::Warning, QStringLiteral("gw2"), QStringLiteral("disk almost full"),
                 QStringLiteral("backup"));
    model.append(LineLevel::Debug, QString(), QStringLiteral("local"));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    model.flush();

    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("disk almost full"));
    QCOMPARE(first.data(LogModel::TextRole).toString(), QStringLiteral("disk almost full"));
    QCOMPARE(first.data(LogModel::LevelRole).toInt(), int(LineLevel::Warning));
    QCOMPARE(first.data(LogModel::NodeRole).toString(), QStringLiteral("gw2"));
    QCOMPARE(first.data(LogModel::StepKeyRole).toString(), QStringLiteral("backup"));
    const qint64 at = first.data(LogModel::TimestampRole).toDateTime().toMSecsSinceEpoch();
    QVERIFY(at >= before && at <= after);

    const QModelIndex second = model.index(1, 0);
    QCOMPARE(second.data(LogModel::LevelRole).toInt(), int(LineLevel::Debug));
    QCOMPARE(second.data(LogModel::NodeRole).toString(), QString());
    QCOMPARE(second.data(LogModel::StepKeyRole).toString(), QString());
    QVERIFY(model.roleNames().values().contains("timestamp"));
}

void tst_LogPanel::storesTextCompactlyAndExactly()
{
    LogModel model;
    const QString unicode = QStringLiteral("Größe überschritten: 東京 \U0001F600 fin");
    model.append(LineLevel::Info, QStringLiteral("n"), unicode);
    model.append(LineLevel::Info, QStringLiteral("n"), QString());
    const QString longLine(LogModel::kMaxLineChars + 10, QLatin1Char('x'));
    model.append(LineLevel::Info, QStringLiteral("n"), longLine);
    // 100,000 lines of 100 characters.
    const QString hundred = QStringLiteral("%1").arg(QStringLiteral("step output "), 100, QLatin1Char('.'));
    for (int i = 0; i < 100000; ++i)
        model.append(LineLevel::Info, QStringLiteral("node%1").arg(i % 4), hundred);
    model.flush();

    QCOMPARE(model.text(0), unicode);
    QCOMPARE(model.text(1), QString());
    const QString cut = model.text(2);
    QCOMPARE(cut.size(), LogModel::kMaxLineChars);
    QVERIFY(cut.endsWith(QChar(0x2026)));
    QCOMPARE(model.text(3 + 99999), hundred);
    QCOMPARE(model.node(3 + 99999), QStringLiteral("node3"));
    QCOMPARE(model.nodes().size(), 6); // "", n, node0..node3

    // The storage stays within 1.5 times the UTF-8 text: 16 bytes a line for the record, and
    // the unused end of the last 1 MiB chunk (about a tenth of the text here).
    QVERIFY2(model.memoryBytes() <= model.textBytes() * 3 / 2,
             qPrintable(QStringLiteral("%1 bytes for %2").arg(model.memoryBytes()).arg(model.textBytes())));
}

void tst_LogPanel::filtersByLevel()
{
    LogModel model;
    appendSample(model);
    model.flush();
    LogFilterModel filter(&model);
    QCOMPARE(filter.rowCount(), 6);

    filter.setMinimumLevel(LineLevel::Warning);
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter),
             (QStringList{QStringLiteral("disk almost FULL"), QStringLiteral("export failed: disk full"),
                          QStringLiteral("Größe überschritten")}));

    filter.setLevels(LogFilterModel::LevelMask(1u << int(LineLevel::Debug) | 1u << int(LineLevel::Error)));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter),
             (QStringList{QStringLiteral("connecting to anm1"), QStringLiteral("export failed: disk full"),
                          QStringLiteral("Größe überschritten")}));

    // Mapping both ways agrees with the rows shown.
    QCOMPARE(filter.mapToSource(filter.index(1, 0)).row(), 3);
    QCOMPARE(filter.mapFromSource(model.index(5, 0)).row(), 2);
    QVERIFY(!filter.mapFromSource(model.index(1, 0)).isValid());

    filter.setMinimumLevel(LineLevel::Debug);
    QCOMPARE(filter.rowCount(), 6);
}

void tst_LogPanel::filtersByNode()
{
    LogModel model;
    appendSample(model);
    model.flush();
    LogFilterModel filter(&model);

    filter.setNode(QStringLiteral("gw2"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter),
             (QStringList{QStringLiteral("disk almost FULL"), QStringLiteral("export failed: disk full")}));

    // A node no line has come from yet: nothing now, its lines once they come.
    filter.setNode(QStringLiteral("gw3"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(filter.rowCount(), 0);
    model.append(LineLevel::Info, QStringLiteral("gw3"), QStringLiteral("gw3 is up"));
    model.append(LineLevel::Info, QStringLiteral("gw2"), QStringLiteral("gw2 is up"));
    model.flush();
    QCOMPARE(texts(filter), QStringList{QStringLiteral("gw3 is up")});
}

void tst_LogPanel::filtersByText()
{
    LogModel model;
    appendSample(model);
    model.flush();
    LogFilterModel filter(&model);

    filter.setText(QStringLiteral("disk FULL"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter), QStringList{QStringLiteral("export failed: disk full")});

    filter.setText(QStringLiteral("Export"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter),
             (QStringList{QStringLiteral("Export started"), QStringLiteral("export failed: disk full")}));

    // Non-ASCII text is compared case-insensitively too.
    filter.setText(QStringLiteral("ÜBER"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter), QStringList{QStringLiteral("Größe überschritten")});

    filter.setText(QStringLiteral("no such text"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(filter.rowCount(), 0);
}

void tst_LogPanel::combinedFilters()
{
    LogModel model;
    appendSample(model);
    model.flush();
    LogFilterModel filter(&model);

    filter.setNode(QStringLiteral("anm1"));
    filter.setMinimumLevel(LineLevel::Info);
    filter.setText(QStringLiteral("e"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter), (QStringList{QStringLiteral("Export started"), QStringLiteral("Größe überschritten")}));

    filter.setMinimumLevel(LineLevel::Error);
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter), QStringList{QStringLiteral("Größe überschritten")});

    filter.setNode(QString());
    filter.setText(QStringLiteral("DISK"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter), QStringList{QStringLiteral("export failed: disk full")});
}

void tst_LogPanel::filterFollowsNewLines()
{
    LogModel model;
    LogFilterModel filter(&model);
    filter.setText(QStringLiteral("match"));
    QSignalSpy finished(&filter, &LogFilterModel::filteringFinished);

    // Enough lines that the scan may take several slices; every fifth matches.
    const int lines = 50000;
    for (int i = 0; i < lines; ++i)
        model.append(LineLevel::Info, QString(),
                     i % 5 == 0 ? QStringLiteral("MATCH %1").arg(i) : QStringLiteral("other %1").arg(i));
    QTRY_COMPARE(model.rowCount(), lines);
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(filter.rowCount(), lines / 5);
    for (int row = 0; row < filter.rowCount(); ++row) {
        QCOMPARE(filter.sourceRow(row), row * 5);
    }

    // A new filter scans everything again, in order.
    filter.setText(QStringLiteral("OTHER 4999"));
    QTRY_VERIFY(!filter.isFiltering());
    QVERIFY(finished.count() >= 1);
    QCOMPARE(
        texts(filter),
        (QStringList{QStringLiteral("other 4999"), QStringLiteral("other 49991"), QStringLiteral("other 49992"),
                     QStringLiteral("other 49993"), QStringLiteral("other 49994"), QStringLiteral("other 49996"),
                     QStringLiteral("other 49997"), QStringLiteral("other 49998"), QStringLiteral("other 49999")}));
}

void tst_LogPanel::panelControlsDriveTheFilter()
{
    LogPanel panel;
    appendSample(*panel.model());
    panel.model()->flush();

    auto *level = panel.findChild<QComboBox *>(QStringLiteral("levelFilter"));
    auto *node = panel.findChild<QComboBox *>(QStringLiteral("nodeFilter"));
    auto *text = panel.findChild<QLineEdit *>(QStringLiteral("textFilter"));
    QVERIFY(level && node && text);
    QVERIFY(!level->accessibleName().isEmpty());
    QVERIFY(!node->accessibleName().isEmpty());
    QVERIFY(!text->accessibleName().isEmpty());

    level->setCurrentIndex(level->findData(int(LineLevel::Warning)));
    QTRY_VERIFY(!panel.filterModel()->isFiltering());
    QCOMPARE(panel.filterModel()->rowCount(), 3);

    node->setCurrentIndex(node->findData(QStringLiteral("gw2")));
    QTRY_VERIFY(!panel.filterModel()->isFiltering());
    QCOMPARE(panel.filterModel()->rowCount(), 2);

    QTest::keyClicks(text, QStringLiteral("FAILED"));
    QTRY_VERIFY(!panel.filterModel()->isFiltering());
    QCOMPARE(texts(*panel.filterModel()), QStringList{QStringLiteral("export failed: disk full")});

    text->clear();
    node->setCurrentIndex(0);
    level->setCurrentIndex(0);
    QTRY_VERIFY(!panel.filterModel()->isFiltering());
    QCOMPARE(panel.filterModel()->rowCount(), 6);
}

void tst_LogPanel::nodeFilterListsTheNodesSeen()
{
    LogPanel panel;
    auto *node = panel.findChild<QComboBox *>(QStringLiteral("nodeFilter"));
    QVERIFY(node);
    QCOMPARE(node->count(), 1); // All nodes

    panel.append(LineLevel::Info, QStringLiteral("zeta"), QStringLiteral("a"));
    panel.append(LineLevel::Info, QStringLiteral("alpha"), QStringLiteral("b"));
    panel.append(LineLevel::Info, QString(), QStringLiteral("local"));
    panel.append(LineLevel::Info, QStringLiteral("zeta"), QStringLiteral("c"));
    QCOMPARE(node->count(), 1); // not before the lines are published
    QTRY_COMPARE(node->count(), 3);
    QCOMPARE(node->itemData(1).toString(), QStringLiteral("alpha"));
    QCOMPARE(node->itemData(2).toString(), QStringLiteral("zeta"));

    // A node seen later goes into its sorted place without changing the choice.
    node->setCurrentIndex(2);
    panel.append(LineLevel::Info, QStringLiteral("mid"), QStringLiteral("d"));
    QTRY_COMPARE(node->count(), 4);
    QCOMPARE(node->itemData(2).toString(), QStringLiteral("mid"));
    QCOMPARE(node->currentData().toString(), QStringLiteral("zeta"));
    QCOMPARE(panel.filterModel()->node(), QStringLiteral("zeta"));
}

void tst_LogPanel::followsTheTailUntilScrolledUp()
{
    LogPanel panel;
    panel.resize(600, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    LogView *view = panel.view();
    auto *follow = panel.findChild<QToolButton *>(QStringLiteral("followTail"));
    QVERIFY(view && follow);
    QVERIFY(panel.followTail());
    QVERIFY(follow->isChecked());

    for (int i = 0; i < 1000; ++i)
        panel.append(LineLevel::Info, QString(), QStringLiteral("line %1").arg(i));
    QTRY_COMPARE(panel.model()->rowCount(), 1000);
    QScrollBar *bar = view->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(view->firstVisibleRow() + view->visibleRowCount() >= 1000);

    // New lines keep the last one in sight.
    for (int i = 1000; i < 1100; ++i)
        panel.append(LineLevel::Info, QString(), QStringLiteral("line %1").arg(i));
    QTRY_COMPARE(panel.model()->rowCount(), 1100);
    QCOMPARE(bar->value(), bar->maximum());

    // Scrolling up (as the wheel or the scroll bar does) stops following...
    QWheelEvent wheel(QPointF(50, 50), view->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(bar->value() < bar->maximum());
    QVERIFY(!panel.followTail());
    QVERIFY(!follow->isChecked());
    const int top = bar->value();
    for (int i = 1100; i < 1200; ++i)
        panel.append(LineLevel::Info, QString(), QStringLiteral("line %1").arg(i));
    QTRY_COMPARE(panel.model()->rowCount(), 1200);
    QCOMPARE(bar->value(), top); // ...and the lines being read stay where they are

    // The toggle resumes following, at once.
    follow->click();
    QVERIFY(panel.followTail());
    QCOMPARE(bar->value(), bar->maximum());

    // Scrolling up by keyboard stops it; End resumes it.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(bar->value(), 0);
    QVERIFY(!panel.followTail());
    QTest::keyClick(view, Qt::Key_End);
    QVERIFY(panel.followTail());
    QVERIFY(follow->isChecked());
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(view->currentRow(), 1199);
}

void tst_LogPanel::copiesTheSelectedLines()
{
    LogPanel panel;
    panel.resize(600, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    appendSample(*panel.model());
    panel.model()->flush();
    auto *copy = panel.findChild<QToolButton *>(QStringLiteral("copyButton"));
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());

    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    panel.view()->selectRows(3, 1); // given backwards: still rows 1 to 3
    QVERIFY(copy->isEnabled());
    copy->click();
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).endsWith(QLatin1String(" INFO anm1: Export started")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(QLatin1String(" WARN gw2: disk almost FULL")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).endsWith(QLatin1String(" ERROR gw2: export failed: disk full")), qPrintable(lines.at(2)));
    QVERIFY(QTime::fromString(lines.at(0).left(12), QStringLiteral("hh:mm:ss.zzz")).isValid());

    // Filtered: the selection is of the lines shown.
    panel.filterModel()->setNode(QStringLiteral("anm1"));
    QTRY_VERIFY(!panel.filterModel()->isFiltering());
    QVERIFY(!panel.view()->hasSelection()); // a new filter, new rows: the old selection went
    QVERIFY(!copy->isEnabled());
    panel.view()->selectAll();
    panel.copySelection();
    const QStringList filtered = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(filtered.size(), 3);
    QVERIFY(filtered.at(2).endsWith(QStringLiteral("anm1: Größe überschritten")));
}

void tst_LogPanel::keyboardSelectsAndCopies()
{
    LogPanel panel;
    panel.resize(600, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    appendSample(*panel.model());
    panel.model()->flush();
    LogView *view = panel.view();

    // Click on the first line, Shift+click on the third.
    const int y = view->lineHeight() / 2;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(20, y));
    QCOMPARE(view->selectionFirst(), 0);
    QCOMPARE(view->selectionLast(), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, QPoint(20, y + 2 * view->lineHeight()));
    QCOMPARE(view->selectionFirst(), 0);
    QCOMPARE(view->selectionLast(), 2);

    // Down moves, Shift+Down extends, Ctrl+C copies.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->selectionFirst(), 3);
    QCOMPARE(view->selectionLast(), 3);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view->selectionLast(), 4);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(QLatin1String("ERROR gw2: export failed: disk full")));
    QVERIFY(lines.at(1).endsWith(QLatin1String("INFO local step done"))); // no node: no node part

    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view->selectionFirst(), 0);
    QCOMPARE(view->selectionLast(), 5);
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!view->hasSelection());
}

void tst_LogPanel::clearRemovesEverything()
{
    LogPanel panel;
    appendSample(*panel.model());
    panel.append(LineLevel::Info, QStringLiteral("pending"), QStringLiteral("not yet published"));
    panel.model()->flush();
    panel.append(LineLevel::Info, QStringLiteral("pending"), QStringLiteral("still pending"));
    auto *node = panel.findChild<QComboBox *>(QStringLiteral("nodeFilter"));
    QTRY_VERIFY(node->count() > 1);
    panel.view()->selectAll();

    panel.clear();
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(panel.model()->pendingCount(), 0);
    QCOMPARE(panel.filterModel()->rowCount(), 0);
    QCOMPARE(panel.model()->textBytes(), 0);
    QCOMPARE(node->count(), 1);
    QVERIFY(!panel.view()->hasSelection());
    panel.model()->flush(); // what a later timer would publish: nothing, the pending line went too
    QCOMPARE(panel.model()->rowCount(), 0);

    // It is ready for the next run.
    panel.append(LineLevel::Info, QStringLiteral("gw2"), QStringLiteral("again"));
    QTRY_COMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->node(0), QStringLiteral("gw2"));
    QCOMPARE(panel.filterModel()->rowCount(), 1);
}

void tst_LogPanel::openFullLogNeedsAPath()
{
    LogPanel panel;
    auto *open = panel.findChild<QToolButton *>(QStringLiteral("openLogButton"));
    QVERIFY(open);
    QVERIFY(!open->isEnabled());
    QVERIFY(!open->accessibleName().isEmpty());

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    const QString path = QStringLiteral("/tmp/session/logs/run.log");
    panel.setLogFilePath(path);
    QVERIFY(open->isEnabled());
    open->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl::fromLocalFile(path)});

    panel.setLogFilePath(QString());
    QVERIFY(!open->isEnabled());
}

void tst_LogPanel::engineSlotKeepsTheStepKey()
{
    LogPanel panel;
    // The slot has Engine::logLine's signature, so the two connect directly (this compiles).
    [[maybe_unused]] const auto connectEngine = [](uw::Engine *engine, LogPanel *target) {
        return QObject::connect(engine, &uw::Engine::logLine, target, &LogPanel::appendFromEngine);
    };
    panel.appendFromEngine(QStringLiteral("sysupgrade.export"), LineLevel::Warning, QStringLiteral("anm1"),
                           QStringLiteral("slow disk"));
    panel.model()->flush();
    QCOMPARE(panel.model()->rowCount(), 1);
    const QModelIndex index = panel.model()->index(0, 0);
    QCOMPARE(index.data(LogModel::StepKeyRole).toString(), QStringLiteral("sysupgrade.export"));
    QCOMPARE(index.data(LogModel::NodeRole).toString(), QStringLiteral("anm1"));
    QCOMPARE(index.data(LogModel::LevelRole).toInt(), int(LineLevel::Warning));
}

void tst_LogPanel::filterOutlivesItsSource()
{
    auto *model = new LogModel;
    LogFilterModel filter(model);
    LogView view;
    view.setModel(&filter);
    appendSample(*model);
    model->flush();
    filter.setText(QStringLiteral("disk"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(filter.rowCount(), 2);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);

    delete model;
    QCOMPARE(reset.count(), 1);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(!filter.isFiltering());
    filter.setText(QString()); // nothing to filter, and no crash
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.rowsText(0, 10), QString());
}

QTEST_MAIN(tst_LogPanel)
#include "tst_logpanel.moc"
