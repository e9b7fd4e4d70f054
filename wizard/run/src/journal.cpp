#include "wizard/run/journal.h"

#include "wizard/support/paths.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace uw {

Result<Journal::Contents> Journal::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::io(path, QStringLiteral("cannot read the journal: %1").arg(file.errorString())));
    const QByteArray data = file.readAll();
    Contents contents;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < data.size()) {
        ++lineNumber;
        qsizetype end = data.indexOf('\n', start);
        const bool complete = end >= 0;
        if (!complete)
            end = data.size();
        const QByteArray line = data.mid(start, end - start).trimmed();
        const bool last = !complete || end + 1 >= data.size();
        if (!line.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !complete) {
                if (!last)
                    return std::unexpected(Error::invalid(
                        QStringLiteral("%1:%2").arg(path).arg(lineNumber),
                        QStringLiteral("the journal is damaged: %1")
                            .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                              : QStringLiteral("not a JSON object")),
                        QStringLiteral("restore the session from a backup, or start a new session")));
                contents.warnings << QStringLiteral("%1:%2: ignored an incomplete last record (the program stopped "
                                                    "while writing it)")
                                         .arg(path)
                                         .arg(lineNumber);
                break;
            }
            contents.records << doc.object();
        }
        contents.validBytes = complete ? end + 1 : end;
        start = end + 1;
    }
    return contents;
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &path)
{
    std::unique_ptr<Journal> journal(new Journal);
    qint64 keep = 0;
    if (QFile::exists(path)) {
        auto contents = read(path);
        if (!contents)
            return std::unexpected(contents.error());
        keep = contents->validBytes;
        if (!contents->records.isEmpty())
            journal->m_seq = contents->records.last().value(QLatin1String("seq")).toInteger() + 1;
    }
    journal->m_file.setFileName(path);
    if (!journal->m_file.open(QIODevice::ReadWrite))
        return std::unexpected(Error::io(
            path, QStringLiteral("cannot open the journal for writing: %1").arg(journal->m_file.errorString())));
    if (journal->m_file.size() != keep && !journal->m_file.resize(keep))
        return std::unexpected(Error::io(path, QStringLiteral("cannot cut off the incomplete last record")));
    journal->m_file.seek(keep);
    paths::makePrivate(path);
    return journal;
}

Result<void> Journal::append(QJsonObject &record)
{
    record.insert(QStringLiteral("seq"), m_seq);
    record.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    line += '\n';
    if (m_file.write(line) != line.size() || !m_file.flush())
        return std::unexpected(Error::io(m_file.fileName(),
                                         QStringLiteral("cannot write the journal: %1").arg(m_file.errorString()),
                                         QStringLiteral("check free disk space")));
#ifdef Q_OS_WIN
    const int synced = ::_commit(m_file.handle());
#else
    const int synced = ::fsync(m_file.handle());
#endif
    if (synced != 0)
        return std::unexpected(Error::io(m_file.fileName(), QStringLiteral("cannot sync the journal to disk")));
    ++m_seq;
    return {};
}

} // namespace uw
