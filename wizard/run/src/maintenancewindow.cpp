#include "wizard/run/maintenancewindow.h"

#include "wizard/run/session.h"

#include <QDir>
#include <QRegularExpression>

namespace uw {

Result<MaintenanceWindow> MaintenanceWindow::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const auto wrong = [&](const QString &why) {
        return std::unexpected(Error::usage(QStringLiteral("the window \"%1\" %2; give it as HH:MM-HH:MM in local "
                                                           "time, e.g. 22:00-02:00")
                                                .arg(text, why)));
    };
    if (!match.hasMatch())
        return wrong(QStringLiteral("is not two times of day"));
    const QTime start(match.captured(1).toInt(), match.captured(2).toInt());
    const QTime end(match.captured(3).toInt(), match.captured(4).toInt());
    if (!start.isValid() || !end.isValid())
        return wrong(QStringLiteral("has a time that does not exist"));
    if (start == end)
        return wrong(QStringLiteral("starts when it ends"));
    return MaintenanceWindow{start, end};
}

QString MaintenanceWindow::toString() const
{
    return QStringLiteral("%1-%2").arg(start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
}

std::pair<QDateTime, QDateTime> MaintenanceWindow::around(const QDateTime &now) const
{
    // Of the windows starting yesterday, today and tomorrow, the first that has not ended.
    for (int day = -1; day <= 1; ++day) {
        const QDate date = now.date().addDays(day);
        const QDateTime from(date, start, now.timeZone());
        const QDateTime to(end > start ? date : date.addDays(1), end, now.timeZone());
        if (to > now)
            return {from, to};
    }
    return {};
}

Schedule schedule(const Plan &plan, const StepStates &states, const MaintenanceWindow &window, const QDateTime &now,
                  const QHash<QString, qint64> &rehearsal)
{
    Schedule s;
    std::tie(s.windowStart, s.windowEnd) = window.around(now);
    for (const Step &step : plan.steps()) {
        if (states.value(step.key).isDone() || step.item->type == Item::Type::Info)
            continue;
        qint64 seconds = 0;
        if (const qint64 ms = rehearsal.value(step.key); ms > 0) {
            seconds = (ms + 999) / 1000;
            ++s.rehearsed;
        } else if (step.item->estimateSeconds > 0) {
            seconds = step.item->estimateSeconds;
            ++s.estimated;
        } else {
            ++s.untimed;
        }
        if (s.pointOfNoReturn.isEmpty() && step.item->irreversible)
            s.pointOfNoReturn = step.key;
        if (!s.pointOfNoReturn.isEmpty())
            s.fromPointSeconds += seconds;
        s.remainingSeconds += seconds;
    }
    // Before the window opens, the work starts with it.
    const QDateTime from = now < s.windowStart ? s.windowStart : now;
    s.expectedEnd = from.addSecs(s.remainingSeconds);
    s.endsInside = s.expectedEnd <= s.windowEnd;
    if (!s.pointOfNoReturn.isEmpty()) {
        s.latestStart = s.windowEnd.addSecs(-s.fromPointSeconds);
        s.late = now > s.latestStart;
    }
    return s;
}

Result<QHash<QString, qint64>> rehearsalDurations(const QString &sessionDir)
{
    auto session = Session::open(sessionDir, Session::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    QHash<QString, qint64> durations;
    const StepStates states = replayJournal((*session)->records());
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        if (it->durationMs > 0)
            durations.insert(it.key(), it->durationMs);
    if (durations.isEmpty())
        return std::unexpected(Error::invalid(QDir::toNativeSeparators(sessionDir),
                                              QStringLiteral("the rehearsal ran no check or task, so it gives no "
                                                             "durations")));
    return durations;
}

QString describeSchedule(const Plan &plan, const Schedule &s, const MaintenanceWindow &window)
{
    const auto at = [&](const QDateTime &time) {
        // The day too when it is not the window's first day.
        return time.date() == s.windowStart.date() ? time.toString(QStringLiteral("HH:mm"))
                                                   : time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    QString text
        = QStringLiteral("window %1 (%2 to %3): expected end %4, %5")
              .arg(window.toString(), s.windowStart.toString(QStringLiteral("yyyy-MM-dd HH:mm")), at(s.windowEnd),
                   at(s.expectedEnd),
                   s.endsInside
                       ? QStringLiteral("inside the window")
                       : QStringLiteral("%1 min past its end").arg((s.windowEnd.secsTo(s.expectedEnd) + 59) / 60));
    if (!s.pointOfNoReturn.isEmpty()) {
        const Step *step = plan.step(s.pointOfNoReturn);
        text += QStringLiteral("; point of no return \"%1\": start it by %2%3")
                    .arg(step ? step->displayTitle() : s.pointOfNoReturn, at(s.latestStart),
                         s.late ? QStringLiteral(" (that time has passed)") : QString());
    }
    text += QStringLiteral(" (timed by %1 rehearsed step(s), %2 estimate(s)%3)")
                .arg(s.rehearsed)
                .arg(s.estimated)
                .arg(s.untimed ? QStringLiteral(", %1 step(s) without either").arg(s.untimed) : QString());
    return text;
}

} // namespace uw
