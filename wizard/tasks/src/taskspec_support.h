#pragma once

// Private to the tasks part: what the task kinds share to read their specs. Each runner's
// read() takes a spec::Reader, so the same code reads a task object when the playbook is
// loaded (taskspecs.cpp, every mistake reported) and when the step runs (parse(), refused on
// the first mistake).

#include "wizard/support/specreader.h"

#include <QJsonObject>
#include <QString>

#include <expected>

namespace uw::tasks::detail {

// A task object read at run time, with its placeholders substituted.
template<typename Spec>
std::expected<Spec, QString> parseAtRunTime(const QJsonObject &json, Spec (*read)(spec::Reader &))
{
    QList<SpecError> errors;
    spec::Reader reader(json, QString(), spec::Mode::Run, &errors);
    Spec spec = read(reader);
    if (!errors.isEmpty())
        return std::unexpected(errors.first().toString());
    return spec;
}

// The keys every task has besides its own: "kind", and "timeout_ms" (1 to 86400000; absent:
// no limit, but for an http workflow, whose requests default to 30 s).
inline QStringList withCommonKeys(QStringList keys)
{
    keys << QStringLiteral("kind") << QStringLiteral("timeout_ms");
    return keys;
}

inline int timeoutOf(spec::Reader &reader, int fallback = 0)
{
    return int(reader.milliseconds(QStringLiteral("timeout_ms")).value_or(fallback));
}

} // namespace uw::tasks::detail
