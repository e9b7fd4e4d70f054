#pragma once

// A JAR's manifest, for the "version" check's `jar_manifest` source. Reading it takes KArchive,
// which is the on-demand library's (archive/jarmanifest.cpp): it sets the reader as it is loaded
// (wizard/support/ondemand.h), and the check loads it first.

#include "wizard/support/text.h"

#include <QByteArray>
#include <QString>

#include <expected>

namespace uw::checks::detail {

struct JarManifestReader
{
    // META-INF/MANIFEST.MF of `jar`, or why it cannot be read (not a zip, no manifest, larger
    // than `maxBytes`).
    std::expected<QByteArray, Text> (*read)(const QString &jar, qint64 maxBytes) = nullptr;
};

JarManifestReader &jarManifestReader();

} // namespace uw::checks::detail
