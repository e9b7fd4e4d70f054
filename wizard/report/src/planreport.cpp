#include "wizard/report/planreport.h"

#include "wizard/playbook/parameters.h"
#include "wizard/report/report.h"
#include "wizard/report/reporthtml.h"

#include <QCoreApplication>
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

Text describeVersionSource(const QJsonObject &source)
{
    const QString from = str(source, "source");
    if (from == u"command")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "the output of %1"), commandLine(source));
    if (from == u"jar-manifest")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 in the manifest of %2"),
                    source.contains(QLatin1String("attribute")) ? str(source, "attribute")
                                                                : QStringLiteral("Implementation-Version"),
                    str(source, "path"));
    return Text::verbatim(str(source, "path"));
}

QString request(const QJsonObject &r)
{
    return QStringLiteral("%1 %2").arg(r.contains(QLatin1String("method")) ? str(r, "method") : QStringLiteral("GET"),
                                       str(r, "url"));
}

Text describeWorkflow(const QJsonObject &spec)
{
    QList<Text> steps;
    for (const QJsonValue &value : spec.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        QStringList requests;
        if (step.contains(QLatin1String("url")))
            requests << request(step);
        for (const QJsonValue &r : step.value(QLatin1String("requests")).toArray())
            requests << request(r.toObject());
        steps << (step.contains(QLatin1String("foreach"))
                      ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 for each of %2: %3"), str(step, "name"),
                             str(step, "foreach"), requests.join(QStringLiteral(", ")))
                      : Text("%1: %2", str(step, "name"), requests.join(QStringLiteral(", "))));
    }
    return Text(QT_TRANSLATE_NOOP("uw::Outcome", "HTTP workflow on %1: %2"), str(spec, "base_url"),
                joinedTexts(steps, QStringLiteral("; ")));
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

Text describeSpec(const QJsonObject &spec)
{
    const auto is = [&](const char *key, const char *value) {
        return str(spec, key) == QLatin1String(value);
    };
    const QString kind = str(spec, "kind");
    // Tasks
    if (kind == u"command") {
        Text line = Text::verbatim(commandLine(spec));
        if (spec.value(QLatin1String("remote")).toBool() || is("remote", "true")) {
            const QJsonObject ssh = spec.value(QLatin1String("ssh")).toObject();
            const QString user = str(ssh, "user");
            line = Text(QT_TRANSLATE_NOOP("uw::Outcome", "on %1 over ssh: %2"),
                        (user.isEmpty() ? QString() : user + u'@') + str(ssh, "host"), line);
        }
        if (spec.contains(QLatin1String("background")))
            line = Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 (started in the background)"), line);
        return line;
    }
    if (kind == u"stop-process")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "stop the process whose id is in %1"), str(spec, "pid_file"));
    if (kind == u"http-workflow")
        return describeWorkflow(spec);
    if (kind == u"archive-backup")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "back up %1 to %2"), str(spec, "source"), str(spec, "archive"));
    if (kind == u"archive-extract")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "extract %1 into %2"), str(spec, "archive"),
                    str(spec, "destination"));
    if (kind == u"file-edit") {
        const QString files = listOf(spec.value(QLatin1String("files")));
        const qsizetype edits = spec.value(QLatin1String("edits")).toArray().size();
        return spec.value(QLatin1String("dry_run")).toBool()
            ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "edit %1 (%2 edit(s)), a dry run"), files, edits)
            : Text(QT_TRANSLATE_NOOP("uw::Outcome", "edit %1 (%2 edit(s))"), files, edits);
    }
    if (kind == u"copy")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "copy %1 to %2"), listOf(spec.value(QLatin1String("from"))),
                    str(spec, "to"));
    // Checks
    if (kind == u"compare")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 equals %2"), word(str(spec, "value")),
                    word(str(spec, "equals")));
    if (kind == u"path-exists")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 exists"), str(spec, "path"));
    if (kind == u"path-absent")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is absent"), str(spec, "path"));
    if (kind == u"file-contains")
        return is("expect", "no-match")
            ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 does not match /%2/"), str(spec, "path"), str(spec, "regex"))
            : Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 matches /%2/"), str(spec, "path"), str(spec, "regex"));
    if (kind == u"version") {
        QList<Text> sources;
        if (spec.contains(QLatin1String("sources")))
            for (const QJsonValue &source : spec.value(QLatin1String("sources")).toArray())
                sources << describeVersionSource(source.toObject());
        else
            sources << describeVersionSource(spec);
        Text from = sources.value(0);
        for (qsizetype i = 1; i < sources.size(); ++i)
            from = Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1, else %2"), from, sources.at(i));
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "the version in %1 is in %2"), from, str(spec, "range"));
    }
    if (kind == u"disk-free")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "free space at %1"), str(spec, "path"));
    if (kind == u"tcp-port")
        return is("expect", "free")
            ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1:%2 is free"), str(spec, "host"), str(spec, "port"))
            : Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1:%2 is open"), str(spec, "host"), str(spec, "port"));
    if (kind == u"http")
        return Text::verbatim(request(spec));
    if (kind == u"process")
        return is("expect", "stopped")
            ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "the process %1 is stopped"), str(spec, "name"))
            : Text(QT_TRANSLATE_NOOP("uw::Outcome", "the process %1 is running"), str(spec, "name"));
    if (kind == u"no-conflicts")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "no file of %1 is also in %2"), str(spec, "dir"),
                    str(spec, "against"));
    if (kind == u"unmodified-since")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "nothing in %1 changed since %2"), str(spec, "path"),
                    str(spec, "since"));
    if (kind == u"decision-table")
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "a decision table over %1"),
                    spec.value(QLatin1String("inputs")).toObject().keys().join(QStringLiteral(", ")));
    return Text::verbatim(describeFields(kind, spec));
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
            {QStringLiteral("title_text"), titleText(step).toJson()},
            {QStringLiteral("type"), itemTypeName(item.type)},
            {QStringLiteral("severity"), severityName(item.severity)},
            {QStringLiteral("changes"), item.type == Item::Type::Task},
            {QStringLiteral("irreversible"), item.irreversible},
            {QStringLiteral("estimate_seconds"), item.estimateSeconds},
        };
        if (item.type == Item::Type::Check || item.type == Item::Type::Task) {
            const QJsonObject spec = masker.mask(resolveStepSpec(plan, step, builtins));
            entry.insert(QStringLiteral("kind"), spec.value(QLatin1String("kind")));
            const Text does = masker.mask(describeSpec(spec));
            entry.insert(QStringLiteral("does"), does.english());
            entry.insert(QStringLiteral("does_text"), does.toJson());
            entry.insert(QStringLiteral("spec"), spec);
        }
        QJsonArray waits;
        for (const Plan::Wait &wait : plan.waitsFor(step.key, [](const QString &) { return false; }))
            waits.append(QJsonObject{{QStringLiteral("step"), wait.step->key},
                                     {QStringLiteral("item"), wait.step->item->id},
                                     {QStringLiteral("item_title"), wait.step->item->title},
                                     {QStringLiteral("node"), wait.step->node},
                                     {QStringLiteral("title"), wait.step->displayTitle()},
                                     {QStringLiteral("title_text"), titleText(*wait.step).toJson()},
                                     {QStringLiteral("reason"), wait.reason.english()},
                                     {QStringLiteral("reason_text"), wait.reason.toJson()}});
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

// The plan for people. A class only so that tr() has a context lupdate can see
// ("uw::PlanReport"): the wizard shows the plan in its language, the command line in English.
class PlanRenderer
{
    Q_DECLARE_TR_FUNCTIONS(uw::PlanReport)
public:
    static QString text(const QJsonObject &report)
    {
        const QJsonObject playbook = report.value(QLatin1String("playbook")).toObject();
        const QJsonObject totals = report.value(QLatin1String("totals")).toObject();
        QString text
            = tr("Plan: %1 (%2)").arg(str(playbook, "title"), str(playbook, "id")) + u'\n' + totalsLine(totals) + u'\n';
        QStringList parameters;
        for (const QJsonValue &value : report.value(QLatin1String("parameters")).toArray())
            parameters << QStringLiteral("%1 = %2").arg(str(value.toObject(), "id"), str(value.toObject(), "value"));
        if (!parameters.isEmpty())
            text += u'\n' + tr("Parameters:") + QStringLiteral("\n  %1\n").arg(parameters.join(QStringLiteral("\n  ")));
        text += QStringLiteral("\n  ") + tr("* changes something   ! irreversible: the point of no return") + u'\n';

        // The kind and severity columns as wide as their longest word in this language.
        const QJsonArray steps = report.value(QLatin1String("steps")).toArray();
        qsizetype typeWidth = 8, severityWidth = 7;
        for (const QJsonValue &value : steps) {
            typeWidth = std::max(typeWidth, typeWord(str(value.toObject(), "type")).size());
            severityWidth = std::max(severityWidth, severityLabel(str(value.toObject(), "severity")).size());
        }
        QString page;
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            if (str(step, "page") != page) {
                page = str(step, "page");
                text += QStringLiteral("\n== %1\n").arg(playbookWords(page));
            }
            const qint64 seconds = step.value(QLatin1String("estimate_seconds")).toInteger();
            // One arg() for all: a title's own "%2" must stay as it is.
            text += QStringLiteral("%1 %2%3 %4 %5%6\n")
                        .arg(QString::number(step.value(QLatin1String("n")).toInt()).rightJustified(4), marker(step),
                             typeWord(str(step, "type")).leftJustified(typeWidth),
                             severityLabel(str(step, "severity")).leftJustified(severityWidth),
                             translatedField(step, QStringLiteral("title")),
                             seconds > 0 ? QStringLiteral("  [%1]").arg(formatEstimate(seconds)) : QString());
            if (step.value(QLatin1String("irreversible")).toBool())
                text += QStringLiteral("         %1\n").arg(tr("IRREVERSIBLE: there is no going back once it has run"));
            if (step.contains(QLatin1String("does")))
                text += QStringLiteral("         %1\n").arg(translatedField(step, QStringLiteral("does")));
            for (const auto &[who, why] : groupedWaits(step))
                text += QStringLiteral("         %1\n")
                            .arg(why.isEmpty() ? tr("after %1").arg(who) : tr("after %1: %2").arg(who, why));
        }
        text += u'\n' + tr("Total: %1").arg(totalsLine(totals)) + u'\n';
        return text;
    }

    static QString html(const QJsonObject &report)
    {
        const auto esc = [](const QString &text) {
            return text.toHtmlEscaped();
        };
        const QJsonObject playbook = report.value(QLatin1String("playbook")).toObject();
        const QJsonObject totals = report.value(QLatin1String("totals")).toObject();
        const QString heading = tr("Plan: %1").arg(str(playbook, "title"));
        QString html
            = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n"
                             "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
                             "th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}"
                             "th{background:#eee}tr.irreversible td{background:#fde8e8}"
                             "tr.irreversible td:first-child{border-left:6px solid #b00020}"
                             ".badge{font-weight:bold;color:#b00020}.changes{font-weight:bold}"
                             "code{font-family:monospace;white-space:pre-wrap;word-break:break-all}"
                             ".muted{color:#555}</style></head><body>\n"
                             "<h1>%2 <span class=\"muted\">(%3)</span></h1>\n<p>%4</p>\n")
                  .arg(language(), esc(heading), esc(str(playbook, "id")), esc(totalsLine(totals)));
        html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th></tr>\n")
                    .arg(esc(tr("Parameters")), esc(tr("Parameter")), esc(tr("Value")));
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
                html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th>"
                                       "<th>%5</th><th>%6</th><th>%7</th></tr>\n")
                            .arg(esc(playbookWords(page)), esc(tr("Kind")), esc(tr("Severity")), esc(tr("Step")),
                                 esc(tr("What it does")), esc(tr("After")), esc(tr("Estimate")));
            }
            const bool irreversible = step.value(QLatin1String("irreversible")).toBool();
            const bool changes = step.value(QLatin1String("changes")).toBool();
            QStringList waits;
            // Under the heading "After": who, and why in italics.
            for (const auto &[who, why] : groupedWaits(step))
                waits << esc(who) + (why.isEmpty() ? QString() : QStringLiteral(": <i>%1</i>").arg(esc(why)));
            const qint64 seconds = step.value(QLatin1String("estimate_seconds")).toInteger();
            html += QStringLiteral("<tr%1><td>%2</td><td>%3%4</td><td>%5</td><td>%6</td><td><code>%7</code></td>"
                                   "<td>%8</td><td>%9</td></tr>\n")
                        .arg(irreversible ? QStringLiteral(" class=\"irreversible\"") : QString(),
                             QString::number(step.value(QLatin1String("n")).toInt()), esc(typeWord(str(step, "type"))),
                             irreversible
                                 ? QStringLiteral("<br><span class=\"badge\">%1</span>").arg(esc(tr("IRREVERSIBLE")))
                                 : changes
                                 ? QStringLiteral("<br><span class=\"changes\">%1</span>").arg(esc(tr("changes")))
                                 : QString(),
                             esc(severityLabel(str(step, "severity"))),
                             esc(translatedField(step, QStringLiteral("title"))),
                             esc(translatedField(step, QStringLiteral("does"))), waits.join(QStringLiteral("<br>")),
                             seconds > 0 ? formatEstimate(seconds) : QString());
        }
        if (!page.isEmpty())
            html += QStringLiteral("</table>\n");
        html += QStringLiteral("<p>%1</p>\n</body></html>\n").arg(esc(tr("Total: %1").arg(totalsLine(totals))));
        return html;
    }

private:
    // The language the document is written in, for <html lang>.
    static QString language()
    {
        //: The language code of this translation, for the plan document's <html lang="...">
        const QString code = tr("en");
        return code;
    }

    static QString playbookWords(const QString &english)
    {
        return english.isEmpty() ? english : QCoreApplication::translate("playbook", english.toUtf8().constData());
    }

    static QString typeWord(const QString &type)
    {
        if (type == u"confirm")
            return tr("sign-off");
        if (type == u"check")
            return tr("check");
        if (type == u"task")
            return tr("task");
        if (type == u"info")
            return tr("info");
        return type;
    }

    static QString totalsLine(const QJsonObject &totals)
    {
        const auto n = [&](const char *key) {
            return totals.value(QLatin1String(key)).toInt();
        };
        // A form for one and one for more, each written out so that lupdate sees it: English
        // and German need no other.
        const int steps = n("steps"), checks = n("checks"), tasks = n("tasks"), confirms = n("confirms"),
                  info = n("info"), without = n("without_estimate");
        QString line = (steps == 1 ? tr("%1 step") : tr("%1 steps")).arg(steps) + QStringLiteral(": ")
            + QStringList{(checks == 1 ? tr("%1 check") : tr("%1 checks")).arg(checks),
                          (tasks == 1 ? tr("%1 task (%2 irreversible)") : tr("%1 tasks (%2 irreversible)"))
                              .arg(tasks)
                              .arg(n("irreversible")),
                          (confirms == 1 ? tr("%1 sign-off") : tr("%1 sign-offs")).arg(confirms),
                          (info == 1 ? tr("%1 info item") : tr("%1 info items")).arg(info)}
                  .join(QStringLiteral(", "))
            + QStringLiteral("; ")
            + tr("estimated %1").arg(formatEstimate(totals.value(QLatin1String("estimate_seconds")).toInteger()));
        if (without)
            line += u' '
                + (without == 1 ? tr("(%1 step without an estimate)") : tr("(%1 steps without an estimate)"))
                      .arg(without);
        return line;
    }

    // A step's waits for people: those on one item for one reason in one line ("after Back up on
    // NodeA, NodeB, NodeC: why"), as a foreach item's steps on every node make them.
    static QList<std::pair<QString, QString>> groupedWaits(const QJsonObject &step)
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
            const QString reason = translatedField(wait, QStringLiteral("reason"));
            if (!groups.isEmpty() && !node.isEmpty() && !groups.last().nodes.isEmpty()
                && groups.last().item == str(wait, "item") && groups.last().reason == reason) {
                groups.last().nodes << node;
                continue;
            }
            groups.append({str(wait, "item"), playbookWords(str(wait, "item_title")), reason,
                           translatedField(wait, QStringLiteral("title")),
                           node.isEmpty() ? QStringList() : QStringList{node}});
        }
        QList<std::pair<QString, QString>> lines; // who, why
        for (const Group &group : std::as_const(groups))
            //: A step of an item that runs once per node: "<item title> on <node names>"
            lines.append({group.nodes.size() > 1
                              ? tr("%1 on %2").arg(group.itemTitle, group.nodes.join(QStringLiteral(", ")))
                              : group.title,
                          group.reason});
        return lines;
    }

    static QString marker(const QJsonObject &step)
    {
        if (step.value(QLatin1String("irreversible")).toBool())
            return QStringLiteral("!");
        return step.value(QLatin1String("changes")).toBool() ? QStringLiteral("*") : QStringLiteral(" ");
    }
};

} // namespace

QString planText(const QJsonObject &report)
{
    return PlanRenderer::text(report);
}

QString planHtml(const QJsonObject &report)
{
    return PlanRenderer::html(report);
}

} // namespace uw
