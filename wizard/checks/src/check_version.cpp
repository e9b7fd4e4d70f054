// Checks about versions: "version" detects one in a file or a command's output and compares
// it with a range; "decision-table" picks the row of a table whose ranges contain the inputs.

#include "check_support.h"
#include "jarmanifest.h"

#include "wizard/support/fileops.h"
#include "wizard/support/ondemand.h"
#include "wizard/support/processtree.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace uw::checks::detail {

JarManifestReader &jarManifestReader()
{
    static JarManifestReader set;
    return set;
}

// --- version ---------------------------------------------------------------------------------

namespace {

// Output beyond this is not where a version is printed; keeping it would only cost memory.
constexpr qint64 maxCommandOutput = 1024 * 1024;

// A manifest is a few kilobytes; anything much larger is not one worth reading.
constexpr qint64 maxManifestBytes = 1024 * 1024;

enum class SourceKind { File, Command, JarManifest };

// One place a version can be read from. A product often states its version in several (a
// jar manifest, a README, a startup log), and not every installation has all of them.
struct SourceSpec
{
    SourceKind kind = SourceKind::File;
    QString path;
    QString program;
    QStringList args;
    QString attribute; // jar-manifest
    std::optional<QRegularExpression> regex; // required for file and command
};

const QString &defaultAttribute()
{
    static const QString attribute = QStringLiteral("Implementation-Version");
    return attribute;
}

const QStringList &sourceKeys()
{
    static const QStringList keys{QStringLiteral("source"), QStringLiteral("path"),  QStringLiteral("program"),
                                  QStringLiteral("args"),   QStringLiteral("regex"), QStringLiteral("attribute")};
    return keys;
}

std::optional<QRegularExpression> versionRegex(SpecReader &reader, Need need)
{
    const auto regex = reader.regex(QStringLiteral("regex"), need);
    if (!regex)
        return std::nullopt;
    const bool named = regex->namedCaptureGroups().contains(QLatin1String("version"));
    if (!named && regex->captureCount() != 1) {
        reader.error(QStringLiteral("regex"),
                     QStringLiteral("needs exactly one capture group or a group named \"version\", has %1 groups")
                         .arg(regex->captureCount()));
        return std::nullopt;
    }
    return regex;
}

// Reads one source's keys from `reader`'s object.
SourceSpec parseSource(SpecReader &reader)
{
    SourceSpec spec;
    const auto source = reader.choice(
        QStringLiteral("source"), {QStringLiteral("file"), QStringLiteral("command"), QStringLiteral("jar-manifest")},
        Need::Required);
    const QString name = source.value_or(QString());
    if (name == QLatin1String("command"))
        spec.kind = SourceKind::Command;
    else if (name == QLatin1String("jar-manifest"))
        spec.kind = SourceKind::JarManifest;
    // Keys that belong to another source are mistakes: the reader of the playbook would think
    // they matter.
    static const QList<std::pair<QString, QString>> usedWith{
        {QStringLiteral("path"), QStringLiteral("\"file\" or \"jar-manifest\"")},
        {QStringLiteral("program"), QStringLiteral("\"command\"")},
        {QStringLiteral("args"), QStringLiteral("\"command\"")},
        {QStringLiteral("attribute"), QStringLiteral("\"jar-manifest\"")},
    };
    if (source) {
        for (const auto &[key, sources] : usedWith) {
            if (reader.has(key) && !sources.contains(quoted(name)))
                reader.error(key, QStringLiteral("%1 is only used with \"source\": %2").arg(quoted(key), sources));
        }
    }
    // Without a valid source, which keys are needed is unknown: that one mistake is enough.
    const Need needPath = source && spec.kind != SourceKind::Command ? Need::Required : Need::Optional;
    const Need needProgram = source && spec.kind == SourceKind::Command ? Need::Required : Need::Optional;
    spec.path = reader.string(QStringLiteral("path"), needPath).value_or(QString());
    spec.program = reader.string(QStringLiteral("program"), needProgram).value_or(QString());
    spec.args = reader.stringList(QStringLiteral("args")).value_or(QStringList());
    spec.attribute = reader.string(QStringLiteral("attribute")).value_or(defaultAttribute());
    spec.regex = versionRegex(reader, spec.kind == SourceKind::JarManifest ? Need::Optional : Need::Required);
    return spec;
}

// `reader`'s object names one source ("source" and its keys) or several ("sources": [...]).
QList<SourceSpec> parseSources(SpecReader &reader)
{
    if (!reader.has(QStringLiteral("sources")))
        return {parseSource(reader)};
    for (const QString &key : sourceKeys()) {
        if (reader.has(key))
            reader.error(key, QStringLiteral("%1 goes inside each of \"sources\"").arg(quoted(key)));
    }
    QList<SourceSpec> sources;
    const auto array = reader.array(QStringLiteral("sources"), Need::Required);
    if (!array)
        return sources;
    if (array->isEmpty())
        reader.error(QStringLiteral("sources"), QStringLiteral("expected at least one source"));
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            reader.error(QStringLiteral("sources[%1]").arg(i),
                         QStringLiteral("expected an object, got %1").arg(describe(value)));
            continue;
        }
        SpecReader element = reader.element(QStringLiteral("sources"), i, value.toObject());
        element.allowKeys(sourceKeys());
        sources.append(parseSource(element));
    }
    return sources;
}

struct VersionSpec
{
    QList<SourceSpec> sources;
    bool several = false; // "sources" rather than "source"
    std::optional<VersionRange> range;
};

VersionSpec parseVersion(SpecReader &reader)
{
    VersionSpec spec;
    spec.several = reader.has(QStringLiteral("sources"));
    spec.sources = parseSources(reader);
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
std::expected<CommandOutput, Result> runCommand(const SourceSpec &spec, const RunContext &context,
                                                QList<Text> &evidence)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Version banners are matched by English patterns; a localised one would not match.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    ProcessTree tree;
    tree.prepare(process);
    const ProcessLaunch launch = ProcessLaunch::resolve(spec.program, spec.args);
    process.start(launch.program, launch.args, QIODevice::ReadOnly);
    tree.adopt(process);
    if (!process.waitForStarted(int(context.timeout().count()))) {
        return std::unexpected(makeResult(
            Status::Error,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot start %1: %2"), spec.program, process.errorString()),
            evidence));
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
            tree.kill(process);
            process.waitForFinished(100);
            if (cancelled)
                return std::unexpected(cancelledResult());
            return std::unexpected(
                makeResult(Status::Error,
                           Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 did not finish within %2 ms; it was stopped"),
                                spec.program, QString::number(context.timeout().count())),
                           evidence));
        }
    }
    collect();
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    evidence.append(result.crashed ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "the command crashed"))
                                   : Text(QT_TRANSLATE_NOOP("uw::Outcome", "exit code: %1"), result.exitCode));
    return result;
}

struct Detected
{
    Version version;
    Text where; // "README.txt", "the manifest of lib/x.jar (Implementation-Version)" ...
};

// A file or a command's output, searched line by line.
std::expected<Detected, Result> detectInLines(const SourceSpec &spec, const RunContext &context, QList<Text> &evidence)
{
    const bool fromCommand = spec.kind == SourceKind::Command;
    Text where;
    QByteArray commandOutput;
    QBuffer buffer(&commandOutput);
    QFile file(spec.path);
    QIODevice *device = nullptr;

    if (fromCommand) {
        const QString commandLine = redactArguments((QStringList{spec.program} + spec.args).join(u' '));
        where = Text(QT_TRANSLATE_NOOP("uw::Outcome", "the output of `%1`"), commandLine);
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "command: %1"), commandLine));
        auto output = runCommand(spec, context, evidence);
        if (!output)
            return std::unexpected(output.error());
        commandOutput = output->output;
        device = &buffer;
    } else {
        where = Text::verbatim(spec.path);
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "file: %1"), QFileInfo(spec.path).absoluteFilePath()));
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(makeResult(
                Status::Error,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot read %1: %2"), spec.path, file.errorString()), evidence));
        device = &file;
    }
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly))
        return std::unexpected(
            makeResult(Status::Error, Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot read %1"), where), evidence));

    qint64 lines = 0;
    const auto found = findLine(*device, where, *spec.regex, context, &lines);
    if (!found) {
        Result result = found.error();
        result.evidence = evidence + result.evidence;
        return std::unexpected(result);
    }
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "pattern: %1"), spec.regex->pattern()));
    if (!found->has_value()) {
        evidence.append(Text(
            QT_TRANSLATE_NOOP("uw::Outcome", "no match in %1"),
            counted(lines, QT_TRANSLATE_NOOP("uw::Outcome", "%1 line"), QT_TRANSLATE_NOOP("uw::Outcome", "%1 lines"))));
        if (fromCommand) {
            // The first lines show the user what the command said instead.
            qsizetype shownLines = 0;
            for (const QByteArray &outputLine : commandOutput.split('\n')) {
                const QString text = QString::fromUtf8(outputLine).trimmed();
                if (text.isEmpty())
                    continue;
                evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "output: %1"), shortLine(text)));
                if (++shownLines == 5)
                    break;
            }
        }
        return std::unexpected(
            makeResult(Status::Error,
                       Text(QT_TRANSLATE_NOOP("uw::Outcome", "No version found in %1: no line matches %2"), where,
                            spec.regex->pattern()),
                       evidence));
    }

    const LineMatch &line = **found;
    evidence.append(
        Text(QT_TRANSLATE_NOOP("uw::Outcome", "line %1: %2"), QString::number(line.number), shortLine(line.text)));
    const QString captured = versionText(line.match);
    const auto version = Version::parse(captured);
    if (!version)
        return std::unexpected(makeResult(Status::Error,
                                          Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 (line %2 of %3) is not a version"),
                                               quoted(captured), QString::number(line.number), where),
                                          evidence));
    return Detected{*version, where};
}

// The main section of a manifest (up to the first empty line), continuation lines (starting
// with one space) joined, as the JAR specification writes long values.
std::optional<QString> manifestAttribute(const QByteArray &manifest, const QString &name)
{
    QStringList lines;
    for (QString line : QString::fromUtf8(manifest).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        if (line.startsWith(u' ') && !lines.isEmpty())
            lines.last() += line.mid(1);
        else
            lines.append(line);
    }
    for (const QString &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(u':');
        // Attribute names are case-insensitive in the JAR specification.
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return std::nullopt;
}

std::expected<Detected, Result> detectInJarManifest(const SourceSpec &spec, const RunContext &context,
                                                    QList<Text> &evidence)
{
    QStringList jars;
    for (const QString &path : fileops::expandGlob(spec.path)) {
        if (QFileInfo(path).isFile())
            jars.append(path);
    }
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "jar: %1"), spec.path));
    if (jars.isEmpty())
        return std::unexpected(
            makeResult(Status::Error,
                       fileops::isGlob(spec.path)
                           ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "No JAR matches %1"), spec.path)
                           : Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot read %1: no such file"), spec.path),
                       evidence));
    if (jars.size() > 1)
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 match; reading the first in name order: %2"),
                             counted(jars.size(), QT_TRANSLATE_NOOP("uw::Outcome", "%1 JAR"),
                                     QT_TRANSLATE_NOOP("uw::Outcome", "%1 JARs")),
                             jars.join(QStringLiteral(", "))));
    const QString jar = jars.first();
    const Text where(QT_TRANSLATE_NOOP("uw::Outcome", "the manifest of %1 (%2)"), jar, spec.attribute);
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "reading %1"), where));
    if (context.isCancelled())
        return std::unexpected(cancelledResult());

    // KArchive is the on-demand library's, loaded now (on the check's worker thread) if this is
    // the first use.
    if (auto loaded = ondemand::ensureLoaded(); !loaded)
        return std::unexpected(makeResult(
            Status::Error,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "cannot read archives: %1"), loaded.error().toString()), evidence));
    const auto manifest = jarManifestReader().read(jar, maxManifestBytes);
    if (!manifest)
        return std::unexpected(makeResult(Status::Error, manifest.error(), evidence));
    const auto value = manifestAttribute(*manifest, spec.attribute);
    if (!value)
        return std::unexpected(makeResult(
            Status::Error,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "The manifest of %1 has no %2 attribute"), jar, spec.attribute),
            evidence));
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1: %2"), spec.attribute, shortLine(*value)));
    QString captured = *value;
    if (spec.regex) {
        const QRegularExpressionMatch match = spec.regex->match(*value);
        if (!match.hasMatch())
            return std::unexpected(
                makeResult(Status::Error,
                           Text(QT_TRANSLATE_NOOP("uw::Outcome", "No version found in %1: %2 does not match %3"), where,
                                quoted(*value), spec.regex->pattern()),
                           evidence));
        captured = versionText(match);
    }
    const auto version = Version::parse(captured);
    if (!version)
        return std::unexpected(makeResult(
            Status::Error,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 (in %2) is not a version"), quoted(captured), where), evidence));
    return Detected{*version, where};
}

Text sourceLabel(const SourceSpec &spec)
{
    switch (spec.kind) {
    case SourceKind::File:
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "file %1"), spec.path);
    case SourceKind::Command:
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "command %1"),
                    redactArguments((QStringList{spec.program} + spec.args).join(u' ')));
    case SourceKind::JarManifest:
        return Text(QT_TRANSLATE_NOOP("uw::Outcome", "jar-manifest %1"), spec.path);
    }
    return {};
}

struct Detection
{
    Detected detected;
    qsizetype source = 0; // index of the source that answered
};

// Tries the sources in order; the first that yields a version wins. The evidence says which
// answered and why each one before it did not. When none answers, the Result names every
// source with its reason.
std::expected<Detection, Result> detect(const QList<SourceSpec> &sources, const RunContext &context,
                                        QList<Text> &evidence)
{
    QList<Text> failures;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const SourceSpec &source = sources[i];
        QList<Text> sourceEvidence;
        auto detected = source.kind == SourceKind::JarManifest ? detectInJarManifest(source, context, sourceEvidence)
                                                               : detectInLines(source, context, sourceEvidence);
        if (sources.size() == 1) {
            evidence += detected ? sourceEvidence : QList<Text>();
            if (!detected)
                return std::unexpected(detected.error());
            return Detection{*detected, 0};
        }
        const Text label(QT_TRANSLATE_NOOP("uw::Outcome", "source %1 (%2)"), i + 1, sourceLabel(source));
        if (detected) {
            evidence += sourceEvidence;
            evidence.append(
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 answered: %2"), label, detected->version.toString()));
            return Detection{*detected, i};
        }
        if (detected.error().status == Status::Cancelled)
            return std::unexpected(detected.error());
        evidence += detected.error().evidence;
        evidence.append(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 did not answer: %2"), label, detected.error().summary));
        failures.append(Text("%1. %2: %3", QString::number(i + 1), sourceLabel(source), detected.error().summary));
    }
    return std::unexpected(makeResult(Status::Error,
                                      Text(QT_TRANSLATE_NOOP("uw::Outcome", "No version found in any source: %1"),
                                           joinedTexts(failures, QStringLiteral("; "))),
                                      evidence));
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
    QList<Text> evidence;
    const auto detection = detect(spec.sources, context, evidence);
    if (!detection)
        return detection.error();
    const Version &version = detection->detected.version;
    // Where the version came from matters once there is a choice of places, and for a JAR,
    // whose name is not in the path the playbook gave when that was a glob.
    const bool sayWhere = spec.several || spec.sources.value(0).kind == SourceKind::JarManifest;
    const Text from
        = sayWhere ? Text(QT_TRANSLATE_NOOP("uw::Outcome", " (from %1)"), detection->detected.where) : Text();
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "detected version: %1"), version.toString()));
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "required: %1"), rangeText));
    QJsonObject details{{QStringLiteral("version"), version.toString()}, {QStringLiteral("range"), rangeText}};
    if (sayWhere) {
        details.insert(QStringLiteral("from"), detection->detected.where.english());
        details.insert(QStringLiteral("source"), int(detection->source));
    }
    if (!spec.range || !spec.range->contains(version)) {
        return makeResult(
            Status::Fail,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "Version %1 found in %2 is not in the required range %3"),
                 version.toString(), detection->detected.where, rangeText),
            evidence, details);
    }
    return makeResult(Status::Pass,
                      Text(QT_TRANSLATE_NOOP("uw::Outcome", "Version %1%2 is in the required range %3"),
                           version.toString(), from, rangeText),
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

// An input is a version given as text, or read from the system like the version check does.
struct Input
{
    QString name;
    std::optional<Version> version; // given as text
    QList<SourceSpec> sources; // else detected
};

struct DecisionTableSpec
{
    QList<Input> inputs;
    QList<Row> rows;
    std::optional<Outcome> otherwise;
};

Outcome parseOutcome(SpecReader &reader)
{
    Outcome outcome;
    outcome.result = reader
                         .choice(QStringLiteral("result"),
                                 {QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("warn")})
                         .value_or(outcome.result);
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
            if (inputs->value(name).isObject()) {
                SpecReader sourceReader = inputReader.child(name, inputs->value(name).toObject());
                sourceReader.allowKeys(sourceKeys() + QStringList{QStringLiteral("sources")});
                spec.inputs.append({name, std::nullopt, parseSources(sourceReader)});
            } else if (const auto version = inputReader.version(name, Need::Required)) {
                spec.inputs.append({name, *version, {}});
            }
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
            rowReader.allowKeys({QStringLiteral("when"), QStringLiteral("result"), QStringLiteral("outcome"),
                                 QStringLiteral("message")});
            Row row;
            if (const auto when = rowReader.object(QStringLiteral("when"), Need::Required)) {
                SpecReader whenReader = rowReader.child(QStringLiteral("when"), *when);
                for (auto it = when->begin(); it != when->end(); ++it) {
                    if (!names.contains(it.key()) && reader.has(QStringLiteral("inputs"))) {
                        whenReader.error(it.key(),
                                         QStringLiteral("unknown input %1; inputs: %2")
                                             .arg(quoted(it.key()), names.join(QStringLiteral(", "))));
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

Result decide(const Outcome &outcome, int row, QList<Text> evidence)
{
    QJsonObject details{{QStringLiteral("outcome"), outcome.outcome},
                        {QStringLiteral("row"), row},
                        {QStringLiteral("result"), outcome.result}};
    Status status = Status::Pass;
    if (outcome.result == QLatin1String("fail"))
        status = Status::Fail;
    else if (outcome.result == QLatin1String("warn"))
        // A warning lets the procedure go on; the report shows it.
        details.insert(QStringLiteral("warning"), true);
    return makeResult(status, Text::fromPlaybook(outcome.message), std::move(evidence), details);
}

} // namespace

void validateDecisionTable(SpecReader &reader)
{
    parseDecisionTable(reader);
}

Result runDecisionTable(SpecReader &reader, const RunContext &context)
{
    const DecisionTableSpec spec = parseDecisionTable(reader);
    QList<std::pair<QString, Version>> versions;
    QStringList inputTexts;
    QList<Text> detectedTexts; // inputs read from the system: the user should see what was found
    QList<Text> evidence;
    QJsonObject detectedDetails;
    for (const Input &input : spec.inputs) {
        if (input.version) {
            versions.append({input.name, *input.version});
            inputTexts.append(QStringLiteral("%1 = %2").arg(input.name, input.version->toString()));
            continue;
        }
        QList<Text> sourceEvidence;
        const auto detection = detect(input.sources, context, sourceEvidence);
        for (const Text &line : std::as_const(sourceEvidence))
            evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1: %2"), input.name, line));
        if (!detection) {
            if (detection.error().status == Status::Cancelled)
                return detection.error();
            return makeResult(Status::Error,
                              Text(QT_TRANSLATE_NOOP("uw::Outcome", "Cannot determine %1: %2"), quoted(input.name),
                                   detection.error().summary),
                              evidence);
        }
        const Detected &detected = detection->detected;
        versions.append({input.name, detected.version});
        inputTexts.append(QStringLiteral("%1 = %2").arg(input.name, detected.version.toString()));
        detectedTexts.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 %2 from %3"), input.name,
                                  detected.version.toString(), detected.where));
        detectedDetails.insert(input.name,
                               QJsonObject{{QStringLiteral("version"), detected.version.toString()},
                                           {QStringLiteral("from"), detected.where.english()}});
    }
    evidence.prepend(Text(QT_TRANSLATE_NOOP("uw::Outcome", "inputs: %1"), inputTexts.join(QStringLiteral(", "))));
    // The outcome's message says what to do; which versions it was decided on follows it.
    const auto finish = [&](Result result) {
        if (!detectedTexts.isEmpty()) {
            result.summary = Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 (detected: %2)"), result.summary,
                                  joinedTexts(detectedTexts, QStringLiteral("; ")));
            result.details.insert(QStringLiteral("detected"), detectedDetails);
        }
        return result;
    };

    const auto input = [&versions](const QString &name) -> const Version * {
        for (const auto &[inputName, version] : versions) {
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
        evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "row %1 matches: %2 -> %3"), QString::number(i),
                             conditions.isEmpty() ? Text(QT_TRANSLATE_NOOP("uw::Outcome", "(always)"))
                                                  : Text::verbatim(conditions.join(QStringLiteral(", "))),
                             row.outcome.outcome));
        return finish(decide(row.outcome, int(i), evidence));
    }
    if (spec.otherwise) {
        evidence.append(
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "no row matches; otherwise -> %1"), spec.otherwise->outcome));
        Result result = decide(*spec.otherwise, -1, evidence);
        result.details.insert(QStringLiteral("otherwise"), true);
        return finish(result);
    }
    evidence.append(Text(QT_TRANSLATE_NOOP("uw::Outcome", "no row matches")));
    return finish(makeResult(Status::Fail,
                             Text(QT_TRANSLATE_NOOP("uw::Outcome", "No row of the decision table matches %1"),
                                  inputTexts.join(QStringLiteral(", "))),
                             evidence, {{QStringLiteral("row"), -1}}));
}

} // namespace uw::checks::detail
