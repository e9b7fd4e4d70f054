#include "app/logging.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

using namespace uw::app;
using namespace uw::test;

Q_LOGGING_CATEGORY(lcTest, "uw.test")

class tst_Logging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { shutdownLogging(); }
    void createsTheLogFileAndItsDirectory();
    void writesUnderAProfileWithNonAsciiCharacters();
    void rotatesAtItsSizeBound();
    void routesQtMessagesIntoTheLog();
    void filtersByLevel();
    void reportsAnUnusableDirectoryAndKeepsWorking();
    void keepsWorkingAfterShutdown();
};

void tst_Logging::createsTheLogFileAndItsDirectory()
{
    QTemporaryDir tmp;
    LogSettings settings;
    settings.directory = tmp.filePath(QStringLiteral("nested/logs"));
    const auto result = initLogging(settings);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    spdlog::info("hello from {}", "the test");
    shutdownLogging();

    const QString file = QDir(settings.directory).filePath(QLatin1String(kLogFileName));
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(readText(file).contains(QLatin1String("hello from the test")));
}

// Windows profile folders carry the user's name: "C:/Users/Zoë Müller", "C:/Users/李雷".
void tst_Logging::writesUnderAProfileWithNonAsciiCharacters()
{
    QTemporaryDir tmp;
    LogSettings settings;
    settings.directory = tmp.filePath(QStringLiteral("Zo\u00eb M\u00fcller \u674e\u96f7/upgrade-wizard/logs"));
    const auto result = initLogging(settings);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    spdlog::info("written under {}", settings.directory.toStdString());
    shutdownLogging();

    const QString file = QDir(settings.directory).filePath(QLatin1String(kLogFileName));
    QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    QVERIFY(readText(file).contains(QStringLiteral("written under ") + settings.directory));
}

void tst_Logging::rotatesAtItsSizeBound()
{
    QTemporaryDir tmp;
    LogSettings settings;
    settings.directory = tmp.path();
    settings.maxFileBytes = 4096;
    settings.maxFiles = 2;
    QVERIFY(initLogging(settings).has_value());
    const std::string filler(100, 'x');
    for (int i = 0; i < 500; ++i)
        spdlog::info("line {} {}", i, filler);
    shutdownLogging();

    const QDir dir(tmp.path());
    const QStringList expected{QStringLiteral("upgrade-wizard.1.log"), QStringLiteral("upgrade-wizard.2.log"),
                               QStringLiteral("upgrade-wizard.log")};
    QCOMPARE(dir.entryList(QDir::Files, QDir::Name), expected);
    for (const QString &name : expected) {
        const qint64 size = QFileInfo(dir.filePath(name)).size();
        QVERIFY2(size > 0 && size <= 4096, qPrintable(QStringLiteral("%1 is %2 bytes").arg(name).arg(size)));
    }
    // The newest lines are in the current file, the oldest ones were rotated away.
    QVERIFY(readText(dir.filePath(QStringLiteral("upgrade-wizard.log"))).contains(QLatin1String("line 499 ")));
    for (const QString &name : expected)
        QVERIFY(!readText(dir.filePath(name)).contains(QLatin1String("line 0 ")));
}

void tst_Logging::routesQtMessagesIntoTheLog()
{
    QTemporaryDir tmp;
    LogSettings settings;
    settings.directory = tmp.path();
    settings.level = spdlog::level::debug;
    QVERIFY(initLogging(settings).has_value());
    qWarning("a warning from Qt: %d", 42);
    qCInfo(lcTest) << "categorised info";
    shutdownLogging();

    const QString text = readText(QDir(tmp.path()).filePath(QLatin1String(kLogFileName)));
    QVERIFY2(QRegularExpression(QStringLiteral(" W .*\\[default\\] a warning from Qt: 42")).match(text).hasMatch(),
             qPrintable(text));
    QVERIFY2(QRegularExpression(QStringLiteral(" I .*\\[uw.test\\] categorised info")).match(text).hasMatch(),
             qPrintable(text));
}

void tst_Logging::filtersByLevel()
{
    QTemporaryDir tmp;
    LogSettings settings;
    settings.directory = tmp.path();
    settings.level = spdlog::level::warn;
    QVERIFY(initLogging(settings).has_value());
    spdlog::info("quiet info");
    spdlog::warn("loud warning");
    qDebug("quiet qt debug");
    shutdownLogging();

    const QString text = readText(QDir(tmp.path()).filePath(QLatin1String(kLogFileName)));
    QVERIFY(text.contains(QLatin1String("loud warning")));
    QVERIFY(!text.contains(QLatin1String("quiet")));
}

void tst_Logging::reportsAnUnusableDirectoryAndKeepsWorking()
{
    QTemporaryDir tmp;
    const QString notADir = tmp.filePath(QStringLiteral("logs"));
    QVERIFY(writeFile(notADir, {})); // a file where the folder should be

    LogSettings settings;
    settings.directory = notADir;
    const auto result = initLogging(settings);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().location, notADir);
    spdlog::info("still logging without a file");
    qWarning("still routed");
    shutdownLogging();
    QCOMPARE(QFileInfo(notADir).size(), 0);
}

void tst_Logging::keepsWorkingAfterShutdown()
{
    shutdownLogging();
    shutdownLogging();
    spdlog::info("a late message goes nowhere harmful");
    QVERIFY(spdlog::default_logger_raw() != nullptr);
}

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_logging.moc"
