#include "pages/welcomepage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace uw::pages {

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("WelcomePage"));
    setTitle(tr("Welcome to Upgrade Wizard"));
    setSubTitle(tr("Upgrade API and messaging gateways one checked step at a time."));

    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setText(tr("<p>This wizard walks you through a vendor upgrade procedure as a sequence of pages: "
                        "checklists to sign off, automated checks, and long tasks that it runs for you while "
                        "you watch their logs.</p>"
                        "<p>Every step is recorded in a session journal, so an interrupted upgrade can be "
                        "resumed where it stopped, and the last page gives a go/no-go summary with a "
                        "report you can keep.</p>"
                        "<p>Before you start, have at hand the installation directories, host names and "
                        "credentials of every node you are going to upgrade. Passwords are never written to "
                        "logs, journals or reports.</p>"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addStretch();
}

} // namespace uw::pages
