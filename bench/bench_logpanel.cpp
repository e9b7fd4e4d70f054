// bench_logpanel: how fast uw::pages::LogPanel takes a flood of log lines, how long the GUI
// thread stalls meanwhile, and what the lines cost in memory; in the same run, the same lines
// into a QPlainTextEdit (appendPlainText of 100 joined lines), the obvious alternative. See
// docs/performance.md.
//
// The lines come from a pool of 1,024 pre-generated lines of about 100 characters (log-shaped:
// a step, words, numbers; 2 % errors, 8 % warnings, 20 % debug), cycled, with the node changing
// every 64 lines among four nodes, so that generating them costs nothing measurable. A producer
// appends for up to 2 ms per event-loop turn through LogPanel::append, the path task lines take,
// while the event loop runs the panel's flushes and paints (the panel is shown, on the offscreen
// platform unless QT_QPA_PLATFORM says otherwise). A 1 ms timer measures the stalls: the
// longest gap between two of its ticks is the longest the GUI thread did not respond.
//
// Then the same lines again, each as one queued call from a worker thread (the way a task
// runner's lines reach the GUI thread), so the cost of a Qt event per line shows next to the
// panel's own; a text filter over all lines; and one frame of the view with all lines and one
// of the filtered lines with their matches marked. The panel starts at Info and above, as the
// wizard shows it, so the flood goes through the level filter too.

#include "benchmath.h"
#include "benchoptions.h"
#include "pages/log/logfiltermodel.h"
#include "pages/log/logmodel.h"
#include "pages/log/logpanel.h"
#include "pages/log/logview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using uw::LineLevel;
using uw::bench::fail;
using uw::bench::median;
using uw::bench::Random;
using namespace uw::pages;

namespace {

constexpr int kPoolSize = 1024;
constexpr qint64 kTurnNsecs = 2'000'000; // the producer's share of one event-loop turn

struct Pool
{
    QList<QString> texts;
    QList<LineLevel> levels;
    QList<qint64> utf8Bytes;
    QStringList nodes{QStringLiteral("anm-01.example.net"), QStringLiteral("gw-02.example.net"),
                      QStringLiteral("gw-03.example.net"), QStringLiteral("cassandra-01.example.net")};

    const QString &text(qint64 i) const { return texts[qsizetype(i % kPoolSize)]; }
    LineLevel level(qint64 i) const { return levels[qsizetype(i % kPoolSize)]; }
    const QString &node(qint64 i) const { return nodes[qsizetype((i / 64) % nodes.size())]; }
    qint64 bytes(qint64 i) const { return utf8Bytes[qsizetype(i % kPoolSize)]; }
};

Pool makePool()
{
    static const char *const words[]
        = {"export",   "deployment",  "archive",  "topology",  "instance", "group",   "listener", "policy",
           "package",  "certificate", "keystore", "cassandra", "schema",   "upgrade", "applying", "copied",
           "checking", "service",     "version",  "node",      "manager",  "domain",  "journal",  "verified"};
    Pool pool;
    Random random(20261121);
    for (int i = 0; i < kPoolSize; ++i) {
        LineLevel level = LineLevel::Info;
        if (i % 50 == 0)
            level = LineLevel::Error;
        else if (i % 12 == 1)
            level = LineLevel::Warning;
        else if (i % 5 == 2)
            level = LineLevel::Debug;
        QString text = QStringLiteral("sysupgrade[%1]: ").arg(1000 + random.below(9000));
        if (level == LineLevel::Error)
            text += QStringLiteral("connection reset by peer while ");
        while (text.size() < 100) {
            text += QLatin1String(words[random.below(int(std::size(words)))]);
            text += random.below(4) == 0 ? QStringLiteral(" %1/%2 ").arg(random.below(500)).arg(500)
                                         : QStringLiteral(" ");
        }
        text.truncate(95 + random.below(11)); // 95 to 105 characters, about 100
        pool.texts << text;
        pool.levels << level;
        pool.utf8Bytes << text.toUtf8().size();
    }
    return pool;
}

qint64 rssBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// The longest gap between two ticks of a 1 ms timer: how long the GUI thread was busy at a
// stretch (the figure includes the tick's own millisecond).
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gap = now - m_last;
            m_max = std::max(m_max, gap);
            if (gap > 16'000'000)
                ++m_over16;
            m_last = now;
        });
    }
    void start()
    {
        m_max = 0;
        m_over16 = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        // The gap up to now counts too: the last stretch may not have been ticked yet.
        m_max = std::max(m_max, m_clock.nsecsElapsed() - m_last);
        m_timer.stop();
    }
    double maxMsecs() const { return double(m_max) / 1e6; }
    int over16() const { return m_over16; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    int m_over16 = 0;
};

// Runs `turn` on every event-loop turn until it returns false, then returns.
void runTurns(const std::function<bool()> &turn)
{
    QEventLoop loop;
    QTimer timer;
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (!turn()) {
            timer.stop();
            loop.quit();
        }
    });
    timer.start();
    loop.exec();
}

// Waits in the event loop until `done` is true.
void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_logpanel"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Appends log lines of about 100 characters to uw::pages::LogPanel with the event loop running, then the "
        "same lines to a QPlainTextEdit in batches of 100; prints rates, the longest GUI stall and memory."));
    parser.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"),
                                         QStringLiteral("Lines for the panel; default 1000000."), QStringLiteral("N"),
                                         QStringLiteral("1000000"));
    const QCommandLineOption plainLinesOption(
        QStringLiteral("plain-lines"), QStringLiteral("At most this many lines for QPlainTextEdit; default 100000."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption plainSecondsOption(QStringLiteral("plain-seconds"),
                                                QStringLiteral("At most this long for QPlainTextEdit; default 60."),
                                                QStringLiteral("S"), QStringLiteral("60"));
    parser.addOptions({linesOption, plainLinesOption, plainSecondsOption});
    parser.process(app);
    bool ok1 = false, ok2 = false, ok3 = false;
    const qint64 lines = parser.value(linesOption).toLongLong(&ok1);
    const qint64 plainCap = parser.value(plainLinesOption).toLongLong(&ok2);
    const double plainSeconds = parser.value(plainSecondsOption).toDouble(&ok3);
    if (!ok1 || !ok2 || !ok3 || lines < 1 || plainCap < 100 || plainSeconds <= 0)
        return fail(QStringLiteral("--lines, --plain-lines (>= 100) and --plain-seconds must be positive numbers"));

    const Pool pool = makePool();
    qint64 rawBytes = 0;
    for (qint64 i = 0; i < lines; ++i)
        rawBytes += pool.bytes(i);
    StallMeter stalls;

    // --- LogPanel ---------------------------------------------------------------------------
    const qint64 rssBefore = rssBytes();
    auto *panel = new LogPanel;
    panel->resize(900, 600);
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel))
        return fail(QStringLiteral("the panel's window was not exposed"));
    QCoreApplication::processEvents();

    stalls.start();
    QElapsedTimer clock;
    clock.start();
    qint64 next = 0;
    double longestTurn = 0;
    runTurns([&] {
        QElapsedTimer turn;
        turn.start();
        do {
            for (const qint64 stop = std::min(lines, next + 256); next < stop; ++next)
                panel->append(pool.level(next), pool.node(next), pool.text(next));
        } while (next < lines && turn.nsecsElapsed() < kTurnNsecs);
        longestTurn = std::max(longestTurn, double(turn.nsecsElapsed()) / 1e6);
        return next < lines;
    });
    const double appendSeconds = double(clock.nsecsElapsed()) / 1e9;
    // Done when the last line is a row and has been painted.
    waitUntil([&] { return panel->model()->rowCount() == lines; });
    panel->view()->viewport()->repaint();
    const double panelSeconds = double(clock.nsecsElapsed()) / 1e9;
    stalls.stop();
    const double panelStall = stalls.maxMsecs();
    const int panelOver16 = stalls.over16();
    const qint64 rssPanel = rssBytes() - rssBefore;
    const qint64 modelBytes = panel->model()->memoryBytes();
    const qint64 storedBytes = panel->model()->textBytes();
    const bool followed = panel->view()->verticalScrollBar()->value() == panel->view()->verticalScrollBar()->maximum();

    // One frame at the tail, and in the middle of the log (the user scrolled up).
    QList<double> frames;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            panel->view()->verticalScrollBar()->setValue(int(lines / 2));
        QElapsedTimer frame;
        frame.start();
        panel->view()->viewport()->repaint();
        frames << double(frame.nsecsElapsed()) / 1e6;
    }
    const double frameMsecs = median(frames);

    // A text filter over all lines: 2 % of them match.
    stalls.start();
    clock.restart();
    panel->filterModel()->setText(QStringLiteral("Connection RESET"));
    waitUntil([&] { return !panel->filterModel()->isFiltering(); });
    const double filterSeconds = double(clock.nsecsElapsed()) / 1e9;
    stalls.stop();
    const double filterStall = stalls.maxMsecs();
    const int filterRows = panel->filterModel()->rowCount();
    // One frame of the filtered lines, each with its match marked (issue 17).
    QList<double> markedFrames;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            panel->view()->verticalScrollBar()->setValue(filterRows / 2);
        QElapsedTimer frame;
        frame.start();
        panel->view()->viewport()->repaint();
        markedFrames << double(frame.nsecsElapsed()) / 1e6;
    }
    const double markedFrameMsecs = median(markedFrames);
    delete panel;
    QCoreApplication::processEvents();

    // --- LogPanel, one queued call per line from a worker thread -----------------------------
    // How task lines reach the GUI thread (a runner's worker emits, the connection is queued):
    // here the Qt event per line costs more than the panel. The worker keeps at most
    // kInFlight lines queued, as a process writing a burst of output would.
    constexpr qint64 kInFlight = 10'000;
    panel = new LogPanel;
    panel->resize(900, 600);
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel))
        return fail(QStringLiteral("the panel's window was not exposed"));
    QCoreApplication::processEvents();
    std::atomic<qint64> consumed{0};
    stalls.start();
    clock.restart();
    QThread *worker = QThread::create([&] {
        for (qint64 i = 0; i < lines; ++i) {
            while (i - consumed.load(std::memory_order_relaxed) >= kInFlight)
                QThread::usleep(50);
            QMetaObject::invokeMethod(
                panel,
                [&, i] {
                    panel->append(pool.level(i), pool.node(i), pool.text(i));
                    consumed.fetch_add(1, std::memory_order_relaxed);
                },
                Qt::QueuedConnection);
        }
    });
    worker->start();
    waitUntil([&] { return panel->model()->rowCount() == lines; });
    panel->view()->viewport()->repaint();
    const double queuedSeconds = double(clock.nsecsElapsed()) / 1e9;
    stalls.stop();
    const double queuedStall = stalls.maxMsecs();
    worker->wait();
    delete worker;
    delete panel;
    QCoreApplication::processEvents();

    // --- QPlainTextEdit ---------------------------------------------------------------------
#ifdef __GLIBC__
    // What the panels freed would otherwise be reused for the text edit and hide its growth.
    malloc_trim(0);
#endif
    const qint64 rssBeforePlain = rssBytes();
    auto *edit = new QPlainTextEdit;
    edit->setReadOnly(true);
    edit->resize(900, 600);
    edit->show();
    if (!QTest::qWaitForWindowExposed(edit))
        return fail(QStringLiteral("the QPlainTextEdit's window was not exposed"));
    QCoreApplication::processEvents();
    stalls.start();
    clock.restart();
    qint64 plainNext = 0;
    qint64 plainRawBytes = 0;
    double longestBatch = 0;
    const qint64 plainLimit = std::min(plainCap, lines);
    runTurns([&] {
        QString batch;
        batch.reserve(100 * 110);
        for (int i = 0; i < 100 && plainNext < plainLimit; ++i, ++plainNext) {
            if (i > 0)
                batch += QLatin1Char('\n');
            batch += pool.text(plainNext);
            plainRawBytes += pool.bytes(plainNext);
        }
        QElapsedTimer call;
        call.start();
        edit->appendPlainText(batch);
        longestBatch = std::max(longestBatch, double(call.nsecsElapsed()) / 1e6);
        return plainNext < plainLimit && clock.nsecsElapsed() < qint64(plainSeconds * 1e9);
    });
    QCoreApplication::processEvents();
    edit->viewport()->repaint();
    const double plainTime = double(clock.nsecsElapsed()) / 1e9;
    stalls.stop();
    const double plainStall = stalls.maxMsecs();
    const qint64 rssPlain = rssBytes() - rssBeforePlain;
    delete edit;

    const double panelRate = double(lines) / panelSeconds;
    const double plainRate = double(plainNext) / plainTime;
    const double ratio = double(modelBytes) / double(rawBytes);
    const bool targetsMet = panelRate >= 500'000 && panelStall <= 50 && ratio <= 1.5;
    constexpr double MB = 1e6;

    std::printf("\n%lld lines of about 100 characters (%.1f MB of UTF-8), 4 nodes; GUI thread stalls measured with a "
                "1 ms timer\n",
                lines, double(rawBytes) / MB);
    std::printf("%-38s %10s %9s %10s %10s %9s\n", "", "lines", "seconds", "lines/s", "stall ms", "RSS MB");
    std::printf("%-38s %10lld %9.2f %10.0f %10.1f %9.1f\n", "LogPanel::append, event loop running", lines, panelSeconds,
                panelRate, panelStall, double(rssPanel) / MB);
    std::printf("%-38s %10lld %9.2f %10.0f %10.1f %9s\n", "  the same, queued from a worker thread", lines,
                queuedSeconds, double(lines) / queuedSeconds, queuedStall, "");
    std::printf("%-38s %10lld %9.2f %10.0f %10.1f %9.1f\n", "QPlainTextEdit, appendPlainText of 100", plainNext,
                plainTime, plainRate, plainStall, double(rssPlain) / MB);
    std::printf("%-38s %10lld %9.1f %10s %10s %9.0f\n", "  the same, extrapolated linearly", lines,
                double(lines) / plainRate, "", "", double(rssPlain) / MB * double(lines) / double(plainNext));
    std::printf("\nLogPanel: appending took %.2f s (longest producer turn %.1f ms); stalls over 16 ms: %d; "
                "following the tail at the end: %s\n",
                appendSeconds, longestTurn, panelOver16, followed ? "yes" : "NO");
    std::printf("LogModel: %.1f MB held for %.1f MB of text stored (%.1f MB appended): %.2f x the raw text\n",
                double(modelBytes) / MB, double(storedBytes) / MB, double(rawBytes) / MB, ratio);
    std::printf("LogView: one frame with %lld lines: %.2f ms (median of 10, at the tail and in the middle)\n", lines,
                frameMsecs);
    std::printf("Text filter over all lines: %.2f s until done, %d rows match, longest stall %.1f ms; one frame of "
                "them with the matches marked: %.2f ms\n",
                filterSeconds, filterRows, filterStall, markedFrameMsecs);
    std::printf("QPlainTextEdit: %.1f MB of text; longest appendPlainText %.1f ms; the extrapolation is linear, which "
                "flatters it (a "
                "growing document gets slower)\n",
                double(plainRawBytes) / MB, longestBatch);
    std::printf("Targets: >= 500000 lines/s, no stall over 50 ms, model <= 1.5 x raw text: %s\n",
                targetsMet ? "met" : "MISSED");

    const QJsonObject summary{
        {QStringLiteral("bench"), QStringLiteral("bench_logpanel")},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("raw_bytes"), rawBytes},
        {QStringLiteral("panel_seconds"), panelSeconds},
        {QStringLiteral("panel_lines_per_second"), panelRate},
        {QStringLiteral("panel_max_stall_ms"), panelStall},
        {QStringLiteral("panel_rss_delta_bytes"), rssPanel},
        {QStringLiteral("model_bytes"), modelBytes},
        {QStringLiteral("model_ratio"), ratio},
        {QStringLiteral("frame_ms"), frameMsecs},
        {QStringLiteral("filter_seconds"), filterSeconds},
        {QStringLiteral("filter_max_stall_ms"), filterStall},
        {QStringLiteral("marked_frame_ms"), markedFrameMsecs},
        {QStringLiteral("queued_seconds"), queuedSeconds},
        {QStringLiteral("queued_lines_per_second"), double(lines) / queuedSeconds},
        {QStringLiteral("queued_max_stall_ms"), queuedStall},
        {QStringLiteral("plain_lines"), plainNext},
        {QStringLiteral("plain_seconds"), plainTime},
        {QStringLiteral("plain_lines_per_second"), plainRate},
        {QStringLiteral("plain_max_stall_ms"), plainStall},
        {QStringLiteral("plain_rss_delta_bytes"), rssPlain},
        {QStringLiteral("plain_extrapolated_seconds"), double(lines) / plainRate},
        {QStringLiteral("targets_met"), targetsMet},
    };
    std::printf("SUMMARY %s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    return targetsMet ? 0 : 1;
}
