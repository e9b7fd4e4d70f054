#include "wizard/support/json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace uw;

namespace QTest {
// Lets QCOMPARE print positions as "line:column" when they differ.
template<>
inline char *toString(const json::Position &position)
{
    return qstrdup(position.toString().toUtf8().constData());
}
} // namespace QTest

namespace {

json::Position pos(int line, int column)
{
    return {line, column};
}

// Parses input that the test expects to be valid, failing with the parser's message if not.
// QVERIFY2 evaluates its description even on success, hence the guard around error().
#define PARSE_OK(variable, input)                                                                                      \
    const auto variable##Result = json::parse(input);                                                                  \
    QVERIFY2(variable##Result.has_value(),                                                                             \
             qPrintable(variable##Result ? QString() : variable##Result.error().toString()));                          \
    const json::Value &variable = *variable##Result

} // namespace

class tst_Json : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEachKindOfValue();
    void reportsPositionOfEachValue();
    void countsLineBreaksOfEachKind();
    void skipsByteOrderMark();
    void decodesEscapesAndUtf8_data();
    void decodesEscapesAndUtf8();
    void tellsIntegersFromDoubles_data();
    void tellsIntegersFromDoubles();
    void findsMembersInFileOrder();
    void accessorsOfTheWrongTypeReturnDefaults();
    void copiesShareOneNode();
    void convertsToQJsonLikeQJsonDocument();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
    void acceptsExactly200LevelsOfNesting();
    void rejectsVeryDeepNestingWithoutCrashing();
    void survivesRandomlyMutatedInput();
};

void tst_Json::parsesEachKindOfValue()
{
    PARSE_OK(root, QByteArrayView(R"([null, true, false, 1.5, "text", [], {}])"));
    QVERIFY(root.isArray());
    const QList<json::Value> &items = root.items();
    QCOMPARE(items.size(), 7);

    using Type = json::Value::Type;
    const QList<Type> expected{Type::Null,   Type::Bool,  Type::Bool,  Type::Number,
                               Type::String, Type::Array, Type::Object};
    for (qsizetype i = 0; i < items.size(); ++i)
        QCOMPARE(items[i].type(), expected[i]);

    QVERIFY(items[0].isNull());
    QVERIFY(items[1].isBool() && items[1].toBool());
    QVERIFY(items[2].isBool() && !items[2].toBool());
    QVERIFY(items[3].isNumber());
    QCOMPARE(items[3].toNumber(), 1.5);
    QVERIFY(items[4].isString());
    QCOMPARE(items[4].toString(), QStringLiteral("text"));
    QVERIFY(items[5].isArray() && items[5].items().isEmpty());
    QVERIFY(items[6].isObject() && items[6].members().isEmpty());

    QCOMPARE(json::Value::typeName(Type::Null), QStringLiteral("null"));
    QCOMPARE(json::Value::typeName(Type::Bool), QStringLiteral("boolean"));
    QCOMPARE(json::Value::typeName(Type::Number), QStringLiteral("number"));
    QCOMPARE(json::Value::typeName(Type::String), QStringLiteral("string"));
    QCOMPARE(json::Value::typeName(Type::Array), QStringLiteral("array"));
    QCOMPARE(json::Value::typeName(Type::Object), QStringLiteral("object"));

    // A scalar is a valid document on its own (RFC 8259, unlike RFC 4627).
    PARSE_OK(scalar, QByteArrayView("  \"alone\"  "));
    QCOMPARE(scalar.toString(), QStringLiteral("alone"));
    QCOMPARE(scalar.position(), pos(1, 3));
}

void tst_Json::reportsPositionOfEachValue()
{
    // Multibyte characters before the values: 'ï' and 'é' are 2 bytes, '☕' and '日' 3, '😀' 4.
    // Each counts as one column, as does the tab.
    const QByteArray text = "{\n"
                            "  \"naïve 😀\": \"café ☕\",\n"
                            "  \"list\": [1, \"日本\", {\"x\": true}],\n"
                            "\t\"tab\": null\n"
                            "}";
    PARSE_OK(root, text);
    QCOMPARE(root.position(), pos(1, 1));
    const QList<json::Member> &members = root.members();
    QCOMPARE(members.size(), 3);

    QCOMPARE(members[0].key, QStringLiteral("naïve 😀"));
    QCOMPARE(members[0].keyPosition, pos(2, 3));
    QCOMPARE(members[0].value.position(), pos(2, 14));
    QCOMPARE(members[0].value.toString(), QStringLiteral("café ☕"));

    QCOMPARE(members[1].keyPosition, pos(3, 3));
    const json::Value &list = members[1].value;
    QCOMPARE(list.position(), pos(3, 11));
    QCOMPARE(list.items().size(), 3);
    QCOMPARE(list.items()[0].position(), pos(3, 12));
    QCOMPARE(list.items()[1].position(), pos(3, 15));
    const json::Value &inner = list.items()[2];
    QCOMPARE(inner.position(), pos(3, 21));
    QCOMPARE(inner.members().first().keyPosition, pos(3, 22));
    QCOMPARE(inner.members().first().value.position(), pos(3, 27));

    QCOMPARE(members[2].keyPosition, pos(4, 2));
    QCOMPARE(members[2].value.position(), pos(4, 9));
    QVERIFY(members[2].value.isNull());
}

void tst_Json::countsLineBreaksOfEachKind()
{
    // "\n", "\r\n" and a lone "\r" each end one line.
    PARSE_OK(root, QByteArrayView("[1,\n2,\r\n3,\r4]"));
    const QList<json::Value> &items = root.items();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items[0].position(), pos(1, 2));
    QCOMPARE(items[1].position(), pos(2, 1));
    QCOMPARE(items[2].position(), pos(3, 1));
    QCOMPARE(items[3].position(), pos(4, 1));
}

void tst_Json::skipsByteOrderMark()
{
    PARSE_OK(root, QByteArrayView("\xEF\xBB\xBF{\"a\": 1}"));
    QCOMPARE(root.position(), pos(1, 1));
    QCOMPARE(root.members().first().keyPosition, pos(1, 2));
    QCOMPARE(root.member(u"a")->toInteger(), qint64(1));

    // Only at the start: anywhere else it is a stray character.
    const auto misplaced = json::parse(QByteArrayView("[\xEF\xBB\xBF]"));
    QVERIFY(!misplaced);
    QCOMPARE(misplaced.error().message, QStringLiteral("unexpected character U+FEFF, expected a value"));
    QCOMPARE(misplaced.error().position, pos(1, 2));
}

void tst_Json::decodesEscapesAndUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple escapes") << QByteArray(R"("\" \\ \/ \b \f \n \r \t")")
                                    << QStringLiteral("\" \\ / \b \f \n \r \t");
    QTest::newRow("bmp escape, lower and upper hex") << QByteArray(R"("\u00e9\u00C9\u2615")") << QStringLiteral("éÉ☕");
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00!")") << QStringLiteral("😀!");
    QTest::newRow("surrogate pair, upper hex") << QByteArray(R"("\uD834\uDD1E")") << QStringLiteral("𝄞");
    QTest::newRow("escaped nul") << QByteArray(R"("a\u0000b")") << QString(QStringView(u"a\0b", 3));
    QTest::newRow("raw utf-8 of every length") << QByteArray("\"aé☕😀\"") << QStringLiteral("aé☕😀");
    QTest::newRow("escape next to raw utf-8") << QByteArray(R"("é\u00e9é")") << QStringLiteral("ééé");
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
}

void tst_Json::decodesEscapesAndUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    PARSE_OK(value, input);
    QVERIFY(value.isString());
    QCOMPARE(value.toString(), expected);
}

void tst_Json::tellsIntegersFromDoubles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isInteger");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<double>("number");

    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0) << 0.0;
    QTest::newRow("positive") << QByteArray("42") << true << qint64(42) << 42.0;
    QTest::newRow("negative") << QByteArray("-17") << true << qint64(-17) << -17.0;
    QTest::newRow("qint64 max") << QByteArray("9223372036854775807") << true << max << double(max);
    QTest::newRow("qint64 min") << QByteArray("-9223372036854775808") << true << min << double(min);
    QTest::newRow("just above qint64") << QByteArray("9223372036854775808") << false << qint64(0)
                                       << 9223372036854775808.0;
    QTest::newRow("huge integer literal")
        << QByteArray("123456789012345678901234567890") << false << qint64(0) << 123456789012345678901234567890.0;
    QTest::newRow("fraction, even if zero") << QByteArray("1.0") << false << qint64(0) << 1.0;
    QTest::newRow("exponent") << QByteArray("1e2") << false << qint64(0) << 100.0;
    QTest::newRow("negative exponent") << QByteArray("1E-2") << false << qint64(0) << 0.01;
    QTest::newRow("everything") << QByteArray("-1.5e+3") << false << qint64(0) << -1500.0;
    QTest::newRow("underflow is zero") << QByteArray("1e-400") << false << qint64(0) << 0.0;
    QTest::newRow("largest double") << QByteArray("1.7976931348623157e308") << false << qint64(0)
                                    << std::numeric_limits<double>::max();
}

void tst_Json::tellsIntegersFromDoubles()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isInteger);
    QFETCH(qint64, integer);
    QFETCH(double, number);
    PARSE_OK(value, input);
    QVERIFY(value.isNumber());
    QCOMPARE(value.isInteger(), isInteger);
    QCOMPARE(value.toInteger(), integer);
    QCOMPARE(value.toNumber(), number);
}

void tst_Json::findsMembersInFileOrder()
{
    PARSE_OK(root, QByteArrayView("{\"zeta\": 1,\n \"alpha\": {\"zeta\": 2}, \"mid\": [3]}"));
    QStringList keys;
    for (const json::Member &m : root.members())
        keys << m.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")}));

    const json::Member *alpha = root.findMember(u"alpha");
    QVERIFY(alpha);
    QCOMPARE(alpha->keyPosition, pos(2, 2));
    QCOMPARE(alpha->value.position(), pos(2, 11));
    // The same key in a nested object is no duplicate.
    QCOMPARE(alpha->value.member(u"zeta")->toInteger(), qint64(2));
    QCOMPARE(root.member(u"zeta")->toInteger(), qint64(1));

    QCOMPARE(root.member(u"missing"), nullptr);
    QCOMPARE(root.findMember(u"missing"), nullptr);
    QCOMPARE(root.member(u"Zeta"), nullptr); // keys are case-sensitive
    QCOMPARE(root.member(u"mid")->member(u"0"), nullptr); // not an object
}

void tst_Json::accessorsOfTheWrongTypeReturnDefaults()
{
    PARSE_OK(root, QByteArrayView(R"({"n": 7, "s": "7", "b": true, "a": [1]})"));
    const json::Value &n = *root.member(u"n");
    const json::Value &s = *root.member(u"s");
    const json::Value &b = *root.member(u"b");
    const json::Value &a = *root.member(u"a");

    QCOMPARE(n.toString(), QString());
    QCOMPARE(n.toBool(), false);
    QCOMPARE(s.toNumber(), 0.0);
    QCOMPARE(s.isInteger(), false);
    QCOMPARE(s.toInteger(), qint64(0));
    QCOMPARE(b.toNumber(), 0.0);
    QVERIFY(a.members().isEmpty());
    QVERIFY(root.items().isEmpty());
    QCOMPARE(a.member(u"n"), nullptr);

    const json::Value defaulted;
    QVERIFY(defaulted.isNull());
    QCOMPARE(defaulted.position(), pos(0, 0));
    QVERIFY(defaulted.items().isEmpty());
    QCOMPARE(defaulted.toQJson(), QJsonValue(QJsonValue::Null));
}

void tst_Json::copiesShareOneNode()
{
    PARSE_OK(root, QByteArrayView(R"({"list": [1, 2, 3]})"));
    const json::Value copy = root; // NOLINT(performance-unnecessary-copy-initialization): the point of the test
    QCOMPARE(&copy.members(), &root.members());
    const json::Value list = *copy.member(u"list");
    QCOMPARE(&list.items(), &root.member(u"list")->items());
}

void tst_Json::convertsToQJsonLikeQJsonDocument()
{
    const QByteArray text = R"({
        "name": "Axway API Gateway 7.7 \u2192 7.7.2024",
        "version": 3,
        "big": 9007199254740993,
        "beyond": 18446744073709551616,
        "ratio": -0.125,
        "scientific": 6.02e23,
        "flags": [true, false, null],
        "empty": {"array": [], "object": {}, "string": ""},
        "escapes": "tab\there \"quoted\" \\ \/ \ud83d\ude80 é",
        "steps": [
            {"id": "backup", "severity": "blocker", "params": {"paths": ["/opt/axway", "/etc/axway"]}},
            {"id": "upgrade", "timeoutSeconds": 3600, "retry": {"count": 2, "delay": 1.5}},
            [[[["deep"]]], 1, -2, 3.25]
        ]
    })";
    PARSE_OK(root, text);

    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &qtError);
    QCOMPARE(qtError.error, QJsonParseError::NoError);

    const QJsonValue converted = root.toQJson();
    QVERIFY(converted.isObject());
    QCOMPARE(converted, QJsonValue(document.object()));
    // Compared once more as text, so a difference in number storage would show too.
    QCOMPARE(QJsonDocument(converted.toObject()).toJson(), document.toJson());
    // The integer above 2^53 survives only if it stayed an integer.
    QCOMPARE(converted[QLatin1String("big")].toInteger(), Q_INT64_C(9007199254740993));
    QCOMPARE(root.member(u"big")->toInteger(), Q_INT64_C(9007199254740993));
}

void tst_Json::rejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    auto row = [](const char *name, QByteArray input, const char *message, int line, int column) {
        QTest::newRow(name) << input << QString::fromUtf8(message) << line << column;
    };

    // Nothing there.
    row("empty input", "", "empty input, expected a JSON value", 1, 1);
    row("only a byte order mark", "\xEF\xBB\xBF", "empty input, expected a JSON value", 1, 1);
    row("only whitespace", "  \n ", "unexpected end of input, expected a value", 2, 2);

    // Things from JavaScript and friends that JSON does not have.
    row("line comment", "// settings\n{}", "unexpected character '/', expected a value (comments are not allowed)", 1,
        1);
    row("block comment after a member", "{\"a\": 1 /* x */}",
        "expected ',' or '}' after an object member, got '/' (comments are not allowed)", 1, 9);
    row("hash comment", "[1, # x\n 2]", "unexpected character '#', expected a value (comments are not allowed)", 1, 5);
    row("trailing comma in array", "[1, 2,]",
        "unexpected character ']', expected a value (trailing commas are not allowed)", 1, 7);
    row("trailing comma in object", "{\"a\": 1,\n}",
        "expected a key in double quotes, got '}' (trailing commas are not allowed)", 2, 1);
    row("single-quoted value", "['a']", "unexpected character \"'\", expected a value (strings use double quotes)", 1,
        2);
    row("single-quoted key", "{'a': 1}",
        "expected a key in double quotes or '}', got \"'\" (strings use double quotes)", 1, 2);
    row("unquoted key", "{a: 1}", "expected a key in double quotes or '}', got 'a'", 1, 2);
    row("NaN", "[NaN]", "unexpected token 'NaN', expected a value (NaN and Infinity are not allowed)", 1, 2);
    row("Infinity", "Infinity", "unexpected token 'Infinity', expected a value (NaN and Infinity are not allowed)", 1,
        1);
    row("negative infinity", "-Infinity", "expected a digit after '-', got 'I'", 1, 2);
    row("capitalised literal", "{\"on\": True}",
        "unexpected token 'True', expected a value (true, false and null are lowercase)", 1, 8);
    row("truncated literal", "[tru]", "unexpected token 'tru', expected a value", 1, 2);
    row("literal run on", "nullx", "unexpected token 'nullx', expected a value", 1, 1);
    row("undefined", "[undefined]", "unexpected token 'undefined', expected a value", 1, 2);

    // Numbers.
    row("leading zero", "[01]", "leading zero: expected '.', 'e' or the end of the number after '0', got '1'", 1, 3);
    row("negative leading zero", "-007", "leading zero: expected '.', 'e' or the end of the number after '0', got '0'",
        1, 3);
    row("plus sign", "+1", "unexpected character '+', expected a value", 1, 1);
    row("no integer part", "[.5]", "unexpected character '.', expected a value", 1, 2);
    row("no fraction digits", "[1.]", "expected a digit after '.', got ']'", 1, 4);
    row("fraction then exponent", "1.e5", "expected a digit after '.', got 'e'", 1, 3);
    row("no exponent digits", "1e", "expected a digit in the exponent, got end of input", 1, 3);
    row("exponent sign only", "[1e+]", "expected a digit in the exponent, got ']'", 1, 5);
    row("minus alone", "-", "expected a digit after '-', got end of input", 1, 2);
    row("minus space", "- 1", "expected a digit after '-', got space", 1, 2);
    row("hexadecimal", "0x1F", "expected end of input after the top-level value, got 'x'", 1, 2);
    row("second dot", "[1.5.3]", "expected ',' or ']' after an array element, got '.'", 1, 5);
    row("too large", "[1e999]", "number 1e999 is out of range, expected a magnitude below 1.8e308", 1, 2);
    // Long literals are cut in the message after 24 characters.
    QTest::newRow("too large without exponent")
        << QByteArray(400, '9')
        << QStringLiteral("number %1... is out of range, expected a magnitude below 1.8e308").arg(QString(24, u'9'))
        << 1 << 1;

    // Strings.
    row("tab in string", "\"a\tb\"", "unescaped tab in string, expected an escape such as \\t", 1, 3);
    row("control character in string", "\"a\x01\"",
        "unescaped control character U+0001 in string, expected an escape such as \\u0001", 1, 3);
    row("line break in string", "{\"a\": \"x\n\"}",
        "unescaped line break in string (opened at 1:7), expected '\"' or an escape such as \\n", 1, 9);
    row("invalid escape", "\"a\\xb\"",
        "invalid escape '\\x', expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", 1, 3);
    row("escape of a line break", "\"a\\\n\"",
        "invalid escape '\\' followed by line break, expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", 1, 3);
    row("short unicode escape", "\"\\u12\"", "invalid \\u escape, expected 4 hex digits, got '\"'", 1, 6);
    row("bad hex digit", "\"\\u12G4\"", "invalid \\u escape, expected 4 hex digits, got 'G'", 1, 6);
    row("lone high surrogate", "[\"x\\uD83D\"]",
        "lone high surrogate \\uD83D, expected a low surrogate escape \\uDC00-\\uDFFF after it", 1, 4);
    row("high surrogate then text", "\"\\ud83dx\"",
        "lone high surrogate \\uD83D, expected a low surrogate escape \\uDC00-\\uDFFF after it", 1, 2);
    row("high surrogate then bmp", "\"\\uD83D\\u0041\"",
        "expected a low surrogate \\uDC00-\\uDFFF after \\uD83D, got \\u0041", 1, 8);
    row("two high surrogates", "\"\\uD83D\\uD83D\"",
        "expected a low surrogate \\uDC00-\\uDFFF after \\uD83D, got \\uD83D", 1, 8);
    row("lone low surrogate", "\"ab\\uDE00\"",
        "lone low surrogate \\uDE00, expected a high surrogate \\uD800-\\uDBFF before it", 1, 4);
    row("reversed surrogates", "\"\\uDE00\\uD83D\"",
        "lone low surrogate \\uDE00, expected a high surrogate \\uD800-\\uDBFF before it", 1, 2);

    // Invalid UTF-8, inside strings and out.
    row("invalid byte in string", "\"ab\xFF\"", "invalid UTF-8: expected the start of a character, got byte 0xff", 1,
        4);
    row("stray continuation byte", "[\"é\x80\"]", "invalid UTF-8: expected the start of a character, got byte 0x80", 1,
        4);
    row("truncated sequence", "\"\xC3\"", "invalid UTF-8: expected a continuation byte after 0xc3, got byte 0x22", 1,
        2);
    row("truncated at end of input", "\"\xE2\x98",
        "invalid UTF-8: expected a continuation byte after 0xe2, got end of input", 1, 2);
    row("overlong encoding", "\"\xE0\x80\xAF\"", "invalid UTF-8: overlong encoding of U+002F", 1, 2);
    row("overlong two-byte lead", "\"\xC0\xAF\"", "invalid UTF-8: expected the start of a character, got byte 0xc0", 1,
        2);
    row("encoded surrogate", "\"\xED\xA0\x80\"", "invalid UTF-8: encoded surrogate U+D800", 1, 2);
    row("above U+10FFFF", "\"\xF4\x90\x80\x80\"", "invalid UTF-8: code point above U+10FFFF", 1, 2);
    row("invalid byte outside strings", "[1,\n \xFF]",
        "invalid UTF-8: expected the start of a character, got byte 0xff", 2, 2);
    row("non-ascii outside strings", "[\"héllo\", é]", "unexpected character 'é' (U+00E9), expected a value", 1, 11);
    row("non-breaking space", "[1,\xC2\xA0 2]", "unexpected character U+00A0, expected a value", 1, 4);
    row("typographic quotes", "{\"a\": “b”}", "unexpected character '“' (U+201C), expected a value", 1, 7);

    // Structure.
    row("unexpected closing brace", "{\"a\": }", "unexpected character '}', expected a value", 1, 7);
    row("missing comma in array", "[1 2]", "expected ',' or ']' after an array element, got '2'", 1, 4);
    row("missing comma in object", "{\"a\": 1 \"b\": 2}", "expected ',' or '}' after an object member, got '\"'", 1, 9);
    row("junk after member", "{\"a\": 1 x}", "expected ',' or '}' after an object member, got 'x'", 1, 9);
    row("mismatched bracket", "[1}", "expected ',' or ']' after an array element, got '}'", 1, 3);
    row("mismatched brace", "{\"a\": 1]", "expected ',' or '}' after an object member, got ']'", 1, 8);
    row("missing colon", "{\"a\" 1}", "expected ':' after the key \"a\", got '1'", 1, 6);
    row("equals for colon", "{\"a\" = 1}", "expected ':' after the key \"a\", got '='", 1, 6);
    row("empty member", "{,}", "expected a key in double quotes or '}', got ','", 1, 2);
    row("double comma", "[1,,2]", "unexpected character ',', expected a value", 1, 4);
    row("trailing content", "{} x", "expected end of input after the top-level value, got 'x'", 1, 4);
    row("two documents", "{}\n{}", "expected end of input after the top-level value, got '{'", 2, 1);
    row("trailing comment", "[]\n// done",
        "expected end of input after the top-level value, got '/' (comments are not allowed)", 2, 1);
    row("duplicate key", "{\n  \"severity\": \"blocker\",\n  \"x\": 2,\n  \"severity\": \"info\"\n}",
        "duplicate key \"severity\" (first at line 2)", 4, 3);
    row("duplicate key via escape", "{\"ab\": 1, \"a\\u0062\": 2}", "duplicate key \"ab\" (first at line 1)", 1, 11);

    // Running out of input inside something names it and where it opened.
    row("unterminated string", "{\n  \"a\": \"abc",
        "unterminated string (opened at 2:8): expected '\"', got end of input", 2, 12);
    row("unterminated key", "{\"ab", "unterminated string (opened at 1:2): expected '\"', got end of input", 1, 5);
    row("unterminated escape", "\"a\\", "unterminated string (opened at 1:1): expected '\"', got end of input", 1, 4);
    row("unterminated unicode escape", "\"\\u00",
        "unterminated string (opened at 1:1): invalid \\u escape, expected 4 hex digits, got end of input", 1, 6);
    row("unterminated array", "[1, 2",
        "unterminated array (opened at 1:1): expected ',' or ']' after an array element, "
        "got end of input",
        1, 6);
    row("unterminated array after comma", "[1,",
        "unterminated array (opened at 1:1): expected a value, got end of input", 1, 4);
    row("unterminated empty array", "[", "unterminated array (opened at 1:1): expected a value, got end of input", 1,
        2);
    row("unterminated inner object", "[{\"a\": {\"b\": 1}\n",
        "unterminated object (opened at 1:2): expected ',' or '}' after an object member, got end of input", 2, 1);
    row("unterminated object after key", "{\"a\"",
        "unterminated object (opened at 1:1): expected ':' after the key \"a\", got end of input", 1, 5);
    row("unterminated empty object", "{ ",
        "unterminated object (opened at 1:1): expected a key in double quotes or '}', got end of input", 1, 3);

    // Columns count characters, not bytes; tabs count one; every kind of line break counts.
    row("column after multibyte", "[\"日本😀\", x]", "unexpected character 'x', expected a value", 1, 9);
    row("tabs count one", "\t\t[x]", "unexpected character 'x', expected a value", 1, 4);
    row("crlf", "[\r\n1,\r\n x]", "unexpected character 'x', expected a value", 3, 2);
    row("lone cr", "[\r1,\r\r x]", "unexpected character 'x', expected a value", 4, 2);
    row("position after byte order mark", "\xEF\xBB\xBF[x]", "unexpected character 'x', expected a value", 1, 2);
}

void tst_Json::rejectsMalformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);

    const auto result = json::parse(input);
    QVERIFY2(!result.has_value(), "accepted malformed input");
    QCOMPARE(result.error().message, message);
    QCOMPARE(result.error().position, pos(line, column));
}

void tst_Json::acceptsExactly200LevelsOfNesting()
{
    const QByteArray deepest = QByteArray(json::kMaxDepth, '[') + QByteArray(json::kMaxDepth, ']');
    PARSE_OK(root, deepest);
    int depth = 0;
    for (const json::Value *v = &root; v; v = v->items().isEmpty() ? nullptr : &v->items().first())
        ++depth;
    QCOMPARE(depth, json::kMaxDepth);

    const QByteArray tooDeep = QByteArray(json::kMaxDepth + 1, '[') + QByteArray(json::kMaxDepth + 1, ']');
    const auto rejected = json::parse(tooDeep);
    QVERIFY(!rejected);
    QCOMPARE(rejected.error().message,
             QStringLiteral("nesting too deep, expected at most 200 levels of arrays and objects"));
    QCOMPARE(rejected.error().position, pos(1, json::kMaxDepth + 1));
}

void tst_Json::rejectsVeryDeepNestingWithoutCrashing()
{
    const QString expected = QStringLiteral("nesting too deep, expected at most 200 levels of arrays and objects");

    const QByteArray arrays = QByteArray(10'000, '[') + QByteArray(10'000, ']');
    const auto fromArrays = json::parse(arrays);
    QVERIFY(!fromArrays);
    QCOMPARE(fromArrays.error().message, expected);
    QCOMPARE(fromArrays.error().position, pos(1, 201));

    // Objects and arrays mixed, one level per line, never closed.
    QByteArray mixed;
    for (int i = 0; i < 10'000; ++i)
        mixed += i % 2 ? "[\n" : "{\"k\":\n";
    const auto fromMixed = json::parse(mixed);
    QVERIFY(!fromMixed);
    QCOMPARE(fromMixed.error().message, expected);
    QCOMPARE(fromMixed.error().position, pos(201, 1));
}

void tst_Json::survivesRandomlyMutatedInput()
{
    const QByteArray original = R"({
  "playbook": "Axway 7.7 \u2192 2024 — naïve ☕ 😀",
  "version": 2,
  "steps": [
    {"id": "check-disk", "severity": "blocker", "minFreeMb": 2048, "ratio": 0.75e1},
    {"id": "backup", "paths": ["/opt/axway", "/var/lib/\"x\""], "retry": null, "on": true},
    [[], {}, [-1.5e-3, 0, 12345678901234567890]]
  ],
  "escapes": "\t\n\\\/\ud83d\ude80"
})";
    // Bytes that tend to matter to a JSON parser, so mutations hit the interesting paths.
    static constexpr char kInteresting[]
        = "{}[],:\"\\/0123456789.eE+-tfnu \t\r\n\x00\x01\x7F\x80\xBF\xC3\xE2\xED\xF0\xF4\xFF";
    const QByteArray interesting(kInteresting, sizeof(kInteresting) - 1);

    QRandomGenerator random(20240611); // fixed seed: a failure reproduces
    int accepted = 0;
    int rejected = 0;
    for (int iteration = 0; iteration < 4000; ++iteration) {
        QByteArray mutated = original;
        const int mutations = 1 + random.bounded(4);
        for (int m = 0; m < mutations && !mutated.isEmpty(); ++m) {
            const auto at = qsizetype(random.bounded(int(mutated.size())));
            switch (random.bounded(5)) {
            case 0: // truncate
                mutated.truncate(at);
                break;
            case 1: // flip one bit
                mutated[at] = char(mutated[at] ^ (1 << random.bounded(8)));
                break;
            case 2: // replace with an interesting byte
                mutated[at] = interesting[random.bounded(int(interesting.size()))];
                break;
            case 3: // delete a byte
                mutated.remove(at, 1);
                break;
            case 4: // insert an interesting byte
                mutated.insert(at, interesting[random.bounded(int(interesting.size()))]);
                break;
            }
        }

        const auto result = json::parse(mutated);
        if (result) {
            ++accepted;
            // Whatever we accept, Qt's parser must read the same way.
            if (result->isObject() || result->isArray()) {
                QJsonParseError qtError;
                const QJsonDocument document = QJsonDocument::fromJson(mutated, &qtError);
                QVERIFY2(
                    qtError.error == QJsonParseError::NoError,
                    qPrintable(QStringLiteral("iteration %1: Qt rejects what we accept: %2")
                                   .arg(QString::number(iteration), QString::fromLatin1(mutated.toPercentEncoding()))));
                const QJsonValue expected
                    = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
                QVERIFY2(result->toQJson() == expected, qPrintable(QStringLiteral("iteration %1").arg(iteration)));
            }
            continue;
        }
        ++rejected;
        const json::ParseError &error = result.error();
        QVERIFY2(!error.message.isEmpty(), qPrintable(QStringLiteral("iteration %1").arg(iteration)));
        const int lines = int(mutated.count('\n') + mutated.count('\r')) + 1;
        QVERIFY2(error.position.line >= 1 && error.position.line <= lines && error.position.column >= 1
                     && error.position.column <= mutated.size() + 1,
                 qPrintable(QStringLiteral("iteration %1: position %2 out of range for: %3")
                                .arg(QString::number(iteration), error.toString(),
                                     QString::fromLatin1(mutated.toPercentEncoding()))));
    }
    // Both outcomes must occur, or the mutations are not exercising anything.
    QVERIFY(accepted > 0);
    QVERIFY(rejected > accepted);
}

QTEST_GUILESS_MAIN(tst_Json)
#include "tst_json.moc"
