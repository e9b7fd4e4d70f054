#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <expected>
#include <memory>

// A strict RFC 8259 JSON parser that remembers where every value and key starts, so that the
// playbook loader can report "file:line:column" for a wrong value. QJsonDocument only says
// where a syntax error is, never where a value came from.
namespace uw::json {

// Nesting of arrays and objects beyond this is rejected: the parser recurses, and no playbook
// needs more than a dozen levels.
inline constexpr int kMaxDepth = 200;

// Both 1-based. The column counts Unicode code points (what an editor shows as characters),
// not bytes; a tab counts as one. A line ends at "\n", "\r\n" or a lone "\r".
struct Position
{
    int line = 0;
    int column = 0;

    QString toString() const; // "line:column"
    friend bool operator==(const Position &, const Position &) = default;
};

struct Member;

namespace detail {
class Parser;
}

// An immutable parsed value. Copies share one node, so passing values around is cheap.
// A default-constructed Value is null with position 0:0.
class Value
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Value();

    Type type() const;
    Position position() const; // where the value starts (for a string: its opening quote)

    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    // Each returns its type's default (false, 0, empty) when the value is of another type.
    bool toBool() const;
    double toNumber() const;
    QString toString() const;

    // A Number whose literal had no fraction or exponent and fits in qint64. toInteger()
    // returns 0 for anything else, including 1.0 and 1e2: a playbook that wants a count
    // should say so in the integer form.
    bool isInteger() const;
    qint64 toInteger() const;

    const QList<Value> &items() const; // Array elements (empty otherwise)
    const QList<Member> &members() const; // Object members in file order (empty otherwise)
    const Value *member(QStringView key) const; // nullptr if absent or not an object
    const Member *findMember(QStringView key) const; // likewise, with the key's position

    // Integers stay qint64, so the conversion loses nothing QJsonValue can hold.
    QJsonValue toQJson() const;

    static QString typeName(Type t); // "null", "boolean", "number", "string", "array", "object"

private:
    friend class detail::Parser;
    struct Node;
    explicit Value(std::shared_ptr<const Node> node);

    std::shared_ptr<const Node> m_node;
};

struct Member
{
    QString key;
    Position keyPosition; // the key's opening quote
    Value value;
};

// message is lowercase without a trailing period, says what was expected and quotes what was
// found, e.g. "expected ',' or '}' after an object member, got 'x'". position points at the
// offending character, or just past the last character when the input ended too early.
struct ParseError
{
    Position position;
    QString message;

    QString toString() const; // "line:column: message"
};

// Parses one JSON value from UTF-8 text. A leading UTF-8 byte order mark is skipped (and does
// not count as a column). Rejects everything RFC 8259 does not allow, plus duplicate keys
// and nesting deeper than kMaxDepth.
std::expected<Value, ParseError> parse(QByteArrayView utf8);

} // namespace uw::json
