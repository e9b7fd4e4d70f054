#pragma once

namespace uw::app {

struct Options;
class TerminationSignals;

// `upgrade-wizard simulator --listen HOST:PORT --root DIR [--fault NAME=MODE]...`: lays out the
// training sandbox in DIR and serves the simulated gateways from PORT on, until Ctrl-C. It
// writes DIR/training-answers.json, which `run PLAYBOOK --answers` takes.
int runSimulator(const Options &options, TerminationSignals &termination);

// `upgrade-wizard simulator --list-faults`: every fault with its modes and what it mimics.
int listFaults();

} // namespace uw::app
