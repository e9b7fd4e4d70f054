#pragma once

#include <QString>

namespace uw::sim {

// One of the training simulator's HTTP services, where it listens.
struct Endpoint
{
    QString name; // one of HttpServices::serviceNames(), e.g. "anm"
    QString url; // e.g. "https://127.0.0.1:41234"
};

} // namespace uw::sim
