#pragma once

#include "wizard/run/engine.h"
#include "wizard/support/error.h"

#include <QJsonObject>

namespace uw {

// The session's report: what was run, with which parameters (secrets masked), every step's
// outcome with its evidence and duration, the decision, and the backups the session made
// (`backups`: step, title, archive, sha256, time), so a restore can be checked against them.
// `session.journal_sha256` is the SHA-256 of the journal's last line when the report was made:
// the head of its hash chain, so the report pins the journal it was made from. `training` says
// whether the session ran against the simulator; a training report also has its `debrief`
// (buildDebrief). Each reason of `decision` has its `category`, `message` and `remedy`.
// Each step's `summary` is English; `summary_text` beside it is the same sentence as a message
// id with its arguments (Text::toJson, wizard/support/text.h), for a reader that translates it.
QJsonObject buildReport(const Engine &engine);

// A step entry's summary in the wizard's language (from `summary_text`; reports written before
// it existed: `summary` as it is).
QString translatedSummary(const QJsonObject &step);
// Likewise any English field `key` of the report that has a `<key>_text` beside it (a fault's
// `description`, a debrief event's `message`).
QString translatedField(const QJsonObject &object, const QString &key);

// Writes the report atomically (QSaveFile): a reader sees the old file or the new, never half.
// HTML (reportHtml) when the name ends in .html or .htm, else JSON.
Result<void> writeReport(const QJsonObject &report, const QString &path);
// "HTML" or "JSON": what writeReport makes of `path`.
QString reportFormat(const QString &path);

} // namespace uw
