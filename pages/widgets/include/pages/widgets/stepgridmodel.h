#pragma once

#include "wizard/run/stepstate.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPalette>
#include <QString>

namespace uw {
class Plan;
struct Item;
} // namespace uw

namespace uw::pages {

// The foreach steps of a plan as a table: one row per node (of every nodes parameter a
// foreach item walks, the node that goes first at the top), one column per foreach item in
// playbook order. A cell is the step `item@node`, coloured and iconed by its state and showing
// it in a word (its summary is the accessible description); a cell without a step (the item
// skips that node, or walks another parameter) is blank, and says so to a screen reader.
class StepGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        StepKeyRole = Qt::UserRole + 1, // QString, empty when the cell has no step
        StatusRole, // int(StepState::Status), invalid when the cell has no step
    };

    explicit StepGridModel(QObject *parent = nullptr);

    // The plan must outlive the model, or be replaced (null clears it) before it goes.
    void setPlan(const uw::Plan *plan);
    const uw::Plan *plan() const { return m_plan; }
    void setStates(const uw::StepStates &states);
    const uw::StepStates &states() const { return m_states; }
    // The palette the cell colours are chosen for (StepGrid passes its own).
    void setPalette(const QPalette &palette);

    QString stepKey(int row, int column) const;
    QModelIndex indexOfStep(const QString &key) const;
    QString nodeName(int row) const;
    QString itemId(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString parameter; // the nodes parameter's id
        QString parameterLabel;
        QString node;
    };

    const uw::Plan *m_plan = nullptr;
    QList<Row> m_rows;
    QList<const uw::Item *> m_columns;
    uw::StepStates m_states;
    QPalette m_palette;
};

} // namespace uw::pages
