#pragma once

namespace uw::app {

struct Options;

// `upgrade-wizard compare SESSION_A SESSION_B [--format text|json|html] [--factor F]`: a
// rehearsal beside the real run, step by step (wizard/report/sessioncompare.h). 0 when nothing
// differs, 1 when something does (listed), 2 for bad usage or a session that cannot be read.
int compareSessionsCommand(const Options &options);

} // namespace uw::app
