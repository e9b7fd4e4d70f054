#include "app/comparecommand.h"

#include "app/commandline.h"
#include "app/logging.h"
#include "wizard/report/sessioncompare.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace uw::app {

int compareSessionsCommand(const Options &options)
{
    const auto err = printErr;
    for (const QString &dir : options.files) {
        if (!QFileInfo::exists(dir + QStringLiteral("/session.json"))) {
            err(QStringLiteral("upgrade-wizard: %1: not a session folder (it has no session.json)")
                    .arg(QDir::toNativeSeparators(dir)));
            return ExitUsage;
        }
    }
    CompareOptions compareOptions;
    compareOptions.factor = options.factor;
    auto comparison = compareSessions(options.files.value(0), options.files.value(1), compareOptions);
    if (!comparison) {
        err(QStringLiteral("upgrade-wizard: %1").arg(comparison.error().toString()));
        return ExitUsage;
    }
    QByteArray bytes;
    if (options.format == u"json")
        bytes = QJsonDocument(*comparison).toJson(QJsonDocument::Indented);
    else if (options.format == u"html")
        bytes = compareHtml(*comparison).toUtf8();
    else
        bytes = compareText(*comparison).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return comparison->value(QLatin1String("differences")).toInt() == 0 ? ExitOk : ExitFailure;
}

} // namespace uw::app
