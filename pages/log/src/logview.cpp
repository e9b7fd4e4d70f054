#include "pages/log/logview.h"

#include "pages/log/contrast.h"
#include "pages/log/logfiltermodel.h"
#include "pages/log/logmodel.h"

#include <QAccessible>
#include <QAccessibleWidget>
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
#include <cmath>
#include <mutex>
#include <vector>

namespace uw::pages {

namespace {

constexpr int kPadding = 4;

QString timeText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).time().toString(QStringLiteral("hh:mm:ss.zzz"));
}

// One line in sight, for screen readers: the index-th row from the top of the viewport. It
// follows the scrolling, like the painted line does.
class LogLineAccessible : public QAccessibleInterface
{
public:
    LogLineAccessible(LogView *view, QAccessibleInterface *parent, int index)
        : m_view(view)
        , m_parent(parent)
        , m_index(index)
    { }

    int row() const { return m_view ? m_view->firstVisibleRow() + m_index : -1; }
    bool isValid() const override { return m_view && !m_view->lineText(row()).isEmpty(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_parent->window(); }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return m_parent; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override { }

    QString text(QAccessible::Text t) const override
    {
        if (!m_view || t != QAccessible::Name)
            return {};
        return m_view->lineText(row());
    }

    QRect rect() const override
    {
        if (!m_view)
            return {};
        QWidget *viewport = m_view->viewport();
        const QPoint topLeft = viewport->mapToGlobal(QPoint(0, m_index * m_view->lineHeight()));
        return QRect(topLeft, QSize(viewport->width(), m_view->lineHeight()));
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = true;
        state.focusable = true;
        if (!m_view) {
            state.invalid = true;
            return state;
        }
        const int r = row();
        state.selected = m_view->hasSelection() && r >= m_view->selectionFirst() && r <= m_view->selectionLast();
        state.focused = r == m_view->currentRow() && m_view->hasFocus();
        state.active = r == m_view->currentRow();
        return state;
    }

private:
    QPointer<LogView> m_view;
    QAccessibleInterface *m_parent;
    int m_index;
};

// The view as a list of the lines in sight, followed by its own widgets (the scroll bars).
class LogViewAccessible : public QAccessibleWidget
{
public:
    explicit LogViewAccessible(LogView *view)
        : QAccessibleWidget(view, QAccessible::List)
    { }

    ~LogViewAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_lineIds))
            QAccessible::deleteAccessibleInterface(id);
    }

    LogView *view() const { return static_cast<LogView *>(widget()); }

    int lineCount() const
    {
        const LogView *v = view();
        const int rows = v->model() ? v->model()->rowCount() : 0;
        return std::clamp(rows - v->firstVisibleRow(), 0, v->visibleRowCount());
    }

    int childCount() const override { return lineCount() + QAccessibleWidget::childCount(); }

    QAccessibleInterface *child(int index) const override
    {
        const int lines = lineCount();
        if (index < 0)
            return nullptr;
        if (index >= lines)
            return QAccessibleWidget::child(index - lines);
        if (size_t(index) >= m_lineIds.size())
            m_lineIds.resize(size_t(index) + 1, 0);
        if (!m_lineIds[size_t(index)]) {
            auto *line = new LogLineAccessible(view(), const_cast<LogViewAccessible *>(this), index);
            m_lineIds[size_t(index)] = QAccessible::registerAccessibleInterface(line);
        }
        return QAccessible::accessibleInterface(m_lineIds[size_t(index)]);
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
        const auto it = std::find(m_lineIds.cbegin(), m_lineIds.cend(), id);
        if (it != m_lineIds.cend()) {
            const int index = int(it - m_lineIds.cbegin());
            return index < lineCount() ? index : -1;
        }
        const int own = QAccessibleWidget::indexOfChild(child);
        return own < 0 ? -1 : own + lineCount();
    }

    QAccessibleInterface *focusChild() const override
    {
        const LogView *v = view();
        const int index = v->currentRow() - v->firstVisibleRow();
        if (v->hasFocus() && v->currentRow() >= 0 && index >= 0 && index < lineCount())
            return child(index);
        return QAccessibleWidget::focusChild();
    }

    QAccessibleInterface *childAt(int x, int y) const override
    {
        const LogView *v = view();
        const QPoint local = v->viewport()->mapFromGlobal(QPoint(x, y));
        if (v->viewport()->rect().contains(local)) {
            const int index = local.y() / std::max(1, v->lineHeight());
            if (index < lineCount())
                return child(index);
        }
        return QAccessibleWidget::childAt(x, y);
    }

private:
    mutable std::vector<QAccessible::Id> m_lineIds; // index from the top of the viewport -> id
};

QAccessibleInterface *logViewAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(LogView::staticMetaObject.className()) && object && object->isWidgetType())
        if (auto *view = qobject_cast<LogView *>(object))
            return new LogViewAccessible(view);
    return nullptr;
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    static std::once_flag accessibleFactory;
    std::call_once(accessibleFactory, [] { QAccessible::installFactory(logViewAccessibleFactory); });
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
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_model = model;
    m_log = model ? model->logModel() : nullptr;
    m_modelNodesMeasured = 0;
    if (m_log) // cleared, its node names start again (and are measured again, as they come)
        connect(m_log, &QAbstractItemModel::modelReset, this, [this] { m_modelNodesMeasured = 0; });
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

QString LogView::lineText(int row) const
{
    if (!m_model || !m_log || row < 0 || row >= m_model->rowCount())
        return {};
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
        text += lineText(row);
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
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    QColor wanted;
    switch (level) {
    case LineLevel::Debug:
        // A step back from the text, towards the background: halfway (as it was) fell to
        // about 4:1, so it goes only as far as 4.5:1 allows.
        wanted = QColor((2 * text.red() + base.red()) / 3, (2 * text.green() + base.green()) / 3,
                        (2 * text.blue() + base.blue()) / 3);
        break;
    case LineLevel::Info:
        wanted = text;
        break;
    case LineLevel::Warning:
        wanted = dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
        break;
    case LineLevel::Error:
        wanted = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
        break;
    }
    // Whatever the palette (a user's theme may have an odd Base), never below 4.5:1.
    return readableOn(wanted, base);
}

QColor LogView::matchBackground(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0x7a, 0x5c, 0x00) : QColor(0xff, 0xd8, 0x4d);
}

QColor LogView::matchForeground(const QPalette &palette)
{
    return readableOn(palette.color(QPalette::Text), matchBackground(palette));
}

QList<std::pair<qsizetype, qsizetype>> LogView::matches(const QString &line, const QString &needle)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    if (needle.isEmpty())
        return found;
    for (qsizetype at = line.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = line.indexOf(needle, at + needle.size(), Qt::CaseInsensitive))
        found.append({at, needle.size()});
    return found;
}

void LogView::addKnownNodes(const QStringList &nodes)
{
    if (noteNodes(nodes)) {
        updateTextX();
        updateScrollBars();
        viewport()->update();
    }
}

bool LogView::noteNodes(const QStringList &nodes)
{
    bool wider = false;
    // Measured in this font and rounded up: a column even a fraction of a pixel narrower than
    // a name elides it (short names came out as "l…l" when the column was counted in 'M's).
    const QFontMetricsF metrics(font());
    for (const QString &node : nodes) {
        if (node.isEmpty() || m_measuredNodes.contains(node))
            continue;
        m_measuredNodes << node;
        const int width = std::min(m_maxNodeWidth, int(std::ceil(metrics.horizontalAdvance(node))) + 1);
        if (width > m_nodeWidth) {
            m_nodeWidth = width;
            wider = true;
        }
    }
    return wider;
}

QString LogView::nodeColumnText(const QString &node) const
{
    return QFontMetrics(font()).elidedText(node, Qt::ElideMiddle, m_nodeWidth);
}

// Nodes the model has seen since the last look: measured once each.
bool LogView::measureNewNodes()
{
    if (!m_log)
        return false;
    const QStringList &nodes = m_log->nodes();
    if (nodes.size() == m_modelNodesMeasured)
        return false;
    const qsizetype from = std::exchange(m_modelNodesMeasured, int(nodes.size()));
    if (!noteNodes(nodes.mid(from)))
        return false;
    updateTextX();
    return true;
}

void LogView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_lineHeight = std::max(1, metrics.height());
    m_charWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('M')));
    // The widest time this font can draw: its widest digit in every place, rounded up (twelve
    // 'M's, as it was counted before, could be narrower and cut off the last digit).
    const QFontMetricsF exact(font());
    QChar widest = QLatin1Char('0');
    for (char digit = '1'; digit <= '9'; ++digit)
        if (exact.horizontalAdvance(QLatin1Char(digit)) > exact.horizontalAdvance(widest))
            widest = QLatin1Char(digit);
    m_timeWidth = int(std::ceil(exact.horizontalAdvance(QStringLiteral("%1%1:%1%1:%1%1.%1%1%1").arg(widest)))) + 1;
    m_tagWidth = 0;
    for (const LineLevel level : {LineLevel::Debug, LineLevel::Info, LineLevel::Warning, LineLevel::Error})
        m_tagWidth = std::max(m_tagWidth, int(std::ceil(exact.horizontalAdvance(levelTag(level)))) + 1);
    m_maxNodeWidth = int(std::ceil(exact.horizontalAdvance(QString(kMaxNodeChars, QLatin1Char('n'))))) + 1;
    // Another font: every name known is measured again, with it.
    m_nodeWidth = 0;
    noteNodes(std::exchange(m_measuredNodes, {}));
    updateTextX();
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
}

void LogView::updateTextX()
{
    m_textX = kPadding + m_timeWidth + m_charWidth + m_tagWidth + m_charWidth
        + (m_nodeWidth > 0 ? m_nodeWidth + 2 * m_charWidth : 0);
}

void LogView::updateScrollBars()
{
    measureNewNodes();
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
    const QString needle = m_model->text();
    const QColor markBackground = matchBackground(pal);
    const QColor markText = matchForeground(pal);
    QColor colours[4];
    for (const LineLevel level : {LineLevel::Debug, LineLevel::Info, LineLevel::Warning, LineLevel::Error})
        colours[int(level)] = levelColor(level, pal);
    const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;

    for (int row = first; row <= last; ++row) {
        const QRect rect(0, (row - first) * m_lineHeight, width, m_lineHeight);
        const int source = m_model->sourceRow(row);
        const LineLevel level = m_log->level(source);
        const bool selected = row >= selFirst && row <= selLast;
        if (selected) {
            painter.fillRect(rect, pal.brush(group, QPalette::Highlight));
            painter.setPen(pal.color(group, QPalette::HighlightedText));
        } else {
            painter.setPen(colours[int(level)]);
        }
        int x = x0;
        painter.drawText(QRect(x, rect.y(), m_timeWidth, m_lineHeight), flags, timeText(m_log->timestampMsecs(source)));
        x += m_timeWidth + m_charWidth;
        painter.drawText(QRect(x, rect.y(), m_tagWidth, m_lineHeight), flags, levelTag(level));
        x += m_tagWidth + m_charWidth;
        if (m_nodeWidth > 0) {
            painter.drawText(QRect(x, rect.y(), m_nodeWidth, m_lineHeight), flags,
                             metrics.elidedText(m_log->node(source), Qt::ElideMiddle, m_nodeWidth));
            x += m_nodeWidth + 2 * m_charWidth;
        }
        const QByteArrayView utf8 = m_log->textUtf8(source);
        QString text = QString::fromUtf8(utf8.first(std::min<qsizetype>(utf8.size(), maxChars * 4)));
        if (text.size() > maxChars)
            text.truncate(maxChars);
        text.replace(QLatin1Char('\t'), QLatin1String("    "));
        const QRect textRect(x, rect.y(), std::max(0, width - x) + horizontalScrollBar()->value(), m_lineHeight);
        painter.drawText(textRect, flags, text);

        // What the filter looks for, marked where it occurs: drawn again on its mark.
        const auto found = matches(text, needle);
        if (!found.isEmpty()) {
            const QPen pen = painter.pen();
            painter.setPen(markText);
            for (const auto &[at, length] : found) {
                const int start = x + metrics.horizontalAdvance(text.first(at));
                const QString part = text.sliced(at, length);
                const QRect mark(start, rect.y(), metrics.horizontalAdvance(part), m_lineHeight);
                if (mark.left() > width)
                    break;
                painter.fillRect(mark, markBackground);
                painter.drawText(mark, flags | Qt::TextDontClip, part);
            }
            painter.setPen(pen);
        }

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
    announceCurrent();
}

// Tells a screen reader which line is current now, as a list view does.
void LogView::announceCurrent()
{
    if (!QAccessible::isActive() || !hasFocus() || m_current < 0)
        return;
    const int index = m_current - firstVisibleRow();
    if (index < 0 || index >= visibleRowCount())
        return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(index);
    QAccessible::updateAccessibility(&focus);
    QAccessibleEvent selection(this, QAccessible::Selection);
    selection.setChild(index);
    QAccessible::updateAccessibility(&selection);
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
