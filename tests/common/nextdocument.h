#pragma once

// Reads the next DocumentDialog named `objectName` (the plan, a comparison) that the next call
// opens into `into`, then closes it. Polls until it is there, so a slow machine cannot show it
// after the test looked; the polling timer dies with `owner` if it never comes.

#include "pages/flow/documentdialog.h"

#include <QApplication>
#include <QString>
#include <QTextBrowser>
#include <QTimer>

namespace uw::test {

inline void readNextDocument(const QString &objectName, QString &into, QObject *owner)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, &into] {
        auto *dialog = qobject_cast<pages::DocumentDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == objectName) {
            timer->deleteLater();
            timer->stop();
            into = dialog->browser()->toPlainText();
            dialog->reject();
        }
    });
    timer->start();
}

} // namespace uw::test
