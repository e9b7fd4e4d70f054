#include "app/verifycommand.h"

#include "app/commandline.h"
#include "app/logging.h"
#include "wizard/report/reportcheck.h"
#include "wizard/report/signature.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace uw::app {

namespace {

const auto out = printOut;
const auto err = printErr;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// At most this many differences are listed; the rest are counted.
constexpr qsizetype kShownDifferences = 30;

} // namespace

int verifyReport(const Options &options)
{
    const QString reportPath = options.files.value(0);
    QFile file(reportPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("upgrade-wizard: %1: cannot read the report: %2")
                .arg(native(reportPath), file.errorString()));
        return ExitUsage;
    }
    const QByteArray bytes = file.readAll();
    // The signature: the one named, else the one beside the report when there is one.
    QString signaturePath = options.signatureFile;
    if (signaturePath.isEmpty() && QFileInfo::exists(reportPath + QStringLiteral(".sig")))
        signaturePath = reportPath + QStringLiteral(".sig");
    if (!options.signatureFile.isEmpty() && !QFileInfo::exists(options.signatureFile)) {
        err(QStringLiteral("upgrade-wizard: --signature %1: no such file").arg(native(options.signatureFile)));
        return ExitUsage;
    }
    if (!options.allowedSigners.isEmpty() && !QFileInfo::exists(options.allowedSigners)) {
        err(QStringLiteral("upgrade-wizard: --allowed-signers %1: no such file").arg(native(options.allowedSigners)));
        return ExitUsage;
    }
    if (!options.allowedSigners.isEmpty() && signaturePath.isEmpty()) {
        err(QStringLiteral("upgrade-wizard: %1 has no signature (%1.sig), so --allowed-signers has nothing to check; "
                           "name it with --signature FILE")
                .arg(native(reportPath)));
        return ExitUsage;
    }
    if (signaturePath.isEmpty() && options.sessionDir.isEmpty()) {
        err(QStringLiteral("upgrade-wizard: nothing to verify: %1 has no signature (%1.sig) and no --session DIR was "
                           "given to check it against its journal")
                .arg(native(reportPath)));
        return ExitUsage;
    }
    if (!options.sessionDir.isEmpty() && !QFileInfo::exists(options.sessionDir + QStringLiteral("/session.json"))) {
        err(QStringLiteral("upgrade-wizard: --session %1: not a session folder (it has no session.json)")
                .arg(native(options.sessionDir)));
        return ExitUsage;
    }

    out(QStringLiteral("report: %1").arg(native(reportPath)));
    QStringList failed;
    if (!signaturePath.isEmpty()) {
        auto verdict = signature::verifyFile(reportPath, signaturePath, options.allowedSigners);
        if (!verdict) {
            err(QStringLiteral("upgrade-wizard: cannot check the signature %1: %2")
                    .arg(native(signaturePath), verdict.error().toString()));
            return ExitUsage;
        }
        if (!verdict->good) {
            out(QStringLiteral("signature: BAD (%1): %2%3")
                    .arg(native(signaturePath), verdict->message,
                         verdict->key.isEmpty() ? QString() : QStringLiteral(" (signed with %1)").arg(verdict->key)));
            failed << QStringLiteral("the signature");
        } else if (verdict->signer.isEmpty()) {
            out(QStringLiteral("signature: intact (%1), made with %2; who made it was not checked: give "
                               "--allowed-signers FILE")
                    .arg(native(signaturePath), verdict->key));
        } else {
            out(QStringLiteral("signature: good (%1), by %2 with %3")
                    .arg(native(signaturePath), verdict->signer, verdict->key));
        }
    }

    if (!options.sessionDir.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            out(QStringLiteral("report and journal: the report is not JSON (%1 at character %2): only the JSON report "
                               "can be checked against a journal")
                    .arg(parseError.errorString())
                    .arg(parseError.offset + 1));
            failed << QStringLiteral("the report");
        } else if (auto check = checkReportAgainstSession(document.object(), options.sessionDir); !check) {
            out(QStringLiteral("journal: DOES NOT MATCH: %1").arg(check.error().toString()));
            failed << QStringLiteral("the journal");
        } else {
            out(QStringLiteral("journal: intact, %1 record(s); the report was made at record %2")
                    .arg(check->records)
                    .arg(check->headSeq));
            if (check->differences.isEmpty()) {
                out(QStringLiteral("report and journal: the report is what the journal says"));
            } else {
                out(QStringLiteral("report and journal: %1 difference(s):").arg(check->differences.size()));
                for (const QString &difference : check->differences.mid(0, kShownDifferences))
                    out(QStringLiteral("  ") + difference);
                if (check->differences.size() > kShownDifferences)
                    out(QStringLiteral("  and %1 more").arg(check->differences.size() - kShownDifferences));
                failed << QStringLiteral("the report's contents");
            }
        }
    }
    if (!failed.isEmpty()) {
        out(QStringLiteral("NOT VERIFIED: %1 did not pass").arg(failed.join(QStringLiteral(", "))));
        return ExitFailure;
    }
    out(QStringLiteral("verified"));
    return ExitOk;
}

} // namespace uw::app
