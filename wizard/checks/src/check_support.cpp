#include "check_support.h"

#include <QEventLoop>
#include <QLocale>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace uw::checks::detail {

namespace {

bool looksSecret(QStringView name)
{
    static const QRegularExpression secretName(QStringLiteral("pass|pwd|secret|token|apikey|api_key|api-key"),
                                               QRegularExpression::CaseInsensitiveOption);
    return secretName.matchView(name).hasMatch();
}

} // namespace

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

RunContext::RunContext(const std::atomic_bool &cancelled, std::chrono::milliseconds timeout)
    : m_cancelled(cancelled)
    , m_timeout(timeout)
{
    m_clock.start();
}

WaitEnd waitUntil(const RunContext &context, const std::function<bool()> &done)
{
    QEventLoop loop;
    WaitEnd end = WaitEnd::Done;
    const auto settle = [&] {
        if (done())
            end = WaitEnd::Done;
        else if (context.isCancelled())
            end = WaitEnd::Cancelled;
        else if (context.isTimedOut())
            end = WaitEnd::TimedOut;
        else
            return false;
        return true;
    };
    if (settle())
        return end;
    // Polling keeps this independent of which signal ends the wait, and bounds the reaction
    // to the cancel flag (set from another thread, without an event) to one interval.
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (settle())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return end;
}

std::expected<std::optional<LineMatch>, Result> findLine(QIODevice &device, const Text &name,
                                                         const QRegularExpression &regex, const RunContext &context,
                                                         qint64 *linesRead)
{
    qint64 lineNumber = 0;
    qint64 bytesRead = 0;
    *linesRead = 0;
    while (!device.atEnd()) {
        if ((lineNumber & 1023) == 0 && context.isCancelled())
            return std::unexpected(cancelledResult());
        // Lines are read with a cap, so one huge line cannot take more than the file limit:
        // readLine(n) reads up to n - 1 bytes, so this reads one byte past the limit at most.
        QByteArray bytes = device.readLine(maxReadBytes - bytesRead + 2);
        if (bytes.isEmpty() && !device.atEnd())
            return std::unexpected(
                makeResult(Status::Error,
                           Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot read %1: %2"), name, device.errorString())));
        bytesRead += bytes.size();
        if (bytesRead > maxReadBytes)
            return std::unexpected(makeResult(
                Status::Error,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 is larger than 64 MiB, more than checks read"), name)));
        *linesRead = ++lineNumber;
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        const QString line = QString::fromUtf8(bytes);
        QRegularExpressionMatch match = regex.match(line);
        if (match.hasMatch())
            return LineMatch{lineNumber, line, std::move(match)};
    }
    return std::nullopt;
}

QString shortLine(const QString &line)
{
    constexpr qsizetype maxEvidenceLine = 200;
    return line.size() > maxEvidenceLine ? line.left(maxEvidenceLine) + QStringLiteral("...") : line;
}

Result makeResult(Status status, Text summary, QList<Text> evidence, QJsonObject details)
{
    return {status, std::move(summary), std::move(evidence), std::move(details)};
}

Result cancelledResult()
{
    return makeResult(Status::Cancelled, Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cancelled before the check finished")));
}

Text formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return counted(bytes, QT_TRANSLATE_NOOP("uw::Outcome", "%1 byte"),
                       QT_TRANSLATE_NOOP("uw::Outcome", "%1 bytes"));
    return Text::verbatim(QLocale::c().formattedDataSize(bytes, 1));
}

Text formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return formatSize(bytes);
    return Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 (%2 bytes)"), formatSize(bytes), QString::number(bytes));
}

QString displayUrl(const QUrl &url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo);
    if (shown.hasQuery()) {
        QUrlQuery query(shown);
        const auto items = query.queryItems();
        QUrlQuery masked;
        for (const auto &[name, value] : items)
            masked.addQueryItem(name, looksSecret(name) ? QStringLiteral("***") : value);
        shown.setQuery(masked);
    }
    return shown.toDisplayString();
}

QString redactArguments(const QString &commandLine)
{
    static const QRegularExpression secretAssignment(
        QStringLiteral("([^\\s=]*(?:pass|pwd|secret|token|apikey|api_key|api-key)[^\\s=]*=)\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    QString redacted = commandLine;
    redacted.replace(secretAssignment, QStringLiteral("\\1***"));
    return redacted;
}

} // namespace uw::checks::detail
