#include "svgiconengine.h"

#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace uw::pages {

SvgIconEngine::SvgIconEngine(const QString &fileName)
    : m_fileName(fileName)
{ }

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    // From the pixmap cache: views paint icons on every repaint, and parsing the SVG each
    // time would be the most expensive part of it.
    const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

void SvgIconEngine::render(QPainter *painter, const QRect &rect, QIcon::Mode mode) const
{
    QSvgRenderer renderer(m_fileName);
    if (!renderer.isValid())
        return;
    // Keep the drawing's aspect ratio inside rect, centred.
    QSizeF size = renderer.defaultSize();
    size.scale(rect.size(), Qt::KeepAspectRatio);
    const QRectF target(rect.x() + (rect.width() - size.width()) / 2.0,
                        rect.y() + (rect.height() - size.height()) / 2.0, size.width(), size.height());
    painter->save();
    // A disabled icon is faded, not recoloured: the shapes still tell the states apart.
    if (mode == QIcon::Disabled)
        painter->setOpacity(painter->opacity() * 0.4);
    renderer.render(painter, target);
    painter->restore();
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    const QSize device = (QSizeF(size) * scale).toSize();
    if (device.isEmpty())
        return {};
    const QString cacheKey = QStringLiteral("uw-svg:%1:%2x%3:%4:%5")
                                 .arg(m_fileName)
                                 .arg(device.width())
                                 .arg(device.height())
                                 .arg(int(mode))
                                 .arg(int(state));
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        pixmap = QPixmap(device);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            render(&painter, QRect(QPoint(0, 0), device), mode);
        }
        QPixmapCache::insert(cacheKey, pixmap);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    return size;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_fileName);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("uw-svg");
}

bool SvgIconEngine::isNull()
{
    if (!m_valid)
        m_valid = QSvgRenderer(m_fileName).isValid();
    return !*m_valid;
}

} // namespace uw::pages
