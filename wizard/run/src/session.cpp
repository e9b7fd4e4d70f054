#include "wizard/run/session.h"

#include "journalcheck.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/run/stepstate.h"
#include "wizard/support/paths.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace uw {

namespace {

constexpr char kSessionFile[] = "session.json";
constexpr char kPlaybookFile[] = "playbook.json";
constexpr char kJournalFile[] = "journal.jsonl";

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Private to the user (paths::makePrivate): the temporary file is made so before any byte is in it.
Result<void> writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(Error::io(path, QStringLiteral("cannot write: %1").arg(file.errorString())));
#ifndef Q_OS_WIN
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
#endif
    if (file.write(data) != data.size() || !file.commit())
        return std::unexpected(Error::io(path, QStringLiteral("cannot write: %1").arg(file.errorString())));
    return {};
}

} // namespace

QString Session::defaultOperator()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

QString Session::defaultDir(const QString &playbookId)
{
    const QString base = paths::sessionsDir() + u'/' + playbookId + u'-'
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString dir = base;
    for (int n = 2; QFileInfo::exists(dir); ++n)
        dir = base + QStringLiteral("-%1").arg(n);
    return dir;
}

QStringList Session::pruneTrainingSandboxes(const QString &trainingDir, const QString &sessionsDir,
                                            qint64 minAgeSeconds)
{
    QSet<QString> inUse;
    const QFileInfoList sessions = QDir(sessionsDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &session : sessions) {
        QFile file(session.filePath() + u'/' + QLatin1String(kSessionFile));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString root
            = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("training_root")).toString();
        if (!root.isEmpty())
            inUse.insert(QFileInfo(root).absoluteFilePath());
    }
    QStringList removed;
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addSecs(-minAgeSeconds);
    const QFileInfoList sandboxes = QDir(trainingDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &sandbox : sandboxes) {
        if (inUse.contains(sandbox.absoluteFilePath()) || sandbox.lastModified().toUTC() > oldest)
            continue;
        if (QDir(sandbox.absoluteFilePath()).removeRecursively())
            removed << sandbox.absoluteFilePath();
    }
    return removed;
}

Result<std::unique_ptr<Session>> Session::create(const QString &dir, const Playbook &playbook,
                                                 const ParameterValues &values, const QString &operatorName,
                                                 const QString &trainingRoot)
{
    if (QFileInfo::exists(dir + u'/' + QLatin1String(kJournalFile)))
        return std::unexpected(Error::usage(
            QStringLiteral("%1 already holds a session").arg(dir),
            QStringLiteral("continue it with 'upgrade-wizard resume %1', or choose another directory").arg(dir)));
    if (auto made = paths::ensureDir(dir + QStringLiteral("/logs")); !made)
        return std::unexpected(made.error());
    paths::makePrivate(dir); // also a folder given with --session that existed already

    std::unique_ptr<Session> session(new Session);
    session->m_dir = QDir(dir).absolutePath();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    session->m_info = {playbook.id,
                       playbook.title,
                       playbook.fileName,
                       now.toString(Qt::ISODateWithMs),
                       now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                       operatorName,
                       !trainingRoot.isEmpty(),
                       trainingRoot,
                       parametersForDisk(playbook, values),
                       QString(),
                       QString()};
    session->m_masker = Masker(secretValues(playbook, values));

    QFile source(playbook.fileName);
    if (!source.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error::io(playbook.fileName, QStringLiteral("cannot read the playbook again to keep a copy")));
    const QByteArray copy = source.readAll();
    if (auto written = writeAtomically(session->playbookCopy(), copy); !written)
        return std::unexpected(written.error());
    session->m_playbookSha256 = sha256Hex(copy);

    if (auto written = session->writeInfo(); !written)
        return std::unexpected(written.error());

    auto journal = Journal::open(session->journalPath());
    if (!journal)
        return std::unexpected(journal.error());
    session->m_journal = std::move(*journal);
    const Info &info = session->m_info;
    auto started = session->record({{QStringLiteral("event"), QLatin1String(event::SessionStarted)},
                                    {QStringLiteral("playbook"), info.playbookId},
                                    {QStringLiteral("playbook_sha256"), QString::fromLatin1(session->m_playbookSha256)},
                                    {QStringLiteral("operator"), info.operatorName},
                                    {QStringLiteral("training"), info.training}});
    if (!started)
        return std::unexpected(started.error());
    return session;
}

Result<void> Session::setParameters(const Playbook &playbook, const ParameterValues &values)
{
    m_masker = Masker(secretValues(playbook, values));
    m_info.parameters = parametersForDisk(playbook, values);
    return writeInfo();
}

Result<void> Session::writeInfo() const
{
    const Info &info = m_info;
    QJsonObject sessionJson{{QStringLiteral("format"), 1},
                            {QStringLiteral("playbook_id"), info.playbookId},
                            {QStringLiteral("playbook_title"), info.playbookTitle},
                            {QStringLiteral("playbook_source"), info.playbookSource},
                            {QStringLiteral("created"), info.created},
                            {QStringLiteral("timestamp"), info.timestamp},
                            {QStringLiteral("operator"), info.operatorName},
                            {QStringLiteral("training"), info.training},
                            {QStringLiteral("training_root"), info.trainingRoot},
                            {QStringLiteral("parameters"), m_masker.mask(info.parameters)}};
    if (!info.window.isEmpty())
        sessionJson.insert(QStringLiteral("window"), info.window);
    if (!info.rehearsal.isEmpty())
        sessionJson.insert(QStringLiteral("rehearsal"), info.rehearsal);
    return writeAtomically(m_dir + u'/' + QLatin1String(kSessionFile),
                           QJsonDocument(sessionJson).toJson(QJsonDocument::Indented));
}

Result<std::unique_ptr<Session>> Session::open(const QString &dir, Access access)
{
    const QString sessionPath = dir + u'/' + QLatin1String(kSessionFile);
    QFile file(sessionPath);
    if (!QFileInfo(dir).isDir())
        return std::unexpected(Error::io(dir, QStringLiteral("no such session directory")));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::io(sessionPath, QStringLiteral("not a session: cannot read session.json"),
                                         QStringLiteral("give the directory that a run created")));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || json.value(QLatin1String("format")).toInt() != 1)
        return std::unexpected(Error::invalid(sessionPath, QStringLiteral("damaged or of an unknown format")));

    std::unique_ptr<Session> session(new Session);
    session->m_dir = QDir(dir).absolutePath();
    session->m_info = {
        json.value(QLatin1String("playbook_id")).toString(),     json.value(QLatin1String("playbook_title")).toString(),
        json.value(QLatin1String("playbook_source")).toString(), json.value(QLatin1String("created")).toString(),
        json.value(QLatin1String("timestamp")).toString(),       json.value(QLatin1String("operator")).toString(),
        json.value(QLatin1String("training")).toBool(),          json.value(QLatin1String("training_root")).toString(),
        json.value(QLatin1String("parameters")).toObject(),      json.value(QLatin1String("window")).toString(),
        json.value(QLatin1String("rehearsal")).toString()};

    // The journal is checked against the copy of the playbook the session runs, read once here
    // so that the SHA-256 and the items checked are of the same bytes.
    QFile copy(session->playbookCopy());
    if (!copy.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error::io(QDir::toNativeSeparators(copy.fileName()),
                      QStringLiteral("cannot read the session's copy of the playbook: %1").arg(copy.errorString()),
                      QStringLiteral("restore it from a backup, or start a new session")));
    const QByteArray copyBytes = copy.readAll();
    session->m_playbookSha256 = sha256Hex(copyBytes);
    const auto playbook = PlaybookLoader::loadData(copyBytes, copy.fileName());
    if (!playbook)
        return std::unexpected(Error::invalid(QDir::toNativeSeparators(copy.fileName()),
                                              QStringLiteral("the session's copy of the playbook no longer loads: %1")
                                                  .arg(playbook.error().first().toString()),
                                              QStringLiteral("restore it from a backup, or start a new session")));
    if (playbook->id != session->m_info.playbookId)
        return std::unexpected(Error::invalid(QDir::toNativeSeparators(sessionPath),
                                              QStringLiteral("names the playbook \"%1\", but the session's "
                                                             "playbook.json is \"%2\"")
                                                  .arg(session->m_info.playbookId, playbook->id),
                                              QStringLiteral("restore the session from a backup, or start a new "
                                                             "session")));

    auto contents = Journal::read(session->journalPath());
    if (!contents)
        return std::unexpected(contents.error());
    if (auto checked = checkJournal(*contents, session->journalPath(), *playbook, session->m_playbookSha256); !checked)
        return std::unexpected(checked.error());
    session->m_records = contents->records;
    session->m_warnings = contents->warnings;
    session->m_readHead = contents->head;
    if (access == Access::ReadOnly)
        return session;
    auto journal = Journal::open(session->journalPath());
    if (!journal)
        return std::unexpected(journal.error());
    session->m_journal = std::move(*journal);
    return session;
}

Result<void> Session::setMaintenance(const QString &window, const QString &rehearsal)
{
    // A read-only session writes nothing.
    UW_CHECK_OR_RETURN(m_journal);
    m_info.window = window;
    m_info.rehearsal = rehearsal;
    return writeInfo();
}

Result<qint64> Session::keepRecordsUpTo(const QByteArray &head)
{
    // Appending after dropping records would break the chain: read-only sessions only.
    UW_CHECK_OR_RETURN(!m_journal);
    // A record's line hashes to the next record's "prev"; the last line to the head as read.
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        const QByteArray hash = i + 1 < m_records.size()
            ? m_records.at(i + 1).value(QLatin1String("prev")).toString().toLatin1()
            : m_readHead;
        if (hash == head) {
            m_records.resize(i + 1);
            m_readHead = head;
            return m_records.at(i).value(QLatin1String("seq")).toInteger();
        }
    }
    return std::unexpected(Error::invalid(
        QDir::toNativeSeparators(journalPath()),
        QStringLiteral("no line of the journal has the SHA-256 %1").arg(QString::fromLatin1(head)), QString()));
}

Result<void> Session::record(QJsonObject record)
{
    UW_CHECK_OR_RETURN(m_journal);
    record = m_masker.mask(record);
    auto appended = m_journal->append(record);
    if (appended)
        m_records << record;
    return appended;
}

QString Session::playbookCopy() const
{
    return m_dir + u'/' + QLatin1String(kPlaybookFile);
}

QString Session::journalPath() const
{
    return m_dir + u'/' + QLatin1String(kJournalFile);
}

QString Session::logPath(const QString &stepKey) const
{
    QString name = stepKey;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.@-]")), QStringLiteral("_"));
    return m_dir + QStringLiteral("/logs/") + name + QStringLiteral(".log");
}

Result<Plan> planOfSession(const Session &session)
{
    auto loaded = PlaybookLoader::loadFile(session.playbookCopy());
    if (!loaded)
        return std::unexpected(
            Error::invalid(QDir::toNativeSeparators(session.playbookCopy()), loaded.error().first().toString()));
    auto playbook = std::make_shared<const Playbook>(std::move(*loaded));
    ParameterValues values;
    const QJsonObject stored = session.info().parameters;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        values.insert(it.key(), it.value());
    for (const Parameter &parameter : playbook->parameters)
        if (parameter.isSecret())
            values.insert(parameter.id, QString::fromLatin1(kMask));
    auto resolved = resolveParameters(*playbook, values, false);
    if (!resolved)
        return std::unexpected(Error::invalid(QDir::toNativeSeparators(session.dir()),
                                              QStringLiteral("the session's parameters no longer make a plan: %1")
                                                  .arg(resolved.error().join(QStringLiteral("; ")))));
    auto plan = Plan::build(playbook, *resolved);
    if (!plan)
        return std::unexpected(Error::invalid(QDir::toNativeSeparators(session.dir()),
                                              QStringLiteral("the session's parameters no longer make a plan: %1")
                                                  .arg(plan.error().join(QStringLiteral("; ")))));
    return std::move(*plan);
}

} // namespace uw
