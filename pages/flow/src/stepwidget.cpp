#include "pages/flow/stepwidget.h"

#include "pages/flow/wizardsession.h"
#include "pages/log/contrast.h"
#include "pages/widgets/icons.h"
#include "pages/widgets/playbooktext.h"
#include "wizard/run/engine.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

namespace uw::pages {

namespace {

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return StepWidget::tr("blocker");
    case Severity::Warning:
        return StepWidget::tr("warning");
    case Severity::Info:
        return StepWidget::tr("info");
    }
    return {};
}

QString stateText(StepState::Status status)
{
    switch (status) {
    case StepState::Status::Pending:
        return StepWidget::tr("not done");
    case StepState::Status::Running:
        return StepWidget::tr("running");
    case StepState::Status::Passed:
        return StepWidget::tr("passed");
    case StepState::Status::Confirmed:
        return StepWidget::tr("signed off");
    case StepState::Status::Failed:
        return StepWidget::tr("failed");
    case StepState::Status::Cancelled:
        return StepWidget::tr("cancelled");
    case StepState::Status::Interrupted:
        return StepWidget::tr("interrupted");
    case StepState::Status::Skipped:
        return StepWidget::tr("skipped");
    }
    return {};
}

} // namespace

StepWidget::StepWidget(const Step &step, Engine *engine, QWidget *parent)
    : QFrame(parent)
    , m_key(step.key)
    , m_step(&step)
    , m_engine(engine)
    , m_operatorName(Session::defaultOperator())
    , m_stateIcon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_waits(new QLabel(this))
    , m_helpToggle(new QToolButton(this))
    , m_help(new QLabel(this))
{
    setObjectName(QStringLiteral("step:") + step.key);
    setFrameShape(QFrame::StyledPanel);
    const Item &item = *step.item;

    m_stateIcon->setObjectName(QStringLiteral("stateIcon"));
    m_stateIcon->setFixedSize(24, 24);
    auto *severity = new QLabel(this);
    severity->setPixmap(severityIcon(item.severity).pixmap(16, 16));
    severity->setToolTip(tr("Severity: %1").arg(severityText(item.severity)));
    severity->setAccessibleName(severity->toolTip());

    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(item.type == Item::Type::Info ? stepTitle(step)
                                                   : tr("%1 (%2)").arg(stepTitle(step), severityText(item.severity)));
    QFont bold = m_title->font();
    bold.setBold(item.type != Item::Type::Info);
    m_title->setFont(bold);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waits->setObjectName(QStringLiteral("waits"));
    m_waits->setWordWrap(true);
    m_waits->setTextFormat(Qt::PlainText);

    // Help is markdown written for the playbook: the vendor's section, in our words.
    m_help->setObjectName(QStringLiteral("help"));
    m_help->setTextFormat(Qt::MarkdownText);
    m_help->setWordWrap(true);
    m_help->setText(playbookText(item.help));
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_help->setOpenExternalLinks(true);
    m_help->setVisible(false);
    m_helpToggle->setObjectName(QStringLiteral("helpToggle"));
    m_helpToggle->setText(tr("Help"));
    m_helpToggle->setCheckable(true);
    m_helpToggle->setAutoRaise(true);
    m_helpToggle->setVisible(!item.help.isEmpty());
    m_helpToggle->setAccessibleName(tr("Show the help of %1").arg(stepTitle(step)));
    connect(m_helpToggle, &QToolButton::toggled, m_help, &QWidget::setVisible);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_helpToggle);
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_stateIcon, 0, 0, Qt::AlignTop);
    layout->addWidget(severity, 0, 1, Qt::AlignTop);
    layout->addWidget(m_title, 0, 2);
    layout->addLayout(buttons, 0, 3);
    layout->setColumnStretch(2, 1);
    int row = 1;

    // No mnemonics on a step's controls: a page holds many steps, whose letters would clash.
    // Tab reaches them, and the page's next-action button has its own.
    if (item.type == Item::Type::Confirm) {
        m_signedOff = new QCheckBox(tr("Signed off"), this);
        m_signedOff->setObjectName(QStringLiteral("signedOff"));
        // A screen reader reaches the box by Tab, away from the title above it: it says which.
        m_signedOff->setAccessibleName(tr("Signed off: %1").arg(stepTitle(step)));
        m_operator = new QLineEdit(Session::defaultOperator(), this);
        m_operator->setObjectName(QStringLiteral("operator"));
        m_operator->setPlaceholderText(tr("Operator"));
        useReadablePlaceholder(m_operator);
        m_operator->setAccessibleName(tr("Operator who signs off"));
        m_operator->setAccessibleDescription(tr("Sign-off of %1").arg(stepTitle(step)));
        m_note = new QLineEdit(this);
        m_note->setObjectName(QStringLiteral("note"));
        m_note->setPlaceholderText(tr("Note (optional): where, what, ticket..."));
        useReadablePlaceholder(m_note);
        m_note->setAccessibleName(tr("Note for the sign-off"));
        m_note->setAccessibleDescription(tr("Sign-off of %1").arg(stepTitle(step)));
        auto *signRow = new QHBoxLayout;
        signRow->addWidget(m_signedOff);
        signRow->addWidget(m_operator, 1);
        signRow->addWidget(m_note, 2);
        layout->addLayout(signRow, row++, 2, 1, 2);
        connect(m_signedOff, &QCheckBox::clicked, this, [this](bool checked) {
            if (checked && !signOff(m_note->text()))
                m_signedOff->setChecked(false);
            else if (!checked)
                revokeWithReason();
        });
    } else if (item.type == Item::Type::Check || item.type == Item::Type::Task) {
        m_trust = new QPushButton(tr("Trust this certificate..."), this);
        m_trust->setObjectName(QStringLiteral("trustCertificate"));
        m_trust->setToolTip(tr("The server's certificate is self-signed or not from a known authority: look at its "
                               "SHA-256 fingerprint, and trust it for this session"));
        m_trust->setAccessibleName(tr("Trust the server certificate for %1").arg(stepTitle(step)));
        m_trust->setVisible(false);
        connect(m_trust, &QPushButton::clicked, this, [this] { trustCertificateAndRetry(); });
        buttons->insertWidget(1, m_trust);
        m_run = new QPushButton(item.type == Item::Type::Check ? tr("Check") : tr("Run"), this);
        m_run->setObjectName(QStringLiteral("run"));
        m_run->setAccessibleName(tr("Run %1").arg(stepTitle(step)));
        buttons->insertWidget(1, m_run);
        connect(m_run, &QPushButton::clicked, this, [this] { run(); });
        if (item.type == Item::Type::Task) {
            m_progress = new QProgressBar(this);
            m_progress->setObjectName(QStringLiteral("progress"));
            m_progress->setRange(0, 1000);
            m_progress->setTextVisible(true);
            m_progress->setAccessibleName(tr("Progress of %1").arg(stepTitle(step)));
            m_cancel = new QPushButton(tr("Cancel"), this);
            m_cancel->setObjectName(QStringLiteral("cancel"));
            m_cancel->setAccessibleName(tr("Cancel %1").arg(stepTitle(step)));
            m_skip = new QPushButton(tr("Skip..."), this);
            m_skip->setObjectName(QStringLiteral("skip"));
            m_skip->setToolTip(tr("Skip this task, with a reason that goes into the journal and the report"));
            m_skip->setAccessibleName(tr("Skip %1").arg(stepTitle(step)));
            m_skip->setAccessibleDescription(m_skip->toolTip());
            m_revoke = new QPushButton(tr("Revoke the skip..."), this);
            m_revoke->setObjectName(QStringLiteral("revoke"));
            m_revoke->setToolTip(tr("Take the skip back, with a reason: the task is then to be done again"));
            m_revoke->setAccessibleName(tr("Revoke the skip of %1").arg(stepTitle(step)));
            buttons->insertWidget(2, m_cancel);
            buttons->insertWidget(3, m_skip);
            buttons->insertWidget(4, m_revoke);
            connect(m_revoke, &QPushButton::clicked, this, &StepWidget::revokeWithReason);
            layout->addWidget(m_progress, row++, 2, 1, 2);
            connect(m_cancel, &QPushButton::clicked, this, [this] { m_engine->cancel(m_key); });
            connect(m_skip, &QPushButton::clicked, this, &StepWidget::skipWithReason);
        }
    }
    layout->addWidget(m_summary, row++, 2, 1, 2);
    layout->addWidget(m_waits, row++, 2, 1, 2);
    layout->addWidget(m_help, row++, 2, 1, 2);
    refresh();
}

void StepWidget::setOperatorName(const QString &name)
{
    m_operatorName = name;
    if (m_operator && m_operator->isEnabled())
        m_operator->setText(name);
}

void StepWidget::refresh()
{
    const StepState state = m_engine->state(m_key);
    const Item &item = *m_step->item;
    const bool running = state.status == StepState::Status::Running;
    m_stateIcon->setPixmap(stateIcon(state.status).pixmap(24, 24));
    m_stateIcon->setToolTip(stateText(state.status));
    m_stateIcon->setAccessibleName(tr("State: %1").arg(stateText(state.status)));

    QString summary = state.translatedSummary();
    // The time in the user's language and time zone.
    const QString when = QLocale().toString(state.time.toLocalTime(), QLocale::ShortFormat);
    if (state.status == StepState::Status::Confirmed)
        summary = state.note.isEmpty() ? tr("Signed off by %1 at %2").arg(state.operatorName, when)
                                       : tr("Signed off by %1 at %2: %3").arg(state.operatorName, when, state.note);
    else if (state.status == StepState::Status::Skipped)
        summary = tr("Skipped by %1: %2").arg(state.operatorName, state.note);
    if (state.status == StepState::Status::Failed && !item.remedy.isEmpty())
        summary += u'\n' + tr("What to do: %1").arg(playbookText(item.remedy));
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());

    // Why it cannot start yet, before anyone tries: the cross-node order is visible.
    const QString why = state.isDone() || running || item.type == Item::Type::Info
        ? QString()
        : m_engine->whyNotStartableText(m_key).translated();
    m_waits->setText(why.isEmpty() ? QString() : tr("Waits: %1").arg(why));
    m_waits->setVisible(!why.isEmpty());

    if (m_signedOff) {
        // Checked stays enabled: unchecking it revokes the sign-off, with a reason.
        const bool confirmed = state.status == StepState::Status::Confirmed;
        m_signedOff->setChecked(confirmed);
        m_signedOff->setToolTip(confirmed ? tr("Uncheck to revoke the sign-off, with a reason") : QString());
        m_operator->setEnabled(!confirmed);
        m_note->setEnabled(!confirmed);
    }
    if (m_run) {
        m_run->setEnabled(!running);
        const bool again = state.status != StepState::Status::Pending;
        if (item.type == Item::Type::Check)
            m_run->setText(again ? tr("Check again") : tr("Check"));
        else
            m_run->setText(state.status == StepState::Status::Failed || state.status == StepState::Status::Cancelled
                                   || state.status == StepState::Status::Interrupted
                               ? tr("Retry")
                               : tr("Run"));
        m_run->setVisible(item.type == Item::Type::Check || !state.isDone());
    }
    if (m_trust)
        m_trust->setVisible(state.status == StepState::Status::Failed && !untrustedFingerprint().isEmpty());
    if (m_cancel) {
        m_cancel->setVisible(running);
        m_skip->setVisible(!running && !state.isDone());
        m_revoke->setVisible(state.status == StepState::Status::Skipped);
        if (!running)
            m_progress->setValue(state.status == StepState::Status::Passed ? 1000 : 0);
        m_progress->setVisible(running || state.status == StepState::Status::Passed);
    }
}

void StepWidget::setProgress(double fraction, const Text &text)
{
    if (!m_progress)
        return;
    m_progress->setVisible(true);
    if (fraction < 0) {
        m_progress->setRange(0, 0); // busy: the task does not say how far it is
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(fraction * 1000));
    }
    if (!text.isEmpty())
        m_progress->setFormat(text.translated().left(80));
}

bool StepWidget::run()
{
    if (m_startGate && !m_startGate(m_key))
        return false;
    if (auto started = m_engine->start(m_key); !started) {
        showRefusal(started.error().shownMessage());
        return false;
    }
    refresh();
    Q_EMIT stateChanged(m_key);
    return true;
}

void StepWidget::takeFocus()
{
    if (m_signedOff && m_signedOff->isEnabled())
        m_signedOff->setFocus(Qt::OtherFocusReason);
    else if (m_run && m_run->isVisible())
        m_run->setFocus(Qt::OtherFocusReason);
    else
        setFocus(Qt::OtherFocusReason);
}

bool StepWidget::signOff(const QString &note)
{
    const QString who = m_operator ? m_operator->text().trimmed() : QString();
    if (who.isEmpty()) {
        showRefusal(tr("Give the name of the operator who signs off."));
        return false;
    }
    if (auto confirmed = m_engine->confirm(m_key, who, note); !confirmed) {
        showRefusal(confirmed.error().shownMessage());
        return false;
    }
    refresh();
    Q_EMIT stateChanged(m_key);
    return true;
}

QString StepWidget::untrustedFingerprint() const
{
    static const QRegularExpression certificate(
        QStringLiteral("server certificate: SHA-256 ((?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2})"));
    const StepState state = m_engine->state(m_key);
    QStringList places{state.summary};
    for (const Text &line : state.evidence)
        places << line.english();
    for (const QString &text : places)
        if (const auto match = certificate.match(text); match.hasMatch())
            return match.captured(1).toUpper();
    return {};
}

bool StepWidget::trustCertificateAndRetry(bool ask)
{
    const QString fingerprint = untrustedFingerprint();
    if (fingerprint.isEmpty())
        return false;
    if (ask
        && QMessageBox::question(this, tr("Trust this certificate?"),
                                 tr("The server's certificate has this SHA-256 fingerprint:\n\n%1\n\nCompare it with "
                                    "the one the gateway's administrator gives you (for example from the gateway's "
                                    "own console). Trust it for the rest of this session?")
                                     .arg(fingerprint),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return false;
    const QString who = m_operator ? m_operator->text() : m_operatorName;
    if (auto trusted = m_engine->trustCertificate(fingerprint, who); !trusted) {
        showRefusal(trusted.error().shownMessage());
        return false;
    }
    return run();
}

void StepWidget::skipWithReason()
{
    const Item &item = *m_step->item;
    // What the skip does to the decision, said before it is done.
    const bool blocker = item.severity == Severity::Blocker;
    const QString consequence = !blocker ? tr("Why is this task skipped? The reason goes into the journal and the "
                                              "report.")
        : item.waivable ? tr("This blocker may be waived: with a reason and your name, the decision becomes GO with "
                             "waivers, which lists who waived it, when and why. Why is it waived?")
                        : tr("This blocker cannot be waived: skipping it keeps the decision at NO-GO until it is "
                             "done. Why is it skipped?");
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, (blocker && item.waivable ? tr("Waive %1") : tr("Skip %1")).arg(stepTitle(*m_step)), consequence,
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString who = m_operator ? m_operator->text() : m_operatorName;
    if (auto skipped = m_engine->skip(m_key, who, reason.trimmed()); !skipped)
        showRefusal(skipped.error().shownMessage());
    refresh();
    Q_EMIT stateChanged(m_key);
}

void StepWidget::revokeWithReason()
{
    const bool skipped = m_engine->state(m_key).status == StepState::Status::Skipped;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, (skipped ? tr("Revoke the skip of %1") : tr("Revoke the sign-off of %1")).arg(stepTitle(*m_step)),
        tr("Why is it taken back? The reason and your name go into the journal and the report; the step is then "
           "not done until it is done again."),
        QLineEdit::Normal, QString(), &ok);
    const QString who = m_operator ? m_operator->text().trimmed() : m_operatorName;
    if (ok) {
        if (auto revoked = m_engine->revoke(m_key, who, reason.trimmed()); !revoked)
            showRefusal(revoked.error().shownMessage());
    }
    refresh(); // also when nothing changed: the checkbox shows the sign-off again
    Q_EMIT stateChanged(m_key);
}

// Said on the step itself, where the operator looks, rather than in a dialog to click away.
void StepWidget::showRefusal(const QString &why)
{
    m_waits->setText(tr("Not started: %1").arg(why));
    m_waits->setVisible(true);
    m_waits->setFocus();
}

} // namespace uw::pages
