#include "app/translations.h"

#include "wizard/support/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <QPointer>

namespace uw::app {

namespace {

const QString kPrefix = QStringLiteral("upgrade-wizard_");

// The folder holding upgrade-wizard_<language>.qm: translations/ in the first shipped data
// directory that has it (installed with the program, or the build tree's share/).
QString translationsDir(const QString &language)
{
    for (const QString &dir : paths::shippedDataDirs()) {
        const QString candidate = dir + QStringLiteral("/translations");
        if (QFileInfo::exists(candidate + u'/' + kPrefix + language + QStringLiteral(".qm")))
            return candidate;
    }
    return {};
}

// Children of the application, so they go with it; remembered so that a second call can take
// them out again.
QPointer<QTranslator> &ourTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void removeTranslators()
{
    for (auto *slot : {&ourTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete slot->data();
        }
    }
}

bool isEnglish(const QString &lang)
{
    return lang == QLatin1String("C") || lang == QLatin1String("en") || lang.startsWith(QLatin1String("en_"))
        || lang.startsWith(QLatin1String("en-"));
}

// "de-AT" -> "de_AT"; our .qm files are named by language (upgrade-wizard_de.qm).
QString baseLanguage(const QString &lang)
{
    QString name = lang;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name.section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    for (const QString &dir : paths::shippedDataDirs()) {
        const QStringList files = QDir(dir + QStringLiteral("/translations"))
                                      .entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            languages << file.mid(kPrefix.size()).chopped(3);
    }
    languages.removeDuplicates();
    languages.sort();
    return languages;
}

namespace {

QString installTranslators(const QString &lang)
{
    removeTranslators();

    QString language;
    if (lang.isEmpty()) {
        // The system's languages in order of preference; English among them before a
        // translated one means English.
        const QStringList available = availableLanguages();
        for (const QString &ui : QLocale::system().uiLanguages()) {
            if (isEnglish(ui))
                return {};
            if (available.contains(baseLanguage(ui))) {
                language = baseLanguage(ui);
                break;
            }
        }
        if (language.isEmpty())
            return {};
    } else {
        if (isEnglish(lang))
            return {};
        language = baseLanguage(lang);
        if (!availableLanguages().contains(language)) {
            qWarning("--lang %s: no translation for this language; continuing in English (available: en, %s)",
                     qPrintable(lang), qPrintable(availableLanguages().join(QStringLiteral(", "))));
            return {};
        }
    }

    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(kPrefix + language, translationsDir(language))) {
        qWarning("cannot load the %s translation; continuing in English", qPrintable(language));
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    ourTranslator() = ours;

    // Qt's own texts (standard buttons, dialogs): shipped by the system, often not installed;
    // the wizard's own pages are translated either way.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return language;
}

} // namespace

QString installTranslations(const QString &lang)
{
    const QString language = installTranslators(lang);
    // Dates, times and numbers the pages show (QLocale()) follow the language of the text:
    // --lang de_AT on an English system writes 6.12.26, --lang en on a German one 12/6/26.
    QString name = lang;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (lang.isEmpty())
        QLocale::setDefault(QLocale::system());
    else if (!language.isEmpty() || isEnglish(lang))
        QLocale::setDefault(lang == QLatin1String("C") ? QLocale(QLocale::English) : QLocale(name));
    else // a language we have no translation for: the text stays English, so do the dates
        QLocale::setDefault(QLocale(QLocale::English));
    return language;
}

} // namespace uw::app
