#pragma once

// Specs and answers written in the tests as raw string literals. moc cannot read those inside
// macro arguments, so they go through text() instead of QStringLiteral.

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>
#include <QtGlobal>

namespace uw::test {

inline QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The JSON object written in `json`; a mistake in it stops the test program, naming it.
inline QJsonObject jsonObject(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad JSON in the test: %s (%s)", qPrintable(error.errorString()), qPrintable(json));
    return document.object();
}

} // namespace uw::test
