// uw-screenshots: the wizard rendered offscreen at 1280x800, the way a user walks it, for the
// documentation and for checking translations page by page. For each language and each
// bundled playbook it runs training mode to GO in a fresh data folder and grabs the welcome,
// parameters and topology pages, every playbook page once its steps are done, the summary, and
// the topology again with the node x step grid filled; for each vendor playbook it also runs
// one fault to NO-GO and grabs the page where it stops (once more with its log narrowed to the
// failed step, a word of its error marked), the summary (with the remedy under the failure and
// the training debrief) and the main part of the PDF report; and the values Start shows and the
// change-parameter dialog. It drives the same
// widgets as tests/pages/flow/tst_wizardflow.cpp, by clicking.

#include "pages/flow/changeparameterdialog.h"
#include "pages/flow/parameterspage.h"
#include "pages/flow/playbookpage.h"
#include "pages/flow/stepwidget.h"
#include "pages/flow/summarypage.h"
#include "pages/flow/upgradewizard.h"
#include "pages/flow/welcomepage.h"
#include "pages/flow/wizardsession.h"
#include "pages/log/logfiltermodel.h"
#include "pages/log/logmodel.h"
#include "pages/log/logpanel.h"
#include "wizard/playbook/playbookloader.h"
#include "wizard/report/report.h"
#include "wizard/run/engine.h"
#include "wizard/support/version.h"

#include "app/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

using namespace uw;
using namespace uw::pages;

namespace {

constexpr QSize kSize(1280, 800);
// Each simulated task finishes in well under a second at UW_SIM_SPEED=0; a minute leaves room
// for a loaded machine without hanging forever on a stuck step.
constexpr int kStepTimeoutMs = 60000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Runs the event loop for `ms`: queued signals, timers (the log panel batches its lines) and
// layouts all get their turn before a grab.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        settle(10);
    }
    return true;
}

// The faults the NO-GO runs use: one that applies to each vendor playbook and stops a page.
QStringList faultFor(const QString &playbook)
{
    if (playbook == u"axway-upgrade")
        return {QStringLiteral("sysupgrade.upgrade=license")};
    if (playbook == u"cortex-upgrade")
        return {QStringLiteral("http.publish=500")};
    if (playbook == u"kaazing-upgrade")
        return {QStringLiteral("kaazing.port=in-use")};
    return {};
}

// Whether an image has content: a blank window (nothing painted) is one or two flat colours.
bool isBlank(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2) {
            colours.insert(line[x]);
            if (colours.size() > 16)
                return false;
        }
    }
    return true;
}

// What a screenshot file must be: a readable 1280x800 PNG with something on it. Empty: fine.
QString problemWith(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QStringLiteral("missing");
    QImage image;
    if (!image.load(path, "PNG"))
        return QStringLiteral("not a readable PNG");
    if (image.size() != kSize)
        return QStringLiteral("%1x%2, not %3x%4")
            .arg(image.width())
            .arg(image.height())
            .arg(kSize.width())
            .arg(kSize.height());
    if (isBlank(image))
        return QStringLiteral("blank");
    return {};
}

// Copies the folder `from` to `to`, recursively.
bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

class Shooter
{
public:
    Shooter(const QString &dir, const QString &programPath)
        : m_dir(dir)
        , m_programPath(programPath)
    { }

    // One training run of `playbook`: to GO without faults, or to where the fault stops it.
    void run(const QString &playbook, const QStringList &faults, bool grabWelcome);

    QStringList expected() const { return m_expected; }
    QStringList problems() const { return m_problems; }

private:
    void grab(const QString &name);
    // The next modal dialog named `objectName`, when it opens: grabbed over the wizard as
    // `name` (unless empty), then accepted or rejected.
    void onDialog(const QString &objectName, const QString &name, bool accept,
                  const std::function<void(QDialog *)> &prepare = {});
    void grabReport(const Engine &engine, const QString &name);
    bool next();
    bool workThrough(PlaybookPage &page, Engine &engine);
    void grabFailedStepLog(PlaybookPage &page, const Engine &engine, const QString &name);
    void fail(const QString &playbook, const QString &what) { m_problems << playbook + QStringLiteral(": ") + what; }

    QString m_dir;
    QString m_programPath;
    UpgradeWizard *m_wizard = nullptr;
    // Copies of the GO runs' sessions, which the NO-GO run of the same playbook is compared with
    // ("Compare with a rehearsal..."): each run's own data folder goes with it.
    QTemporaryDir m_kept;
    QHash<QString, QString> m_goSessions;
    QStringList m_expected;
    QStringList m_problems;
};

void Shooter::grab(const QString &name)
{
    const QString path = m_dir + u'/' + name + QStringLiteral(".png");
    m_expected << path;
    if (m_wizard->size() != kSize)
        m_wizard->setFixedSize(kSize);
    settle(150);
    QPixmap pixmap = m_wizard->grab();
    // A high-DPI screen would grab more pixels than the window has; the files are window-sized.
    if (pixmap.size() != kSize)
        pixmap = pixmap.scaled(kSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (!pixmap.save(path, "PNG")) {
        m_problems << path + QStringLiteral(": cannot write");
        return;
    }
    out() << path << Qt::endl;
}

void Shooter::onDialog(const QString &objectName, const QString &name, bool accept,
                       const std::function<void(QDialog *)> &prepare)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [this, timer, objectName, name, accept, prepare] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        if (prepare)
            prepare(dialog);
        if (!name.isEmpty()) {
            settle(150);
            // The dialog over the window it belongs to, as the operator sees them.
            QImage image = m_wizard->grab().toImage().scaled(kSize).convertToFormat(QImage::Format_RGB32);
            const QPixmap over = dialog->grab();
            QPainter painter(&image);
            painter.drawPixmap((kSize.width() - over.width()) / 2, (kSize.height() - over.height()) / 2, over);
            painter.end();
            const QString path = m_dir + u'/' + name + QStringLiteral(".png");
            m_expected << path;
            if (!image.save(path, "PNG"))
                m_problems << path + QStringLiteral(": cannot write");
            else
                out() << path << Qt::endl;
        }
        if (accept)
            dialog->accept();
        else
            dialog->reject();
    });
    timer->start();
}

// The main part of the exported PDF (at most two A4 pages), as the PDF lays it out, side by
// side on a 1280x800 image: the failure with its remedy, in the wizard's language.
void Shooter::grabReport(const Engine &engine, const QString &name)
{
    const QString path = m_dir + u'/' + name + QStringLiteral(".png");
    m_expected << path;
    const QList<QImage> pages = SummaryPage::renderPages(buildReport(engine), false, 75);
    QImage canvas(kSize, QImage::Format_RGB32);
    canvas.fill(QColor(0x80, 0x80, 0x80));
    QPainter painter(&canvas);
    int x = 16;
    for (qsizetype i = 0; i < pages.size() && i < 2; ++i) {
        painter.drawImage(QPoint(x, (kSize.height() - pages.at(i).height()) / 2), pages.at(i));
        x += pages.at(i).width() + 16;
    }
    painter.end();
    if (!canvas.save(path, "PNG")) {
        m_problems << path + QStringLiteral(": cannot write");
        return;
    }
    out() << path << Qt::endl;
}

bool Shooter::next()
{
    QWizardPage *page = m_wizard->currentPage();
    QAbstractButton *button = m_wizard->button(page->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    if (!button->isVisible() || !button->isEnabled())
        return false;
    button->click();
    return true;
}

// The stopped page again, its log as an operator narrows it down: the failed step chosen, all
// levels, and a word of the step's first error looked for (and marked where it occurs).
void Shooter::grabFailedStepLog(PlaybookPage &page, const Engine &engine, const QString &name)
{
    QString failed;
    for (const QString &key : page.stepKeys())
        if (failed.isEmpty() && engine.state(key).status == StepState::Status::Failed)
            failed = key;
    LogPanel *log = page.logPanel();
    auto *level = log->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    auto *text = log->findChild<QLineEdit *>(QStringLiteral("textFilter"));
    if (failed.isEmpty() || !level || !text) {
        m_problems << name + QStringLiteral(": no failed step, or no log filters");
        return;
    }
    log->chooseStep(failed);
    level->setCurrentIndex(level->findData(int(LineLevel::Debug)));
    const LogModel *model = log->model();
    QString word;
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    for (int row = 0; row < model->rowCount() && word.isEmpty(); ++row) {
        if (model->stepKey(row) != failed || model->level(row) != LineLevel::Error)
            continue;
        for (const QString &candidate : model->text(row).split(separators, Qt::SkipEmptyParts))
            if (word.isEmpty() && candidate.size() >= 4)
                word = candidate;
    }
    text->setText(word);
    waitFor([&] { return !log->filterModel()->isFiltering(); }, 5000);
    grab(name);
    text->clear();
    level->setCurrentIndex(level->findData(int(LineLevel::Info)));
    log->chooseStep(QString());
}

// As an operator reads the page, top to bottom: each step is signed off or run and finished
// before the next; a step that waits for another page's steps is left alone.
bool Shooter::workThrough(PlaybookPage &page, Engine &engine)
{
    for (const QString &key : page.stepKeys()) {
        if (engine.state(key).isDone() || !engine.whyNotStartable(key).isEmpty())
            continue;
        StepWidget *widget = page.stepWidget(key);
        if (auto *signOff = widget->findChild<QCheckBox *>(QStringLiteral("signedOff")))
            signOff->click();
        else if (auto *runButton = widget->findChild<QPushButton *>(QStringLiteral("run"));
                 runButton && runButton->isVisible())
            runButton->click();
        else
            continue;
        if (!waitFor([&] { return engine.state(key).status != StepState::Status::Running; }, kStepTimeoutMs))
            return false;
    }
    return true;
}

void Shooter::run(const QString &playbook, const QStringList &faults, bool grabWelcome)
{
    const bool noGo = !faults.isEmpty();
    // A fresh data folder per run: no sessions from earlier runs on the welcome page, and the
    // training sandbox starts clean. It must outlive the wizard, whose session writes there.
    QTemporaryDir home;
    if (!home.isValid())
        return fail(playbook, QStringLiteral("cannot make a temporary data folder"));
    qputenv("XDG_DATA_HOME", home.path().toUtf8());

    auto wizard = std::make_unique<UpgradeWizard>();
    m_wizard = wizard.get();
    const auto done = qScopeGuard([&] {
        // Work still running stops before the data folder goes.
        wizard->mayClose(false);
        wizard.reset();
        m_wizard = nullptr;
    });
    wizard->session()->setProgramPath(m_programPath);
    wizard->setFixedSize(kSize);
    wizard->show();
    settle(50);

    if (!wizard->welcomePage()->selectPlaybook(playbook))
        return fail(playbook, QStringLiteral("not a bundled playbook"));
    wizard->welcomePage()->setTraining(true, faults);
    if (grabWelcome)
        grab(QStringLiteral("welcome"));
    if (!next())
        return fail(playbook, QStringLiteral("Next is disabled on the welcome page"));
    if (!waitFor(
            [&] { return wizard->currentPage() == wizard->parametersPage() && wizard->parametersPage()->isComplete(); },
            10000))
        return fail(playbook, QStringLiteral("the parameters page did not fill in"));
    // A maintenance window around now: the playbook pages show where the session stands in it.
    if (!noGo) {
        if (auto *window = wizard->parametersPage()->findChild<QLineEdit *>(QStringLiteral("window"))) {
            const QDateTime now = QDateTime::currentDateTime();
            window->setText(QStringLiteral("%1-%2").arg(now.addSecs(-1800).toString(QStringLiteral("HH:mm")),
                                                        now.addSecs(4 * 3600).toString(QStringLiteral("HH:mm"))));
        }
        settle(50);
        grab(playbook + QStringLiteral("-parameters"));
        // The plan, before Start.
        onDialog(QStringLiteral("PlanDialog"), playbook + QStringLiteral("-plan"), false);
        if (!wizard->parametersPage()->showPlan())
            fail(playbook, QStringLiteral("the form's values make no plan"));
    }
    // Start first shows the values the session will have.
    onDialog(QStringLiteral("startSummary"), noGo ? QString() : playbook + QStringLiteral("-start-summary"), true);
    if (!next())
        return fail(playbook, QStringLiteral("Start is disabled on the parameters page"));
    Engine *engine = wizard->session()->engine();
    if (!engine)
        return fail(playbook, QStringLiteral("Start made no session"));
    if (!waitFor([&] { return wizard->currentId() == UpgradeWizard::TopologyPageId; }, 5000))
        return fail(playbook, QStringLiteral("the topology page does not follow the parameters"));
    if (!noGo)
        grab(playbook + QStringLiteral("-topology"));

    const QString prefix = playbook + (noGo ? QStringLiteral("-nogo-") : QStringLiteral("-"));
    const QList<PlaybookPage *> pages = wizard->playbookPages();
    bool stopped = false;
    for (int i = 0; i < pages.size() && !stopped; ++i) {
        PlaybookPage *page = pages.at(i);
        while (wizard->currentPage() != page)
            if (!next())
                return fail(playbook, QStringLiteral("Next is disabled on ") + wizard->currentPage()->objectName());
        if (!workThrough(*page, *engine))
            return fail(playbook, page->objectName() + QStringLiteral(": a step did not finish"));
        // A failed blocker keeps the page incomplete: in a NO-GO run that is where it stops.
        waitFor([&] { return page->isComplete() || (noGo && !page->hasRunningStep()); }, kStepTimeoutMs);
        stopped = !page->isComplete();
        if (stopped && !noGo)
            return fail(playbook,
                        page->objectName() + QStringLiteral(" stays incomplete: ") + engine->decision().headline());
        if (!noGo || stopped) {
            const QString id = wizard->session()->playbook()->pages.at(page->pageIndex()).id;
            grab(prefix + QStringLiteral("%1-").arg(i + 1, 2, 10, QLatin1Char('0')) + id);
            if (stopped)
                grabFailedStepLog(*page, *engine,
                                  prefix + QStringLiteral("%1-").arg(i + 1, 2, 10, QLatin1Char('0')) + id
                                      + QStringLiteral("-log"));
        }
    }
    if (noGo && !stopped)
        fail(playbook, QStringLiteral("the fault %1 did not stop a page").arg(faults.join(u',')));
    // The change-parameter dialog over the last page, every step done: a new value for the
    // first text parameter that some done step uses, and what the change would set back.
    if (!noGo) {
        onDialog(QStringLiteral("ChangeParameterDialog"), playbook + QStringLiteral("-change-parameter"), false,
                 [](QDialog *dialog) {
                     auto *change = qobject_cast<ChangeParameterDialog *>(dialog);
                     auto *parameters = dialog->findChild<QComboBox *>(QStringLiteral("parameter"));
                     for (int i = 0; change && parameters && i < parameters->count(); ++i) {
                         change->selectParameter(parameters->itemData(i).toString());
                         auto *edit = qobject_cast<QLineEdit *>(change->field());
                         if (!edit || edit->echoMode() != QLineEdit::Normal || edit->text().isEmpty())
                             continue;
                         edit->setText(edit->text() + QStringLiteral("-new"));
                         if (!change->stepsToRedo().contains(QLatin1String("nothing")))
                             break;
                         edit->undo();
                     }
                     change->reason()->setText(QStringLiteral("the value in the change ticket differs"));
                 });
        wizard->changeParameter();
    }
    const Decision decision = engine->decision();
    if (decision.go == noGo)
        fail(playbook, QStringLiteral("the decision is %1").arg(decision.headline()));

    // The summary: after the last page in a GO run; in a NO-GO run through the Summary button
    // the wizard offers on every playbook page, since the stopped page keeps Next disabled.
    if (noGo && stopped) {
        QAbstractButton *summary = wizard->button(QWizard::CustomButton1);
        if (!summary->isVisible() || !summary->isEnabled())
            return fail(playbook, QStringLiteral("no Summary button on ") + wizard->currentPage()->objectName());
        summary->click();
    }
    while (wizard->currentId() != UpgradeWizard::SummaryPageId)
        if (!next())
            return fail(playbook,
                        QStringLiteral("cannot reach the summary from ") + wizard->currentPage()->objectName());
    grab(playbook + (noGo ? QStringLiteral("-summary-nogo") : QStringLiteral("-summary-go")));
    if (noGo)
        grabReport(*engine, playbook + QStringLiteral("-report-nogo"));
    // The GO run's session kept; the NO-GO run compared with it, as with a rehearsal.
    if (!noGo && m_kept.isValid()) {
        const QString copy = m_kept.filePath(playbook);
        if (copyFolder(engine->session().dir(), copy))
            m_goSessions.insert(playbook, copy);
    }
    if (noGo && m_goSessions.contains(playbook)) {
        onDialog(QStringLiteral("CompareDialog"), playbook + QStringLiteral("-compare"), false);
        if (!wizard->summaryPage()->showComparison(m_goSessions.value(playbook)))
            fail(playbook, QStringLiteral("the NO-GO session cannot be compared with the GO one"));
    }

    // Back to the topology page: the node x step grid now shows every step's outcome.
    if (!noGo) {
        while (wizard->currentId() != UpgradeWizard::TopologyPageId && wizard->currentId() != -1)
            wizard->back();
        grab(playbook + QStringLiteral("-topology-done"));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Screenshots look the same everywhere: offscreen unless told otherwise, and the simulated
    // tools without their realistic pacing.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("UW_SIM_SPEED"))
        qputenv("UW_SIM_SPEED", "0");
    // Sign-offs show who gave them: the same name on every machine, not the builder's login.
    qputenv("USER", "trainer");
    qunsetenv("USERNAME");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(kApplicationName));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders every page of the wizard offscreen at 1280x800 into DIR/<lang>/, in training mode."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Where to write (default: screenshots)."),
                                       QStringLiteral("DIR"), QStringLiteral("screenshots"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("en or de; repeat it or give a list (default: en,de)."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption playbookOption(
        QStringLiteral("playbook"), QStringLiteral("Only this bundled playbook (repeatable)."), QStringLiteral("ID"));
    parser.addOptions({outOption, langOption, playbookOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        err() << "uw-screenshots: unexpected argument " << parser.positionalArguments().first() << Qt::endl;
        return 2;
    }

    QStringList langs;
    for (const QString &value : parser.values(langOption))
        for (const QString &lang : value.split(u',', Qt::SkipEmptyParts))
            langs << lang.trimmed();
    if (langs.isEmpty())
        langs = {QStringLiteral("en"), QStringLiteral("de")};
    const QStringList known = QStringList{QStringLiteral("en")} + uw::app::availableLanguages();
    for (const QString &lang : std::as_const(langs))
        if (!known.contains(lang)) {
            err() << "uw-screenshots: unknown language " << lang << " (" << known.join(QStringLiteral(", ")) << ")"
                  << Qt::endl;
            return 2;
        }

    QStringList playbooks;
    for (const BundledPlaybook &bundled : bundledPlaybooks())
        playbooks << bundled.id;
    const QStringList wanted = parser.values(playbookOption);
    for (const QString &id : wanted)
        if (!playbooks.contains(id)) {
            err() << "uw-screenshots: no bundled playbook " << id << " (" << playbooks.join(QStringLiteral(", ")) << ")"
                  << Qt::endl;
            return 2;
        }
    if (!wanted.isEmpty())
        playbooks = wanted;

    // ${app.path} in the playbooks names the real program, which is built next to this one.
    QString programPath = QCoreApplication::applicationDirPath() + QStringLiteral("/upgrade-wizard");
#ifdef Q_OS_WIN
    programPath += QStringLiteral(".exe");
#endif

    QStringList problems;
    int written = 0;
    for (const QString &lang : std::as_const(langs)) {
        QLocale::setDefault(QLocale(lang));
        // Replaces the translators of the language before; English installs none.
        if (const QString installed = uw::app::installTranslations(lang); lang != u"en" && installed != lang)
            err() << "uw-screenshots: warning: no translation for " << lang << "; it renders with the English strings"
                  << Qt::endl;
        const QString dir = QDir(parser.value(outOption)).absoluteFilePath(lang);
        if (!QDir().mkpath(dir)) {
            err() << "uw-screenshots: cannot make " << dir << Qt::endl;
            return 1;
        }
        Shooter shooter(dir, programPath);
        bool first = true;
        for (const QString &playbook : std::as_const(playbooks)) {
            shooter.run(playbook, {}, first);
            first = false;
            if (const QStringList faults = faultFor(playbook); !faults.isEmpty())
                shooter.run(playbook, faults, false);
        }
        problems << shooter.problems();
        for (const QString &path : shooter.expected()) {
            if (const QString problem = problemWith(path); !problem.isEmpty())
                problems << path + QStringLiteral(": ") + problem;
            else
                ++written;
        }
    }

    for (const QString &problem : std::as_const(problems))
        err() << "uw-screenshots: error: " << problem << Qt::endl;
    err() << "uw-screenshots: " << written << " screenshots written"
          << (problems.isEmpty() ? QString() : QStringLiteral(", %1 problems").arg(problems.size())) << Qt::endl;
    return problems.isEmpty() ? 0 : 1;
}
