#pragma once

#include "wizard/playbook/playbook.h"
#include "wizard/support/text.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <expected>

namespace uw {

// The values of a playbook's parameters, typed: strings, booleans, port numbers, and for a
// nodes parameter an array of {name, host, role, <attributes>} objects.
using ParameterValues = QHash<QString, QJsonValue>;

// Turns what the user gave (the answers file's values, --set NAME=VALUE as text, a form)
// into typed values, fills in defaults and checks every rule. All problems are reported at
// once, each naming the parameter and what to do.
// `checkFiles` false: must_exist is not checked, for values read back from a session whose
// files may be gone since (a report rebuilt from its journal, sessions compared).
std::expected<ParameterValues, QStringList> resolveParameters(const Playbook &playbook, const ParameterValues &given,
                                                              bool checkFiles = true);

// One parameter's value (what the user gave, or its default) checked against its type and
// rules: the typed value, or every problem with its path inside the value ("" for the value
// itself, "[1].role" for a field of a node) and what is wrong. The loader checks each default
// with it, so a default the run would refuse is refused at load; `checkFiles` says whether
// must_exist is checked (not then: a playbook is loaded anywhere).
struct ValueProblem
{
    QString path; // inside the value: "" for the value itself, "[1].role"
    QString message;
};
std::expected<QJsonValue, QList<ValueProblem>> checkParameterValue(const Parameter &parameter, const QJsonValue &value,
                                                                   bool checkFiles);
// A node attribute's value (a node's field, or the attribute's default) against its type.
std::expected<QJsonValue, QString> checkAttributeValue(const NodeAttribute &attribute, const QJsonValue &value);

// The values of `values` that `playbook` declares, for values made for several playbooks (the
// training environment's, an answers file marked "shared"): the others are left out rather than
// refused; a nodes parameter keeps, of each node, name, host, role and the attributes the
// playbook declares, and is left out when a node's role is not one of the playbook's (another
// playbook's nodes, such as sample-local's primary and secondary against the training domain).
ParameterValues valuesDeclaredBy(const Playbook &playbook, const ParameterValues &values);

// Values as text for conditions and ${...}: bool as true/false, numbers without decimals.
// Nodes parameters are left out (they are reached through foreach).
QHash<QString, QString> flattenParameters(const Playbook &playbook, const ParameterValues &values);

// The lists a nodes parameter offers to templates: `nodes[*].host` is the array of every
// node's host, in order, for each field (name, host, role and the attributes). A JSON template
// (a file-edit json value, an http-workflow body) that is exactly `${nodes[*].host}` gets the
// array itself, so one form answers both a foreach and a list in a configuration file.
ParameterValues listValues(const Playbook &playbook, const ParameterValues &values);

// The values JSON templates may take whole, with their JSON type: every parameter but the
// nodes ones (a port stays a number, a bool a bool), and listValues().
ParameterValues templateValues(const Playbook &playbook, const ParameterValues &values);

// The values that must never be written anywhere: those of secret parameters.
QStringList secretValues(const Playbook &playbook, const ParameterValues &values);

// Parameters for files: secrets are replaced by {"secret": true}, never their value.
QJsonObject parametersForDisk(const Playbook &playbook, const ParameterValues &values);

// Replaces every secret in text with ******: as typed, JSON-escaped, percent-encoded (in full,
// as a URL path keeps it, with either case of hex digits) and form-encoded; and any base64
// token (either alphabet) whose decoded bytes hold a secret, such as a Basic header's
// "user:password" for whatever user. Longest spellings first, so a secret that contains another
// is masked whole.
class Masker
{
public:
    Masker() = default;
    explicit Masker(QStringList secrets);
    QString mask(QString text) const;
    QJsonValue mask(const QJsonValue &value) const;
    QJsonObject mask(const QJsonObject &object) const { return mask(QJsonValue(object)).toObject(); }
    Text mask(Text text) const; // in every argument
    bool isEmpty() const { return m_secrets.isEmpty(); }
    // For text that comes in pieces (the tail of a very long line): returns the masked text
    // that can be written now and keeps in `carry` what might still be part of a secret or of
    // a base64 token; `ends` flushes it all.
    QString maskPiece(QString &carry, const QString &piece, bool ends) const;
    // How many characters at the end of a text cut short might be the start of a secret.
    qsizetype longestSpelling() const { return m_secrets.isEmpty() ? 0 : m_secrets.first().size(); }

private:
    bool holdsSecret(QStringView token) const;

    QStringList m_secrets; // every spelling replaced literally
    QList<QByteArray> m_secretBytes; // UTF-8, to find in decoded base64
    qsizetype m_shortestBase64 = 0;
};

inline constexpr char kMask[] = "******";

} // namespace uw
