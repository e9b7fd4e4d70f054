#include "wizard/support/ondemand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>

#include <atomic>

namespace uw::ondemand {

namespace {

// The registrations of hooks in the on-demand library: of the checks (the network runs, a JAR's
// manifest), the tasks (the network runners, the archive runners) and the simulator (the
// running environment, the sandbox's archives).
constexpr int kParts = 6;
std::atomic_int s_registered{0};

QMutex &loadMutex()
{
    static QMutex mutex;
    return mutex;
}

Error loadError(const QString &file, const QString &message)
{
    return {Error::Kind::NotFound,
            message,
            QDir::toNativeSeparators(file),
            QStringLiteral("the on-demand library is installed with upgrade-wizard: reinstall the program"),
            {}};
}

// Loads `file`; the caller holds loadMutex().
Result<void> load(const QString &file)
{
    if (isLoaded())
        return {};
    QLibrary library(file);
    // Every symbol now: a library that does not fit the program is refused here, with the name
    // of what is missing, instead of ending the program when the symbol is first called.
    library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    if (!library.load())
        return std::unexpected(
            loadError(file, QStringLiteral("cannot load the on-demand library: %1").arg(library.errorString())));
    // Never unloaded: the checks, tasks and services it made live as long as the program.
    if (!isLoaded())
        return std::unexpected(loadError(
            file,
            QStringLiteral("the library loaded but registered nothing: it is not upgrade-wizard's on-demand library")));
    return {};
}

} // namespace

void registerPart()
{
    s_registered.fetch_add(1, std::memory_order_acq_rel);
}

bool isLoaded()
{
    return s_registered.load(std::memory_order_acquire) >= kParts;
}

QStringList candidateFiles()
{
#ifdef UW_ON_DEMAND
    if (!QCoreApplication::instance())
        return {};
    const QString dir = QCoreApplication::applicationDirPath();
    const QString name = QStringLiteral(UW_ONDEMAND_LIBRARY_NAME);
    return {dir + u'/' + name, QDir::cleanPath(dir + QStringLiteral("/" UW_ONDEMAND_LIBRARY_RELDIR "/") + name)};
#else
    return {};
#endif
}

Result<void> loadFrom(const QString &file)
{
    QMutexLocker lock(&loadMutex());
    return load(file);
}

Result<void> ensureLoaded()
{
    if (isLoaded())
        return {};
    QMutexLocker lock(&loadMutex());
    if (isLoaded())
        return {};
    const QStringList candidates = candidateFiles();
    for (const QString &file : candidates) {
        if (QFileInfo::exists(file))
            return load(file);
    }
    if (candidates.isEmpty()) // linked in, yet not registered: the program was linked without it
        return std::unexpected(Error::internal(QStringLiteral("the on-demand code is not part of this program")));
    QStringList shown;
    for (const QString &file : candidates)
        shown << QDir::toNativeSeparators(file);
    return std::unexpected(loadError(
        QString(),
        QStringLiteral("the on-demand library is missing (looked for %1)").arg(shown.join(QStringLiteral(" and ")))));
}

} // namespace uw::ondemand
