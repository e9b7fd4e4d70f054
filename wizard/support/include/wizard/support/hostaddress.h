#pragma once

#include <QStringView>

namespace uw {

// Whether `text` is an IP address as administrators write one: IPv4 in four decimal parts
// ("10.0.0.7"), or IPv6 in any of its text forms ("fe80::1", "::ffff:10.0.0.7"), optionally with
// a zone ("fe80::1%eth0"). Validating a host must not need QtNetwork, which the program loads
// only when it first opens a socket (wizard/support/ondemand.h).
[[nodiscard]] bool isIpAddress(QStringView text);
[[nodiscard]] bool isIpv4Address(QStringView text);
[[nodiscard]] bool isIpv6Address(QStringView text);

} // namespace uw
