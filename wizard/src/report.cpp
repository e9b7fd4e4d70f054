#include "wizard/report.h"

#include "wizard/version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace uw {

QJsonObject buildReport(const Engine &engine)
{
    const Playbook &playbook = engine.playbook();
    const Session::Info &info = engine.session().info();
    QJsonArray steps;
    for (const Step &step : engine.plan().steps()) {
        const StepState state = engine.state(step.key);
        QJsonObject entry{{QStringLiteral("step"), step.key},
                          {QStringLiteral("title"), step.displayTitle()},
                          {QStringLiteral("page"), playbook.pages.at(step.pageIndex).title},
                          {QStringLiteral("type"), itemTypeName(step.item->type)},
                          {QStringLiteral("severity"), severityName(step.item->severity)},
                          {QStringLiteral("status"), statusName(state.status)},
                          {QStringLiteral("summary"), state.summary}};
        if (!step.node.isEmpty())
            entry.insert(QStringLiteral("node"), step.node);
        if (!state.evidence.isEmpty())
            entry.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(state.evidence));
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
    }
    const QJsonObject report{{QStringLiteral("report"), 1},
                             {QStringLiteral("generator"),
                              QStringLiteral("%1 %2").arg(QLatin1String(kApplicationName), QLatin1String(kVersion))},
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
                                          {QStringLiteral("training"), info.training}}},
                             {QStringLiteral("parameters"), info.parameters},
                             {QStringLiteral("decision"), engine.decision().toJson()},
                             {QStringLiteral("steps"), steps}};
    return engine.session().masker().mask(report);
}

Result<void> writeReport(const QJsonObject &report, const QString &path)
{
    QSaveFile file(path);
    const QByteArray data = QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return std::unexpected(Error::io(path, QStringLiteral("cannot write the report: %1").arg(file.errorString()),
                                         QStringLiteral("check the directory exists and is writable")));
    return {};
}

} // namespace uw
