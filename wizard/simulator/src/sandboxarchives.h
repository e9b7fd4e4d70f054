#pragma once

// What the sandbox writes and reads with KArchive (the JARs, the KAAZING release archives, a
// JAR's manifest): the on-demand library's (archive/sandboxarchives.cpp), which sets these as it
// is loaded (wizard/support/ondemand.h). Sandbox::create and jarImplementationVersion load it
// first.

#include <QByteArray>
#include <QMap>
#include <QString>

#include <expected>

namespace uw::sim::detail {

// The contents of one tree, relative path -> bytes (a path ending in '/' is a folder), built in
// memory first so that the same KAAZING home can go both to disk and into the release archives.
struct TreeFile
{
    QByteArray data;
    bool executable = false;
};
using Tree = QMap<QString, TreeFile>;

enum class ArchiveFormat { Zip, TarGz };

struct SandboxArchives
{
    // A real JAR (a zip with a manifest), in memory.
    std::expected<QByteArray, QString> (*makeJar)(const QString &title, const QString &version, const QString &vendor,
                                                  const QString &classPath)
        = nullptr;
    // Writes `tree` under the folder `prefix` into the archive `file`; errors name `shownPath`.
    std::expected<void, QString> (*writeArchive)(const QString &file, ArchiveFormat format, const QString &shownPath,
                                                 const QString &prefix, const Tree &tree)
        = nullptr;
    // META-INF/MANIFEST.MF of a JAR.
    std::expected<QByteArray, QString> (*jarManifest)(const QString &jarPath) = nullptr;
};

SandboxArchives &sandboxArchives();

} // namespace uw::sim::detail
