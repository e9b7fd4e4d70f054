#include "wizard/report/signature.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace uw::signature {

namespace {

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs ssh-keygen with `arguments`, `input` on its standard input; waits up to `timeoutMs`.
Result<Ran> runSshKeygen(const QStringList &arguments, const QByteArray &input, int timeoutMs,
                         bool inputFromTerminal = false)
{
    auto program = sshKeygen();
    if (!program)
        return std::unexpected(program.error());
    QProcess process;
    // Signing with a key that has a passphrase: ssh-keygen asks for it on the terminal.
    if (inputFromTerminal)
        process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(*program, arguments);
    if (!process.waitForStarted(10000))
        return std::unexpected(Error::io(QDir::toNativeSeparators(*program),
                                         QStringLiteral("ssh-keygen did not start: %1").arg(process.errorString())));
    if (!inputFromTerminal) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return std::unexpected(
            Error::io(QDir::toNativeSeparators(*program),
                      QStringLiteral("ssh-keygen did not finish within %1 s and was stopped").arg(timeoutMs / 1000)));
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return std::unexpected(Error::io(QDir::toNativeSeparators(*program), QStringLiteral("ssh-keygen crashed")));
    return Ran{process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed(),
               QString::fromLocal8Bit(process.readAllStandardError()).trimmed()};
}

QString lastLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

// "Good "upgrade-wizard" signature for ops@example with ED25519 key SHA256:..." -> the key.
QString keyOf(const QString &said)
{
    static const QRegularExpression key(QStringLiteral("with (\\S+ key \\S+)"));
    const QRegularExpressionMatch match = key.match(said);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

Result<QString> sshKeygen()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (found.isEmpty())
        return std::unexpected(Error{Error::Kind::NotFound,
                                     QStringLiteral("ssh-keygen (OpenSSH) was not found on the PATH"),
                                     QString(),
                                     QStringLiteral("install OpenSSH's client (Debian: openssh-client; Windows: the "
                                                    "\"OpenSSH Client\" optional feature)"),
                                     {}});
    return found;
}

Result<QString> signFile(const QString &file, const QString &key)
{
    if (!QFileInfo(key).isFile())
        return std::unexpected(Error::invalid(QDir::toNativeSeparators(key), QStringLiteral("no such key file"),
                                              QStringLiteral("name a private key (~/.ssh/id_ed25519), or a public "
                                                             "key whose private key ssh-agent holds")));
    const QString signature = file + QStringLiteral(".sig");
    // ssh-keygen will not overwrite a signature; an older one of the same file is replaced.
    QFile::remove(signature);
    auto ran = runSshKeygen({QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-f"), key,
                             QStringLiteral("-n"), QLatin1String(kNamespace), file},
                            {}, 300000, true);
    if (!ran)
        return std::unexpected(ran.error());
    if (ran->exitCode != 0 || !QFileInfo::exists(signature))
        return std::unexpected(
            Error::io(QDir::toNativeSeparators(file),
                      QStringLiteral("ssh-keygen could not sign it with %1: %2")
                          .arg(QDir::toNativeSeparators(key),
                               lastLine(ran->err).isEmpty() ? QStringLiteral("exit code %1").arg(ran->exitCode)
                                                            : lastLine(ran->err))));
    return signature;
}

Result<Verdict> verifyFile(const QString &file, const QString &signatureFile, const QString &allowedSigners)
{
    QFile data(file);
    if (!data.open(QIODevice::ReadOnly))
        return std::unexpected(Error::io(QDir::toNativeSeparators(file), data.errorString()));
    const QByteArray bytes = data.readAll();
    if (!QFileInfo(signatureFile).isFile())
        return std::unexpected(
            Error::invalid(QDir::toNativeSeparators(signatureFile), QStringLiteral("no such signature file")));
    Verdict verdict;
    if (allowedSigners.isEmpty()) {
        auto ran = runSshKeygen({QStringLiteral("-Y"), QStringLiteral("check-novalidate"), QStringLiteral("-n"),
                                 QLatin1String(kNamespace), QStringLiteral("-s"), signatureFile},
                                bytes, 30000);
        if (!ran)
            return std::unexpected(ran.error());
        verdict.good = ran->exitCode == 0;
        verdict.key = keyOf(ran->out + u'\n' + ran->err);
        verdict.message = lastLine(ran->err.isEmpty() ? ran->out : ran->err);
        return verdict;
    }
    if (!QFileInfo(allowedSigners).isFile())
        return std::unexpected(
            Error::invalid(QDir::toNativeSeparators(allowedSigners), QStringLiteral("no such allowed-signers file")));
    // Who made it, among the allowed signers; then the signature itself, for that principal.
    auto found = runSshKeygen({QStringLiteral("-Y"), QStringLiteral("find-principals"), QStringLiteral("-s"),
                               signatureFile, QStringLiteral("-f"), allowedSigners},
                              {}, 30000);
    if (!found)
        return std::unexpected(found.error());
    const QString principal = found->out.split(u'\n', Qt::SkipEmptyParts).value(0).trimmed();
    if (found->exitCode != 0 || principal.isEmpty()) {
        verdict.message = QStringLiteral("the signature was not made by any key in %1")
                              .arg(QDir::toNativeSeparators(allowedSigners));
        // Whose key it was, for the message: the signature itself names it.
        if (auto ran = runSshKeygen({QStringLiteral("-Y"), QStringLiteral("check-novalidate"), QStringLiteral("-n"),
                                     QLatin1String(kNamespace), QStringLiteral("-s"), signatureFile},
                                    bytes, 30000);
            ran && ran->exitCode == 0)
            verdict.key = keyOf(ran->out + u'\n' + ran->err);
        return verdict;
    }
    auto ran = runSshKeygen({QStringLiteral("-Y"), QStringLiteral("verify"), QStringLiteral("-f"), allowedSigners,
                             QStringLiteral("-I"), principal, QStringLiteral("-n"), QLatin1String(kNamespace),
                             QStringLiteral("-s"), signatureFile},
                            bytes, 30000);
    if (!ran)
        return std::unexpected(ran.error());
    verdict.good = ran->exitCode == 0;
    verdict.signer = principal;
    verdict.key = keyOf(ran->out + u'\n' + ran->err);
    verdict.message = lastLine(ran->err.isEmpty() ? ran->out : ran->err);
    return verdict;
}

} // namespace uw::signature
