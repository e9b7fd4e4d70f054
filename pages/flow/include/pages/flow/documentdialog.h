#pragma once

#include <QDialog>

class QTextBrowser;

namespace uw::pages {

// One HTML document to read, with Close: the plan before Start (plan), a rehearsal set beside
// this session (compare). The same documents the command line writes with --format html.
class DocumentDialog : public QDialog
{
    Q_OBJECT
public:
    DocumentDialog(const QString &title, const QString &html, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace uw::pages
