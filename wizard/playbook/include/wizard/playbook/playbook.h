#pragma once

#include "wizard/playbook/condition.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace uw {

// A playbook: one vendor procedure as data. Built only by PlaybookLoader, which validates
// everything and resolves every reference, so the rest of the program can trust it.
// The format is documented in docs/playbook-format.md.

enum class Severity { Blocker, Warning, Info };

struct Choice
{
    QString value;
    QString label;
};

// One field of every node of a `nodes` parameter, besides the built-in name, host and role.
struct NodeAttribute
{
    QString id;
    QString type = QStringLiteral("string"); // string, path, directory, port, bool
    QString label;
    bool required = false;
    QJsonValue defaultValue;
};

struct Parameter
{
    enum class Type { String, Path, Directory, Host, Port, Url, Choice, Bool, Secret, Nodes };

    QString id;
    Type type = Type::String;
    QString label;
    QString help;
    bool required = false;
    QJsonValue defaultValue; // null when there is none
    // validation
    QString regex; // the whole value must match
    bool mustExist = false; // path / directory
    std::optional<double> min, max;
    QList<Choice> choices; // choice
    QList<Choice> roles; // nodes
    QList<NodeAttribute> attributes; // nodes
    int minItems = 0; // nodes

    bool isSecret() const { return type == Type::Secret; }
};

struct Foreach
{
    QString nodes; // the id of a `nodes` parameter
    std::optional<Condition> where;
    std::optional<Condition> first; // the node that must go first (exactly one must match)
    bool sequential = false; // each node waits for the previous one
    // How many nodes `where` must select, checked when the plan is built: a selection that
    // matches no node would otherwise drop the item's steps and satisfy every `after` on it.
    int minNodes = 0;
    int maxNodes = -1; // -1: no limit
    QString countRule() const; // "at least one node", "exactly one node", "2 to 3 nodes", ...
};

struct Item
{
    enum class Type { Confirm, Check, Task, Info };

    QString id;
    Type type = Type::Info;
    QString title;
    QString help; // markdown, names the section of the vendor document
    Severity severity = Severity::Info;
    std::optional<Condition> when;
    std::optional<Foreach> foreach;
    QStringList after; // ids of items that must be complete everywhere before this starts
    QString orderReason; // shown when the user tries to break the order
    QString remedy; // what to do when it fails; follows the failure in reasons and reports
    bool waivable = false; // a blocker that may be skipped with a reason and a name: GO with waivers
    // A task past which there is no going back (a migration, a deletion): the point of no return
    // that the plan highlights and the maintenance window is planned around.
    bool irreversible = false;
    int estimateSeconds = 0;
    QJsonObject spec; // check: the check object; task: the task object (kind + arguments)
    QString page; // id of the page holding it
};

struct Page
{
    QString id;
    QString title;
    QString help;
    QList<Item> items;
};

struct Playbook
{
    int schema = 1;
    QString id;
    QString title;
    QString product;
    QStringList from; // version patterns
    QString to;
    QString sourceDocument;
    QString sourceUrl;
    QString description;
    QList<Parameter> parameters;
    QList<Page> pages;
    // The `training` section: the simulated products the playbook was written for ([] for one
    // that changes nothing outside its session folder). Unset: not for training mode.
    std::optional<QStringList> training;
    // What loads but deserves a look, as "file:line:col: warning: path: message": credentials
    // over plain http://, TLS without certificate verification.
    QStringList warnings;

    QString fileName; // where it was loaded from (a file path or a resource path)

    const Parameter *parameter(const QString &id) const;
    const Item *item(const QString &id) const;
    bool isForTraining() const { return training.has_value(); }
    // What a `training` section may name: the products the built-in simulator stands in for.
    static QStringList simulatedProducts();
};

QString severityName(Severity severity);
QString itemTypeName(Item::Type type);
QString parameterTypeName(Parameter::Type type);

} // namespace uw
