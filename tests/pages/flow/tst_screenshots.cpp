// uw-screenshots, run as `tools/dev screenshots` runs it but for one small playbook in English:
// every file it should write is there, a 1280x800 PNG with something drawn on it.

#include "wizard/playbook/playbookloader.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_Screenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplePlaybookInEnglish();
};

namespace {

// Antialiased text and icons give a page far more than a handful of colours; an unpainted
// window has one or two.
int distinctColours(const QImage &image, int enough)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < rgb.height() && colours.size() < enough; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width() && colours.size() < enough; ++x)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

} // namespace

void tst_Screenshots::samplePlaybookInEnglish()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QProcess tool;
    tool.setProcessChannelMode(QProcess::SeparateChannels);
    tool.start(QStringLiteral(UW_SCREENSHOTS_PATH),
               {QStringLiteral("--out"), out.path(), QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--playbook"), QStringLiteral("sample-local")});
    QVERIFY(tool.waitForFinished(240000));
    const QString errors = QString::fromUtf8(tool.readAllStandardError());
    QVERIFY2(tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0, qPrintable(errors));

    const auto playbook = uw::loadPlaybook(QStringLiteral("sample-local"));
    QVERIFY(playbook);
    const QString dir = out.path() + QStringLiteral("/en/");
    QStringList expected
        = {dir + QStringLiteral("welcome.png"), dir + QStringLiteral("sample-local-parameters.png"),
           dir + QStringLiteral("sample-local-topology.png"), dir + QStringLiteral("sample-local-topology-done.png"),
           // the values Start shows, and the change-parameter dialog over the first page
           dir + QStringLiteral("sample-local-start-summary.png"),
           dir + QStringLiteral("sample-local-change-parameter.png"),
           // the plan before Start
           dir + QStringLiteral("sample-local-plan.png")};
    for (int i = 0; i < playbook->pages.size(); ++i)
        expected << dir
                + QStringLiteral("sample-local-%1-%2.png")
                      .arg(i + 1, 2, 10, QLatin1Char('0'))
                      .arg(playbook->pages.at(i).id);
    expected << dir + QStringLiteral("sample-local-summary-go.png");

    // The tool lists what it wrote, one path a line; a sample playbook has no NO-GO run.
    // (\r\n on Windows, whose console text mode adds the \r.)
    QStringList listed = QString::fromUtf8(tool.readAllStandardOutput()).remove(u'\r').split(u'\n', Qt::SkipEmptyParts);
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);

    for (const QString &path : std::as_const(expected)) {
        QImage image;
        QVERIFY2(image.load(path, "PNG"), qPrintable(path));
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY2(distinctColours(image, 64) >= 64, qPrintable(path + QStringLiteral(" looks blank")));
    }
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
