#pragma once

// A rehearsal set beside the real thing (`upgrade-wizard compare`, issue 18): two sessions of
// the same playbook, step by step. What differs: outcomes, durations by more than a factor,
// warnings present in one only, parameters (secrets masked), steps run in one only.

#include "wizard/support/error.h"

#include <QJsonObject>
#include <QString>

namespace uw {

struct CompareOptions
{
    double factor = 2.0; // a duration differs when one is more than this many times the other
    qint64 minimumMs = 1000; // ... and the longer took at least this long (below, noise)
};

// The comparison as JSON ("format": "upgrade-wizard-compare"): `a` and `b` (folder, playbook,
// training, decision), and the lists `parameters`, `only_in_a`, `only_in_b`, `outcomes`,
// `durations`, `warnings`; `differences` counts them all. Fails when a session cannot be read,
// or the two are of different playbooks.
Result<QJsonObject> compareSessions(const QString &dirA, const QString &dirB, const CompareOptions &options = {});

// For a terminal; and one self-contained HTML page. Both in the language of the installed
// translators (the wizard's; the command line installs none): the JSON stays English.
QString compareText(const QJsonObject &comparison);
QString compareHtml(const QJsonObject &comparison);

} // namespace uw
