// The German translation (issue 6): complete, placeholders intact, every text of every bundled
// playbook in it, and loaded the way main() loads it.

#include "app/commandline.h"
#include "app/translations.h"
#include "playbookstrings.h"
#include "wizard/playbook/playbookloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace uw;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    QString type; // the translation's type attribute: empty when finished
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
            // A numerus translation's forms follow as <numerusform> elements.
            messages << message;
        } else if (name == QLatin1String("numerusform")) {
            messages.last().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:n|[1-9][0-9]?)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

const QString kPlaybookTitle = QStringLiteral("Axway API Gateway 7.5.x / 7.6.x to 7.7 (external Cassandra)");
const QString kUiString = QStringLiteral("Welcome to Upgrade Wizard");

QString translatedPlaybookTitle()
{
    return QCoreApplication::translate("playbook", kPlaybookTitle.toUtf8().constData());
}

QString translatedUiString()
{
    return QCoreApplication::translate("uw::pages::WelcomePage", kUiString.toUtf8().constData());
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyMessageIsTranslated();
    void placeholdersSurviveTranslation();
    void everyBundledPlaybookTextIsInTheTs();
    void langDeInstallsGerman_data();
    void langDeInstallsGerman();
    void englishNeedsNoTranslation();
    void unknownLanguageFallsBackToEnglish();

private:
    QList<Message> m_messages;
};

void tst_Translations::initTestCase()
{
    QString error;
    m_messages = readTs(QStringLiteral(UW_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_messages.size() > 100);
}

void tst_Translations::cleanup()
{
    app::installTranslations(QStringLiteral("en"));
}

void tst_Translations::everyMessageIsTranslated()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(message.context, message.source.left(80));
        if (!message.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(where, message.type);
        else if (message.translations.isEmpty()
                 || std::any_of(message.translations.cbegin(), message.translations.cend(),
                                [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems << QStringLiteral("%1 has an empty translation").arg(where);
        else if (message.numerus && message.translations.size() != 2)
            problems << QStringLiteral("%1 needs two numerus forms for German").arg(where);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::placeholdersSurviveTranslation()
{
    QStringList problems;
    for (const Message &message : std::as_const(m_messages)) {
        const QSet<QString> wanted = placeholders(message.source);
        for (const QString &translation : message.translations) {
            const QSet<QString> missing = wanted - placeholders(translation);
            if (!missing.isEmpty())
                problems << QStringLiteral("%1: \"%2\" lacks %3")
                                .arg(message.context, translation.left(80),
                                     QStringList(missing.cbegin(), missing.cend()).join(u' '));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::everyBundledPlaybookTextIsInTheTs()
{
    QSet<QString> translated;
    for (const Message &message : std::as_const(m_messages))
        if (message.context == QLatin1String("playbook"))
            translated.insert(message.source);

    QList<Playbook> playbooks;
    for (const BundledPlaybook &bundled : bundledPlaybooks()) {
        auto playbook = PlaybookLoader::loadFile(bundled.path);
        QVERIFY2(playbook, qPrintable(bundled.path));
        playbooks << *playbook;
    }
    QVERIFY(playbooks.size() >= 5);

    QStringList missing;
    for (const i18n::PlaybookString &string : i18n::playbookStrings(playbooks))
        if (!translated.contains(string.text))
            missing << QStringLiteral("%1: \"%2\"").arg(string.origins.constFirst(), string.text.left(80));
    // Run `cmake --build build --target update_translations` and translate what it adds.
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the playbook context of the .ts:\n") + missing.join(u'\n')));
}

void tst_Translations::langDeInstallsGerman_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("--lang de") << QStringLiteral("--lang de");
    QTest::newRow("after the command") << QStringLiteral("gui --lang de");
    QTest::newRow("a region") << QStringLiteral("--lang de_AT");
    QTest::newRow("a BCP 47 tag") << QStringLiteral("--lang de-CH");
}

void tst_Translations::langDeInstallsGerman()
{
    QFETCH(QString, line);
    QStringList arguments{QStringLiteral("upgrade-wizard")};
    arguments << line.split(u' ');
    const app::ParseResult parsed = app::parseCommandLine(arguments);
    QVERIFY(parsed);
    QVERIFY(app::availableLanguages().contains(QLatin1String("de")));

    // As main() does for the GUI.
    QCOMPARE(app::installTranslations(parsed->lang), QStringLiteral("de"));
    QCOMPARE(translatedUiString(), QStringLiteral("Willkommen bei Upgrade Wizard"));
    QCOMPARE(translatedPlaybookTitle(), QStringLiteral("Axway API Gateway 7.5.x / 7.6.x auf 7.7 (externes Cassandra)"));
    // A numerus form picks the German plural.
    QCOMPARE(QCoreApplication::translate("uw::pages::LogPanel", "%Ln line(s)", nullptr, 3), QStringLiteral("3 Zeilen"));
}

void tst_Translations::englishNeedsNoTranslation()
{
    QCOMPARE(app::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(app::installTranslations(QStringLiteral("en")), QString());
    QCOMPARE(translatedUiString(), kUiString);
    QCOMPARE(translatedPlaybookTitle(), kPlaybookTitle);
}

void tst_Translations::unknownLanguageFallsBackToEnglish()
{
    const app::ParseResult parsed
        = app::parseCommandLine({QStringLiteral("upgrade-wizard"), QStringLiteral("--lang"), QStringLiteral("xx")});
    QVERIFY(parsed);
    QCOMPARE(parsed->lang, QStringLiteral("xx"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("--lang xx: no translation.*English")));
    QCOMPARE(app::installTranslations(parsed->lang), QString());
    QCOMPARE(translatedUiString(), kUiString);
    QCOMPARE(translatedPlaybookTitle(), kPlaybookTitle);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
