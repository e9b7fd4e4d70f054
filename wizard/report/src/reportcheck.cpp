#include "wizard/report/reportcheck.h"

#include "wizard/report/report.h"
#include "wizard/run/engine.h"
#include "wizard/run/session.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace uw {

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("nothing");
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("...");
    return text;
}

// What an array's entry is called: a step by its key, anything else by its place.
QString entryName(const QJsonValue &entry, qsizetype index)
{
    const QString step = entry.toObject().value(QLatin1String("step")).toString();
    return step.isEmpty() ? QString::number(index) : step;
}

// The parts of a report the journal decides. Not: when and by which build it was written, the
// session folder's path (a session may be moved), and a training session's debrief (it also
// reads the sandbox, which goes when the session is deleted).
QJsonObject comparable(QJsonObject report)
{
    report.remove(QLatin1String("generated"));
    report.remove(QLatin1String("generator"));
    report.remove(QLatin1String("debrief"));
    QJsonObject session = report.value(QLatin1String("session")).toObject();
    session.remove(QLatin1String("dir"));
    report.insert(QStringLiteral("session"), session);
    return report;
}

} // namespace

void jsonDifferences(const QString &path, const QJsonValue &a, const QJsonValue &b, QStringList &out)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : std::as_const(keys))
            jsonDifferences(path.isEmpty() ? key : path + u'.' + key, x.value(key), y.value(key), out);
        return;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            out << QStringLiteral("%1: %2 entries in the report, %3 in the journal")
                       .arg(path)
                       .arg(x.size())
                       .arg(y.size());
        for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
            const QString name = entryName(x.at(i), i);
            if (name != entryName(y.at(i), i)) {
                out << QStringLiteral("%1[%2]: the report has %3 there, the journal %4")
                           .arg(path, QString::number(i), name, entryName(y.at(i), i));
                continue;
            }
            jsonDifferences(QStringLiteral("%1[%2]").arg(path, name), x.at(i), y.at(i), out);
        }
        return;
    }
    if (a != b)
        out << QStringLiteral("%1: the report says %2, the journal says %3").arg(path, shown(a), shown(b));
}

Result<QJsonObject> reportOfSession(Session &session)
{
    auto plan = planOfSession(session);
    if (!plan)
        return std::unexpected(plan.error());
    const Engine engine(std::move(*plan), session);
    return buildReport(engine);
}

Result<ReportCheck> checkReportAgainstSession(const QJsonObject &report, const QString &sessionDir)
{
    const QString head
        = report.value(QLatin1String("session")).toObject().value(QLatin1String("journal_sha256")).toString();
    if (head.isEmpty())
        return std::unexpected(Error::invalid(
            QString(),
            QStringLiteral("the report names no journal head (session.journal_sha256): it is not a report "
                           "of upgrade-wizard, or one written before reports carried it")));
    // Read-only: the session may be running right now; nothing is cut, nothing written.
    auto session = Session::open(sessionDir, Session::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    ReportCheck check;
    check.records = (*session)->records().size();
    const QString playbookSha
        = report.value(QLatin1String("session")).toObject().value(QLatin1String("playbook_sha256")).toString();
    if (playbookSha != QString::fromLatin1((*session)->playbookSha256()))
        return std::unexpected(Error::invalid(
            QDir::toNativeSeparators((*session)->playbookCopy()),
            QStringLiteral("is not the playbook the report was made with (SHA-256 %1, the report names %2): the report "
                           "is of another session, or the session's playbook was replaced")
                .arg(QString::fromLatin1((*session)->playbookSha256()), playbookSha)));
    auto seq = (*session)->keepRecordsUpTo(head.toLatin1());
    if (!seq)
        return std::unexpected(Error::invalid(
            QDir::toNativeSeparators((*session)->journalPath()),
            QStringLiteral("no line of the journal has the report's journal head %1: the journal's last lines were "
                           "changed or removed after the report was made, or the report is of another session")
                .arg(head)));
    check.headSeq = *seq;

    auto rebuilt = reportOfSession(**session);
    if (!rebuilt)
        return std::unexpected(rebuilt.error());
    jsonDifferences(QString(), comparable(report), comparable(*rebuilt), check.differences);
    return check;
}

} // namespace uw
