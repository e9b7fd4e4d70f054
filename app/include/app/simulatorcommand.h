#pragma once

namespace uw::app {

// `upgrade-wizard simulator --list-faults`: every fault with its modes and what it mimics.
int listFaults();

} // namespace uw::app
