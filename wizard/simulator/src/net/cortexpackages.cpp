#include "cortexpackages.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace uw::sim::detail {

namespace {

QString stageName(CortexPackages::Stage stage)
{
    switch (stage) {
    case CortexPackages::Stage::Published:
        return QStringLiteral("published");
    case CortexPackages::Stage::Unpublished:
        return QStringLiteral("unpublished");
    case CortexPackages::Stage::NewVersion:
        return QStringLiteral("new-version");
    case CortexPackages::Stage::Saved:
        return QStringLiteral("saved");
    }
    return {};
}

Reply error(Status status, const QString &message)
{
    return Reply::json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

// Opaque to clients, and keyed on the last id listed rather than an offset: a client that
// unpublishes the packages of one page before asking for the next one must not skip any.
QString tokenAfter(const QString &id)
{
    return QString::fromLatin1(id.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> idFromToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(decoded.decoded);
}

} // namespace

QJsonObject CortexPackages::state() const
{
    QJsonObject state;
    for (const Package &package : m_packages)
        state.insert(package.id,
                     QJsonObject{{QStringLiteral("version"), package.version},
                                 {QStringLiteral("stage"), int(package.stage)},
                                 {QStringLiteral("republished"), package.republishCount},
                                 {QStringLiteral("definition"), package.definition}});
    return state;
}

void CortexPackages::restore(const QJsonObject &state)
{
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (!m_packages.contains(it.key()))
            continue;
        Package &package = m_packages[it.key()];
        const QJsonObject saved = it.value().toObject();
        package.version = saved.value(QLatin1String("version")).toInt(package.version);
        const int stage = saved.value(QLatin1String("stage")).toInt(int(package.stage));
        if (stage >= int(Stage::Published) && stage <= int(Stage::Saved))
            package.stage = Stage(stage);
        package.republishCount = saved.value(QLatin1String("republished")).toInt();
        package.definition = saved.value(QLatin1String("definition")).toObject();
    }
}

CortexPackages::CortexPackages(int published, int drafts)
{
    // Names a class recognises as business processes; ids are stable UUIDs, as Cortex's are, so a
    // trainer's notes stay valid from one run to the next.
    static const char *const domains[]
        = {"Claims",           "Billing",          "Customer Onboarding", "Payroll",           "Inventory",
           "Order Fulfilment", "Fraud Screening",  "Document Archiving",  "Supplier Invoices", "Policy Renewals",
           "Credit Checks",    "Shipment Tracking"};
    static const char *const flows[] = {"Intake", "Approval", "Notifications", "Reconciliation", "Escalation"};
    constexpr int domainCount = int(std::size(domains));
    constexpr int flowCount = int(std::size(flows));
    const QUuid space = QUuid::fromString(QLatin1String("{6f1c5f0e-4b53-4e4c-9d0b-7a1c2e3f4a5b}"));
    const int total = qMax(0, published) + qMax(0, drafts);
    for (int i = 0; i < total; ++i) {
        Package package;
        package.id
            = QUuid::createUuidV5(space, QStringLiteral("cortex-package-%1").arg(i)).toString(QUuid::WithoutBraces);
        package.name = QStringLiteral("%1 %2").arg(QLatin1String(domains[i % domainCount]),
                                                   QLatin1String(flows[(i / domainCount) % flowCount]));
        if (i >= domainCount * flowCount)
            package.name += QStringLiteral(" %1").arg(i / (domainCount * flowCount) + 1);
        package.version = package.initialVersion = 1 + (i * 7) % 5;
        package.publishedAtStart = i < published;
        package.stage = package.publishedAtStart ? Stage::Published : Stage::Unpublished;
        m_packages.insert(package.id, package);
    }
}

Outcome CortexPackages::handle(const QHttpServerRequest &request, const Settings &settings)
{
    const QStringList path = pathSegments(request);
    if (path.size() < 2 || path[0] != QLatin1String("api") || path[1] != QLatin1String("packages"))
        return error(Status::NotFound, QStringLiteral("No such resource: %1").arg(request.url().path()));
    if (auto denied = requireBasic(request, settings.user, settings.password, QStringLiteral("Cortex Gateway")))
        return *denied;

    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    const auto notAllowed = [&] {
        return error(Status::MethodNotAllowed,
                     QStringLiteral("%1 is not allowed on %2").arg(methodName(request), request.url().path()));
    };
    if (path.size() == 2)
        return method == Method::Get ? list(request) : notAllowed();

    const auto it = m_packages.find(path[2]);
    if (it == m_packages.end())
        return error(Status::NotFound, QStringLiteral("No package with id '%1'").arg(path[2]));
    Package &package = *it;

    if (path.size() == 3) {
        if (method != Method::Get)
            return notAllowed();
        const PackageInfo info = infoOf(package);
        return Reply::json(QJsonObject{{QStringLiteral("id"), info.id},
                                       {QStringLiteral("name"), info.name},
                                       {QStringLiteral("version"), info.version},
                                       {QStringLiteral("published"), info.published},
                                       {QStringLiteral("stage"), info.stage}});
    }
    if (path.size() == 4 && path[3] == QLatin1String("unpublish"))
        return method == Method::Post ? unpublish(package) : notAllowed();
    if (path[3] != QLatin1String("versions") || path.size() > 6)
        return error(Status::NotFound, QStringLiteral("No such resource: %1").arg(request.url().path()));
    if (path.size() == 4)
        return method == Method::Post ? createVersion(package) : notAllowed();

    bool isNumber = false;
    const int version = path[4].toInt(&isNumber);
    if (!isNumber || version < 1)
        return error(Status::NotFound, QStringLiteral("No version '%1' of package '%2'").arg(path[4], package.name));
    if (path.size() == 5)
        return method == Method::Put ? save(package, version, request.body()) : notAllowed();
    if (path[5] != QLatin1String("publish"))
        return error(Status::NotFound, QStringLiteral("No such resource: %1").arg(request.url().path()));
    return method == Method::Post ? publish(package, version, settings) : Outcome(notAllowed());
}

Reply CortexPackages::list(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    std::optional<bool> published;
    if (query.hasQueryItem(QStringLiteral("published"))) {
        const QString value = query.queryItemValue(QStringLiteral("published"));
        if (value != QLatin1String("true") && value != QLatin1String("false"))
            return error(Status::BadRequest, QStringLiteral("published must be true or false, not '%1'").arg(value));
        published = value == QLatin1String("true");
    }
    auto it = m_packages.cbegin();
    const QString token = query.queryItemValue(QStringLiteral("continuationToken"), QUrl::FullyDecoded);
    if (!token.isEmpty()) {
        const auto after = idFromToken(token);
        if (!after)
            return error(Status::BadRequest, QStringLiteral("Invalid continuationToken '%1'").arg(token));
        it = m_packages.upperBound(*after);
    }

    QJsonArray items;
    QString lastId;
    bool more = false;
    for (; it != m_packages.cend(); ++it) {
        const bool isPublished = it->stage == Stage::Published;
        if (published && *published != isPublished)
            continue;
        if (items.size() == kPageSize) {
            more = true;
            break;
        }
        items.append(QJsonObject{{QStringLiteral("id"), it->id},
                                 {QStringLiteral("name"), it->name},
                                 {QStringLiteral("version"), it->version},
                                 {QStringLiteral("published"), isPublished}});
        lastId = it->id;
    }
    return Reply::json(QJsonObject{
        {QStringLiteral("items"), items},
        {QStringLiteral("continuationToken"), more ? QJsonValue(tokenAfter(lastId)) : QJsonValue(QJsonValue::Null)}});
}

namespace {

// A 409 that says what is wrong and which call comes next, so that an administrator adapting
// the playbook's HTTP calls sees the order the procedure needs.
Reply conflict(const QString &id, const QString &name, CortexPackages::Stage stage, int version, const QString &message)
{
    QString next;
    switch (stage) {
    case CortexPackages::Stage::Published:
        next = QStringLiteral("POST /api/packages/%1/unpublish").arg(id);
        break;
    case CortexPackages::Stage::Unpublished:
        next = QStringLiteral("POST /api/packages/%1/versions").arg(id);
        break;
    case CortexPackages::Stage::NewVersion:
        next = QStringLiteral("PUT /api/packages/%1/versions/%2").arg(id).arg(version);
        break;
    case CortexPackages::Stage::Saved:
        next = QStringLiteral("POST /api/packages/%1/versions/%2/publish").arg(id).arg(version);
        break;
    }
    return Reply::json(QJsonObject{{QStringLiteral("error"), message},
                                   {QStringLiteral("id"), id},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("stage"), stageName(stage)},
                                   {QStringLiteral("version"), version},
                                   {QStringLiteral("next"), next}},
                       Status::Conflict);
}

} // namespace

Reply CortexPackages::unpublish(Package &package)
{
    if (package.stage != Stage::Published)
        return conflict(package.id, package.name, package.stage, package.version,
                        QStringLiteral("Package '%1' is not published, so it cannot be unpublished").arg(package.name));
    package.stage = Stage::Unpublished;
    return Reply::json(QJsonObject{{QStringLiteral("id"), package.id},
                                   {QStringLiteral("name"), package.name},
                                   {QStringLiteral("version"), package.version},
                                   {QStringLiteral("published"), false}});
}

Reply CortexPackages::createVersion(Package &package)
{
    if (package.stage == Stage::Published)
        return conflict(
            package.id, package.name, package.stage, package.version,
            QStringLiteral("Package '%1' is published: unpublish it before creating a new version").arg(package.name));
    if (package.stage != Stage::Unpublished)
        return conflict(package.id, package.name, package.stage, package.version,
                        QStringLiteral("Package '%1' already has a new version (%2): save and publish it")
                            .arg(package.name)
                            .arg(package.version));
    ++package.version;
    package.stage = Stage::NewVersion;
    // The new version's definition, as the Definition tab shows it before Save: the bundled
    // profile saves it back whole (Cortex has no public package API; this shape is the project's).
    const QJsonObject definition{{QStringLiteral("id"), package.id},
                                 {QStringLiteral("name"), package.name},
                                 {QStringLiteral("version"), package.version},
                                 {QStringLiteral("description"), QStringLiteral("%1 flows").arg(package.name)},
                                 {QStringLiteral("published"), false}};
    return Reply::json(QJsonObject{{QStringLiteral("id"), package.id},
                                   {QStringLiteral("version"), package.version},
                                   {QStringLiteral("definition"), definition}});
}

Reply CortexPackages::save(Package &package, int version, const QByteArray &body)
{
    if (package.stage != Stage::NewVersion && package.stage != Stage::Saved)
        return conflict(package.id, package.name, package.stage, package.version,
                        QStringLiteral("Package '%1' has no new version to save: create one first").arg(package.name));
    if (version != package.version)
        return conflict(package.id, package.name, package.stage, package.version,
                        QStringLiteral("Version %1 of package '%2' is not the one being edited (%3)")
                            .arg(version)
                            .arg(package.name)
                            .arg(package.version));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(Status::BadRequest,
                     QStringLiteral("The body must be the package definition as a JSON object (%1)")
                         .arg(body.isEmpty() ? QStringLiteral("the body is empty") : parseError.errorString()));
    package.definition = document.object();
    package.stage = Stage::Saved;
    return Reply::json(QJsonObject{{QStringLiteral("id"), package.id},
                                   {QStringLiteral("version"), package.version},
                                   {QStringLiteral("saved"), true}});
}

Outcome CortexPackages::publish(Package &package, int version, const Settings &settings)
{
    // The fault strikes before any check: a broken web.config or dead Application Services fail
    // every publication alike. The package stays saved, so a retry once it is fixed succeeds.
    if (settings.publishFault == QLatin1String("timeout"))
        return Hold{};
    if (settings.publishFault == QLatin1String("500"))
        return error(Status::InternalServerError,
                     QStringLiteral("Publishing package '%1' failed: the Application Services did not accept the "
                                    "request. Check the configuration in the web.config file for Cortex Gateway, "
                                    "and that the Application Services are healthy.")
                         .arg(package.name));
    if (package.stage != Stage::Saved)
        return conflict(package.id, package.name, package.stage, package.version,
                        package.stage == Stage::Published
                            ? QStringLiteral("Package '%1' is already published").arg(package.name)
                            : package.stage == Stage::NewVersion
                            ? QStringLiteral("Version %1 of package '%2' is not saved: save it before publishing")
                                  .arg(package.version)
                                  .arg(package.name)
                            : QStringLiteral("Package '%1' has no saved new version to publish: create and save "
                                             "one first")
                                  .arg(package.name));
    if (version != package.version)
        return conflict(package.id, package.name, package.stage, package.version,
                        QStringLiteral("Version %1 of package '%2' is not the one being edited (%3)")
                            .arg(version)
                            .arg(package.name)
                            .arg(package.version));
    package.stage = Stage::Published;
    ++package.republishCount;
    if (onRepublished)
        onRepublished(package.id, package.version);
    return Reply::json(QJsonObject{{QStringLiteral("id"), package.id},
                                   {QStringLiteral("name"), package.name},
                                   {QStringLiteral("version"), package.version},
                                   {QStringLiteral("published"), true}});
}

PackageInfo CortexPackages::infoOf(const Package &package)
{
    return {package.id,
            package.name,
            package.version,
            package.initialVersion,
            package.stage == Stage::Published,
            stageName(package.stage),
            package.republishCount};
}

QList<PackageInfo> CortexPackages::infos() const
{
    QList<PackageInfo> list;
    list.reserve(m_packages.size());
    for (const Package &package : m_packages)
        list.append(infoOf(package));
    return list;
}

int CortexPackages::republished() const
{
    return int(std::count_if(m_packages.cbegin(), m_packages.cend(), [](const Package &package) {
        return package.republishCount > 0 && package.stage == Stage::Published;
    }));
}

int CortexPackages::leftToRepublish() const
{
    return int(std::count_if(m_packages.cbegin(), m_packages.cend(), [](const Package &package) {
        return package.publishedAtStart && !(package.republishCount > 0 && package.stage == Stage::Published);
    }));
}

} // namespace uw::sim::detail
