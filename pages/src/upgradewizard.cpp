#include "pages/upgradewizard.h"

#include "pages/welcomepage.h"
#include "wizard/version.h"

namespace uw::pages {

UpgradeWizard::UpgradeWizard(QWidget *parent)
    : QWizard(parent)
    , m_welcomePage(new WelcomePage(this))
{
    setObjectName(QStringLiteral("UpgradeWizard"));
    setWindowTitle(tr("Upgrade Wizard %1").arg(QLatin1String(kVersion)));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, m_welcomePage);
    setStartId(WelcomePageId);
    resize(900, 640);
}

} // namespace uw::pages
