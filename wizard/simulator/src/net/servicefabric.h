#pragma once

#include "simserver.h"
#include "wizard/simulator/httpservices.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

// The part of the Service Fabric REST API the upgrade guide uses on the Cortex cluster: list
// the execution applications, delete the old ones, and restart their code packages node by node
// when a deletion hangs.
namespace uw::sim::detail {

class ServiceFabric
{
public:
    static constexpr int kPageSize = 2; // small, so that a client which ignores paging misses applications
    static constexpr char kExecutionType[] = "Cortex.Innovation.Execution";

    ServiceFabric(QStringList nodes, const QStringList &engineVersions);

    // deleteHangs: sf.delete=hang is on.
    Outcome handle(const QHttpServerRequest &request, bool deleteHangs);

    QList<FabricApplication> applications() const;

    std::function<void(const QString &name)> onDeleted;

private:
    struct CodePackage
    {
        qint64 instanceId = 0;
        qint64 processId = 0;
        int restartCount = 0;
    };
    struct Application
    {
        QString name;
        QString typeName;
        QString typeVersion;
        QString manifest; // the service manifest holding the code package "Code"
        bool deleting = false;
        QSet<QString> restartedNodes; // while deleting
        QMap<QString, CodePackage> codePackages; // by node
    };

    static QString idOf(const QString &name);
    void add(const QString &name, const QString &typeName, const QString &typeVersion, const QString &manifest);
    QJsonObject infoJson(const QString &id, const Application &application) const;
    Reply list(const QHttpServerRequest &request) const;
    Reply remove(const QString &id, bool deleteHangs);
    Reply codePackages(const QString &node, const QString &id) const;
    Reply restart(const QString &node, const QString &id, const QByteArray &body);
    Reply explorer() const;

    QStringList m_nodes;
    QMap<QString, Application> m_applications; // by id
    qint64 m_nextInstance = 133000000000000000; // FILETIME-like, as Service Fabric's instance ids are
    qint64 m_nextProcess = 4100;
};

} // namespace uw::sim::detail
