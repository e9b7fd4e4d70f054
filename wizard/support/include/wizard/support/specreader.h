#pragma once

#include "wizard/support/specerror.h"
#include "wizard/support/versionrange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Reading the JSON object of a check or a task. The same reading code runs twice: when the
// playbook is loaded, where strings may still hold ${name} placeholders, and when the step
// runs, with every placeholder substituted. So whatever a run would refuse for a reason in
// the file itself, loading refuses first, at the value's line and column; only what depends
// on a placeholder's value waits for the run.
namespace uw::spec {

enum class Mode {
    Load, // placeholders may remain: a value that holds one is judged at run time
    Run, // placeholders are substituted: everything is judged
};

enum class Need { Optional, Required };

// The longest any timeout_ms may be: a day. Anything longer is a mistake (a value in
// microseconds, an exponent), and a task that runs that long needs a person, not a timer.
constexpr qint64 kMaxTimeoutMs = 24 * 3600 * 1000;

// Whether `text` holds a placeholder: `${name}`, but not the escape `$${`, which is a literal
// `${`. An unterminated or empty `${` counts, as its text is no value either (the loader
// reports it).
bool hasPlaceholder(const QString &text);

// The names of the placeholders in `text` (none for an unterminated one).
QStringList placeholderNames(const QString &text);

// `text` as substitution leaves it when it holds no placeholder: `$${` becomes `${`.
QString literal(const QString &text);

// The text before the first placeholder of `text`, as substitution leaves it: what the value
// starts with whatever the placeholders hold.
QString literalPrefix(const QString &text);

// How a mistaken value is shown: "abc" quoted, numbers and booleans as JSON, "an array" ...
QString describe(const QJsonValue &value);

// Reads one JSON object of a spec and collects every mistake with its path. Each accessor
// returns nullopt when the key is absent (a mistake if required), holds the wrong type (a
// mistake), or, at load time, holds a placeholder where the value's content matters (not a
// mistake: the run judges it). At load time a string without a placeholder is judged as the
// run will see it, so "$${x}" is the literal "${x}", checked like any other text.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, Mode mode, QList<SpecError> *errors);

    Mode mode() const { return m_mode; }
    const QJsonObject &object() const { return m_object; }
    bool has(const QString &key) const { return m_object.contains(key); }
    // A string whose content cannot be judged yet: at load time, with a placeholder that
    // substitution will fill.
    bool deferred(const QString &key) const;
    bool deferredText(const QString &text) const;
    // For a value that must be a number, a boolean or one of a list of words: whether it is
    // left for the run, being a placeholder. A placeholder stands for such a value only as the
    // whole text ("${db_port}"); inside other text no value could make it one, so that is
    // reported (and it is left too: there is nothing more to judge).
    bool leftForRun(const QString &key, const QJsonValue &value);
    // A string value as it is judged: nullopt when it is no string or is deferred; otherwise
    // its text, with `$${` unescaped at load time.
    std::optional<QString> judged(const QJsonValue &value) const;
    QString pathOf(const QString &key) const;
    void error(const QString &key, const QString &message);
    bool hasErrors() const { return !m_errors->isEmpty(); }
    QList<SpecError> *errors() const { return m_errors; }

    // Names that substitution leaves as they are (an http workflow's own variables, filled in
    // as it runs): a value holding one of them is judged as it is, at load time as at run time.
    // A name ending in ".*" stands for all its fields. Child readers inherit them.
    void setUnresolved(QStringList names) { m_unresolved = std::move(names); }

    // Reports every key that is not one of `keys`.
    void allowKeys(QStringList keys);

    std::optional<QString> string(const QString &key, Need need = Need::Optional); // non-empty
    std::optional<QString> text(const QString &key, Need need = Need::Optional); // may be empty
    // Like text(), but the value is never echoed in a message: it is a password or a token.
    std::optional<QString> secret(const QString &key, Need need = Need::Optional);
    std::optional<QString> choice(const QString &key, const QStringList &choices, Need need = Need::Optional);
    // A whole number from min to max: no fraction, and an exponent only within the range.
    // `unit` names what it counts in the message: "expected a whole number of milliseconds
    // from 1 to 86400000, got 0.5".
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max, Need need = Need::Optional,
                                  QStringView unit = {});
    // timeout_ms and its kin: 1 to kMaxTimeoutMs unless said otherwise.
    std::optional<qint64> milliseconds(const QString &key, qint64 min = 1, qint64 max = kMaxTimeoutMs,
                                       Need need = Need::Optional);
    std::optional<double> positiveNumber(const QString &key, Need need = Need::Optional);
    std::optional<bool> boolean(const QString &key, Need need = Need::Optional);
    std::optional<QStringList> stringList(const QString &key, Need need = Need::Optional);
    std::optional<QRegularExpression> regex(const QString &key, Need need = Need::Optional);
    std::optional<VersionRange> range(const QString &key, Need need = Need::Optional);
    std::optional<Version> version(const QString &key, Need need = Need::Optional);
    std::optional<QJsonObject> object(const QString &key, Need need = Need::Optional);
    std::optional<QJsonArray> array(const QString &key, Need need = Need::Optional);

    // A reader for a nested object, sharing this reader's mode and error list.
    Reader child(const QString &key, const QJsonObject &object) const;
    Reader element(const QString &key, qsizetype index, const QJsonObject &object) const;

    // An integer given as JSON, or as text (substitution gives "9042" for "${db_port}").
    std::optional<qint64> integerIn(const QJsonValue &value, qint64 min, qint64 max) const;
    static QString integerExpectation(qint64 min, qint64 max, QStringView unit = {});

private:
    // The value at `key` (a string as it is judged, see judged()), or nullopt after reporting a
    // missing required key.
    std::optional<QJsonValue> value(const QString &key, Need need);
    // The value as a string if it is one; reports `expected` otherwise.
    std::optional<QString> stringValue(const QString &key, const QJsonValue &value, const QString &expected);

    QJsonObject m_object;
    QString m_path;
    Mode m_mode;
    QList<SpecError> *m_errors;
    QStringList m_unresolved;
};

} // namespace uw::spec
