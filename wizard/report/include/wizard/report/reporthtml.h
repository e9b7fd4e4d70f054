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
QString reportHtml(const QJsonObject &report);

// "850 ms", "12.4 s", "3 min 05 s", "1 h 02 min": how long a step took, for people.
QString formatDuration(qint64 milliseconds);

// An ISO 8601 time from the report as "2026-11-21 10:15:00 UTC"; the text itself when it is
// not a time, empty for empty.
QString formatReportTime(const QString &iso);

} // namespace uw
