#pragma once

// The specs of the network kinds, "tcp-port" and "http": read here, in the checks part, when a
// playbook is loaded and again when the check runs; run by the on-demand library
// (src/net/check_network.cpp, wizard/support/ondemand.h).

#include "check_support.h"
#include "wizard/support/jsonpath.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <optional>

namespace uw::checks::detail {

struct TcpPortSpec
{
    QString host;
    quint16 port = 0;
    bool expectOpen = true;
};

TcpPortSpec parseTcpPort(SpecReader &reader);

struct HttpSpec
{
    QUrl url;
    bool head = false;
    int expectStatus = 200;
    QString jsonPathText;
    QList<jsonpath::JsonStep> jsonPath;
    std::optional<QJsonValue> equals;
    std::optional<QRegularExpression> matches;
    QString authType;
    QString username;
    QString password;
    QString token;
    bool insecure = false;
    bool allowPlainHttpAuth = false; // basic or bearer credentials over plain http://
    QByteArray pin; // SHA-256 of the leaf certificate, raw bytes
    QList<QByteArray> trusted; // raw SHA-256 digests the operator trusted for this session
};

HttpSpec parseHttp(SpecReader &reader);

// The runs, which the on-demand library registers as it is loaded.
struct NetworkRuns
{
    Result (*tcpPort)(SpecReader &reader, const RunContext &context) = nullptr;
    Result (*http)(SpecReader &reader, const RunContext &context) = nullptr;
};
NetworkRuns &networkRuns();

} // namespace uw::checks::detail
