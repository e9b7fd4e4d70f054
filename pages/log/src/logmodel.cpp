#include "pages/log/logmodel.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace uw::pages {

namespace {

constexpr qint64 kChunkBytes = qint64(1) << 20;
constexpr int kLinesPerBlock = 1 << 13; // 128 KiB of records
constexpr int kMaxNodes = 0xffff;
constexpr int kMaxSteps = (1 << 14) - 1;

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_epochMsecs(QDateTime::currentMSecsSinceEpoch())
    , m_nodes{QString()}
    , m_nodeIds{{QString(), 0}}
    , m_steps{QString()}
    , m_stepIds{{QString(), 0}} // Stateless: every line is converted on its own, so a lone surrogate at the end of one
                                // line cannot change how the next one starts.
    , m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
    // The timer starts with the first pending line, so a flush comes at most once per interval
    // however fast lines arrive, and not at all while the log is quiet.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogModel::flush);
}

LogModel::~LogModel() = default;

quint16 LogModel::intern(QStringList &names, QHash<QString, int> &ids, const QString &name, int limit)
{
    const auto it = ids.constFind(name);
    if (it != ids.cend())
        return quint16(*it);
    // Beyond the limit (65,535 nodes or 16,383 steps, far more than any playbook has) a name
    // shares the last id, which is named for what it stands for.
    if (names.size() >= limit)
        return quint16(limit - 1);
    const int id = int(names.size());
    names << (names.size() == limit - 1 ? tr("(other)") : name);
    ids.insert(name, id);
    return quint16(id);
}

void LogModel::append(LineLevel level, const QString &node, const QString &text, const QString &stepKey)
{
    const QStringView view = text.size() > kMaxLineChars ? QStringView(text).first(kMaxLineChars - 1) : text;
    const bool cut = view.size() < text.size();

    // Where the bytes go: the rest of the last chunk when the line surely fits, else a new
    // chunk (a line never straddles two, so its record can point at one run of bytes).
    // (At least one byte, so that an empty line's offset lies inside an existing chunk.)
    const qint64 room = std::max<qint64>(1, m_encoder.requiredSpace(view.size()) + (cut ? 3 : 0));
    if (m_chunks.empty() || kChunkBytes - m_chunkUsed < room) {
        m_chunks.push_back(std::make_unique_for_overwrite<char[]>(kChunkBytes));
        m_chunkUsed = 0;
    }
    char *const start = m_chunks.back().get() + m_chunkUsed;
    char *end = m_encoder.appendToBuffer(start, view);
    if (cut) {
        constexpr char ellipsis[] = "\xe2\x80\xa6";
        end = std::copy_n(ellipsis, 3, end);
    }
    const qint64 length = end - start;
    const quint64 offset = quint64(qint64(m_chunks.size() - 1) * kChunkBytes + m_chunkUsed);
    m_chunkUsed += length;
    m_textBytes += length;
    m_longestLineBytes = std::max(m_longestLineBytes, int(length));

    if (node != m_nodes.at(m_lastNodeId)) {
        m_lastNodeId = intern(m_nodes, m_nodeIds, node, kMaxNodes);
        m_longestNodeChars = std::max(m_longestNodeChars, int(m_nodes.at(m_lastNodeId).size()));
    }
    if (stepKey != m_steps.at(m_lastStepId))
        m_lastStepId = intern(m_steps, m_stepIds, stepKey, kMaxSteps);

    const qint64 msecs = QDateTime::currentMSecsSinceEpoch() - m_epochMsecs;
    if (m_lineCount % kLinesPerBlock == 0)
        m_lineBlocks.push_back(std::make_unique_for_overwrite<Line[]>(kLinesPerBlock));
    m_lineBlocks.back()[m_lineCount % kLinesPerBlock] = Line{
        (offset << 24) | quint64(length),
        quint32(std::clamp<qint64>(msecs, 0, 0xffffffff)),
        quint16(m_lastNodeId),
        quint16(m_lastStepId << 2 | int(level)),
    };
    ++m_lineCount;

    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogModel::flush()
{
    m_flushTimer.stop();
    if (m_published == m_lineCount)
        return;
    // Row numbers are ints; two billion lines would not fit in memory anyway.
    const qint64 last = std::min<qint64>(m_lineCount, std::numeric_limits<int>::max());
    beginInsertRows({}, int(m_published), int(last - 1));
    m_published = last;
    endInsertRows();
    // Announced after the rows, so whoever fills a node list finds lines for the new name.
    while (m_nodesAnnounced < m_nodes.size())
        Q_EMIT nodeAdded(m_nodes.at(m_nodesAnnounced++));
}

void LogModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_epochMsecs = QDateTime::currentMSecsSinceEpoch(); // the 49 days of timestamps start again
    m_chunks.clear();
    m_chunkUsed = 0;
    m_lineBlocks.clear();
    m_lineCount = 0;
    m_published = 0;
    m_textBytes = 0;
    m_longestLineBytes = 0;
    m_longestNodeChars = 0;
    m_nodes = QStringList{QString()};
    m_nodeIds = {{QString(), 0}};
    m_nodesAnnounced = 1;
    m_lastNodeId = 0;
    m_steps = QStringList{QString()};
    m_stepIds = {{QString(), 0}};
    m_lastStepId = 0;
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_published);
}

const LogModel::Line &LogModel::line(int row) const
{
    Q_ASSERT(row >= 0 && row < m_published);
    return m_lineBlocks[size_t(row / kLinesPerBlock)][row % kLinesPerBlock];
}

QByteArrayView LogModel::textUtf8(int row) const
{
    const quint64 place = line(row).place;
    const qint64 offset = qint64(place >> 24);
    return QByteArrayView(m_chunks[size_t(offset / kChunkBytes)].get() + offset % kChunkBytes,
                          qsizetype(place & 0xffffff));
}

LineLevel LogModel::level(int row) const
{
    return LineLevel(line(row).stepAndLevel & 3);
}

int LogModel::nodeId(int row) const
{
    return line(row).node;
}

QString LogModel::stepKey(int row) const
{
    return m_steps.at(stepId(row));
}

int LogModel::stepId(int row) const
{
    return line(row).stepAndLevel >> 2;
}

qint64 LogModel::timestampMsecs(int row) const
{
    return m_epochMsecs + line(row).msecs;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return text(row);
    case LevelRole:
        return int(level(row));
    case NodeRole:
        return node(row);
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(timestampMsecs(row));
    case StepKeyRole:
        return stepKey(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TextRole, "text");
    names.insert(LevelRole, "level");
    names.insert(NodeRole, "node");
    names.insert(TimestampRole, "timestamp");
    names.insert(StepKeyRole, "stepKey");
    return names;
}

qint64 LogModel::memoryBytes() const
{
    qint64 bytes = qint64(m_chunks.size()) * kChunkBytes + qint64(m_lineBlocks.size()) * kLinesPerBlock * sizeof(Line)
        + qint64(m_chunks.capacity() + m_lineBlocks.capacity()) * sizeof(void *);
    for (const QString &name : m_nodes)
        bytes += name.capacity() * 2;
    for (const QString &name : m_steps)
        bytes += name.capacity() * 2;
    return bytes;
}

} // namespace uw::pages
