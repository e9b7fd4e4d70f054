#include "wizard/checks/checks.h"

#include "check_support.h"

using namespace std::chrono_literals;

namespace uw::checks {

using namespace detail;

namespace {

// Timeouts bound network and command waits; checks that only look at local files still honour
// cancellation but have no deadline worth naming, so theirs is generous.
constexpr auto networkTimeout = 10000ms;
constexpr auto localTimeout = 60000ms;

const QList<Kind> &allKinds()
{
    static const QList<Kind> kinds = [] {
        QList<Kind> list = {
            {QLatin1StringView("compare"),
             {QStringLiteral("value"), QStringLiteral("equals"), QStringLiteral("what")},
             localTimeout,
             validateCompare,
             runCompare},
            {QLatin1StringView("decision-table"),
             {QStringLiteral("inputs"), QStringLiteral("rows"), QStringLiteral("otherwise")},
             localTimeout,
             validateDecisionTable,
             runDecisionTable},
            {QLatin1StringView("disk-free"),
             {QStringLiteral("path"), QStringLiteral("min_bytes"), QStringLiteral("factor"), QStringLiteral("of_dir")},
             localTimeout,
             validateDiskFree,
             runDiskFree},
            {QLatin1StringView("file-contains"),
             {QStringLiteral("path"), QStringLiteral("regex"), QStringLiteral("expect")},
             localTimeout,
             validateFileContains,
             runFileContains},
            {QLatin1StringView("http"),
             {QStringLiteral("url"), QStringLiteral("method"), QStringLiteral("expect_status"),
              QStringLiteral("json_path"), QStringLiteral("equals"), QStringLiteral("matches"), QStringLiteral("auth"),
              QStringLiteral("tls"), QStringLiteral("allow_plain_http_auth")},
             networkTimeout,
             validateHttp,
             runHttp},
            {QLatin1StringView("no-conflicts"),
             {QStringLiteral("dir"), QStringLiteral("against"), QStringLiteral("pattern")},
             localTimeout,
             validateNoConflicts,
             runNoConflicts},
            {QLatin1StringView("path-absent"),
             {QStringLiteral("path")},
             localTimeout,
             validatePathAbsent,
             runPathAbsent},
            {QLatin1StringView("path-exists"),
             {QStringLiteral("path"), QStringLiteral("type")},
             localTimeout,
             validatePathExists,
             runPathExists},
            {QLatin1StringView("process"),
             {QStringLiteral("name"), QStringLiteral("expect")},
             localTimeout,
             validateProcess,
             runProcess},
            {QLatin1StringView("tcp-port"),
             {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("expect")},
             networkTimeout,
             validateTcpPort,
             runTcpPort},
            {QLatin1StringView("unmodified-since"),
             {QStringLiteral("path"), QStringLiteral("since"), QStringLiteral("pattern")},
             localTimeout,
             validateUnmodifiedSince,
             runUnmodifiedSince},
            {QLatin1StringView("version"),
             {QStringLiteral("source"), QStringLiteral("path"), QStringLiteral("program"), QStringLiteral("args"),
              QStringLiteral("regex"), QStringLiteral("range"), QStringLiteral("sources"), QStringLiteral("attribute")},
             networkTimeout,
             validateVersion,
             runVersion},
        };
        std::ranges::sort(list, {}, &Kind::name);
        return list;
    }();
    return kinds;
}

const Kind *findKind(const QString &name)
{
    for (const Kind &kind : allKinds()) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

// Validates `spec` in `mode`; returns its kind, or nullptr when the kind itself is wrong.
const Kind *check(const QJsonObject &spec, Mode mode, QList<SpecError> &errors)
{
    SpecReader reader(spec, QString(), mode, &errors);
    const QString known = kinds().join(QStringLiteral(", "));
    const QJsonValue kindValue = spec.value(QLatin1String("kind"));
    if (kindValue.isUndefined()) {
        reader.error(QStringLiteral("kind"),
                     QStringLiteral("missing required key \"kind\"; known kinds: %1").arg(known));
        return nullptr;
    }
    const Kind *kind = findKind(kindValue.toString());
    if (!kindValue.isString() || kind == nullptr) {
        reader.error(QStringLiteral("kind"),
                     QStringLiteral("unknown check kind %1; known kinds: %2").arg(describe(kindValue), known));
        return nullptr;
    }
    reader.allowKeys(kind->keys + QStringList{QStringLiteral("kind"), QStringLiteral("timeout_ms")});
    reader.milliseconds(QStringLiteral("timeout_ms"));
    kind->validate(reader);
    return kind;
}

} // namespace

QStringList kinds()
{
    QStringList names;
    for (const Kind &kind : allKinds())
        names.append(QString(kind.name));
    return names;
}

QList<SpecError> validate(const QJsonObject &spec, spec::Mode mode)
{
    QList<SpecError> errors;
    check(spec, mode, errors);
    return errors;
}

Result run(const QJsonObject &spec, const std::atomic_bool &cancelled)
{
    if (cancelled)
        return cancelledResult();
    QList<SpecError> errors;
    const Kind *kind = check(spec, Mode::Run, errors);
    if (kind == nullptr || !errors.isEmpty()) {
        QList<Text> evidence;
        for (const SpecError &error : errors)
            evidence.append(Text::verbatim(error.toString()));
        return makeResult(Status::Error, Text(QT_TRANSLATE_NOOP("uw::Outcome", "Invalid check: %1"), evidence.value(0)),
                          evidence);
    }
    const qint64 timeout = spec.value(QLatin1String("timeout_ms")).toVariant().toLongLong();
    const RunContext context(cancelled, timeout > 0 ? std::chrono::milliseconds(timeout) : kind->defaultTimeout);
    SpecReader reader(spec, QString(), Mode::Run, &errors);
    Result result = kind->run(reader, context);
    // Whatever a kind found out, a cancelled run is reported as such: the user stopped it.
    if (cancelled && result.status != Status::Pass && result.status != Status::Fail)
        return cancelledResult();
    return result;
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Error:
        return QStringLiteral("error");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

} // namespace uw::checks
