#include "wizard/playbook/condition.h"

#include <QList>
#include <QRegularExpression>

namespace uw {

struct Condition::Node
{
    enum class Kind { Name, Literal, Not, And, Or, Equal, NotEqual, Matches };
    Kind kind = Kind::Literal;
    QString text; // Name: the name; Literal: the value
    std::shared_ptr<const Node> left, right; // Matches: text is the regular expression
};

namespace {

using NodePtr = std::shared_ptr<const Condition::Node>;
using Kind = Condition::Node::Kind;

struct Token
{
    enum Type { Name, String, Number, True, False, Not, And, Or, Equal, NotEqual, Matches, Open, Close, End };
    Type type = End;
    QString text;
    int offset = 0;
};

QString describe(const Token &token)
{
    return token.type == Token::End ? QStringLiteral("end of expression") : QStringLiteral("'%1'").arg(token.text);
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    std::expected<NodePtr, Condition::ParseError> parse()
    {
        if (auto tokens = tokenize(); !tokens)
            return std::unexpected(tokens.error());
        auto root = parseOr();
        if (root && current().type != Token::End)
            return fail(QStringLiteral("unexpected %1 after a complete expression").arg(describe(current())));
        return root;
    }

private:
    std::unexpected<Condition::ParseError> fail(const QString &message) const
    {
        return std::unexpected(Condition::ParseError{current().offset, message});
    }

    const Token &current() const { return m_tokens.at(m_pos); }

    std::expected<void, Condition::ParseError> tokenize()
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            const QChar c = m_text.at(i);
            const int start = int(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            const QStringView two = QStringView(m_text).mid(i, 2);
            if (two == u"==" || two == u"!=" || two == u"&&" || two == u"||" || two == u"=~") {
                const Token::Type type = two == u"==" ? Token::Equal
                    : two == u"!="                    ? Token::NotEqual
                    : two == u"=~"                    ? Token::Matches
                    : two == u"&&"                    ? Token::And
                                                      : Token::Or;
                m_tokens.append({type, two.toString(), start});
                i += 2;
            } else if (c == u'!') {
                m_tokens.append({Token::Not, QStringLiteral("!"), start});
                ++i;
            } else if (c == u'(' || c == u')') {
                m_tokens.append({c == u'(' ? Token::Open : Token::Close, QString(c), start});
                ++i;
            } else if (c == u'\'' || c == u'"') {
                const qsizetype close = m_text.indexOf(c, i + 1);
                if (close < 0)
                    return std::unexpected(Condition::ParseError{start, QStringLiteral("unterminated text literal")});
                m_tokens.append({Token::String, m_text.mid(i + 1, close - i - 1), start});
                i = close + 1;
            } else if (c.isDigit() || (c == u'-' && i + 1 < n && m_text.at(i + 1).isDigit())) {
                qsizetype j = i + 1;
                while (j < n && (m_text.at(j).isDigit() || m_text.at(j) == u'.'))
                    ++j;
                m_tokens.append({Token::Number, m_text.mid(i, j - i), start});
                i = j;
            } else if (c.isLetter() || c == u'_') {
                qsizetype j = i + 1;
                while (j < n && (m_text.at(j).isLetterOrNumber() || m_text.at(j) == u'_' || m_text.at(j) == u'.'))
                    ++j;
                const QString word = m_text.mid(i, j - i);
                if (word.endsWith(u'.'))
                    return std::unexpected(
                        Condition::ParseError{start, QStringLiteral("'%1' is not a name").arg(word)});
                const Token::Type type = word == u"true" ? Token::True : word == u"false" ? Token::False : Token::Name;
                m_tokens.append({type, word, start});
                i = j;
            } else if (c == u'=' || c == u'&' || c == u'|') {
                return std::unexpected(
                    Condition::ParseError{start, QStringLiteral("unexpected '%1'; use ==, !=, =~, && or ||").arg(c)});
            } else {
                return std::unexpected(
                    Condition::ParseError{start, QStringLiteral("unexpected character '%1'").arg(c)});
            }
        }
        m_tokens.append({Token::End, QString(), int(n)});
        return {};
    }

    std::expected<NodePtr, Condition::ParseError> parseOr()
    {
        auto left = parseAnd();
        while (left && current().type == Token::Or) {
            ++m_pos;
            auto right = parseAnd();
            if (!right)
                return right;
            left = std::make_shared<const Condition::Node>(Condition::Node{Kind::Or, {}, *left, *right});
        }
        return left;
    }

    std::expected<NodePtr, Condition::ParseError> parseAnd()
    {
        auto left = parseNot();
        while (left && current().type == Token::And) {
            ++m_pos;
            auto right = parseNot();
            if (!right)
                return right;
            left = std::make_shared<const Condition::Node>(Condition::Node{Kind::And, {}, *left, *right});
        }
        return left;
    }

    std::expected<NodePtr, Condition::ParseError> parseNot()
    {
        if (current().type == Token::Not) {
            if (++m_depth > 100)
                return fail(QStringLiteral("expression nested too deeply"));
            ++m_pos;
            auto operand = parseNot();
            --m_depth;
            if (!operand)
                return operand;
            return std::make_shared<const Condition::Node>(Condition::Node{Kind::Not, {}, *operand, nullptr});
        }
        return parseComparison();
    }

    std::expected<NodePtr, Condition::ParseError> parseComparison()
    {
        auto left = parseOperand();
        if (!left)
            return left;
        const Token::Type op = current().type;
        if (op == Token::Matches) {
            // name =~ 'regex': the right side is a text literal, compiled and checked now.
            ++m_pos;
            const Token pattern = current();
            if (pattern.type != Token::String)
                return fail(QStringLiteral("=~ takes a 'regular expression' in quotes, got %1").arg(describe(pattern)));
            QRegularExpression regex(pattern.text);
            if (!regex.isValid())
                return fail(
                    QStringLiteral("invalid regular expression '%1': %2").arg(pattern.text, regex.errorString()));
            ++m_pos;
            return std::make_shared<const Condition::Node>(
                Condition::Node{Kind::Matches, pattern.text, *left, nullptr});
        }
        if (op != Token::Equal && op != Token::NotEqual)
            return left;
        ++m_pos;
        auto right = parseOperand();
        if (!right)
            return right;
        return std::make_shared<const Condition::Node>(
            Condition::Node{op == Token::Equal ? Kind::Equal : Kind::NotEqual, {}, *left, *right});
    }

    std::expected<NodePtr, Condition::ParseError> parseOperand()
    {
        const Token token = current();
        switch (token.type) {
        case Token::Name:
            ++m_pos;
            return std::make_shared<const Condition::Node>(Condition::Node{Kind::Name, token.text, {}, {}});
        case Token::String:
        case Token::Number:
            ++m_pos;
            return std::make_shared<const Condition::Node>(Condition::Node{Kind::Literal, token.text, {}, {}});
        case Token::True:
        case Token::False:
            ++m_pos;
            return std::make_shared<const Condition::Node>(Condition::Node{Kind::Literal, token.text, {}, {}});
        case Token::Open: {
            if (++m_depth > 100)
                return fail(QStringLiteral("expression nested too deeply"));
            ++m_pos;
            auto inner = parseOr();
            --m_depth;
            if (!inner)
                return inner;
            if (current().type != Token::Close)
                return fail(QStringLiteral("expected ')', got %1").arg(describe(current())));
            ++m_pos;
            return inner;
        }
        default:
            return fail(QStringLiteral("expected a name, a 'text' or a number, got %1").arg(describe(token)));
        }
    }

    const QString &m_text;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

void collectNames(const Condition::Node *node, QStringList &names)
{
    if (!node)
        return;
    if (node->kind == Kind::Name && !names.contains(node->text))
        names.append(node->text);
    collectNames(node->left.get(), names);
    collectNames(node->right.get(), names);
}

bool evaluateNode(const Condition::Node *node, const QHash<QString, QString> &values);

QString valueOf(const Condition::Node *node, const QHash<QString, QString> &values)
{
    switch (node->kind) {
    case Kind::Name:
        return values.value(node->text);
    case Kind::Literal:
        return node->text;
    default: // a parenthesised sub-expression compares as its truth value
        return evaluateNode(node, values) ? QStringLiteral("true") : QStringLiteral("false");
    }
}

bool truthy(const QString &value)
{
    return !value.isEmpty() && value != u"false" && value != u"0";
}

bool equal(const QString &a, const QString &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const double x = a.toDouble(&aNumber);
    const double y = b.toDouble(&bNumber);
    if (aNumber && bNumber)
        return x == y;
    return a == b;
}

bool evaluateNode(const Condition::Node *node, const QHash<QString, QString> &values)
{
    switch (node->kind) {
    case Kind::Name:
    case Kind::Literal:
        return truthy(valueOf(node, values));
    case Kind::Not:
        return !evaluateNode(node->left.get(), values);
    case Kind::And:
        return evaluateNode(node->left.get(), values) && evaluateNode(node->right.get(), values);
    case Kind::Or:
        return evaluateNode(node->left.get(), values) || evaluateNode(node->right.get(), values);
    case Kind::Equal:
        return equal(valueOf(node->left.get(), values), valueOf(node->right.get(), values));
    case Kind::NotEqual:
        return !equal(valueOf(node->left.get(), values), valueOf(node->right.get(), values));
    case Kind::Matches:
        // Checked when parsed; compiled here, as conditions are few and evaluated rarely.
        return QRegularExpression(node->text).match(valueOf(node->left.get(), values)).hasMatch();
    }
    return false;
}

} // namespace

std::expected<Condition, Condition::ParseError> Condition::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::unexpected(ParseError{0, QStringLiteral("empty expression")});
    Parser parser(text);
    auto root = parser.parse();
    if (!root)
        return std::unexpected(root.error());
    Condition condition;
    condition.m_text = text;
    condition.m_root = *root;
    return condition;
}

QStringList Condition::names() const
{
    QStringList names;
    collectNames(m_root.get(), names);
    return names;
}

bool Condition::evaluate(const QHash<QString, QString> &values) const
{
    return m_root && evaluateNode(m_root.get(), values);
}

} // namespace uw
