#pragma once

#include "pages/log/logfiltermodel.h"
#include "pages/log/logmodel.h"
#include "wizard/tasks/taskrunner.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QStringList>

#include <utility>

namespace uw::pages {

// Shows the rows of a LogFilterModel, painting only the lines in sight, one fixed-height line
// each: time, level, node, text, coloured by level for the current palette. The columns are
// measured with the font: the time column fits the widest time the font can draw, the node
// column the widest node name known so far (the plan's, given with addKnownNodes(), and every
// node that logged) up to kMaxNodeChars characters, and it never narrows, so lines do not
// shift as nodes start logging. What the text filter looks for is marked in the lines.
//
// QListView and QTreeView keep layout data for every row and lay all rows out again when rows
// are inserted, which with a million lines costs more than the lines themselves; here a row is
// found by arithmetic (first visible row = the scroll bar's value), so appending is O(1).
//
// Selection is one contiguous range of rows (click, Shift+click, drag, Shift+arrows, Ctrl+A);
// Ctrl+C copies it. Following the tail keeps the last line in sight as lines arrive; scrolling
// up stops it, End (or the panel's toggle) starts it again.
//
// Screen readers see a list whose items are the lines in sight (each with its full text, and
// whether it is selected or current); moving the current line announces it.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
    Q_PROPERTY(bool followTail READ followTail WRITE setFollowTail NOTIFY followTailChanged)
public:
    // Longer node names are elided in the middle in the node column.
    static constexpr int kMaxNodeChars = 32;

    explicit LogView(QWidget *parent = nullptr);

    void setModel(LogFilterModel *model);
    LogFilterModel *model() const { return m_model; }

    bool followTail() const { return m_followTail; }
    void setFollowTail(bool follow);

    // The selected rows of the model, first to last; -1, -1 when nothing is selected.
    int selectionFirst() const;
    int selectionLast() const;
    bool hasSelection() const { return m_anchor >= 0; }
    // Selects first..last (either order: `first` is the anchor, `last` the current row).
    void selectRows(int first, int last);
    void selectAll();
    void clearSelection();
    int currentRow() const { return m_current; }
    // The rows first..last of the model, one line each, as the view shows them:
    // "hh:mm:ss.zzz LEVEL node: text" (the node part only for lines that have one).
    QString rowsText(int first, int last) const;
    // One row as rowsText() gives it, without the line break; empty for a row that is not there.
    QString lineText(int row) const;
    QString selectedText() const;
    // Puts the selected lines on the clipboard; nothing happens without a selection.
    void copy();

    int firstVisibleRow() const;
    int visibleRowCount() const; // rows that fit in the viewport, the last one maybe in part
    int lineHeight() const { return m_lineHeight; }

    // Node names the node column is to fit before they log (the steps' nodes of the page).
    void addKnownNodes(const QStringList &nodes);
    // Column widths in pixels, as painted.
    int timeColumnWidth() const { return m_timeWidth; }
    int nodeColumnWidth() const { return m_nodeWidth; }
    // A node's name as the node column shows it: whole unless it is wider than the column.
    QString nodeColumnText(const QString &node) const;
    // Where `needle` occurs in `line` (case-insensitive), as (position, length) pairs: what the
    // view marks while the filter has that text.
    static QList<std::pair<qsizetype, qsizetype>> matches(const QString &line, const QString &needle);

    // The text for a level, as shown and copied ("DEBUG", "INFO", "WARN", "ERROR"), translated.
    static QString levelTag(uw::LineLevel level);
    // The colour of a line of `level` on `palette`: the text colour for info, a dimmed one for
    // debug, and for warnings and errors an amber and a red that read well on light and on
    // dark backgrounds.
    // Each is at least 4.5:1 against the palette's Base (WCAG 2, normal text).
    static QColor levelColor(uw::LineLevel level, const QPalette &palette);
    // The background and text of a search match, likewise at least 4.5:1 apart.
    static QColor matchBackground(const QPalette &palette);
    static QColor matchForeground(const QPalette &palette);

Q_SIGNALS:
    void followTailChanged(bool follow);
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateMetrics();
    bool noteNodes(const QStringList &nodes);
    bool measureNewNodes();
    void updateTextX();
    void updateScrollBars();
    void announceCurrent();
    void moveCurrent(int row, bool extend);
    int rowAt(int y) const;

    QPointer<LogFilterModel> m_model;
    QPointer<LogModel> m_log;
    bool m_followTail = true;
    bool m_settingScroll = false; // the view moves the scroll bars itself: no user scroll
    int m_anchor = -1; // selection: anchor..current, in model rows
    int m_current = -1;
    int m_lineHeight = 1;
    int m_charWidth = 1;
    int m_timeWidth = 0; // the widest hh:mm:ss.zzz in this font
    int m_tagWidth = 0; // the widest level tag
    int m_nodeWidth = 0; // the widest node known (capped), never narrower while the font stays
    int m_maxNodeWidth = 0; // kMaxNodeChars characters
    QStringList m_measuredNodes; // every node name measured, kept across clears and font changes
    int m_modelNodesMeasured = 0; // of the model's nodes()
    int m_textX = 0; // where the text column starts, in pixels
};

} // namespace uw::pages
