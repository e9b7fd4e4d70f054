#include "pages/log/logview.h"

#include "pages/log/logfiltermodel.h"
#include "pages/log/logmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>

namespace uw::pages {

namespace {

constexpr int kTimeChars = 12; // hh:mm:ss.zzz
constexpr int kMaxNodeChars = 24; // longer node names are elided in the node column
constexpr int kPadding = 4;

QString timeText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).time().toString(QStringLiteral("hh:mm:ss.zzz"));
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(1);
    updateMetrics();

    // Any scroll the view does not make itself is the user's: scrolling away from the last
    // line means they want to read something, so the tail stops being followed.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_settingScroll && m_followTail && value < verticalScrollBar()->maximum())
            setFollowTail(false);
    });
}

void LogView::setModel(LogFilterModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_log = model ? model->logModel() : nullptr;
    m_anchor = m_current = -1;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
            updateScrollBars();
            viewport()->update();
        });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            const bool hadSelection = hasSelection();
            m_anchor = m_current = -1;
            updateScrollBars();
            viewport()->update();
            if (hadSelection)
                Q_EMIT selectionChanged();
        });
    }
    updateScrollBars();
    viewport()->update();
}

void LogView::setFollowTail(bool follow)
{
    if (follow == m_followTail)
        return;
    m_followTail = follow;
    if (follow)
        updateScrollBars();
    Q_EMIT followTailChanged(follow);
}

int LogView::selectionFirst() const
{
    return m_anchor < 0 ? -1 : std::min(m_anchor, m_current);
}

int LogView::selectionLast() const
{
    return m_anchor < 0 ? -1 : std::max(m_anchor, m_current);
}

void LogView::selectRows(int first, int last)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows == 0 || std::max(first, last) < 0 || std::min(first, last) >= rows) {
        clearSelection();
        return;
    }
    m_anchor = std::clamp(first, 0, rows - 1);
    m_current = std::clamp(last, 0, rows - 1);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::selectAll()
{
    if (m_model)
        selectRows(0, m_model->rowCount() - 1);
}

void LogView::clearSelection()
{
    if (m_anchor < 0)
        return;
    m_anchor = m_current = -1;
    viewport()->update();
    Q_EMIT selectionChanged();
}

QString LogView::rowText(int row) const
{
    const int source = m_model->sourceRow(row);
    QString line = timeText(m_log->timestampMsecs(source));
    line += QLatin1Char(' ');
    line += levelTag(m_log->level(source));
    line += QLatin1Char(' ');
    const QString node = m_log->node(source);
    if (!node.isEmpty())
        line += node + QLatin1String(": ");
    line += m_log->text(source);
    return line;
}

QString LogView::rowsText(int first, int last) const
{
    QString text;
    if (!m_model || !m_log)
        return text;
    first = std::max(first, 0);
    last = std::min(last, m_model->rowCount() - 1);
    for (int row = first; row <= last; ++row) {
        text += rowText(row);
        text += QLatin1Char('\n');
    }
    return text;
}

QString LogView::selectedText() const
{
    return hasSelection() ? rowsText(selectionFirst(), selectionLast()) : QString();
}

void LogView::copy()
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

int LogView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int LogView::visibleRowCount() const
{
    return (viewport()->height() + m_lineHeight - 1) / m_lineHeight;
}

QString LogView::levelTag(LineLevel level)
{
    switch (level) {
    case LineLevel::Debug:
        return tr("DEBUG");
    case LineLevel::Info:
        return tr("INFO");
    case LineLevel::Warning:
        return tr("WARN");
    case LineLevel::Error:
        break;
    }
    return tr("ERROR");
}

QColor LogView::levelColor(LineLevel level, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (level) {
    case LineLevel::Debug: {
        // Halfway between the text and the background: readable, but it steps back.
        const QColor base = palette.color(QPalette::Base);
        return QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
                      (text.blue() + base.blue()) / 2);
    }
    case LineLevel::Info:
        return text;
    case LineLevel::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case LineLevel::Error:
        break;
    }
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

void LogView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_lineHeight = std::max(1, metrics.height());
    m_charWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('M')));
    int tagWidth = 0;
    for (const LineLevel level : {LineLevel::Debug, LineLevel::Info, LineLevel::Warning, LineLevel::Error})
        tagWidth = std::max(tagWidth, metrics.horizontalAdvance(levelTag(level)));
    m_nodeChars = m_log ? std::min(kMaxNodeChars, m_log->longestNodeChars()) : 0;
    m_textX = kPadding + (kTimeChars + 1) * m_charWidth + tagWidth + m_charWidth
        + (m_nodeChars > 0 ? (m_nodeChars + 2) * m_charWidth : 0);
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
}

void LogView::updateScrollBars()
{
    if (m_log && std::min(kMaxNodeChars, m_log->longestNodeChars()) != m_nodeChars)
        updateMetrics();
    const int rows = m_model ? m_model->rowCount() : 0;
    const int page = std::max(1, viewport()->height() / m_lineHeight);
    const int width = m_log ? m_textX + m_log->longestLineBytes() * m_charWidth + kPadding : 0;

    m_settingScroll = true;
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, std::max(0, rows - page));
    vertical->setPageStep(page);
    if (m_followTail)
        vertical->setValue(vertical->maximum());
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, std::max(0, width - viewport()->width()));
    horizontal->setPageStep(viewport()->width());
    m_settingScroll = false;
}

int LogView::rowAt(int y) const
{
    if (!m_model || y < 0)
        return -1;
    const int row = firstVisibleRow() + y / m_lineHeight;
    return row < m_model->rowCount() ? row : -1;
}

void LogView::paintEvent(QPaintEvent *)
{
    if (!m_model || !m_log)
        return;
    QPainter painter(viewport());
    const int rows = m_model->rowCount();
    const int first = firstVisibleRow();
    const int last = std::min(rows, first + visibleRowCount()) - 1;
    const int x0 = kPadding - horizontalScrollBar()->value();
    const int width = viewport()->width();
    const QPalette &pal = palette();
    const QPalette::ColorGroup group = hasFocus() ? QPalette::Active : QPalette::Inactive;
    const int selFirst = selectionFirst();
    const int selLast = selectionLast();
    const QFontMetrics metrics(font());
    // Only what can show is drawn of a long line: the characters up to the right edge.
    const qsizetype maxChars = (horizontalScrollBar()->value() + width) / m_charWidth + 8;

    for (int row = first; row <= last; ++row) {
        const QRect rect(0, (row - first) * m_lineHeight, width, m_lineHeight);
        const int source = m_model->sourceRow(row);
        const LineLevel level = m_log->level(source);
        const bool selected = row >= selFirst && row <= selLast;
        if (selected) {
            painter.fillRect(rect, pal.brush(group, QPalette::Highlight));
            painter.setPen(pal.color(group, QPalette::HighlightedText));
        } else {
            painter.setPen(levelColor(level, pal));
        }
        int x = x0;
        painter.drawText(QRect(x, rect.y(), kTimeChars * m_charWidth, m_lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         timeText(m_log->timestampMsecs(source)));
        x += (kTimeChars + 1) * m_charWidth;
        painter.drawText(QRect(x, rect.y(), width, m_lineHeight), Qt::AlignLeft | Qt::AlignVCenter, levelTag(level));
        x = x0 + m_textX - kPadding - (m_nodeChars > 0 ? (m_nodeChars + 2) * m_charWidth : 0);
        if (m_nodeChars > 0) {
            const int nodeWidth = m_nodeChars * m_charWidth;
            painter.drawText(QRect(x, rect.y(), nodeWidth, m_lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(m_log->node(source), Qt::ElideMiddle, nodeWidth));
            x += nodeWidth + 2 * m_charWidth;
        }
        QString text = QString::fromUtf8(
            m_log->textUtf8(source).first(std::min<qsizetype>(m_log->textUtf8(source).size(), maxChars * 4)));
        if (text.size() > maxChars)
            text.truncate(maxChars);
        text.replace(QLatin1Char('\t'), QLatin1String("    "));
        painter.drawText(QRect(x, rect.y(), std::max(0, width - x) + horizontalScrollBar()->value(), m_lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);

        if (row == m_current && hasFocus()) {
            QStyleOptionFocusRect option;
            option.initFrom(this);
            option.rect = rect.adjusted(0, 0, -1, -1);
            option.backgroundColor = pal.color(group, selected ? QPalette::Highlight : QPalette::Base);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        }
    }
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollBars();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        viewport()->update();
}

void LogView::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool LogView::viewportEvent(QEvent *event)
{
    // A line wider than the view shows whole in its tool tip.
    if (event->type() == QEvent::ToolTip && m_model && m_log) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0 && m_textX + m_log->textUtf8(m_model->sourceRow(row)).size() * m_charWidth > viewport()->width())
            QToolTip::showText(help->globalPos(), m_log->text(m_model->sourceRow(row)).left(2000), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void LogView::moveCurrent(int row, bool extend)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    if (rows == 0)
        return;
    row = std::clamp(row, 0, rows - 1);
    if (!extend || m_anchor < 0)
        m_anchor = row;
    m_current = row;
    const int page = std::max(1, viewport()->height() / m_lineHeight);
    QScrollBar *vertical = verticalScrollBar();
    if (row < vertical->value())
        vertical->setValue(row);
    else if (row >= vertical->value() + page)
        vertical->setValue(row - page + 1);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const int page = std::max(1, viewport()->height() / m_lineHeight);
    const int current = m_current >= 0 ? m_current : firstVisibleRow();
    switch (event->key()) {
    case Qt::Key_Up:
        moveCurrent(current - 1, extend);
        break;
    case Qt::Key_Down:
        moveCurrent(m_current >= 0 ? current + 1 : current, extend);
        break;
    case Qt::Key_PageUp:
        moveCurrent(current - page, extend);
        break;
    case Qt::Key_PageDown:
        moveCurrent(current + page, extend);
        break;
    case Qt::Key_Home:
        moveCurrent(0, extend);
        break;
    case Qt::Key_End:
        moveCurrent(m_model ? m_model->rowCount() - 1 : 0, extend);
        setFollowTail(true);
        break;
    case Qt::Key_Escape:
        if (hasSelection()) {
            clearSelection();
            break;
        }
        QAbstractScrollArea::keyPressEvent(event);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int row = rowAt(event->position().toPoint().y());
        if (row >= 0)
            moveCurrent(row, event->modifiers() & Qt::ShiftModifier);
        else
            clearSelection();
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_anchor >= 0 && m_model) {
        const int y = event->position().toPoint().y();
        // Dragging past the top or bottom edge scrolls by extending to the row beyond it.
        const int row = std::clamp(firstVisibleRow() + (y < 0 ? -1 : y / m_lineHeight), 0, m_model->rowCount() - 1);
        moveCurrent(row, true);
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

} // namespace uw::pages
