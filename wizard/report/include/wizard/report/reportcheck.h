#pragma once

// Whether a report is what its session's journal says (`upgrade-wizard verify --session`, issue
// 18): the journal's hash chain is intact, the report's journal head (session.journal_sha256)
// is one of its lines, and the report made again from the journal up to that line is the same,
// field by field. The signature is another matter (signature.h).

#include "wizard/support/error.h"

#include <QJsonObject>
#include <QStringList>

namespace uw {

class Session;

// The report of `session` as buildReport makes it, from its journal as read (a session opened
// read-only, perhaps cut at a head: Session::keepRecordsUpTo), with secrets standing in.
Result<QJsonObject> reportOfSession(Session &session);

struct ReportCheck
{
    qint64 headSeq = 0; // the journal record the report was made at
    qint64 records = 0; // the journal's records now
    // What differs, one sentence each: "steps[apply@NodeA].status: the report says "passed",
    // the journal says "failed"". Empty when the report is what the journal says.
    QStringList differences;
};

// Fails when the session cannot be read (a journal changed or damaged: the error names
// journal.jsonl:LINE), when the report names no journal head, or when no line of the journal
// has it (the journal's last lines were changed or removed after the report, or the report is
// of another session).
Result<ReportCheck> checkReportAgainstSession(const QJsonObject &report, const QString &sessionDir);

// The differences between two JSON values, under `path`, as checkReportAgainstSession words
// them (`a` is the report's, `b` the journal's). Arrays of steps are labelled by their step.
void jsonDifferences(const QString &path, const QJsonValue &a, const QJsonValue &b, QStringList &out);

} // namespace uw
