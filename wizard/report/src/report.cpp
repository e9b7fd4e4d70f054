#include "wizard/report/report.h"

#include "wizard/report/debrief.h"
#include "wizard/report/reporthtml.h"

#include "wizard/support/version.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <optional>

namespace uw {

namespace {

// A backup this session made: an archive-backup step that succeeded, with the archive's path
// and SHA-256, so whoever restores it later can tell it is the same file. The outcome message
// ends with the checksum and the step's log has `sha256 <hex>  <path>` (docs/playbook-format.md,
// "Archive tasks"); the log names the path exactly, the message only within prose.
std::optional<QJsonObject> backupOf(const Session &session, const Step &step, const StepState &state)
{
    if (step.item->type != Item::Type::Task || state.status != StepState::Status::Passed
        || step.item->spec.value(QLatin1String("kind")).toString() != QLatin1String("archive-backup"))
        return std::nullopt;
    static const QRegularExpression checksum(QStringLiteral("sha256 ([0-9a-f]{64})$"));
    const QRegularExpressionMatch match = checksum.match(state.summary);
    if (!match.hasMatch())
        return std::nullopt;
    const QString sha256 = match.captured(1);

    QString archive;
    QFile log(session.logPath(step.key));
    if (log.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString marker = QStringLiteral("sha256 %1  ").arg(sha256);
        const QStringList lines = QString::fromUtf8(log.readAll()).split(u'\n');
        for (const QString &line : lines)
            if (const qsizetype at = line.indexOf(marker); at >= 0)
                archive = line.mid(at + marker.size()); // the last run's line wins
    }
    if (archive.isEmpty()) { // the log was removed: the message says it too
        static const QRegularExpression prose(QStringLiteral("^backed up .* to (.+) \\(\\d+ files?, "));
        archive = prose.match(state.summary).captured(1);
    }
    QJsonObject backup{{QStringLiteral("step"), step.key},
                       {QStringLiteral("title"), step.displayTitle()},
                       {QStringLiteral("archive"), archive},
                       {QStringLiteral("sha256"), sha256}};
    if (!step.node.isEmpty())
        backup.insert(QStringLiteral("node"), step.node);
    if (state.time.isValid())
        backup.insert(QStringLiteral("time"), state.time.toString(Qt::ISODateWithMs));
    return backup;
}

} // namespace

QJsonObject buildReport(const Engine &engine)
{
    const Playbook &playbook = engine.playbook();
    const Session::Info &info = engine.session().info();
    QJsonArray steps;
    QJsonArray backups;
    for (const Step &step : engine.plan().steps()) {
        const StepState state = engine.state(step.key);
        QJsonObject entry{{QStringLiteral("step"), step.key},
                          {QStringLiteral("title"), step.displayTitle()},
                          {QStringLiteral("page"), playbook.pages.at(step.pageIndex).title},
                          {QStringLiteral("type"), itemTypeName(step.item->type)},
                          {QStringLiteral("severity"), severityName(step.item->severity)},
                          {QStringLiteral("status"), statusName(state.status)},
                          {QStringLiteral("summary"), state.summary}};
        if (!state.summaryText.isEmpty())
            entry.insert(QStringLiteral("summary_text"), state.summaryText.toJson());
        if (!step.node.isEmpty())
            entry.insert(QStringLiteral("node"), step.node);
        if (!state.evidence.isEmpty()) {
            QJsonArray lines;
            QJsonArray texts;
            for (const Text &line : state.evidence) {
                lines.append(line.english());
                texts.append(line.toJson());
            }
            entry.insert(QStringLiteral("evidence"), lines);
            entry.insert(QStringLiteral("evidence_texts"), texts);
        }
        if (!state.operatorName.isEmpty())
            entry.insert(QStringLiteral("operator"), state.operatorName);
        if (!state.note.isEmpty())
            entry.insert(QStringLiteral("note"), state.note);
        if (state.unattended)
            entry.insert(QStringLiteral("confirmed_unattended"), true);
        if (state.time.isValid())
            entry.insert(QStringLiteral("time"), state.time.toString(Qt::ISODateWithMs));
        if (step.item->type == Item::Type::Task && state.exitCode >= 0)
            entry.insert(QStringLiteral("exit_code"), state.exitCode);
        if (state.durationMs > 0)
            entry.insert(QStringLiteral("duration_ms"), state.durationMs);
        steps.append(entry);
        if (const auto backup = backupOf(engine.session(), step, state))
            backups.append(*backup);
    }
    QJsonObject report{
        {QStringLiteral("report"), 1},
        {QStringLiteral("generator"),
         QStringLiteral("%1 %2").arg(QLatin1String(kApplicationName), QLatin1String(kVersion))},
        {QStringLiteral("generated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("playbook"),
         QJsonObject{{QStringLiteral("id"), playbook.id},
                     {QStringLiteral("title"), playbook.title},
                     {QStringLiteral("product"), playbook.product},
                     {QStringLiteral("from"), QJsonArray::fromStringList(playbook.from)},
                     {QStringLiteral("to"), playbook.to},
                     {QStringLiteral("source"), playbook.sourceDocument}}},
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("dir"), engine.session().dir()},
                     {QStringLiteral("created"), info.created},
                     {QStringLiteral("operator"), info.operatorName},
                     {QStringLiteral("training"), info.training},
                     {QStringLiteral("playbook_sha256"), QString::fromLatin1(engine.session().playbookSha256())},
                     {QStringLiteral("journal_sha256"), QString::fromLatin1(engine.session().journalSha256())}}},
        {QStringLiteral("parameters"), info.parameters},
        {QStringLiteral("decision"), engine.decision().toJson()},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("backups"), backups}};
    report.insert(QStringLiteral("training"), info.training);
    if (info.training)
        report.insert(QStringLiteral("debrief"), buildDebrief(engine));
    return engine.session().masker().mask(report);
}

QString translatedSummary(const QJsonObject &step)
{
    return translatedField(step, QStringLiteral("summary"));
}

QString translatedField(const QJsonObject &object, const QString &key)
{
    const QString english = object.value(key).toString();
    return Text::fromJson(object.value(key + QStringLiteral("_text")).toObject(), english).translated();
}

QString reportFormat(const QString &path)
{
    const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    return html ? QStringLiteral("HTML") : QStringLiteral("JSON");
}

Result<void> writeReport(const QJsonObject &report, const QString &path)
{
    QSaveFile file(path);
    const QByteArray data = reportFormat(path) == u"HTML" ? reportHtml(report).toUtf8()
                                                          : QJsonDocument(report).toJson(QJsonDocument::Indented);
    const bool opened = file.open(QIODevice::WriteOnly);
#ifndef Q_OS_WIN
    // The report names the site's hosts and what was done there: its reader is the user.
    if (opened)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
#endif
    if (!opened || file.write(data) != data.size() || !file.commit())
        return std::unexpected(Error::io(path, QStringLiteral("cannot write the report: %1").arg(file.errorString()),
                                         QStringLiteral("check the directory exists and is writable")));
    return {};
}

} // namespace uw
