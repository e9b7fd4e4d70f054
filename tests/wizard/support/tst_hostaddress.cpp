// isIpAddress (wizard/support/hostaddress.h): the host validation of parameters and of
// `simulator --listen`, which must not need QtNetwork. Where QHostAddress reads the same text
// the same way, the row says so and the test asks it too.

#include "wizard/support/hostaddress.h"

#include <QHostAddress>
#include <QtTest>

using namespace uw;

class TestHostAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tellsAddressesFromOtherText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("address");
        QTest::addColumn<bool>("asQtReadsIt"); // QHostAddress agrees

        QTest::newRow("IPv4") << QStringLiteral("10.0.0.7") << true << true;
        QTest::newRow("IPv4 loopback") << QStringLiteral("127.0.0.1") << true << true;
        QTest::newRow("IPv4 limits") << QStringLiteral("255.255.255.255") << true << true;
        QTest::newRow("IPv4 zero") << QStringLiteral("0.0.0.0") << true << true;
        QTest::newRow("IPv4 part too big") << QStringLiteral("10.0.0.256") << false << true;
        QTest::newRow("IPv4 five parts") << QStringLiteral("10.0.0.7.1") << false << true;
        QTest::newRow("IPv4 empty part") << QStringLiteral("10..0.7") << false << true;
        // QHostAddress reads a sign in a part; no administrator writes one
        QTest::newRow("IPv4 sign") << QStringLiteral("10.0.0.+7") << false << false;
        QTest::newRow("IPv4 trailing dot") << QStringLiteral("10.0.0.7.") << false << false;
        // QHostAddress takes a leading zero as decimal; tools that read it as octal do not
        QTest::newRow("IPv4 leading zero") << QStringLiteral("10.0.0.07") << false << false;
        QTest::newRow("IPv4 three parts") << QStringLiteral("10.0.7") << false << false;
        QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << true << true;
        QTest::newRow("IPv6 any") << QStringLiteral("::") << true << true;
        QTest::newRow("IPv6 full") << QStringLiteral("2001:0db8:0000:0000:0000:ff00:0042:8329") << true << true;
        QTest::newRow("IPv6 short") << QStringLiteral("2001:db8::ff00:42:8329") << true << true;
        QTest::newRow("IPv6 upper case") << QStringLiteral("2001:DB8::FF00:42:8329") << true << true;
        QTest::newRow("IPv6 trailing gap") << QStringLiteral("fe80::") << true << true;
        QTest::newRow("IPv6 seven groups and gap") << QStringLiteral("1:2:3:4:5:6:7::") << true << true;
        QTest::newRow("IPv6 embedded IPv4") << QStringLiteral("::ffff:10.0.0.7") << true << true;
        QTest::newRow("IPv6 embedded IPv4, full") << QStringLiteral("0:0:0:0:0:ffff:10.0.0.7") << true << true;
        QTest::newRow("IPv6 zone") << QStringLiteral("fe80::1%eth0") << true << true;
        QTest::newRow("IPv6 two gaps") << QStringLiteral("1::2::3") << false << true;
        QTest::newRow("IPv6 triple colon") << QStringLiteral(":::") << false << true;
        QTest::newRow("IPv6 group too long") << QStringLiteral("2001:db8::12345") << false << true;
        QTest::newRow("IPv6 not hex") << QStringLiteral("2001:db8::g") << false << true;
        QTest::newRow("IPv6 nine groups") << QStringLiteral("1:2:3:4:5:6:7:8:9") << false << true;
        QTest::newRow("IPv6 seven groups") << QStringLiteral("1:2:3:4:5:6:7") << false << true;
        QTest::newRow("IPv6 gap and eight groups") << QStringLiteral("1:2:3:4::5:6:7:8") << false << true;
        QTest::newRow("IPv6 leading colon") << QStringLiteral(":1::2") << false << true;
        QTest::newRow("IPv6 IPv4 not last") << QStringLiteral("::10.0.0.7:1") << false << true;
        QTest::newRow("IPv6 empty zone") << QStringLiteral("fe80::1%") << false << false;
        QTest::newRow("host name") << QStringLiteral("nodea.example.com") << false << true;
        QTest::newRow("localhost") << QStringLiteral("localhost") << false << true;
        QTest::newRow("empty") << QString() << false << true;
        QTest::newRow("spaces") << QStringLiteral(" 10.0.0.7") << false << false;
    }

    void tellsAddressesFromOtherText()
    {
        QFETCH(QString, text);
        QFETCH(bool, address);
        QFETCH(bool, asQtReadsIt);
        QCOMPARE(isIpAddress(text), address);
        if (asQtReadsIt)
            QCOMPARE(!QHostAddress(text).isNull(), address);
    }
};

QTEST_GUILESS_MAIN(TestHostAddress)
#include "tst_hostaddress.moc"
