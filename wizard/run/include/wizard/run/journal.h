#pragma once

#include "wizard/support/error.h"

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace uw {

// The session journal: one JSON object per line, appended and fsynced record by record, so
// that after a crash or a power cut everything up to the last complete line is there.
//
// Every record carries "seq" (1, 2, 3, ... with no gap), "time" and "prev": the SHA-256 (hex)
// of the line before it, as written, without its newline; the first record's "prev" is the
// SHA-256 of nothing (kChainStart). A record changed or removed in the middle breaks the chain
// at the line after it, and reading names that line. The chain is a checksum, not a signature:
// it catches damage and edits by hand, not someone who rewrites every line after the one they
// changed; the report carries the last line's SHA-256 (head()) to pin the whole journal.
class Journal
{
public:
    // SHA-256 of the empty string: what the first record's "prev" is.
    static constexpr char kChainStart[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    struct Contents
    {
        QList<QJsonObject> records;
        QList<int> lines; // the line number (1-based) of each record, for messages
        QStringList warnings; // e.g. a torn last line that was ignored
        qint64 validBytes = 0; // length of the part made of complete records
        QByteArray head = kChainStart; // SHA-256 (hex) of the last complete record's line
    };

    // Reads a journal and checks each line's frame: a JSON object, "prev" continuing the hash
    // chain, "seq" one more than the line before. A torn or unparsable LAST line is ignored
    // with a warning (it is what a crash mid-write leaves); anything else wrong is an error
    // naming the file and the line. What the records say (events, steps) is Session's to check.
    static Result<Contents> read(const QString &path);

    // Opens for appending, creating the file if needed; a torn last line is cut off first so
    // that the next record starts on a line of its own. A journal that read() refuses is left
    // as it is.
    static Result<std::unique_ptr<Journal>> open(const QString &path);

    // Adds "seq", "time" (UTC, ISO 8601 with milliseconds) and "prev" to the record and writes
    // it durably. A write that fails is taken back whole, so the file never keeps half a record.
    Result<void> append(QJsonObject &record);

    QString path() const { return m_file.fileName(); }
    qint64 nextSeq() const { return m_seq; }
    QByteArray head() const { return m_head; } // SHA-256 (hex) of the last line written

    // How messages name a line: "<path>:<line>", the path in the platform's spelling.
    static QString lineLocation(const QString &path, int line);
    // The advice every refusal of a journal ends with.
    static QString refusalHint();

private:
    Journal() = default;
    QFile m_file;
    qint64 m_seq = 1;
    qint64 m_size = 0; // bytes of complete records: where the next one starts
    QByteArray m_head = kChainStart;
    bool m_broken = false; // a failed write could not be taken back: nothing more is appended
};

} // namespace uw
