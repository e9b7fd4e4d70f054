// Contrast of the text colours the wizard picks (issue 17, item 10): every one at least 4.5:1
// (WCAG 2, normal text) against what it is drawn on, on Fusion's light palette and on a dark
// one. The ratios are computed here from the WCAG formulas, not with pages/log/contrast.h, so a
// mistake there cannot hide itself.

#include "pages/log/contrast.h"
#include "pages/log/logview.h"
#include "wcag.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>
#include <memory>

using namespace uw::pages;
using uw::LineLevel;

namespace {

QPalette fusionLight()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// A dark palette as a dark desktop theme gives one (Breeze Dark's main colours).
QPalette dark()
{
    QPalette palette(QColor(0x31, 0x36, 0x3b), QColor(0x20, 0x23, 0x26));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    return palette;
}

QString describe(const char *what, const QColor &text, const QColor &background)
{
    return QStringLiteral("%1: %2 on %3 is %4:1")
        .arg(QLatin1String(what), text.name(), background.name())
        .arg(uw::test::contrast(text, background), 0, 'f', 2);
}

} // namespace

class tst_Contrast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theFormulaAgreesWithWcag();
    void levelColoursAreReadable_data();
    void levelColoursAreReadable();
    void searchMarksAreReadable_data();
    void searchMarksAreReadable();
    void helpAndErrorTextAreReadable_data();
    void helpAndErrorTextAreReadable();
    void aHelpLabelFollowsThePalette();
    void placeholdersAreReadable();
    void readableOnKeepsWhatIsAlreadyReadable();
};

void tst_Contrast::theFormulaAgreesWithWcag()
{
    // The extremes, and the help text colour the issue measured (#808080 on #EFEFEF, 3.4:1).
    QCOMPARE(qRound(uw::test::contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(uw::test::contrast(QColor(0x80, 0x80, 0x80), QColor(0xef, 0xef, 0xef)) * 10), 34);
    for (const auto &[a, b] : {std::pair{QColor(0x80, 0x80, 0x80), QColor(0xef, 0xef, 0xef)},
                               std::pair{QColor(0xc6, 0x28, 0x28), QColor(Qt::white)},
                               std::pair{QColor(0x1b, 0x1e, 0x20), QColor(0xe3, 0xb3, 0x41)}})
        QVERIFY(std::abs(contrastRatio(a, b) - uw::test::contrast(a, b)) < 1e-4); // QColor's channels are floats
}

void tst_Contrast::levelColoursAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("level");
    for (const auto &[name, palette] : {std::pair{"light", fusionLight()}, std::pair{"dark", dark()}})
        for (const LineLevel level : {LineLevel::Debug, LineLevel::Info, LineLevel::Warning, LineLevel::Error})
            QTest::addRow("%s %s", name, qPrintable(LogView::levelTag(level))) << palette << int(level);
}

void tst_Contrast::levelColoursAreReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(int, level);
    const QColor base = palette.color(QPalette::Base);
    const QColor colour = LogView::levelColor(LineLevel(level), palette);
    QVERIFY2(uw::test::contrast(colour, base) >= 4.5, qPrintable(describe("line", colour, base)));
    // Debug steps back from the text without disappearing: distinct from info.
    if (LineLevel(level) == LineLevel::Debug)
        QVERIFY(colour != LogView::levelColor(LineLevel::Info, palette));
}

void tst_Contrast::searchMarksAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << fusionLight();
    QTest::newRow("dark") << dark();
}

void tst_Contrast::searchMarksAreReadable()
{
    QFETCH(QPalette, palette);
    const QColor mark = LogView::matchBackground(palette);
    const QColor text = LogView::matchForeground(palette);
    QVERIFY2(uw::test::contrast(text, mark) >= 4.5, qPrintable(describe("match", text, mark)));
    QVERIFY(mark != palette.color(QPalette::Base));
}

void tst_Contrast::helpAndErrorTextAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("background");
    for (const auto &[name, palette] : {std::pair{"light", fusionLight()}, std::pair{"dark", dark()}}) {
        QTest::addRow("%s window", name) << palette << int(QPalette::Window);
        QTest::addRow("%s base", name) << palette << int(QPalette::Base);
    }
}

void tst_Contrast::helpAndErrorTextAreReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(int, background);
    const QColor behind = palette.color(QPalette::ColorRole(background));
    const QColor help = secondaryTextColor(palette, QPalette::ColorRole(background));
    QVERIFY2(uw::test::contrast(help, behind) >= 4.5, qPrintable(describe("help", help, behind)));
    // Quieter than the text around it, still.
    QVERIFY(help != palette.color(QPalette::Text));
    const QColor error = errorTextColor(palette, QPalette::ColorRole(background));
    QVERIFY2(uw::test::contrast(error, behind) >= 4.5, qPrintable(describe("error", error, behind)));
}

void tst_Contrast::aHelpLabelFollowsThePalette()
{
    QWidget window;
    window.setPalette(fusionLight());
    auto *help = new QLabel(QStringLiteral("Where the old installation is"), &window);
    // What the parameters page did before: the placeholder role, which fell to about 3.4:1.
    help->setForegroundRole(QPalette::PlaceholderText);
    useSecondaryTextColor(help);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QPalette &palette : {fusionLight(), dark(), fusionLight()}) {
        window.setPalette(palette);
        const QColor text = help->palette().color(help->foregroundRole());
        const QColor behind = help->palette().color(QPalette::Window);
        QCOMPARE(behind, palette.color(QPalette::Window));
        QVERIFY2(uw::test::contrast(text, behind) >= 4.5, qPrintable(describe("help label", text, behind)));
        QCOMPARE(text, secondaryTextColor(palette));
        // What the label paints with: the stems of its letters are that colour (give or take
        // a little, for a font engine that smooths even those).
        const QImage image = help->grab().toImage();
        const auto near = [&text](const QColor &pixel) {
            return std::abs(pixel.red() - text.red()) <= 6 && std::abs(pixel.green() - text.green()) <= 6
                && std::abs(pixel.blue() - text.blue()) <= 6;
        };
        bool textPixel = false;
        for (int y = 0; y < image.height() && !textPixel; ++y)
            for (int x = 0; x < image.width() && !textPixel; ++x)
                textPixel = near(image.pixelColor(x, y));
        QVERIFY(textPixel);
    }
}

void tst_Contrast::placeholdersAreReadable()
{
    QWidget window;
    window.setPalette(fusionLight());
    auto *field = new QLineEdit(&window);
    field->setPlaceholderText(QStringLiteral("Filter text"));
    // Qt's own placeholder: the text at half opacity, drawn on the field's white (about 3.9:1).
    const QColor qtDefault = readableOn(field->palette().color(QPalette::PlaceholderText), Qt::white, 1.0);
    QVERIFY2(uw::test::contrast(qtDefault, Qt::white) < 4.5,
             qPrintable(describe("Qt's placeholder", qtDefault, Qt::white)));
    useReadablePlaceholder(field);
    for (const QPalette &palette : {fusionLight(), dark()}) {
        window.setPalette(palette);
        const QColor placeholder = field->palette().color(QPalette::PlaceholderText);
        const QColor behind = field->palette().color(QPalette::Base);
        QCOMPARE(placeholder.alpha(), 255);
        QVERIFY2(uw::test::contrast(placeholder, behind) >= 4.5,
                 qPrintable(describe("placeholder", placeholder, behind)));
    }
}

void tst_Contrast::readableOnKeepsWhatIsAlreadyReadable()
{
    const QColor good(0xc6, 0x28, 0x28);
    QCOMPARE(readableOn(good, Qt::white), good);
    // Too light on white: darkened just enough.
    const QColor fixed = readableOn(QColor(0x80, 0x80, 0x80), QColor(0xef, 0xef, 0xef));
    QVERIFY(uw::test::contrast(fixed, QColor(0xef, 0xef, 0xef)) >= 4.5);
    QVERIFY(uw::test::contrast(fixed, QColor(0xef, 0xef, 0xef)) < 5.0);
    // Too dark on a dark background: lightened.
    const QColor lifted = readableOn(QColor(0xc6, 0x28, 0x28), QColor(0x1b, 0x1e, 0x20));
    QVERIFY(uw::test::contrast(lifted, QColor(0x1b, 0x1e, 0x20)) >= 4.5);
    QVERIFY(lifted.lightness() > QColor(0xc6, 0x28, 0x28).lightness());
}

QTEST_MAIN(tst_Contrast)
#include "tst_contrast.moc"
