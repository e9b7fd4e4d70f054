#include "pages/widgets/stepgrid.h"

#include "pages/widgets/stepgridmodel.h"

#include "wizard/run/engine.h"

#include <QEvent>
#include <QHeaderView>

namespace uw::pages {

StepGrid::StepGrid(QWidget *parent)
    : QTableView(parent)
    , m_model(new StepGridModel(this))
{
    setObjectName(QStringLiteral("stepGrid"));
    setAccessibleName(tr("Steps on each node"));
    setAccessibleDescription(tr("One row per node and one column per step that runs on every node; each cell "
                                "shows the step's state."));
    setModel(m_model);
    m_model->setPalette(palette());
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(false); // Tab leaves the grid; the arrows move within it
    setWordWrap(false);
    setIconSize(QSize(16, 16));
    // Item titles are sentences: the header elides them and the tooltip gives them whole.
    horizontalHeader()->setDefaultSectionSize(120);
    horizontalHeader()->setMinimumSectionSize(40);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

StepGrid::~StepGrid() = default;

void StepGrid::setPlan(const Plan *plan)
{
    m_planFromEngine = false;
    m_model->setPlan(plan);
    if (m_engine)
        m_model->setStates(m_engine->states());
}

void StepGrid::setEngine(const Engine *engine)
{
    disconnect(m_started);
    disconnect(m_finished);
    disconnect(m_destroyed);
    m_engine = engine;
    if (!engine)
        return;
    if (m_model->plan() != &engine->plan())
        m_model->setPlan(&engine->plan());
    m_planFromEngine = true;
    m_destroyed = connect(engine, &QObject::destroyed, this, [this] {
        if (m_planFromEngine)
            m_model->setPlan(nullptr);
        m_planFromEngine = false;
        m_engine = nullptr; // gone: setPlan() must not ask it for states
    });
    m_started = connect(engine, &Engine::stepStarted, this, &StepGrid::refreshFromEngine);
    m_finished = connect(engine, &Engine::stepFinished, this, &StepGrid::refreshFromEngine);
    refreshFromEngine();
}

void StepGrid::setStates(const StepStates &states)
{
    m_model->setStates(states);
}

void StepGrid::refreshFromEngine()
{
    if (m_engine)
        m_model->setStates(m_engine->states());
}

void StepGrid::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
}

} // namespace uw::pages
