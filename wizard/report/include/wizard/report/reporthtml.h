#pragma once

#include <QJsonObject>
#include <QString>

namespace uw {

// The report (buildReport) as one self-contained, printable HTML document: no scripts, no
// external style sheets or images, so it can be mailed, archived with the change ticket and
// printed as it is. The summary page shows it and renders it to PDF through QTextDocument, so
// it keeps to the HTML subset Qt's rich text understands (tables, attributes for colours);
// browsers get a little CSS on top. Every text from the report is escaped, and a parameter
// kept as {"secret": true} is shown as ******: the report itself is masked already, and
// nothing here can bring a secret back.
//
// Laid out for a change record: the decision with what failed and the playbook's remedy, what
// was not run, skips, waivers and warnings, sign-offs, backups with their SHA-256, the
// parameters and, for a training session, its debrief; then, on a page of its own, an
// appendix with every step, its outcome, evidence and duration. Every section's heading is
// the head of its table, so it is never left alone at the foot of a page. A training report
// says so in a banner (and, in a browser, across every page).
struct ReportHtmlOptions
{
    bool appendix = true; // false: the main part only, as counted for "one or two pages"
    bool print = false; // for the PDF: long paths may break after a separator
};
QString reportHtml(const QJsonObject &report, const ReportHtmlOptions &options = {});

// The name an exported report is offered under: <playbook id>-<yyyyMMdd-HHmm>-<GO|NO-GO>.<suffix>,
// the time being when the report was made (its "generated"), on the local clock as the session
// folders are named; GO with waivers is GO.
QString reportFileName(const QJsonObject &report, const QString &suffix);

// A step's severity ("blocker", "warning", "info") in the language of the installed translators,
// as the report and the plan show it.
QString severityLabel(const QString &severity);

// "850 ms", "12.4 s", "3 min 05 s", "1 h 02 min": how long a step took, for people.
QString formatDuration(qint64 milliseconds);

// An ISO 8601 time from the report as "2026-11-21 10:15:00 UTC"; the text itself when it is
// not a time, empty for empty.
QString formatReportTime(const QString &iso);

} // namespace uw
