#pragma once

#include "wizard/support/specerror.h"
#include "wizard/support/specreader.h"
#include "wizard/support/text.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

// Automated, read-only checks of playbook items of kind "check". Each check is a JSON object
// with a "kind" and kind-specific keys, e.g.
//   {"kind": "tcp-port", "host": "db1", "port": 9042, "expect": "open"}
// The playbook loader calls validate() at load time, when strings may still hold ${name}
// placeholders, and run() on a worker thread once they are substituted.
//
// Every kind takes "kind" and an optional "timeout_ms" (a whole number from 1 to 86400000;
// default 10000 for http, tcp-port and version; 60000 for the rest, which only bounds walking
// a directory for disk-free).
//   compare         value, equals, what? (how the summary names the value): the two texts
//                   (substituted parameters) must be the same, exactly
//   path-exists     path, type? ("file" | "dir" | "any", default any)
//   path-absent     path (a dangling symbolic link counts as present)
//   file-contains   path, regex (matched against each line), expect? ("match" | "no-match")
//   version         source ("file" | "command"), path (file) or program + args? (command, run
//                   without a shell, stdout and stderr together, LC_ALL=C), regex (one capture
//                   group or a group named "version", matched per line), range
//                   source "jar-manifest": path (a JAR, or a glob: the first match in name order),
//                   attribute? (default "Implementation-Version"), regex? (on the attribute's value)
//                   sources ([{source, path | program + args, regex, attribute}], instead of
//                   source & co.): tried in order, the first that yields a version wins
//   disk-free       path (its nearest existing ancestor is measured), min_bytes? and/or
//                   factor? + of_dir?: every criterion given must hold
//   tcp-port        host, port, expect ("open" | "free")
//   http            url, method? ("GET" | "HEAD"), expect_status? (200), json_path? ("a.b[0].c",
//                   "items[*].status"), equals? (a string, number, boolean or null; needs
//                   json_path; each value it selects must equal it), matches? (regex, on
//                   the json_path values or else the body), auth? ({type: "basic", username,
//                   password} | {type: "bearer", token}), tls? ({insecure?} | {pin_sha256?});
//                   redirects are not followed
//   process         name (executable name or part of the command line), expect ("running" |
//                   "stopped")
//   no-conflicts    dir, against, pattern? (file name glob, default "*")
//   unmodified-since path (a file, or a folder walked recursively), since (a file whose
//                   modification time marks the moment), pattern? (file name glob, default "*"):
//                   fails listing the files changed after that moment
//   decision-table  inputs ({name: version | version source object as in "sources"}), rows
//                   ([{when: {name: range}, result? ("pass" | "fail" | "warn"), outcome, message}]),
//                   otherwise? ({result?, outcome, message})
namespace uw::checks {

enum class Status {
    Pass,
    Fail, // the system is not as required
    Error, // the check could not be carried out (file unreadable, command failed to start ...)
    Cancelled,
};

struct Result
{
    Status status = Status::Error;
    Text summary; // one line a user can act on
    QList<Text> evidence; // what was looked at and found, a line each; never credentials
    QJsonObject details; // machine-readable facts for the journal and the report
};

// The kind names, sorted.
QStringList kinds();

// Checks a spec without touching the system, with the code run() reads it with. At load time
// (spec::Mode::Load) a string holding a ${name} placeholder is accepted where a number, a
// boolean or one of a list of words is expected, and regex, range and URL syntax is checked
// only in strings without one; `$${` is a literal `${` and never defers anything. With
// spec::Mode::Run (placeholders substituted) everything is checked, as run() does first.
QList<SpecError> validate(const QJsonObject &spec, spec::Mode mode = spec::Mode::Load);

// Carries out the check. Blocking; meant for a worker thread. Returns within about 200 ms once
// `cancelled` becomes true. An invalid spec gives Status::Error naming the field.
Result run(const QJsonObject &spec, const std::atomic_bool &cancelled);

// "pass", "fail", "error", "cancelled"
QString statusName(Status status);

} // namespace uw::checks
