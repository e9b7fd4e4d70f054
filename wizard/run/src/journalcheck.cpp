#include "journalcheck.h"

#include "wizard/run/stepstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace uw {

namespace {

// What a field holds.
enum class Kind {
    Text,
    Bool,
    Integer,
    Number, // or null: a non-finite fraction is written as null
    TextList,
    Step, // a step key of the playbook
    Steps, // a list of them
    Changes, // parameters-changed: {"<parameter>": {"old": text, "new": text}}
    Sha256, // 64 lower-case hex digits
    Fingerprint, // AB:CD:...: a trusted certificate, as Engine::trustCertificate writes it
    Message, // a sentence's id and arguments beside its English: Text::toJson (wizard/support/text.h)
    Messages, // a list of them (a check's evidence)
};

struct Field
{
    QString name;
    Kind kind = Kind::Text;
    QStringList allowed = {}; // for text: the only values it may have
    bool optional = false; // may be missing (written by later versions only)
};

struct Schema
{
    QList<Field> fields; // besides event, seq, time and prev, which every record has
    std::optional<Item::Type> stepType = {}; // the kind of item the step must be, if any
};

// Every record this program writes (engine.cpp, session.cpp, the headless runner and the
// wizard's resume), field by field: a field missing, of another type or not listed here is
// refused. Keep it in step with the writers; tst_journal's corpus and the resume tests prove it.
const QHash<QString, Schema> &schemas()
{
    static const QHash<QString, Schema> table = [] {
        const auto text = [](const char *name, QStringList allowed = {}) {
            return Field{QString::fromLatin1(name), Kind::Text, std::move(allowed)};
        };
        const auto field = [](const char *name, Kind kind) {
            return Field{QString::fromLatin1(name), kind};
        };
        const Field step = field("step", Kind::Step);
        // A sentence's id and arguments beside its English (wizard/support/text.h); journals
        // written before they existed have only the English.
        const auto optional = [](const char *name, Kind kind) {
            return Field{QString::fromLatin1(name), kind, {}, true};
        };
        QHash<QString, Schema> t;
        t.insert(QLatin1String(event::SessionStarted),
                 {{text("playbook"), field("playbook_sha256", Kind::Sha256), text("operator"),
                   field("training", Kind::Bool)}});
        t.insert(QLatin1String(event::SessionResumed), {{text("operator")}});
        t.insert(QLatin1String(event::SessionFinished),
                 {{text("decision", {QStringLiteral("go"), QStringLiteral("go-with-waivers"), QStringLiteral("no-go")}),
                   text("headline")}});
        t.insert(QLatin1String(event::Confirmed),
                 {{step, text("operator"), text("note"), field("unattended", Kind::Bool)}, Item::Type::Confirm});
        t.insert(QLatin1String(event::Skipped), {{step, text("operator"), text("reason")}});
        t.insert(QLatin1String(event::Revoked),
                 {{step, text("revoked", {QStringLiteral("confirmed"), QStringLiteral("skipped")}), text("operator"),
                   text("reason")}});
        t.insert(QLatin1String(event::ParametersChanged),
                 {{text("operator"), text("reason"), field("changes", Kind::Changes), field("reset", Kind::Steps)}});
        t.insert(QLatin1String(event::CheckFinished),
                 {{step,
                   text("status",
                        {QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("error"),
                         QStringLiteral("cancelled")}),
                   text("summary"), optional("summary_text", Kind::Message), field("warning", Kind::Bool),
                   field("evidence", Kind::TextList), optional("evidence_texts", Kind::Messages),
                   field("duration_ms", Kind::Integer)},
                  Item::Type::Check});
        t.insert(QLatin1String(event::TaskStarted), {{step, text("kind")}, Item::Type::Task});
        t.insert(QLatin1String(event::TaskProgress),
                 {{step, field("fraction", Kind::Number), text("text")}, Item::Type::Task});
        // TaskOutcome::kindName()'s names.
        t.insert(QLatin1String(event::TaskFinished),
                 {{step,
                   text("outcome",
                        {QStringLiteral("success"), QStringLiteral("failed-to-start"), QStringLiteral("crashed"),
                         QStringLiteral("timed-out"), QStringLiteral("cancelled"), QStringLiteral("exit-code"),
                         QStringLiteral("failed")}),
                   field("exit_code", Kind::Integer), text("message"), optional("message_text", Kind::Message),
                   field("duration_ms", Kind::Integer)},
                  Item::Type::Task});
        t.insert(QLatin1String(event::TaskScratch),
                 {{step, text("path"),
                   text("what", {QStringLiteral("file"), QStringLiteral("folder"), QStringLiteral("contents")})},
                  Item::Type::Task});
        t.insert(QLatin1String(event::TaskProcess),
                 {{step, field("pid", Kind::Integer), field("started", Kind::Integer)}, Item::Type::Task});
        t.insert(QLatin1String(event::LeftoversRemoved), {{step, field("paths", Kind::TextList)}, Item::Type::Task});
        t.insert(QLatin1String(event::CertificateTrusted), {{field("sha256", Kind::Fingerprint), text("operator")}});
        t.insert(
            QLatin1String(event::LateStartConfirmed),
            {{step, text("operator"), text("window"), text("latest_start"), text("window_end"), text("expected_end")},
             Item::Type::Task});
        return t;
    }();
    return table;
}

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Bool:
        return QStringLiteral("true or false");
    case Kind::Integer:
        return QStringLiteral("a whole number");
    case Kind::Number:
        return QStringLiteral("a number");
    case Kind::TextList:
        return QStringLiteral("a list of texts");
    case Kind::Step:
        return QStringLiteral("a step key (text)");
    case Kind::Steps:
        return QStringLiteral("a list of step keys");
    case Kind::Changes:
        return QStringLiteral("an object holding {\"old\": text, \"new\": text} per parameter");
    case Kind::Sha256:
        return QStringLiteral("a SHA-256 (64 lower-case hexadecimal digits)");
    case Kind::Message:
        return QStringLiteral("an object holding \"id\" (text) and \"args\" (a list of texts)");
    case Kind::Messages:
        return QStringLiteral("a list of objects holding \"id\" (text) and \"args\" (a list of texts)");
    case Kind::Fingerprint:
        break;
    }
    return QStringLiteral("a SHA-256 fingerprint (32 pairs of upper-case hexadecimal digits, with ':')");
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

bool allStrings(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &entry : value.toArray())
        if (!entry.isString())
            return false;
    return true;
}

bool isMessage(const QJsonValue &value)
{
    return value.isObject() && value.toObject().value(QLatin1String("id")).isString()
        && allStrings(value.toObject().value(QLatin1String("args")));
}

// Whether `value` has the shape `kind` asks for (the steps themselves are checked apart).
bool hasKind(const QJsonValue &value, Kind kind)
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression fingerprint(QStringLiteral("^(?:[0-9A-F]{2}:){31}[0-9A-F]{2}$"));
    switch (kind) {
    case Kind::Text:
    case Kind::Step:
        return value.isString();
    case Kind::Bool:
        return value.isBool();
    case Kind::Integer:
        // toInteger() answers its default for a fraction or a number beyond 64 bits: a whole
        // number is one that two different defaults do not both come back for.
        return value.isDouble() && (value.toInteger(0) != 0 || value.toInteger(1) != 1);
    case Kind::Number:
        return value.isDouble() || value.isNull();
    case Kind::TextList:
    case Kind::Steps:
        return allStrings(value);
    case Kind::Changes: {
        if (!value.isObject())
            return false;
        const QJsonObject changes = value.toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            if (!it.value().isObject() || change.size() != 2 || !change.value(QLatin1String("old")).isString()
                || !change.value(QLatin1String("new")).isString())
                return false;
        }
        return true;
    }
    case Kind::Sha256:
        return value.isString() && sha256.match(value.toString()).hasMatch();
    case Kind::Message:
        return isMessage(value);
    case Kind::Messages:
        return value.isArray() && std::ranges::all_of(value.toArray(), isMessage);
    case Kind::Fingerprint:
        break;
    }
    return value.isString() && fingerprint.match(value.toString()).hasMatch();
}

class Checker
{
public:
    explicit Checker(const Playbook &playbook)
        : m_playbook(playbook)
    {
        for (const Page &page : playbook.pages)
            for (const Item &item : page.items)
                m_items.insert(item.id, &item);
    }

    // Why `key` cannot be a step of this playbook in a record of `type`; empty if it can.
    QString stepProblem(const QString &key, const QString &type, std::optional<Item::Type> itemType) const
    {
        const qsizetype at = key.indexOf(u'@');
        const QString id = at < 0 ? key : key.left(at);
        const Item *item = m_items.value(id);
        if (!item)
            return QStringLiteral("step \"%1\" is not in the playbook \"%2\": it has no item \"%3\"")
                .arg(key, m_playbook.id, id);
        if (item->foreach && (at < 0 || at == key.size() - 1))
            return QStringLiteral("step \"%1\" names no node, but item \"%2\" runs on each node (%2@NODE)")
                .arg(key, id);
        if (!item->foreach && at >= 0)
            return QStringLiteral("step \"%1\" names a node, but item \"%2\" runs once, not on each node").arg(key, id);
        if (itemType && item->type != *itemType)
            return QStringLiteral("a \"%1\" record for step \"%2\", a %3 item: only %4 items have them")
                .arg(type, key, itemTypeName(item->type), itemTypeName(*itemType));
        return QString();
    }

    // What is wrong with one record; empty if nothing.
    QString problem(const QJsonObject &record, bool first) const
    {
        const QJsonValue eventValue = record.value(QLatin1String("event"));
        if (!eventValue.isString())
            return eventValue.isUndefined()
                ? QStringLiteral("the record has no \"event\"")
                : QStringLiteral("\"event\" is %1, not the name of an event").arg(valueText(eventValue));
        const QString type = eventValue.toString();
        const auto schema = schemas().constFind(type);
        if (schema == schemas().cend())
            return QStringLiteral("unknown event \"%1\"").arg(type);
        if (first != (type == QLatin1String(event::SessionStarted)))
            return first ? QStringLiteral("the first record is \"%1\", not \"%2\": the journal's beginning is missing")
                               .arg(type, QLatin1String(event::SessionStarted))
                         : QStringLiteral("a second \"%1\": records of another session are mixed in")
                               .arg(QLatin1String(event::SessionStarted));

        const QJsonValue time = record.value(QLatin1String("time"));
        if (!time.isString() || !QDateTime::fromString(time.toString(), Qt::ISODateWithMs).isValid())
            return QStringLiteral("\"time\" is %1, not a UTC time (ISO 8601)")
                .arg(time.isString() ? QStringLiteral("\"%1\"").arg(time.toString()) : valueText(time));

        static const QStringList common{QStringLiteral("event"), QStringLiteral("seq"), QStringLiteral("time"),
                                        QStringLiteral("prev")};
        for (auto it = record.begin(); it != record.end(); ++it) {
            if (common.contains(it.key()))
                continue;
            const bool known = std::any_of(schema->fields.cbegin(), schema->fields.cend(),
                                           [&](const Field &f) { return f.name == it.key(); });
            if (!known)
                return QStringLiteral("unexpected field \"%1\" in a \"%2\" record").arg(it.key(), type);
        }
        for (const Field &field : schema->fields) {
            const QJsonValue value = record.value(field.name);
            if (value.isUndefined() && field.optional)
                continue;
            if (value.isUndefined())
                return QStringLiteral("a \"%1\" record needs \"%2\" (%3)").arg(type, field.name, kindText(field.kind));
            if (!hasKind(value, field.kind))
                return QStringLiteral("\"%1\" is %2, but in a \"%3\" record it must be %4")
                    .arg(field.name,
                         value.isString() && (field.kind == Kind::Sha256 || field.kind == Kind::Fingerprint)
                             ? QStringLiteral("\"%1\"").arg(value.toString())
                             : valueText(value),
                         type, kindText(field.kind));
            if (!field.allowed.isEmpty() && !field.allowed.contains(value.toString()))
                return QStringLiteral("\"%1\" is \"%2\", but in a \"%3\" record it must be one of %4")
                    .arg(field.name, value.toString(), type, field.allowed.join(QStringLiteral(", ")));
            if (field.kind == Kind::Step) {
                if (const QString why = stepProblem(value.toString(), type, schema->stepType); !why.isEmpty())
                    return why;
            } else if (field.kind == Kind::Steps) {
                for (const QJsonValue &key : value.toArray())
                    if (const QString why = stepProblem(key.toString(), type, std::nullopt); !why.isEmpty())
                        return QStringLiteral("\"%1\": %2").arg(field.name, why);
            }
        }
        return QString();
    }

private:
    const Playbook &m_playbook;
    QHash<QString, const Item *> m_items;
};

} // namespace

Result<void> checkJournal(const Journal::Contents &contents, const QString &path, const Playbook &playbook,
                          const QByteArray &playbookSha256)
{
    if (contents.records.isEmpty())
        return std::unexpected(Error::invalid(
            Journal::lineLocation(path, 1),
            contents.warnings.isEmpty()
                ? QStringLiteral("the journal is empty: not even the session's start is recorded, so there is "
                                 "nothing to resume")
                : QStringLiteral("the journal holds no complete record: its only line is incomplete, so there is "
                                 "nothing to resume"),
            Journal::refusalHint()));
    const Checker checker(playbook);
    for (qsizetype i = 0; i < contents.records.size(); ++i) {
        const QJsonObject &record = contents.records.at(i);
        QString why = checker.problem(record, i == 0);
        // The session's start names the playbook it ran: the session's copy must be that one.
        if (why.isEmpty() && i == 0) {
            const QString id = record.value(QLatin1String("playbook")).toString();
            const QByteArray sha256 = record.value(QLatin1String("playbook_sha256")).toString().toLatin1();
            if (id != playbook.id)
                why = QStringLiteral("the session was started with the playbook \"%1\", but the session's "
                                     "playbook.json is \"%2\": the journal belongs to another session")
                          .arg(id, playbook.id);
            else if (sha256 != playbookSha256)
                why = QStringLiteral("the session was started with a playbook whose SHA-256 is %1, but the "
                                     "session's playbook.json has %2: playbook.json was replaced, or the journal "
                                     "belongs to another session")
                          .arg(QString::fromLatin1(sha256), QString::fromLatin1(playbookSha256));
        }
        if (!why.isEmpty())
            return std::unexpected(
                Error::invalid(Journal::lineLocation(path, contents.lines.value(i)), why, Journal::refusalHint()));
    }
    return {};
}

} // namespace uw
