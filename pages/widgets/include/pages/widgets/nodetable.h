#pragma once

#include "wizard/playbook/playbook.h"

#include <QJsonArray>
#include <QWidget>

class QTableWidget;
class QPushButton;

namespace uw::pages {

// The form field of a `nodes` parameter: one row per node with its name, host, role and the
// parameter's attributes (a bool is a check box, a role a drop-down list).
class NodeTable : public QWidget
{
    Q_OBJECT
public:
    NodeTable(const Parameter &parameter, QWidget *parent = nullptr);

    QJsonArray value() const;
    void setValue(const QJsonArray &nodes);
    QTableWidget *table() const { return m_table; }
    void addNode();
    void removeSelected();

Q_SIGNALS:
    void changed();

private:
    struct Column
    {
        QString id;
        QString label;
        QString type; // string, path, directory, port, bool, role
        bool required = false;
        QJsonValue defaultValue;
    };
    void addRow(const QJsonObject &node);
    QJsonValue cellValue(int row, int column) const;

    const Parameter &m_parameter;
    QList<Column> m_columns;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace uw::pages
