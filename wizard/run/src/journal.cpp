#include "wizard/run/journal.h"

#include "wizard/support/paths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace uw {

namespace {

QByteArray sha256Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool isSha256Hex(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

} // namespace

QString Journal::lineLocation(const QString &path, int line)
{
    return QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(path)).arg(line);
}

QString Journal::refusalHint()
{
    return QStringLiteral("restore journal.jsonl from a backup, or start a new session; the journal was not changed");
}

Result<Journal::Contents> Journal::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::io(QDir::toNativeSeparators(path),
                                         QStringLiteral("cannot read the journal: %1").arg(file.errorString())));
    const QByteArray data = file.readAll();
    Contents contents;
    qsizetype start = 0;
    int lineNumber = 0;
    qint64 lastSeq = 0;
    const auto refuse = [&](const QString &message, const QString &hint = refusalHint()) {
        return std::unexpected(Error::invalid(lineLocation(path, lineNumber), message, hint));
    };
    while (start < data.size()) {
        ++lineNumber;
        qsizetype end = data.indexOf('\n', start);
        const bool complete = end >= 0;
        if (!complete)
            end = data.size();
        // The chain hashes the bytes as written: no trimming.
        const QByteArrayView line = QByteArrayView(data).sliced(start, end - start);
        const bool last = end + 1 >= data.size();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
        if (!complete || parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            // Only the last line may be torn: a crash mid-write leaves it so. Before the end,
            // the same damage means the file was changed.
            if (last) {
                contents.warnings << QStringLiteral("%1: ignored an incomplete last record (the program stopped "
                                                    "while writing it)")
                                         .arg(lineLocation(path, lineNumber));
                break;
            }
            if (line.trimmed().isEmpty())
                return refuse(QStringLiteral("an empty line, where a record should be"));
            if (parseError.error != QJsonParseError::NoError)
                return refuse(QStringLiteral("not a JSON record: %1 at character %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset + 1));
            return refuse(QStringLiteral("not a JSON object"));
        }
        const QJsonObject record = doc.object();
        if (record.isEmpty())
            return refuse(QStringLiteral("an empty record ({})"));

        const QJsonValue prev = record.value(QLatin1String("prev"));
        if (prev.isUndefined()) {
            // A journal with no "prev" anywhere is older than the chain: it cannot be vouched
            // for, and a record without one among chained records was put there by hand.
            if (contents.records.isEmpty() && !data.contains("\"prev\""))
                return refuse(QStringLiteral("the journal has no hash chain (\"prev\"): it was written by an earlier "
                                             "build of Upgrade Wizard, and cannot be checked"),
                              QStringLiteral("finish the session with the build that began it, or start a new "
                                             "session; the journal was not changed"));
            return refuse(QStringLiteral("the record has no \"prev\" (the SHA-256 of the line before it), which "
                                         "every record has: it was added or changed by hand"));
        }
        if (!isSha256Hex(prev))
            return refuse(QStringLiteral("\"prev\" is not a SHA-256 (64 lower-case hexadecimal digits)"));
        if (prev.toString().toLatin1() != contents.head)
            return refuse(contents.records.isEmpty()
                              ? QStringLiteral("the records before it were removed: the first record's \"prev\" is "
                                               "not the SHA-256 of nothing (hash chain broken)")
                              : QStringLiteral("the record before it was changed or removed: \"prev\" is not the "
                                               "SHA-256 of line %1 (hash chain broken)")
                                    .arg(contents.lines.last()));

        // Whole and positive, or 0: toInteger() gives the default for anything else.
        const qint64 seq = record.value(QLatin1String("seq")).toInteger(0);
        if (seq < 1)
            return refuse(QStringLiteral("\"seq\" is missing or not a positive whole number"));
        if (seq != lastSeq + 1) {
            if (contents.records.isEmpty())
                return refuse(
                    QStringLiteral("the first record has seq %1, not 1: the records before it are missing").arg(seq));
            const int previousLine = contents.lines.last();
            if (seq == lastSeq)
                return refuse(
                    QStringLiteral("seq %1 again: line %2 has it too (a record repeated)").arg(seq).arg(previousLine));
            if (seq < lastSeq)
                return refuse(QStringLiteral("seq %1 after seq %2 of line %3: the records are out of order")
                                  .arg(seq)
                                  .arg(lastSeq)
                                  .arg(previousLine));
            return refuse(QStringLiteral("seq %1 after seq %2 of line %3: the records between them are missing")
                              .arg(seq)
                              .arg(lastSeq)
                              .arg(previousLine));
        }
        lastSeq = seq;
        contents.records << record;
        contents.lines << lineNumber;
        contents.head = sha256Hex(line);
        contents.validBytes = end + 1;
        start = end + 1;
    }
    return contents;
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &path)
{
    std::unique_ptr<Journal> journal(new Journal);
    if (QFile::exists(path)) {
        auto contents = read(path);
        if (!contents)
            return std::unexpected(contents.error());
        journal->m_size = contents->validBytes;
        journal->m_head = contents->head;
        if (!contents->records.isEmpty())
            journal->m_seq = contents->records.last().value(QLatin1String("seq")).toInteger() + 1;
    }
    journal->m_file.setFileName(path);
    // Unbuffered: what append() wrote is in the file, or it failed there and then; no buffer
    // keeps a failed record to write it later behind the next one.
    if (!journal->m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return std::unexpected(Error::io(
            path, QStringLiteral("cannot open the journal for writing: %1").arg(journal->m_file.errorString())));
    const qint64 keep = journal->m_size;
    if (journal->m_file.size() != keep && !journal->m_file.resize(keep))
        return std::unexpected(Error::io(path, QStringLiteral("cannot cut off the incomplete last record")));
    journal->m_file.seek(keep);
    paths::makePrivate(path);
    return journal;
}

Result<void> Journal::append(QJsonObject &record)
{
    if (m_broken)
        return std::unexpected(Error::io(m_file.fileName(),
                                         QStringLiteral("cannot write the journal: an earlier write failed and "
                                                        "could not be taken back"),
                                         QStringLiteral("close the program, then resume the session")));
    record.insert(QStringLiteral("seq"), m_seq);
    record.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    record.insert(QStringLiteral("prev"), QString::fromLatin1(m_head));
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    const QByteArray head = sha256Hex(line);
    line += '\n';
    const auto takeBack = [this] {
        // Half a record would be damage in the middle once the next one follows it. (A file
        // that is not a file, such as /dev/full, has no size to cut back to: only seek.)
        if ((m_file.size() > m_size && !m_file.resize(m_size)) || !m_file.seek(m_size))
            m_broken = true;
    };
    if (m_file.write(line) != line.size()) {
        const QString why = m_file.errorString();
        takeBack();
        return std::unexpected(Error::io(m_file.fileName(), QStringLiteral("cannot write the journal: %1").arg(why),
                                         QStringLiteral("check free disk space")));
    }
#ifdef Q_OS_WIN
    const int synced = ::_commit(m_file.handle());
#else
    const int synced = ::fsync(m_file.handle());
#endif
    if (synced != 0) {
        takeBack();
        return std::unexpected(Error::io(m_file.fileName(), QStringLiteral("cannot sync the journal to disk")));
    }
    m_size += line.size();
    m_head = head;
    ++m_seq;
    return {};
}

} // namespace uw
