#pragma once

// Reading and writing the small files the tests make and inspect.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace uw::test {

// The file's bytes, or nothing when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The file as UTF-8 text, or nothing when it cannot be read.
inline QString readText(const QString &path)
{
    return QString::fromUtf8(readFile(path));
}

// The file's JSON object, or an empty one when it cannot be read or is not an object.
inline QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

// Writes (or replaces) the file, making its folder first; false when any of it fails.
inline bool writeFile(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace uw::test
