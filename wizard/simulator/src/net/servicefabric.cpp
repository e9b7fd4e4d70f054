#include "servicefabric.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace uw::sim::detail {

namespace {

// Service Fabric's error body: {"Error": {"Code": ..., "Message": ...}}.
Reply fabricError(Status status, const QString &code, const QString &message)
{
    return Reply::json(QJsonObject{{QStringLiteral("Error"),
                                    QJsonObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}}}},
                       status);
}

bool is(const QString &segment, const char *keyword)
{
    return segment.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ServiceFabric::ServiceFabric(QStringList nodes, const QStringList &engineVersions)
    : m_nodes(std::move(nodes))
{
    for (const QString &version : engineVersions)
        add(QStringLiteral("fabric:/Execution/Services/Engine/") + version, QLatin1String(kExecutionType), version,
            QStringLiteral("Cortex.Innovation.Execution.EnginePkg"));
    // Not an execution service: the ApplicationTypeName filter must leave it out, and nobody may
    // delete it in the procedure.
    add(QStringLiteral("fabric:/Cortex/ApplicationServices"), QStringLiteral("Cortex.Innovation.ApplicationServices"),
        engineVersions.isEmpty() ? QStringLiteral("1.0.0") : engineVersions.last(),
        QStringLiteral("Cortex.Innovation.ApplicationServices.ApiPkg"));
}

QString ServiceFabric::idOf(const QString &name)
{
    QString id = name;
    if (id.startsWith(QLatin1String("fabric:/")))
        id.remove(0, int(qstrlen("fabric:/")));
    return id.replace(u'/', u'~');
}

void ServiceFabric::add(const QString &name, const QString &typeName, const QString &typeVersion,
                        const QString &manifest)
{
    Application application{name, typeName, typeVersion, manifest, false, {}, {}};
    for (const QString &node : std::as_const(m_nodes))
        application.codePackages.insert(node, {m_nextInstance++, m_nextProcess++, 0});
    m_applications.insert(idOf(name), application);
}

Outcome ServiceFabric::handle(const QHttpServerRequest &request, bool deleteHangs)
{
    // The TLS handshake already refused clients without a certificate from the simulator's CA;
    // this is the second lock, for a configuration that would let one through.
    if (request.sslConfiguration().peerCertificate().isNull())
        return fabricError(Status::Forbidden, QStringLiteral("FABRIC_E_ACCESS_DENIED"),
                           QStringLiteral("A client certificate with the admin role is required"));

    const QStringList path = pathSegments(request);
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    if (path.size() == 1 && is(path[0], "Explorer") && method == Method::Get)
        return explorer();

    if (!request.query().hasQueryItem(QStringLiteral("api-version")))
        return fabricError(Status::BadRequest, QStringLiteral("E_INVALIDARG"),
                           QStringLiteral("The api-version query parameter is required"));
    const auto notFound = [&] {
        return fabricError(Status::NotFound, QStringLiteral("E_INVALIDARG"),
                           QStringLiteral("No such resource: %1").arg(request.url().path()));
    };
    const auto applicationNotFound = [](const QString &id) {
        return fabricError(Status::NotFound, QStringLiteral("FABRIC_E_APPLICATION_NOT_FOUND"),
                           QStringLiteral("Application not found: %1").arg(id));
    };
    const auto wrongMethod = [&] {
        return fabricError(Status::MethodNotAllowed, QStringLiteral("E_INVALIDARG"),
                           QStringLiteral("%1 is not allowed on %2").arg(methodName(request), request.url().path()));
    };

    if (path.isEmpty())
        return notFound();
    if (is(path[0], "Applications")) {
        if (path.size() == 1)
            return method == Method::Get ? list(request) : wrongMethod();
        const QString &id = path[1];
        // "Get Application Info" answers 204 No Content, with no body, for an application that
        // does not exist (or no longer does); the calls below it answer 404
        // FABRIC_E_APPLICATION_NOT_FOUND.
        if (!m_applications.contains(id) && path.size() == 2 && method == Method::Get)
            return Reply::empty(Status::NoContent);
        if (!m_applications.contains(id))
            return applicationNotFound(id);
        if (path.size() == 2)
            return method == Method::Get ? Reply::json(infoJson(id, m_applications[id])) : wrongMethod();
        if (path.size() == 4 && path[2] == QLatin1String("$") && is(path[3], "Delete"))
            return method == Method::Post ? remove(id, deleteHangs) : wrongMethod();
        return notFound();
    }
    if (is(path[0], "Nodes")) {
        if (path.size() == 1) {
            if (method != Method::Get)
                return wrongMethod();
            QJsonArray items;
            for (const QString &node : std::as_const(m_nodes))
                items.append(QJsonObject{{QStringLiteral("Name"), node},
                                         {QStringLiteral("NodeStatus"), QStringLiteral("Up")},
                                         {QStringLiteral("HealthState"), QStringLiteral("Ok")}});
            return Reply::json(
                QJsonObject{{QStringLiteral("ContinuationToken"), QString()}, {QStringLiteral("Items"), items}});
        }
        const QString &node = path[1];
        if (!m_nodes.contains(node))
            return fabricError(Status::NotFound, QStringLiteral("FABRIC_E_NODE_NOT_FOUND"),
                               QStringLiteral("Node not found: %1").arg(node));
        if (path.size() < 7 || path[2] != QLatin1String("$") || !is(path[3], "GetApplications")
            || path[5] != QLatin1String("$") || !is(path[6], "GetCodePackages"))
            return notFound();
        const QString &id = path[4];
        if (!m_applications.contains(id))
            return applicationNotFound(id);
        if (path.size() == 7)
            return method == Method::Get ? codePackages(node, id) : wrongMethod();
        if (path.size() == 9 && path[7] == QLatin1String("$") && is(path[8], "Restart"))
            return method == Method::Post ? restart(node, id, request.body()) : wrongMethod();
    }
    return notFound();
}

QJsonObject ServiceFabric::infoJson(const QString &id, const Application &application) const
{
    return QJsonObject{
        {QStringLiteral("Id"), id},
        {QStringLiteral("Name"), application.name},
        {QStringLiteral("TypeName"), application.typeName},
        {QStringLiteral("TypeVersion"), application.typeVersion},
        {QStringLiteral("Status"), application.deleting ? QStringLiteral("Deleting") : QStringLiteral("Ready")},
        {QStringLiteral("Parameters"), QJsonArray()},
        {QStringLiteral("HealthState"), QStringLiteral("Ok")},
        {QStringLiteral("ApplicationDefinitionKind"), QStringLiteral("ServiceFabricApplicationDescription")}};
}

Reply ServiceFabric::list(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const QString typeName = query.queryItemValue(QStringLiteral("ApplicationTypeName"), QUrl::FullyDecoded);
    // Service Fabric continues after the last item returned, by its id.
    const QString token = query.queryItemValue(QStringLiteral("ContinuationToken"), QUrl::FullyDecoded);
    int pageSize = kPageSize;
    if (query.hasQueryItem(QStringLiteral("MaxResults"))) {
        bool ok = false;
        const int maxResults = query.queryItemValue(QStringLiteral("MaxResults")).toInt(&ok);
        if (!ok || maxResults < 0)
            return fabricError(Status::BadRequest, QStringLiteral("E_INVALIDARG"),
                               QStringLiteral("MaxResults must be a number of 0 or more"));
        if (maxResults > 0)
            pageSize = qMin(pageSize, maxResults);
    }

    QJsonArray items;
    QString last;
    bool more = false;
    for (auto it = token.isEmpty() ? m_applications.cbegin() : m_applications.upperBound(token);
         it != m_applications.cend(); ++it) {
        if (!typeName.isEmpty() && it->typeName != typeName)
            continue;
        if (items.size() == pageSize) {
            more = true;
            break;
        }
        items.append(infoJson(it.key(), *it));
        last = it.key();
    }
    return Reply::json(
        QJsonObject{{QStringLiteral("ContinuationToken"), more ? last : QString()}, {QStringLiteral("Items"), items}});
}

Reply ServiceFabric::remove(const QString &id, bool deleteHangs)
{
    // ForceRemove=true is accepted and changes nothing: when code packages are stuck, the guide's
    // remedy is restarting them, and that is what the fault is there to teach.
    Application &application = m_applications[id];
    if (deleteHangs) {
        if (!application.deleting) {
            application.deleting = true;
            application.restartedNodes.clear();
        }
        return Reply::empty();
    }
    const QString name = application.name;
    m_applications.remove(id);
    if (onDeleted)
        onDeleted(name);
    return Reply::empty();
}

Reply ServiceFabric::codePackages(const QString &node, const QString &id) const
{
    const Application &application = m_applications[id];
    const CodePackage &code = application.codePackages[node];
    const QString instance = QString::number(code.instanceId);
    const QJsonObject entryPoint{
        {QStringLiteral("EntryPointLocation"), QStringLiteral("Cortex.Innovation.Execution.Engine.exe")},
        {QStringLiteral("ProcessId"), QString::number(code.processId)},
        {QStringLiteral("RunAsUserName"), QString()},
        {QStringLiteral("Status"), QStringLiteral("Started")},
        {QStringLiteral("NextActivationTime"), QStringLiteral("0001-01-01T00:00:00.000Z")},
        {QStringLiteral("InstanceId"), instance}};
    return Reply::json(QJsonArray{QJsonObject{{QStringLiteral("Name"), QStringLiteral("Code")},
                                              {QStringLiteral("Version"), application.typeVersion},
                                              {QStringLiteral("ServiceManifestName"), application.manifest},
                                              {QStringLiteral("ServicePackageActivationId"), QString()},
                                              {QStringLiteral("HostType"), QStringLiteral("ExeHost")},
                                              {QStringLiteral("HostIsolationMode"), QStringLiteral("None")},
                                              {QStringLiteral("Status"), QStringLiteral("Active")},
                                              {QStringLiteral("RunFrequencyInterval"), QStringLiteral("0")},
                                              {QStringLiteral("MainEntryPoint"), entryPoint},
                                              {QStringLiteral("RestartCount"), QString::number(code.restartCount)}}});
}

Reply ServiceFabric::restart(const QString &node, const QString &id, const QByteArray &body)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QString manifest = request.value(QStringLiteral("ServiceManifestName")).toString();
    const QString codePackage = request.value(QStringLiteral("CodePackageName")).toString();
    const QJsonValue instance = request.value(QStringLiteral("CodePackageInstanceId"));
    if (manifest.isEmpty() || codePackage.isEmpty() || !(instance.isString() || instance.isDouble()))
        return fabricError(Status::BadRequest, QStringLiteral("E_INVALIDARG"),
                           QStringLiteral("The body must be {\"ServiceManifestName\": ..., \"CodePackageName\": ..., "
                                          "\"CodePackageInstanceId\": \"0\"}"));
    Application &application = m_applications[id];
    if (manifest != application.manifest || codePackage != QLatin1String("Code"))
        return fabricError(Status::NotFound, QStringLiteral("FABRIC_E_CODE_PACKAGE_NOT_FOUND"),
                           QStringLiteral("No code package %1 in %2 of %3 on %4 (there is Code in %5)")
                               .arg(codePackage, manifest, application.name, node, application.manifest));

    CodePackage &code = application.codePackages[node];
    code.instanceId = m_nextInstance++;
    code.processId = m_nextProcess++;
    ++code.restartCount;
    if (application.deleting) {
        application.restartedNodes.insert(node);
        // The guide: "Once all nodes have been restarted the application should be deleted".
        if (std::all_of(m_nodes.cbegin(), m_nodes.cend(),
                        [&](const QString &each) { return application.restartedNodes.contains(each); })) {
            const QString name = application.name;
            m_applications.remove(id);
            if (onDeleted)
                onDeleted(name);
        }
    }
    return Reply::empty();
}

Reply ServiceFabric::explorer() const
{
    // A stand-in for Service Fabric Explorer's tree, enough for a class to see the state.
    QString rows;
    for (auto it = m_applications.cbegin(); it != m_applications.cend(); ++it)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(htmlEscaped(it->name), htmlEscaped(it->typeName), htmlEscaped(it->typeVersion),
                         it->deleting ? QStringLiteral("Deleting") : QStringLiteral("Ready"));
    return Reply::html(QStringLiteral("<!DOCTYPE html>\n<html><head><title>Service Fabric Explorer (training "
                                      "simulator)</title></head>\n<body><h1>Cluster</h1><h2>Nodes</h2><p>%1</p>\n"
                                      "<h2>Applications</h2>\n<table><tr><th>Name</th><th>Type</th><th>Version</th>"
                                      "<th>Status</th></tr>\n%2</table></body></html>\n")
                           .arg(htmlEscaped(m_nodes.join(QStringLiteral(", "))), rows));
}

QList<FabricApplication> ServiceFabric::applications() const
{
    QList<FabricApplication> list;
    for (auto it = m_applications.cbegin(); it != m_applications.cend(); ++it) {
        QStringList restarted(it->restartedNodes.cbegin(), it->restartedNodes.cend());
        restarted.sort();
        list.append({it.key(), it->name, it->typeName, it->typeVersion,
                     it->deleting ? QStringLiteral("Deleting") : QStringLiteral("Ready"), restarted});
    }
    std::sort(list.begin(), list.end(),
              [](const FabricApplication &a, const FabricApplication &b) { return a.name < b.name; });
    return list;
}

} // namespace uw::sim::detail
