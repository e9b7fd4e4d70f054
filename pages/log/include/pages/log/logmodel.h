#pragma once

#include "wizard/tasks/taskrunner.h"

#include <QAbstractListModel>
#include <QByteArrayView>
#include <QHash>
#include <QStringEncoder>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace uw::pages {

// The lines of a run's live log, stored compactly: a run can log a million lines and the panel
// must keep them all without holding a QString (twice the UTF-8 size plus a header) for each.
// Text goes as UTF-8 into 1 MiB chunks; each line is a 16-byte record (where its bytes are,
// when it arrived, its node, step and level), and node names and step keys are interned.
//
// append() only stores a line: the view learns about new lines when the model flushes, at most
// about 30 times a second, with one beginInsertRows/endInsertRows for everything appended since
// the last flush. Rows are never removed except by clear(), so a row number stays valid.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TextRole = Qt::UserRole + 1, // QString; Qt::DisplayRole gives the same
        LevelRole, // int, a uw::LineLevel
        NodeRole, // QString, empty for the local computer
        TimestampRole, // QDateTime (local time) when append() was called
        StepKeyRole, // QString, empty when the line came without one
    };

    static constexpr int kFlushIntervalMs = 33; // about 30 flushes a second at most
    // Longer lines are cut (with an ellipsis) so that one line always fits into one chunk; the
    // full log file keeps them whole.
    static constexpr int kMaxLineChars = 300'000;

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    // Stores a line; it becomes a row at the next flush.
    void append(uw::LineLevel level, const QString &node, const QString &text, const QString &stepKey = {});
    // Publishes the pending lines now (tests, and before reading the model in one go).
    void flush();
    // Removes every line, pending ones included, and forgets the nodes seen.
    void clear();

    int pendingCount() const { return int(m_lineCount - m_published); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Direct access for the view and the filter, without QVariant. `row` must be < rowCount().
    QByteArrayView textUtf8(int row) const;
    QString text(int row) const { return QString::fromUtf8(textUtf8(row)); }
    uw::LineLevel level(int row) const;
    int nodeId(int row) const; // index into nodes(); 0 is the empty (local) node
    QString node(int row) const { return m_nodes.at(nodeId(row)); }
    QString stepKey(int row) const;
    int stepId(int row) const; // index into the step keys seen; 0 is the empty key
    int stepIdOf(const QString &stepKey) const { return m_stepIds.value(stepKey, -1); }
    qint64 timestampMsecs(int row) const; // milliseconds since the epoch

    // Every node name seen so far, in the order first seen; index 0 is the empty name.
    const QStringList &nodes() const { return m_nodes; }
    int nodeIdOf(const QString &node) const { return m_nodeIds.value(node, -1); }
    int longestNodeChars() const { return m_longestNodeChars; }
    int longestLineBytes() const { return m_longestLineBytes; }

    // Size accounting (benchmarks, and honesty about the compact storage): the UTF-8 bytes of
    // the texts stored, and the bytes the model holds for them (chunks and records as
    // allocated, interned names; not the QHash bookkeeping).
    qint64 textBytes() const { return m_textBytes; }
    qint64 memoryBytes() const;

Q_SIGNALS:
    // A node name seen for the first time; emitted when its first line is published.
    void nodeAdded(const QString &node);

private:
    struct Line
    {
        quint64 place; // byte offset into the chunks << 24 | length in bytes
        quint32 msecs; // since m_epochMsecs, saturating (49 days)
        quint16 node;
        quint16 stepAndLevel; // step id << 2 | level
    };
    static_assert(sizeof(Line) == 16);

    const Line &line(int row) const;
    quint16 intern(QStringList &names, QHash<QString, int> &ids, const QString &name, int limit);

    std::vector<std::unique_ptr<char[]>> m_chunks;
    qint64 m_chunkUsed = 0; // bytes used in the last chunk
    std::vector<std::unique_ptr<Line[]>> m_lineBlocks;
    qint64 m_lineCount = 0; // stored, published or not
    qint64 m_published = 0; // rows the views know about
    qint64 m_textBytes = 0;
    qint64 m_epochMsecs = 0;
    int m_longestLineBytes = 0;
    int m_longestNodeChars = 0;

    QStringList m_nodes;
    QHash<QString, int> m_nodeIds;
    int m_nodesAnnounced = 1; // the empty node is never announced
    int m_lastNodeId = 0; // consecutive lines mostly come from one node
    QStringList m_steps;
    QHash<QString, int> m_stepIds;
    int m_lastStepId = 0;

    QStringEncoder m_encoder;
    QTimer m_flushTimer;
};

} // namespace uw::pages
