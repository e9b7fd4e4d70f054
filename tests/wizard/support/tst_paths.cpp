#include "wizard/support/error.h"
#include "wizard/support/paths.h"

#include "scopedenvironment.h"
#include "testfiles.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

Q_DECLARE_METATYPE(uw::Error)

class tst_Paths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ensureDirCreatesMissingParents();
    void ensureDirRefusesAFileInTheWay();
    void dataDirsFollowTheApplicationName();
    void homeFromTheEnvironmentComesFirst();
    void errorTextNamesLocationAndHint_data();
    void errorTextNamesLocationAndHint();
};

void tst_Paths::ensureDirCreatesMissingParents()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("a/b/c"));
    const auto created = paths::ensureDir(path);
    QVERIFY2(created.has_value(), qPrintable(created ? QString() : created.error().toString()));
    QVERIFY(QFileInfo(path).isDir());
    // Calling it again on an existing directory is fine.
    QVERIFY(paths::ensureDir(path).has_value());
}

void tst_Paths::ensureDirRefusesAFileInTheWay()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("logs"));
    QVERIFY(test::writeFile(path, {})); // a file where the folder should be

    const auto created = paths::ensureDir(path);
    QVERIFY(!created.has_value());
    QCOMPARE(created.error().kind, Error::Kind::Io);
    QCOMPARE(created.error().location, path);
    QVERIFY(created.error().toString().contains(QLatin1String("not a directory")));
}

void tst_Paths::dataDirsFollowTheApplicationName()
{
    QVERIFY(paths::logDir().startsWith(paths::dataDir()));
    QVERIFY(paths::logDir().endsWith(QLatin1String("/logs")));
    QVERIFY(paths::sessionsDir().endsWith(QLatin1String("/sessions")));
}

void tst_Paths::homeFromTheEnvironmentComesFirst()
{
    QTemporaryDir tmp;
    const QString home = tmp.filePath(QStringLiteral("portable/../portable-home"));
    test::ScopedEnvironment environment;
    environment.set("UW_HOME", home.toUtf8());
    QCOMPARE(paths::dataDir(), tmp.filePath(QStringLiteral("portable-home")));
    QCOMPARE(paths::logDir(), tmp.filePath(QStringLiteral("portable-home/logs")));
    QCOMPARE(paths::sessionsDir(), tmp.filePath(QStringLiteral("portable-home/sessions")));
}

void tst_Paths::errorTextNamesLocationAndHint_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("location and hint") << Error::invalid(QStringLiteral("axway.json:41:17"),
                                                         QStringLiteral("bad severity"),
                                                         QStringLiteral("use blocker, warning or info"))
                                       << QStringLiteral(
                                              "axway.json:41:17: error: bad severity (use blocker, warning or info)");
    QTest::newRow("no location") << Error::usage(QStringLiteral("missing FILE"))
                                 << QStringLiteral("error: missing FILE");
    QTest::newRow("internal asks for a report")
        << Error::internal(QStringLiteral("oops")) << QStringLiteral("error: oops (please report this as a bug)");
}

void tst_Paths::errorTextNamesLocationAndHint()
{
    QFETCH(Error, error);
    QFETCH(QString, expected);
    QCOMPARE(error.toString(), expected);
}

QTEST_GUILESS_MAIN(tst_Paths)
#include "tst_paths.moc"
