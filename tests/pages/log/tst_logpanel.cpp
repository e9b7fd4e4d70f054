#include "offscreen.h"
#include "pages/log/logfiltermodel.h"
#include "pages/log/logmodel.h"
#include "pages/log/logpanel.h"
#include "pages/log/logview.h"
#include "wizard/run/engine.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
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

// The panel's level filter at "All levels" (it starts at Info and above).
void showAllLevels(LogPanel &panel)
{
    auto *level = panel.findChild<QComboBox *>(QStringLiteral("levelFilter"));
    QVERIFY(level);
    level->setCurrentIndex(level->findData(int(LineLevel::Debug)));
    QCOMPARE(panel.filterModel()->levels(), LogFilterModel::kAllLevels);
}

// Pixels of `colour` in an image of a widget.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb() ? 1 : 0;
    return count;
}

} // namespace

class tst_LogPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { uw::test::dropOffscreenSizeHintWarnings(); }
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
    void startsAtInfoAndAbove();
    void filtersByStep();
    void stepSelectorFiltersToAStep();
    void timeColumnFitsTheWidestTime();
    void nodeColumnFitsKnownNodesAndNeverNarrows();
    void marksWhatTheFilterLooksFor();
    void openFullLogOpensTheStepsFile();
    void showsThePathWhenNothingOpensIt();
    void exposesTheVisibleLinesToAccessibility();
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
    showAllLevels(panel);
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
    showAllLevels(panel);
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

void tst_LogPanel::startsAtInfoAndAbove()
{
    LogPanel panel;
    auto *level = panel.findChild<QComboBox *>(QStringLiteral("levelFilter"));
    QVERIFY(level);
    QCOMPARE(level->currentData().toInt(), int(LineLevel::Info));
    appendSample(*panel.model());
    panel.model()->flush();
    QTRY_VERIFY(!panel.filterModel()->isFiltering());
    // The debug line waits until asked for.
    QCOMPARE(panel.filterModel()->rowCount(), 5);
    QVERIFY(!texts(*panel.filterModel()).contains(QStringLiteral("connecting to anm1")));
    showAllLevels(panel);
    QTRY_VERIFY(!panel.filterModel()->isFiltering());
    QCOMPARE(panel.filterModel()->rowCount(), 6);
}

void tst_LogPanel::filtersByStep()
{
    LogModel model;
    LogFilterModel filter(&model);
    model.append(LineLevel::Info, QString(), QStringLiteral("a1"), QStringLiteral("alpha"));
    model.append(LineLevel::Info, QString(), QStringLiteral("b1"), QStringLiteral("beta"));
    model.append(LineLevel::Error, QString(), QStringLiteral("a2"), QStringLiteral("alpha"));
    model.flush();

    filter.setStep(QStringLiteral("alpha"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter), (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
    // A step that has not logged yet: nothing, then its lines as they come.
    filter.setStep(QStringLiteral("gamma"));
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(filter.rowCount(), 0);
    model.append(LineLevel::Info, QString(), QStringLiteral("g1"), QStringLiteral("gamma"));
    model.flush();
    QTRY_COMPARE(texts(filter), QStringList{QStringLiteral("g1")});
    // With the level: the step's errors only.
    filter.setStep(QStringLiteral("alpha"));
    filter.setMinimumLevel(LineLevel::Error);
    QTRY_VERIFY(!filter.isFiltering());
    QCOMPARE(texts(filter), QStringList{QStringLiteral("a2")});
    filter.setMinimumLevel(LineLevel::Debug);
    filter.setStep(QString());
    QCOMPARE(filter.rowCount(), 4);
}

void tst_LogPanel::stepSelectorFiltersToAStep()
{
    LogPanel panel;
    auto *steps = panel.findChild<QComboBox *>(QStringLiteral("stepFilter"));
    QVERIFY(steps);
    QVERIFY(!steps->accessibleName().isEmpty());
    QCOMPARE(steps->count(), 1); // All steps
    panel.addStep(QStringLiteral("export@NodeA"), QStringLiteral("Export the domain on NodeA"),
                  QStringLiteral("NodeA"));
    panel.addStep(QStringLiteral("export@NodeB"), QStringLiteral("Export the domain on NodeB"),
                  QStringLiteral("NodeB"));
    QCOMPARE(steps->count(), 3);
    QCOMPARE(steps->itemText(1), QStringLiteral("Export the domain on NodeA"));

    panel.appendFromEngine(QStringLiteral("export@NodeA"), LineLevel::Info, QStringLiteral("NodeA"),
                           QStringLiteral("A"));
    panel.appendFromEngine(QStringLiteral("export@NodeB"), LineLevel::Info, QStringLiteral("NodeB"),
                           QStringLiteral("B"));
    panel.appendFromEngine(QStringLiteral("export@NodeA"), LineLevel::Warning, QStringLiteral("NodeA"),
                           QStringLiteral("A2"));
    panel.model()->flush();
    QTRY_COMPARE(panel.filterModel()->rowCount(), 3);

    steps->setCurrentIndex(steps->findData(QStringLiteral("export@NodeB")));
    QTRY_VERIFY(!panel.filterModel()->isFiltering());
    QCOMPARE(texts(*panel.filterModel()), QStringList{QStringLiteral("B")});
    QCOMPARE(panel.chosenStep(), QStringLiteral("export@NodeB"));

    // A new plan (the page clears and adds its steps again): the chosen step is chosen again.
    panel.clear();
    QCOMPARE(steps->count(), 1);
    QCOMPARE(panel.filterModel()->step(), QString());
    panel.addStep(QStringLiteral("export@NodeA"), QStringLiteral("Export the domain on NodeA"),
                  QStringLiteral("NodeA"));
    QCOMPARE(panel.chosenStep(), QString());
    panel.addStep(QStringLiteral("export@NodeB"), QStringLiteral("Export the domain on NodeB"),
                  QStringLiteral("NodeB"));
    QCOMPARE(panel.chosenStep(), QStringLiteral("export@NodeB"));
    QCOMPARE(panel.filterModel()->step(), QStringLiteral("export@NodeB"));

    steps->setCurrentIndex(0);
    QCOMPARE(panel.filterModel()->step(), QString());
}

void tst_LogPanel::timeColumnFitsTheWidestTime()
{
    LogPanel panel;
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    LogView *view = panel.view();
    // Whatever the font: every digit in every place fits.
    for (const QFont &font :
         {view->font(), QFont(QStringLiteral("Sans Serif"), 13), QFont(QStringLiteral("Serif"), 9)}) {
        view->setFont(font);
        const QFontMetricsF metrics(view->font());
        for (char digit = '0'; digit <= '9'; ++digit) {
            const QString time = QStringLiteral("%1%1:%1%1:%1%1.%1%1%1").arg(QLatin1Char(digit));
            QVERIFY2(view->timeColumnWidth() >= metrics.horizontalAdvance(time),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(time)
                                    .arg(view->timeColumnWidth())
                                    .arg(metrics.horizontalAdvance(time))));
        }
    }
}

void tst_LogPanel::nodeColumnFitsKnownNodesAndNeverNarrows()
{
    LogPanel panel;
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    LogView *view = panel.view();
    QCOMPARE(view->nodeColumnWidth(), 0); // no node known: no column

    // The page's steps name their nodes before any logs: the column is that wide at once.
    panel.addStep(QStringLiteral("a@NodeB"), QStringLiteral("A on NodeB"), QStringLiteral("NodeB"));
    panel.addStep(QStringLiteral("a@NodeC"), QStringLiteral("A on NodeC"), QStringLiteral("NodeC"));
    panel.addStep(QStringLiteral("a@localhost"), QStringLiteral("A on localhost"), QStringLiteral("localhost"));
    const QFontMetrics metrics(view->font());
    const int width = view->nodeColumnWidth();
    QVERIFY(width >= metrics.horizontalAdvance(QStringLiteral("localhost")));
    // Short names whole: NodeB and NodeC no longer look the same.
    for (const QString &node : {QStringLiteral("NodeB"), QStringLiteral("NodeC"), QStringLiteral("localhost")})
        QCOMPARE(view->nodeColumnText(node), node);

    // Nodes logging do not move the columns.
    panel.appendFromEngine(QStringLiteral("a@NodeB"), LineLevel::Info, QStringLiteral("NodeB"), QStringLiteral("x"));
    panel.model()->flush();
    QCOMPARE(view->nodeColumnWidth(), width);
    // A wider one widens it; a long one up to a limit, then it is elided in the middle.
    const QString wide = QStringLiteral("cassandra-01.example.net");
    panel.append(LineLevel::Info, wide, QStringLiteral("y"));
    panel.model()->flush();
    QVERIFY(view->nodeColumnWidth() >= metrics.horizontalAdvance(wide));
    QCOMPARE(view->nodeColumnText(wide), wide);
    const QString huge = QStringLiteral("a-very-long-host-name-of-a-cluster-member.department.example.net");
    panel.append(LineLevel::Info, huge, QStringLiteral("z"));
    panel.model()->flush();
    const int capped = view->nodeColumnWidth();
    QVERIFY(capped < metrics.horizontalAdvance(huge));
    QVERIFY(view->nodeColumnText(huge) != huge);
    QVERIFY(view->nodeColumnText(huge).contains(QChar(0x2026)));

    // Never narrower: not after the lines go, nor when narrow nodes log.
    panel.clear();
    panel.append(LineLevel::Info, QStringLiteral("n"), QStringLiteral("again"));
    panel.model()->flush();
    QCOMPARE(view->nodeColumnWidth(), capped);
}

void tst_LogPanel::marksWhatTheFilterLooksFor()
{
    QCOMPARE(LogView::matches(QStringLiteral("Disk full, disk FULL"), QStringLiteral("full")),
             (QList<std::pair<qsizetype, qsizetype>>{{5, 4}, {16, 4}}));
    QVERIFY(LogView::matches(QStringLiteral("anything"), QString()).isEmpty());
    QCOMPARE(LogView::matches(QStringLiteral("Größe GRÖSSE größe"), QStringLiteral("grö")).size(), 3);

    LogPanel panel;
    panel.resize(700, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    appendSample(*panel.model());
    panel.model()->flush();
    LogView *view = panel.view();
    const QColor mark = LogView::matchBackground(view->palette());
    QTRY_VERIFY(!panel.filterModel()->isFiltering());
    QCOMPARE(pixelsOf(view->viewport()->grab().toImage(), mark), 0);

    panel.findChild<QLineEdit *>(QStringLiteral("textFilter"))->setText(QStringLiteral("disk"));
    QTRY_VERIFY(!panel.filterModel()->isFiltering());
    QCOMPARE(panel.filterModel()->rowCount(), 2);
    // Two lines, each with "disk" once: two marks at least a character wide and a line high.
    const int marked = pixelsOf(view->viewport()->grab().toImage(), mark);
    const QFontMetrics metrics(view->font());
    // (The letters drawn on the marks cover part of them.)
    QVERIFY2(marked >= metrics.horizontalAdvance(QStringLiteral("disk")) * view->lineHeight(),
             qPrintable(QString::number(marked)));
}

void tst_LogPanel::openFullLogOpensTheStepsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logs = dir.filePath(QStringLiteral("logs"));
    QVERIFY(QDir().mkpath(logs));
    const QString exportLog = logs + QStringLiteral("/export_NodeA.log");
    QFile file(exportLog);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    LogPanel panel;
    QList<QUrl> opened;
    panel.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    auto *open = panel.findChild<QToolButton *>(QStringLiteral("openLogButton"));
    QVERIFY(open);
    panel.setLogFilePath(logs);
    panel.addStep(QStringLiteral("export@NodeA"), QStringLiteral("Export on NodeA"), QStringLiteral("NodeA"),
                  exportLog);
    panel.addStep(QStringLiteral("check"), QStringLiteral("A check"), QString(), logs + QStringLiteral("/check.log"));

    // No step chosen, no line current: the folder.
    open->click();
    QCOMPARE(opened.takeLast(), QUrl::fromLocalFile(logs));
    // The chosen step: its own file.
    panel.chooseStep(QStringLiteral("export@NodeA"));
    QVERIFY(open->toolTip().contains(QDir::toNativeSeparators(exportLog)));
    open->click();
    QCOMPARE(opened.takeLast(), QUrl::fromLocalFile(exportLog));
    // A step without a file of its own (a check): the folder.
    panel.chooseStep(QStringLiteral("check"));
    open->click();
    QCOMPARE(opened.takeLast(), QUrl::fromLocalFile(logs));
    // All steps, a line of the export current: the export's file.
    panel.chooseStep(QString());
    panel.appendFromEngine(QStringLiteral("export@NodeA"), LineLevel::Info, QStringLiteral("NodeA"),
                           QStringLiteral("exported"));
    panel.model()->flush();
    QTRY_COMPARE(panel.filterModel()->rowCount(), 1);
    panel.view()->selectRows(0, 0);
    open->click();
    QCOMPARE(opened.takeLast(), QUrl::fromLocalFile(exportLog));
}

void tst_LogPanel::showsThePathWhenNothingOpensIt()
{
    LogPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setUrlOpener([](const QUrl &) { return false; }); // no desktop, no program for .log
    const QString path = QDir::temp().filePath(QStringLiteral("session/logs"));
    panel.setLogFilePath(path);
    panel.openFullLog();
    auto *dialog = panel.findChild<QDialog *>(QStringLiteral("logPathDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("logPath"));
    QVERIFY(field);
    QCOMPARE(field->text(), QDir::toNativeSeparators(path));
    QVERIFY(field->isReadOnly());
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyPath"));
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(path));
    dialog->reject();
    QVERIFY(!dialog->isVisible());

    // Opened again: the same dialog, not a second one.
    panel.openFullLog();
    QCOMPARE(panel.findChildren<QDialog *>().size(), 1);
    dialog->reject();
}

void tst_LogPanel::exposesTheVisibleLinesToAccessibility()
{
    LogPanel panel;
    panel.resize(700, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    showAllLevels(panel);
    for (int i = 0; i < 100; ++i)
        panel.append(i % 10 == 0 ? LineLevel::Error : LineLevel::Info, QStringLiteral("NodeB"),
                     QStringLiteral("line %1").arg(i));
    panel.model()->flush();
    LogView *view = panel.view();
    panel.setFollowTail(false);
    view->verticalScrollBar()->setValue(10);

    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->text(QAccessible::Name), view->accessibleName());
    const int visible = std::min(view->visibleRowCount(), 100 - view->firstVisibleRow());
    QVERIFY(visible > 2);
    QVERIFY(list->childCount() >= visible);

    // Each line in sight is an item with the text as copied.
    for (int index = 0; index < visible; ++index) {
        QAccessibleInterface *line = list->child(index);
        QVERIFY(line);
        QCOMPARE(line->role(), QAccessible::ListItem);
        QCOMPARE(line->text(QAccessible::Name), view->lineText(10 + index));
        QCOMPARE(list->indexOfChild(line), index);
        QCOMPARE(line->parent(), list);
    }
    QVERIFY(list->child(0)->text(QAccessible::Name).endsWith(QLatin1String("ERROR NodeB: line 10")));
    QVERIFY(list->child(1)->text(QAccessible::Name).endsWith(QLatin1String("INFO NodeB: line 11")));

    // Selection and the current line show in the items' states.
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    view->setFocus();
    view->selectRows(11, 12);
    QVERIFY(!list->child(0)->state().selected);
    QVERIFY(list->child(1)->state().selected);
    QVERIFY(list->child(2)->state().selected);
    QVERIFY(list->child(2)->state().active);
    QTRY_VERIFY(view->hasFocus());
    QCOMPARE(list->focusChild(), list->child(2));

    // Scrolled, the items follow the lines in sight.
    view->verticalScrollBar()->setValue(20);
    QVERIFY(list->child(0)->text(QAccessible::Name).endsWith(QLatin1String("ERROR NodeB: line 20")));
    // The item's place is the painted line's.
    const QRect second = list->child(1)->rect();
    QCOMPARE(second.height(), view->lineHeight());
    QCOMPARE(second.top(), view->viewport()->mapToGlobal(QPoint(0, view->lineHeight())).y());
    QCOMPARE(list->childAt(second.center().x(), second.center().y()), list->child(1));
}

QTEST_MAIN(tst_LogPanel)
#include "tst_logpanel.moc"
