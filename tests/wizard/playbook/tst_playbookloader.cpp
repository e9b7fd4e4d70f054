#include "jsontext.h"
#include "scopedenvironment.h"
#include "testfiles.h"
#include "wizard/playbook/playbookloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace uw;
using namespace uw::test;

namespace {
QString dataDir()
{
    return QStringLiteral(UW_TEST_DATA_DIR);
}

} // namespace

class tst_PlaybookLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsAValidPlaybook();
    void reportsEachKindOfMistakePrecisely_data();
    void reportsEachKindOfMistakePrecisely();
    void reportsEveryErrorAtOnce();
    void everyMalformedFileHasARow();
    void hostilePlaybooksOfTheCorpusAreRefusedPrecisely_data();
    void hostilePlaybooksOfTheCorpusAreRefusedPrecisely();
    void acceptsWhatTheRunTakes();
    void placeholdersDeferOnlyWhatTheyFill_data();
    void placeholdersDeferOnlyWhatTheyFill();
    void bundledPlaybooksAreValid();
    void plainHttpCredentialsAndInsecureTlsAreWarnedAbout();
    void siteCopyOverridesAShippedPlaybook();
    void missingDataSaysWhereItLooked();
    void documentationExampleIsValid();
    void refusesMissingAndUnreadableFiles();
    void refusesWhatIsNotARegularFile();
    void stopsReadingPast16MiBAndSaysWhere();
};

void tst_PlaybookLoader::loadsAValidPlaybook()
{
    auto playbook = PlaybookLoader::loadFile(dataDir() + QStringLiteral("/valid-minimal.json"));
    QVERIFY2(playbook.has_value(), qPrintable(playbook ? QString() : playbook.error().first().toString()));
    QCOMPARE(playbook->id, QStringLiteral("t"));
    QCOMPARE(playbook->parameters.size(), 3);
    QCOMPARE(playbook->pages.size(), 1);
    QCOMPARE(playbook->pages.first().items.size(), 3);
    const Item *task = playbook->item(QStringLiteral("t1"));
    QVERIFY(task);
    QCOMPARE(task->type, Item::Type::Task);
    QCOMPARE(task->severity, Severity::Blocker);
    QCOMPARE(task->spec.value(QLatin1String("program")).toString(), QStringLiteral("true"));
}

// One row per kind of mistake: the file in data/malformed and the exact first diagnostic.
void tst_PlaybookLoader::reportsEachKindOfMistakePrecisely_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
#define ROW(name, text) QTest::newRow(name) << QStringLiteral(name) << QStringLiteral(text)
    ROW("01-bad-severity",
        ":62:23: error: pages[0].items[0].severity: expected one of blocker, warning, info, got \"critical\"");
    ROW("02-unknown-key",
        ":63:11: error: pages[0].items[0].titel: unknown key; expected one of id, type, title, help, severity, when, "
        "foreach, after, order_reason, remedy, estimate, check, task, waivable, irreversible");
    ROW("03-missing-title", ":57:9: error: pages[0].items[0]: missing required key \"title\"");
    ROW("04-schema-2", ":2:13: error: schema: expected 1 (the only schema this version reads), got 2");
    ROW("05-unknown-param-in-when",
        ":63:19: error: pages[0].items[0].when: unknown name 'topolgy'; the parameters are topology, install_dir, "
        "nodes");
    ROW("06-condition-syntax", ":63:29: error: pages[0].items[0].when: unexpected '='; use ==, !=, =~, && or ||");
    ROW("07-unknown-substitution",
        ":72:21: error: pages[0].items[1].check.path: unknown name '${instal_dir}'; use a parameter, node.<field> "
        "inside foreach, session.dir, timestamp, playbook.id or app.path");
    ROW("08-after-unknown", ":89:13: error: pages[0].items[2].after[0]: no item has the id \"backup\"");
    ROW("09-after-later",
        ":64:13: error: pages[0].items[0].after[0]: \"t1\" comes later in the playbook; an item can only wait for "
        "earlier items");
    ROW("10-duplicate-item-id",
        ":76:17: error: pages[0].items[2].id: duplicate item id \"c1\"; item ids are unique in the playbook");
    ROW("11-foreach-not-nodes",
        ":89:22: error: pages[0].items[2].foreach.nodes: \"topology\" is not a nodes parameter; expected one of nodes");
    ROW("12-unknown-check-kind",
        ":71:21: error: pages[0].items[1].check.kind: unknown check kind \"port-open\"; known kinds: compare, decision-table, "
        "disk-free, file-contains, http, no-conflicts, path-absent, path-exists, process, tcp-port, unmodified-since, "
        "version");
    ROW("13-task-missing-program", ":81:19: error: pages[0].items[2].task.program: missing required key \"program\"");
    ROW("14-bad-item-type",
        ":59:19: error: pages[0].items[0].type: expected one of confirm, check, task, info, got \"checkbox\"");
    ROW("15-trailing-comma",
        ":63:9: error: expected a key in double quotes, got '}' (trailing commas are not allowed)");
    ROW("16-duplicate-key", ":61:11: error: duplicate key \"title\" (first at line 60)");
    ROW("17-bad-from-pattern", ":7:5: error: from[0]: '7.x.5': a wildcard must be the last component");
    ROW("18-default-not-a-choice",
        ":28:18: error: parameters[0].default: \"triple\" is not a valid default for a choice parameter");
    ROW("19-secret-default",
        ":55:18: error: parameters[3].default: a secret cannot have a default: it would be stored in the playbook");
    ROW("20-bad-estimate",
        ":88:23: error: pages[0].items[2].estimate: expected a duration of at most a week (168h) such as \"90s\", "
        "\"5m\" or \"1h30m\", got \"5 minutes\"");
    ROW("21-no-pages", ":52:12: error: pages: expected a non-empty array of pages, got array");
    ROW("22-unterminated-placeholder",
        ":85:15: error: pages[0].items[2].task.args[0]: unterminated '${' at character 1");
    ROW("23-bad-regex",
        ":73:22: error: pages[0].items[1].check.regex: invalid regular expression: missing closing parenthesis at "
        "offset 9");
    ROW("24-check-on-confirm", ":63:20: error: pages[0].items[0].check: only a check item has a check");
    ROW("25-foreach-unknown-node-field",
        ":90:22: error: pages[0].items[2].foreach.first: unknown name 'node.frist'; use a parameter or node.<field>");
    ROW("26-many-errors", ":9:9: error: to: expected a version such as \"7.7\", got \"latest\"");
    ROW("27-not-json", ":1:1: error: unexpected token 'schema', expected a value");
    ROW("28-training-unknown-product",
        ":9:40: error: training.simulates[1]: expected one of axway, cortex, kaazing, got \"websphere\"");
    ROW("29-irreversible-confirm",
        ":63:27: error: pages[0].items[0].irreversible: only a task changes something; a confirm cannot be "
        "irreversible (mark the task that makes the change)");
#undef ROW
}

void tst_PlaybookLoader::reportsEachKindOfMistakePrecisely()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString path = dataDir() + QStringLiteral("/malformed/") + file + QStringLiteral(".json");
    auto playbook = PlaybookLoader::loadFile(path);
    QVERIFY(!playbook.has_value());
    const QString first = playbook.error().first().toString();
    // Paths are shown as the platform writes them.
    const QString shown = QDir::toNativeSeparators(path);
    QVERIFY2(first == shown + expected,
             qPrintable(QStringLiteral("got:      %1\nexpected: %2").arg(first, shown + expected)));
}

void tst_PlaybookLoader::reportsEveryErrorAtOnce()
{
    auto playbook = PlaybookLoader::loadFile(dataDir() + QStringLiteral("/malformed/26-many-errors.json"));
    QVERIFY(!playbook.has_value());
    QStringList messages;
    for (const Diagnostic &d : playbook.error())
        messages << d.path;
    QCOMPARE(messages,
             (QStringList{QStringLiteral("to"), QStringLiteral("pages[0].items[0].severity"),
                          QStringLiteral("pages[0].items[1].type")}));
}

void tst_PlaybookLoader::everyMalformedFileHasARow()
{
    // 20 malformed playbooks at least, each with its own data row above.
    QDirIterator it(dataDir() + QStringLiteral("/malformed"), {QStringLiteral("*.json")});
    int count = 0;
    while (it.hasNext()) {
        it.next();
        ++count;
        auto playbook = PlaybookLoader::loadFile(it.filePath());
        QVERIFY2(!playbook.has_value(), qPrintable(it.fileName()));
    }
    QVERIFY(count >= 20);
}

// tests/data/hostile/playbooks: a playbook per mistake that `validate` once let through and a
// run then refused or misread (issue 15, item 3), each with the exact first diagnostic.
void tst_PlaybookLoader::hostilePlaybooksOfTheCorpusAreRefusedPrecisely_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    const QString folder = QStringLiteral(UW_HOSTILE_DATA_DIR "/playbooks");
    QFile file(folder + QStringLiteral("/corpus.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QJsonObject corpus = QJsonDocument::fromJson(file.readAll()).object();
    // Every playbook of the folder has its expectation: a case added there is tested here.
    QStringList playbooks = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    playbooks.removeAll(QStringLiteral("corpus.json"));
    if (playbooks.size() < 30
        || playbooks != QStringList(corpus.keys()).filter(QRegularExpression(QStringLiteral("^[^$]"))))
        qFatal("corpus.json and the playbooks in %s differ", qPrintable(folder));
    for (const QString &name : std::as_const(playbooks))
        QTest::newRow(qPrintable(name)) << folder + u'/' + name << corpus.value(name).toString();
}

void tst_PlaybookLoader::hostilePlaybooksOfTheCorpusAreRefusedPrecisely()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    auto playbook = PlaybookLoader::loadFile(file);
    QVERIFY2(!playbook.has_value(), "validate accepted it");
    const QString first = playbook.error().first().toString();
    const QString shown = QDir::toNativeSeparators(file);
    QVERIFY2(first == shown + expected,
             qPrintable(QStringLiteral("got:      %1\nexpected: %2").arg(first, shown + expected)));
}

namespace {

// A playbook with one item whose check or task is `spec`, and a parameter of each kind that
// placeholders may name.
QByteArray withItem(const char *type, const QString &spec)
{
    return text(R"j({"schema": 1, "id": "p", "title": "P", "product": "P", "from": ["1.*"], "to": "2",
  "source": {"document": "D"},
  "parameters": [
    {"id": "url", "type": "url", "label": "U", "default": "https://gw.example"},
    {"id": "port", "type": "port", "label": "P", "default": 8443},
    {"id": "insecure", "type": "bool", "label": "I", "default": false},
    {"id": "method", "type": "choice", "label": "M", "default": "POST",
     "choices": [{"value": "POST", "label": "post"}, {"value": "PUT", "label": "put"}]},
    {"id": "dir", "type": "directory", "label": "D", "default": "/opt/gw"},
    {"id": "nodes", "type": "nodes", "label": "N", "roles": [{"id": "gw", "label": "G"}],
     "attributes": [{"id": "remote", "type": "bool", "label": "R", "default": false},
                    {"id": "ssh_port", "type": "port", "label": "S", "default": 22}],
     "default": [{"name": "A", "host": "a.example", "role": "gw"}]}],
  "pages": [{"id": "p", "title": "P", "items": [
    {"id": "x", "type": "%1", "title": "X", "help": "h", "severity": "blocker",
     "foreach": {"nodes": "nodes"}, "%1": %2}]}]})j")
        .arg(QLatin1String(type), spec)
        .toUtf8();
}

} // namespace

// What the runners take, the load takes: retry_delay_ms and ssh are documented and read by
// the run, a literal "${" is written "$${", and a placeholder may give a number, a boolean or
// a word when it is the whole string.
void tst_PlaybookLoader::acceptsWhatTheRunTakes()
{
    const QStringList tasks{
        text(R"j({"kind": "http-workflow", "base_url": "${url}", "retry_delay_ms": 250, "retries": 0,
          "concurrency": 64, "timeout_ms": 86400000, "tls": {"insecure": "${insecure}"},
          "steps": [{"name": "list", "url": "/items?q=$${literal}", "collect": "items", "expect_status": [200, 206],
                     "paging": {"items": "items", "token": "next"}},
                    {"name": "each", "foreach": "items", "as": "it", "key": "${it.id}", "max_failures": 10000,
                     "requests": [{"method": "${method}", "url": "/items/${it.id}", "extract": {"v": "result.version"},
                                   "headers": {"X-Id": "${it.id}"}, "body": {"port": "${port}"}},
                                  {"method": "PUT", "url": "/items/${it.id}/${v}", "expect_status": 204}]}]})j"),
        text(R"j({"kind": "command", "program": "/bin/true", "remote": "${node.remote}", "timeout_ms": 1,
          "ssh": {"port": "${node.ssh_port}", "known_hosts": "${dir}/known_hosts", "user": "admin"},
          "success_exit_codes": [0, 3010, -1]})j"),
        text(R"j({"kind": "archive-backup", "source": "${dir}", "archive": "${session.dir}/b-${timestamp}",
          "format": "zip", "compression_level": 0, "exclude": ["cache-${timestamp}", "logs/*"]})j"),
        text(R"j({"kind": "file-edit", "files": ["${dir}/conf.xml"], "edits": [
          {"regex": "(<port>)\\d+(</port>)", "replace": "\\1${port}\\2"}, {"key": "A", "value": "$${B}"}]})j"),
    };
    for (const QString &task : tasks) {
        auto playbook = PlaybookLoader::loadData(withItem("task", task), QStringLiteral("t.json"));
        QVERIFY2(playbook.has_value(), qPrintable(playbook ? QString() : playbook.error().first().toString()));
    }
    const QStringList checks{
        text(R"j({"kind": "tcp-port", "host": "${node.host}", "port": "${port}", "expect": "open",
          "timeout_ms": "5000"})j"),
        text(R"j({"kind": "http", "url": "${url}/$${x}", "json_path": "status", "equals": null})j"),
        text(R"j({"kind": "path-exists", "path": "$${dir}", "type": "dir"})j"),
    };
    for (const QString &check : checks) {
        auto playbook = PlaybookLoader::loadData(withItem("check", check), QStringLiteral("c.json"));
        QVERIFY2(playbook.has_value(), qPrintable(playbook ? QString() : playbook.error().first().toString()));
    }
}

// A placeholder defers judging a value to the run only where its value decides: a number, a
// boolean or a word that a placeholder gives must be the whole string, and names nobody
// substitutes before the run (a workflow's own variables) defer nothing.
void tst_PlaybookLoader::placeholdersDeferOnlyWhatTheyFill_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("port inside text")
        << QStringLiteral("check")
        << text(R"j({"kind": "tcp-port", "host": "gw", "port": "8${port}", "expect": "open"})j")
        << QStringLiteral("pages[0].items[0].check.port: a placeholder stands for a number, true or false, or a word "
                          "from a list only as the whole text, such as \"${name}\"; got \"8${port}\"");
    QTest::newRow("boolean around an escape")
        << QStringLiteral("task")
        << text(R"j({"kind": "command", "program": "/bin/true", "remote": "$${${node.remote}}"})j")
        << QStringLiteral("pages[0].items[0].task.remote: a placeholder stands for a number, true or false, or a "
                          "word from a list only as the whole text, such as \"${name}\"; got \"$${${node.remote}}\"");
    QTest::newRow("method from the workflow's own variable")
        << QStringLiteral("task") << text(R"j({"kind": "http-workflow", "base_url": "${url}", "steps": [
             {"name": "get", "url": "/m", "extract": {"verb": "method"}},
             {"name": "go", "url": "/x", "method": "${verb}"}]})j")
        << QStringLiteral("pages[0].items[0].task.steps[1].method: expected one of GET, HEAD, POST, PUT, PATCH, "
                          "DELETE, got \"${VERB}\"");
    QTest::newRow("group before the placeholder")
        << QStringLiteral("task") << text(R"j({"kind": "file-edit", "files": ["/f"], "edits": [
             {"regex": "port=\\d+", "replace": "port=\\1${port}"}]})j")
        << QStringLiteral("pages[0].items[0].task.edits[0].replace: \\1 refers to a group the regex does not have "
                          "(it has 0); write \\\\ for a backslash");
    QTest::newRow("playbook's own trusted list")
        << QStringLiteral("check") << text(R"j({"kind": "http", "url": "${url}", "tls": {"trusted": ["AA"]}})j")
        << QStringLiteral("pages[0].items[0].check.tls.trusted: unknown key \"trusted\"; allowed keys: insecure, "
                          "pin_sha256");
}

void tst_PlaybookLoader::placeholdersDeferOnlyWhatTheyFill()
{
    QFETCH(QString, type);
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    auto playbook = PlaybookLoader::loadData(withItem(qPrintable(type), spec), QStringLiteral("p.json"));
    QVERIFY2(!playbook.has_value(), "validate accepted it");
    QCOMPARE(playbook.error().first().path + QStringLiteral(": ") + playbook.error().first().message, expected);
}

void tst_PlaybookLoader::bundledPlaybooksAreValid()
{
    QDirIterator it(QStringLiteral(UW_PLAYBOOKS_DIR), {QStringLiteral("*.json")});
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        auto playbook = PlaybookLoader::loadFile(path);
        QVERIFY2(playbook.has_value(), qPrintable(playbook ? QString() : playbook.error().first().toString()));
        ++count;
    }
    QVERIFY(count >= 1);
    QCOMPARE(bundledPlaybooks().size(), count);
}

void tst_PlaybookLoader::plainHttpCredentialsAndInsecureTlsAreWarnedAbout()
{
    // Line by line, so that the positions are known: each warning names its line and column.
    const QByteArray playbook = R"({
  "schema": 1, "id": "w", "title": "W", "product": "P", "from": ["1.*"], "to": "2.0",
  "source": {"document": "D"},
  "parameters": [{"id": "url", "type": "url", "label": "URL", "default": "https://gw.example"}],
  "pages": [{"id": "p", "title": "P", "items": [
    {"id": "a", "type": "check", "title": "A", "help": "H", "severity": "warning", "check": {"kind": "http",
      "url": "http://gw.example/api", "auth": {"type": "basic", "username": "u", "password": "p"}}},
    {"id": "b", "type": "check", "title": "B", "help": "H", "severity": "warning", "check": {"kind": "http",
      "url": "https://gw.example/api", "tls": {"insecure": true}}},
    {"id": "c", "type": "task", "title": "C", "help": "H", "severity": "warning", "task": {"kind": "http-workflow",
      "base_url": "http://cortex.example", "auth": {"type": "bearer", "token": "t"}, "allow_plain_http_auth": true,
      "steps": [{"url": "/api/x"}]}},
    {"id": "d", "type": "check", "title": "D", "help": "H", "severity": "warning", "check": {"kind": "http",
      "url": "${url}/api", "auth": {"type": "basic", "username": "u", "password": "p"}}},
    {"id": "e", "type": "check", "title": "E", "help": "H", "severity": "warning", "check": {"kind": "http",
      "url": "http://gw.example/public"}}
  ]}]
})";
    const auto loaded = PlaybookLoader::loadData(playbook, QStringLiteral("w.json"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().first().toString()));
    // d: the URL is a placeholder (judged at run time); e: no credentials.
    QCOMPARE(loaded->warnings.size(), 3);
    QVERIFY2(loaded->warnings.at(0).startsWith(
                 QStringLiteral("w.json:7:14: warning: pages[0].items[0].check.url: credentials would go over plain "
                                "http://")),
             qPrintable(loaded->warnings.at(0)));
    QVERIFY2(loaded->warnings.at(0).contains(QLatin1String("refused unless \"allow_plain_http_auth\": true")),
             qPrintable(loaded->warnings.at(0)));
    QVERIFY2(loaded->warnings.at(1).startsWith(
                 QStringLiteral("w.json:9:60: warning: pages[0].items[1].check.tls.insecure: certificate verification "
                                "is off")),
             qPrintable(loaded->warnings.at(1)));
    QVERIFY2(loaded->warnings.at(2).startsWith(
                 QStringLiteral("w.json:11:19: warning: pages[0].items[2].task.base_url: credentials go over plain "
                                "http://")),
             qPrintable(loaded->warnings.at(2)));
    QVERIFY2(loaded->warnings.at(2).contains(QLatin1String("allowed here")), qPrintable(loaded->warnings.at(2)));
}

void tst_PlaybookLoader::siteCopyOverridesAShippedPlaybook()
{
    const QList<BundledPlaybook> shipped = bundledPlaybooks();
    QVERIFY(!shipped.isEmpty());

    QTemporaryDir site;
    QVERIFY(QDir(site.path()).mkpath(QStringLiteral("playbooks")));
    QByteArray sample = readText(QStringLiteral(UW_PLAYBOOKS_DIR "/sample-local.json")).toUtf8();
    const QByteArray title = "\"title\": \"Sample: a rehearsal on this computer\"";
    QVERIFY(sample.contains(title));
    sample.replace(title, "\"title\": \"Sample, as this site runs it\"");
    QVERIFY(writeFile(site.filePath(QStringLiteral("playbooks/sample-local.json")), sample));
    QVERIFY(writeFile(site.filePath(QStringLiteral("playbooks/broken.json")), "{ \"format\": "));

    ScopedEnvironment environment;
    // The site's folder first, then what the build tree stages (as UW_DATA_DIR had it).
    environment.set("UW_DATA_DIR",
                    QFile::encodeName(site.path()) + QDir::listSeparator().toLatin1() + qgetenv("UW_DATA_DIR"));
    Diagnostics problems;
    const QList<BundledPlaybook> listed = bundledPlaybooks(&problems);
    QCOMPARE(listed.size(), shipped.size());
    const auto sampleEntry
        = std::find_if(listed.cbegin(), listed.cend(), [](const auto &b) { return b.id == u"sample-local"; });
    QVERIFY(sampleEntry != listed.cend());
    QCOMPARE(sampleEntry->title, QStringLiteral("Sample, as this site runs it"));
    QCOMPARE(sampleEntry->path, site.filePath(QStringLiteral("playbooks/sample-local.json")));
    // The broken file is not listed, and why is said with its name.
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().toString().contains(QLatin1String("broken.json")),
             qPrintable(problems.first().toString()));
    // Loading by id takes the site's copy too.
    auto loaded = loadPlaybook(QStringLiteral("sample-local"));
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->title, QStringLiteral("Sample, as this site runs it"));
}

void tst_PlaybookLoader::missingDataSaysWhereItLooked()
{
    QTemporaryDir empty;
    ScopedEnvironment environment;
    environment.set("UW_DATA_DIR", QFile::encodeName(empty.path()));
    // Neither the user's nor the system's data folders: nothing installed may answer.
    environment.set("XDG_DATA_HOME", QFile::encodeName(empty.filePath(QStringLiteral("home"))));
#ifdef Q_OS_WIN // Windows finds the profile's folders without the environment
    environment.set("UW_HOME", QFile::encodeName(empty.filePath(QStringLiteral("home/upgrade-wizard"))));
#endif
    environment.set("XDG_DATA_DIRS", QFile::encodeName(empty.filePath(QStringLiteral("system"))));
    QVERIFY(bundledPlaybooks().isEmpty());
    auto loaded = loadPlaybook(QStringLiteral("axway-upgrade"));
    QVERIFY(!loaded.has_value());
    const QString message = loaded.error().first().toString();
    QVERIFY2(message.contains(QLatin1String("none were found in ") + empty.path()), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("UW_DATA_DIR")), qPrintable(message));
}

void tst_PlaybookLoader::documentationExampleIsValid()
{
    const QString doc = readText(QStringLiteral(UW_DOCS_DIR) + QStringLiteral("/playbook-format.md"));
    const qsizetype section = doc.indexOf(QLatin1String("## A complete example"));
    QVERIFY(section > 0);
    const qsizetype start = doc.indexOf(QLatin1String("```json\n"), section) + 8;
    const qsizetype end = doc.indexOf(QLatin1String("```"), start);
    const QString example = doc.mid(start, end - start);
    auto playbook = PlaybookLoader::loadData(example.toUtf8(), QStringLiteral("playbook-format.md"));
    QVERIFY2(playbook.has_value(), qPrintable(playbook ? QString() : playbook.error().first().toString()));
    // The documented example is the bundled sample, word for word.
    QCOMPARE(example, readText(QStringLiteral(UW_PLAYBOOKS_DIR "/sample-local.json")));
}

void tst_PlaybookLoader::refusesMissingAndUnreadableFiles()
{
    auto missing = PlaybookLoader::loadFile(dataDir() + QStringLiteral("/no-such.json"));
    QVERIFY(!missing.has_value());
    QVERIFY(missing.error().first().toString().endsWith(QLatin1String("no-such.json: error: no such file")));
    auto dir = PlaybookLoader::loadFile(dataDir());
    QVERIFY(!dir.has_value());
    QVERIFY(dir.error().first().message.contains(QLatin1String("directory")));
    auto unknownId = loadPlaybook(QStringLiteral("no-such-playbook"));
    QVERIFY(!unknownId.has_value());
    QVERIFY2(unknownId.error().first().message.contains(QLatin1String("sample-local")),
             qPrintable(unknownId.error().first().message));
}

// A device or a FIFO is refused before it is opened: /dev/zero grew the program to 23 GB, and
// a FIFO blocked it until someone wrote.
void tst_PlaybookLoader::refusesWhatIsNotARegularFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("playbook.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &path : {QStringLiteral("/dev/zero"), fifo}) {
        auto loaded = PlaybookLoader::loadFile(path);
        QVERIFY(!loaded.has_value());
        QVERIFY2(loaded.error().first().message.startsWith(QLatin1String("not a regular file")),
                 qPrintable(loaded.error().first().toString()));
    }
#else
    QSKIP("devices and FIFOs as files are Unix's");
#endif
}

void tst_PlaybookLoader::stopsReadingPast16MiBAndSaysWhere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // 16384 lines of 1024 bytes are 16 MiB; what follows starts line 16385.
    QByteArray line(1023, ' ');
    line += '\n';
    QByteArray text;
    text.reserve(16 * 1024 * 1024 + 64);
    for (int i = 0; i < 16384; ++i)
        text += line;
    text += "{}";
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QVERIFY(test::writeFile(path, text));
    auto loaded = PlaybookLoader::loadFile(path);
    QVERIFY(!loaded.has_value());
    QCOMPARE(loaded.error().first().toString(),
             QDir::toNativeSeparators(path)
                 + QStringLiteral(":16385:1: error: the file goes on past 16 MiB here; a playbook is smaller: is this "
                                  "the right file?"));
}

QTEST_GUILESS_MAIN(tst_PlaybookLoader)
#include "tst_playbookloader.moc"
