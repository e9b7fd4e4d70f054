#include "pages/log/logfiltermodel.h"

#include "pages/log/logmodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>

namespace uw::pages {

namespace {

constexpr std::array<uchar, 256> kFoldAscii = [] {
    std::array<uchar, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = uchar(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return table;
}();

// Whether `haystack` contains `needle` (ASCII, already folded to lower case), ignoring the case
// of ASCII letters. UTF-8 continuation and lead bytes are >= 0x80 and never equal an ASCII
// byte, so this is exact for an ASCII needle except for the few non-ASCII letters whose case
// folding is ASCII (the Kelvin sign, the long s), which a log filter can do without.
bool containsFolded(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype n = haystack.size();
    const qsizetype m = needle.size();
    if (m > n)
        return false;
    const auto *h = reinterpret_cast<const uchar *>(haystack.data());
    const auto *s = reinterpret_cast<const uchar *>(needle.data());
    const uchar first = s[0];
    for (qsizetype i = 0; i <= n - m; ++i) {
        if (kFoldAscii[h[i]] != first)
            continue;
        qsizetype j = 1;
        while (j < m && kFoldAscii[h[i + j]] == s[j])
            ++j;
        if (j == m)
            return true;
    }
    return false;
}

} // namespace

LogFilterModel::LogFilterModel(LogModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    Q_ASSERT(source);
    QAbstractProxyModel::setSourceModel(source);
    m_continue.setSingleShot(true);
    m_continue.setInterval(0);
    connect(&m_continue, &QTimer::timeout, this, &LogFilterModel::scan);

    // Without a filter the source's inserts are passed on as they are; with one, the new rows
    // are scanned (in slices, should a flush bring very many).
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first, int last) {
        if (m_identity)
            beginInsertRows({}, first, last);
    });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_identity)
            endInsertRows();
        else
            scan();
    });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    // A source deleted first (a parent deletes its children in order) leaves an empty model.
    connect(source, &QObject::destroyed, this, [this] {
        m_continue.stop();
        beginResetModel();
        m_source = nullptr;
        m_identity = true;
        m_rows.clear();
        m_visible = 0;
        endResetModel();
    });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_continue.stop();
        m_rows.clear();
        m_visible = 0;
        m_scanned = 0;
        m_nodeId = -1;
        m_stepId = -1;
        endResetModel();
    });
}

void LogFilterModel::setMinimumLevel(LineLevel level)
{
    setLevels(LevelMask(kAllLevels & ~((1u << int(level)) - 1)));
}

void LogFilterModel::setLevels(LevelMask levels)
{
    levels &= kAllLevels;
    if (levels == m_levels)
        return;
    m_levels = levels;
    restart();
}

void LogFilterModel::setNode(const QString &node)
{
    if (node == m_node)
        return;
    m_node = node;
    restart();
}

void LogFilterModel::setStep(const QString &stepKey)
{
    if (stepKey == m_step)
        return;
    m_step = stepKey;
    restart();
}

void LogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_foldedText = text.toUtf8();
    m_asciiText = true;
    for (char &c : m_foldedText) {
        if (uchar(c) >= 0x80)
            m_asciiText = false;
        c = char(kFoldAscii[uchar(c)]);
    }
    restart();
}

bool LogFilterModel::isFiltering() const
{
    return m_source && !m_identity && m_scanned < m_source->rowCount();
}

void LogFilterModel::restart()
{
    if (!m_source)
        return;
    m_continue.stop();
    beginResetModel();
    m_identity = m_levels == kAllLevels && m_node.isEmpty() && m_step.isEmpty() && m_text.isEmpty();
    m_rows.clear();
    m_rows.shrink_to_fit(); // a narrower filter should not keep the memory of a wider one
    m_visible = 0;
    m_scanned = 0;
    m_nodeId = -1;
    m_stepId = -1;
    m_reportedFinished = m_identity;
    endResetModel();
    if (m_identity)
        Q_EMIT filteringFinished();
    else
        scan();
}

void LogFilterModel::scan()
{
    if (m_identity || !m_source)
        return;
    const int end = m_source->rowCount();
    // A node's id exists from its first line on; rows scanned before that cannot be of it.
    if (m_nodeId < 0 && !m_node.isEmpty())
        m_nodeId = m_source->nodeIdOf(m_node);
    if (m_stepId < 0 && !m_step.isEmpty())
        m_stepId = m_source->stepIdOf(m_step);

    QElapsedTimer clock;
    clock.start();
    while (m_scanned < end) {
        const int stop = std::min(end, m_scanned + 2048);
        for (; m_scanned < stop; ++m_scanned) {
            if (accepts(m_scanned))
                m_rows.push_back(quint32(m_scanned));
        }
        if (clock.elapsed() >= kSliceMsecs)
            break;
    }
    if (m_rows.size() > size_t(m_visible)) {
        beginInsertRows({}, m_visible, int(m_rows.size()) - 1);
        m_visible = int(m_rows.size());
        endInsertRows();
    }
    if (m_scanned < end)
        m_continue.start();
    else if (!m_reportedFinished) {
        m_reportedFinished = true;
        Q_EMIT filteringFinished();
    }
}

bool LogFilterModel::accepts(int sourceRow) const
{
    if (!(m_levels & (1u << int(m_source->level(sourceRow)))))
        return false;
    if (!m_node.isEmpty() && m_source->nodeId(sourceRow) != m_nodeId)
        return false;
    if (!m_step.isEmpty() && m_source->stepId(sourceRow) != m_stepId)
        return false;
    if (m_text.isEmpty())
        return true;
    const QByteArrayView line = m_source->textUtf8(sourceRow);
    if (m_asciiText)
        return containsFolded(line, m_foldedText);
    return QString::fromUtf8(line).contains(m_text, Qt::CaseInsensitive);
}

int LogFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_source)
        return 0;
    return m_identity ? m_source->rowCount() : m_visible;
}

int LogFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

bool LogFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex LogFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || column != 0 || row < 0 || row >= rowCount())
        return {};
    return createIndex(row, column);
}

QModelIndex LogFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex LogFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_source->index(sourceRow(proxyIndex.row()), 0);
}

QModelIndex LogFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    if (m_identity)
        return index(sourceIndex.row(), 0);
    const auto end = m_rows.begin() + m_visible;
    const auto it = std::lower_bound(m_rows.begin(), end, quint32(sourceIndex.row()));
    if (it == end || *it != quint32(sourceIndex.row()))
        return {};
    return index(int(it - m_rows.begin()), 0);
}

} // namespace uw::pages
