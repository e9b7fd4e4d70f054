#pragma once

#include "pages/widgets/topology.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsItem;
class QGraphicsScene;

namespace uw {
class Plan;
}

namespace uw::pages {

// A drawing of the playbook's topology: a tier of boxes for each nodes parameter (name, host,
// role), the members of another parameter (Axway's API Gateway instances) inside their
// node's box, outlined by group in one colour per group with a legend, and a star on the node
// that goes first. It fits itself to its size (within readable limits), takes keyboard focus
// (+, - and 0 zoom; the arrows scroll), and describes the topology in words to screen readers.
class TopologyView : public QGraphicsView
{
    Q_OBJECT
public:
    // What a drawn item shows, in QGraphicsItem::data(KindKey); its node, member or group
    // name is in data(NameKey). Tests and accessibility tools read the picture back with these.
    enum ItemKind { NodeBox = 1, MemberBox, GroupOutline, FirstMarker, TierLabel, LegendEntry };
    Q_ENUM(ItemKind)
    static constexpr int KindKey = 0;
    static constexpr int NameKey = 1;

    explicit TopologyView(QWidget *parent = nullptr);

    // The nodes values of the plan's parameters; null clears the picture. The plan is read
    // at once and not kept.
    void setPlan(const uw::Plan *plan);
    // Explicit values, before any plan exists (the parameters form).
    void setTopology(const uw::Playbook &playbook, const uw::ParameterValues &values);
    void setTopology(const Topology &topology);
    const Topology &topology() const { return m_topology; }

    QList<QGraphicsItem *> itemsOfKind(ItemKind kind) const;
    QColor groupColor(const QString &group) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToView();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyScale();
    bool isDark() const;

    Topology m_topology;
    QGraphicsScene *m_scene = nullptr;
    qreal m_zoom = 1.0; // the user's zoom on top of the fitted scale
};

} // namespace uw::pages
