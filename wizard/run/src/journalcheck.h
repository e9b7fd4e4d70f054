#pragma once

#include "wizard/playbook/playbook.h"
#include "wizard/run/journal.h"
#include "wizard/support/error.h"

#include <QByteArray>
#include <QString>

namespace uw {

// Checks what the records of a journal (already read and framed by Journal::read) say against
// what this program writes: the session's start first and once, naming the session's playbook
// by id and SHA-256; every event known, with exactly its fields, each of its type; every step
// an item of the playbook of the kind the event is for. The first problem is the answer, as
// "<path>:<line>: what is wrong (what to do)".
//
// Step keys are checked against every plan this playbook can make, not against the plan of the
// moment: an item's id, or "item@NODE" for a foreach item, whatever the node. The journal does
// not hold the node lists a session planned with over time (a changed parameter keeps only the
// values as shown, secrets masked), so a node cannot be checked against them; a record for a
// node no longer planned leaves the plan and the decision, harmlessly.
Result<void> checkJournal(const Journal::Contents &contents, const QString &path, const Playbook &playbook,
                          const QByteArray &playbookSha256);

} // namespace uw
