#pragma once

// What a session will do, before anything runs (`upgrade-wizard plan`, issue 18): every step in
// the order a run takes them, per node, with its kind and severity, what it will run or call
// (placeholders filled in, secrets masked), what it waits for and why, its estimate, and the
// totals. Built from the same Plan and resolveStepSpec a run uses, so the two cannot differ.

#include "wizard/playbook/plan.h"
#include "wizard/run/engine.h"

#include <QJsonObject>
#include <QString>

namespace uw {

// The plan as JSON ("format": "upgrade-wizard-plan"): playbook, parameters (secrets ******),
// steps and totals. `builtins` stand for what a session would give (its folder, its time).
QJsonObject buildPlanReport(const Plan &plan, const BuiltinValues &builtins);

// One line saying what a resolved check or task does: "sysupgrade export --group G" for a
// command, "GET https://host/api/..." for a request, "back up SRC to ARCHIVE", ... The JSON
// keeps its English ("does") and the Text ("does_text") that planText and planHtml show in
// the language of the installed translators (the wizard's; the command line installs none).
Text describeSpec(const QJsonObject &spec);

// The plan for a terminal: one block per page, a line per step and its details under it.
QString planText(const QJsonObject &report);

// The plan as one self-contained HTML document (for a change ticket), irreversible steps
// highlighted.
QString planHtml(const QJsonObject &report);

// "45s", "5m", "1h 30m": an estimate for people.
QString formatEstimate(qint64 seconds);

} // namespace uw
