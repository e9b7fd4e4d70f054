#include "wizard/tasks/archivetask.h"

#include "archive_support.h"

#include <QJsonArray>
#include <QThread>

#include <limits>

namespace uw {

namespace {

// A number that may arrive as a string: placeholders are substituted as text.
std::expected<int, QString> integer(const QJsonObject &json, const char *key, int fallback, int min, int max)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return fallback;
    bool ok = value.isDouble();
    const double number = value.isDouble() ? value.toDouble() : value.toString().trimmed().toDouble(&ok);
    if (!ok || number != double(qint64(number)) || number < min || number > max)
        return std::unexpected(QStringLiteral("%1: expected a whole number from %2 to %3, got \"%4\"")
                                   .arg(QLatin1String(key))
                                   .arg(min)
                                   .arg(max)
                                   .arg(value.isDouble() ? QString::number(value.toDouble()) : value.toString()));
    return int(number);
}

bool endsWithAny(const QString &name, std::initializer_list<const char *> suffixes)
{
    for (const char *suffix : suffixes)
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

std::expected<ArchiveTask::Spec, QString> ArchiveTask::parse(const QJsonObject &json)
{
    Spec spec;
    const QString kind = json.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("archive-backup"))
        spec.mode = Spec::Mode::Backup;
    else if (kind == QLatin1String("archive-extract"))
        spec.mode = Spec::Mode::Extract;
    else
        return std::unexpected(
            QStringLiteral("kind: expected archive-backup or archive-extract, got \"%1\"").arg(kind));

    spec.archive = json.value(QLatin1String("archive")).toString();
    if (spec.archive.isEmpty())
        return std::unexpected(QStringLiteral("archive: empty"));
    const auto timeout = integer(json, "timeout_ms", 0, 0, std::numeric_limits<int>::max());
    if (!timeout)
        return std::unexpected(timeout.error());
    spec.timeoutMs = *timeout;

    if (spec.mode == Spec::Mode::Extract) {
        spec.destination = json.value(QLatin1String("destination")).toString();
        if (spec.destination.isEmpty())
            return std::unexpected(QStringLiteral("destination: empty"));
        const auto strip = integer(json, "strip_components", 0, 0, 1000);
        if (!strip)
            return std::unexpected(strip.error());
        spec.stripComponents = *strip;
        return spec;
    }

    spec.source = json.value(QLatin1String("source")).toString();
    if (spec.source.isEmpty())
        return std::unexpected(QStringLiteral("source: empty"));
    const bool namedZip = endsWithAny(spec.archive, {".zip"});
    const bool namedTarGz = endsWithAny(spec.archive, {".tar.gz", ".tgz"});
    const QJsonValue format = json.value(QLatin1String("format"));
    if (format.isUndefined()) {
        if (!namedZip && !namedTarGz)
            return std::unexpected(QStringLiteral("format: not given, and the archive name \"%1\" ends neither in "
                                                  ".tar.gz, .tgz nor .zip; add \"format\": \"tar.gz\" or \"zip\"")
                                       .arg(spec.archive));
        spec.format = namedZip ? Spec::Format::Zip : Spec::Format::TarGz;
    } else if (format.toString() == QLatin1String("tar.gz")) {
        spec.format = Spec::Format::TarGz;
        if (namedZip)
            return std::unexpected(QStringLiteral("format is tar.gz but the archive name \"%1\" ends in .zip; rename "
                                                  "it or change the format")
                                       .arg(spec.archive));
    } else if (format.toString() == QLatin1String("zip")) {
        spec.format = Spec::Format::Zip;
        if (namedTarGz)
            return std::unexpected(QStringLiteral("format is zip but the archive name \"%1\" ends in .tar.gz or .tgz; "
                                                  "rename it or change the format")
                                       .arg(spec.archive));
    } else {
        return std::unexpected(
            QStringLiteral("format: expected one of tar.gz, zip, got \"%1\"").arg(format.toVariant().toString()));
    }
    for (const QJsonValue &glob : json.value(QLatin1String("exclude")).toArray())
        spec.exclude << glob.toString();
    if (auto excludes = archive::Excludes::create(spec.exclude); !excludes)
        return std::unexpected(excludes.error());
    const auto level = integer(json, "compression_level", -1, 0, 9);
    if (!level)
        return std::unexpected(level.error());
    spec.compressionLevel = *level;
    return spec;
}

ArchiveTask::ArchiveTask(Spec spec, QObject *parent)
    : TaskRunner(parent)
    , m_spec(std::move(spec))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_cancelled = true;
        Q_EMIT line(LineLevel::Error, QStringLiteral("no result after %1 s; stopping").arg(m_spec.timeoutMs / 1000.0));
    });
}

ArchiveTask::~ArchiveTask()
{
    // The worker removes its partial output before it returns; waiting keeps it from posting
    // to an object that is gone.
    m_cancelled = true;
    if (m_worker)
        m_worker->wait();
}

void ArchiveTask::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_spec.timeoutMs > 0)
        m_timeout.start(m_spec.timeoutMs);
    m_worker.reset(QThread::create([this] {
        // Everything the worker reports is posted to this object's thread, in order; the
        // outcome comes last.
        archive::Context context{
            m_cancelled,
            [this](LineLevel level, const QString &text) {
                QMetaObject::invokeMethod(
                    this, [this, level, text] { Q_EMIT line(level, text); }, Qt::QueuedConnection);
            },
            [this](double fraction, const QString &text) {
                QMetaObject::invokeMethod(
                    this, [this, fraction, text] { Q_EMIT progress(fraction, text); }, Qt::QueuedConnection);
            },
            [this](const QString &path, const QString &what) {
                QMetaObject::invokeMethod(
                    this, [this, path, what] { Q_EMIT scratch(path, what); }, Qt::QueuedConnection);
            },
        };
        const archive::Result result = m_spec.mode == Spec::Mode::Backup ? archive::runBackup(m_spec, context)
                                                                         : archive::runExtract(m_spec, context);
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result.outcome, result.sha256); }, Qt::QueuedConnection);
    }));
    m_worker->setObjectName(QStringLiteral("archive-task"));
    m_worker->start();
}

void ArchiveTask::cancel()
{
    if (!m_started || m_finished)
        return;
    m_cancelled = true;
}

void ArchiveTask::finish(TaskOutcome outcome, const QString &sha256)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    if (outcome.kind == TaskOutcome::Kind::Cancelled && m_timedOut) {
        outcome.kind = TaskOutcome::Kind::TimedOut;
        // The worker says "cancelled; <what it cleaned up>"; keep the clean-up part.
        const QString cleanedUp = outcome.message.section(QStringLiteral("; "), 1);
        outcome.message = QStringLiteral("did not finish within %1 s and was stopped%2")
                              .arg(m_spec.timeoutMs / 1000.0)
                              .arg(cleanedUp.isEmpty() ? QString() : QStringLiteral("; ") + cleanedUp);
    }
    m_sha256 = outcome.succeeded() ? sha256 : QString();
    Q_EMIT finished(outcome);
}

} // namespace uw
