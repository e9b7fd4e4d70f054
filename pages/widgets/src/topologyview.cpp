#include "pages/widgets/topologyview.h"

#include "wizard/playbook/plan.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QPainterPath>
#include <QPen>
#include <QtMath>

#include <algorithm>

namespace uw::pages {

namespace {

constexpr qreal kMargin = 16;
constexpr qreal kPadding = 10;
constexpr qreal kGap = 24; // between node boxes and between tiers
constexpr qreal kMemberGap = 6;
constexpr qreal kMinScale = 0.6; // below this the text is no longer readable: scroll instead
constexpr qreal kMaxScale = 1.5; // a lone node should not fill a big window

QPolygonF star(QPointF centre, qreal outer)
{
    QPolygonF polygon;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 == 0 ? outer : outer * 0.45;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        polygon << centre + QPointF(radius * qCos(angle), radius * qSin(angle));
    }
    return polygon;
}

void tag(QGraphicsItem *item, TopologyView::ItemKind kind, const QString &name)
{
    item->setData(TopologyView::KindKey, int(kind));
    item->setData(TopologyView::NameKey, name);
}

} // namespace

TopologyView::TopologyView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("topologyView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAlignment(Qt::AlignCenter);
    setAccessibleName(tr("Topology"));
    setToolTip(tr("The nodes of this upgrade. Press + or - to zoom, 0 to fit."));
    rebuild();
}

void TopologyView::setPlan(const Plan *plan)
{
    setTopology(plan ? Topology::fromPlan(*plan) : Topology());
}

void TopologyView::setTopology(const Playbook &playbook, const ParameterValues &values)
{
    setTopology(Topology::build(playbook, values));
}

void TopologyView::setTopology(const Topology &topology)
{
    m_topology = topology;
    m_zoom = 1.0;
    rebuild();
}

QList<QGraphicsItem *> TopologyView::itemsOfKind(ItemKind kind) const
{
    QList<QGraphicsItem *> found;
    const QList<QGraphicsItem *> all = m_scene->items(Qt::AscendingOrder);
    for (QGraphicsItem *item : all)
        if (item->data(KindKey).toInt() == int(kind))
            found << item;
    return found;
}

bool TopologyView::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

QColor TopologyView::groupColor(const QString &group) const
{
    // Hues far apart on the wheel, in an order where neighbours differ most; lighter on a
    // dark palette so outlines and labels keep their contrast there.
    static constexpr int hues[] = {210, 30, 130, 280, 0, 175, 50, 320};
    const qsizetype index = m_topology.groups.indexOf(group);
    if (index < 0)
        return palette().color(QPalette::Mid);
    const int hue = hues[index % std::size(hues)];
    return QColor::fromHsl(hue, 170, isDark() ? 165 : 95);
}

void TopologyView::rebuild()
{
    m_scene->clear();
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    const QColor border = palette().color(isDark() ? QPalette::Light : QPalette::Dark);
    setBackgroundBrush(palette().color(QPalette::Window));

    QFont plain = font();
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF plainMetrics(plain), boldMetrics(bold), smallMetrics(small);
    const qreal line = plainMetrics.lineSpacing();

    const auto addText
        = [&](const QString &string, const QFont &font, QColor colour, QPointF at, QGraphicsItem *parent) {
              auto *item = new QGraphicsSimpleTextItem(string, parent);
              if (!parent)
                  m_scene->addItem(item);
              item->setFont(font);
              item->setBrush(colour);
              item->setPos(at);
              return item;
          };

    if (m_topology.isEmpty()) {
        addText(tr("No nodes are given yet."), plain, text, {0, 0}, nullptr);
        setAccessibleDescription(m_topology.summary());
        applyScale();
        return;
    }

    // Groups, plus the members without one, in bands at the same height in every node box, so
    // a group reads across the row.
    QStringList bands = m_topology.groups;
    const bool ungrouped = std::any_of(m_topology.members.cbegin(), m_topology.members.cend(),
                                       [](const Topology::Member &member) { return member.group.isEmpty(); });
    if (ungrouped)
        bands << QString();

    const qreal memberHeight = line + 2 * 5;
    qreal y = kMargin;
    bool anyFirst = false;
    for (const Topology::Tier &tier : std::as_const(m_topology.tiers)) {
        auto *label = addText(tier.label, bold, text, {kMargin, y}, nullptr);
        tag(label, TierLabel, tier.parameter);
        y += boldMetrics.lineSpacing() + 6;

        // One width for the whole tier, wide enough for its longest line.
        qreal width = 160;
        QHash<QString, int> perBand; // the most members of a band on one node of this tier
        for (const Topology::Node &node : tier.nodes) {
            width = std::max({width, boldMetrics.horizontalAdvance(node.name) + 2 * kPadding + 24,
                              plainMetrics.horizontalAdvance(node.host) + 2 * kPadding,
                              smallMetrics.horizontalAdvance(node.roleLabel) + 2 * kPadding});
            QHash<QString, int> counts;
            const QList<Topology::Member> members = m_topology.membersOf(node.name);
            for (const Topology::Member &member : members) {
                ++counts[member.group];
                width = std::max(width, plainMetrics.horizontalAdvance(member.name) + 4 * kPadding);
            }
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                perBand[it.key()] = std::max(perBand.value(it.key()), it.value());
        }
        const qreal headerHeight = boldMetrics.lineSpacing() + line + smallMetrics.lineSpacing() + 2 * kPadding;
        const qreal bandLabel = smallMetrics.lineSpacing();
        qreal bandsHeight = 0;
        for (const QString &band : std::as_const(bands))
            if (perBand.value(band) > 0)
                bandsHeight += bandLabel + perBand.value(band) * (memberHeight + kMemberGap) + kPadding + kMemberGap;
        const qreal boxHeight = headerHeight + bandsHeight;

        qreal x = kMargin;
        for (const Topology::Node &node : tier.nodes) {
            auto *box = m_scene->addRect(QRectF(x, y, width, boxHeight), QPen(border, 1.5), base);
            tag(box, NodeBox, node.name);
            box->setToolTip(tr("%1\nHost: %2\nRole: %3").arg(node.name, node.host, node.roleLabel));
            qreal ty = y + kPadding;
            addText(node.name, bold, text, {x + kPadding, ty}, box);
            ty += boldMetrics.lineSpacing();
            addText(node.host, plain, text, {x + kPadding, ty}, box);
            ty += line;
            addText(node.roleLabel, small, text, {x + kPadding, ty}, box);

            if (node.first) {
                anyFirst = true;
                const QPointF centre(x + width - kPadding - 8, y + kPadding + 8);
                auto *marker
                    = m_scene->addPolygon(star(centre, 9), QPen(QColor(0xb0, 0x7a, 0x00), 1), QColor(0xf2, 0xb0, 0x1e));
                marker->setParentItem(box);
                marker->setToolTip(tr("%1 goes first").arg(node.name));
                tag(marker, FirstMarker, node.name);
            }

            const QList<Topology::Member> members = m_topology.membersOf(node.name);
            qreal by = y + headerHeight;
            for (const QString &band : std::as_const(bands)) {
                if (perBand.value(band) == 0)
                    continue;
                QList<Topology::Member> inBand;
                for (const Topology::Member &member : members)
                    if (member.group == band)
                        inBand << member;
                const qreal height = bandLabel + perBand.value(band) * (memberHeight + kMemberGap) + kPadding;
                if (!inBand.isEmpty()) {
                    const QColor colour = band.isEmpty() ? border : groupColor(band);
                    QColor fill = colour;
                    fill.setAlpha(40);
                    QPen pen(colour, 1.5, band.isEmpty() ? Qt::DotLine : Qt::DashLine);
                    auto *outline = m_scene->addRect(QRectF(x + kPadding / 2, by, width - kPadding, height), pen, fill);
                    outline->setParentItem(box);
                    tag(outline, GroupOutline, band);
                    outline->setToolTip(band.isEmpty() ? tr("Not in a group") : tr("Group %1").arg(band));
                    addText(band.isEmpty() ? tr("(no group)") : band, small, colour, {x + kPadding, by + 2}, outline);
                    qreal my = by + bandLabel + kMemberGap;
                    for (const Topology::Member &member : std::as_const(inBand)) {
                        auto *memberBox = m_scene->addRect(
                            QRectF(x + 1.5 * kPadding, my, width - 3 * kPadding, memberHeight), QPen(colour, 1), base);
                        memberBox->setParentItem(outline);
                        tag(memberBox, MemberBox, member.name);
                        memberBox->setToolTip(tr("%1\nGroup: %2\nOn: %3").arg(member.name, member.group, member.node));
                        addText(member.name, plain, text, {x + 2 * kPadding, my + 5}, memberBox);
                        my += memberHeight + kMemberGap;
                    }
                }
                by += height + kMemberGap;
            }
            x += width + kGap;
        }
        y += boxHeight + kGap;
    }

    // The legend: one swatch per group, and the star.
    qreal x = kMargin;
    const auto legendEntry = [&](QGraphicsItem *swatch, const QString &caption, const QString &name) {
        tag(swatch, LegendEntry, name);
        addText(caption, small, text, {x + 20, y}, nullptr);
        x += 20 + smallMetrics.horizontalAdvance(caption) + kGap;
    };
    if (!m_topology.groups.isEmpty()) {
        addText(tr("Groups:"), small, text, {x, y}, nullptr);
        x += smallMetrics.horizontalAdvance(tr("Groups:")) + 8;
        for (const QString &group : std::as_const(m_topology.groups)) {
            const QColor colour = groupColor(group);
            QColor fill = colour;
            fill.setAlpha(40);
            auto *swatch = m_scene->addRect(QRectF(x, y + 1, 14, smallMetrics.height() - 2),
                                            QPen(colour, 1.5, Qt::DashLine), fill);
            legendEntry(swatch, group, group);
        }
    }
    if (anyFirst) {
        auto *swatch = m_scene->addPolygon(star(QPointF(x + 7, y + smallMetrics.height() / 2), 7),
                                           QPen(QColor(0xb0, 0x7a, 0x00), 1), QColor(0xf2, 0xb0, 0x1e));
        legendEntry(swatch, tr("goes first"), QStringLiteral("first"));
    }

    setAccessibleDescription(m_topology.summary());
    applyScale();
}

void TopologyView::applyScale()
{
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-kMargin / 2, -kMargin / 2, kMargin / 2, kMargin / 2);
    m_scene->setSceneRect(bounds);
    // The room without scroll bars: fitting to the viewport as it is would depend on whether a
    // zoom just showed them.
    const QSize room = maximumViewportSize();
    if (bounds.isEmpty() || room.width() <= 0 || room.height() <= 0)
        return;
    const qreal fit = std::min(room.width() / bounds.width(), room.height() / bounds.height());
    const qreal scale = std::clamp(fit, kMinScale, kMaxScale) * m_zoom;
    setTransform(QTransform::fromScale(scale, scale));
}

void TopologyView::zoomIn()
{
    m_zoom = std::min(m_zoom * 1.25, 4.0);
    applyScale();
}

void TopologyView::zoomOut()
{
    m_zoom = std::max(m_zoom / 1.25, 0.25);
    applyScale();
}

void TopologyView::fitToView()
{
    m_zoom = 1.0;
    applyScale();
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    applyScale();
}

void TopologyView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    applyScale();
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToView();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void TopologyView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    // Colours and text sizes come from the palette and font: draw again when they change.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

} // namespace uw::pages
