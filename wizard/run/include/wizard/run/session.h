#pragma once

#include "wizard/playbook/parameters.h"
#include "wizard/playbook/plan.h"
#include "wizard/playbook/playbook.h"
#include "wizard/run/journal.h"
#include "wizard/support/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace uw {

// A session directory: one run of a playbook, kept so it can be resumed and audited.
//   session.json   what was run, by whom, with which parameters (secrets never written)
//   playbook.json  the exact playbook that was run (edits to the original do not change it)
//   journal.jsonl  every state change, appended and fsynced record by record
//   logs/          one log file per task step
class Session
{
public:
    struct Info
    {
        QString playbookId;
        QString playbookTitle;
        QString playbookSource; // the file or resource it was loaded from
        QString created; // UTC, ISO 8601
        QString timestamp; // ${timestamp}: fixed for the session, so names stay stable on resume
        QString operatorName;
        bool training = false;
        QString trainingRoot; // the simulator's sandbox a training session runs against
        QJsonObject parameters; // as written: secrets are {"secret": true}
        QString window; // the maintenance window, "22:00-02:00" (maintenancewindow.h); empty: none
        QString rehearsal; // the rehearsal session that times it; empty: the estimates
    };

    // Makes a new session in `dir` (created if missing; it must not hold a session already).
    static Result<std::unique_ptr<Session>> create(const QString &dir, const Playbook &playbook,
                                                   const ParameterValues &values, const QString &operatorName,
                                                   const QString &trainingRoot = {});
    // Opens an existing session and reads its journal, checking every record (Journal::read
    // for each line's frame and the hash chain, then what each says against the session's copy
    // of the playbook, whose SHA-256 the first record names). Anything unexpected refuses the
    // session with "<dir>/journal.jsonl:LINE: ..." and leaves the journal as it is; only a torn
    // last line is forgiven, with a warning (warnings()). ReadOnly (listing sessions) leaves the
    // journal as it is even then: no incomplete last record is cut off, and record() refuses.
    enum class Access { ReadWrite, ReadOnly };
    static Result<std::unique_ptr<Session>> open(const QString &dir, Access access = Access::ReadWrite);

    // A session opened ReadOnly as it was when the head of its journal's hash chain was `head`
    // (a report's journal_sha256): only the records up to the line whose SHA-256 that is are
    // kept, in memory. Returns that record's seq; fails when no line of the journal has it.
    Result<qint64> keepRecordsUpTo(const QByteArray &head);

    // Who runs it when nobody says: the login name ($USER, %USERNAME%), else "unknown".
    static QString defaultOperator();

    // A fresh directory name under the default sessions folder: <playbook-id>-<yyyyMMdd-HHmmss>.
    static QString defaultDir(const QString &playbookId);

    // Removes the training sandboxes (folders directly under `trainingDir`) that no session
    // under `sessionsDir` runs against and that were last changed more than `minAgeSeconds`
    // ago: one being laid out right now has no session yet. A sandbox lives as long as its
    // session; those of runs that never started, or of deleted sessions, go. Returns the
    // folders removed.
    static QStringList pruneTrainingSandboxes(const QString &trainingDir, const QString &sessionsDir,
                                              qint64 minAgeSeconds = 3600);

    // The maintenance window and its rehearsal, kept in session.json so that a resume plans
    // with them unless it is given others.
    Result<void> setMaintenance(const QString &window, const QString &rehearsal);

    // The parameters changed during the session (Engine::changeParameters): session.json is
    // rewritten atomically, so that a resume plans with them; secrets are never written.
    Result<void> setParameters(const Playbook &playbook, const ParameterValues &values);

    // Appends a record, with every secret masked.
    Result<void> record(QJsonObject record);
    void setMasker(Masker masker) { m_masker = std::move(masker); }
    const Masker &masker() const { return m_masker; }

    QString dir() const { return m_dir; }
    QString playbookCopy() const;
    // SHA-256 (hex) of the playbook copy, as the session's first record names it.
    QByteArray playbookSha256() const { return m_playbookSha256; }
    // SHA-256 (hex) of the journal's last line: the head of its hash chain, which pins every
    // record before it (the report carries it as journal_sha256).
    QByteArray journalSha256() const { return m_journal ? m_journal->head() : m_readHead; }
    QString journalPath() const;
    QString logPath(const QString &stepKey) const;
    const Info &info() const { return m_info; }
    const QList<QJsonObject> &records() const { return m_records; } // read when opened, then appended
    const QStringList &warnings() const { return m_warnings; }

private:
    Session() = default;
    Result<void> writeInfo() const;
    QString m_dir;
    Info m_info;
    std::unique_ptr<Journal> m_journal;
    Masker m_masker;
    QList<QJsonObject> m_records;
    QStringList m_warnings;
    QByteArray m_playbookSha256;
    QByteArray m_readHead; // the chain's head as read, for a session opened ReadOnly
};

// The plan a stored session was run with, made again from its copy of the playbook and its
// parameters, for its report, its listing and comparisons. A session keeps no secret: each
// stands in as ******, which changes no step (and is what the report shows anyway). The files
// the parameters name are taken as they were then, not checked for now.
Result<Plan> planOfSession(const Session &session);

} // namespace uw
