#pragma once

#include <QString>

namespace uw {

// A mistake in the JSON object of a check or a task. `path` is relative to that object ("port",
// "rows[2].when.current", "auth.password"); `message` says what is wrong and what was found.
// The playbook loader turns it into file:line:column. It lives here, below checks and tasks,
// because both report their specs' mistakes this way and neither may include the other.
struct SpecError
{
    QString path;
    QString message;
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
    friend bool operator==(const SpecError &, const SpecError &) = default;
};

} // namespace uw
