#include "wizard/report/reporthtml.h"

#include "wizard/playbook/parameters.h"
#include "wizard/report/report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace uw {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The one place a step's outcome message is read from the report, so that the form it is kept
// in can change without touching the rest.
QString stepMessage(const QJsonObject &step)
{
    return translatedSummary(step);
}

// One document, built in order. A class only so that tr() has a context lupdate can see
// ("uw::ReportHtml"), as the report is read by people and will be translated.
class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(uw::ReportHtml)
public:
    // Also the plan's (severityLabel in reporthtml.h).
    static QString severityLabel(const QString &severity)
    {
        if (severity == QLatin1String("blocker"))
            return tr("blocker");
        if (severity == QLatin1String("warning"))
            return tr("warning");
        if (severity == QLatin1String("info"))
            return tr("info");
        return severity;
    }

    Renderer(const QJsonObject &report, const ReportHtmlOptions &options)
        : m_report(report)
        , m_options(options)
    {
        // Reasons link to their step's row; keys may hold any node name, so rows get numbers.
        const QJsonArray steps = m_report.value(QLatin1String("steps")).toArray();
        for (qsizetype i = 0; i < steps.size(); ++i)
            m_anchors.insert(str(steps.at(i).toObject(), "step"), QStringLiteral("step-%1").arg(i + 1));
    }

    QString render()
    {
        const QJsonObject playbook = m_report.value(QLatin1String("playbook")).toObject();
        const QString title = str(playbook, "title").isEmpty() ? str(playbook, "id") : str(playbook, "title");
        m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        m_out += QStringLiteral("<meta name=\"generator\" content=\"%1\">\n").arg(esc(str(m_report, "generator")));
        m_out += QStringLiteral("<title>%1</title>\n").arg(esc(tr("Upgrade report: %1").arg(title)));
        m_out += styleSheet(isTraining());
        m_out += QStringLiteral("</head>\n<body%1>\n")
                     .arg(isTraining() ? QStringLiteral(" class=\"training\"") : QString());
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Upgrade report: %1").arg(title)));
        trainingBanner();
        banner();
        overview(playbook);
        decision();
        signOffs();
        backups();
        parameters();
        debrief();
        if (m_options.appendix)
            appendix();
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out;
    }

private:
    bool isTraining() const
    {
        return m_report.value(QLatin1String("training")).toBool()
            || m_report.value(QLatin1String("session")).toObject().value(QLatin1String("training")).toBool();
    }

    static QString styleSheet(bool training)
    {
        // Black on white whatever the reader's theme, so a printout and a screen agree. The
        // banner's colour is only a help: its words say GO or NO-GO, and in print (where
        // browsers drop backgrounds) it becomes black text in a heavy frame. A training report
        // carries "TRAINING" across every page in a browser (position: fixed repeats on each
        // printed page); the PDF draws its own on each page, and both have the banner.
        return QStringLiteral(
                   "<style>\n"
                   "body { font-family: sans-serif; font-size: 9pt; color: #000000; background-color: #ffffff; }\n"
                   "h1 { font-size: 15pt; margin-bottom: 4px; }\n"
                   "table { border-collapse: collapse; margin-bottom: 6px; width: 100%; }\n"
                   "th, td { border: 1px solid #808080; padding: 2px; text-align: left; vertical-align: top; }\n"
                   "th { background-color: #e6e6e6; }\n"
                   "th.section { font-size: 11pt; background-color: #ffffff; border: none; border-bottom: 2px solid "
                   "#000000; "
                   "padding-top: 8px; }\n"
                   "thead { display: table-header-group; }\n"
                   "tr { page-break-inside: avoid; }\n"
                   "table.banner td { border: none; padding: 8px; color: #ffffff; }\n"
                   "td.go { background-color: #1b6e2e; }\n"
                   "td.nogo { background-color: #a3191b; }\n"
                   "td.waived { background-color: #8a4b08; }\n"
                   "td.training { background-color: #fff3c4; color: #000000; border: 2px solid #8a4b08; }\n"
                   ".verdict { font-size: 20pt; font-weight: bold; }\n"
                   ".key, .mono, pre { font-family: monospace; }\n"
                   ".key { font-size: 7pt; color: #404040; }\n"
                   ".sha { font-family: monospace; font-size: 7pt; }\n"
                   "pre { white-space: pre-wrap; margin: 0; font-size: 7pt; }\n"
                   ".failed { color: #a3191b; font-weight: bold; }\n"
                   ".remedy { font-weight: bold; }\n"
                   "summary { font-size: 7pt; color: #404040; }\n"
                   "h2.appendix { page-break-before: always; font-size: 13pt; }\n"
                   "%1"
                   "@media print {\n"
                   "  table.banner td { background-color: #ffffff; color: #000000; border: 3px solid #000000; }\n"
                   "  details > pre { display: block; }\n"
                   "}\n"
                   "</style>\n")
            .arg(training
                     ? QStringLiteral("body.training::before { content: \"TRAINING\"; position: fixed; top: 40%; left: "
                                      "10%; font-size: 96pt; "
                                      "color: rgba(163, 25, 27, 0.12); transform: rotate(-35deg); z-index: -1; }\n")
                     : QString());
    }

    // A section: its heading is the first row of the table's head, so it never stands alone at
    // the foot of a page (Qt's rich text keeps a table's header rows with its first row and
    // repeats them on each page; browsers do too with thead). `headers` may be empty.
    QString sectionStart(const QString &heading, const QStringList &headers, int columns = 0) const
    {
        const int span = headers.isEmpty() ? std::max(columns, 1) : int(headers.size());
        // The attributes are for Qt's rich text (PDF), which reads them more faithfully than CSS.
        QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">\n"
                                      "<thead><tr><th class=\"section\" colspan=\"%1\" align=\"left\" "
                                      "bgcolor=\"#ffffff\"><big>%2</big></th></tr>\n")
                           .arg(span)
                           .arg(esc(heading));
        if (!headers.isEmpty()) {
            html += QStringLiteral("<tr>");
            for (const QString &header : headers)
                html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(header));
            html += QStringLiteral("</tr>\n");
        }
        return html + QStringLiteral("</thead>\n");
    }

    QString counted(const QString &heading, qsizetype n) const { return QStringLiteral("%1 (%2)").arg(heading).arg(n); }

    void trainingBanner()
    {
        if (!isTraining())
            return;
        m_out += QStringLiteral(
                     "<table class=\"training\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0\">"
                     "<tr><td class=\"training\" bgcolor=\"#fff3c4\" style=\"color: #000000\"><b>%1</b> "
                     "%2</td></tr></table>\n")
                     .arg(esc(tr("TRAINING")),
                          esc(tr("This session was an exercise against the built-in simulator: nothing real was "
                                 "changed, and this report is no change record.")));
    }

    // "3 failed, 26 not run": the blockers by kind, the words of the banner.
    QString blockerCounts() const
    {
        const QJsonObject decision = m_report.value(QLatin1String("decision")).toObject();
        int failed = 0, notRun = 0, skipped = 0;
        for (const QJsonValue &value : decision.value(QLatin1String("blockers")).toArray()) {
            const QString category = categoryOf(value.toObject(), false);
            failed += category == QLatin1String("failed") ? 1 : 0;
            skipped += category == QLatin1String("skipped") ? 1 : 0;
            notRun += category == QLatin1String("not-run") ? 1 : 0;
        }
        QStringList parts;
        if (failed > 0)
            parts << tr("%n failed", nullptr, failed);
        if (notRun > 0)
            parts << tr("%n not run", nullptr, notRun);
        if (skipped > 0)
            parts << tr("%n skipped without a waiver", nullptr, skipped);
        return parts.join(QStringLiteral(", "));
    }

    void banner()
    {
        const QJsonObject decision = m_report.value(QLatin1String("decision")).toObject();
        const QString verdict = str(decision, "decision");
        const bool waived = verdict == QLatin1String("go-with-waivers");
        const bool go = verdict == QLatin1String("go") || waived;
        const int waivers = int(decision.value(QLatin1String("waivers")).toArray().size());
        const int warnings = int(decision.value(QLatin1String("warnings")).toArray().size());
        QString detail;
        if (waived)
            detail = tr("Every blocker is done or waived: %n blocker(s) waived.", nullptr, waivers);
        else if (go)
            detail = tr("Every blocker is done.");
        else
            detail = tr("NO-GO: %1.").arg(blockerCounts());
        if (warnings > 0)
            detail += QLatin1Char(' ') + tr("%n warning(s) to look at.", nullptr, warnings);
        detail += QLatin1Char(' ')
            + tr("%1 of %2 steps done.")
                  .arg(decision.value(QLatin1String("done")).toInt())
                  .arg(decision.value(QLatin1String("total")).toInt());
        m_out += QStringLiteral("<table class=\"banner\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                                "border=\"0\"><tr><td class=\"%1\" bgcolor=\"%2\">"
                                "<span class=\"verdict\" style=\"color: #ffffff\">%3</span><br>"
                                "<span style=\"color: #ffffff\">%4</span></td></tr></table>\n")
                     .arg(waived   ? QStringLiteral("waived")
                              : go ? QStringLiteral("go")
                                   : QStringLiteral("nogo"),
                          waived   ? QStringLiteral("#8a4b08")
                              : go ? QStringLiteral("#1b6e2e")
                                   : QStringLiteral("#a3191b"),
                          waived   ? esc(tr("GO with waivers"))
                              : go ? esc(tr("GO"))
                                   : esc(tr("NO-GO")),
                          esc(detail));
    }

    // Two label/value pairs a row: the overview takes a few lines, not half a page.
    void overview(const QJsonObject &playbook)
    {
        const QJsonObject session = m_report.value(QLatin1String("session")).toObject();
        QList<std::pair<QString, QString>> rows;
        rows.append({tr("Product"), esc(str(playbook, "product"))});
        QStringList from;
        for (const QJsonValue &pattern : playbook.value(QLatin1String("from")).toArray())
            from << pattern.toString();
        rows.append(
            {tr("Upgrade"), esc(tr("from %1 to %2").arg(from.join(QStringLiteral(", ")), str(playbook, "to")))});
        rows.append({tr("Playbook"),
                     QStringLiteral("%1 <span class=\"key\">(%2)</span>")
                         .arg(esc(str(playbook, "title")), esc(str(playbook, "id")))});
        if (!str(playbook, "source").isEmpty())
            rows.append({tr("Vendor document"), esc(str(playbook, "source"))});
        rows.append({tr("Operator"), esc(str(session, "operator"))});
        rows.append({tr("Session started"), esc(formatReportTime(str(session, "created")))});
        if (!str(m_report, "generated").isEmpty())
            rows.append({tr("Report made"), esc(formatReportTime(str(m_report, "generated")))});
        if (isTraining())
            rows.append({tr("Mode"), esc(tr("training: against the built-in simulator, nothing real was changed"))});
        rows.append({tr("Made by"), esc(str(m_report, "generator"))});
        rows.append({tr("Session folder"),
                     QStringLiteral("<span class=\"mono\">%1</span>").arg(breakable(str(session, "dir")))});
        m_out += sectionStart(tr("Overview"), {}, 4);
        for (qsizetype i = 0; i < rows.size(); i += 2) {
            m_out += QStringLiteral("<tr><th width=\"14%\">%1</th><td width=\"36%\">%2</td>")
                         .arg(esc(rows.at(i).first), rows.at(i).second);
            if (i + 1 < rows.size())
                m_out += QStringLiteral("<th width=\"14%\">%1</th><td width=\"36%\">%2</td></tr>\n")
                             .arg(esc(rows.at(i + 1).first), rows.at(i + 1).second);
            else
                m_out += QStringLiteral("<td colspan=\"2\"></td></tr>\n");
        }
        m_out += QStringLiteral("</table>\n");
    }

    QString stepLink(const QString &key, const QString &title, bool withKey = true) const
    {
        const QString anchor = m_options.appendix ? m_anchors.value(key) : QString();
        const QString shown = esc(title.isEmpty() ? key : title);
        const QString link = anchor.isEmpty() ? shown : QStringLiteral("<a href=\"#%1\">%2</a>").arg(anchor, shown);
        return withKey ? QStringLiteral("%1<br><span class=\"key\">%2</span>").arg(link, esc(key)) : link;
    }

    // A reason's category; a report from before categories were kept has it from the status.
    static QString categoryOf(const QJsonObject &reason, bool warning)
    {
        if (const QString category = str(reason, "category"); !category.isEmpty())
            return category;
        if (warning)
            return QStringLiteral("warning");
        const QString status = str(reason, "status");
        if (status == QLatin1String("failed") || status == QLatin1String("interrupted"))
            return QStringLiteral("failed");
        if (status == QLatin1String("skipped"))
            return QStringLiteral("skipped");
        return QStringLiteral("not-run");
    }

    // What happened, without the "What to do" a report from before remedies were kept adds.
    static QString reasonMessage(const QJsonObject &reason)
    {
        if (reason.contains(QLatin1String("message")))
            return str(reason, "message");
        const QString problem = str(reason, "problem");
        const qsizetype at = problem.indexOf(QLatin1String(". What to do: "));
        return at < 0 ? problem : problem.left(at);
    }

    static QString reasonRemedy(const QJsonObject &reason)
    {
        if (reason.contains(QLatin1String("remedy")))
            return str(reason, "remedy");
        const QString problem = str(reason, "problem");
        const qsizetype at = problem.indexOf(QLatin1String(". What to do: "));
        return at < 0 ? QString() : problem.mid(at + 14);
    }

    QJsonArray reasonsOf(const char *list, const QString &category) const
    {
        const QJsonObject decision = m_report.value(QLatin1String("decision")).toObject();
        QJsonArray found;
        for (const QJsonValue &value : decision.value(QLatin1String(list)).toArray())
            if (categoryOf(value.toObject(), qstrcmp(list, "warnings") == 0) == category || category.isEmpty())
                found.append(value);
        return found;
    }

    // Failed first and in full, with the playbook's remedy; the steps not run after it as one
    // paragraph of names; then skips, waivers and warnings.
    void decision()
    {
        const QJsonArray failed = reasonsOf("blockers", QStringLiteral("failed"));
        const QJsonArray notRun = reasonsOf("blockers", QStringLiteral("not-run"));
        const QJsonArray skipped = reasonsOf("blockers", QStringLiteral("skipped"));
        const QJsonArray waivers = reasonsOf("waivers", QString());
        const QJsonArray warnings = reasonsOf("warnings", QString());
        if (failed.isEmpty() && notRun.isEmpty() && skipped.isEmpty() && waivers.isEmpty() && warnings.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n")
                         .arg(esc(tr("Nothing failed, nothing is left undone, nothing was "
                                     "waived and there is no warning.")));
            return;
        }
        if (!failed.isEmpty()) {
            m_out += sectionStart(counted(tr("Failed"), failed.size()),
                                  {tr("Step"), tr("What happened"), tr("What to do")});
            for (const QJsonValue &value : failed) {
                const QJsonObject reason = value.toObject();
                const QString remedy = reasonRemedy(reason);
                m_out += QStringLiteral(
                             "<tr><td width=\"24%\">%1</td><td width=\"46%\">%2</td><td width=\"30%\">%3</td></tr>\n")
                             .arg(stepLink(str(reason, "step"), str(reason, "title")),
                                  breakable(reasonMessage(reason).isEmpty() ? tr("failed") : reasonMessage(reason)),
                                  remedy.isEmpty() ? esc(tr("The playbook gives no remedy for this step."))
                                                   : QStringLiteral("<span class=\"remedy\">%1</span> %2")
                                                         .arg(esc(tr("What to do:")), breakable(remedy)));
            }
            m_out += QStringLiteral("</table>\n");
        }
        if (!notRun.isEmpty()) {
            QStringList names;
            for (const QJsonValue &value : notRun) {
                const QJsonObject reason = value.toObject();
                QString name = stepLink(str(reason, "step"), str(reason, "title"), false);
                if (const QString message = reasonMessage(reason); message != QLatin1String("not run")
                    && message != QLatin1String("not confirmed") && !message.isEmpty())
                    name += QStringLiteral(" (%1)").arg(esc(message));
                names << name;
            }
            m_out += sectionStart(counted(tr("Not run or not signed off"), notRun.size()), {});
            m_out += QStringLiteral("<tr><td>%1</td></tr>\n</table>\n").arg(names.join(QStringLiteral("; ")));
        }
        if (!skipped.isEmpty()) {
            m_out += sectionStart(counted(tr("Skipped blockers (no waiver)"), skipped.size()),
                                  {tr("Step"), tr("Problem")});
            for (const QJsonValue &value : skipped) {
                const QJsonObject reason = value.toObject();
                m_out
                    += QStringLiteral("<tr><td width=\"30%\">%1</td><td>%2</td></tr>\n")
                           .arg(stepLink(str(reason, "step"), str(reason, "title")), breakable(str(reason, "problem")));
            }
            m_out += QStringLiteral("</table>\n");
        }
        if (!waivers.isEmpty()) {
            // Each waived blocker with who waived it, when and why: what a reviewer signs.
            m_out += sectionStart(counted(tr("Waivers"), waivers.size()),
                                  {tr("Step"), tr("Waived by"), tr("When"), tr("Why")});
            for (const QJsonValue &value : waivers) {
                const QJsonObject waiver = value.toObject();
                m_out += QStringLiteral("<tr><td width=\"30%\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                             .arg(stepLink(str(waiver, "step"), str(waiver, "title")), esc(str(waiver, "operator")),
                                  esc(formatReportTime(str(waiver, "time"))), esc(str(waiver, "reason")));
            }
            m_out += QStringLiteral("</table>\n");
        }
        if (!warnings.isEmpty()) {
            m_out += sectionStart(counted(tr("Warnings"), warnings.size()),
                                  {tr("Step"), tr("What happened"), tr("What to do")});
            for (const QJsonValue &value : warnings) {
                const QJsonObject reason = value.toObject();
                // A warning step that ran has its message; one not run, skipped or unverified
                // has the decision's words.
                const QString status = str(reason, "status");
                const bool ran = (status == QLatin1String("failed") || status == QLatin1String("passed"))
                    && str(reason, "category") != QLatin1String("insecure-tls");
                const QString what
                    = ran && !reasonMessage(reason).isEmpty() ? reasonMessage(reason) : str(reason, "problem");
                const QString remedy = ran ? reasonRemedy(reason) : QString();
                m_out
                    += QStringLiteral("<tr><td width=\"24%\">%1</td><td width=\"46%\">%2</td><td width=\"30%\">%3</td>"
                                      "</tr>\n")
                           .arg(stepLink(str(reason, "step"), str(reason, "title")), breakable(what),
                                breakable(remedy));
            }
            m_out += QStringLiteral("</table>\n");
        }
    }

    // Every sign-off and every skip, with who, when and the note or reason: what an auditor
    // asks first.
    void signOffs()
    {
        QStringList rows;
        QStringList unattended;
        QString first, last;
        for (const QJsonValue &value : m_report.value(QLatin1String("steps")).toArray()) {
            const QJsonObject step = value.toObject();
            const QString status = str(step, "status");
            if (status != QLatin1String("confirmed") && status != QLatin1String("skipped"))
                continue;
            // Sign-offs given by --confirm-all name nobody: one line for all of them.
            if (status == QLatin1String("confirmed") && step.value(QLatin1String("confirmed_unattended")).toBool()
                && str(step, "note").isEmpty()) {
                unattended << stepLink(str(step, "step"), str(step, "title"), false);
                const QString time = formatReportTime(str(step, "time"));
                first = first.isEmpty() ? time : first;
                last = time;
                continue;
            }
            rows << QStringLiteral("<tr><td width=\"40%\">%1</td><td width=\"60%\">%2</td></tr>\n")
                        .arg(stepLink(str(step, "step"), str(step, "title"), false), signOff(step));
        }
        const qsizetype count = rows.size() + unattended.size();
        if (!unattended.isEmpty())
            rows << QStringLiteral("<tr><td colspan=\"2\"><b>%1</b> %2</td></tr>\n")
                        .arg(esc(tr("Confirmed unattended (--confirm-all), %1 to %2, nobody named:").arg(first, last)),
                             unattended.join(QStringLiteral("; ")));
        if (rows.isEmpty())
            return;
        m_out += sectionStart(counted(tr("Sign-offs and skips"), count), {tr("Step"), tr("Who, when, and why")});
        m_out += rows.join(QString()) + QStringLiteral("</table>\n");
    }

    QString parameterValue(const QJsonValue &value) const
    {
        if (value.isObject() && value.toObject().value(QLatin1String("secret")).toBool())
            return QString::fromLatin1(kMask); // never written anywhere: see Session
        if (value.isBool())
            return esc(value.toBool() ? tr("yes") : tr("no"));
        if (value.isDouble())
            return esc(QString::number(value.toDouble()));
        if (value.isString())
            return breakable(value.toString());
        if (value.isArray()) { // a nodes parameter: one node a line
            QStringList lines;
            for (const QJsonValue &element : value.toArray())
                lines << parameterValue(element);
            return lines.join(QStringLiteral("<br>"));
        }
        if (value.isObject()) { // a node: its name first, then its fields
            const QJsonObject object = value.toObject();
            QStringList fields;
            for (auto it = object.begin(); it != object.end(); ++it)
                if (it.key() != QLatin1String("name"))
                    fields << QStringLiteral("%1=%2").arg(esc(it.key()), parameterValue(it.value()));
            return QStringLiteral("%1 (%2)").arg(esc(object.value(QLatin1String("name")).toString()),
                                                 fields.join(QStringLiteral(", ")));
        }
        return QString();
    }

    void parameters()
    {
        const QJsonObject parameters = m_report.value(QLatin1String("parameters")).toObject();
        if (parameters.isEmpty()) {
            m_out += sectionStart(tr("Parameters"), {});
            m_out
                += QStringLiteral("<tr><td>%1</td></tr></table>\n").arg(esc(tr("This playbook takes no parameters.")));
            return;
        }
        // Two short values a row; a long one (a list of nodes, a path) has the row to itself.
        m_out += sectionStart(tr("Parameters"), {tr("Parameter"), tr("Value"), tr("Parameter"), tr("Value")});
        QString pending;
        for (auto it = parameters.begin(); it != parameters.end(); ++it) {
            const QString name = QStringLiteral("<td class=\"mono\" width=\"20%\">%1</td>").arg(esc(it.key()));
            const QString value = parameterValue(it.value());
            const bool secret = it.value().toObject().value(QLatin1String("secret")).toBool();
            const bool wide = it.value().isArray() || (it.value().isObject() && !secret) || value.size() > 34;
            if (wide) {
                m_out += QStringLiteral("<tr>%1<td colspan=\"3\">%2</td></tr>\n").arg(name, value);
                continue;
            }
            const QString cell = name + QStringLiteral("<td width=\"30%\">%1</td>").arg(value);
            if (pending.isEmpty()) {
                pending = cell;
            } else {
                m_out += QStringLiteral("<tr>%1%2</tr>\n").arg(pending, cell);
                pending.clear();
            }
        }
        if (!pending.isEmpty())
            m_out += QStringLiteral("<tr>%1<td colspan=\"2\"></td></tr>\n").arg(pending);
        m_out += QStringLiteral("</table>\n");
    }

    QString statusHtml(const QString &status) const
    {
        static const QHash<QString, const char *> labels{
            {QStringLiteral("pending"), QT_TRANSLATE_NOOP("uw::ReportHtml", "not done")},
            {QStringLiteral("running"), QT_TRANSLATE_NOOP("uw::ReportHtml", "running")},
            {QStringLiteral("passed"), QT_TRANSLATE_NOOP("uw::ReportHtml", "passed")},
            {QStringLiteral("confirmed"), QT_TRANSLATE_NOOP("uw::ReportHtml", "confirmed")},
            {QStringLiteral("failed"), QT_TRANSLATE_NOOP("uw::ReportHtml", "FAILED")},
            {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("uw::ReportHtml", "cancelled")},
            {QStringLiteral("interrupted"), QT_TRANSLATE_NOOP("uw::ReportHtml", "interrupted")},
            {QStringLiteral("skipped"), QT_TRANSLATE_NOOP("uw::ReportHtml", "skipped")}};
        const char *label = labels.value(status);
        const QString text = label ? tr(label) : status;
        const bool bad = status == QLatin1String("failed") || status == QLatin1String("interrupted");
        return bad ? QStringLiteral("<span class=\"failed\">%1</span>").arg(esc(text)) : esc(text);
    }

    // Who signed off or skipped, when, and their note or reason: what an auditor asks first.
    QString signOff(const QJsonObject &step) const
    {
        const QString status = str(step, "status");
        const QString who = str(step, "operator");
        const QString when = formatReportTime(str(step, "time"));
        const QString note = str(step, "note");
        QString html;
        if (status == QLatin1String("confirmed")) {
            html = step.value(QLatin1String("confirmed_unattended")).toBool()
                ? esc(tr("confirmed unattended (--confirm-all), %1").arg(when))
                : esc(tr("confirmed by %1, %2").arg(who, when));
            if (!note.isEmpty())
                html += QStringLiteral("<br>") + esc(tr("Note: %1").arg(note));
        } else if (status == QLatin1String("skipped")) {
            html = esc(tr("skipped by %1, %2").arg(who, when));
            html += QStringLiteral("<br>")
                + (note.trimmed().isEmpty()
                       ? QStringLiteral("<span class=\"failed\">%1</span>").arg(esc(tr("No reason given")))
                       : esc(tr("Reason: %1").arg(note)));
        }
        return html;
    }

    QString outcome(const QJsonObject &step) const
    {
        // A sign-off or skip says who, when and why below; its message says no more than that.
        const QString who = signOff(step);
        QString html = who.isEmpty() ? breakable(stepMessage(step)) : who;
        if (step.contains(QLatin1String("exit_code")))
            html += QStringLiteral(" <span class=\"key\">%1</span>")
                        .arg(esc(tr("(exit code %1)").arg(step.value(QLatin1String("exit_code")).toInt())));
        return html;
    }

    // The evidence below its step, across the whole width: a table column of its own made
    // it wrap a word a line.
    QString evidence(const QJsonObject &step) const
    {
        const QJsonArray evidence = step.value(QLatin1String("evidence")).toArray();
        if (evidence.isEmpty())
            return {};
        const QJsonArray texts = step.value(QLatin1String("evidence_texts")).toArray();
        QStringList lines;
        for (qsizetype i = 0; i < evidence.size(); ++i)
            lines << breakable(Text::fromJson(texts.at(i).toObject(), evidence.at(i).toString()).translated());
        // Folded in a browser, so the table stays readable; printed in full and small.
        return QStringLiteral("<tr><td></td><td colspan=\"4\"><details><summary>%1</summary><pre>%2</pre></details>"
                              "</td></tr>\n")
            .arg(esc(tr("Evidence (%n line(s))", nullptr, int(evidence.size()))), lines.join(QLatin1Char('\n')));
    }

    // Every step with its status, duration, outcome and evidence: for whoever wants to know how
    // the decision came about, after the pages a change record needs.
    void appendix()
    {
        const QJsonArray steps = m_report.value(QLatin1String("steps")).toArray();
        m_out += QStringLiteral("<h2 class=\"appendix\" style=\"page-break-before: always\">%1</h2>\n")
                     .arg(esc(tr("Appendix: every step, its evidence and duration")));
        m_out += sectionStart(counted(tr("Steps"), steps.size()),
                              {tr("#"), tr("Step"), tr("Status"), tr("Duration"), tr("Outcome")});
        int number = 0;
        QString page;
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            if (str(step, "page") != page) {
                page = str(step, "page");
                m_out
                    += QStringLiteral("<tr><td colspan=\"5\" bgcolor=\"#f2f2f2\"><b>%1</b></td></tr>\n").arg(esc(page));
            }
            const qint64 duration = step.value(QLatin1String("duration_ms")).toInteger();
            const QString key = str(step, "step");
            const bool info = str(step, "type") == QLatin1String("info");
            m_out
                += QStringLiteral("<tr><td width=\"4%\"><a id=\"%1\" name=\"%1\"></a>%2</td><td width=\"28%\">%3<br>"
                                  "<span class=\"key\">%4, %5</span></td><td width=\"11%\">%6</td>"
                                  "<td width=\"10%\">%7</td><td width=\"47%\">%8</td></tr>\n")
                       .arg(m_anchors.value(key))
                       .arg(++number)
                       .arg(esc(str(step, "title")), esc(key),
                            esc(info ? tr("information") : severityLabel(str(step, "severity"))),
                            info ? esc(tr("text only")) : statusHtml(str(step, "status")),
                            duration > 0 ? esc(formatDuration(duration)) : QString(), info ? QString() : outcome(step));
            m_out += evidence(step);
        }
        m_out += QStringLiteral("</table>\n");
    }

    // Backups as buildReport lists them; a report from before it did still has the checksum
    // at the end of the archive task's outcome.
    QJsonArray backupList() const
    {
        if (m_report.contains(QLatin1String("backups")))
            return m_report.value(QLatin1String("backups")).toArray();
        QJsonArray found;
        static const QRegularExpression checksum(QStringLiteral("sha256 ([0-9a-f]{64})$"));
        for (const QJsonValue &value : m_report.value(QLatin1String("steps")).toArray()) {
            const QJsonObject step = value.toObject();
            const QRegularExpressionMatch match = checksum.match(str(step, "summary"));
            if (str(step, "type") == QLatin1String("task") && str(step, "status") == QLatin1String("passed")
                && match.hasMatch())
                found.append(QJsonObject{{QStringLiteral("step"), str(step, "step")},
                                         {QStringLiteral("title"), str(step, "title")},
                                         {QStringLiteral("sha256"), match.captured(1)}});
        }
        return found;
    }

    void backups()
    {
        const QJsonArray backups = backupList();
        if (backups.isEmpty()) {
            m_out += sectionStart(tr("Backups"), {});
            m_out += QStringLiteral("<tr><td>%1</td></tr></table>\n")
                         .arg(esc(tr("No backup archive was made in this session.")));
            return;
        }
        // The archive and its checksum on lines of their own: each gets the whole width.
        m_out += sectionStart(counted(tr("Backups"), backups.size()), {tr("Step"), tr("Archive and its SHA-256")});
        for (const QJsonValue &value : backups) {
            const QJsonObject backup = value.toObject();
            m_out += QStringLiteral("<tr><td width=\"30%\">%1</td><td width=\"70%\"><span class=\"mono\">%2</span><br>"
                                    "<span class=\"sha\">%3</span></td></tr>\n")
                         .arg(stepLink(str(backup, "step"), str(backup, "title"), false),
                              breakable(str(backup, "archive")), esc(str(backup, "sha256")));
        }
        m_out += QStringLiteral("</table>\n");
    }

    // What a trainer talks through after the exercise (buildDebrief): the faults that were on,
    // what the trainee did about each step that went wrong, and what the playbook says to do.
    void debrief()
    {
        if (!isTraining())
            return;
        const QJsonObject debrief = m_report.value(QLatin1String("debrief")).toObject();
        const QJsonArray faults = debrief.value(QLatin1String("faults")).toArray();
        m_out += sectionStart(counted(tr("Training debrief: faults that were switched on"), faults.size()),
                              faults.isEmpty() ? QStringList() : QStringList{tr("Fault"), tr("What it mimics")});
        if (faults.isEmpty())
            m_out += QStringLiteral("<tr><td>%1</td></tr>\n").arg(esc(tr("None: the simulator behaved.")));
        for (const QJsonValue &value : faults) {
            const QJsonObject fault = value.toObject();
            m_out += QStringLiteral("<tr><td width=\"25%\" class=\"mono\">%1</td><td width=\"75%\">%2</td></tr>\n")
                         .arg(esc(QStringLiteral("%1=%2").arg(str(fault, "name"), str(fault, "mode"))),
                              esc(translatedField(fault, QStringLiteral("description"))));
        }
        m_out += QStringLiteral("</table>\n");

        const QJsonArray steps = debrief.value(QLatin1String("steps")).toArray();
        m_out += sectionStart(
            counted(tr("Training debrief: what the trainee did"), steps.size()),
            steps.isEmpty() ? QStringList() : QStringList{tr("Step"), tr("What happened, in order"), tr("What to do")});
        if (steps.isEmpty())
            m_out += QStringLiteral("<tr><td>%1</td></tr>\n")
                         .arg(esc(tr("No step failed, was skipped or had its sign-off revoked.")));
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            const QString remedy = str(step, "remedy");
            m_out += QStringLiteral(
                         "<tr><td width=\"24%\">%1</td><td width=\"46%\">%2</td><td width=\"30%\">%3</td></tr>\n")
                         .arg(stepLink(str(step, "step"), str(step, "title")), debriefEvents(step),
                              remedy.isEmpty() ? esc(tr("The playbook gives no remedy for this step."))
                                               : breakable(remedy));
        }
        m_out += QStringLiteral("</table>\n");

        const QJsonArray changes = debrief.value(QLatin1String("parameter_changes")).toArray();
        if (changes.isEmpty())
            return;
        m_out += sectionStart(counted(tr("Training debrief: parameters changed"), changes.size()),
                              {tr("Who, when, and why"), tr("Changes")});
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            QStringList lines;
            const QJsonObject values = change.value(QLatin1String("changes")).toObject();
            for (auto it = values.begin(); it != values.end(); ++it)
                lines << QStringLiteral("<span class=\"mono\">%1</span>: %2 \u2192 %3")
                             .arg(esc(it.key()), parameterValue(it.value().toObject().value(QLatin1String("old"))),
                                  parameterValue(it.value().toObject().value(QLatin1String("new"))));
            m_out += QStringLiteral("<tr><td width=\"35%\">%1</td><td width=\"65%\">%2</td></tr>\n")
                         .arg(esc(tr("%1, %2: %3")
                                      .arg(str(change, "operator"), formatReportTime(str(change, "time")),
                                           str(change, "reason"))),
                              lines.join(QStringLiteral("<br>")));
        }
        m_out += QStringLiteral("</table>\n");
    }

    QString debriefEvents(const QJsonObject &step) const
    {
        QStringList lines;
        for (const QJsonValue &value : step.value(QLatin1String("events")).toArray()) {
            const QJsonObject event = value.toObject();
            const QString what = str(event, "what");
            const QString message = translatedField(event, QStringLiteral("message"));
            QString line;
            if (what == QLatin1String("failed"))
                line
                    = QStringLiteral("<span class=\"failed\">%1</span> %2").arg(esc(tr("failed:")), breakable(message));
            else if (what == QLatin1String("passed"))
                line = esc(tr("passed: %1").arg(message));
            else if (what == QLatin1String("cancelled"))
                line = esc(tr("cancelled"));
            else if (what == QLatin1String("interrupted"))
                line = esc(tr("interrupted: the program stopped while it ran"));
            else if (what == QLatin1String("skipped"))
                line = esc(tr("skipped by %1: %2").arg(str(event, "operator"), str(event, "reason")));
            else if (what == QLatin1String("confirmed"))
                line = esc(tr("signed off by %1").arg(str(event, "operator")));
            else if (what == QLatin1String("revoked"))
                line = esc(tr("revoked by %1: %2").arg(str(event, "operator"), str(event, "reason")));
            else
                line = esc(what);
            if (const QString time = formatReportTime(str(event, "time")); !time.isEmpty())
                line = QStringLiteral("<span class=\"key\">%1</span> ").arg(esc(time.mid(11, 8))) + line;
            lines << line;
        }
        return lines.join(QStringLiteral("<br>"));
    }

    // Text whose long words (paths, URLs) may be broken after a separator: Qt's rich text
    // breaks lines only where Unicode allows, and a path as one word made its column as wide
    // as the path, squeezing the others to a word a line. The break is a zero-width space,
    // only where printed (PDF): in the HTML a path copied is the path.
    QString breakable(const QString &text) const
    {
        if (!m_options.print)
            return esc(text);
        QString out;
        out.reserve(text.size() + text.size() / 8);
        int run = 0;
        for (const QChar c : text) {
            out += esc(QString(c));
            run = c.isSpace() ? 0 : run + 1;
            if (run > 12 && (c == u'/' || c == u'\\' || c == u'_' || c == u'-' || c == u'.' || c == u'=' || c == u','))
                out += QChar(0x200B);
        }
        return out;
    }

    const QJsonObject &m_report;
    ReportHtmlOptions m_options;
    QHash<QString, QString> m_anchors; // step key -> anchor of its row
    QString m_out;
};

} // namespace

QString reportHtml(const QJsonObject &report, const ReportHtmlOptions &options)
{
    return Renderer(report, options).render();
}

QString severityLabel(const QString &severity)
{
    return Renderer::severityLabel(severity);
}

QString reportFileName(const QJsonObject &report, const QString &suffix)
{
    QString id = report.value(QLatin1String("playbook")).toObject().value(QLatin1String("id")).toString();
    // A playbook id is a file name already; anything else a file system might refuse becomes '_'.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    id.replace(unsafe, QStringLiteral("_"));
    if (id.isEmpty())
        id = QStringLiteral("report");
    QDateTime when = QDateTime::fromString(str(report, "generated"), Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::currentDateTimeUtc();
    const bool go = report.value(QLatin1String("decision")).toObject().value(QLatin1String("go")).toBool();
    // Local time, as the session folders are named: the time the operator's clock showed.
    return QStringLiteral("%1-%2-%3.%4")
        .arg(id, when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
             go ? QStringLiteral("GO") : QStringLiteral("NO-GO"), suffix);
}

QString formatDuration(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return QCoreApplication::translate("uw::ReportHtml", "%1 ms").arg(milliseconds);
    if (milliseconds < 60'000)
        return QCoreApplication::translate("uw::ReportHtml", "%1 s").arg(double(milliseconds) / 1000.0, 0, 'f', 1);
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 3600)
        return QCoreApplication::translate("uw::ReportHtml", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("uw::ReportHtml", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString formatReportTime(const QString &iso)
{
    if (iso.isEmpty())
        return iso;
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso;
    // UTC, said so: a report is read in other time zones than it was written in.
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace uw
