#include "wizard/report/sessioncompare.h"

#include "wizard/playbook/plan.h"
#include "wizard/report/planreport.h"
#include "wizard/report/report.h"
#include "wizard/report/reporthtml.h"
#include "wizard/run/engine.h"
#include "wizard/run/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace uw {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString shownValue(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(not set)");
    if (value.isObject() && value.toObject().value(QLatin1String("secret")).toBool())
        return QStringLiteral("******");
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString seconds(qint64 ms)
{
    return ms < 60000 ? QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1) : formatEstimate((ms + 999) / 1000);
}

struct Side
{
    QJsonObject report;
    QHash<QString, QJsonObject> steps; // by key
    QStringList order; // the keys in the plan's order
    QHash<QString, QJsonObject> warnings; // by step
    QHash<QString, QJsonObject> titles; // by step: titleText as JSON, to be shown translated
};

Result<Side> readSide(const QString &dir)
{
    auto session = Session::open(dir, Session::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    // The report as reportOfSession makes it, from one plan that also gives the steps' titles.
    auto plan = planOfSession(**session);
    if (!plan)
        return std::unexpected(plan.error());
    const Engine engine(std::move(*plan), **session);
    Side side;
    side.report = buildReport(engine);
    for (const Step &step : engine.plan().steps())
        side.titles.insert(step.key, titleText(step).toJson());
    for (const QJsonValue &value : side.report.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        side.steps.insert(str(step, "step"), step);
        side.order << str(step, "step");
    }
    for (const QJsonValue &value :
         side.report.value(QLatin1String("decision")).toObject().value(QLatin1String("warnings")).toArray())
        side.warnings.insert(str(value.toObject(), "step"), value.toObject());
    return side;
}

QJsonObject describe(const Side &side, const QString &dir)
{
    const QJsonObject decision = side.report.value(QLatin1String("decision")).toObject();
    const QJsonObject session = side.report.value(QLatin1String("session")).toObject();
    return {{QStringLiteral("dir"), QDir::toNativeSeparators(dir)},
            {QStringLiteral("playbook"),
             side.report.value(QLatin1String("playbook")).toObject().value(QLatin1String("id"))},
            {QStringLiteral("created"), session.value(QLatin1String("created"))},
            {QStringLiteral("operator"), session.value(QLatin1String("operator"))},
            {QStringLiteral("training"), side.report.value(QLatin1String("training"))},
            {QStringLiteral("decision"), decision.value(QLatin1String("headline"))},
            // For the headline in the reader's language.
            {QStringLiteral("go"), decision.value(QLatin1String("go"))},
            {QStringLiteral("blockers"), decision.value(QLatin1String("blockers")).toArray().size()},
            {QStringLiteral("waivers"), decision.value(QLatin1String("waivers")).toArray().size()},
            {QStringLiteral("warnings"), decision.value(QLatin1String("warnings")).toArray().size()},
            {QStringLiteral("playbook_sha256"), session.value(QLatin1String("playbook_sha256"))}};
}

} // namespace

Result<QJsonObject> compareSessions(const QString &dirA, const QString &dirB, const CompareOptions &options)
{
    auto a = readSide(dirA);
    if (!a)
        return std::unexpected(a.error());
    auto b = readSide(dirB);
    if (!b)
        return std::unexpected(b.error());
    const QJsonObject describedA = describe(*a, dirA);
    const QJsonObject describedB = describe(*b, dirB);
    if (describedA.value(QLatin1String("playbook")) != describedB.value(QLatin1String("playbook")))
        return std::unexpected(Error::invalid(
            QString(),
            QStringLiteral("the sessions are of different playbooks: %1 is %2, %3 is %4; compare a rehearsal "
                           "with the session of the same playbook")
                .arg(QDir::toNativeSeparators(dirA), str(describedA, "playbook"), QDir::toNativeSeparators(dirB),
                     str(describedB, "playbook"))));

    QJsonArray parameters;
    const QJsonObject parametersA = a->report.value(QLatin1String("parameters")).toObject();
    const QJsonObject parametersB = b->report.value(QLatin1String("parameters")).toObject();
    QStringList ids = parametersA.keys() + parametersB.keys();
    ids.removeDuplicates();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        const QString valueA = shownValue(parametersA.value(id));
        const QString valueB = shownValue(parametersB.value(id));
        if (valueA != valueB)
            parameters.append(
                QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("a"), valueA}, {QStringLiteral("b"), valueB}});
    }

    const auto onlyIn = [](const Side &side, const Side &other) {
        QJsonArray only;
        for (const QString &key : side.order)
            if (!other.steps.contains(key))
                only.append(QJsonObject{{QStringLiteral("step"), key},
                                        {QStringLiteral("title"), str(side.steps.value(key), "title")},
                                        {QStringLiteral("title_text"), side.titles.value(key)},
                                        {QStringLiteral("status"), str(side.steps.value(key), "status")}});
        return only;
    };
    const QJsonArray onlyInA = onlyIn(*a, *b);
    const QJsonArray onlyInB = onlyIn(*b, *a);

    QJsonArray outcomes;
    QJsonArray durations;
    QJsonArray warnings;
    for (const QString &key : std::as_const(a->order)) {
        if (!b->steps.contains(key))
            continue;
        const QJsonObject stepA = a->steps.value(key);
        const QJsonObject stepB = b->steps.value(key);
        const QString title = str(stepA, "title");
        const QJsonObject titleJson = a->titles.value(key);
        if (str(stepA, "status") != str(stepB, "status"))
            outcomes.append(
                QJsonObject{{QStringLiteral("step"), key},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("title_text"), titleJson},
                            {QStringLiteral("a"), str(stepA, "status")},
                            {QStringLiteral("b"), str(stepB, "status")},
                            {QStringLiteral("a_summary"), str(stepA, "summary")},
                            {QStringLiteral("a_summary_text"), stepA.value(QLatin1String("summary_text"))},
                            {QStringLiteral("b_summary"), str(stepB, "summary")},
                            {QStringLiteral("b_summary_text"), stepB.value(QLatin1String("summary_text"))}});
        const qint64 msA = stepA.value(QLatin1String("duration_ms")).toInteger();
        const qint64 msB = stepB.value(QLatin1String("duration_ms")).toInteger();
        if (msA > 0 && msB > 0 && std::max(msA, msB) >= options.minimumMs) {
            const double factor = double(std::max(msA, msB)) / double(std::min(msA, msB));
            if (factor > options.factor)
                durations.append(QJsonObject{{QStringLiteral("step"), key},
                                             {QStringLiteral("title"), title},
                                             {QStringLiteral("title_text"), titleJson},
                                             {QStringLiteral("a_ms"), msA},
                                             {QStringLiteral("b_ms"), msB},
                                             {QStringLiteral("factor"), std::round(factor * 10.0) / 10.0}});
        }
        if (a->warnings.contains(key) != b->warnings.contains(key)) {
            const bool inA = a->warnings.contains(key);
            const QJsonObject warning = inA ? a->warnings.value(key) : b->warnings.value(key);
            warnings.append(QJsonObject{{QStringLiteral("step"), key},
                                        {QStringLiteral("title"), title},
                                        {QStringLiteral("title_text"), titleJson},
                                        {QStringLiteral("in"), inA ? QStringLiteral("a") : QStringLiteral("b")},
                                        {QStringLiteral("problem"), str(warning, "problem")}});
        }
    }
    const qsizetype differences = parameters.size() + onlyInA.size() + onlyInB.size() + outcomes.size()
        + durations.size() + warnings.size()
        + (describedA.value(QLatin1String("playbook_sha256")) != describedB.value(QLatin1String("playbook_sha256"))
               ? 1
               : 0);
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("upgrade-wizard-compare")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("a"), describedA},
        {QStringLiteral("b"), describedB},
        {QStringLiteral("playbook_changed"),
         describedA.value(QLatin1String("playbook_sha256")) != describedB.value(QLatin1String("playbook_sha256"))},
        {QStringLiteral("factor"), options.factor},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("only_in_a"), onlyInA},
        {QStringLiteral("only_in_b"), onlyInB},
        {QStringLiteral("outcomes"), outcomes},
        {QStringLiteral("durations"), durations},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("differences"), differences}};
}

namespace {

// The comparison for people. A class only so that tr() has a context lupdate can see
// ("uw::SessionCompare"): the wizard shows it in its language, the command line in English.
class CompareRenderer
{
    Q_DECLARE_TR_FUNCTIONS(uw::SessionCompare)
public:
    static QString text(const QJsonObject &comparison)
    {
        QString text = tr("Compare: %1").arg(str(comparison.value(QLatin1String("a")).toObject(), "playbook"))
            + QStringLiteral("\n  A: %1\n  B: %2\n")
                  .arg(sideLine(comparison.value(QLatin1String("a")).toObject()),
                       sideLine(comparison.value(QLatin1String("b")).toObject()));
        const auto parts = sections(comparison);
        if (parts.isEmpty())
            return text + u'\n'
                + tr("No differences: the same steps, outcomes, warnings and parameters, and no duration more than "
                     "%1 x the other.")
                      .arg(comparison.value(QLatin1String("factor")).toDouble())
                + u'\n';
        for (const auto &[heading, lines] : parts)
            text += QStringLiteral("\n== %1\n  %2\n").arg(heading, lines.join(QStringLiteral("\n  ")));
        text += u'\n' + tr("%1 difference(s)").arg(comparison.value(QLatin1String("differences")).toInt()) + u'\n';
        return text;
    }

    static QString html(const QJsonObject &comparison)
    {
        const auto esc = [](const QString &text) {
            return text.toHtmlEscaped();
        };
        const QString title = tr("Compare: %1").arg(str(comparison.value(QLatin1String("a")).toObject(), "playbook"));
        //: The language code of this translation, for the document's <html lang="...">
        const QString language = tr("en");
        QString html
            = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n"
                             "<style>body{font-family:sans-serif;margin:2em}li{margin:2px 0}</style></head>"
                             "<body>\n<h1>%2</h1>\n<p>A: %3<br>B: %4</p>\n")
                  .arg(language, esc(title), esc(sideLine(comparison.value(QLatin1String("a")).toObject())),
                       esc(sideLine(comparison.value(QLatin1String("b")).toObject())));
        const auto parts = sections(comparison);
        if (parts.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No differences.")));
        for (const auto &[heading, lines] : parts) {
            html += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(heading));
            for (const QString &line : lines)
                html += QStringLiteral("<li>%1</li>\n").arg(esc(line));
            html += QStringLiteral("</ul>\n");
        }
        return html + QStringLiteral("</body></html>\n");
    }

private:
    // The sections of a comparison, each a heading and its lines, as both renderings show them.
    static QList<std::pair<QString, QStringList>> sections(const QJsonObject &c)
    {
        QList<std::pair<QString, QStringList>> out;
        const auto add = [&](const QString &heading, const QStringList &lines) {
            if (!lines.isEmpty())
                out.append({heading, lines});
        };
        const auto status = [](const QJsonObject &o, const char *key) {
            return statusWord(str(o, key));
        };
        if (c.value(QLatin1String("playbook_changed")).toBool())
            add(tr("Playbook"),
                {tr("the two sessions ran different versions of the playbook (its copies' SHA-256 "
                    "differ)")});
        QStringList lines;
        QStringList notRunInA;
        QStringList notRunInB;
        for (const QJsonValue &v : c.value(QLatin1String("outcomes")).toArray()) {
            const QJsonObject o = v.toObject();
            // A session that stopped early left the rest pending: those are one list, not a line each.
            if (str(o, "a") == u"pending") {
                notRunInA << tr("%1 (%2 in B)").arg(translatedField(o, QStringLiteral("title")), status(o, "b"));
                continue;
            }
            if (str(o, "b") == u"pending") {
                notRunInB << tr("%1 (%2 in A)").arg(translatedField(o, QStringLiteral("title")), status(o, "a"));
                continue;
            }
            const auto said = [&](const char *key) {
                const QString summary = translatedField(o, QLatin1String(key));
                if (summary.isEmpty())
                    return QStringLiteral("-");
                return summary.size() > 160 ? summary.left(157) + QStringLiteral("...") : summary;
            };
            lines << tr("%1: %2 in A, %3 in B (A: %4; B: %5)")
                         .arg(translatedField(o, QStringLiteral("title")), status(o, "a"), status(o, "b"),
                              said("a_summary"), said("b_summary"));
        }
        add(tr("Outcomes that differ"), lines);
        add(tr("Done in B, not in A"), notRunInA);
        add(tr("Done in A, not in B"), notRunInB);
        lines.clear();
        for (const QJsonValue &v : c.value(QLatin1String("durations")).toArray()) {
            const QJsonObject o = v.toObject();
            lines << tr("%1: %2 in A, %3 in B (%4 x)")
                         .arg(translatedField(o, QStringLiteral("title")),
                              seconds(o.value(QLatin1String("a_ms")).toInteger()),
                              seconds(o.value(QLatin1String("b_ms")).toInteger()),
                              QString::number(o.value(QLatin1String("factor")).toDouble()));
        }
        add(tr("Durations that differ by more than %1 x").arg(c.value(QLatin1String("factor")).toDouble()), lines);
        lines.clear();
        for (const QJsonValue &v : c.value(QLatin1String("warnings")).toArray()) {
            const QJsonObject o = v.toObject();
            lines << (str(o, "in") == u"a" ? tr("%1: in A only (%2)") : tr("%1: in B only (%2)"))
                         .arg(translatedField(o, QStringLiteral("title")), str(o, "problem"));
        }
        add(tr("Warnings in one only"), lines);
        lines.clear();
        for (const QJsonValue &v : c.value(QLatin1String("parameters")).toArray()) {
            const QJsonObject o = v.toObject();
            lines << tr("%1: %2 in A, %3 in B").arg(str(o, "id"), str(o, "a"), str(o, "b"));
        }
        add(tr("Parameters that differ"), lines);
        for (const char *side : {"a", "b"}) {
            lines.clear();
            for (const QJsonValue &v : c.value(QStringLiteral("only_in_%1").arg(QLatin1String(side))).toArray())
                lines << QStringLiteral("%1 (%2)").arg(translatedField(v.toObject(), QStringLiteral("title")),
                                                       status(v.toObject(), "status"));
            add(*side == 'a' ? tr("Steps in A only") : tr("Steps in B only"), lines);
        }
        return out;
    }

    static QString statusWord(const QString &status)
    {
        if (status == u"passed")
            return tr("passed");
        if (status == u"confirmed")
            return tr("confirmed");
        if (status == u"failed")
            return tr("failed");
        if (status == u"cancelled")
            return tr("cancelled");
        if (status == u"interrupted")
            return tr("interrupted");
        if (status == u"skipped")
            return tr("skipped");
        if (status == u"running")
            return tr("running");
        if (status == u"pending")
            return tr("not done");
        return status;
    }

    static QString sideLine(const QJsonObject &side)
    {
        const QString place = side.value(QLatin1String("training")).toBool() ? tr("%1 (training)").arg(str(side, "dir"))
                                                                             : str(side, "dir");
        return tr("%1, %2, started %3 by %4")
            .arg(place, headline(side), formatReportTime(str(side, "created")), str(side, "operator"));
    }

    // Decision::headline's words in the reader's language.
    static QString headline(const QJsonObject &side)
    {
        if (!side.contains(QLatin1String("go")))
            return str(side, "decision");
        const auto n = [&](const char *key) {
            return side.value(QLatin1String(key)).toInt();
        };
        if (!side.value(QLatin1String("go")).toBool())
            return tr("NO-GO: %1 blocker(s)").arg(n("blockers"));
        QString text = n("waivers") ? tr("GO with waivers: %1 blocker(s) waived").arg(n("waivers")) : tr("GO");
        if (n("warnings"))
            text += tr(", with %1 warning(s)").arg(n("warnings"));
        return text;
    }
};

} // namespace

QString compareText(const QJsonObject &comparison)
{
    return CompareRenderer::text(comparison);
}

QString compareHtml(const QJsonObject &comparison)
{
    return CompareRenderer::html(comparison);
}

} // namespace uw
