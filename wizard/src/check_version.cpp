// Checks about versions: "version" detects one in a file or a command's output and compares
// it with a range; "decision-table" picks the row of a table whose ranges contain the inputs.

#include "check_support.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace uw::checks::detail {

// --- version ---------------------------------------------------------------------------------

namespace {

// Output beyond this is not where a version is printed; keeping it would only cost memory.
constexpr qint64 maxCommandOutput = 1024 * 1024;

struct VersionSpec
{
    bool fromCommand = false;
    QString path;
    QString program;
    QStringList args;
    QRegularExpression regex;
    std::optional<VersionRange> range;
};

VersionSpec parseVersion(SpecReader &reader)
{
    VersionSpec spec;
    const auto source
        = reader.choice(QStringLiteral("source"), {QStringLiteral("file"), QStringLiteral("command")}, Need::Required);
    spec.fromCommand = source == QLatin1String("command");
    const Need needPath = source == QLatin1String("file") ? Need::Required : Need::Optional;
    const Need needProgram = spec.fromCommand ? Need::Required : Need::Optional;
    spec.path = reader.string(QStringLiteral("path"), needPath).value_or(QString());
    spec.program = reader.string(QStringLiteral("program"), needProgram).value_or(QString());
    spec.args = reader.stringList(QStringLiteral("args")).value_or(QStringList());
    if (source == QLatin1String("file")) {
        for (const QString &key : {QStringLiteral("program"), QStringLiteral("args")}) {
            if (reader.has(key))
                reader.error(key, QStringLiteral("%1 is only used with \"source\": \"command\"").arg(quoted(key)));
        }
    } else if (spec.fromCommand && reader.has(QStringLiteral("path"))) {
        reader.error(QStringLiteral("path"), QStringLiteral("\"path\" is only used with \"source\": \"file\""));
    }

    if (const auto regex = reader.regex(QStringLiteral("regex"), Need::Required)) {
        const bool named = regex->namedCaptureGroups().contains(QLatin1String("version"));
        if (!named && regex->captureCount() != 1) {
            reader.error(QStringLiteral("regex"),
                QStringLiteral("needs exactly one capture group or a group named \"version\", has %1 groups") .arg(
                    regex->captureCount()));
        }
        spec.regex = *regex;
    }
    spec.range = reader.range(QStringLiteral("range"), Need::Required);
    return spec;
}

QString versionText(const QRegularExpressionMatch &match)
{
    if (match.regularExpression().namedCaptureGroups().contains(QLatin1String("version")))
        return match.captured(QStringLiteral("version")).trimmed();
    return match.captured(1).trimmed();
}

struct CommandOutput
{
    QByteArray output;
    int exitCode = 0;
    bool crashed = false;
};

// Runs the command without a shell and collects stdout and stderr together: "java -version"
// and friends print to stderr.
std::expected<CommandOutput, Result> runCommand(const VersionSpec &spec, const RunContext &context,
                                                QStringList &evidence)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Version banners are matched by English patterns; a localised one would not match.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(spec.program, spec.args, QIODevice::ReadOnly);
    if (!process.waitForStarted(int(context.timeout().count()))) {
        return std::unexpected(makeResult(
            Status::Error, QStringLiteral("Cannot start %1: %2").arg(spec.program, process.errorString()), evidence));
    }

    CommandOutput result;
    const auto collect = [&] {
        const QByteArray chunk = process.readAll();
        result.output += chunk.first(std::min<qsizetype>(chunk.size(), maxCommandOutput - result.output.size()));
    };
    // Short waits, so that the cancel flag is seen promptly.
    while (!process.waitForFinished(20) && process.state() != QProcess::NotRunning) {
        collect();
        const bool cancelled = context.isCancelled();
        if (cancelled || context.isTimedOut()) {
            process.kill();
            process.waitForFinished(100);
            if (cancelled)
                return std::unexpected(cancelledResult());
            return std::unexpected(
                makeResult(Status::Error,
                           QStringLiteral("%1 did not finish within %2 ms; it was stopped") .arg(
                                              spec.program, QString::number(context.timeout().count())),
                                          evidence));
        }
    }
    collect();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    evidence.append(result.crashed ? QStringLiteral("the command crashed")
                                   : QStringLiteral("exit code: %1").arg(result.exitCode));
    return result;
}

} // namespace

void validateVersion(SpecReader &reader)
{
    parseVersion(reader);
}

Result runVersion(SpecReader &reader, const RunContext &context)
{
    const VersionSpec spec = parseVersion(reader);
    const QString rangeText = spec.range ? spec.range->toString() : QString();
    QStringList evidence;
    QString where;
    QByteArray commandOutput;
    QBuffer buffer(&commandOutput);
    QFile file(spec.path);
    QIODevice *device = nullptr;

    if (spec.fromCommand) {
        const QString commandLine = redactArguments((QStringList {spec.program} + spec.args).join(u' '));
        where = QStringLiteral("the output of `%1`").arg(commandLine);
        evidence.append(QStringLiteral("command: %1").arg(commandLine));
        auto output = runCommand(spec, context, evidence);
        if (!output)
            return output.error();
        commandOutput = output->output;
        device = &buffer;
    } else {
        where = spec.path;
        evidence.append(QStringLiteral("file: %1").arg(QFileInfo(spec.path).absoluteFilePath()));
        if (!file.open(QIODevice::ReadOnly))
            return makeResult(Status::Error,
                              QStringLiteral("Cannot read %1: %2").arg(spec.path, file.errorString()), evidence);
        device = &file;
    }
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly))
        return makeResult(Status::Error, QStringLiteral("Cannot read %1").arg(where), evidence);

    qint64 lines = 0;
    const auto found = findLine(*device, where, spec.regex, context, &lines);
    if (!found) {
        Result result = found.error();
        result.evidence = evidence + result.evidence;
        return result;
    }
    evidence.append(QStringLiteral("pattern: %1").arg(spec.regex.pattern()));
    if (!found->has_value()) {
        evidence.append(
            QStringLiteral("no match in %1").arg(counted(lines, QStringLiteral("line"), QStringLiteral("lines"))));
        if (spec.fromCommand) {
            // The first lines show the user what the command said instead.
            qsizetype shownLines = 0;
            for (const QByteArray &outputLine : commandOutput.split('\n')) {
                const QString text = QString::fromUtf8(outputLine).trimmed();
                if (text.isEmpty())
                    continue;
                evidence.append(QStringLiteral("output: %1").arg(shortLine(text)));
                if (++shownLines == 5)
                    break;
            }
        }
        return makeResult(
            Status::Error,
            QStringLiteral("No version found in %1: no line matches %2") .arg(where, spec.regex.pattern()), evidence);
    }

    const LineMatch &line = **found;
    evidence.append(QStringLiteral("line %1: %2").arg(QString::number(line.number), shortLine(line.text)));
    const QString captured = versionText(line.match);
    const auto version = Version::parse(captured);
    if (!version)
        return makeResult(Status::Error,
                          QStringLiteral("%1 (line %2 of %3) is not a version") .arg(
                                             quoted(captured), QString::number(line.number), where),
                                         evidence);
    evidence.append(QStringLiteral("detected version: %1").arg(version->toString()));
    evidence.append(QStringLiteral("required: %1").arg(rangeText));
    const QJsonObject details {{QStringLiteral("version"), version->toString()}, {QStringLiteral("range"), rangeText}};
    if (!spec.range || !spec.range->contains(*version))
        return makeResult(Status::Fail,
                          QStringLiteral("Version %1 found in %2 is not in the required range %3") .arg(
                                             version->toString(), where, rangeText),
                                         evidence, details);
    return makeResult(Status::Pass,
                      QStringLiteral("Version %1 is in the required range %2").arg(version->toString(), rangeText),
                                     evidence, details);
}

// --- decision-table --------------------------------------------------------------------------

namespace {

struct Outcome
{
    QString result = QStringLiteral("pass");
    QString outcome;
    QString message;
};

struct Row
{
    QList<std::pair<QString, VersionRange>> when;
    Outcome outcome;
};

struct DecisionTableSpec
{
    QList<std::pair<QString, Version>> inputs;
    QList<Row> rows;
    std::optional<Outcome> otherwise;
};

Outcome parseOutcome(SpecReader &reader)
{
    Outcome outcome;
    outcome.result = reader.choice(
        QStringLiteral("result"),
            {QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("warn")}).value_or(outcome.result);
    outcome.outcome = reader.string(QStringLiteral("outcome"), Need::Required).value_or(QString());
    outcome.message = reader.string(QStringLiteral("message"), Need::Required).value_or(QString());
    return outcome;
}

DecisionTableSpec parseDecisionTable(SpecReader &reader)
{
    DecisionTableSpec spec;
    QStringList names;
    if (const auto inputs = reader.object(QStringLiteral("inputs"), Need::Required)) {
        SpecReader inputReader = reader.child(QStringLiteral("inputs"), *inputs);
        names = inputs->keys();
        for (const QString &name : names) {
            if (const auto version = inputReader.version(name, Need::Required))
                spec.inputs.append({name, *version});
        }
        if (names.isEmpty())
            reader.error(QStringLiteral("inputs"), QStringLiteral("expected at least one input"));
    }

    if (const auto rows = reader.array(QStringLiteral("rows"), Need::Required)) {
        if (rows->isEmpty())
            reader.error(QStringLiteral("rows"), QStringLiteral("expected at least one row"));
        for (qsizetype i = 0; i < rows->size(); ++i) {
            const QJsonValue rowValue = rows->at(i);
            if (!rowValue.isObject()) {
                reader.error(QStringLiteral("rows[%1]").arg(i),
                                            QStringLiteral("expected an object, got %1").arg(describe(rowValue)));
                continue;
            }
            SpecReader rowReader = reader.element(QStringLiteral("rows"), i, rowValue.toObject());
            rowReader.allowKeys({QStringLiteral("when"), QStringLiteral("result"), QStringLiteral("outcome"), QStringLiteral("message")});
            Row row;
            if (const auto when = rowReader.object(QStringLiteral("when"), Need::Required)) {
                SpecReader whenReader = rowReader.child(QStringLiteral("when"), *when);
                for (auto it = when->begin(); it != when->end(); ++it) {
                    if (!names.contains(it.key()) && reader.has(QStringLiteral("inputs"))) {
                        whenReader.error(it.key(),
                                         QStringLiteral("unknown input %1; inputs: %2") .arg(
                                             quoted(it.key()), names.join(QStringLiteral(", "))));
                        continue;
                    }
                    if (const auto range = whenReader.range(it.key(), Need::Required))
                        row.when.append({it.key(), *range});
                }
            }
            row.outcome = parseOutcome(rowReader);
            spec.rows.append(row);
        }
    }

    if (const auto otherwise = reader.object(QStringLiteral("otherwise"))) {
        SpecReader otherwiseReader = reader.child(QStringLiteral("otherwise"), *otherwise);
        otherwiseReader.allowKeys({QStringLiteral("result"), QStringLiteral("outcome"), QStringLiteral("message")});
        spec.otherwise = parseOutcome(otherwiseReader);
    }
    return spec;
}

Result decide(const Outcome &outcome, int row, QStringList evidence)
{
    QJsonObject details {{QStringLiteral("outcome"), outcome.outcome},
                          {QStringLiteral("row"), row}, {QStringLiteral("result"), outcome.result}};
    Status status = Status::Pass;
    if (outcome.result == QLatin1String("fail"))
        status = Status::Fail;
    else if (outcome.result == QLatin1String("warn"))
        // A warning lets the procedure go on; the report shows it.
        details.insert(QStringLiteral("warning"), true);
    return makeResult(status, outcome.message, std::move(evidence), details);
}

} // namespace

void validateDecisionTable(SpecReader &reader)
{
    parseDecisionTable(reader);
}

Result runDecisionTable(SpecReader &reader, const RunContext &)
{
    const DecisionTableSpec spec = parseDecisionTable(reader);
    QStringList inputTexts;
    for (const auto &[name, version] : spec.inputs)
        inputTexts.append(QStringLiteral("%1 = %2").arg(name, version.toString()));
    QStringList evidence {QStringLiteral("inputs: %1").arg(inputTexts.join(QStringLiteral(", ")))};

    const auto input = [&spec](const QString &name) -> const Version * {
        for (const auto &[inputName, version] : spec.inputs) {
            if (inputName == name)
                return &version;
        }
        return nullptr;
    };
    for (qsizetype i = 0; i < spec.rows.size(); ++i) {
        const Row &row = spec.rows[i];
        bool matches = true;
        QStringList conditions;
        for (const auto &[name, range] : row.when) {
            const Version *version = input(name);
            matches = matches && version != nullptr && range.contains(*version);
            conditions.append(QStringLiteral("%1 in %2").arg(name, range.toString()));
        }
        if (!matches)
            continue;
        evidence.append(QStringLiteral("row %1 matches: %2 -> %3") .arg(
            QString::number(i),
            conditions.isEmpty() ? QStringLiteral("(always)")
                                 : conditions.join(QStringLiteral(", ")), row.outcome.outcome));
        return decide(row.outcome, int(i), evidence);
    }
    if (spec.otherwise) {
        evidence.append(QStringLiteral("no row matches; otherwise -> %1").arg(spec.otherwise->outcome));
        Result result = decide(*spec.otherwise, -1, evidence);
        result.details.insert(QStringLiteral("otherwise"), true);
        return result;
    }
    evidence.append(QStringLiteral("no row matches"));
    return makeResult(Status::Fail,
                      QStringLiteral("No row of the decision table matches %1").arg(
                          inputTexts.join(QStringLiteral(", "))), evidence, {{QStringLiteral("row"), -1}});
}

} // namespace uw::checks::detail
