#pragma once

#include "wizard/playbook/playbook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace uw::i18n {

// One user-visible text of a playbook and where it comes from, for translators:
// "axway-upgrade: item backup-old: title".
struct PlaybookString
{
    QString text;
    QStringList origins;
};

// Every text of the playbook that the wizard shows through playbookText() (the "playbook"
// translation context): the title, parameter labels and help, choice, role and attribute
// labels, page titles and help, item titles, help, remedies and order reasons. Each text once,
// in the order of the playbook; empty texts are left out.
QList<PlaybookString> playbookStrings(const Playbook &playbook);

// The same over several playbooks, merged: a text shared by two playbooks is listed once with
// both origins.
QList<PlaybookString> playbookStrings(const QList<Playbook> &playbooks);

// A C++ source for lupdate: one QT_TRANSLATE_NOOP("playbook", "...") per text, with a
// translator comment (//:) naming its origins.
QByteArray lupdateSource(const QList<PlaybookString> &strings);

// A C string literal for text (UTF-8, with quotes, backslashes and control characters escaped).
QByteArray cStringLiteral(const QString &text);

} // namespace uw::i18n
