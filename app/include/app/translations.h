#pragma once

#include <QString>
#include <QStringList>

namespace uw::app {

// Installs the translators for the graphical wizard (issue 6): Qt's own (qtbase_LANG from
// QLibraryInfo::TranslationsPath, when the system has it) and ours (upgrade-wizard_LANG.qm in
// translations/ of a shipped data directory, wizard/support/paths.h). Needs a QCoreApplication.
//
// lang: a language such as "de" or "de_AT"; empty means the system's (the first of
// QLocale::system().uiLanguages() that we have a translation for). "en" and "C" mean English.
// Returns the language actually installed ("de"), or an empty string for English: no
// translation, or none for lang, which is then warned about (qWarning) unless lang was empty.
// Calling it again replaces the translators installed before. It also makes the language's
// locale the default (QLocale::setDefault), so that dates and numbers match the text.
QString installTranslations(const QString &lang);

// The languages there is a translation for, besides English: {"de"}.
QStringList availableLanguages();

} // namespace uw::app
