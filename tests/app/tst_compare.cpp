// `upgrade-wizard compare`: real training sessions side by side, as a rehearsal and the real run
// would be.

#include "appprocess.h"
#include "testfiles.h"
#include "wine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace uw::test;

class tst_Compare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aSessionComparedWithItselfDiffersInNothing();
    void aFaultShowsAtItsStep();
    void aSlowerRunShowsItsSlowSteps();
    void writesJsonAndHtml();
    void refusesWhatItCannotCompare();

private:
    // A training run of `playbook` into the session `name`, with `extra` arguments; `speed` is
    // UW_SIM_SPEED (0: the simulated tools without their pacing).
    QString session(const QString &name, const QString &playbook, const QStringList &extra = {},
                    const QString &speed = QStringLiteral("0"));
    AppOutcome run(const QStringList &arguments) const { return m_home->run(arguments); }
    std::unique_ptr<AppHome> m_home;
};

void tst_Compare::init()
{
    m_home = std::make_unique<AppHome>(QStringLiteral(UW_APP_PATH), QHash<QString, QString>{}, 300000);
    QVERIFY(m_home->isValid());
}

QString tst_Compare::session(const QString &name, const QString &playbook, const QStringList &extra,
                             const QString &speed)
{
    const QString dir = m_home->filePath(name);
    // The same home as the others (XDG_DATA_HOME): one place for every sandbox.
    QProcessEnvironment env = m_home->environment();
    env.insert(QStringLiteral("UW_SIM_SPEED"), speed);
    const AppOutcome o = runApp(QStringLiteral(UW_APP_PATH),
                                QStringList{QStringLiteral("run"), playbook, QStringLiteral("--training"),
                                            QStringLiteral("--confirm-all"), QStringLiteral("--session"), dir}
                                    + extra,
                                env, 300000);
    if (o.exitCode != 0 && o.exitCode != 1)
        qWarning("the run of %s ended with %d: %s", qPrintable(playbook), o.exitCode, qPrintable(o.err));
    return dir;
}

void tst_Compare::aSessionComparedWithItselfDiffersInNothing()
{
    const QString a = session(QStringLiteral("a"), QStringLiteral("cortex-upgrade"));
    const AppOutcome o = run({QStringLiteral("compare"), a, a});
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains(QLatin1String("No differences")), qPrintable(o.out));
}

void tst_Compare::aFaultShowsAtItsStep()
{
    UW_SKIP_UNDER_WINE(kWineHasNoServerTls);
    const QString a = session(QStringLiteral("a"), QStringLiteral("cortex-upgrade"));
    const QString b = session(QStringLiteral("b"), QStringLiteral("cortex-upgrade"),
                              {QStringLiteral("--fault"), QStringLiteral("http.publish=500")});
    const AppOutcome o = run({QStringLiteral("compare"), a, b});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.out.contains(QLatin1String("== Outcomes that differ\n  Republish every published package: passed in A, "
                                          "failed in B (A: workflow completed")),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("B: republish: ")) && o.out.contains(QLatin1String(" item(s) failed")),
             qPrintable(o.out));
    // What B never reached after it is one list.
    QVERIFY2(o.out.contains(QLatin1String("== Done in A, not in B\n")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("Archive the installation files, with a checksum (passed in A)")),
             qPrintable(o.out));
    // Each run had its own simulated environment: its own ports.
    QVERIFY2(o.out.contains(QLatin1String("== Parameters that differ\n"))
                 && o.out.contains(QLatin1String("cortex_url: ")),
             qPrintable(o.out));
}

void tst_Compare::aSlowerRunShowsItsSlowSteps()
{
    const QString fast = session(QStringLiteral("fast"), QStringLiteral("kaazing-upgrade"));
    // A fifth of the simulated tools' real pacing: the Gateway takes seconds to start.
    const QString slow = session(QStringLiteral("slow"), QStringLiteral("kaazing-upgrade"), {}, QStringLiteral("0.2"));
    const AppOutcome o
        = run({QStringLiteral("compare"), fast, slow, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(o.exitCode, 1);
    const QJsonObject c = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QStringList slowSteps;
    for (const QJsonValue &d : c.value(QLatin1String("durations")).toArray()) {
        const QJsonObject entry = d.toObject();
        QVERIFY(entry.value(QLatin1String("b_ms")).toDouble() > 2 * entry.value(QLatin1String("a_ms")).toDouble());
        slowSteps << entry.value(QLatin1String("step")).toString();
    }
    QVERIFY2(slowSteps.contains(QLatin1String("first-start")), qPrintable(o.out));
    QVERIFY(c.value(QLatin1String("outcomes")).toArray().isEmpty());
    // A larger factor than the slowdown lists none.
    const AppOutcome lenient = run({QStringLiteral("compare"), fast, slow, QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("--factor"), QStringLiteral("1000")});
    QVERIFY(
        QJsonDocument::fromJson(lenient.out.toUtf8()).object().value(QLatin1String("durations")).toArray().isEmpty());
}

void tst_Compare::writesJsonAndHtml()
{
    const QString a = session(QStringLiteral("a"), QStringLiteral("sample-local"));
    const AppOutcome json = run({QStringLiteral("compare"), a, a, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject c = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(c.value(QLatin1String("format")).toString(), QStringLiteral("upgrade-wizard-compare"));
    QCOMPARE(c.value(QLatin1String("differences")).toInt(), 0);
    QCOMPARE(c.value(QLatin1String("a")).toObject().value(QLatin1String("playbook")).toString(),
             QStringLiteral("sample-local"));
    const AppOutcome html = run({QStringLiteral("compare"), a, a, QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(html.exitCode, 0);
    QVERIFY(html.out.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.out.contains(QLatin1String("No differences.")));
}

void tst_Compare::refusesWhatItCannotCompare()
{
    const QString sample = session(QStringLiteral("sample"), QStringLiteral("sample-local"));
    const QString kaazing = session(QStringLiteral("kaazing"), QStringLiteral("kaazing-upgrade"));
    AppOutcome o = run({QStringLiteral("compare"), sample, kaazing});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("the sessions are of different playbooks")), qPrintable(o.err));
    o = run({QStringLiteral("compare"), sample, m_home->filePath(QStringLiteral("nothing"))});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("not a session folder")), qPrintable(o.err));
    o = run({QStringLiteral("compare"), sample});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("missing the two session folders")), qPrintable(o.err));
    o = run({QStringLiteral("compare"), sample, sample, QStringLiteral("--factor"), QStringLiteral("0.5")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("--factor: expected a number of at least 1")), qPrintable(o.err));
}

QTEST_GUILESS_MAIN(tst_Compare)
#include "tst_compare.moc"
