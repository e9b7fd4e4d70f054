#include "pages/widgets/stepgridmodel.h"

#include "pages/widgets/icons.h"
#include "pages/widgets/playbooktext.h"

#include "wizard/playbook/plan.h"

#include <QSet>
#include <QStringList>

namespace uw::pages {

namespace {

QString statusText(StepState::Status status)
{
    switch (status) {
    case StepState::Status::Pending:
        return StepGridModel::tr("Pending");
    case StepState::Status::Running:
        return StepGridModel::tr("Running");
    case StepState::Status::Passed:
        return StepGridModel::tr("Passed");
    case StepState::Status::Confirmed:
        return StepGridModel::tr("Confirmed");
    case StepState::Status::Failed:
        return StepGridModel::tr("Failed");
    case StepState::Status::Cancelled:
        return StepGridModel::tr("Cancelled");
    case StepState::Status::Interrupted:
        return StepGridModel::tr("Interrupted");
    case StepState::Status::Skipped:
        return StepGridModel::tr("Skipped");
    }
    return {};
}

} // namespace

StepGridModel::StepGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StepGridModel::setPlan(const Plan *plan)
{
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    m_columns.clear();
    if (plan) {
        const Playbook &playbook = plan->playbook();
        // Columns: the foreach items with at least one step, in playbook order.
        QSet<QString> walked; // the nodes parameters those items walk
        for (const Page &page : playbook.pages) {
            for (const Item &item : page.items) {
                if (!item.foreach || plan->stepsOfItem(item.id).isEmpty())
                    continue;
                m_columns << &item;
                walked.insert(item.foreach->nodes);
            }
        }
        // Rows: the nodes in the order the plan reaches them, which puts the node that goes
        // first at the top of its parameter; parameters in playbook order.
        for (const Parameter &parameter : playbook.parameters) {
            if (!walked.contains(parameter.id))
                continue;
            QStringList nodes;
            for (const Step &step : plan->steps())
                if (step.item->foreach && step.item->foreach->nodes == parameter.id && !nodes.contains(step.node))
                    nodes << step.node;
            for (const QString &node : std::as_const(nodes))
                m_rows << Row{parameter.id, parameter.label.isEmpty() ? parameter.id : parameter.label, node};
        }
    }
    endResetModel();
}

void StepGridModel::setStates(const StepStates &states)
{
    m_states = states;
    if (!m_rows.isEmpty() && !m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void StepGridModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_rows.isEmpty() && !m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

QString StepGridModel::stepKey(int row, int column) const
{
    if (!m_plan || row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return {};
    const Item *item = m_columns.at(column);
    if (item->foreach->nodes != m_rows.at(row).parameter)
        return {};
    const QString key = item->id + u'@' + m_rows.at(row).node;
    return m_plan->step(key) ? key : QString();
}

QModelIndex StepGridModel::indexOfStep(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        for (int column = 0; column < m_columns.size(); ++column)
            if (stepKey(row, column) == key)
                return index(row, column);
    return {};
}

QString StepGridModel::nodeName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).node : QString();
}

QString StepGridModel::itemId(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column)->id : QString();
}

int StepGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StepGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant StepGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QString key = stepKey(index.row(), index.column());
    if (role == StepKeyRole)
        return key;
    if (key.isEmpty()) {
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("%1 does not run on %2")
                .arg(playbookText(m_columns.at(index.column())->title), m_rows.at(index.row()).node);
        // Blank to the eye, which then finds the steps at once; said to a screen reader.
        return {};
    }
    const Step *step = m_plan->step(key);
    const StepState state = m_states.value(key);
    switch (role) {
    case StatusRole:
        return int(state.status);
    case Qt::DecorationRole:
        return stateIcon(state.status);
    case Qt::BackgroundRole:
        return stateColor(state.status, m_palette);
    case Qt::ForegroundRole:
        return m_palette.color(QPalette::Text);
    case Qt::DisplayRole:
        // The state in words as well as by colour and icon: readable without hovering, in
        // print and by anyone who does not tell the colours apart.
        return statusText(state.status);
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(stepTitle(*step), statusText(state.status));
    case Qt::AccessibleDescriptionRole: {
        QStringList parts;
        if (const QString outcome = state.translatedSummary(); !outcome.isEmpty())
            parts << outcome;
        if (state.status == StepState::Status::Skipped && !state.note.isEmpty())
            parts << tr("Reason: %1").arg(state.note);
        return parts.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2")
                          .arg(stepTitle(*step).toHtmlEscaped(), statusText(state.status).toHtmlEscaped());
        if (const QString outcome = state.translatedSummary(); !outcome.isEmpty())
            tip += QStringLiteral(": ") + outcome.toHtmlEscaped();
        if (state.status == StepState::Status::Skipped && !state.note.isEmpty())
            tip += QStringLiteral("<br>") + tr("Reason: %1").arg(state.note).toHtmlEscaped();
        return tip;
    }
    default:
        return {};
    }
}

QVariant StepGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        const Item *item = m_columns.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return playbookText(item->title);
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole:
            return tr("%1. %2").arg(section + 1).arg(playbookText(item->title));
        case Qt::DecorationRole:
            return severityIcon(item->severity);
        default:
            return {};
        }
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const Row &row = m_rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return row.node;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return tr("%1 (%2)").arg(row.node, row.parameterLabel);
    default:
        return {};
    }
}

Qt::ItemFlags StepGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Cells without a step stay enabled: keyboard and screen-reader users move through them
    // and hear that the item does not run on that node.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace uw::pages
