// The network library is loaded when first needed, and says what is wrong when it cannot be
// (wizard/support/networkmodule.h). This test is the one program not linked with it: it starts
// as the wizard does, without QtNetwork, and loads the library itself. The slots run in order.

#include "wizard/checks/checks.h"
#include "wizard/support/networkmodule.h"

#include <QFile>
#include <QJsonObject>
#include <QLibraryInfo>
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

} // namespace

class TestNetworkModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifndef UW_NETWORK_LIBRARY_FILE
        QSKIP("the network code is linked into every program here (UW_NETWORK_ON_DEMAND is off)");
#endif
    }

    void theProgramStartsWithoutQtNetwork()
    {
        QVERIFY(!network::isLoaded());
        QVERIFY2(!mapped("libQt6Network"), "QtNetwork is loaded before anything needed it");
    }

    void aMissingLibraryIsNamedWhereItWasLookedFor()
    {
        const QStringList candidates = network::candidateFiles();
        QCOMPARE(candidates.size(), 2);
        for (const QString &file : candidates) {
            QVERIFY2(file.startsWith(QCoreApplication::applicationDirPath() + u'/')
                         || file.contains(QLatin1String("/lib")),
                     qPrintable(file));
            QVERIFY2(!QFile::exists(file), qPrintable(file)); // the test's folder holds no library
        }
        const auto loaded = network::ensureLoaded();
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
        QVERIFY2(summary.contains(QLatin1String("network library is missing")), qPrintable(summary));
    }

    void aFileThatIsNotTheLibraryIsRefusedByName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/libupgrade-wizard-network.so")
                                 << QStringLiteral("cannot load the network library");
        // A real library, loaded already, that registers nothing.
        QTest::newRow("another library") << QLibraryInfo::path(QLibraryInfo::LibrariesPath)
                + QStringLiteral("/libQt6Core.so.6")
                                         << QStringLiteral("registered nothing");
    }

    void aFileThatIsNotTheLibraryIsRefusedByName()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        const auto loaded = network::loadFrom(file);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().location, QDir::toNativeSeparators(file));
        QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
        QVERIFY(!network::isLoaded());
    }

    void loadingTheLibraryBringsQtNetworkAndRunsTheChecks()
    {
#ifdef UW_NETWORK_LIBRARY_FILE
        QVERIFY(!mapped("libQt6Network"));
        const auto loaded = network::loadFrom(QStringLiteral(UW_NETWORK_LIBRARY_FILE));
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QVERIFY(network::isLoaded());
        QVERIFY(mapped("libQt6Network"));
        QVERIFY(network::ensureLoaded()); // at once from now on
        // The check runs: nothing listens on port 1, which is the check's own finding.
        const checks::Result result = checkClosedPort();
        QCOMPARE(result.status, checks::Status::Fail);
        QVERIFY2(result.summary.english().contains(QLatin1String("127.0.0.1:1")), qPrintable(result.summary.english()));
#endif
    }
};

QTEST_GUILESS_MAIN(TestNetworkModule)
#include "tst_networkmodule.moc"
