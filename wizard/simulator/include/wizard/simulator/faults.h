#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "wizard/support/text.h"

#include "wizard/support/text.h"

#include <expected>

// Faults to practise on: the training simulator's services and tools misbehave on purpose,
// the way real gateways do, when a fault is switched on by name (--fault NAME=MODE).
namespace uw::sim {

struct FaultInfo
{
    QString name; // e.g. "sysupgrade.export"
    QStringList modes; // e.g. {"inconsistent-group"}; {"MS"} means a number of milliseconds
    Text mimics; // what it reproduces, in words (english() for --list-faults, translated() on the welcome page)
};

// Every fault the simulator knows, for --list-faults and validation.
const QList<FaultInfo> &knownFaults();

class Faults
{
public:
    // Parses NAME=MODE items; an unknown name or mode is an error naming it and the choices.
    static std::expected<Faults, QString> parse(const QStringList &items);

    bool isOn(const QString &name) const { return m_modes.contains(name); }
    QString mode(const QString &name) const { return m_modes.value(name); }
    int latencyMs() const; // net.latency, 0 when off
    bool isEmpty() const { return m_modes.isEmpty(); }
    QStringList items() const; // NAME=MODE, sorted

    // The simulated tools are separate processes: they read the faults from a file in the
    // simulator's root, written when the simulator starts.
    QJsonObject toJson() const;
    static Faults fromJson(const QJsonObject &json);
    static constexpr char kFileName[] = "faults.json";

private:
    QMap<QString, QString> m_modes;
};

} // namespace uw::sim
