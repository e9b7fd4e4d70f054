// The on-demand library is loaded when first needed, and says what is wrong when it cannot be
// (wizard/support/ondemand.h). This test is the one program not linked with it: it starts
// as the wizard does, without QtNetwork or KArchive, and loads the library itself. The slots run
// in order.

#include "wizard/checks/checks.h"
#include "wizard/support/ondemand.h"

#include <QFile>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace uw;

namespace {

// Whether a library whose file name contains `name` is mapped into this process (Linux).
bool mapped(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(name);
}

// A tcp-port check that nothing answers: port 1 on loopback.
checks::Result checkClosedPort()
{
    const std::atomic_bool cancelled{false};
    return checks::run(QJsonObject{{QStringLiteral("kind"), QStringLiteral("tcp-port")},
                                   {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                   {QStringLiteral("port"), 1},
                                   {QStringLiteral("expect"), QStringLiteral("open")}},
                       cancelled);
}

// A version check that reads the manifest of `jar` (KArchive's work).
checks::Result checkJar(const QString &jar)
{
    const std::atomic_bool cancelled{false};
    return checks::run(QJsonObject{{QStringLiteral("kind"), QStringLiteral("version")},
                                   {QStringLiteral("source"), QStringLiteral("jar-manifest")},
                                   {QStringLiteral("path"), jar},
                                   {QStringLiteral("range"), QStringLiteral("*")}},
                       cancelled);
}

} // namespace

class TestOnDemand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile jar(m_dir.filePath(QStringLiteral("not-a-zip.jar")));
        QVERIFY(jar.open(QIODevice::WriteOnly) && jar.write("not a zip") == 9);
#ifndef UW_ONDEMAND_LIBRARY_FILE
        QSKIP("the on-demand code is linked into every program here (UW_ON_DEMAND is off)");
#endif
    }

    void theProgramStartsWithoutQtNetworkOrKArchive()
    {
        QVERIFY(!ondemand::isLoaded());
        QVERIFY2(mapped("libQt6Core"), "/proc/self/maps lists nothing: cannot tell");
        QVERIFY2(!mapped("libQt6Network"), "QtNetwork is loaded before anything needed it");
        QVERIFY2(!mapped("libKF6Archive"), "KArchive is loaded before anything needed it");
    }

    void aMissingLibraryIsNamedWhereItWasLookedFor()
    {
        const QStringList candidates = ondemand::candidateFiles();
        QCOMPARE(candidates.size(), 2);
        for (const QString &file : candidates) {
            QVERIFY2(file.startsWith(QCoreApplication::applicationDirPath() + u'/')
                         || file.contains(QLatin1String("/lib")),
                     qPrintable(file));
            QVERIFY2(!QFile::exists(file), qPrintable(file)); // the test's folder holds no library
        }
        const auto loaded = ondemand::ensureLoaded();
        QVERIFY(!loaded);
        const QString said = loaded.error().toString();
        for (const QString &file : candidates)
            QVERIFY2(said.contains(QDir::toNativeSeparators(file)), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("reinstall")), qPrintable(said));
    }

    void aCheckOverTheNetworkSaysItCannotRun()
    {
        const checks::Result result = checkClosedPort();
        QCOMPARE(result.status, checks::Status::Error);
        const QString summary = result.summary.english();
        QVERIFY2(summary.startsWith(QLatin1String("cannot check over the network:")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("on-demand library is missing")), qPrintable(summary));
    }

    void aCheckThatReadsAJarSaysItCannotRun()
    {
        const checks::Result result = checkJar(m_dir.filePath(QStringLiteral("not-a-zip.jar")));
        QCOMPARE(result.status, checks::Status::Error);
        const QString summary = result.summary.english();
        QVERIFY2(summary.startsWith(QLatin1String("cannot read archives:")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("on-demand library is missing")), qPrintable(summary));
    }

    void aFileThatIsNotTheLibraryIsRefusedByName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/libupgrade-wizard-ondemand.so")
                                 << QStringLiteral("cannot load the on-demand library");
        // A real library, loaded already, that registers nothing.
        QTest::newRow("another library") << QLibraryInfo::path(QLibraryInfo::LibrariesPath)
                + QStringLiteral("/libQt6Core.so.6")
                                         << QStringLiteral("registered nothing");
    }

    void aFileThatIsNotTheLibraryIsRefusedByName()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        const auto loaded = ondemand::loadFrom(file);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().location, QDir::toNativeSeparators(file));
        QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
        QVERIFY(!ondemand::isLoaded());
    }

    void loadingTheLibraryBringsQtNetworkAndKArchiveAndRunsTheChecks()
    {
#ifdef UW_ONDEMAND_LIBRARY_FILE
        QVERIFY(!mapped("libQt6Network"));
        QVERIFY(!mapped("libKF6Archive"));
        const auto loaded = ondemand::loadFrom(QStringLiteral(UW_ONDEMAND_LIBRARY_FILE));
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QVERIFY(ondemand::isLoaded());
        QVERIFY(mapped("libQt6Network"));
        QVERIFY(mapped("libKF6Archive"));
        QVERIFY(ondemand::ensureLoaded()); // at once from now on
        // The check runs: nothing listens on port 1, which is the check's own finding.
        const checks::Result result = checkClosedPort();
        QCOMPARE(result.status, checks::Status::Fail);
        QVERIFY2(result.summary.english().contains(QLatin1String("127.0.0.1:1")), qPrintable(result.summary.english()));
        // KArchive reads the file now, and finds it is no zip.
        const QString jar = m_dir.filePath(QStringLiteral("not-a-zip.jar"));
        const checks::Result read = checkJar(jar);
        QCOMPARE(read.status, checks::Status::Error);
        QVERIFY2(read.summary.english().startsWith(QStringLiteral("Cannot open %1 as a JAR").arg(jar)),
                 qPrintable(read.summary.english()));
#endif
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestOnDemand)
#include "tst_ondemand.moc"
