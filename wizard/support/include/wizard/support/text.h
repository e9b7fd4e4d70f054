#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <concepts>
#include <functional>
#include <type_traits>
#include <vector>

namespace uw {

// The one translation context of the sentences uw_core makes (a step's outcome, why a step
// must wait, a fault's description). lupdate finds each one because every site spells it
// out: Text(QT_TRANSLATE_NOOP("uw::Outcome", "could not start %1: %2"), program, error).
inline constexpr char kOutcomeContext[] = "uw::Outcome";

// A sentence for the user, kept as its English template and its arguments so that the pages
// and the report can show it in the wizard's language while the journal, the JSON report and
// the command line keep the English. The template (%1..%n) is also the message's id.
//
// Text from outside (a Qt error string, a server's message, a playbook's own words) is an
// argument, never the template. An argument can itself be a Text (a sentence inside a
// sentence: "%1; the partial extraction was removed"); a playbook's own words are marked
// (playbookArgs) so that they are translated as the pages translate the playbook.
struct Text
{
    Text() = default;
    // `source` is a literal wrapped in QT_TRANSLATE_NOOP("uw::Outcome", ...).
    explicit Text(const char *english, QStringList arguments = {}, QList<qsizetype> fromPlaybook = {});
    // The same with the arguments one by one: texts, numbers (made text as QString::arg makes
    // them) and Texts.
    // Text(QT_TRANSLATE_NOOP("uw::Outcome", "%1 exited with code %2"), program, exitCode).
    template<typename... Args>
    requires(sizeof...(Args) > 0 && (!std::same_as<std::remove_cvref_t<Args>, QStringList> && ...))
        Text(const char *english, Args &&...arguments)
        : Text(english)
    {
        (add(std::forward<Args>(arguments)), ...);
    }

    // A sentence that has no id (an old journal's, or one made outside the wizard): shown as is
    // in every language.
    static Text verbatim(const QString &english);
    // Words of the playbook (a title, a decision-table message): shown as the pages show the
    // playbook's texts, i.e. translated in the "playbook" context when the translation has them.
    static Text fromPlaybook(const QString &english);

    QString source;
    QStringList args; // in English
    QList<qsizetype> playbookArgs; // indexes into args of texts from the playbook
    std::vector<Text> argTexts; // empty, or one per arg: the arg's own Text where it has one (else empty)

    bool isEmpty() const { return source.isEmpty(); }
    // Replaces `what` in every argument, nested ones too (a secret a server echoed).
    void replaceInArgs(const QString &what, const QString &with);
    // Gives every argument, nested ones too, to `change` and keeps what it returns (masking).
    void transformArgs(const std::function<QString(QString)> &change);
    QString english() const;
    QString translated() const; // in the language of the installed translators

    // {"id": source, "args": [English...]}, plus "playbook_args": [index...] and
    // "arg_texts": {"<index>": {...}} when there are any.
    QJsonObject toJson() const;
    // The reverse of toJson; a missing or malformed id, or one whose English differs from
    // `english`, gives verbatim(english): records written before ids existed still read, and
    // the English journalled is what is shown.
    static Text fromJson(const QJsonObject &json, const QString &english);

    bool operator==(const Text &) const = default;

private:
    void add(const QString &text);
    void add(QStringView text) { add(text.toString()); }
    void add(QLatin1StringView text) { add(QString(text)); }
    void add(QChar c) { add(QString(c)); }
    void add(const Text &text);
    template<typename N>
    requires std::integral<N> || std::floating_point<N>
    void add(N number) { add(QStringLiteral("%1").arg(number)); }
};

// Each one's english(), in order.
QStringList englishTexts(const QList<Text> &texts);

// The parts one after another with `separator` between them, each part still translatable.
Text joinedTexts(const QList<Text> &parts, const QString &separator);

// A count with its noun: Text(count == 1 ? one : many, count). `one` and `many` are
// QT_TRANSLATE_NOOP("uw::Outcome", "%1 file") and (..., "%1 files"): the languages the wizard
// speaks have those two forms.
Text counted(qint64 count, const char *one, const char *many);

// Fills %1..%99 in one pass, so an argument holding "%2" stays as it is.
QString fillPlaceholders(const QString &pattern, const QStringList &args);

} // namespace uw
