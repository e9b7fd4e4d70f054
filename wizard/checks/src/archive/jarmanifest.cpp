// The "version" check's reader of a JAR's manifest, in the on-demand library because it uses
// KArchive (../jarmanifest.h, wizard/support/ondemand.h).

#include "../jarmanifest.h"
#include "../check_support.h"
#include "wizard/support/ondemand.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

namespace uw::checks::detail {

namespace {

std::expected<QByteArray, Text> readJarManifest(const QString &jar, qint64 maxBytes)
{
    KZip zip(jar);
    if (!zip.open(QIODevice::ReadOnly))
        return std::unexpected(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot open %1 as a JAR: %2"), jar, zip.errorString()));
    const KArchiveEntry *entry = zip.directory()->entry(QStringLiteral("META-INF/MANIFEST.MF"));
    if (entry == nullptr || !entry->isFile())
        return std::unexpected(Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 has no META-INF/MANIFEST.MF"), jar));
    const auto *manifest = static_cast<const KArchiveFile *>(entry);
    if (manifest->size() > maxBytes)
        return std::unexpected(Text(QT_TRANSLATE_NOOP("uw::Outcome", "The manifest of %1 is %2, too large to be one"),
                                    jar, formatSize(manifest->size())));
    return manifest->data();
}

// Runs as the library is loaded (or, where it is linked in, before main()).
[[maybe_unused]] const bool registered = [] {
    jarManifestReader() = {&readJarManifest};
    ondemand::registerPart();
    return true;
}();

} // namespace

} // namespace uw::checks::detail
