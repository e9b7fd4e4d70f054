// The sandbox's JARs and release archives, and reading a JAR's manifest: KArchive's work, so
// the on-demand library's (../sandboxarchives.h, wizard/support/ondemand.h).

#include "../sandboxarchives.h"
#include "wizard/support/ondemand.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KTar>
#include <KZip>

#include <QBuffer>

#include <memory>

namespace uw::sim::detail {

namespace {

std::expected<QByteArray, QString> makeJar(const QString &title, const QString &version, const QString &vendor,
                                           const QString &classPath)
{
    QBuffer buffer;
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        return std::unexpected(QStringLiteral("cannot create a JAR in memory: %1").arg(zip.errorString()));
    // JAR manifests end their lines with CRLF.
    const QByteArray manifest = QStringLiteral("Manifest-Version: 1.0\r\n"
                                               "Created-By: 1.8.0_202 (Oracle Corporation)\r\n"
                                               "Implementation-Title: %1\r\n"
                                               "Implementation-Version: %2\r\n"
                                               "Implementation-Vendor: %3\r\n"
                                               "\r\n")
                                    .arg(title, version, vendor)
                                    .toUtf8();
    // The class file is a stub: the magic number and nothing a JVM could run.
    const QByteArray classFile = QByteArray::fromHex("cafebabe00000034");
    if (!zip.writeDir(QStringLiteral("META-INF/")) || !zip.writeFile(QStringLiteral("META-INF/MANIFEST.MF"), manifest)
        || !zip.writeFile(classPath, classFile) || !zip.close())
        return std::unexpected(QStringLiteral("cannot create a JAR in memory: %1").arg(zip.errorString()));
    return buffer.data();
}

std::expected<void, QString> writeArchive(const QString &file, ArchiveFormat format, const QString &shownPath,
                                          const QString &prefix, const Tree &tree)
{
    std::unique_ptr<KArchive> archive;
    if (format == ArchiveFormat::Zip)
        archive = std::make_unique<KZip>(file);
    else
        archive = std::make_unique<KTar>(file, QStringLiteral("application/x-gzip"));
    if (!archive->open(QIODevice::WriteOnly))
        return std::unexpected(QStringLiteral("cannot create %1: %2").arg(shownPath, archive->errorString()));
    bool ok = archive->writeDir(prefix);
    for (auto it = tree.begin(); ok && it != tree.end(); ++it) {
        if (it.key().endsWith(u'/'))
            ok = archive->writeDir(prefix + u'/' + it.key());
        else
            ok = archive->writeFile(prefix + u'/' + it.key(), it->data, it->executable ? 0100755 : 0100644);
    }
    // A tar ends with two zero blocks, which KTar leaves out (archive-extract reads a tar
    // without them as truncated, as a real download cut short would be).
    if (ok && format == ArchiveFormat::TarGz)
        ok = archive->device()->write(QByteArray(1024, '\0')) == 1024;
    const QString error = archive->errorString();
    if (!archive->close() || !ok)
        return std::unexpected(QStringLiteral("cannot write %1: %2").arg(shownPath, error));
    return {};
}

std::expected<QByteArray, QString> jarManifest(const QString &jarPath)
{
    KZip zip(jarPath);
    if (!zip.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot open %1 as a JAR: %2").arg(jarPath, zip.errorString()));
    const KArchiveEntry *entry = zip.directory()->entry(QStringLiteral("META-INF/MANIFEST.MF"));
    if (!entry || !entry->isFile())
        return std::unexpected(QStringLiteral("%1 has no META-INF/MANIFEST.MF").arg(jarPath));
    return static_cast<const KArchiveFile *>(entry)->data();
}

// Runs as the library is loaded (or, where it is linked in, before main()).
[[maybe_unused]] const bool registered = [] {
    sandboxArchives() = {&makeJar, &writeArchive, &jarManifest};
    ondemand::registerPart();
    return true;
}();

} // namespace

} // namespace uw::sim::detail
