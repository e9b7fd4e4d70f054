#pragma once

#include "wizard/playbook/playbook.h"
#include "wizard/run/stepstate.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace uw::pages {

// The wizard's own icons, drawn as SVG on a 16 px grid (the application icon on 24 px) and
// bundled under :/icons. They are rendered by Qt SVG directly, so they stay sharp at every
// size and device pixel ratio and need no image-format or icon-engine plugin at run time.

// One distinct icon for each step status (shape and colour both differ, so the status can be
// told apart without colour vision).
QIcon stateIcon(uw::StepState::Status status);
QIcon severityIcon(uw::Severity severity);
QIcon applicationIcon();

// A background colour for a step in this status, chosen for the palette: pale tints on a
// light palette and deep ones on a dark palette, so the palette's text stays readable on it.
QColor stateColor(uw::StepState::Status status, const QPalette &palette);

} // namespace uw::pages
