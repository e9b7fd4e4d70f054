#include "wizard/tasks/archivetask.h"

#include "../taskspec_support.h"
#include "archive_support.h"
#include "wizard/support/ondemand.h"

#include <QJsonArray>
#include <QThread>

namespace uw {

namespace {

bool endsWithAny(const QString &name, std::initializer_list<const char *> suffixes)
{
    for (const char *suffix : suffixes)
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

ArchiveTask::Spec ArchiveTask::read(spec::Reader &reader)
{
    using spec::Need;
    Spec spec;
    const QString kind = reader.object().value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("archive-backup")) {
        spec.mode = Spec::Mode::Backup;
    } else if (kind == QLatin1String("archive-extract")) {
        spec.mode = Spec::Mode::Extract;
    } else {
        reader.error(QStringLiteral("kind"),
                     QStringLiteral("expected archive-backup or archive-extract, got %1")
                         .arg(spec::describe(reader.object().value(QLatin1String("kind")))));
        return spec;
    }
    if (spec.mode == Spec::Mode::Extract)
        reader.allowKeys(tasks::detail::withCommonKeys(
            {QStringLiteral("archive"), QStringLiteral("destination"), QStringLiteral("strip_components")}));
    else
        reader.allowKeys(tasks::detail::withCommonKeys({QStringLiteral("source"), QStringLiteral("archive"),
                                                        QStringLiteral("format"), QStringLiteral("exclude"),
                                                        QStringLiteral("compression_level")}));

    spec.archive = reader.string(QStringLiteral("archive"), Need::Required).value_or(QString());
    spec.timeoutMs = tasks::detail::timeoutOf(reader);

    if (spec.mode == Spec::Mode::Extract) {
        spec.destination = reader.string(QStringLiteral("destination"), Need::Required).value_or(QString());
        spec.stripComponents = int(reader.integer(QStringLiteral("strip_components"), 0, 1000).value_or(0));
        return spec;
    }

    spec.source = reader.string(QStringLiteral("source"), Need::Required).value_or(QString());
    // The name is judged only when it holds no placeholder: "${backup_dir}/gw-${timestamp}"
    // says nothing about the format until it runs.
    const auto archiveName = reader.judged(reader.object().value(QLatin1String("archive")));
    const bool namedZip = archiveName && endsWithAny(*archiveName, {".zip"});
    const bool namedTarGz = archiveName && endsWithAny(*archiveName, {".tar.gz", ".tgz"});
    const auto format = reader.choice(QStringLiteral("format"), {QStringLiteral("tar.gz"), QStringLiteral("zip")});
    if (!reader.has(QStringLiteral("format"))) {
        if (archiveName && !namedZip && !namedTarGz)
            reader.error(QStringLiteral("format"),
                         QStringLiteral("not given, and the archive name \"%1\" ends neither in .tar.gz, .tgz nor "
                                        ".zip; add \"format\": \"tar.gz\" or \"zip\"")
                             .arg(*archiveName));
        spec.format = namedZip ? Spec::Format::Zip : Spec::Format::TarGz;
    } else if (format == QLatin1String("tar.gz")) {
        spec.format = Spec::Format::TarGz;
        if (namedZip)
            reader.error(QStringLiteral("format"),
                         QStringLiteral("tar.gz, but the archive name \"%1\" ends in .zip; rename it or change the "
                                        "format")
                             .arg(*archiveName));
    } else if (format == QLatin1String("zip")) {
        spec.format = Spec::Format::Zip;
        if (namedTarGz)
            reader.error(QStringLiteral("format"),
                         QStringLiteral("zip, but the archive name \"%1\" ends in .tar.gz or .tgz; rename it or "
                                        "change the format")
                             .arg(*archiveName));
    }
    if (const auto exclude = reader.stringList(QStringLiteral("exclude"))) {
        // Each glob is judged alone (a placeholder in one defers only that one), and the
        // message names it by its own index.
        for (qsizetype i = 0; i < exclude->size(); ++i) {
            const auto glob = reader.judged(exclude->at(i));
            if (!glob)
                continue;
            if (auto excludes = archive::Excludes::create({*glob}); !excludes)
                reader.error(QStringLiteral("exclude[%1]").arg(i),
                             excludes.error().mid(excludes.error().indexOf(QLatin1String(": ")) + 2));
        }
        spec.exclude = *exclude;
    }
    spec.compressionLevel = int(reader.integer(QStringLiteral("compression_level"), 0, 9).value_or(-1));
    return spec;
}

std::expected<ArchiveTask::Spec, QString> ArchiveTask::parse(const QJsonObject &json)
{
    return tasks::detail::parseAtRunTime(json, &ArchiveTask::read);
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
            [this](double fraction, const Text &text) {
                QMetaObject::invokeMethod(
                    this, [this, fraction, text] { Q_EMIT progress(fraction, text); }, Qt::QueuedConnection);
            },
            [this](const QString &path, const QString &what) {
                QMetaObject::invokeMethod(
                    this, [this, path, what] { Q_EMIT scratch(path, what); }, Qt::QueuedConnection);
            },
        };
        archive::Result result;
        // The runners are the on-demand library's, loaded now (here, off the GUI thread) if this
        // is the first use.
        if (auto loaded = ondemand::ensureLoaded(); !loaded) {
            result.outcome = {
                TaskOutcome::Kind::FailedToStart, -1,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "cannot read or write archives: %1"), loaded.error().toString())};
        } else {
            const archive::Runners &runners = archive::runners();
            result = m_spec.mode == Spec::Mode::Backup ? runners.backup(m_spec, context)
                                                       : runners.extract(m_spec, context);
        }
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
        // The worker says "cancelled; <what it cleaned up>" (archive_*.cpp: a joint of two
        // Texts); keep the clean-up part.
        const Text cleanedUp = outcome.message.argTexts.size() == 2 ? outcome.message.argTexts[1] : Text();
        outcome.message = cleanedUp.isEmpty()
            ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "did not finish within %1 s and was stopped"),
                   m_spec.timeoutMs / 1000.0)
            : Text(QT_TRANSLATE_NOOP("uw::Outcome", "did not finish within %1 s and was stopped; %2"),
                   m_spec.timeoutMs / 1000.0, cleanedUp);
    }
    m_sha256 = outcome.succeeded() ? sha256 : QString();
    Q_EMIT finished(outcome);
}

} // namespace uw
