#pragma once

#include "wizard/playbook/plan.h"

#include <QString>

namespace uw::pages {

// Text that comes from a playbook (titles, help, labels, remedies), in the user's language
// when a translation has it: uw-playbook-strings (tools/playbookstrings) puts every such string of the
// bundled playbooks into the "playbook" context for lupdate. A playbook opened from a file
// shows its own text.
QString playbookText(const QString &source);

// A step's title in the user's language: "Back up the old apigateway folder on NodeA".
QString stepTitle(const Step &step);

} // namespace uw::pages
