#include "pages/flow/documentdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace uw::pages {

DocumentDialog::DocumentDialog(const QString &title, const QString &html, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(title);
    m_browser->setObjectName(QStringLiteral("document"));
    m_browser->setAccessibleName(title);
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(960, 640);
}

} // namespace uw::pages
