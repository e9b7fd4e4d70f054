#include "wizard/support/versionrange.h"

#include <QRegularExpression>

namespace uw {

namespace {

// 19 decimal digits always fit a quint64; longer runs are not version numbers anyway.
constexpr qsizetype maxDigits = 19;

bool isDigits(QStringView text)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isWildcard(QStringView text)
{
    return text == u"*" || text == u"x" || text == u"X";
}

} // namespace

std::optional<Version> Version::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && trimmed[end] != u'-' && trimmed[end] != u' ')
        ++end;
    const QStringView numbers = trimmed.first(end);
    QStringView suffix;
    if (end < trimmed.size()) {
        suffix = trimmed.sliced(end + 1).trimmed();
        if (suffix.isEmpty())
            return std::nullopt; // "7.5-" is a typo, not a version
    }

    Version version;
    for (const QStringView part : numbers.split(u'.')) {
        if (!isDigits(part))
            return std::nullopt;
        version.m_components.append(part.toULongLong());
    }
    version.m_suffix = suffix.toString();
    version.m_text = trimmed.toString();
    return version;
}

std::strong_ordering operator<=>(const Version &a, const Version &b)
{
    const qsizetype count = std::max(a.m_components.size(), b.m_components.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (const auto order = a.component(i) <=> b.component(i); order != 0)
            return order;
    }
    return std::strong_ordering::equal;
}

bool VersionRange::Comparator::matches(const Version &version) const
{
    switch (op) {
    case Op::Any:
        return true;
    case Op::Prefix:
        for (qsizetype i = 0; i < components.size(); ++i) {
            if (version.component(i) != components[i])
                return false;
        }
        return true;
    default:
        break;
    }
    const auto order = version <=> bound;
    switch (op) {
    case Op::Eq:
        return order == 0;
    case Op::Lt:
        return order < 0;
    case Op::Le:
        return order <= 0;
    case Op::Gt:
        return order > 0;
    case Op::Ge:
        return order >= 0;
    default:
        return false;
    }
}

std::expected<VersionRange::Comparator, QString> VersionRange::parseComparator(const QString &token)
{
    const auto fail = [&token](const QString &what) {
        return std::unexpected(QStringLiteral("'%1': %2").arg(token, what));
    };

    Comparator comparator;
    QStringView rest = token;
    static const std::pair<QStringView, Comparator::Op> operators[] = {
        {u"<=", Comparator::Op::Le}, {u">=", Comparator::Op::Ge}, {u"<", Comparator::Op::Lt},
        {u">", Comparator::Op::Gt},  {u"=", Comparator::Op::Eq},
    };
    bool hasOperator = false;
    comparator.op = Comparator::Op::Eq;
    for (const auto &[text, op] : operators) {
        if (rest.startsWith(text)) {
            comparator.op = op;
            rest = rest.sliced(text.size());
            hasOperator = true;
            break;
        }
    }
    if (rest.isEmpty())
        return fail(QStringLiteral("an operator needs a version after it"));

    const QList<QStringView> parts = rest.split(u'.');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts[i];
        if (part.isEmpty())
            return fail(QStringLiteral("a version component is empty"));
        if (isWildcard(part)) {
            if (i != parts.size() - 1)
                return fail(QStringLiteral("a wildcard must be the last component"));
            if (hasOperator)
                return fail(QStringLiteral("a wildcard cannot be combined with an operator"));
            comparator.op = i == 0 ? Comparator::Op::Any : Comparator::Op::Prefix;
            continue;
        }
        if (!isDigits(part))
            return fail(QStringLiteral("'%1' is not a number, 'x' or '*'").arg(part));
        comparator.components.append(part.toULongLong());
    }
    if (comparator.op != Comparator::Op::Any && comparator.op != Comparator::Op::Prefix) {
        // Comparing through Version keeps the zero-padding rule in one place.
        comparator.bound = *Version::parse(rest);
    }
    comparator.text = token;
    return comparator;
}

std::expected<VersionRange, QString> VersionRange::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(QStringLiteral("empty version range"));

    VersionRange range;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    for (const QStringView alternative : trimmed.split(u"||")) {
        if (alternative.trimmed().isEmpty())
            return std::unexpected(QStringLiteral("'%1': '||' needs a range on each side").arg(trimmed));

        const QStringList words = alternative.toString().split(whitespace, Qt::SkipEmptyParts);
        Conjunction conjunction;
        for (qsizetype i = 0; i < words.size(); ++i) {
            QString token = words[i];
            // ">= 3.3" is written often enough to accept: a bare operator takes the next word.
            static const QRegularExpression bareOperator(QStringLiteral("^[<>=]=?$"));
            if (bareOperator.match(token).hasMatch() && i + 1 < words.size())
                token += words[++i];
            auto comparator = parseComparator(token);
            if (!comparator)
                return std::unexpected(comparator.error());
            conjunction.append(*comparator);
        }
        range.m_alternatives.append(conjunction);
    }
    return range;
}

bool VersionRange::contains(const Version &version) const
{
    for (const Conjunction &conjunction : m_alternatives) {
        const bool all = std::ranges::all_of(conjunction, [&](const Comparator &c) { return c.matches(version); });
        if (all)
            return true;
    }
    return false;
}

QString VersionRange::toString() const
{
    QStringList alternatives;
    for (const Conjunction &conjunction : m_alternatives) {
        QStringList words;
        for (const Comparator &comparator : conjunction)
            words.append(comparator.text);
        alternatives.append(words.join(u' '));
    }
    return alternatives.join(QStringLiteral(" || "));
}

} // namespace uw
