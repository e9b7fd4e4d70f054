#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>

namespace uw {

// A `when` / `where` / `first` expression of a playbook, parsed once at load time:
//
//   topology == 'multi' && cassandra != 'none'
//   !use_cassandra || (node.role == "anm" && node.first)
//
//   kaazing_target =~ '^4\\.'
//
// Operands are names (parameters, or node.<field> inside foreach) and literals ('text',
// "text", numbers, true, false). == and != compare as numbers when both sides are numbers,
// otherwise as text; =~ holds when the regular expression on its right (a text literal,
// checked at load) matches somewhere in the value on its left; a bare name is true unless it
// is empty, "false" or "0".
class Condition
{
public:
    struct ParseError
    {
        int offset = 0; // 0-based offset in the expression text
        QString message;
    };

    static std::expected<Condition, ParseError> parse(const QString &text);

    // Every name the expression reads, in order of appearance, without duplicates.
    QStringList names() const;

    // Names read from `values`; a name that is not there reads as empty (false).
    bool evaluate(const QHash<QString, QString> &values) const;

    QString text() const { return m_text; }

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace uw
