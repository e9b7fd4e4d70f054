#include "wizard/support/json.h"

#include <QChar>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <string_view>
#include <utility>

namespace uw::json {

struct Value::Node
{
    Type type = Type::Null;
    Position position;
    bool boolean = false;
    double number = 0;
    qint64 integer = 0;
    bool integral = false;
    QString string;
    QList<Value> items;
    QList<Member> members;
};

QString Position::toString() const
{
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

QString ParseError::toString() const
{
    return position.toString() + QStringLiteral(": ") + message;
}

Value::Value() = default;

Value::Value(std::shared_ptr<const Node> node)
    : m_node(std::move(node))
{ }

Value::Type Value::type() const
{
    return m_node ? m_node->type : Type::Null;
}

Position Value::position() const
{
    return m_node ? m_node->position : Position{};
}

bool Value::toBool() const
{
    return isBool() && m_node->boolean;
}

double Value::toNumber() const
{
    return isNumber() ? m_node->number : 0.0;
}

QString Value::toString() const
{
    return isString() ? m_node->string : QString();
}

bool Value::isInteger() const
{
    return isNumber() && m_node->integral;
}

qint64 Value::toInteger() const
{
    return isInteger() ? m_node->integer : 0;
}

const QList<Value> &Value::items() const
{
    static const QList<Value> none;
    return isArray() ? m_node->items : none;
}

const QList<Member> &Value::members() const
{
    static const QList<Member> none;
    return isObject() ? m_node->members : none;
}

const Member *Value::findMember(QStringView key) const
{
    // Linear: playbook objects have a handful of members, and the parser already refused
    // duplicates, so the first match is the only one.
    for (const Member &m : members()) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

const Value *Value::member(QStringView key) const
{
    const Member *m = findMember(key);
    return m ? &m->value : nullptr;
}

QJsonValue Value::toQJson() const
{
    switch (type()) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_node->boolean);
    case Type::Number:
        return m_node->integral ? QJsonValue(m_node->integer) : QJsonValue(m_node->number);
    case Type::String:
        return QJsonValue(m_node->string);
    case Type::Array: {
        QJsonArray array;
        for (const Value &item : m_node->items)
            array.append(item.toQJson());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (const Member &m : m_node->members)
            object.insert(m.key, m.value.toQJson());
        return object;
    }
    }
    return {};
}

QString Value::typeName(Type t)
{
    switch (t) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("boolean");
    case Type::Number:
        return QStringLiteral("number");
    case Type::String:
        return QStringLiteral("string");
    case Type::Array:
        return QStringLiteral("array");
    case Type::Object:
        return QStringLiteral("object");
    }
    return {};
}

namespace {

QString codePointName(char32_t cp)
{
    return QStringLiteral("U+") + QString::number(uint(cp), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

QString byteName(uchar b)
{
    return QStringLiteral("byte 0x%1").arg(uint(b), 2, 16, QLatin1Char('0'));
}

QString escapeName(char32_t unit)
{
    return QStringLiteral("\\u") + QString::number(uint(unit), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// How a found character appears in a message: quoted when it is visible, named when it is not.
// Non-ASCII characters also get their code point, because look-alikes (a non-breaking space,
// a typographic quote) are exactly the ones people cannot tell apart.
QString describe(char32_t cp)
{
    switch (cp) {
    case U'\n':
        return QStringLiteral("line break");
    case U'\r':
        return QStringLiteral("carriage return");
    case U'\t':
        return QStringLiteral("tab");
    case U' ':
        return QStringLiteral("space");
    case U'\'':
        return QStringLiteral("\"'\"");
    default:
        break;
    }
    if (cp < 0x20 || cp == 0x7f)
        return QStringLiteral("control character ") + codePointName(cp);
    if (cp < 0x80)
        return QStringLiteral("'%1'").arg(QChar(char16_t(cp)));
    if (QChar::isPrint(cp) && !QChar::isSpace(cp))
        return QStringLiteral("'%1' (%2)").arg(QString::fromUcs4(&cp, 1), codePointName(cp));
    return codePointName(cp);
}

// The usual mistakes get a word on what JSON wants instead.
QString hintFor(char32_t cp)
{
    switch (cp) {
    case U'/':
    case U'#':
        return QStringLiteral(" (comments are not allowed)");
    case U'\'':
        return QStringLiteral(" (strings use double quotes)");
    default:
        return {};
    }
}

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(uchar c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

int hexValue(uchar c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

struct Decoded
{
    char32_t codePoint = 0;
    int length = 0;
};

// Strict UTF-8 (RFC 3629): no overlong forms, no encoded surrogates, nothing above U+10FFFF.
// On failure returns the message; the caller reports it at the sequence's first byte.
std::expected<Decoded, QString> decodeUtf8(const uchar *p, qsizetype available)
{
    const uchar lead = p[0];
    if (lead < 0x80)
        return Decoded{lead, 1};
    int length = 0;
    char32_t cp = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        cp = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        cp = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        cp = lead & 0x07;
    } else {
        return std::unexpected(QStringLiteral("invalid UTF-8: expected the start of a character, got ")
                               + byteName(lead));
    }
    for (int i = 1; i < length; ++i) {
        if (i >= available) {
            return std::unexpected(
                QStringLiteral("invalid UTF-8: expected a continuation byte after 0x%1, got end of input")
                    .arg(uint(lead), 2, 16, QLatin1Char('0')));
        }
        if ((p[i] & 0xc0) != 0x80) {
            return std::unexpected(QStringLiteral("invalid UTF-8: expected a continuation byte after 0x%1, got %2")
                                       .arg(uint(lead), 2, 16, QLatin1Char('0'))
                                       .arg(byteName(p[i])));
        }
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    if ((length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000))
        return std::unexpected(QStringLiteral("invalid UTF-8: overlong encoding of ") + codePointName(cp));
    if (cp >= 0xd800 && cp <= 0xdfff)
        return std::unexpected(QStringLiteral("invalid UTF-8: encoded surrogate ") + codePointName(cp));
    if (cp > 0x10ffff)
        return std::unexpected(QStringLiteral("invalid UTF-8: code point above U+10FFFF"));
    return Decoded{cp, length};
}

// A long token or literal is cut in messages; the position already says where it is.
QString shortened(QByteArrayView text)
{
    constexpr qsizetype kMax = 24;
    if (text.size() <= kMax)
        return QString::fromUtf8(text);
    return QString::fromUtf8(text.first(kMax)) + QStringLiteral("...");
}

// from_chars reports overflow and underflow alike as out of range. Underflow is harmless (the
// value is zero); overflow has no double to stand for it. Tells them apart by the decimal
// exponent of the first significant digit: only the extremes are out of range at all, so its
// sign decides.
bool overflows(std::string_view literal)
{
    qsizetype i = 0;
    const auto size = qsizetype(literal.size());
    if (i < size && literal[i] == '-')
        ++i;
    qint64 magnitude = 0;
    bool significant = false;
    while (i < size && isDigit(uchar(literal[i]))) {
        if (significant || literal[i] != '0') {
            if (significant)
                ++magnitude;
            significant = true;
        }
        ++i;
    }
    if (i < size && literal[i] == '.') {
        ++i;
        while (i < size && isDigit(uchar(literal[i]))) {
            if (!significant) {
                --magnitude;
                if (literal[i] != '0')
                    significant = true;
            }
            ++i;
        }
    }
    if (!significant)
        return false;
    qint64 exponent = 0;
    if (i < size && (literal[i] == 'e' || literal[i] == 'E')) {
        ++i;
        const bool negative = i < size && literal[i] == '-';
        if (i < size && (literal[i] == '-' || literal[i] == '+'))
            ++i;
        while (i < size && isDigit(uchar(literal[i]))) {
            // Clamped: beyond this the answer no longer changes, and the sum cannot overflow.
            if (exponent < 1'000'000'000)
                exponent = exponent * 10 + (literal[i] - '0');
            ++i;
        }
        if (negative)
            exponent = -exponent;
    }
    return magnitude + exponent > 0;
}

} // namespace

namespace detail {

// Recursive descent over the raw bytes. Every function returns either its result or the
// first error; nothing is thrown. m_pos/m_line/m_column always describe the next byte.
class Parser
{
public:
    explicit Parser(QByteArrayView input)
        : m_data(reinterpret_cast<const uchar *>(input.data()))
        , m_size(input.size())
    { }

    std::expected<Value, ParseError> run()
    {
        if (m_size >= 3 && m_data[0] == 0xef && m_data[1] == 0xbb && m_data[2] == 0xbf)
            m_pos = 3;
        if (atEnd())
            return fail(here(), QStringLiteral("empty input, expected a JSON value"));
        skipWhitespace();
        auto value = parseValue();
        if (!value)
            return value;
        skipWhitespace();
        if (!atEnd())
            return expectedButGot(QStringLiteral("expected end of input after the top-level value"));
        return value;
    }

private:
    using Result = std::expected<Value, ParseError>;

    struct Open
    {
        QString what; // "array", "object", "string"
        Position position;
    };

    bool atEnd() const { return m_pos >= m_size; }
    uchar peek() const { return m_data[m_pos]; }
    Position here() const { return {m_line, m_column}; }

    // Only for ASCII bytes that are not line breaks, which is all the grammar itself consumes.
    void advance()
    {
        ++m_pos;
        ++m_column;
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const uchar c = peek();
            if (c == ' ' || c == '\t') {
                advance();
            } else if (c == '\n' || c == '\r') {
                ++m_pos;
                if (c == '\r' && !atEnd() && peek() == '\n')
                    ++m_pos;
                ++m_line;
                m_column = 1;
            } else {
                break;
            }
        }
    }

    static std::unexpected<ParseError> fail(Position position, QString message)
    {
        return std::unexpected(ParseError{position, std::move(message)});
    }

    // The character at the current position, decoded; an invalid sequence there is itself
    // the error to report, since it is the first thing wrong in the input.
    std::expected<char32_t, ParseError> current() const
    {
        auto decoded = decodeUtf8(m_data + m_pos, m_size - m_pos);
        if (!decoded)
            return std::unexpected(ParseError{here(), decoded.error()});
        return decoded->codePoint;
    }

    // "expected X, got Y" at the current position. Running out of input inside an array,
    // object or string names the innermost one and where it opened: that is where the
    // missing bracket or quote belongs.
    std::unexpected<ParseError> expectedButGot(const QString &expectation, const QString &hint = {}) const
    {
        if (atEnd()) {
            QString message = expectation + QStringLiteral(", got end of input");
            if (!m_open.isEmpty()) {
                const Open &open = m_open.constLast();
                message = QStringLiteral("unterminated %1 (opened at %2): ").arg(open.what, open.position.toString())
                    + message;
            }
            return fail(here(), message);
        }
        const auto cp = current();
        if (!cp)
            return std::unexpected(cp.error());
        return fail(here(),
                    expectation + QStringLiteral(", got ") + describe(*cp) + (hint.isEmpty() ? hintFor(*cp) : hint));
    }

    Result parseValue()
    {
        if (atEnd()) {
            if (m_open.isEmpty())
                return fail(here(), QStringLiteral("unexpected end of input, expected a value"));
            return expectedButGot(QStringLiteral("expected a value"));
        }
        const uchar c = peek();
        switch (c) {
        case '{':
            return parseObject();
        case '[':
            return parseArray();
        case '"': {
            const Position start = here();
            auto text = parseString();
            if (!text)
                return std::unexpected(text.error());
            auto node = makeNode(Value::Type::String, start);
            node->string = std::move(*text);
            return Value(std::move(node));
        }
        case '-':
            return parseNumber();
        default:
            break;
        }
        if (isDigit(c))
            return parseNumber();
        if (isWordChar(c))
            return parseWord();
        const auto cp = current();
        if (!cp)
            return std::unexpected(cp.error());
        return fail(here(),
                    QStringLiteral("unexpected character %1, expected a value%2").arg(describe(*cp), hintFor(*cp)));
    }

    // Reads a whole run of letters and digits, so that "truex" or "NaN" is reported as the
    // token it is rather than as its first wrong letter.
    Result parseWord()
    {
        const Position start = here();
        const qsizetype begin = m_pos;
        while (!atEnd() && isWordChar(peek()))
            advance();
        const QByteArrayView word(m_data + begin, m_pos - begin);
        if (word == "true" || word == "false") {
            auto node = makeNode(Value::Type::Bool, start);
            node->boolean = word == "true";
            return Value(std::move(node));
        }
        if (word == "null")
            return Value(makeNode(Value::Type::Null, start));
        QString hint;
        const QByteArray lower = word.toByteArray().toLower();
        if (lower == "nan" || lower == "infinity")
            hint = QStringLiteral(" (NaN and Infinity are not allowed)");
        else if (lower == "true" || lower == "false" || lower == "null")
            hint = QStringLiteral(" (true, false and null are lowercase)");
        // A single letter reads better as the character it is.
        const QString found = word.size() == 1 ? QStringLiteral("character ") + describe(word.front())
                                               : QStringLiteral("token '%1'").arg(shortened(word));
        return fail(start, QStringLiteral("unexpected %1, expected a value%2").arg(found, hint));
    }

    Result parseNumber()
    {
        const Position start = here();
        const qsizetype begin = m_pos;
        if (peek() == '-')
            advance();
        if (atEnd() || !isDigit(peek()))
            return expectedButGot(QStringLiteral("expected a digit after '-'"));
        if (peek() == '0') {
            advance();
            if (!atEnd() && isDigit(peek()))
                return expectedButGot(
                    QStringLiteral("leading zero: expected '.', 'e' or the end of the number after '0'"));
        } else {
            while (!atEnd() && isDigit(peek()))
                advance();
        }
        bool integral = true;
        if (!atEnd() && peek() == '.') {
            integral = false;
            advance();
            if (atEnd() || !isDigit(peek()))
                return expectedButGot(QStringLiteral("expected a digit after '.'"));
            while (!atEnd() && isDigit(peek()))
                advance();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            integral = false;
            advance();
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                advance();
            if (atEnd() || !isDigit(peek()))
                return expectedButGot(QStringLiteral("expected a digit in the exponent"));
            while (!atEnd() && isDigit(peek()))
                advance();
        }

        const std::string_view literal(reinterpret_cast<const char *>(m_data + begin), size_t(m_pos - begin));
        const char *first = literal.data();
        const char *last = first + literal.size();
        auto node = makeNode(Value::Type::Number, start);
        if (integral) {
            qint64 integer = 0;
            const auto [end, ec] = std::from_chars(first, last, integer);
            if (ec == std::errc() && end == last) {
                node->integral = true;
                node->integer = integer;
            }
        }
        double number = 0;
        const auto [end, ec] = std::from_chars(first, last, number);
        if (ec == std::errc::result_out_of_range) {
            if (overflows(literal)) {
                return fail(start,
                            QStringLiteral("number %1 is out of range, expected a magnitude below 1.8e308")
                                .arg(shortened(QByteArrayView(literal))));
            }
            number = literal.front() == '-' ? -0.0 : 0.0;
        } else if (ec != std::errc() || end != last) {
            // Cannot happen for a literal the grammar above accepted; refuse rather than guess.
            return fail(start, QStringLiteral("invalid number %1").arg(shortened(QByteArrayView(literal))));
        }
        node->number = number;
        return Value(std::move(node));
    }

    // Reads four hex digits after "\u"; the position is at the first of them.
    std::expected<char16_t, ParseError> parseHex4()
    {
        char16_t unit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = atEnd() ? -1 : hexValue(peek());
            if (digit < 0)
                return expectedButGot(QStringLiteral("invalid \\u escape, expected 4 hex digits"));
            unit = char16_t(unit * 16 + digit);
            advance();
        }
        return unit;
    }

    // The position is at the opening quote. Used for values and keys alike.
    std::expected<QString, ParseError> parseString()
    {
        const Position opened = here();
        m_open.append({QStringLiteral("string"), opened});
        advance();
        QString text;
        while (true) {
            if (atEnd())
                return expectedButGot(QStringLiteral("expected '\"'"));
            const uchar c = peek();
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\\') {
                auto escaped = parseEscape(text);
                if (!escaped)
                    return std::unexpected(escaped.error());
                continue;
            }
            if (c < 0x20) {
                if (c == '\n' || c == '\r') {
                    return fail(here(),
                                QStringLiteral("unescaped line break in string (opened at %1), expected '\"' or an "
                                               "escape such as \\n")
                                    .arg(opened.toString()));
                }
                const QString escape = c == '\t' ? QStringLiteral("\\t") : escapeName(c);
                return fail(
                    here(),
                    QStringLiteral("unescaped %1 in string, expected an escape such as %2").arg(describe(c), escape));
            }
            if (c < 0x80) {
                text.append(QLatin1Char(char(c)));
                advance();
                continue;
            }
            const auto decoded = decodeUtf8(m_data + m_pos, m_size - m_pos);
            if (!decoded)
                return fail(here(), decoded.error());
            appendCodePoint(text, decoded->codePoint);
            m_pos += decoded->length;
            ++m_column;
        }
        m_open.removeLast();
        return text;
    }

    // The position is at the backslash. Appends what the escape stands for.
    std::expected<void, ParseError> parseEscape(QString &text)
    {
        const Position escapeStart = here();
        advance();
        if (atEnd())
            return expectedButGot(QStringLiteral("expected '\"'"));
        const uchar e = peek();
        char16_t simple = 0;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            simple = e;
            break;
        case 'b':
            simple = u'\b';
            break;
        case 'f':
            simple = u'\f';
            break;
        case 'n':
            simple = u'\n';
            break;
        case 'r':
            simple = u'\r';
            break;
        case 't':
            simple = u'\t';
            break;
        case 'u':
            break;
        default: {
            const auto cp = current();
            if (!cp)
                return std::unexpected(cp.error());
            const QString found = (*cp > 0x20 && *cp < 0x7f) ? QStringLiteral("'\\%1'").arg(QChar(char16_t(*cp)))
                                                             : QStringLiteral("'\\' followed by %1").arg(describe(*cp));
            return fail(escapeStart,
                        QStringLiteral("invalid escape %1, expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
                            .arg(found));
        }
        }
        advance();
        if (simple) {
            text.append(QChar(simple));
            return {};
        }

        const auto unit = parseHex4();
        if (!unit)
            return std::unexpected(unit.error());
        if (QChar::isLowSurrogate(*unit)) {
            return fail(escapeStart,
                        QStringLiteral("lone low surrogate %1, expected a high surrogate \\uD800-\\uDBFF before it")
                            .arg(escapeName(*unit)));
        }
        if (!QChar::isHighSurrogate(*unit)) {
            text.append(QChar(*unit));
            return {};
        }
        // A high surrogate must be followed at once by an escaped low one; together they
        // are one character outside the Basic Multilingual Plane.
        const Position secondStart = here();
        if (m_size - m_pos < 2 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u') {
            return fail(
                escapeStart,
                QStringLiteral("lone high surrogate %1, expected a low surrogate escape \\uDC00-\\uDFFF after it")
                    .arg(escapeName(*unit)));
        }
        advance();
        advance();
        const auto low = parseHex4();
        if (!low)
            return std::unexpected(low.error());
        if (!QChar::isLowSurrogate(*low)) {
            return fail(secondStart,
                        QStringLiteral("expected a low surrogate \\uDC00-\\uDFFF after %1, got %2")
                            .arg(escapeName(*unit), escapeName(*low)));
        }
        text.append(QChar(*unit));
        text.append(QChar(*low));
        return {};
    }

    static void appendCodePoint(QString &text, char32_t cp)
    {
        if (QChar::requiresSurrogates(cp)) {
            text.append(QChar(QChar::highSurrogate(cp)));
            text.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            text.append(QChar(char16_t(cp)));
        }
    }

    // Called at '[' or '{': refuses to go deeper than kMaxDepth, so hostile input cannot
    // exhaust the stack.
    std::expected<void, ParseError> enter(const QString &what)
    {
        if (m_depth >= kMaxDepth) {
            return fail(
                here(),
                QStringLiteral("nesting too deep, expected at most %1 levels of arrays and objects").arg(kMaxDepth));
        }
        ++m_depth;
        m_open.append({what, here()});
        advance();
        return {};
    }

    void leave()
    {
        --m_depth;
        m_open.removeLast();
        advance();
    }

    Result parseArray()
    {
        auto node = makeNode(Value::Type::Array, here());
        if (auto entered = enter(QStringLiteral("array")); !entered)
            return std::unexpected(entered.error());
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            leave();
            return Value(std::move(node));
        }
        while (true) {
            auto item = parseValue();
            if (!item)
                return item;
            node->items.append(std::move(*item));
            skipWhitespace();
            if (!atEnd() && peek() == ']') {
                leave();
                return Value(std::move(node));
            }
            if (atEnd() || peek() != ',')
                return expectedButGot(QStringLiteral("expected ',' or ']' after an array element"));
            advance();
            skipWhitespace();
            if (!atEnd() && peek() == ']') {
                return fail(here(),
                            QStringLiteral("unexpected character ']', expected a value (trailing commas are not "
                                           "allowed)"));
            }
        }
    }

    Result parseObject()
    {
        auto node = makeNode(Value::Type::Object, here());
        if (auto entered = enter(QStringLiteral("object")); !entered)
            return std::unexpected(entered.error());
        // Hashed so that a huge object cannot make duplicate detection quadratic.
        QHash<QString, Position> seen;
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            leave();
            return Value(std::move(node));
        }
        bool first = true;
        while (true) {
            if (atEnd() || peek() != '"') {
                if (first)
                    return expectedButGot(QStringLiteral("expected a key in double quotes or '}'"));
                if (!atEnd() && peek() == '}') {
                    return expectedButGot(QStringLiteral("expected a key in double quotes"),
                                          QStringLiteral(" (trailing commas are not allowed)"));
                }
                return expectedButGot(QStringLiteral("expected a key in double quotes"));
            }
            first = false;
            const Position keyPosition = here();
            auto key = parseString();
            if (!key)
                return std::unexpected(key.error());
            if (const auto it = seen.constFind(*key); it != seen.constEnd()) {
                return fail(
                    keyPosition,
                    QStringLiteral("duplicate key \"%1\" (first at line %2)").arg(*key, QString::number(it->line)));
            }
            seen.insert(*key, keyPosition);
            skipWhitespace();
            if (atEnd() || peek() != ':')
                return expectedButGot(QStringLiteral("expected ':' after the key \"%1\"").arg(*key));
            advance();
            skipWhitespace();
            auto value = parseValue();
            if (!value)
                return value;
            node->members.append(Member{std::move(*key), keyPosition, std::move(*value)});
            skipWhitespace();
            if (!atEnd() && peek() == '}') {
                leave();
                return Value(std::move(node));
            }
            if (atEnd() || peek() != ',')
                return expectedButGot(QStringLiteral("expected ',' or '}' after an object member"));
            advance();
            skipWhitespace();
        }
    }

    static std::shared_ptr<Value::Node> makeNode(Value::Type type, Position position)
    {
        auto node = std::make_shared<Value::Node>();
        node->type = type;
        node->position = position;
        return node;
    }

    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    int m_depth = 0;
    QList<Open> m_open; // innermost last, for "unterminated ..." messages
};

} // namespace detail

std::expected<Value, ParseError> parse(QByteArrayView utf8)
{
    return detail::Parser(utf8).run();
}

} // namespace uw::json
