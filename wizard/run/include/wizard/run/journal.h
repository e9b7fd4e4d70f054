#pragma once

#include "wizard/support/error.h"

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace uw {

// The session journal: one JSON object per line, appended and fsynced record by record, so
// that after a crash or a power cut everything up to the last complete line is there.
class Journal
{
public:
    struct Contents
    {
        QList<QJsonObject> records;
        QStringList warnings; // e.g. a torn last line that was ignored
        qint64 validBytes = 0; // length of the part made of complete records
    };

    // Reads a journal. A torn or unparsable LAST line is ignored with a warning (it is what a
    // crash mid-write leaves); a bad line before the end is an error naming the line.
    static Result<Contents> read(const QString &path);

    // Opens for appending, creating the file if needed; a torn last line is cut off first so
    // that the next record starts on a line of its own.
    static Result<std::unique_ptr<Journal>> open(const QString &path);

    // Adds "seq" and "time" (UTC, ISO 8601 with milliseconds) to the record and writes it durably.
    Result<void> append(QJsonObject &record);

    QString path() const { return m_file.fileName(); }
    qint64 nextSeq() const { return m_seq; }

private:
    Journal() = default;
    QFile m_file;
    qint64 m_seq = 1;
};

} // namespace uw
