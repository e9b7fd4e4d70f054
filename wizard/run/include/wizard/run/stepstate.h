#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "wizard/support/text.h"

namespace uw {

// Where one step stands. Rebuilt from the journal on resume, so everything here is in it.
struct StepState
{
    enum class Status {
        Pending, // not done yet (a confirm not given, a check or task not run)
        Running, // a check or task under way
        Passed, // a check passed, a task succeeded
        Confirmed, // a manual sign-off was given
        Failed, // a check failed or could not run, a task failed
        Cancelled, // stopped by the user; can be run again
        Interrupted, // was running when the program stopped; must be re-run or skipped
        Skipped, // the operator chose not to do it (with a reason, or not)
    };

    Status status = Status::Pending;
    QString summary; // one line: what happened, in English (the journal's, the command line's)
    Text summaryText; // the same, to be shown in the wizard's language (translated())
    QList<Text> evidence; // what a check looked at and found, a line each
    QString operatorName; // who confirmed or skipped
    QString note; // the operator's note, or the skip reason
    bool unattended = false; // confirmed by --confirm-all
    bool warning = false; // passed, but with something to look at
    int exitCode = -1;
    qint64 durationMs = 0;
    QDateTime time; // of the last change

    // The summary in the language of the installed translators; a journal from before outcomes
    // were structured has only its English.
    QString translatedSummary() const { return summaryText.isEmpty() ? summary : summaryText.translated(); }

    void setSummary(const Text &text)
    {
        summaryText = text;
        summary = text.english();
    }

    bool isDone() const
    {
        return status == Status::Passed || status == Status::Confirmed
            || (status == Status::Skipped && !note.trimmed().isEmpty());
    }
};

QString statusName(StepState::Status status);

using StepStates = QHash<QString, StepState>;

// Folds journal records into step states. A task started but never finished is Interrupted.
StepStates replayJournal(const QList<QJsonObject> &records);

// Journal events, by name, so writer and reader agree.
namespace event {
inline constexpr char SessionStarted[] = "session-started";
inline constexpr char SessionResumed[] = "session-resumed";
inline constexpr char SessionFinished[] = "session-finished";
inline constexpr char Confirmed[] = "confirmed";
inline constexpr char Skipped[] = "skipped";
inline constexpr char Revoked[] = "revoked";
inline constexpr char ParametersChanged[] = "parameters-changed"; // with the steps set back
inline constexpr char CheckFinished[] = "check";
inline constexpr char TaskStarted[] = "task-started";
inline constexpr char TaskProgress[] = "task-progress";
inline constexpr char TaskFinished[] = "task-finished";
inline constexpr char TaskScratch[] = "task-scratch"; // partial output a run is making
inline constexpr char TaskProcess[] = "task-process"; // a program a run started: pid and start time
inline constexpr char LeftoversRemoved[] = "leftovers-removed"; // what an interrupted run left, removed
inline constexpr char CertificateTrusted[] = "certificate-trusted";
// The point of no return started past the latest time that keeps the rest inside the
// maintenance window, on the operator's word.
inline constexpr char LateStartConfirmed[] = "late-start-confirmed";
} // namespace event

} // namespace uw
