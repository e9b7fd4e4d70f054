#include "tool.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QThread>

#include <cstdio>

namespace uw::simtool {

std::expected<ParsedArgs, QString> parseArgs(const QStringList &args, const QList<OptionSpec> &spec)
{
    ParsedArgs parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (!arg.startsWith(u'-') || arg == QLatin1String("-")) {
            parsed.positional.append(arg);
            continue;
        }
        QString name = arg;
        std::optional<QString> inlineValue;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(u'=')) {
            name = arg.section(u'=', 0, 0);
            inlineValue = arg.section(u'=', 1);
        }
        const auto found
            = std::find_if(spec.begin(), spec.end(), [&](const OptionSpec &option) { return option.name == name; });
        if (found == spec.end())
            return std::unexpected(QStringLiteral("Unknown option '%1'").arg(name));
        if (!found->takesValue) {
            if (inlineValue)
                return std::unexpected(QStringLiteral("Option '%1' does not take a value").arg(name));
            parsed.flags.insert(name);
            continue;
        }
        if (inlineValue) {
            parsed.values.insert(name, *inlineValue);
        } else if (i + 1 < args.size()) {
            parsed.values.insert(name, args[++i]);
        } else {
            return std::unexpected(QStringLiteral("Option '%1' needs a value").arg(name));
        }
    }
    return parsed;
}

QString maskedCommandLine(const QString &tool, const QStringList &args, const QStringList &secretOptions)
{
    QStringList shown{tool};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const QString name = arg.section(u'=', 0, 0);
        if (secretOptions.contains(name) && arg.contains(u'=')) {
            shown << name + QStringLiteral("=******");
        } else if (secretOptions.contains(arg)) {
            shown << arg;
            if (i + 1 < args.size()) {
                shown << QStringLiteral("******");
                ++i;
            }
        } else {
            shown << arg;
        }
    }
    return shown.join(u' ');
}

void say(const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

namespace {

double speed()
{
    static const double value = [] {
        bool ok = false;
        const double v = qEnvironmentVariable("UW_SIM_SPEED").toDouble(&ok);
        return ok && v >= 0 ? v : 1.0;
    }();
    return value;
}

} // namespace

void pause(int ms)
{
    const double s = speed();
    if (s <= 0 || ms <= 0)
        return;
    QThread::msleep(static_cast<unsigned long>(ms / s));
}

QString now()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"));
}

std::expected<void, QString> Log::open(const Context &context, const QString &path, bool append)
{
    m_path = path;
    if (context.diskFull())
        return std::unexpected(noSpace(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return std::unexpected(QStringLiteral("cannot create the directory of %1").arg(path));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | (append ? QIODevice::Append : QIODevice::Truncate) | QIODevice::Text))
        return std::unexpected(QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString()));
    return {};
}

void Log::write(const QString &level, const QString &text)
{
    if (!m_file.isOpen())
        return;
    m_file.write(QStringLiteral("%1 %2 %3\n").arg(now(), level.leftJustified(5), text).toUtf8());
    m_file.flush();
}

void Reporter::info(const QString &text, int pauseMs)
{
    say(text);
    m_log.write(QStringLiteral("INFO"), text);
    pause(pauseMs);
}

void Reporter::warn(const QString &text)
{
    ++m_warnings;
    say(QStringLiteral("WARN: ") + text);
    m_log.write(QStringLiteral("WARN"), text);
}

int Reporter::error(const QString &text)
{
    complain(QStringLiteral("ERROR: ") + text);
    m_log.write(QStringLiteral("ERROR"), text);
    return kFailure;
}

QString noSpace(const QString &path)
{
    return QStringLiteral("cannot write %1: No space left on device").arg(path);
}

std::expected<void, QString> writeFile(const Context &context, const QString &path, const QByteArray &data)
{
    if (context.diskFull())
        return std::unexpected(noSpace(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return std::unexpected(QStringLiteral("cannot create the directory of %1").arg(path));
    // On Windows a file another program holds open (the training services read state.json to
    // answer the version) cannot be replaced for that moment: try again briefly before failing.
#ifdef Q_OS_WIN
    constexpr int attempts = 40;
#else
    constexpr int attempts = 1;
#endif
    for (int attempt = 1;; ++attempt) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return std::unexpected(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        if (file.commit())
            return {};
        if (attempt == attempts || !QFileInfo::exists(path))
            return std::unexpected(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        QThread::msleep(25);
    }
}

std::expected<void, QString> writeJson(const Context &context, const QString &path, const QJsonObject &json)
{
    return writeFile(context, path, QJsonDocument(json).toJson(QJsonDocument::Indented));
}

std::expected<void, QString> copyTree(const Context &context, const QString &from, const QString &to)
{
    const QFileInfo source(from);
    if (source.isFile()) {
        // Copies are data directories nobody reads while a tool fills them: plain writes, no
        // sync per file (that made a multi-node rehearsal crawl on a busy laptop).
        if (context.diskFull())
            return std::unexpected(noSpace(to));
        QFile file(from);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(QStringLiteral("cannot read %1: %2").arg(from, file.errorString()));
        const QByteArray data = file.readAll();
        if (!QDir().mkpath(QFileInfo(to).absolutePath()))
            return std::unexpected(QStringLiteral("cannot create the directory of %1").arg(to));
        QFile target(to);
        if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate) || target.write(data) != data.size()
            || !target.flush())
            return std::unexpected(QStringLiteral("cannot write %1: %2").arg(to, target.errorString()));
        return {};
    }
    if (context.diskFull())
        return std::unexpected(noSpace(to));
    if (!QDir().mkpath(to))
        return std::unexpected(QStringLiteral("cannot create %1").arg(to));
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir base(from);
    while (it.hasNext()) {
        const QFileInfo entry = it.nextFileInfo();
        const QString target = to + u'/' + base.relativeFilePath(entry.filePath());
        if (entry.isDir()) {
            if (!QDir().mkpath(target))
                return std::unexpected(QStringLiteral("cannot create %1").arg(target));
        } else if (auto copied = copyTree(context, entry.filePath(), target); !copied) {
            return copied;
        }
    }
    return {};
}

std::expected<QJsonObject, QString> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(QStringLiteral("%1 is not a JSON object: %2").arg(path, error.errorString()));
    return document.object();
}

namespace {

std::expected<QJsonObject, QString> readStateUnlocked(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QJsonObject();
    return readJson(path);
}

// Readers take the lock too: on Windows a file held open by a reader cannot be replaced, so a
// reader between another node's read and commit made that node's sysupgrade fail.
std::expected<void, QString> lockState(QLockFile &lock, const QString &path)
{
    // A tool killed while holding the lock must not block the class for long.
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(20000))
        return std::unexpected(QStringLiteral("%1 is locked by another sysupgrade (lock file %1.lock)").arg(path));
    return {};
}

} // namespace

std::expected<QJsonObject, QString> readState(const Context &context)
{
    const QString path = context.sandbox.statePath();
    QLockFile lock(path + QStringLiteral(".lock"));
    if (auto locked = lockState(lock, path); !locked)
        return std::unexpected(locked.error());
    return readStateUnlocked(path);
}

std::expected<void, QString> updateState(const Context &context, const std::function<bool(QJsonObject &)> &update)
{
    const QString path = context.sandbox.statePath();
    QLockFile lock(path + QStringLiteral(".lock"));
    if (auto locked = lockState(lock, path); !locked)
        return std::unexpected(locked.error());
    auto state = readStateUnlocked(path);
    if (!state)
        return std::unexpected(state.error());
    if (!update(*state))
        return {};
    return writeJson(context, path, *state);
}

} // namespace uw::simtool
