// The compare check: two values of the form against each other, for rules between parameters
// that no single parameter's validation can state ("--anm_host names the node marked first").

#include "check_support.h"

namespace uw::checks::detail {

namespace {

struct CompareSpec
{
    QString value;
    QString equals;
    QString what;
};

CompareSpec parseCompare(SpecReader &reader)
{
    CompareSpec spec;
    // Either may be empty: an optional parameter left empty is a value to compare like any other.
    spec.value = reader.text(QStringLiteral("value"), Need::Required).value_or(QString());
    spec.equals = reader.text(QStringLiteral("equals"), Need::Required).value_or(QString());
    spec.what = reader.string(QStringLiteral("what")).value_or(QStringLiteral("the value"));
    return spec;
}

} // namespace

void validateCompare(SpecReader &reader)
{
    parseCompare(reader);
}

Result runCompare(SpecReader &reader, const RunContext &)
{
    const CompareSpec spec = parseCompare(reader);
    const QList<Text> evidence{Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1: \"%2\""), spec.what, spec.value),
                               Text(QT_TRANSLATE_NOOP("uw::Outcome", "expected: \"%1\""), spec.equals)};
    const QJsonObject details{{QStringLiteral("value"), spec.value}, {QStringLiteral("equals"), spec.equals}};
    // Exact, as the tools compare names: "nodea" is not "NodeA" to sysupgrade.
    if (spec.value == spec.equals)
        return makeResult(Status::Pass,
                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is \"%2\", as required"), spec.what, spec.value),
                          evidence, details);
    return makeResult(
        Status::Fail,
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is \"%2\" but must be \"%3\""), spec.what, spec.value, spec.equals),
        evidence, details);
}

} // namespace uw::checks::detail
