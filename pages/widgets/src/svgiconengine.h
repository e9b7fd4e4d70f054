#pragma once

#include <QIconEngine>
#include <QString>

#include <optional>

class QSvgRenderer;

namespace uw::pages {

// Renders one SVG file for QIcon with QSvgRenderer. Qt's own SVG icon engine is a plugin that
// a deployment can lack (Debian packages it separately); this one is linked in, so the icons
// never silently come out empty.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &fileName);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    // Draws the SVG itself, keeping its aspect ratio inside rect.
    void render(QPainter *painter, const QRect &rect, QIcon::Mode mode) const;

    QString m_fileName;
    std::optional<bool> m_valid; // parsed once, when first asked
};

} // namespace uw::pages
