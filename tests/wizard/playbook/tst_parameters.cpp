#include "wizard/playbook/parameters.h"
#include "wizard/playbook/playbookloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace uw;

// Declared before the raw string literals below, which moc cannot read past.
class tst_Parameters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolvesDefaultsAndTypes();
    void reportsEveryBadValue_data();
    void reportsEveryBadValue();
    void masksSecretsLongestFirst();
    void masksEncodedFormsOfASecret_data();
    void masksEncodedFormsOfASecret();
    void leavesTextWithoutASecretAlone();
    void masksATextThatComesInPieces();
    void masksASentenceInEveryArgument();
    void neverWritesSecretsToDisk();
};

namespace {

const char kPlaybook[] = R"({
  "schema": 1, "id": "params", "title": "Params", "product": "P", "from": ["1.*"], "to": "2.0",
  "source": {"document": "D"},
  "parameters": [
    {"id": "install_dir", "type": "directory", "label": "Install", "required": true, "validation": {"must_exist": true}},
    {"id": "port", "type": "port", "label": "Port", "default": 8090, "validation": {"min": 1024}},
    {"id": "host", "type": "host", "label": "Host", "default": "gw1.example"},
    {"id": "url", "type": "url", "label": "URL", "default": "https://gw1.example:8090/api"},
    {"id": "cassandra", "type": "bool", "label": "Cassandra", "default": true},
    {"id": "version", "type": "string", "label": "Version", "default": "7.5.1", "validation": {"regex": "7\\.[56]\\.\\d+"}},
    {"id": "password", "type": "secret", "label": "Password"},
    {"id": "nodes", "type": "nodes", "label": "Nodes", "min_items": 1,
     "roles": [{"id": "anm", "label": "ANM"}, {"id": "nm", "label": "NM"}],
     "attributes": [{"id": "ssh_port", "type": "port", "label": "SSH port", "default": 22}]}
  ],
  "pages": [{"id": "p", "title": "P", "items": [{"id": "i", "type": "info", "title": "I"}]}]
})";

Playbook playbook()
{
    auto loaded = PlaybookLoader::loadData(QByteArray(kPlaybook), QStringLiteral("params.json"));
    return loaded ? *loaded : Playbook{};
}

QJsonValue nodes(const char *json)
{
    return QJsonDocument::fromJson(json).array();
}

} // namespace


void tst_Parameters::resolvesDefaultsAndTypes()
{
    QTemporaryDir tmp;
    const Playbook p = playbook();
    QCOMPARE(p.parameters.size(), 8);
    auto values = resolveParameters(p, {{QStringLiteral("install_dir"), tmp.path()},
                                        {QStringLiteral("cassandra"), QStringLiteral("no")},
                                        {QStringLiteral("nodes"), QStringLiteral(R"([{"name":"A","host":"10.0.0.1","role":"anm"}])")}});
    QVERIFY2(values.has_value(), qPrintable(values ? QString() : values.error().join(u'\n')));
    QCOMPARE(values->value(QStringLiteral("port")).toInt(), 8090);
    QCOMPARE(values->value(QStringLiteral("cassandra")).toBool(), false);
    QCOMPARE(values->value(QStringLiteral("nodes")).toArray().first().toObject().value(QLatin1String("ssh_port")).toInt(), 22);
    const auto flat = flattenParameters(p, *values);
    QCOMPARE(flat.value(QStringLiteral("cassandra")), QStringLiteral("false"));
    QCOMPARE(flat.value(QStringLiteral("port")), QStringLiteral("8090"));
    QVERIFY(!flat.contains(QStringLiteral("nodes")));
}

void tst_Parameters::reportsEveryBadValue_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing directory") << QStringLiteral("install_dir") << QJsonValue(QStringLiteral("/no/such/dir"))
                                       << QStringLiteral("install_dir: \"/no/such/dir\" does not exist");
    QTest::newRow("port below min") << QStringLiteral("port") << QJsonValue(80)
                                    << QStringLiteral("port: 80 is outside the allowed range 1024 to 65535");
    QTest::newRow("port not a number") << QStringLiteral("port") << QJsonValue(QStringLiteral("http"))
                                       << QStringLiteral("port: expected a port number from 1 to 65535, got \"http\"");
    QTest::newRow("bad host") << QStringLiteral("host") << QJsonValue(QStringLiteral("gw 1"))
                              << QStringLiteral("host: \"gw 1\" is not a host name or IP address");
    QTest::newRow("bad url") << QStringLiteral("url") << QJsonValue(QStringLiteral("ftp://gw1"))
                             << QStringLiteral("url: \"ftp://gw1\" is not an http:// or https:// URL");
    QTest::newRow("bad bool") << QStringLiteral("cassandra") << QJsonValue(QStringLiteral("maybe"))
                              << QStringLiteral("cassandra: expected true or false, got \"maybe\"");
    QTest::newRow("regex") << QStringLiteral("version") << QJsonValue(QStringLiteral("7.4.1"))
                           << QStringLiteral("version: \"7.4.1\" does not match 7\\.[56]\\.\\d+");
    QTest::newRow("unknown role") << QStringLiteral("nodes") << nodes(R"([{"name":"A","host":"a","role":"gateway"}])")
                                  << QStringLiteral("nodes[0].role: expected one of anm, nm, got \"gateway\"");
    QTest::newRow("duplicate node") << QStringLiteral("nodes")
                                    << nodes(R"([{"name":"A","host":"a","role":"anm"},{"name":"A","host":"b","role":"nm"}])")
                                    << QStringLiteral("nodes[1].name: \"A\" is used by another node; names must be unique");
    QTest::newRow("unknown node field") << QStringLiteral("nodes") << nodes(R"([{"name":"A","host":"a","role":"anm","rack":"3"}])")
                                        << QStringLiteral("nodes[0].rack: unknown node field");
    QTest::newRow("bad attribute") << QStringLiteral("nodes") << nodes(R"([{"name":"A","host":"a","role":"anm","ssh_port":0}])")
                                   << QStringLiteral("nodes[0].ssh_port: expected a port number from 1 to 65535, got 0");
    QTest::newRow("too few nodes") << QStringLiteral("nodes") << nodes("[]")
                                   << QStringLiteral("nodes: at least 1 node(s) are needed, got 0");
    QTest::newRow("unknown parameter") << QStringLiteral("colour") << QJsonValue(QStringLiteral("blue"))
                                       << QStringLiteral("colour: the playbook has no such parameter");
}

void tst_Parameters::reportsEveryBadValue()
{
    QFETCH(QString, name);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QTemporaryDir tmp;
    ParameterValues given{{QStringLiteral("install_dir"), tmp.path()},
                          {QStringLiteral("nodes"), nodes(R"([{"name":"A","host":"a","role":"anm"}])")}};
    given.insert(name, value);
    auto values = resolveParameters(playbook(), given);
    QVERIFY(!values.has_value());
    QVERIFY2(std::any_of(values.error().cbegin(), values.error().cend(), [&](const QString &e) { return e.startsWith(error); }),
             qPrintable(values.error().join(u'\n')));
}

void tst_Parameters::masksSecretsLongestFirst()
{
    const Masker masker({QStringLiteral("abc"), QStringLiteral("abcdef"), QString()});
    QCOMPARE(masker.mask(QStringLiteral("x abcdef y abc z")), QStringLiteral("x ****** y ****** z"));
    const QJsonObject masked = masker.mask(QJsonObject{
        {QStringLiteral("list"), QJsonArray{QStringLiteral("pw=abcdef")}}, {QStringLiteral("n"), 3}});
    QCOMPARE(masked.value(QLatin1String("list")).toArray().first().toString(), QStringLiteral("pw=******"));
    QCOMPARE(masked.value(QLatin1String("n")).toInt(), 3);

    // As JSON writes it: quotes and backslashes escaped.
    const Masker quoting({QStringLiteral("p\"w\\x")});
    QCOMPARE(quoting.mask(QStringLiteral("raw p\"w\\x, in JSON \"p\\\"w\\\\x\"")),
             QStringLiteral("raw ******, in JSON \"******\""));
}

void tst_Parameters::masksEncodedFormsOfASecret_data()
{
    // The case reported: a password a server echoed back inside the URL it was sent in.
    const QString secret = QStringLiteral("ZZs&e c/r%QQ");
    const QByteArray utf8 = secret.toUtf8();
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("as typed") << QStringLiteral("pw ZZs&e c/r%QQ.") << QStringLiteral("pw ******.");
    QTest::newRow("URL path, as QUrl writes it")
        << QStringLiteral("GET /login/ZZs&e%20c/r%25QQ HTTP/1.1") << QStringLiteral("GET /login/****** HTTP/1.1");
    QTest::newRow("query, encoded in full")
        << QStringLiteral("?pw=ZZs%26e%20c%2Fr%25QQ&x=1") << QStringLiteral("?pw=******&x=1");
    QTest::newRow("lower-case hex") << QStringLiteral("?pw=ZZs%26e%20c%2fr%25QQ") << QStringLiteral("?pw=******");
    QTest::newRow("form-encoded") << QStringLiteral("user=a&pw=ZZs%26e+c%2Fr%25QQ")
                                  << QStringLiteral("user=a&pw=******");
    QTest::newRow("base64") << QStringLiteral("secret: ") + QString::fromLatin1(utf8.toBase64())
                            << QStringLiteral("secret: ******");
    QTest::newRow("base64url without padding")
        << QStringLiteral("t=")
               + QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        << QStringLiteral("t=******");
    QTest::newRow("Basic for a user the playbook never names")
        << QStringLiteral("Authorization: Basic ")
               + QString::fromLatin1(QByteArray("svc-deploy:" + utf8).toBase64())
        << QStringLiteral("Authorization: Basic ******");
    QTest::newRow("inside base64 JSON")
        << QStringLiteral("{\"blob\": \"")
               + QString::fromLatin1(QByteArray(R"({"user":"x","password":")" + utf8 + "\"}").toBase64())
               + QStringLiteral("\"}")
        << QStringLiteral("{\"blob\": \"******\"}");
    QTest::newRow("two forms in one line")
        << QStringLiteral("ZZs&e%20c/r%25QQ and ") + QString::fromLatin1(utf8.toBase64())
        << QStringLiteral("****** and ******");
}

void tst_Parameters::masksEncodedFormsOfASecret()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    const Masker masker({QStringLiteral("ZZs&e c/r%QQ")});
    QCOMPARE(masker.mask(text), masked);
    QCOMPARE(masker.mask(QJsonValue(text)).toString(), masked);
}

void tst_Parameters::leavesTextWithoutASecretAlone()
{
    const Masker masker({QStringLiteral("ZZs&e c/r%QQ")});
    // Words, paths and base64 of other things stay as they are.
    const QString text = QStringLiteral("installation of /opt/axway/apigateway succeeded; token ")
        + QString::fromLatin1(QByteArray("svc-deploy:another password").toBase64()) + QStringLiteral(" ZZs&e c");
    QCOMPARE(masker.mask(text), text);
}

void tst_Parameters::masksATextThatComesInPieces()
{
    const QString secret = QStringLiteral("ZZs&e c/r%QQ");
    const Masker masker({secret});
    const QString basic = QString::fromLatin1(QByteArray("svc:" + secret.toUtf8()).toBase64());
    const QString text = QStringLiteral("a ") + secret + QStringLiteral(" b ZZs&e%20c/r%25QQ c ") + basic
        + QStringLiteral(" d ") + QString(300, u'x') + secret + QStringLiteral(" end");
    const QString whole = masker.mask(text);
    QVERIFY(!whole.contains(secret));
    // Cut at every place, and in pieces of every small size: the same as masking it whole.
    for (qsizetype size = 1; size <= 40; ++size) {
        QString carry;
        QString out;
        for (qsizetype at = 0; at < text.size(); at += size)
            out += masker.maskPiece(carry, text.mid(at, size), false);
        out += masker.maskPiece(carry, {}, true);
        QVERIFY2(out == whole, qPrintable(QStringLiteral("pieces of %1: %2").arg(size).arg(out)));
    }
    // Without secrets there is nothing to hold back.
    QString carry;
    QCOMPARE(Masker().maskPiece(carry, QStringLiteral("abc"), false), QStringLiteral("abc"));
    QVERIFY(carry.isEmpty());
}

void tst_Parameters::neverWritesSecretsToDisk()
{
    QTemporaryDir tmp;
    const Playbook p = playbook();
    auto values = resolveParameters(p, {{QStringLiteral("install_dir"), tmp.path()},
                                        {QStringLiteral("password"), QStringLiteral("s3cret!")},
                                        {QStringLiteral("nodes"), nodes(R"([{"name":"A","host":"a","role":"anm"}])")}});
    QVERIFY(values.has_value());
    QCOMPARE(secretValues(p, *values), QStringList{QStringLiteral("s3cret!")});
    const QJsonObject disk = parametersForDisk(p, *values);
    QVERIFY(!QJsonDocument(disk).toJson().contains("s3cret!"));
    QCOMPARE(disk.value(QLatin1String("password")).toObject().value(QLatin1String("secret")).toBool(), true);
}

QTEST_GUILESS_MAIN(tst_Parameters)
void tst_Parameters::masksASentenceInEveryArgument()
{
    // A task's progress text is a Text: a tool's own line (verbatim) or a sentence whose
    // arguments, nested sentences' too, may hold what the tool echoed.
    const Masker masker({QStringLiteral("s3cr3t!")});
    const Text inner(QT_TRANSLATE_NOOP("uw::Outcome", "reading %1"), QStringLiteral("/tmp/s3cr3t!.txt"));
    const Text outer(QT_TRANSLATE_NOOP("uw::Outcome", "%1: %2"), QStringLiteral("pw=s3cr3t!"), inner);
    const Text masked = masker.mask(outer);
    QCOMPARE(masked.english(), QStringLiteral("pw=******: reading /tmp/******.txt"));
    QVERIFY(!masked.translated().contains(QLatin1String("s3cr3t!")));
    QCOMPARE(masked.source, outer.source); // the sentence stays translatable
    QCOMPARE(masker.mask(Text::verbatim(QStringLiteral("50% s3cr3t!"))).english(), QStringLiteral("50% ******"));
    QCOMPARE(Masker().mask(outer), outer);
}

#include "tst_parameters.moc"
