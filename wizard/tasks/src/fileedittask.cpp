#include "wizard/tasks/fileedittask.h"

#include "taskspec_support.h"

#include "wizard/support/fileops.h"
#include "wizard/support/json.h"
#include "wizard/support/jsonpath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <vector>

namespace uw {

namespace {

// Walks a replacement: `\N` and `\NN` are captures (two digits only when the regex has that
// many groups, so `\10` with one group is `\1` then `0`), `\\` is a backslash, and any other
// backslash is kept as it is. `onGroup` returns false to stop.
template<typename Literal, typename Group>
void walkReplacement(const QString &replace, int captureCount, Literal onLiteral, Group onGroup)
{
    for (qsizetype i = 0; i < replace.size(); ++i) {
        const QChar c = replace.at(i);
        if (c != u'\\' || i + 1 == replace.size()) {
            onLiteral(c);
            continue;
        }
        const QChar next = replace.at(i + 1);
        if (next == u'\\') {
            onLiteral(next);
            ++i;
            continue;
        }
        if (!next.isDigit()) {
            onLiteral(c);
            continue;
        }
        int group = next.digitValue();
        ++i;
        if (i + 1 < replace.size() && replace.at(i + 1).isDigit()) {
            const int two = group * 10 + replace.at(i + 1).digitValue();
            if (two <= captureCount) {
                group = two;
                ++i;
            }
        }
        if (!onGroup(group))
            return;
    }
}

QString expand(const QString &replace, const QRegularExpressionMatch &match)
{
    QString out;
    walkReplacement(
        replace, match.regularExpression().captureCount(), [&](QChar c) { out += c; },
        [&](int group) {
            out += match.captured(group);
            return true;
        });
    return out;
}

// One edit, read by the reader of its object ("edits[2]").
FileEditTask::Edit readEdit(spec::Reader &reader)
{
    using spec::Need;
    FileEditTask::Edit edit;
    const bool byRegex = reader.has(QStringLiteral("regex"));
    const bool byKey = reader.has(QStringLiteral("key"));
    const bool byJson = reader.has(QStringLiteral("json"));
    if (int(byRegex) + int(byKey) + int(byJson) != 1) {
        reader.error(QString(), QStringLiteral("give either regex and replace, key and value, or json and value"));
        return edit;
    }
    if (byRegex) {
        reader.allowKeys({QStringLiteral("regex"), QStringLiteral("replace")});
        const auto pattern = reader.text(QStringLiteral("regex"), Need::Required);
        const bool judged = pattern && !reader.deferred(QStringLiteral("regex"));
        if (pattern) {
            edit.regex.setPattern(*pattern);
            // Config files are edited line by line in people's heads: ^ and $ mean a line.
            edit.regex.setPatternOptions(QRegularExpression::MultilineOption);
        }
        if (judged && (pattern->isEmpty() || !edit.regex.isValid()))
            reader.error(QStringLiteral("regex"),
                         QStringLiteral("invalid regular expression: %1")
                             .arg(pattern->isEmpty() ? QStringLiteral("empty") : edit.regex.errorString()));
        const auto replace = reader.text(QStringLiteral("replace"), Need::Required);
        edit.replace = replace.value_or(QString());
        if (judged && edit.regex.isValid() && replace) {
            // With a placeholder in it, the text before the placeholder is all that is sure:
            // "\1${port}\2" refers to group 1 whatever the port is.
            const QString sure = reader.deferred(QStringLiteral("replace"))
                ? spec::literalPrefix(reader.object().value(QLatin1String("replace")).toString())
                : edit.replace;
            const int groups = edit.regex.captureCount();
            int missing = -1;
            walkReplacement(
                sure, groups, [](QChar) {},
                [&](int group) {
                    if (group <= groups)
                        return true;
                    missing = group;
                    return false;
                });
            if (missing >= 0)
                reader.error(QStringLiteral("replace"),
                             QStringLiteral("\\%1 refers to a group the regex does not have (it has %2); write \\\\ "
                                            "for a backslash")
                                 .arg(missing)
                                 .arg(groups));
        }
        return edit;
    }
    if (byJson) {
        reader.allowKeys({QStringLiteral("json"), QStringLiteral("value")});
        const auto path = reader.string(QStringLiteral("json"), Need::Required);
        edit.jsonPath = path.value_or(QString());
        if (path && !reader.deferred(QStringLiteral("json"))) {
            auto steps = jsonpath::parseJsonPath(*path);
            if (!steps)
                reader.error(QStringLiteral("json"),
                             QStringLiteral("\"%1\" is not a JSON path: %2").arg(*path, steps.error()));
            // Keys and indexes only: a filter or [*] could match several values, or another one
            // than meant, and the edit would change it without a word.
            else if (std::any_of(steps->cbegin(), steps->cend(), [](const jsonpath::JsonStep &step) {
                         return step.type != jsonpath::JsonStep::Type::Key
                             && step.type != jsonpath::JsonStep::Type::Index;
                     }))
                reader.error(QStringLiteral("json"),
                             QStringLiteral("a JSON edit names one value by keys and indexes; "
                                            "[*] and [?...] filters are not allowed"));
        }
        if (!reader.has(QStringLiteral("value")))
            reader.error(QStringLiteral("value"), QStringLiteral("missing; give the new value as JSON"));
        edit.jsonValue = reader.object().value(QLatin1String("value"));
        return edit;
    }
    reader.allowKeys({QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("quote")});
    const auto key = reader.text(QStringLiteral("key"), Need::Required);
    edit.key = key.value_or(QString());
    if (key && !reader.deferred(QStringLiteral("key"))
        && (key->isEmpty() || key->contains(u'=') || key->contains(QRegularExpression(QStringLiteral("\\s")))))
        reader.error(QStringLiteral("key"),
                     QStringLiteral("expected a name without spaces or \"=\", got \"%1\"").arg(*key));
    const auto value = reader.text(QStringLiteral("value"), Need::Required);
    edit.value = value.value_or(QString());
    if (value && !reader.deferred(QStringLiteral("value")) && (value->contains(u'\n') || value->contains(u'\r')))
        reader.error(QStringLiteral("value"), QStringLiteral("a value cannot span lines; use a regex edit for that"));
    edit.quote = reader.boolean(QStringLiteral("quote")).value_or(false);
    return edit;
}

// Text is edited as UTF-8 when the file is valid UTF-8, else as Latin-1, which maps every
// byte to a character and back: either way the bytes no edit touches are written back as
// they were.
struct DecodedText
{
    QString text;
    bool latin1 = false;
};

DecodedText decode(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    DecodedText result{decoder.decode(bytes), false};
    if (decoder.hasError()) {
        result.text = QString::fromLatin1(bytes);
        result.latin1 = true;
    }
    return result;
}

QByteArray encode(const QString &text, bool latin1)
{
    if (latin1)
        return text.toLatin1();
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return encoder.encode(text);
}

QStringList splitKeepingEnds(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            lines << text.mid(start);
            break;
        }
        lines << text.mid(start, end - start + 1);
        start = end + 1;
    }
    return lines;
}

QString withoutEnd(QString line)
{
    if (line.endsWith(u'\n'))
        line.chop(1);
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

struct SettingResult
{
    QString text;
    QList<int> lines; // 1-based, where the key is set
};

std::expected<SettingResult, QString> applySetting(const QString &text, const FileEditTask::Edit &edit,
                                                   const QString &path)
{
    const QRegularExpression assignment(
        QStringLiteral("^(\\s*(?:export\\s+)?)%1(\\s*=\\s*)(.*)$").arg(QRegularExpression::escape(edit.key)));
    const QRegularExpression comment(QStringLiteral("\\s+#"));
    const QRegularExpression trailingSpace(QStringLiteral("\\s+$"));
    SettingResult result;
    const QStringList lines = splitKeepingEnds(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        const QString body = withoutEnd(line);
        const auto match = assignment.match(body);
        if (!match.hasMatch()) {
            result.text += line;
            continue;
        }
        const int lineNumber = int(n + 1);
        result.lines << lineNumber;
        const QString rest = match.captured(3);
        QChar quote; // null: unquoted
        QString tail;
        if (rest.startsWith(u'"') || rest.startsWith(u'\'')) {
            quote = rest.front();
            qsizetype close = -1;
            for (qsizetype i = 1; i < rest.size(); ++i) {
                if (quote == u'"' && rest.at(i) == u'\\') {
                    ++i;
                } else if (rest.at(i) == quote) {
                    close = i;
                    break;
                }
            }
            if (close < 0)
                return std::unexpected(QStringLiteral("%1, line %2: the value of %3 opens a quote that does not close "
                                                      "on that line; use a regex edit for it")
                                           .arg(path)
                                           .arg(lineNumber)
                                           .arg(edit.key));
            tail = rest.mid(close + 1);
        } else {
            // Unquoted: the value runs to the end of the line (JDBC URLs and properties have
            // spaces and semicolons), except a trailing ` # comment`, which stays.
            const auto commentMatch = comment.match(rest);
            QString value = commentMatch.hasMatch() ? rest.left(commentMatch.capturedStart()) : rest;
            const auto space = trailingSpace.match(value);
            if (space.hasMatch())
                value.truncate(space.capturedStart());
            tail = rest.mid(value.size());
            if (edit.quote)
                quote = u'"';
        }
        if (!quote.isNull() && edit.value.contains(quote))
            return std::unexpected(QStringLiteral("%1, line %2: the new value of %3 contains %4, which would end the "
                                                  "quoted value; use a regex edit for it")
                                       .arg(path)
                                       .arg(lineNumber)
                                       .arg(edit.key, quote));
        const QString quotes = quote.isNull() ? QString() : QString(quote);
        result.text += match.captured(1) + edit.key + match.captured(2) + quotes + edit.value + quotes + tail
            + line.mid(body.size());
    }
    if (result.lines.isEmpty())
        return std::unexpected(QStringLiteral("%1 is not set in %2: no line %1=... (commented-out lines do not "
                                              "count); check that this is the right file, or add the line with a "
                                              "regex edit")
                                   .arg(edit.key, path));
    return result;
}

// Where a parse position (1-based line and column in code points; "\r\n", "\n" and a lone "\r"
// end a line; a leading byte order mark does not count) is in the text.
qsizetype offsetOf(const QString &text, json::Position position)
{
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    int line = 1;
    int column = 1;
    while (i < text.size()) {
        if (line == position.line && column == position.column)
            return i;
        const QChar c = text.at(i);
        if (c == u'\r' || c == u'\n') {
            i += (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') ? 2 : 1;
            ++line;
            column = 1;
            continue;
        }
        i += (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
        ++column;
    }
    return i;
}

// Where the JSON value that starts at `start` ends (one past it). The text was parsed, so the
// value is well formed: strings close, brackets balance.
qsizetype valueEnd(const QString &text, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"') {
                inString = false;
                if (depth == 0)
                    return i + 1;
            }
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u'}' || c == u']') {
            if (depth == 0)
                return i; // the end of a scalar right before its container closes
            if (--depth == 0)
                return i + 1;
        } else if (depth == 0 && (c == u',' || c.isSpace())) {
            return i;
        }
    }
    return text.size();
}

// A JSON value on one line, as people write it by hand: `["a", "b"]`, `{"k": 1}`.
QString oneLineJson(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << oneLineJson(item);
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    if (value.isObject()) {
        QStringList members;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            members << oneLineJson(it.key()) + QStringLiteral(": ") + oneLineJson(it.value());
        return u'{' + members.join(QStringLiteral(", ")) + u'}';
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

struct JsonEditResult
{
    QString text;
    int line = 0;
};

std::expected<JsonEditResult, QString> applyJsonEdit(const QString &text, const FileEditTask::Edit &edit,
                                                     const QString &path)
{
    const auto parsed = json::parse(text.toUtf8());
    if (!parsed)
        return std::unexpected(QStringLiteral("%1 is not valid JSON (%2), so %3 cannot be found in it; fix the file "
                                              "first, or use a regex edit")
                                   .arg(path, parsed.error().toString(), edit.jsonPath));
    const json::Value *current = &*parsed;
    const auto steps = jsonpath::parseJsonPath(edit.jsonPath);
    for (const jsonpath::JsonStep &step : steps.value_or(QList<jsonpath::JsonStep>())) {
        const json::Value *next = nullptr;
        if (step.type == jsonpath::JsonStep::Type::Key)
            next = current->member(step.key);
        else if (current->isArray() && step.index < current->items().size())
            next = &current->items().at(step.index);
        if (!next)
            return std::unexpected(QStringLiteral("%1 has no value at %2: a JSON edit replaces a value that is there "
                                                  "and never adds one; check that this is the right file")
                                       .arg(path, edit.jsonPath));
        current = next;
    }
    const qsizetype start = offsetOf(text, current->position());
    const qsizetype end = valueEnd(text, start);
    return JsonEditResult{text.left(start) + oneLineJson(edit.jsonValue) + text.mid(end), current->position().line};
}

QString lineList(const QList<int> &lines)
{
    QStringList numbers;
    for (int n : lines)
        numbers << QString::number(n);
    return numbers.join(QStringLiteral(", "));
}

// The edits applied to one file's text, with a warning for each that changes nothing.
std::expected<QString, QString> applyEdits(QString text, const QList<FileEditTask::Edit> &edits, const QString &path,
                                           const WorkerTask::Context &context)
{
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const FileEditTask::Edit &edit = edits.at(i);
        if (edit.isJson()) {
            auto set = applyJsonEdit(text, edit, path);
            if (!set)
                return std::unexpected(set.error());
            if (set->text == text)
                context.line(LineLevel::Warning,
                             QStringLiteral("%1: %2 already has that value (line %3); nothing to change")
                                 .arg(path, edit.jsonPath)
                                 .arg(set->line));
            else
                context.line(LineLevel::Info,
                             QStringLiteral("%1: %2 set on line %3").arg(path, edit.jsonPath).arg(set->line));
            text = set->text;
            continue;
        }
        if (edit.isSetting()) {
            auto set = applySetting(text, edit, path);
            if (!set)
                return std::unexpected(set.error());
            if (set->text == text)
                context.line(LineLevel::Warning,
                             QStringLiteral("%1: %2 is already %3 (line %4); nothing to change")
                                 .arg(path, edit.key, edit.value, lineList(set->lines)));
            else
                context.line(LineLevel::Info,
                             QStringLiteral("%1: %2 set on line %3").arg(path, edit.key, lineList(set->lines)));
            text = set->text;
            continue;
        }
        QString out;
        qsizetype last = 0;
        int count = 0;
        auto matches = edit.regex.globalMatch(text);
        while (matches.hasNext()) {
            const auto match = matches.next();
            out += QStringView(text).mid(last, match.capturedStart() - last);
            out += expand(edit.replace, match);
            last = match.capturedEnd();
            ++count;
        }
        out += QStringView(text).mid(last);
        if (count == 0)
            context.line(LineLevel::Warning,
                         QStringLiteral("%1: edits[%2]: /%3/ matches nothing; nothing to change")
                             .arg(path)
                             .arg(i)
                             .arg(edit.regex.pattern()));
        else if (out == text)
            context.line(LineLevel::Warning,
                         QStringLiteral("%1: edits[%2]: /%3/ matches, but the replacement is the text already there; "
                                        "nothing to change")
                             .arg(path)
                             .arg(i)
                             .arg(edit.regex.pattern()));
        else
            context.line(LineLevel::Info,
                         QStringLiteral("%1: edits[%2]: %3 replacement(s)").arg(path).arg(i).arg(count));
        text = out;
    }
    return text;
}

struct Change
{
    QString path; // as the playbook names it
    QString realPath; // what is written: a link's target
    QByteArray before;
    QByteArray after;
    QStringList diff;
};

Text failureSummary(const QStringList &problems, const Text &consequence)
{
    if (problems.size() == 1)
        return Text("%1; %2", problems.front(), consequence);
    return Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 problems (the first: %2); %3"), problems.size(), problems.front(),
                consequence);
}

// The files the patterns name, each once, in the order given (globs sorted).
QStringList resolveFiles(const QStringList &patterns, QStringList &problems, const WorkerTask::Context &context)
{
    QStringList files;
    QSet<QString> seen;
    const auto fail = [&](const QString &message) {
        context.line(LineLevel::Error, message);
        problems << message;
    };
    for (const QString &pattern : patterns) {
        QStringList candidates;
        if (fileops::isGlob(pattern)) {
            const QStringList matches = fileops::expandGlob(pattern);
            for (const QString &match : matches)
                if (QFileInfo(match).isFile())
                    candidates << match;
            if (matches.isEmpty()) {
                fail(QStringLiteral("no file matches %1; check the folder and the pattern (a * does not match names "
                                    "that start with a dot)")
                         .arg(pattern));
                continue;
            }
            if (candidates.isEmpty()) {
                fail(QStringLiteral("%1 matches only folders (%2); file-edit edits files, so make the pattern name "
                                    "files")
                         .arg(pattern, matches.join(QStringLiteral(", "))));
                continue;
            }
            context.line(LineLevel::Debug,
                         QStringLiteral("%1 matches %2").arg(pattern, candidates.join(QStringLiteral(", "))));
        } else {
            const QFileInfo info(pattern);
            if (!info.exists()) {
                fail(QStringLiteral("%1 does not exist; check the path in the playbook").arg(pattern));
                continue;
            }
            if (!info.isFile()) {
                fail(QStringLiteral("%1 is not a file; file-edit edits files, so name them (a pattern such as "
                                    "%1/*.conf works)")
                         .arg(pattern));
                continue;
            }
            candidates << pattern;
        }
        for (const QString &file : std::as_const(candidates)) {
            const QString real = QFileInfo(file).canonicalFilePath();
            if (!seen.contains(real)) {
                seen.insert(real);
                files << file;
            }
        }
    }
    return files;
}

TaskOutcome run(const FileEditTask::Spec &spec, const QString &backupDir, const WorkerTask::Context &context)
{
    using Kind = TaskOutcome::Kind;
    if (!spec.dryRun && backupDir.isEmpty())
        return {Kind::Failed, -1,
                Text(QT_TRANSLATE_NOOP(
                    "uw::Outcome",
                    "no backup folder was given, and file-edit changes no file without a backup; this is "
                    "a bug in the program, please report it"))};
    QStringList problems;
    const auto fail = [&](const QString &message) {
        context.line(LineLevel::Error, message);
        problems << message;
    };
    const QStringList files = resolveFiles(spec.files, problems, context);

    // Every edit of every file is worked out before anything is written, so any problem
    // leaves all the files as they were.
    QList<Change> changes;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (context.cancelled())
            return {Kind::Cancelled, -1,
                    Text(QT_TRANSLATE_NOOP("uw::Outcome", "stopped before writing; no file was changed"))};
        const QString &path = files.at(i);
        context.progress(0.5 * double(i) / double(files.size()),
                         Text(QT_TRANSLATE_NOOP("uw::Outcome", "reading %1"), path));
        const QFileInfo info(path);
        if (info.size() > FileEditTask::kMaxFileSize) {
            fail(QStringLiteral("%1 is %2, more than file-edit reads (%3); is it really a config file?")
                     .arg(path, fileops::sizeText(info.size()), fileops::sizeText(FileEditTask::kMaxFileSize)));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("cannot read %1: %2; check that the wizard runs as a user that may read it")
                     .arg(path, file.errorString()));
            continue;
        }
        const QByteArray before = file.readAll();
        if (before.contains('\0')) {
            fail(QStringLiteral("%1 looks binary (it contains a NUL byte), and file-edit only edits text; check the "
                                "files list")
                     .arg(path));
            continue;
        }
        const DecodedText text = decode(before);
        auto edited = applyEdits(text.text, spec.edits, path, context);
        if (!edited) {
            fail(edited.error());
            continue;
        }
        if (*edited == text.text) {
            context.line(LineLevel::Warning, QStringLiteral("%1: the edits change nothing in it").arg(path));
            continue;
        }
        changes.append({path, info.canonicalFilePath(), before, encode(*edited, text.latin1),
                        unifiedDiff(text.text, *edited, path, FileEditTask::kDiffContext)});
    }
    if (!problems.isEmpty())
        return {Kind::Failed, -1,
                failureSummary(problems, Text(QT_TRANSLATE_NOOP("uw::Outcome", "no file was changed")))};

    for (const Change &change : std::as_const(changes)) {
        const qsizetype shown = qMin(change.diff.size(), qsizetype(FileEditTask::kMaxDiffLines));
        for (qsizetype i = 0; i < shown; ++i)
            context.line(LineLevel::Info, change.diff.at(i));
        if (shown < change.diff.size())
            context.line(LineLevel::Info,
                         QStringLiteral("... %1 more lines of the diff of %2 are not shown")
                             .arg(change.diff.size() - shown)
                             .arg(change.path));
    }
    const Text unchanged = files.size() == changes.size()
        ? Text("")
        : Text(QT_TRANSLATE_NOOP("uw::Outcome", " (%1 unchanged)"), files.size() - changes.size());
    if (spec.dryRun)
        return {Kind::Success, 0,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "dry run: %1 of %2 file(s) would change; nothing was written"),
                     changes.size(), files.size())};
    if (changes.isEmpty())
        return {Kind::Success, 0,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "nothing to change in %1 file(s)"), files.size())};

    for (const Change &change : std::as_const(changes)) {
        auto saved = fileops::backup(change.realPath, backupDir);
        if (!saved)
            return {
                Kind::Failed, -1,
                Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1; no file was changed, since none is edited without a backup"),
                     saved.error())};
        context.line(LineLevel::Info, QStringLiteral("backed up %1 to %2").arg(change.path, *saved));
    }
    if (context.cancelled())
        return {Kind::Cancelled, -1,
                Text(QT_TRANSLATE_NOOP("uw::Outcome",
                                       "stopped before writing; no file was changed (the backups are in %1)"),
                     backupDir)};

    // From here on the files are written without a pause for a cancel: the edits belong
    // together, and writing a handful of small files takes no time.
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &change = changes.at(i);
        context.progress(0.5 + 0.5 * double(i) / double(changes.size()),
                         Text(QT_TRANSLATE_NOOP("uw::Outcome", "writing %1"), change.path));
        auto written = fileops::replaceContent(change.realPath, change.after);
        if (written) {
            context.line(LineLevel::Debug, QStringLiteral("wrote %1").arg(change.realPath));
            continue;
        }
        QStringList restored;
        QStringList stuck;
        for (qsizetype j = 0; j < i; ++j) {
            if (fileops::replaceContent(changes.at(j).realPath, changes.at(j).before))
                restored << changes.at(j).path;
            else
                stuck << changes.at(j).path;
        }
        Text message = Text::verbatim(written.error());
        if (!restored.isEmpty())
            message
                = Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1; the files already edited were put back as they were (%2)"),
                       message, restored.join(QStringLiteral(", ")));
        if (!stuck.isEmpty())
            message
                = Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1; these could not be put back, restore them from %2: %3"),
                       message, backupDir, stuck.join(QStringLiteral(", ")));
        return {Kind::Failed, -1, message};
    }
    context.progress(1.0, Text(QT_TRANSLATE_NOOP("uw::Outcome", "edited %1 file(s)"), changes.size()));
    return {Kind::Success, 0,
            Text(QT_TRANSLATE_NOOP("uw::Outcome", "edited %1 file(s)%2; the originals are backed up in %3"),
                 changes.size(), unchanged, backupDir)};
}

enum class Op : char { Equal, Delete, Insert };

// Myers' diff of two line lists; past a size where its trace gets too big, the changed middle
// is shown as removed and added wholesale, which is still a correct diff.
std::vector<Op> diffOps(const QStringList &a, const QStringList &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    const auto A = [&](qsizetype i) -> const QString & {
        return a.at(prefix + i);
    };
    const auto B = [&](qsizetype i) -> const QString & {
        return b.at(prefix + i);
    };

    const qsizetype max = n + m;
    const qsizetype offset = max + 1;
    std::vector<qsizetype> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<qsizetype>> trace;
    constexpr size_t kMaxTraceCells = 16 * 1024 * 1024;
    bool found = max == 0;
    for (qsizetype d = 0; d <= max && !found; ++d) {
        if (size_t(d + 1) * v.size() > kMaxTraceCells)
            break;
        trace.push_back(v);
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                         : v[offset + k - 1] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && A(x) == B(y)) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = true;
                break;
            }
        }
    }

    std::vector<Op> middle;
    if (!found) {
        middle.assign(size_t(n), Op::Delete);
        middle.insert(middle.end(), size_t(m), Op::Insert);
    } else if (max > 0) {
        qsizetype x = n;
        qsizetype y = m;
        for (qsizetype d = qsizetype(trace.size()) - 1; d >= 0; --d) {
            const std::vector<qsizetype> &w = trace[size_t(d)];
            const qsizetype k = x - y;
            const qsizetype previousK = (k == -d || (k != d && w[offset + k - 1] < w[offset + k + 1])) ? k + 1 : k - 1;
            const qsizetype previousX = w[offset + previousK];
            const qsizetype previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                middle.push_back(Op::Equal);
                --x;
                --y;
            }
            if (d > 0)
                middle.push_back(x == previousX ? Op::Insert : Op::Delete);
            x = previousX;
            y = previousY;
        }
        std::reverse(middle.begin(), middle.end());
    }
    std::vector<Op> ops(size_t(prefix), Op::Equal);
    ops.insert(ops.end(), middle.begin(), middle.end());
    ops.insert(ops.end(), size_t(suffix), Op::Equal);
    return ops;
}

QString range(qsizetype linesBefore, qsizetype length)
{
    if (length == 0)
        return QStringLiteral("%1,0").arg(linesBefore);
    if (length == 1)
        return QString::number(linesBefore + 1);
    return QStringLiteral("%1,%2").arg(linesBefore + 1).arg(length);
}

} // namespace

QStringList unifiedDiff(const QString &before, const QString &after, const QString &path, int context)
{
    // Lines keep their ends, so a file that only gains or loses its last newline differs.
    const QStringList a = splitKeepingEnds(before);
    const QStringList b = splitKeepingEnds(after);
    const std::vector<Op> ops = diffOps(a, b);
    std::vector<qsizetype> aAt(ops.size() + 1, 0);
    std::vector<qsizetype> bAt(ops.size() + 1, 0);
    std::vector<size_t> changes;
    for (size_t p = 0; p < ops.size(); ++p) {
        aAt[p + 1] = aAt[p] + (ops[p] == Op::Insert ? 0 : 1);
        bAt[p + 1] = bAt[p] + (ops[p] == Op::Delete ? 0 : 1);
        if (ops[p] != Op::Equal)
            changes.push_back(p);
    }
    if (changes.empty())
        return {};
    QStringList out{QStringLiteral("--- ") + path, QStringLiteral("+++ ") + path};
    const size_t ctx = size_t(qMax(0, context));
    for (size_t i = 0; i < changes.size();) {
        size_t j = i;
        while (j + 1 < changes.size() && changes[j + 1] - changes[j] - 1 <= 2 * ctx)
            ++j;
        const size_t start = changes[i] > ctx ? changes[i] - ctx : 0;
        const size_t end = qMin(ops.size(), changes[j] + ctx + 1);
        out << QStringLiteral("@@ -%1 +%2 @@")
                   .arg(range(aAt[start], aAt[end] - aAt[start]), range(bAt[start], bAt[end] - bAt[start]));
        for (size_t p = start; p < end; ++p) {
            const QString &text = ops[p] == Op::Insert ? b.at(bAt[p]) : a.at(aAt[p]);
            const QChar sign = ops[p] == Op::Equal ? u' ' : ops[p] == Op::Delete ? u'-' : u'+';
            out << sign + withoutEnd(text);
            if (!text.endsWith(u'\n'))
                out << QStringLiteral("\\ No newline at end of file");
        }
        i = j + 1;
    }
    return out;
}

FileEditTask::Spec FileEditTask::read(spec::Reader &reader)
{
    using spec::Need;
    Spec spec;
    reader.allowKeys(
        tasks::detail::withCommonKeys({QStringLiteral("files"), QStringLiteral("edits"), QStringLiteral("dry_run")}));
    if (const auto files = reader.array(QStringLiteral("files"), Need::Required)) {
        if (files->isEmpty())
            reader.error(QStringLiteral("files"), QStringLiteral("expected at least one path or pattern"));
        for (qsizetype i = 0; i < files->size(); ++i) {
            const QJsonValue file = files->at(i);
            if (file.isString() && !file.toString().isEmpty())
                spec.files << file.toString();
            else
                reader.error(QStringLiteral("files[%1]").arg(i),
                             QStringLiteral("expected a path or pattern, got %1").arg(spec::describe(file)));
        }
    }
    if (const auto edits = reader.array(QStringLiteral("edits"), Need::Required)) {
        if (edits->isEmpty())
            reader.error(QStringLiteral("edits"), QStringLiteral("expected at least one edit"));
        for (qsizetype i = 0; i < edits->size(); ++i) {
            if (!edits->at(i).isObject()) {
                reader.error(QStringLiteral("edits[%1]").arg(i),
                             QStringLiteral("expected an object with regex and replace, key and value, or json and "
                                            "value"));
                continue;
            }
            spec::Reader editReader = reader.element(QStringLiteral("edits"), i, edits->at(i).toObject());
            spec.edits << readEdit(editReader);
        }
    }
    spec.dryRun = reader.boolean(QStringLiteral("dry_run")).value_or(false);
    spec.timeoutMs = tasks::detail::timeoutOf(reader);
    return spec;
}

std::expected<FileEditTask::Spec, QString> FileEditTask::parse(const QJsonObject &json)
{
    return tasks::detail::parseAtRunTime(json, &FileEditTask::read);
}

FileEditTask::FileEditTask(Spec spec, QString backupDir, QObject *parent)
    : WorkerTask(spec.timeoutMs, parent)
    , m_spec(std::move(spec))
    , m_backupDir(std::move(backupDir))
{ }

WorkerTask::Job FileEditTask::makeJob()
{
    return [spec = m_spec, backupDir = m_backupDir](const Context &context) {
        return run(spec, backupDir, context);
    };
}

} // namespace uw
