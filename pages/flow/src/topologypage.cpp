#include "pages/flow/topologypage.h"

#include "pages/widgets/stepgrid.h"
#include "pages/widgets/stepgridmodel.h"
#include "pages/widgets/topologyview.h"

#include "wizard/run/engine.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace uw::pages {

TopologyPage::TopologyPage(QWidget *parent)
    : QWizardPage(parent)
    , m_view(new TopologyView(this))
    , m_grid(new StepGrid(this))
    , m_gridHint(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("TopologyPage"));
    setTitle(tr("Topology"));
    setSubTitle(tr("The nodes of this upgrade, and where each step stands on each node."));

    m_gridHint->setObjectName(QStringLiteral("gridHint"));
    m_gridHint->setWordWrap(true);

    auto *gridPane = new QWidget(m_splitter);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_gridHint);
    gridLayout->addWidget(m_grid, 1);

    m_splitter->setObjectName(QStringLiteral("topologySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(gridPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The grid's table asks for all the rows it has; the picture gets its share regardless.
    m_splitter->setSizes({360, 240});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    setTabOrder(m_view, m_grid);
    updateHint();
}

void TopologyPage::setPlan(const Plan *plan)
{
    m_view->setPlan(plan);
    m_grid->setPlan(plan);
    updateHint();
}

void TopologyPage::setEngine(const Engine *engine)
{
    if (engine)
        m_view->setPlan(&engine->plan());
    m_grid->setEngine(engine);
    updateHint();
}

void TopologyPage::updateHint()
{
    const StepGridModel *model = m_grid->gridModel();
    if (!model->plan())
        m_gridHint->setText(tr("The steps on each node appear here once the upgrade is planned."));
    else if (model->columnCount() == 0)
        m_gridHint->setText(tr("No step of this upgrade runs once per node."));
    else
        m_gridHint->setText(tr("Each row is a node, each column a step that runs on every node, in order. "
                               "Each cell says its step's state; point at one for what happened."));
}

} // namespace uw::pages
