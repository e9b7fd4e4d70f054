#pragma once

#include "wizard/run/engine.h"

#include <QJsonObject>

namespace uw {

// The end of a training session's report: what the trainer switched on and what the trainee
// made of it, for the talk after the exercise.
//   faults             [{name, mode, description}]: the simulator's faults of the session's
//                      sandbox (its faults.json), described as `simulator --list-faults` does
//   steps              [{step, title, severity, status, attempts, events: [{what, time, message?,
//                      operator?, reason?}], remedy?}]: every step that went wrong at least
//                      once (failed, interrupted or cancelled), was skipped or had its sign-off
//                      or skip revoked: the steps the faults disturbed, with what the trainee
//                      did about each, in the journal's order, and the playbook's remedy;
//                      blockers first, then the plan's order
//   parameter_changes  [{operator, reason, time, changes: {id: {old, new}}, reset: [keys]}]
// Every value is as the journal keeps it, so secrets are masked there already.
QJsonObject buildDebrief(const Engine &engine);

} // namespace uw
