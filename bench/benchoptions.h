#pragma once

// What the command lines of bench_backup and bench_republish share: the parser with its
// description and --help, --repeat, numbers that must be positive, and how a run gives up.
// Header-only, so each benchmark stays one source file.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <optional>

namespace uw::bench {

inline void describe(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
}

// --repeat N: how often each measurement runs, for the median. `what` names the runs ("Runs of
// each archiver").
inline QCommandLineOption repeatOption(const QString &what, int runs = 3)
{
    return QCommandLineOption(QStringLiteral("repeat"),
                              QStringLiteral("%1; the median is reported; default %2.").arg(what).arg(runs),
                              QStringLiteral("N"), QString::number(runs));
}

// The option's value as a whole number of at least 1; nothing when it is not one.
inline std::optional<int> positiveInt(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    return ok && value >= 1 ? std::optional<int>(value) : std::nullopt;
}

// The option's value as a number above 0; nothing when it is not one.
inline std::optional<double> positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    return ok && value > 0 ? std::optional<double>(value) : std::nullopt;
}

// "bench_x: MESSAGE" on stderr (the application's name, so set it first); returns the exit
// code of a benchmark that could not run.
inline int fail(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
    return 1;
}

} // namespace uw::bench
