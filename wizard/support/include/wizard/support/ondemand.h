#pragma once

#include "wizard/support/error.h"

#include <QString>
#include <QStringList>

// The code that needs libraries slow to load is built into a library of its own, the on-demand
// library: what opens sockets (the "http" and "tcp-port" checks, http-workflow tasks, the
// readiness port of a background command, the training simulator's services; each part's
// src/net/) and what reads and writes archives with KArchive (the archive tasks, a JAR's
// manifest for the "version" check, the training sandbox's JARs and release archives; each
// part's src/archive/). Starting the program then loads neither QtNetwork nor KArchive, nor what
// they bring: on Debian libproxy, with libcurl, GnuTLS, Kerberos, LDAP and GIO, and OpenSSL's
// libcrypto, half of the libraries a start would otherwise load (docs/performance.md). Where a
// part needs it, it calls ensureLoaded() first. On Windows, and in programs linked with it (the
// tests, uw-simtool), the library is part of the program and registered itself before main().
namespace uw::ondemand {

// Loads the on-demand library the first time something needs it; returns at once once loaded.
// Thread-safe: checks call it on worker threads.
[[nodiscard]] Result<void> ensureLoaded();

// Loads the on-demand library from `file` (a test's library, which is not where the program
// looks).
[[nodiscard]] Result<void> loadFrom(const QString &file);

// Where ensureLoaded() looks, in order: beside the program (the build tree), then where it is
// installed (<prefix>/lib/upgrade-wizard). Empty where the library is linked in.
[[nodiscard]] QStringList candidateFiles();

// Whether every part of the library has registered itself (loaded, or linked in).
[[nodiscard]] bool isLoaded();

// Called by each registration in the library (two each in checks, tasks and simulator), once
// its hooks are set, as the library is loaded. The library counts as loaded when all have: a thread
// that finds it loaded finds every hook set.
void registerPart();

} // namespace uw::ondemand
