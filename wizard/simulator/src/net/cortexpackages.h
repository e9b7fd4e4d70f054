#pragma once

#include "simserver.h"
#include "wizard/simulator/httpservices.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>

// The Cortex Gateway package API, as the bundled profile defines it (Cortex publishes none):
// the republish procedure of the upgrade guide — unpublish, create a new version, save,
// publish — as HTTP calls, with the order enforced per package.
namespace uw::sim::detail {

class CortexPackages
{
public:
    static constexpr int kPageSize = 20;

    enum class Stage { Published, Unpublished, NewVersion, Saved };

    struct Settings
    {
        QString user;
        QString password;
        QString publishFault; // http.publish: empty, "500" or "timeout"
    };

    CortexPackages(int published, int drafts);

    Outcome handle(const QHttpServerRequest &request, const Settings &settings);

    QList<PackageInfo> infos() const;
    // Where every package stands, so a simulator started again continues where it was.
    QJsonObject state() const;
    void restore(const QJsonObject &state);
    int republished() const;
    int leftToRepublish() const;

    std::function<void(const QString &id, int version)> onRepublished;

private:
    struct Package
    {
        QString id;
        QString name;
        int version = 1;
        int initialVersion = 1;
        bool publishedAtStart = false;
        Stage stage = Stage::Published;
        int republishCount = 0;
        QJsonObject definition; // what the last save sent
    };

    static PackageInfo infoOf(const Package &package);
    Reply list(const QHttpServerRequest &request) const;
    Reply unpublish(Package &package);
    Reply createVersion(Package &package);
    Reply save(Package &package, int version, const QByteArray &body);
    Outcome publish(Package &package, int version, const Settings &settings);

    QMap<QString, Package> m_packages; // by id: the listing order, and what continuation tokens count on
};

} // namespace uw::sim::detail
