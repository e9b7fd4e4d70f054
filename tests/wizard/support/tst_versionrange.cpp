#include "wizard/support/versionrange.h"

#include <QTest>

using namespace uw;

class tst_VersionRange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseKeepsTextComponentsAndSuffix_data();
    void parseKeepsTextComponentsAndSuffix();
    void parseRejectsWhatIsNotAVersion_data();
    void parseRejectsWhatIsNotAVersion();
    void orderingIsNumericAndZeroPadded_data();
    void orderingIsNumericAndZeroPadded();
    void rangeContains_data();
    void rangeContains();
    void rangeParseErrorsNameTheProblem_data();
    void rangeParseErrorsNameTheProblem();
    void rangeToStringIsNormalised_data();
    void rangeToStringIsNormalised();
};

void tst_VersionRange::parseKeepsTextComponentsAndSuffix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QList<quint64>>("components");
    QTest::addColumn<QString>("suffix");

    QTest::newRow("three components") << QStringLiteral("7.5.1") << QStringLiteral("7.5.1") << QList<quint64> {7, 5, 1}
                                                                                            << QString();
    QTest::newRow("year.month") << QStringLiteral("2024.9") << QStringLiteral("2024.9")
                                                                              << QList<quint64> {2024, 9} << QString();
    QTest::newRow("two-digit patch") << QStringLiteral("3.5.11") << QStringLiteral("3.5.11")
                                                                                   << QList<quint64> {3, 5, 11}
                                                                                   << QString();
    QTest::newRow("four components with a date")
        << QStringLiteral("7.7.0.20240830") << QStringLiteral("7.7.0.20240830")
                                                              << QList<quint64> {7, 7, 0, 20240830} << QString();
    QTest::newRow("one component") << QStringLiteral("7") << QStringLiteral("7") << QList<quint64> {7} << QString();
    QTest::newRow("surrounding space is trimmed")
        << QStringLiteral("  7.7 ") << QStringLiteral("7.7") << QList<quint64> {7, 7} << QString();
    QTest::newRow("suffix after a dash") << QStringLiteral("4.0.0-RC1") << QStringLiteral("4.0.0-RC1")
                                                                                          << QList<quint64> {4, 0, 0}
                                                                                          << QStringLiteral("RC1");
    QTest::newRow("suffix after a space") << QStringLiteral("7.5.3 SP2") << QStringLiteral("7.5.3 SP2")
                                                                                           << QList<quint64> {7, 5, 3}
                                                                                           << QStringLiteral("SP2");
    QTest::newRow("leading zeros") << QStringLiteral("007.05") << QStringLiteral("007.05")
                                                                                 << QList<quint64> {7, 5} << QString();
}

void tst_VersionRange::parseKeepsTextComponentsAndSuffix()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QFETCH(QList<quint64>, components);
    QFETCH(QString, suffix);

    const auto version = Version::parse(text);
    QVERIFY(version.has_value());
    QCOMPARE(version->toString(), shown);
    QCOMPARE(version->components(), components);
    QCOMPARE(version->suffix(), suffix);
}

void tst_VersionRange::parseRejectsWhatIsNotAVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("word") << QStringLiteral("abc");
    QTest::newRow("trailing dot") << QStringLiteral("7.");
    QTest::newRow("leading dot") << QStringLiteral(".7");
    QTest::newRow("empty component") << QStringLiteral("7..5");
    QTest::newRow("dash without suffix") << QStringLiteral("7.5-");
    QTest::newRow("v prefix") << QStringLiteral("v7.5");
    QTest::newRow("wildcard") << QStringLiteral("7.x");
    QTest::newRow("letter glued to a number") << QStringLiteral("7.5a");
    QTest::newRow("component too long") << QStringLiteral("12345678901234567890.1");
}

void tst_VersionRange::parseRejectsWhatIsNotAVersion()
{
    QFETCH(QString, text);
    QVERIFY(!Version::parse(text).has_value());
}

void tst_VersionRange::orderingIsNumericAndZeroPadded_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order"); // -1: a < b, 0: equal, 1: a > b

    QTest::newRow("missing component is zero") << QStringLiteral("7.7") << QStringLiteral("7.7.0") << 0;
    QTest::newRow("two missing components") << QStringLiteral("7.7.0.0") << QStringLiteral("7.7") << 0;
    QTest::newRow("numeric, not text") << QStringLiteral("7.5.1") << QStringLiteral("7.5.10") << -1;
    QTest::newRow("7.10 after 7.9") << QStringLiteral("7.10") << QStringLiteral("7.9") << 1;
    QTest::newRow("3.5.11 after 3.5.2") << QStringLiteral("3.5.11") << QStringLiteral("3.5.2") << 1;
    QTest::newRow("build number counts") << QStringLiteral("7.7.0.20240830") << QStringLiteral("7.7.0") << 1;
    QTest::newRow("suffix ignored") << QStringLiteral("4.0.0-RC1") << QStringLiteral("4.0.0") << 0;
    QTest::newRow("year versions are large") << QStringLiteral("2024.9") << QStringLiteral("7.7") << 1;
    QTest::newRow("major decides") << QStringLiteral("3.9.9") << QStringLiteral("4.0") << -1;
}

void tst_VersionRange::orderingIsNumericAndZeroPadded()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);

    const Version va = *Version::parse(a);
    const Version vb = *Version::parse(b);
    const auto expected = order < 0 ? std::strong_ordering::less
                                    : (order > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    QVERIFY((va <=> vb) == expected);
    QCOMPARE(va == vb, order == 0);
    QCOMPARE(va < vb, order < 0);
    // The other way round gives the opposite answer.
    QCOMPARE(vb<va, order> 0);
}

void tst_VersionRange::rangeContains_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("contained");

    QTest::newRow("7.5.* has 7.5.1") << QStringLiteral("7.5.*") << QStringLiteral("7.5.1") << true;
    QTest::newRow("7.5.* has 7.5") << QStringLiteral("7.5.*") << QStringLiteral("7.5") << true;
    QTest::newRow("7.5.* has 7.5.3.1") << QStringLiteral("7.5.*") << QStringLiteral("7.5.3.1") << true;
    QTest::newRow("7.5.* lacks 7.6") << QStringLiteral("7.5.*") << QStringLiteral("7.6") << false;
    QTest::newRow("7.5.* lacks 7.50") << QStringLiteral("7.5.*") << QStringLiteral("7.50") << false;
    QTest::newRow("7.5.x has 7.5.9") << QStringLiteral("7.5.x") << QStringLiteral("7.5.9") << true;
    QTest::newRow("7.5.x lacks 7.4.9") << QStringLiteral("7.5.x") << QStringLiteral("7.4.9") << false;
    QTest::newRow("7.* has 7") << QStringLiteral("7.*") << QStringLiteral("7") << true;
    QTest::newRow("exact 3.5 has 3.5.0") << QStringLiteral("3.5") << QStringLiteral("3.5.0") << true;
    QTest::newRow("exact 3.5 has 3.5") << QStringLiteral("3.5") << QStringLiteral("3.5") << true;
    QTest::newRow("exact 3.5 lacks 3.5.1") << QStringLiteral("3.5") << QStringLiteral("3.5.1") << false;
    QTest::newRow("=3.5 has 3.5.0") << QStringLiteral("=3.5") << QStringLiteral("3.5.0") << true;
    QTest::newRow("exact ignores suffix") << QStringLiteral("4.0.0") << QStringLiteral("4.0.0-RC1") << true;
    QTest::newRow("<=3.2 has 3.2") << QStringLiteral("<=3.2") << QStringLiteral("3.2") << true;
    QTest::newRow("<=3.2 has 3.1.9") << QStringLiteral("<=3.2") << QStringLiteral("3.1.9") << true;
    QTest::newRow("<=3.2 lacks 3.2.1") << QStringLiteral("<=3.2") << QStringLiteral("3.2.1") << false;
    QTest::newRow("<3.3 has 3.2.9") << QStringLiteral("<3.3") << QStringLiteral("3.2.9") << true;
    QTest::newRow("<3.3 lacks 3.3.0") << QStringLiteral("<3.3") << QStringLiteral("3.3.0") << false;
    QTest::newRow(">7.5 has 7.5.0.1") << QStringLiteral(">7.5") << QStringLiteral("7.5.0.1") << true;
    QTest::newRow(">7.5 lacks 7.5") << QStringLiteral(">7.5") << QStringLiteral("7.5") << false;
    QTest::newRow("AND: lower bound inclusive") << QStringLiteral(">=3.3 <3.6") << QStringLiteral("3.3") << true;
    QTest::newRow("AND: inside") << QStringLiteral(">=3.3 <3.6") << QStringLiteral("3.5.11") << true;
    QTest::newRow("AND: upper bound exclusive") << QStringLiteral(">=3.3 <3.6") << QStringLiteral("3.6") << false;
    QTest::newRow("AND: below") << QStringLiteral(">=3.3 <3.6") << QStringLiteral("3.2") << false;
    QTest::newRow("operator and version apart") << QStringLiteral(">= 3.3 < 3.6") << QStringLiteral("3.4") << true;
    QTest::newRow("OR: first") << QStringLiteral("3.3.* || 3.4.*") << QStringLiteral("3.3") << true;
    QTest::newRow("OR: second") << QStringLiteral("3.3.* || 3.4.*") << QStringLiteral("3.4.2") << true;
    QTest::newRow("OR: neither") << QStringLiteral("3.3.* || 3.4.*") << QStringLiteral("3.5") << false;
    QTest::newRow("OR of AND") << QStringLiteral("3.3.* || >=4.0 <5") << QStringLiteral("4.2") << true;
    QTest::newRow("OR of AND, outside") << QStringLiteral("3.3.* || >=4.0 <5") << QStringLiteral("3.4") << false;
    QTest::newRow("* has anything") << QStringLiteral("*") << QStringLiteral("0.0.1") << true;
    QTest::newRow("x has anything") << QStringLiteral("x") << QStringLiteral("2024.9") << true;
}

void tst_VersionRange::rangeContains()
{
    QFETCH(QString, range);
    QFETCH(QString, version);
    QFETCH(bool, contained);

    const auto parsed = VersionRange::parse(range);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error()));
    const auto v = Version::parse(version);
    QVERIFY(v.has_value());
    QCOMPARE(parsed->contains(*v), contained);
}

void tst_VersionRange::rangeParseErrorsNameTheProblem_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << QStringLiteral("empty version range");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("empty version range");
    QTest::newRow("wildcard in the middle")
        << QStringLiteral("7.x.5") << QStringLiteral("'7.x.5': a wildcard must be the last component");
    QTest::newRow("wildcard first") << QStringLiteral("*.5")
                                                      << QStringLiteral("'*.5': a wildcard must be the last component");
    QTest::newRow("empty component") << QStringLiteral("7..5")
                                                       << QStringLiteral("'7..5': a version component is empty");
    QTest::newRow("trailing dot") << QStringLiteral("7.5.") << QStringLiteral("'7.5.': a version component is empty");
    QTest::newRow("operator with wildcard")
        << QStringLiteral(">=7.*") << QStringLiteral("'>=7.*': a wildcard cannot be combined with an operator");
    QTest::newRow("letter") << QStringLiteral("7.a") << QStringLiteral("'7.a': 'a' is not a number, 'x' or '*'");
    QTest::newRow("unknown operator") << QStringLiteral("~1.2")
                                                        << QStringLiteral("'~1.2': '~1' is not a number, 'x' or '*'");
    QTest::newRow("suffix in a range") << QStringLiteral("7.5.1-SP2") << QStringLiteral("'7.5.1-SP2': '1-SP2' is not a number, 'x' or '*'");
    QTest::newRow("operator alone") << QStringLiteral(">=")
                                                      << QStringLiteral("'>=': an operator needs a version after it");
    QTest::newRow("operator at the end") << QStringLiteral("3.3 <") << QStringLiteral("'<': an operator needs a version after it");
    QTest::newRow("nothing after ||") << QStringLiteral("3.3.* ||") << QStringLiteral("'3.3.* ||': '||' needs a range on each side");
    QTest::newRow("nothing before ||") << QStringLiteral("|| 3.4")
                                                         << QStringLiteral("'|| 3.4': '||' needs a range on each side");
    QTest::newRow("error in second alternative")
        << QStringLiteral("3.3.* || >=3.x")
                          << QStringLiteral("'>=3.x': a wildcard cannot be combined with an operator");
}

void tst_VersionRange::rangeParseErrorsNameTheProblem()
{
    QFETCH(QString, range);
    QFETCH(QString, message);

    const auto parsed = VersionRange::parse(range);
    QVERIFY(!parsed.has_value());
    QCOMPARE(parsed.error(), message);
}

void tst_VersionRange::rangeToStringIsNormalised_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("shown");

    QTest::newRow("extra spaces") << QStringLiteral("  >=3.3    <3.6 ") << QStringLiteral(">=3.3 <3.6");
    QTest::newRow("operator apart") << QStringLiteral(">= 3.3") << QStringLiteral(">=3.3");
    QTest::newRow("tight ||") << QStringLiteral("3.3.*||3.4.x") << QStringLiteral("3.3.* || 3.4.x");
    QTest::newRow("any") << QStringLiteral("*") << QStringLiteral("*");
    QTest::newRow("exact") << QStringLiteral("3.5") << QStringLiteral("3.5");
}

void tst_VersionRange::rangeToStringIsNormalised()
{
    QFETCH(QString, range);
    QFETCH(QString, shown);

    const auto parsed = VersionRange::parse(range);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toString(), shown);
    // What toString() writes parses back to the same set.
    QVERIFY(VersionRange::parse(parsed->toString()).has_value());
}

QTEST_GUILESS_MAIN(tst_VersionRange)
#include "tst_versionrange.moc"
