#pragma once

#include <QWizardPage>

class QLabel;

namespace uw::pages {

// The first page: what the wizard does and what the administrator should have at hand.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

private:
    QLabel *m_intro = nullptr;
};

} // namespace uw::pages
