// The step widget for screen readers (issue 17, item 10): every control of a step a user can
// Tab to says which step it belongs to, so that "Signed off", "Skip" and "Cancel" are not heard
// alone, away from the title above them.

#include "pages/flow/stepwidget.h"
#include "pages/widgets/playbooktext.h"

#include "axwaydomain.h"
#include "enginerun.h"
#include "wizard/playbook/plan.h"
#include "wizard/run/engine.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace uw;
using namespace uw::pages;

namespace {

// The single-node Axway domain: sign-offs, checks and tasks, one of them per node.
struct AxwaySingle : test::EngineRun
{
    AxwaySingle()
        : EngineRun(
            QStringLiteral("axway-upgrade"),
            test::axwayParameters(
                QStringLiteral("single"),
                QJsonArray{test::axwayNode(QStringLiteral("NodeA"), QStringLiteral("anm"), true)},
                QJsonArray{test::axwayInstance(QStringLiteral("Gateway1"), QStringLiteral("Group1"),
                                               QStringLiteral("NodeA"), true)},
                QJsonArray{test::axwayCassandra(QStringLiteral("Cassandra-NodeA"), QStringLiteral("nodea.example"))}))
    { }
};

// What a screen reader says for a widget: its accessible interface's name.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

} // namespace

class tst_StepWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void controlsNameTheirStep();
};

void tst_StepWidget::controlsNameTheirStep()
{
    AxwaySingle run;
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    int confirms = 0, tasks = 0, checks = 0;
    for (const Step &step : run.engine->plan().steps()) {
        StepWidget widget(step, run.engine.get());
        const QString title = stepTitle(step);
        QVERIFY(!title.isEmpty());
        // Every button, box and field of the step, whether shown now or later (Cancel shows
        // while it runs, Revoke once skipped).
        QList<QWidget *> controls;
        for (QAbstractButton *button : widget.findChildren<QAbstractButton *>())
            if (button->objectName() != QLatin1String("helpToggle") || !button->isHidden())
                controls << button;
        for (QLineEdit *field : widget.findChildren<QLineEdit *>())
            controls << field;
        for (QWidget *control : std::as_const(controls)) {
            const QString said = spokenName(control) + u' ' + control->accessibleDescription();
            QVERIFY2(said.contains(title),
                     qPrintable(QStringLiteral("%1 of %2: \"%3\"").arg(control->objectName(), step.key, said)));
        }
        if (auto *box = widget.findChild<QCheckBox *>(QStringLiteral("signedOff"))) {
            ++confirms;
            QVERIFY(spokenName(box).contains(title));
        }
        if (auto *skip = widget.findChild<QPushButton *>(QStringLiteral("skip"))) {
            ++tasks;
            QVERIFY(spokenName(skip).contains(title));
            auto *cancel = widget.findChild<QPushButton *>(QStringLiteral("cancel"));
            QVERIFY(cancel);
            QVERIFY(spokenName(cancel).contains(title));
        }
        if (step.item->type == Item::Type::Check)
            ++checks;
    }
    // The playbook has each kind, so each kind was looked at.
    QVERIFY(confirms > 0);
    QVERIFY(tasks > 0);
    QVERIFY(checks > 0);
}

QTEST_MAIN(tst_StepWidget)
#include "tst_stepwidget.moc"
