#include "pages/widgets/playbooktext.h"

#include <QCoreApplication>

namespace uw::pages {

QString playbookText(const QString &source)
{
    if (source.isEmpty())
        return source;
    return QCoreApplication::translate("playbook", source.toUtf8().constData());
}

QString stepTitle(const Step &step)
{
    const QString title = playbookText(step.item->title);
    //: A step of an item that runs once per node: "<item title> on <node name>"
    return step.node.isEmpty() ? title
                               : QCoreApplication::translate("uw::pages::StepWidget", "%1 on %2").arg(title, step.node);
}

} // namespace uw::pages
