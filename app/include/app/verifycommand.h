#pragma once

namespace uw::app {

struct Options;

// `upgrade-wizard verify REPORT [--signature FILE] [--allowed-signers FILE] [--session DIR]`:
// checks a report's SSH signature (REPORT.sig unless --signature names another), and with
// --session that the session's journal is intact and the report is what it says. 0 when every
// check made passed, 1 when one failed (each named), 2 for bad usage or nothing to check.
int verifyReport(const Options &options);

} // namespace uw::app
