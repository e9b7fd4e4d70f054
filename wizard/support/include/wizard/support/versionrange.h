#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <compare>
#include <expected>
#include <optional>

namespace uw {

// A product version as vendors write it: "7.5.1", "2024.9", "3.5.11", "7.7.0.20240830".
// Any number of numeric components; an optional suffix after '-' or a space ("4.0.0-RC1",
// "7.5.3 SP2") is kept for display but ignored when ordering, because vendors do not agree on
// what suffixes mean. Missing components compare as 0, so "7.7" == "7.7.0".
class Version
{
public:
    static std::optional<Version> parse(QStringView text);

    QString toString() const { return m_text; } // as parsed (trimmed)
    const QList<quint64> &components() const { return m_components; }
    QString suffix() const { return m_suffix; }
    quint64 component(qsizetype index) const { return index < m_components.size() ? m_components[index] : 0; }

    friend std::strong_ordering operator<=>(const Version &a, const Version &b);
    friend bool operator==(const Version &a, const Version &b) { return (a <=> b) == 0; }

private:
    QList<quint64> m_components;
    QString m_suffix;
    QString m_text;
};

// A set of versions, written as in playbooks:
//   "*"                 any version
//   "7.5.*", "7.5.x"    every version that starts with 7.5 (7.5, 7.5.0, 7.5.3.1 ...)
//   "3.5", "=3.5"       exactly 3.5 after zero-padding (3.5.0 yes, 3.5.1 no)
//   "<=3.2", ">3.3"     comparisons: <, <=, >, >=
//   ">=3.3 <3.6"        space = AND
//   "3.3.* || 3.4.*"    || = OR
class VersionRange
{
public:
    // The error names the offending part and what is wrong with it, e.g.
    // "'7.x.5': a wildcard must be the last component".
    static std::expected<VersionRange, QString> parse(QStringView text);

    bool contains(const Version &version) const;
    QString toString() const; // normalised: "a b || c", operators written next to their version

private:
    struct Comparator
    {
        enum class Op { Any, Prefix, Eq, Lt, Le, Gt, Ge };
        Op op = Op::Any;
        QList<quint64> components; // of a Prefix
        Version bound; // of a comparison
        QString text;
        bool matches(const Version &version) const;
    };
    using Conjunction = QList<Comparator>;
    static std::expected<Comparator, QString> parseComparator(const QString &token);

    QList<Conjunction> m_alternatives;
};

} // namespace uw
