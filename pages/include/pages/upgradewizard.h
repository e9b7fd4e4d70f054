#pragma once

#include <QWizard>

namespace uw::pages {

class WelcomePage;

// The main window: a wizard that walks a playbook page by page. It opens on the welcome
// page; the playbook's own pages are added once one is chosen.
class UpgradeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId = 0 };

    explicit UpgradeWizard(QWidget *parent = nullptr);

    WelcomePage *welcomePage() const { return m_welcomePage; }

private:
    WelcomePage *m_welcomePage = nullptr;
};

} // namespace uw::pages
