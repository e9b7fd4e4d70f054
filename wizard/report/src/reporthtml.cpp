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

// One document, built in order. A class only so that tr() has a context lupdate can see
// ("uw::ReportHtml"), as the report is read by people and will be translated.
class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(uw::ReportHtml)
public:
    explicit Renderer(const QJsonObject &report)
        : m_report(report)
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
        m_out += styleSheet();
        m_out += QStringLiteral("</head>\n<body>\n");
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("Upgrade report: %1").arg(title)));
        banner();
        overview(playbook);
        decision();
        parameters();
        steps();
        backups();
        m_out += QStringLiteral("</body>\n</html>\n");
        return m_out;
    }

private:
    static QString styleSheet()
    {
        // Black on white whatever the reader's theme, so a printout and a screen agree. The
        // banner's colour is only a help: its words say GO or NO-GO, and in print (where
        // browsers drop backgrounds) it becomes black text in a heavy frame.
        return QStringLiteral(
            "<style>\n"
            "body { font-family: sans-serif; font-size: 10pt; color: #000000; background-color: #ffffff; }\n"
            "h1 { font-size: 16pt; }\n"
            "h2 { font-size: 13pt; margin-top: 16px; }\n"
            "h3 { font-size: 11pt; }\n"
            "table { border-collapse: collapse; margin-bottom: 8px; }\n"
            "th, td { border: 1px solid #808080; padding: 3px; text-align: left; vertical-align: top; }\n"
            "th { background-color: #e6e6e6; }\n"
            "table.banner td { border: none; padding: 10px; color: #ffffff; }\n"
            "td.go { background-color: #1b6e2e; }\n"
            "td.nogo { background-color: #a3191b; }\n"
            "td.waived { background-color: #8a4b08; }\n"
            ".verdict { font-size: 24pt; font-weight: bold; }\n"
            ".key, .mono, pre { font-family: monospace; }\n"
            ".key { font-size: 8pt; color: #404040; }\n"
            "pre { white-space: pre-wrap; margin: 0; font-size: 8pt; }\n"
            ".failed { color: #a3191b; font-weight: bold; }\n"
            "summary { font-size: 8pt; color: #404040; }\n"
            "@media print {\n"
            "  table.banner td { background-color: #ffffff; color: #000000; border: 3px solid #000000; }\n"
            "  details > pre { display: block; }\n"
            "}\n"
            "</style>\n");
    }

    QString tableStart(const QStringList &headers, const QString &cls = QString()) const
    {
        // The attributes are for Qt's rich text (PDF), which reads them more faithfully than CSS.
        QString html = QStringLiteral("<table%1 border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<tr>")
                           .arg(cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls));
        for (const QString &header : headers)
            html += QStringLiteral("<th>%1</th>").arg(esc(header));
        return html + QStringLiteral("</tr>\n");
    }

    void banner()
    {
        const QJsonObject decision = m_report.value(QLatin1String("decision")).toObject();
        const QString verdict = str(decision, "decision");
        const bool waived = verdict == QLatin1String("go-with-waivers");
        const bool go = verdict == QLatin1String("go") || waived;
        const int blockers = int(decision.value(QLatin1String("blockers")).toArray().size());
        const int waivers = int(decision.value(QLatin1String("waivers")).toArray().size());
        const int warnings = int(decision.value(QLatin1String("warnings")).toArray().size());
        QString detail;
        if (waived)
            detail = tr("Every blocker is done or waived: %n blocker(s) waived.", nullptr, waivers)
                + (warnings == 0 ? QString() : QLatin1Char(' ') + tr("%n warning(s) to look at.", nullptr, warnings));
        else if (go)
            detail = warnings == 0 ? tr("Every blocker is done.")
                                   : tr("Every blocker is done; %n warning(s) to look at.", nullptr, warnings);
        else
            detail = tr("%n blocker(s) stop the upgrade.", nullptr, blockers);
        detail += QLatin1Char(' ')
            + tr("%1 of %2 steps done.")
                  .arg(decision.value(QLatin1String("done")).toInt())
                  .arg(decision.value(QLatin1String("total")).toInt());
        m_out += QStringLiteral("<table class=\"banner\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" "
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

    void row(const QString &label, const QString &valueHtml)
    {
        m_out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), valueHtml);
    }

    void overview(const QJsonObject &playbook)
    {
        const QJsonObject session = m_report.value(QLatin1String("session")).toObject();
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Overview")));
        m_out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
        row(tr("Product"), esc(str(playbook, "product")));
        QStringList from;
        for (const QJsonValue &pattern : playbook.value(QLatin1String("from")).toArray())
            from << pattern.toString();
        row(tr("Upgrade"), esc(tr("from %1 to %2").arg(from.join(QStringLiteral(", ")), str(playbook, "to"))));
        row(tr("Playbook"),
            QStringLiteral("%1 <span class=\"key\">(%2)</span>")
                .arg(esc(str(playbook, "title")), esc(str(playbook, "id"))));
        if (!str(playbook, "source").isEmpty())
            row(tr("Vendor document"), esc(str(playbook, "source")));
        row(tr("Operator"), esc(str(session, "operator")));
        row(tr("Session started"), esc(formatReportTime(str(session, "created"))));
        if (!str(m_report, "generated").isEmpty())
            row(tr("Report made"), esc(formatReportTime(str(m_report, "generated"))));
        row(tr("Session folder"), QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(str(session, "dir"))));
        if (session.value(QLatin1String("training")).toBool())
            row(tr("Mode"), esc(tr("training: against the built-in simulator, nothing real was changed")));
        row(tr("Made by"), esc(str(m_report, "generator")));
        m_out += QStringLiteral("</table>\n");
    }

    QString stepLink(const QString &key, const QString &title) const
    {
        const QString anchor = m_anchors.value(key);
        const QString shown = esc(title.isEmpty() ? key : title);
        const QString link = anchor.isEmpty() ? shown : QStringLiteral("<a href=\"#%1\">%2</a>").arg(anchor, shown);
        return QStringLiteral("%1<br><span class=\"key\">%2</span>").arg(link, esc(key));
    }

    void reasons(const QString &heading, const QJsonArray &list, const QString &none)
    {
        m_out += QStringLiteral("<h3>%1</h3>\n").arg(esc(QStringLiteral("%1 (%2)").arg(heading).arg(list.size())));
        if (list.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(none));
            return;
        }
        m_out += tableStart({tr("Step"), tr("Severity"), tr("Status"), tr("Problem")});
        for (const QJsonValue &value : list) {
            const QJsonObject reason = value.toObject();
            m_out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                         .arg(stepLink(str(reason, "step"), str(reason, "title")),
                              esc(severityLabel(str(reason, "severity"))), statusHtml(str(reason, "status")),
                              esc(str(reason, "problem")));
        }
        m_out += QStringLiteral("</table>\n");
    }

    // Each waived blocker with who waived it, when and why: what a reviewer signs.
    void waivers(const QJsonArray &list)
    {
        if (list.isEmpty())
            return;
        m_out
            += QStringLiteral("<h3>%1</h3>\n").arg(esc(QStringLiteral("%1 (%2)").arg(tr("Waivers")).arg(list.size())));
        m_out += tableStart({tr("Step"), tr("Waived by"), tr("When"), tr("Why")});
        for (const QJsonValue &value : list) {
            const QJsonObject waiver = value.toObject();
            m_out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                         .arg(stepLink(str(waiver, "step"), str(waiver, "title")), esc(str(waiver, "operator")),
                              esc(formatReportTime(str(waiver, "time"))), esc(str(waiver, "reason")));
        }
        m_out += QStringLiteral("</table>\n");
    }

    void decision()
    {
        const QJsonObject decision = m_report.value(QLatin1String("decision")).toObject();
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Decision")));
        m_out += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(str(decision, "headline")));
        reasons(tr("Blockers"), decision.value(QLatin1String("blockers")).toArray(),
                tr("None: nothing stops the upgrade."));
        waivers(decision.value(QLatin1String("waivers")).toArray());
        reasons(tr("Warnings"), decision.value(QLatin1String("warnings")).toArray(), tr("None."));
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
            return esc(value.toString());
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
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Parameters")));
        if (parameters.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("This playbook takes no parameters.")));
            return;
        }
        m_out += tableStart({tr("Parameter"), tr("Value")});
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            m_out += QStringLiteral("<tr><td class=\"mono\">%1</td><td>%2</td></tr>\n")
                         .arg(esc(it.key()), parameterValue(it.value()));
        m_out += QStringLiteral("</table>\n");
    }

    QString severityLabel(const QString &severity) const
    {
        if (severity == QLatin1String("blocker"))
            return tr("blocker");
        if (severity == QLatin1String("warning"))
            return tr("warning");
        if (severity == QLatin1String("info"))
            return tr("info");
        return severity;
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
        // A block of its own, so the evidence starts on a line of its own in Qt's rich text too.
        QString html = QStringLiteral("<div>") + esc(translatedSummary(step));
        if (step.contains(QLatin1String("exit_code")))
            html += QStringLiteral(" <span class=\"key\">%1</span>")
                        .arg(esc(tr("(exit code %1)").arg(step.value(QLatin1String("exit_code")).toInt())));
        html += QStringLiteral("</div>");
        const QJsonArray evidence = step.value(QLatin1String("evidence")).toArray();
        if (!evidence.isEmpty()) {
            QStringList lines;
            for (const QJsonValue &line : evidence)
                lines << esc(line.toString());
            // Folded in a browser, so the table stays readable; printed in full and small.
            html += QStringLiteral("<div><details><summary>%1</summary><pre>%2</pre></details></div>")
                        .arg(esc(tr("Evidence (%n line(s))", nullptr, int(evidence.size()))),
                             lines.join(QLatin1Char('\n')));
        }
        return html;
    }

    void steps()
    {
        const QJsonArray steps = m_report.value(QLatin1String("steps")).toArray();
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Steps")));
        m_out += tableStart({tr("#"), tr("Page"), tr("Step"), tr("Status"), tr("Duration"), tr("Signed off or skipped"),
                             tr("Outcome")});
        int number = 0;
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            const qint64 duration = step.value(QLatin1String("duration_ms")).toInteger();
            const QString key = str(step, "step");
            m_out += QStringLiteral("<tr><td><a id=\"%1\" name=\"%1\"></a>%2</td><td>%3</td><td>%4<br>"
                                    "<span class=\"key\">%5, %6</span></td><td>%7</td><td>%8</td>"
                                    "<td>%9</td><td>%10</td></tr>\n")
                         .arg(m_anchors.value(key))
                         .arg(++number)
                         .arg(esc(str(step, "page")), esc(str(step, "title")), esc(key),
                              esc(severityLabel(str(step, "severity"))), statusHtml(str(step, "status")),
                              duration > 0 ? esc(formatDuration(duration)) : QString(), signOff(step), outcome(step));
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
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Backups")));
        if (backups.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No backup archive was made in this session.")));
            return;
        }
        m_out += tableStart({tr("Step"), tr("Archive"), tr("SHA-256")});
        for (const QJsonValue &value : backups) {
            const QJsonObject backup = value.toObject();
            m_out += QStringLiteral("<tr><td>%1</td><td class=\"mono\">%2</td><td class=\"mono\">%3</td></tr>\n")
                         .arg(stepLink(str(backup, "step"), str(backup, "title")), esc(str(backup, "archive")),
                              esc(str(backup, "sha256")));
        }
        m_out += QStringLiteral("</table>\n");
    }

    const QJsonObject &m_report;
    QHash<QString, QString> m_anchors; // step key -> anchor of its row
    QString m_out;
};

} // namespace

QString reportHtml(const QJsonObject &report)
{
    return Renderer(report).render();
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
