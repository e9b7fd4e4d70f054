#pragma once

#include "pages/log/logmodel.h"
#include "wizard/tasks/taskrunner.h"

#include <QAbstractScrollArea>
#include <QPointer>

namespace uw::pages {

class LogFilterModel;

// Shows the rows of a LogFilterModel, painting only the lines in sight, one fixed-height line
// each: time, level, node, text, coloured by level for the current palette.
//
// QListView and QTreeView keep layout data for every row and lay all rows out again when rows
// are inserted, which with a million lines costs more than the lines themselves; here a row is
// found by arithmetic (first visible row = the scroll bar's value), so appending is O(1).
//
// Selection is one contiguous range of rows (click, Shift+click, drag, Shift+arrows, Ctrl+A);
// Ctrl+C copies it. Following the tail keeps the last line in sight as lines arrive; scrolling
// up stops it, End (or the panel's toggle) starts it again.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
    Q_PROPERTY(bool followTail READ followTail WRITE setFollowTail NOTIFY followTailChanged)
public:
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
    QString selectedText() const;
    // Puts the selected lines on the clipboard; nothing happens without a selection.
    void copy();

    int firstVisibleRow() const;
    int visibleRowCount() const; // rows that fit in the viewport, the last one maybe in part
    int lineHeight() const { return m_lineHeight; }

    // The text for a level, as shown and copied ("DEBUG", "INFO", "WARN", "ERROR"), translated.
    static QString levelTag(uw::LineLevel level);
    // The colour of a line of `level` on `palette`: the text colour for info, a dimmed one for
    // debug, and for warnings and errors an amber and a red that read well on light and on
    // dark backgrounds.
    static QColor levelColor(uw::LineLevel level, const QPalette &palette);

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
    void updateScrollBars();
    void moveCurrent(int row, bool extend);
    int rowAt(int y) const;
    QString rowText(int row) const;

    QPointer<LogFilterModel> m_model;
    QPointer<LogModel> m_log;
    bool m_followTail = true;
    bool m_settingScroll = false; // the view moves the scroll bars itself: no user scroll
    int m_anchor = -1; // selection: anchor..current, in model rows
    int m_current = -1;
    int m_lineHeight = 1;
    int m_charWidth = 1;
    int m_nodeChars = 0; // width of the node column, in characters
    int m_textX = 0; // where the text column starts, in pixels
};

} // namespace uw::pages
