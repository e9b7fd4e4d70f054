#pragma once

#include "wizard/tasks/taskrunner.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace uw::pages {

class LogModel;

// The lines of a LogModel that pass a filter: a set of levels, one node, one step, and a text
// that must occur in the line (case-insensitive). Rows keep the source's order.
//
// QSortFilterProxyModel would refilter a million lines in one go on the GUI thread whenever a
// letter is typed into the filter field. Here a new filter empties the model and the source is
// scanned again in slices of a few milliseconds, each slice's matches inserted at once, so the
// window stays responsive and the first matches show at once. Lines the source publishes later
// are filtered the same way as they arrive. Without any filter the model mirrors its source
// row for row and holds nothing of its own.
class LogFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    using LevelMask = quint8; // bit (1 << int(LineLevel)) set: lines of that level pass
    static constexpr LevelMask kAllLevels = 0xf;
    static constexpr int kSliceMsecs = 8; // the longest a scan runs before the event loop resumes

    explicit LogFilterModel(LogModel *source, QObject *parent = nullptr);

    LogModel *logModel() const { return m_source; }

    // Lines of `level` and above pass (the level filter of the panel).
    void setMinimumLevel(uw::LineLevel level);
    void setLevels(LevelMask levels);
    LevelMask levels() const { return m_levels; }
    // Only lines of this node pass; an empty name: lines of every node.
    void setNode(const QString &node);
    QString node() const { return m_node; }
    // Only lines of the step with this key pass (LogModel::StepKeyRole); empty: every step.
    void setStep(const QString &stepKey);
    QString step() const { return m_step; }
    // Only lines containing `text` pass, compared case-insensitively; empty: every line.
    void setText(const QString &text);
    QString text() const { return m_text; }

    // True while lines published so far are still being scanned for the current filter.
    bool isFiltering() const;
    // The source row of a row of this model, without building an index.
    int sourceRow(int row) const { return m_identity ? row : int(m_rows[size_t(row)]); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    // A scan for a new filter has reached the last published line.
    void filteringFinished();

private:
    void restart();
    void scan();
    bool accepts(int sourceRow) const;

    LogModel *m_source = nullptr; // null once the source is deleted
    LevelMask m_levels = kAllLevels;
    QString m_node;
    int m_nodeId = -1; // m_node's id in the source, -1 while no line of it has been seen
    QString m_step;
    int m_stepId = -1; // likewise for m_step
    QString m_text;
    QByteArray m_foldedText; // m_text in UTF-8, ASCII letters in lower case
    bool m_asciiText = true; // then lines are compared byte by byte, without decoding them

    bool m_identity = true; // no filter: row n is source row n
    std::vector<quint32> m_rows; // source rows that pass, ascending
    int m_visible = 0; // of m_rows, those already inserted as rows
    int m_scanned = 0; // source rows looked at
    bool m_reportedFinished = true;
    QTimer m_continue; // the next slice of a scan
};

} // namespace uw::pages
