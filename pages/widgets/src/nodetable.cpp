#include "pages/widgets/nodetable.h"

#include "pages/widgets/playbooktext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace uw::pages {

NodeTable::NodeTable(const Parameter &parameter, QWidget *parent)
    : QWidget(parent)
    , m_parameter(parameter)
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(tr("Add node"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("nodes:") + parameter.id);
    m_columns << Column{QStringLiteral("name"), tr("Name"), QStringLiteral("string"), true, {}}
              << Column{QStringLiteral("host"), tr("Host"), QStringLiteral("string"), true, {}}
              << Column{QStringLiteral("role"), tr("Role"), QStringLiteral("role"), true, {}};
    for (const NodeAttribute &attribute : parameter.attributes)
        m_columns << Column{attribute.id, attribute.label.isEmpty() ? attribute.id : playbookText(attribute.label),
                            attribute.type, attribute.required, attribute.defaultValue};
    m_table->setColumnCount(int(m_columns.size()));
    QStringList headers;
    for (const Column &column : std::as_const(m_columns))
        headers << (column.required ? column.label + QStringLiteral(" *") : column.label);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(parameter.label.isEmpty() ? parameter.id : playbookText(parameter.label));
    m_table->setMinimumHeight(120);
    connect(m_table, &QTableWidget::itemChanged, this, &NodeTable::changed);
    m_add->setObjectName(QStringLiteral("addNode"));
    m_remove->setObjectName(QStringLiteral("removeNode"));
    connect(m_add, &QPushButton::clicked, this, &NodeTable::addNode);
    connect(m_remove, &QPushButton::clicked, this, &NodeTable::removeSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void NodeTable::addNode()
{
    addRow({});
    Q_EMIT changed();
}

void NodeTable::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT changed();
}

void NodeTable::addRow(const QJsonObject &node)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        const QJsonValue value = node.contains(column.id) ? node.value(column.id) : column.defaultValue;
        if (column.type == u"role") {
            auto *roles = new QComboBox(m_table);
            for (const Choice &role : m_parameter.roles)
                roles->addItem(role.label.isEmpty() ? role.value : playbookText(role.label), role.value);
            const int index = roles->findData(value.toString());
            roles->setCurrentIndex(index < 0 ? 0 : index);
            roles->setAccessibleName(tr("Role of node %1").arg(row + 1));
            connect(roles, &QComboBox::currentIndexChanged, this, &NodeTable::changed);
            m_table->setCellWidget(row, c, roles);
        } else if (column.type == u"bool") {
            auto *item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, c, item);
        } else {
            const QString text = value.isDouble() ? QString::number(value.toInt()) : value.toString();
            m_table->setItem(row, c, new QTableWidgetItem(text));
        }
    }
}

QJsonValue NodeTable::cellValue(int row, int c) const
{
    const Column &column = m_columns.at(c);
    if (column.type == u"role") {
        const auto *roles = qobject_cast<QComboBox *>(m_table->cellWidget(row, c));
        return roles ? QJsonValue(roles->currentData().toString()) : QJsonValue();
    }
    const QTableWidgetItem *item = m_table->item(row, c);
    if (!item)
        return {};
    if (column.type == u"bool")
        return item->checkState() == Qt::Checked;
    const QString text = item->text().trimmed();
    if (column.type == u"port" && !text.isEmpty()) {
        bool ok = false;
        const int port = text.toInt(&ok);
        return ok ? QJsonValue(port) : QJsonValue(text);
    }
    return text;
}

QJsonArray NodeTable::value() const
{
    QJsonArray nodes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QJsonObject node;
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column &column = m_columns.at(c);
            const QJsonValue value = cellValue(row, c);
            // Empty optional cells are left out, so that the attribute's default applies.
            if (value.isString() && value.toString().isEmpty() && column.type != u"role")
                continue;
            node.insert(column.id, value);
        }
        nodes.append(node);
    }
    return nodes;
}

void NodeTable::setValue(const QJsonArray &nodes)
{
    m_table->setRowCount(0);
    for (const QJsonValue &node : nodes)
        addRow(node.toObject());
    Q_EMIT changed();
}

} // namespace uw::pages
