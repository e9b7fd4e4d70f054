#pragma once

#include <QWizardPage>

class QLabel;
class QSplitter;

namespace uw {
class Engine;
class Plan;
} // namespace uw

namespace uw::pages {

class StepGrid;
class TopologyView;

// The topology of the upgrade and, during the run, which step stands where on which node: a
// TopologyView above a StepGrid. It informs and blocks nothing, so it is always complete.
class TopologyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TopologyPage(QWidget *parent = nullptr);

    // The plan must outlive the page or be replaced first; null empties both views.
    void setPlan(const uw::Plan *plan);
    // May be null before the run starts; once set, the grid follows the engine's states.
    void setEngine(const uw::Engine *engine);

    TopologyView *topologyView() const { return m_view; }
    StepGrid *stepGrid() const { return m_grid; }

    bool isComplete() const override { return true; }

private:
    void updateHint();

    TopologyView *m_view = nullptr;
    StepGrid *m_grid = nullptr;
    QLabel *m_gridHint = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace uw::pages
