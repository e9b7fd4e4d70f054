// The install test (issue 7): what `tools/dev package` makes is complete and works once
// installed. The packages come from this build tree (the package_build fixture); the DEB is
// installed into tools/dev's Debian 13 build root with dpkg (elsewhere only extracted), the TGZ
// is extracted into a temporary prefix. Then the installed program runs as an administrator
// would run it: --version, playbooks, a headless training run of every bundled playbook to GO,
// and the wizard in German, each finding its data from where it is installed.

#include "appprocess.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace uw::test;

namespace {

using Outcome = uw::test::AppOutcome;

Outcome run(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), const QString &cwd = {})
{
    return uw::test::runApp(program, arguments, env, timeoutMs, cwd);
}

QString describe(const Outcome &o)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")
        .arg(o.exitCode)
        .arg(o.out.right(3000), o.err.right(3000));
}

QStringList bundledIds()
{
    QStringList ids;
    for (const QString &file :
         QDir(QStringLiteral(UW_PLAYBOOKS_DIR)).entryList({QStringLiteral("*.json")}, QDir::Files))
        ids << file.chopped(5);
    return ids;
}

// Every file the packages must hold, relative to the install prefix.
QStringList expectedFiles()
{
    const QString id = QStringLiteral(UW_APP_ID);
    QStringList files{
        QStringLiteral("bin/upgrade-wizard"),
        QStringLiteral("libexec/upgrade-wizard/uw-simtool"),
        QStringLiteral("share/applications/%1.desktop").arg(id),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(id),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(id),
        QStringLiteral("share/man/man1/upgrade-wizard.1.gz"),
        QStringLiteral("share/doc/upgrade-wizard/copyright"),
    };
#ifdef UW_ONDEMAND_LIBRARY
    files << QStringLiteral(UW_CORE_LIBRARY) << QStringLiteral(UW_ONDEMAND_LIBRARY);
#endif
    for (const QString &size : QStringLiteral(UW_ICON_SIZES).split(u' ', Qt::SkipEmptyParts))
        files << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size, id);
    for (const QString &playbook : bundledIds())
        files << QStringLiteral("share/upgrade-wizard/playbooks/%1.json").arg(playbook);
    const QStringList ts = QDir(QStringLiteral(UW_TRANSLATIONS_DIR)).entryList({QStringLiteral("*.ts")}, QDir::Files);
    for (const QString &file : ts)
        files << QStringLiteral("share/upgrade-wizard/translations/%1.qm").arg(file.chopped(3));
    return files;
}

} // namespace

class tst_Package : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void packagesHoldEverything_data();
    void packagesHoldEverything();
    void debDependsOnDebianPackages();
    void desktopFileAndMetainfoValidate();
    void installedProgramRuns_data();
    void installedProgramRuns();
    void cleanupTestCase();

private:
    QString m_deb;
    QString m_tgz;
    QTemporaryDir m_tmp;
    QString m_debFiles; // the DEB extracted (its /usr is m_debFiles + "/usr")
    QString m_tgzPrefix; // the TGZ extracted: its top folder
    QString m_debPrefix; // /usr when installed, else m_debFiles + "/usr"
    bool m_installed = false;
    QLockFile m_rootLock{QStringLiteral("/tmp/upgrade-wizard-install-test.lock")};
};

void tst_Package::initTestCase()
{
    const QDir packages(QStringLiteral(UW_PACKAGE_DIR));
    const QStringList debs = packages.entryList({QStringLiteral("upgrade-wizard_*.deb")}, QDir::Files);
    const QStringList tgzs = packages.entryList({QStringLiteral("upgrade-wizard-*.tar.gz")}, QDir::Files);
    QVERIFY2(debs.size() == 1 && tgzs.size() == 1,
             qPrintable(QStringLiteral("expected one .deb and one .tar.gz in %1 (made by the package_build test), "
                                       "found: %2")
                            .arg(packages.path(), packages.entryList(QDir::Files).join(QStringLiteral(", ")))));
    m_deb = packages.filePath(debs.first());
    m_tgz = packages.filePath(tgzs.first());
    QVERIFY(m_tmp.isValid());
    for (const char *tool : {"dpkg-deb", "tar"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing (tools/debian-packages.txt)").arg(QLatin1String(tool))));

    m_debFiles = m_tmp.filePath(QStringLiteral("deb"));
    Outcome o = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_debFiles});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));

    const QString tgzRoot = m_tmp.filePath(QStringLiteral("somewhere/else"));
    QVERIFY(QDir().mkpath(tgzRoot));
    o = run(QStringLiteral("tar"), {QStringLiteral("-xzf"), m_tgz, QStringLiteral("-C"), tgzRoot});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QStringList top = QDir(tgzRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(top.size(), 1);
    m_tgzPrefix = tgzRoot + u'/' + top.first();

    // Installed for real only inside tools/dev's build root (its stamp is at the root's top),
    // never into a developer's own system.
    m_debPrefix = m_debFiles + QStringLiteral("/usr");
    if (::geteuid() == 0 && QFileInfo::exists(QStringLiteral("/.uw-stamp"))
        && !QStandardPaths::findExecutable(QStringLiteral("dpkg")).isEmpty()) {
        // Every clone on this machine shares the build root: one install test at a time holds
        // the package, from its install to its purge in cleanupTestCase().
        m_rootLock.setStaleLockTime(0);
        QVERIFY2(m_rootLock.tryLock(5 * 60 * 1000),
                 "another install test kept /tmp/upgrade-wizard-install-test.lock for 5 minutes");
        // A run that was killed before its purge may have left the package behind.
        run(QStringLiteral("dpkg"), {QStringLiteral("--purge"), QStringLiteral("upgrade-wizard")}, 120000);
        o = run(QStringLiteral("dpkg"), {QStringLiteral("--install"), m_deb}, 120000);
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        m_installed = true;
        m_debPrefix = QStringLiteral("/usr");
    } else {
        qInfo("not in tools/dev's build root as root: the DEB is checked extracted, not installed");
    }
}

void tst_Package::packagesHoldEverything_data()
{
    QTest::addColumn<QString>("package");
    QTest::newRow("deb") << QStringLiteral("deb");
    QTest::newRow("tgz") << QStringLiteral("tgz");
}

void tst_Package::packagesHoldEverything()
{
    QFETCH(QString, package);
    // The listings as `dpkg-deb -c` and `tar -t` print them, relative to the prefix.
    QSet<QString> listed;
    if (package == u"deb") {
        const Outcome o = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        for (const QString &line : o.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QString path = line.section(u' ', -1);
            if (path.startsWith(QLatin1String("./usr/")))
                listed.insert(path.mid(6));
        }
    } else {
        const Outcome o = run(QStringLiteral("tar"), {QStringLiteral("-tzf"), m_tgz});
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        for (const QString &path : o.out.split(u'\n', Qt::SkipEmptyParts))
            listed.insert(path.section(u'/', 1));
    }
    QStringList missing;
    for (const QString &file : expectedFiles())
        if (!listed.contains(file))
            missing << file;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing from the %1: %2").arg(package, missing.join(u' '))));
    // Developer tools stay out of the packages.
    for (const QString &file : std::as_const(listed))
        QVERIFY2(!file.contains(QLatin1String("uw-screenshots")) && !file.contains(QLatin1String("tst_"))
                     && !file.contains(QLatin1String("uw-playbook-strings")),
                 qPrintable(file));
}

void tst_Package::debDependsOnDebianPackages()
{
    Outcome o = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb, QStringLiteral("Depends")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QString depends = o.out.trimmed();
    o = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb, QStringLiteral("Recommends")});
    const QString recommends = o.out.trimmed();

    // The libraries the program links, found by dpkg-shlibdeps.
    for (const char *library : {"libqt6core6", "libqt6widgets6", "libqt6network6", "libqt6httpserver6", "libqt6svg6",
                                "libkf6archive6", "libspdlog", "libstdc++6", "libc6"})
        QVERIFY2(depends.contains(QLatin1String(library)),
                 qPrintable(QStringLiteral("%1 is not in Depends: %2").arg(QLatin1String(library), depends)));

    // Every package named (alternatives too) is one Debian 13 has.
    const QString aptCache = QStandardPaths::findExecutable(QStringLiteral("apt-cache"));
    if (aptCache.isEmpty())
        QSKIP("apt-cache is missing: cannot look the package names up");
    if (QDir(QStringLiteral("/var/lib/apt/lists")).entryList({QStringLiteral("*_Packages*")}, QDir::Files).isEmpty())
        QSKIP("apt has no package lists (apt-get update was never run): cannot look the package names up");
    QStringList names;
    for (const QString &relation : (depends + u',' + recommends).split(QRegularExpression(QStringLiteral("[,|]"))))
        if (const QString name = relation.section(u'(', 0, 0).trimmed(); !name.isEmpty())
            names << name;
    QVERIFY(names.size() >= 10);
    for (const QString &name : std::as_const(names)) {
        o = run(aptCache, {QStringLiteral("show"), QStringLiteral("--no-all-versions"), name});
        bool known = o.exitCode == 0 && o.out.contains(QLatin1String("Package: "));
        if (!known) {
            // A virtual package (libspdlog1.15-fmt10) is known by what provides it.
            o = run(aptCache, {QStringLiteral("showpkg"), name});
            known = !o.out.section(QLatin1String("Reverse Provides:"), 1).trimmed().isEmpty();
        }
        QVERIFY2(known,
                 qPrintable(QStringLiteral("%1 (from Depends/Recommends) is not a package of this "
                                           "distribution: %2")
                                .arg(name, describe(o))));
    }
}

void tst_Package::desktopFileAndMetainfoValidate()
{
    const QString id = QStringLiteral(UW_APP_ID);
    const QString desktop = m_debFiles + QStringLiteral("/usr/share/applications/%1.desktop").arg(id);
    const QString metainfo = m_debFiles + QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(id);
    for (const char *tool : {"desktop-file-validate", "appstreamcli"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: install desktop-file-utils and appstream "
                                           "(tools/debian-packages.txt)")
                                .arg(QLatin1String(tool))));

    Outcome o = run(QStringLiteral("desktop-file-validate"), {desktop});
    QVERIFY2(o.exitCode == 0 && !o.out.contains(QLatin1String("error:")), qPrintable(describe(o)));
    // --no-net: the build machine has no general network; the home page's reachability is the
    // only check this leaves out.
    o = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));

    // The metainfo launches this desktop file, and its newest release is this version.
    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString componentId, launchable, newestRelease, homepage;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"id" && componentId.isEmpty())
            componentId = xml.readElementText();
        else if (xml.name() == u"launchable")
            launchable = xml.readElementText();
        else if (xml.name() == u"url" && xml.attributes().value(QLatin1String("type")) == u"homepage")
            homepage = xml.readElementText();
        else if (xml.name() == u"release" && newestRelease.isEmpty())
            newestRelease = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(componentId, id);
    QCOMPARE(launchable, id + QStringLiteral(".desktop"));
    QCOMPARE(newestRelease, QStringLiteral(UW_VERSION));
    QVERIFY2(homepage.startsWith(QLatin1String("https://")), qPrintable(homepage));

    // The desktop file names the installed icon and program.
    const QString entry = readText(desktop);
    QVERIFY(entry.contains(QStringLiteral("\nIcon=%1\n").arg(id)));
    QVERIFY(entry.contains(QLatin1String("\nExec=upgrade-wizard gui\n")));
    QVERIFY(entry.contains(QLatin1String("\nExec=upgrade-wizard gui --training\n")));
}

void tst_Package::installedProgramRuns_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::newRow(m_installed ? "deb installed in /usr" : "deb extracted") << m_debPrefix;
    QTest::newRow("tgz extracted elsewhere") << m_tgzPrefix;
}

void tst_Package::installedProgramRuns()
{
    QFETCH(QString, prefix);
    const QString program = prefix + QStringLiteral("/bin/upgrade-wizard");
    QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program));

    // As a fresh user would run it: no build tree to fall back on (UW_DATA_DIR is what the test
    // binary itself uses), no system data folders, a home of its own, in a folder of its own.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"UW_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_DIRS"), home.filePath(QStringLiteral("no-system-data")));
    env.insert(QStringLiteral("UW_SIM_SPEED"), QStringLiteral("0"));
    const QString cwd = home.path();

    Outcome o = run(program, {QStringLiteral("--version")}, 30000, env, cwd);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QCOMPARE(o.out, QStringLiteral("upgrade-wizard " UW_VERSION "\n"));

    // Every bundled playbook, from the installed files.
    o = run(program, {QStringLiteral("playbooks")}, 30000, env, cwd);
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    const QStringList ids = bundledIds();
    QCOMPARE(lines.size(), ids.size());
    const QString installed = QDir(prefix + QStringLiteral("/share/upgrade-wizard/playbooks")).canonicalPath();
    for (const QString &id : ids) {
        const auto line
            = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(id + u'\t'); });
        QVERIFY2(line != lines.cend(), qPrintable(id + QStringLiteral(" is not listed:\n") + o.out));
        const QString file = line->section(u'\t', 2);
        QCOMPARE(QFileInfo(file).canonicalFilePath(), installed + QStringLiteral("/%1.json").arg(id));
    }

    // A headless training run of each to GO, against the simulator the program starts itself
    // (its simulated tools from libexec/).
    for (const QString &id : ids) {
        o = run(program, {QStringLiteral("run"), id, QStringLiteral("--training"), QStringLiteral("--confirm-all")},
                300000, env, cwd);
        QVERIFY2(o.exitCode == 0 && o.out.contains(QLatin1String("== Decision: GO")),
                 qPrintable(id + u'\n' + describe(o)));
    }
    // Where the README says they are: sessions and the log under the user's data folder.
    const QString data = home.filePath(QStringLiteral(".local/share/upgrade-wizard"));
    QCOMPARE(QDir(data + QStringLiteral("/sessions")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), ids.size());
    QVERIFY(QFileInfo::exists(data + QStringLiteral("/logs/upgrade-wizard.log")));

    // The wizard itself, in German: the translation is found where it was installed. It logs
    // the language it uses, then "wizard shown"; SIGTERM closes it.
    QFile::remove(data + QStringLiteral("/logs/upgrade-wizard.log"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.setWorkingDirectory(cwd);
    gui.start(program, {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("gui")});
    QVERIFY2(gui.waitForStarted(10000), qPrintable(gui.errorString()));
    const auto log = [&] {
        return readText(data + QStringLiteral("/logs/upgrade-wizard.log"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(log().contains(QLatin1String("wizard shown")), 30000);
    gui.terminate();
    QVERIFY(gui.waitForFinished(30000));
    QVERIFY2(log().contains(QLatin1String("language: de")), qPrintable(log()));
    QVERIFY2(!QString::fromUtf8(gui.readAllStandardError()).contains(QLatin1String("no translation")),
             "the German translation was not found");
}

void tst_Package::cleanupTestCase()
{
    if (m_installed) {
        const Outcome o
            = run(QStringLiteral("dpkg"), {QStringLiteral("--purge"), QStringLiteral("upgrade-wizard")}, 120000);
        QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/usr/bin/upgrade-wizard")));
    }
    m_rootLock.unlock();
}

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
