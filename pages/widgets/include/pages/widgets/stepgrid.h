#pragma once

#include "wizard/run/stepstate.h"

#include <QMetaObject>
#include <QPointer>
#include <QTableView>

namespace uw {
class Engine;
class Plan;
} // namespace uw

namespace uw::pages {

class StepGridModel;

// Nodes × foreach items during the run (StepGridModel): each cell shows its step's state by
// colour and icon, so the order across nodes (the first node, then the others in turn) shows
// at a glance. It follows an Engine's stepStarted/stepFinished, or takes states directly.
class StepGrid : public QTableView
{
    Q_OBJECT
public:
    explicit StepGrid(QWidget *parent = nullptr);
    ~StepGrid() override;

    // The plan must outlive the grid or be replaced first; null empties the grid.
    void setPlan(const uw::Plan *plan);
    // Follows the engine's states from now on and shows the engine's plan; null stops
    // following and keeps the states last shown. When the engine is destroyed the grid empties,
    // since its plan goes with it.
    void setEngine(const uw::Engine *engine);
    void setStates(const uw::StepStates &states);

    StepGridModel *gridModel() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshFromEngine();

    StepGridModel *m_model = nullptr;
    QPointer<const uw::Engine> m_engine;
    QMetaObject::Connection m_started, m_finished, m_destroyed;
    bool m_planFromEngine = false; // the model shows the engine's own plan
};

} // namespace uw::pages
