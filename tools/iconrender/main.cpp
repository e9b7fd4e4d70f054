// uw-icon-render --svg FILE --name NAME --out DIR [--ico FILE] SIZE...
// Writes DIR/<SIZE>x<SIZE>/apps/NAME.png for every SIZE and, with --ico, one .ico holding them
// all (PNG-compressed entries, which Windows reads since Vista).

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <algorithm>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "uw-icon-render: %s\n", qPrintable(message));
    return 1;
}

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template<typename T>
void put(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

// ICONDIR, one ICONDIRENTRY per image, then the PNG data.
QByteArray ico(const QList<QByteArray> &pngs, const QList<int> &sizes)
{
    QByteArray out;
    put<quint16>(out, 0);
    put<quint16>(out, 1);
    put<quint16>(out, quint16(pngs.size()));
    quint32 offset = quint32(6 + 16 * pngs.size());
    for (qsizetype i = 0; i < pngs.size(); ++i) {
        const int size = sizes.at(i);
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        put<quint16>(out, 1); // planes
        put<quint16>(out, 32); // bits per pixel
        put<quint32>(out, quint32(pngs.at(i).size()));
        put<quint32>(out, offset);
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &data : pngs)
        out.append(data);
    return out;
}

bool save(const QString &path, const QByteArray &data, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create the folder of %1").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    // A build machine may have no display; rendering needs none.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QGuiApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("svg"), QStringLiteral("The icon."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("The PNG files' name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The hicolor folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("ico"), QStringLiteral("Also write this .ico."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("SIZE"), QStringLiteral("Sizes in pixels."));
    parser.process(application);

    const QString svgPath = parser.value(QStringLiteral("svg"));
    const QString name = parser.value(QStringLiteral("name"));
    const QString out = parser.value(QStringLiteral("out"));
    if (svgPath.isEmpty() || name.isEmpty() || out.isEmpty() || parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("usage: uw-icon-render --svg FILE --name NAME --out DIR [--ico FILE] SIZE..."));
    QSvgRenderer svg(svgPath);
    if (!svg.isValid())
        return fail(QStringLiteral("%1 is not a readable SVG file").arg(svgPath));

    QList<int> sizes;
    QList<QByteArray> pngs;
    for (const QString &argument : parser.positionalArguments()) {
        bool ok = false;
        const int size = argument.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return fail(QStringLiteral("'%1' is not a size in pixels (1 to 1024)").arg(argument));
        sizes << size;
        pngs << png(render(svg, size));
        QString error;
        if (!save(QStringLiteral("%1/%2x%2/apps/%3.png").arg(out).arg(size).arg(name), pngs.last(), &error))
            return fail(error);
    }
    if (parser.isSet(QStringLiteral("ico"))) {
        // An .ico entry's size is one byte (0 meaning 256): nothing larger fits.
        if (std::ranges::any_of(sizes, [](int size) { return size > 256; }))
            return fail(QStringLiteral("--ico takes sizes up to 256 pixels"));
        QString error;
        if (!save(parser.value(QStringLiteral("ico")), ico(pngs, sizes), &error))
            return fail(error);
    }
    return 0;
}
