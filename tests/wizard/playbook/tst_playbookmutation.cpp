// What `validate` accepts, runs: the bundled playbooks, mutated at random with a fixed seed
// (numbers made 0, -1, 0.5, 3e9 or 1e308, strings made other kinds' words or "$${x}", keys
// dropped, array elements duplicated, types swapped), and every mutation the loader accepts
// must build its plan and resolve every step's check or task into a spec its runner takes.
// A failure here is a gap in the load-time validation: fix the validation, not this test.
// The parameters' values are what suits the unmutated playbook where that still suits the
// mutated one: a run that fails only for the value it was given (a text where a version is
// read) is the operator's to fix, not the file's.

#include "wizard/checks/checks.h"
#include "wizard/playbook/parameters.h"
#include "wizard/playbook/plan.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/run/engine.h"
#include "wizard/tasks/taskspecs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace uw;

namespace {

constexpr quint32 kSeed = 20250615; // fixed: a failure reproduces
constexpr int kMutationsPerPlaybook = 200;

// One step into a JSON value: a member's key, or an array index.
struct PathStep
{
    QString key;
    qsizetype index = -1;
};
using JsonPath = QList<PathStep>;

QString pathText(const JsonPath &path)
{
    QString text;
    for (const PathStep &step : path)
        text += step.index >= 0 ? QStringLiteral("[%1]").arg(step.index)
                                : (text.isEmpty() ? step.key : QLatin1Char('.') + step.key);
    return text;
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(nothing)");
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return text.size() > 160 ? text.left(157) + QStringLiteral("...") : text;
}

void collectPaths(const QJsonValue &value, const JsonPath &path, QList<JsonPath> &out)
{
    out.append(path);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectPaths(it.value(), JsonPath(path) << PathStep{it.key()}, out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectPaths(array.at(i), JsonPath(path) << PathStep{QString(), i}, out);
    }
}

QJsonValue valueAt(const QJsonValue &root, const JsonPath &path)
{
    QJsonValue current = root;
    for (const PathStep &step : path)
        current = step.index >= 0 ? current.toArray().at(step.index) : current.toObject().value(step.key);
    return current;
}

// `root` with the value at `path` replaced, or removed when `replacement` is undefined.
QJsonValue withValueAt(const QJsonValue &root, const JsonPath &path, qsizetype depth, const QJsonValue &replacement)
{
    if (depth == path.size())
        return replacement;
    const PathStep &step = path.at(depth);
    if (step.index >= 0) {
        QJsonArray array = root.toArray();
        const QJsonValue inner = withValueAt(array.at(step.index), path, depth + 1, replacement);
        if (inner.isUndefined())
            array.removeAt(step.index);
        else
            array[step.index] = inner;
        return array;
    }
    QJsonObject object = root.toObject();
    const QJsonValue inner = withValueAt(object.value(step.key), path, depth + 1, replacement);
    if (inner.isUndefined())
        object.remove(step.key);
    else
        object.insert(step.key, inner);
    return object;
}

bool startsWith(const JsonPath &path, const char *first)
{
    return !path.isEmpty() && path.first().key == QLatin1String(first);
}

bool inSpec(const JsonPath &path)
{
    for (const PathStep &step : path)
        if (step.key == u"check" || step.key == u"task")
            return true;
    return false;
}

// Texts that are some key's value somewhere: "another kind's value" for a string. None with a
// placeholder: which parameter's value lands where is for the run to judge.
void collectWords(const QJsonValue &value, QStringList &words)
{
    if (value.isString() && !value.toString().contains(QLatin1String("${")) && value.toString().size() < 40)
        words << value.toString();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectWords(it.value(), words);
    }
    for (const QJsonValue &element : value.toArray())
        collectWords(element, words);
}

// A seed per playbook from its name (FNV-1a, the same everywhere), so that adding a playbook
// does not change the others' mutations.
quint32 seedFor(const QString &name)
{
    // UW_MUTATION_SEED tries other mutations (and UW_MUTATIONS more of them) when hunting gaps.
    quint32 hash = qEnvironmentVariableIsSet("UW_MUTATION_SEED")
        ? quint32(qEnvironmentVariableIntValue("UW_MUTATION_SEED"))
        : 2166136261u;
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return kSeed ^ hash;
}

struct Mutation
{
    QJsonObject playbook;
    QString description;
};

class Mutator
{
public:
    Mutator(QJsonObject original, const QStringList &words, quint32 seed)
        : m_original(std::move(original))
        , m_words(words)
        , m_random(seed)
    {
        collectPaths(m_original, {}, m_paths);
        m_paths.removeFirst(); // the root: replacing it proves nothing
        for (const JsonPath &path : std::as_const(m_paths)) {
            if (inSpec(path))
                m_specPaths << path;
            else if (startsWith(path, "parameters"))
                m_parameterPaths << path;
        }
    }

    Mutation next()
    {
        // Most mutations land in checks' and tasks' specs and in parameters, where the load and
        // the run read the same values.
        const int where = int(m_random.bounded(10));
        const QList<JsonPath> &pool = where < 6 ? m_specPaths : where < 8 ? m_parameterPaths : m_paths;
        const JsonPath path = pool.at(qsizetype(m_random.bounded(quint32(pool.size()))));
        const QJsonValue old = valueAt(m_original, path);
        const QJsonValue replacement = replacementFor(old, path);
        QString what = replacement.isUndefined()
            ? QStringLiteral("%1: dropped (was %2)").arg(pathText(path), shown(old))
            : QStringLiteral("%1: %2 -> %3").arg(pathText(path), shown(old), shown(replacement));
        return {withValueAt(m_original, path, 0, replacement).toObject(), what};
    }

private:
    QJsonValue pick(const QList<QJsonValue> &values)
    {
        return values.at(qsizetype(m_random.bounded(quint32(values.size()))));
    }

    QJsonValue replacementFor(const QJsonValue &old, const JsonPath &path)
    {
        const QString word = m_words.at(qsizetype(m_random.bounded(quint32(m_words.size()))));
        const bool member = !path.isEmpty() && path.last().index < 0;
        switch (old.type()) {
        case QJsonValue::Double:
            return pick({0, -1, 0.5, 3e9, 1e308, 65536, QString::number(old.toDouble()), QStringLiteral("x"), true,
                         QJsonValue(QJsonValue::Undefined)});
        case QJsonValue::String:
            // "$${...}" is a literal: judged at load like any text. (Around a placeholder it would
            // make a string with a placeholder, which is judged when it runs.)
            return pick({QStringLiteral("$${x}"),
                         old.toString().contains(QLatin1String("${")) ? QStringLiteral("$${x}")
                                                                      : QStringLiteral("$${") + old.toString() + u'}',
                         QStringLiteral("FETCH"), QStringLiteral("sometimes"), word, word, QString(), 7, 0.5, true,
                         QJsonArray{old}, QJsonValue(QJsonValue::Undefined)});
        case QJsonValue::Bool:
            return pick({QStringLiteral("true"), QStringLiteral("yes"), 1, QJsonValue(QJsonValue::Null), !old.toBool(),
                         QJsonValue(QJsonValue::Undefined)});
        case QJsonValue::Array: {
            QJsonArray array = old.toArray();
            if (!array.isEmpty() && m_random.bounded(2) == 0) {
                const qsizetype i = qsizetype(m_random.bounded(quint32(array.size())));
                array.insert(i, array.at(i)); // a duplicated element
                return array;
            }
            return pick({QJsonArray(), QJsonObject(), word, array.isEmpty() ? QJsonValue(7) : array.first(),
                         member ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonArray())});
        }
        case QJsonValue::Object: {
            QJsonObject object = old.toObject();
            if (!object.isEmpty() && m_random.bounded(3) != 0) {
                const QStringList keys = object.keys();
                object.remove(keys.at(qsizetype(m_random.bounded(quint32(keys.size()))))); // a dropped key
                return object;
            }
            return pick(
                {QJsonArray{old}, word, member ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonObject())});
        }
        default:
            return QStringLiteral("x");
        }
    }

    QJsonObject m_original;
    QStringList m_words;
    QRandomGenerator m_random;
    QList<JsonPath> m_paths;
    QList<JsonPath> m_specPaths;
    QList<JsonPath> m_parameterPaths;
};

// Values for the playbook's parameters that suit them whatever the mutation did: defaults,
// paths that exist, host names, URLs, one node per role.
class Values
{
public:
    explicit Values(const QString &folder)
        : m_dir(folder)
        , m_file(folder + QStringLiteral("/file.pem"))
    {
        QFile file(m_file);
        if (file.open(QIODevice::WriteOnly))
            file.write("x\n");
    }

    // A value for each parameter: its default, else one that suits it. Where the unmutated
    // playbook has a parameter of that id, what suits that one comes first (its default, or a
    // value for its rules): a value is the operator's to give, and a mutation that makes a
    // default or drops a regex so that a run would fail with that value is no more a mistake in
    // the file than a wrong --set is. The loader checks each default against its own parameter.
    ParameterValues forPlaybook(const Playbook &playbook, const Playbook *original) const
    {
        ParameterValues values;
        for (const Parameter &parameter : playbook.parameters) {
            const Parameter *before = original ? original->parameter(parameter.id) : nullptr;
            QJsonValue value;
            if (before)
                value = before->defaultValue.isUndefined() || before->defaultValue.isNull() ? valueFor(*before)
                                                                                            : before->defaultValue;
            if (!before || !checkParameterValue(parameter, value, true))
                value = parameter.defaultValue.isUndefined() || parameter.defaultValue.isNull()
                    ? valueFor(parameter)
                    : parameter.defaultValue;
            values.insert(parameter.id, value);
        }
        return values;
    }

private:
    QJsonValue scalarFor(const QString &type, const Parameter *rules) const
    {
        if (type == u"bool")
            return true;
        if (type == u"port")
            return rules && rules->min ? int(*rules->min) : 8443;
        if (type == u"path")
            return m_file;
        if (type == u"directory")
            return m_dir;
        if (type == u"host")
            return QStringLiteral("gw.example");
        if (type == u"url")
            return QStringLiteral("https://gw.example:8443");
        // Strings and secrets: the first candidate its regex takes.
        static const QStringList candidates{QStringLiteral("admin"), QString(64, u'a'), QString(40, u'b'),
                                            QStringLiteral("4.0.1"), QStringLiteral("Group1")};
        if (rules && !rules->regex.isEmpty()) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(rules->regex));
            for (const QString &candidate : candidates)
                if (re.match(candidate).hasMatch())
                    return candidate;
        }
        return candidates.first();
    }

    QJsonValue valueFor(const Parameter &parameter) const
    {
        if (parameter.type == Parameter::Type::Choice)
            return parameter.choices.isEmpty() ? QJsonValue(QString()) : QJsonValue(parameter.choices.first().value);
        if (parameter.type != Parameter::Type::Nodes)
            return scalarFor(parameterTypeName(parameter.type), &parameter);
        QJsonArray nodes;
        for (qsizetype i = 0; i < parameter.roles.size() || i < parameter.minItems; ++i) {
            QJsonObject node{
                {QStringLiteral("name"), QStringLiteral("Node%1").arg(i)},
                {QStringLiteral("host"), QStringLiteral("node%1.example").arg(i)},
                {QStringLiteral("role"),
                 parameter.roles.isEmpty() ? QString() : parameter.roles.at(i % parameter.roles.size()).value}};
            // Booleans hold on the first node only: `first` picks one, `remote` tries both ways.
            for (const NodeAttribute &attribute : parameter.attributes)
                node.insert(attribute.id,
                            attribute.type == u"bool" ? QJsonValue(i == 0) : scalarFor(attribute.type, nullptr));
            nodes.append(node);
        }
        return nodes;
    }

    QString m_dir;
    QString m_file;
};

struct Outcome
{
    enum class Kind { Refused, ValuesRefused, PlanRefused, Resolved, SpecError };
    Kind kind = Kind::Refused;
    QString detail;
};

Outcome tryPlaybook(const QJsonObject &json, const QString &name, const Values &values,
                    const Playbook *original = nullptr)
{
    auto loaded = PlaybookLoader::loadData(QJsonDocument(json).toJson(), name);
    if (!loaded)
        return {Outcome::Kind::Refused, loaded.error().first().toString()};
    auto playbook = std::make_shared<const Playbook>(std::move(*loaded));
    auto resolved = resolveParameters(*playbook, values.forPlaybook(*playbook, original));
    if (!resolved)
        return {Outcome::Kind::ValuesRefused, resolved.error().join(QStringLiteral("; "))};
    auto plan = Plan::build(playbook, *resolved);
    if (!plan)
        return {Outcome::Kind::PlanRefused, plan.error().join(QStringLiteral("; "))};
    const BuiltinValues builtins{QStringLiteral("/var/tmp/session"), QStringLiteral("20250615-101500"), playbook->id,
                                 QStringLiteral("/usr/bin/upgrade-wizard")};
    // A certificate the operator trusted: the engine adds it to every http check and workflow.
    const QStringList trusted{QString(64, u'A')};
    for (const Step &step : plan->steps()) {
        if (step.item->type != Item::Type::Check && step.item->type != Item::Type::Task)
            continue;
        const QJsonObject spec = resolveStepSpec(*plan, step, builtins, trusted);
        const QList<SpecError> errors = step.item->type == Item::Type::Check ? checks::validate(spec, spec::Mode::Run)
                                                                             : tasks::validate(spec, spec::Mode::Run);
        if (!errors.isEmpty())
            return {Outcome::Kind::SpecError,
                    QStringLiteral("step %1: %2\n  resolved spec: %3")
                        .arg(step.key, errors.first().toString(),
                             QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact)))};
    }
    return {Outcome::Kind::Resolved, QString()};
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_PlaybookMutation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyBundledPlaybookResolves();
    void whatLoadsResolves_data();
    void whatLoadsResolves();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Values> m_values;
    QStringList m_words;
};

void tst_PlaybookMutation::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_values = std::make_unique<Values>(m_tmp.path());
    const QDir dir(QStringLiteral(UW_PLAYBOOKS_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        collectWords(readObject(dir.filePath(name)), m_words);
    m_words.removeDuplicates();
    m_words.sort();
    QVERIFY(m_words.size() > 100);
}

// The mutations start from playbooks that resolve with these values: else they would prove
// nothing.
void tst_PlaybookMutation::everyBundledPlaybookResolves()
{
    const QDir dir(QStringLiteral(UW_PLAYBOOKS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &name : files) {
        const Outcome outcome = tryPlaybook(readObject(dir.filePath(name)), name, *m_values);
        QVERIFY2(outcome.kind == Outcome::Kind::Resolved, qPrintable(name + QStringLiteral(": ") + outcome.detail));
    }
}

void tst_PlaybookMutation::whatLoadsResolves_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(UW_PLAYBOOKS_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void tst_PlaybookMutation::whatLoadsResolves()
{
    QFETCH(QString, file);
    QElapsedTimer clock;
    clock.start();
    const QString name = QFileInfo(file).fileName();
    const quint32 seed = seedFor(name);
    const QJsonObject unmutated = readObject(file);
    const auto original = PlaybookLoader::loadData(QJsonDocument(unmutated).toJson(), name);
    QVERIFY(original);
    Mutator mutator(unmutated, m_words, seed);
    QMap<Outcome::Kind, int> counts;
    QStringList gaps;
    const int mutations = qEnvironmentVariableIsSet("UW_MUTATIONS") ? qEnvironmentVariableIntValue("UW_MUTATIONS")
                                                                    : kMutationsPerPlaybook;
    for (int i = 0; i < mutations; ++i) {
        const Mutation mutation = mutator.next();
        const Outcome outcome = tryPlaybook(mutation.playbook, name, *m_values, &*original);
        ++counts[outcome.kind];
        if (outcome.kind == Outcome::Kind::SpecError)
            gaps << QStringLiteral("%1, seed %2, mutation %3: %4\nvalidate accepted it, but %5")
                        .arg(name)
                        .arg(seed)
                        .arg(i)
                        .arg(mutation.description, outcome.detail);
    }
    // Every gap at once: each is a rule the load-time validation lacks.
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QStringLiteral("\n\n"))));
    qInfo().noquote() << QStringLiteral("%1 (seed %2): %3 mutations, %4 refused at load, %5 resolved, %6 with "
                                        "values refused, %7 with the plan refused, in %8 ms")
                             .arg(name)
                             .arg(seed)
                             .arg(mutations)
                             .arg(counts.value(Outcome::Kind::Refused))
                             .arg(counts.value(Outcome::Kind::Resolved))
                             .arg(counts.value(Outcome::Kind::ValuesRefused))
                             .arg(counts.value(Outcome::Kind::PlanRefused))
                             .arg(clock.elapsed());
    // Both outcomes must occur, or the mutations exercise nothing.
    QVERIFY(counts.value(Outcome::Kind::Refused) > 0);
    QVERIFY(counts.value(Outcome::Kind::Resolved) > 0);
}

QTEST_GUILESS_MAIN(tst_PlaybookMutation)
#include "tst_playbookmutation.moc"
