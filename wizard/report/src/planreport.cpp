#include "wizard/report/planreport.h"

#include "wizard/playbook/parameters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace uw {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

// An argument as a shell would need it to be one word: quoted when it has a space, a quote or
// nothing in it. For reading only: commands run from their argument vector, never a shell line.
QString word(const QString &argument)
{
    static const QRegularExpression special(QStringLiteral("[\\s\"'\\\\$`]"));
    if (!argument.isEmpty() && !argument.contains(special))
        return argument;
    QString quoted = argument;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

// A value as text: a string as it is, anything else as its compact JSON.
QString text(const QJsonValue &value)
{
    return value.isString()
        ? value.toString()
        : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString commandLine(const QJsonObject &spec)
{
    QStringList words{word(str(spec, "program"))};
    for (const QJsonValue &argument : spec.value(QLatin1String("args")).toArray())
        words << word(text(argument));
    return words.join(u' ');
}

QString listOf(const QJsonValue &value)
{
    if (!value.isArray())
        return value.toString();
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items << text(item);
    return items.join(QStringLiteral(", "));
}

QString describeVersionSource(const QJsonObject &source)
{
    const QString from = str(source, "source");
    if (from == u"command")
        return QStringLiteral("the output of %1").arg(commandLine(source));
    if (from == u"jar-manifest")
        return QStringLiteral("%1 in the manifest of %2")
            .arg(source.contains(QLatin1String("attribute")) ? str(source, "attribute")
                                                             : QStringLiteral("Implementation-Version"),
                 str(source, "path"));
    return str(source, "path");
}

QString describeWorkflow(const QJsonObject &spec)
{
    QStringList steps;
    for (const QJsonValue &value : spec.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        QStringList requests;
        if (step.contains(QLatin1String("url")))
            requests << QStringLiteral("%1 %2").arg(
                step.contains(QLatin1String("method")) ? str(step, "method") : QStringLiteral("GET"), str(step, "url"));
        for (const QJsonValue &request : step.value(QLatin1String("requests")).toArray()) {
            const QJsonObject r = request.toObject();
            requests << QStringLiteral("%1 %2").arg(
                r.contains(QLatin1String("method")) ? str(r, "method") : QStringLiteral("GET"), str(r, "url"));
        }
        const QString each = step.contains(QLatin1String("foreach"))
            ? QStringLiteral(" for each of %1").arg(str(step, "foreach"))
            : QString();
        steps << QStringLiteral("%1%2: %3").arg(str(step, "name"), each, requests.join(QStringLiteral(", ")));
    }
    return QStringLiteral("HTTP workflow on %1: %2").arg(str(spec, "base_url"), steps.join(QStringLiteral("; ")));
}

// What is not worded above: the kind and its simple fields.
QString describeFields(const QString &kind, const QJsonObject &spec)
{
    QStringList fields;
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (it.key() == u"kind")
            continue;
        if (it->isString() || it->isDouble() || it->isBool())
            fields << QStringLiteral("%1=%2").arg(it.key(),
                                                  it->isString() ? it->toString() : it->toVariant().toString());
    }
    return fields.isEmpty() ? kind : QStringLiteral("%1: %2").arg(kind, fields.join(QStringLiteral(", ")));
}

QString typeWord(const QString &type)
{
    return type == u"confirm" ? QStringLiteral("sign-off") : type;
}

QString shownParameter(const Parameter &parameter, const QJsonValue &value)
{
    if (parameter.isSecret())
        return QString::fromLatin1(kMask);
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("(none)");
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (parameter.type == Parameter::Type::Nodes) {
        QStringList nodes;
        for (const QJsonValue &node : value.toArray()) {
            const QJsonObject n = node.toObject();
            nodes << QStringLiteral("%1 (%2%3)")
                         .arg(str(n, "name"), str(n, "host"),
                              n.contains(QLatin1String("role")) ? QStringLiteral(", ") + str(n, "role") : QString());
        }
        return nodes.join(QStringLiteral(", "));
    }
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

QString formatEstimate(qint64 seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 ? QStringLiteral("%1m %2s").arg(seconds / 60).arg(seconds % 60)
                            : QStringLiteral("%1m").arg(seconds / 60);
    const qint64 minutes = (seconds + 59) / 60; // an hour and more: to the minute, rounded up
    return minutes % 60 ? QStringLiteral("%1h %2m").arg(minutes / 60).arg(minutes % 60)
                        : QStringLiteral("%1h").arg(minutes / 60);
}

QString describeSpec(const QJsonObject &spec)
{
    const QString kind = str(spec, "kind");
    // Tasks
    if (kind == u"command") {
        QString line = commandLine(spec);
        if (spec.value(QLatin1String("remote")).toBool() || str(spec, "remote") == u"true") {
            const QJsonObject ssh = spec.value(QLatin1String("ssh")).toObject();
            const QString user = str(ssh, "user");
            line = QStringLiteral("on %1%2 over ssh: %3")
                       .arg(user.isEmpty() ? QString() : user + u'@', str(ssh, "host"), line);
        }
        if (spec.contains(QLatin1String("background")))
            line += QStringLiteral(" (started in the background)");
        return line;
    }
    if (kind == u"stop-process")
        return QStringLiteral("stop the process whose id is in %1").arg(str(spec, "pid_file"));
    if (kind == u"http-workflow")
        return describeWorkflow(spec);
    if (kind == u"archive-backup")
        return QStringLiteral("back up %1 to %2").arg(str(spec, "source"), str(spec, "archive"));
    if (kind == u"archive-extract")
        return QStringLiteral("extract %1 into %2").arg(str(spec, "archive"), str(spec, "destination"));
    if (kind == u"file-edit")
        return QStringLiteral("edit %1 (%2 edit(s))%3")
            .arg(listOf(spec.value(QLatin1String("files"))),
                 QString::number(spec.value(QLatin1String("edits")).toArray().size()),
                 spec.value(QLatin1String("dry_run")).toBool() ? QStringLiteral(", a dry run") : QString());
    if (kind == u"copy")
        return QStringLiteral("copy %1 to %2").arg(listOf(spec.value(QLatin1String("from"))), str(spec, "to"));
    // Checks
    if (kind == u"compare")
        return QStringLiteral("%1 equals %2").arg(word(str(spec, "value")), word(str(spec, "equals")));
    if (kind == u"path-exists")
        return QStringLiteral("%1 exists").arg(str(spec, "path"));
    if (kind == u"path-absent")
        return QStringLiteral("%1 is absent").arg(str(spec, "path"));
    if (kind == u"file-contains")
        return QStringLiteral("%1 %2 /%3/")
            .arg(str(spec, "path"),
                 str(spec, "expect") == u"no-match" ? QStringLiteral("does not match") : QStringLiteral("matches"),
                 str(spec, "regex"));
    if (kind == u"version") {
        QStringList sources;
        if (spec.contains(QLatin1String("sources")))
            for (const QJsonValue &source : spec.value(QLatin1String("sources")).toArray())
                sources << describeVersionSource(source.toObject());
        else
            sources << describeVersionSource(spec);
        return QStringLiteral("the version in %1 is in %2")
            .arg(sources.join(QStringLiteral(", else ")), str(spec, "range"));
    }
    if (kind == u"disk-free")
        return QStringLiteral("free space at %1").arg(str(spec, "path"));
    if (kind == u"tcp-port")
        return QStringLiteral("%1:%2 is %3")
            .arg(str(spec, "host"), str(spec, "port"),
                 spec.contains(QLatin1String("expect")) ? str(spec, "expect") : QStringLiteral("open"));
    if (kind == u"http")
        return QStringLiteral("%1 %2").arg(
            spec.contains(QLatin1String("method")) ? str(spec, "method") : QStringLiteral("GET"), str(spec, "url"));
    if (kind == u"process")
        return QStringLiteral("the process %1 is %2").arg(str(spec, "name"), str(spec, "expect"));
    if (kind == u"no-conflicts")
        return QStringLiteral("no file of %1 is also in %2").arg(str(spec, "dir"), str(spec, "against"));
    if (kind == u"unmodified-since")
        return QStringLiteral("nothing in %1 changed since %2").arg(str(spec, "path"), str(spec, "since"));
    if (kind == u"decision-table")
        return QStringLiteral("a decision table over %1")
            .arg(spec.value(QLatin1String("inputs")).toObject().keys().join(QStringLiteral(", ")));
    return describeFields(kind, spec);
}

QJsonObject buildPlanReport(const Plan &plan, const BuiltinValues &builtins)
{
    const Playbook &playbook = plan.playbook();
    const Masker masker(secretValues(playbook, plan.parameters()));

    QJsonArray parameters;
    for (const Parameter &parameter : playbook.parameters)
        parameters.append(QJsonObject{
            {QStringLiteral("id"), parameter.id},
            {QStringLiteral("label"), parameter.label},
            {QStringLiteral("value"), masker.mask(shownParameter(parameter, plan.parameters().value(parameter.id)))},
        });

    QJsonArray steps;
    int checks = 0, tasks = 0, confirms = 0, infos = 0, irreversible = 0, unestimated = 0;
    qint64 estimate = 0;
    int number = 0;
    for (const Step &step : plan.steps()) {
        const Item &item = *step.item;
        QJsonObject entry{
            {QStringLiteral("n"), ++number},
            {QStringLiteral("key"), step.key},
            {QStringLiteral("item"), item.id},
            {QStringLiteral("node"), step.node},
            {QStringLiteral("page"), playbook.pages.at(step.pageIndex).title},
            {QStringLiteral("title"), step.displayTitle()},
            {QStringLiteral("type"), itemTypeName(item.type)},
            {QStringLiteral("severity"), severityName(item.severity)},
            {QStringLiteral("changes"), item.type == Item::Type::Task},
            {QStringLiteral("irreversible"), item.irreversible},
            {QStringLiteral("estimate_seconds"), item.estimateSeconds},
        };
        if (item.type == Item::Type::Check || item.type == Item::Type::Task) {
            const QJsonObject spec = masker.mask(resolveStepSpec(plan, step, builtins));
            entry.insert(QStringLiteral("kind"), spec.value(QLatin1String("kind")));
            entry.insert(QStringLiteral("does"), masker.mask(describeSpec(spec)));
            entry.insert(QStringLiteral("spec"), spec);
        }
        QJsonArray waits;
        for (const Plan::Wait &wait : plan.waitsFor(step.key, [](const QString &) { return false; }))
            waits.append(QJsonObject{{QStringLiteral("step"), wait.step->key},
                                     {QStringLiteral("item"), wait.step->item->id},
                                     {QStringLiteral("item_title"), wait.step->item->title},
                                     {QStringLiteral("node"), wait.step->node},
                                     {QStringLiteral("title"), wait.step->displayTitle()},
                                     {QStringLiteral("reason"), wait.reason.english()}});
        entry.insert(QStringLiteral("waits_for"), waits);
        steps.append(entry);

        switch (item.type) {
        case Item::Type::Check:
            ++checks;
            break;
        case Item::Type::Task:
            ++tasks;
            break;
        case Item::Type::Confirm:
            ++confirms;
            break;
        case Item::Type::Info:
            ++infos;
            break;
        }
        irreversible += item.irreversible ? 1 : 0;
        estimate += item.estimateSeconds;
        if (item.estimateSeconds == 0 && item.type != Item::Type::Info)
            ++unestimated;
    }

    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("upgrade-wizard-plan")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("playbook"),
         QJsonObject{{QStringLiteral("id"), playbook.id},
                     {QStringLiteral("title"), playbook.title},
                     {QStringLiteral("product"), playbook.product},
                     {QStringLiteral("from"), QJsonArray::fromStringList(playbook.from)},
                     {QStringLiteral("to"), playbook.to},
                     {QStringLiteral("source_document"), playbook.sourceDocument}}},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("steps"), number},
                     {QStringLiteral("checks"), checks},
                     {QStringLiteral("tasks"), tasks},
                     {QStringLiteral("confirms"), confirms},
                     {QStringLiteral("info"), infos},
                     {QStringLiteral("irreversible"), irreversible},
                     {QStringLiteral("estimate_seconds"), estimate},
                     {QStringLiteral("without_estimate"), unestimated}}},
    };
}

namespace {

QString count(const QJsonObject &totals, const char *key, const char *one, const char *many)
{
    const int n = totals.value(QLatin1String(key)).toInt();
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString totalsLine(const QJsonObject &totals)
{
    const int without = totals.value(QLatin1String("without_estimate")).toInt();
    return QStringLiteral("%1: %2, %3 (%4 irreversible), %5, %6; estimated %7%8")
        .arg(count(totals, "steps", "step", "steps"), count(totals, "checks", "check", "checks"),
             count(totals, "tasks", "task", "tasks"),
             QString::number(totals.value(QLatin1String("irreversible")).toInt()),
             count(totals, "confirms", "sign-off", "sign-offs"), count(totals, "info", "info item", "info items"),
             formatEstimate(qint64(totals.value(QLatin1String("estimate_seconds")).toDouble())),
             without
                 ? QStringLiteral(" (%1 without an estimate)").arg(count(totals, "without_estimate", "step", "steps"))
                 : QString());
}

// A step's waits for people: those on one item for one reason in one line ("after Back up on
// NodeA, NodeB, NodeC: why"), as a foreach item's steps on every node make them.
QList<std::pair<QString, QString>> groupedWaits(const QJsonObject &step)
{
    struct Group
    {
        QString item;
        QString itemTitle;
        QString reason;
        QString title; // the step's, when it stays alone
        QStringList nodes;
    };
    QList<Group> groups;
    for (const QJsonValue &value : step.value(QLatin1String("waits_for")).toArray()) {
        const QJsonObject wait = value.toObject();
        const QString node = str(wait, "node");
        if (!groups.isEmpty() && !node.isEmpty() && !groups.last().nodes.isEmpty()
            && groups.last().item == str(wait, "item") && groups.last().reason == str(wait, "reason")) {
            groups.last().nodes << node;
            continue;
        }
        groups.append({str(wait, "item"), str(wait, "item_title"), str(wait, "reason"), str(wait, "title"),
                       node.isEmpty() ? QStringList() : QStringList{node}});
    }
    QList<std::pair<QString, QString>> lines; // who, why
    for (const Group &group : std::as_const(groups))
        lines.append({group.nodes.size() > 1
                          ? QStringLiteral("%1 on %2").arg(group.itemTitle, group.nodes.join(QStringLiteral(", ")))
                          : group.title,
                      group.reason});
    return lines;
}

QString marker(const QJsonObject &step)
{
    if (step.value(QLatin1String("irreversible")).toBool())
        return QStringLiteral("!");
    return step.value(QLatin1String("changes")).toBool() ? QStringLiteral("*") : QStringLiteral(" ");
}

} // namespace

QString planText(const QJsonObject &report)
{
    const QJsonObject playbook = report.value(QLatin1String("playbook")).toObject();
    const QJsonObject totals = report.value(QLatin1String("totals")).toObject();
    QString text
        = QStringLiteral("Plan: %1 (%2)\n%3\n").arg(str(playbook, "title"), str(playbook, "id"), totalsLine(totals));
    QStringList parameters;
    for (const QJsonValue &value : report.value(QLatin1String("parameters")).toArray())
        parameters << QStringLiteral("%1 = %2").arg(str(value.toObject(), "id"), str(value.toObject(), "value"));
    if (!parameters.isEmpty())
        text += QStringLiteral("\nParameters:\n  %1\n").arg(parameters.join(QStringLiteral("\n  ")));
    text += QStringLiteral("\n  * changes something   ! irreversible: the point of no return\n");

    QString page;
    for (const QJsonValue &value : report.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        if (str(step, "page") != page) {
            page = str(step, "page");
            text += QStringLiteral("\n== %1\n").arg(page);
        }
        const qint64 seconds = qint64(step.value(QLatin1String("estimate_seconds")).toDouble());
        // One arg() for all: a title's own "%2" must stay as it is.
        text += QStringLiteral("%1 %2%3 %4 %5%6\n")
                    .arg(QString::number(step.value(QLatin1String("n")).toInt()).rightJustified(4), marker(step),
                         typeWord(str(step, "type")).leftJustified(8), str(step, "severity").leftJustified(7),
                         str(step, "title"),
                         seconds > 0 ? QStringLiteral("  [%1]").arg(formatEstimate(seconds)) : QString());
        if (step.value(QLatin1String("irreversible")).toBool())
            text += QStringLiteral("         IRREVERSIBLE: there is no going back once it has run\n");
        if (step.contains(QLatin1String("does")))
            text += QStringLiteral("         %1\n").arg(str(step, "does"));
        for (const auto &[who, why] : groupedWaits(step))
            text += QStringLiteral("         after %1%2\n")
                        .arg(who, why.isEmpty() ? QString() : QStringLiteral(": ") + why);
    }
    text += QStringLiteral("\nTotal: %1\n").arg(totalsLine(totals));
    return text;
}

QString planHtml(const QJsonObject &report)
{
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    const QJsonObject playbook = report.value(QLatin1String("playbook")).toObject();
    const QJsonObject totals = report.value(QLatin1String("totals")).toObject();
    QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Plan: %1</title>\n"
                         "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
                         "th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}"
                         "th{background:#eee}tr.irreversible td{background:#fde8e8}"
                         "tr.irreversible td:first-child{border-left:6px solid #b00020}"
                         ".badge{font-weight:bold;color:#b00020}.changes{font-weight:bold}"
                         "code{font-family:monospace;white-space:pre-wrap;word-break:break-all}"
                         ".muted{color:#555}</style></head><body>\n"
                         "<h1>Plan: %1 <span class=\"muted\">(%2)</span></h1>\n<p>%3</p>\n")
              .arg(esc(str(playbook, "title")), esc(str(playbook, "id")), esc(totalsLine(totals)));
    html += QStringLiteral("<h2>Parameters</h2>\n<table><tr><th>Parameter</th><th>Value</th></tr>\n");
    for (const QJsonValue &value : report.value(QLatin1String("parameters")).toArray())
        html += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>\n")
                    .arg(esc(str(value.toObject(), "id")), esc(str(value.toObject(), "value")));
    html += QStringLiteral("</table>\n");
    QString page;
    for (const QJsonValue &value : report.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        if (str(step, "page") != page) {
            if (!page.isEmpty())
                html += QStringLiteral("</table>\n");
            page = str(step, "page");
            html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>#</th><th>Kind</th><th>Severity</th><th>Step</th>"
                                   "<th>What it does</th><th>After</th><th>Estimate</th></tr>\n")
                        .arg(esc(page));
        }
        const bool irreversible = step.value(QLatin1String("irreversible")).toBool();
        const bool changes = step.value(QLatin1String("changes")).toBool();
        QStringList waits;
        for (const auto &[who, why] : groupedWaits(step))
            waits << esc(who) + (why.isEmpty() ? QString() : QStringLiteral(": <i>%1</i>").arg(esc(why)));
        const qint64 seconds = qint64(step.value(QLatin1String("estimate_seconds")).toDouble());
        html += QStringLiteral("<tr%1><td>%2</td><td>%3%4</td><td>%5</td><td>%6</td><td><code>%7</code></td>"
                               "<td>%8</td><td>%9</td></tr>\n")
                    .arg(irreversible ? QStringLiteral(" class=\"irreversible\"") : QString(),
                         QString::number(step.value(QLatin1String("n")).toInt()), esc(typeWord(str(step, "type"))),
                         irreversible  ? QStringLiteral("<br><span class=\"badge\">IRREVERSIBLE</span>")
                             : changes ? QStringLiteral("<br><span class=\"changes\">changes</span>")
                                       : QString(),
                         esc(str(step, "severity")), esc(str(step, "title")), esc(str(step, "does")),
                         waits.join(QStringLiteral("<br>")), seconds > 0 ? formatEstimate(seconds) : QString());
    }
    if (!page.isEmpty())
        html += QStringLiteral("</table>\n");
    html += QStringLiteral("<p>Total: %1</p>\n</body></html>\n").arg(esc(totalsLine(totals)));
    return html;
}

} // namespace uw
