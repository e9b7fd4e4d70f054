#include "pages/log/contrast.h"

#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace uw::pages {

namespace {

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    const auto lerp = [t](int a, int b) {
        return int(std::lround(a + (b - a) * t));
    };
    return QColor(lerp(from.red(), to.red()), lerp(from.green(), to.green()), lerp(from.blue(), to.blue()));
}

using ToneFunction = QColor (*)(const QPalette &, QPalette::ColorRole);

// Keeps a label's chosen text colour right for whatever palette it is given later.
class TextToneKeeper : public QObject
{
public:
    TextToneKeeper(QWidget *label, ToneFunction tone, QPalette::ColorRole role)
        : QObject(label)
        , m_tone(tone)
        , m_role(role)
    {
        setObjectName(role == QPalette::PlaceholderText ? QStringLiteral("placeholderToneKeeper")
                                                        : QStringLiteral("textToneKeeper"));
        if (role == QPalette::WindowText)
            label->setForegroundRole(QPalette::WindowText);
        apply(label);
        label->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            apply(static_cast<QWidget *>(watched));
        return false;
    }

private:
    void apply(QWidget *label) const
    {
        QPalette palette = label->palette();
        bool changed = false;
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            QPalette grouped = palette;
            grouped.setCurrentColorGroup(group);
            const QColor colour = m_tone(grouped, label->backgroundRole());
            // Only the one role (WindowText, what a label draws with, or a field's
            // PlaceholderText): Text stays the palette's own, the colour the tone is derived
            // from, so applying it again changes nothing.
            if (palette.color(group, m_role) != colour) {
                palette.setColor(group, m_role, colour);
                changed = true;
            }
        }
        // Setting it sends another PaletteChange, which then finds nothing to change.
        if (changed)
            label->setPalette(palette);
    }

    ToneFunction m_tone;
    QPalette::ColorRole m_role;
};

void useTone(QWidget *widget, ToneFunction tone, QPalette::ColorRole role = QPalette::WindowText)
{
    if (!widget)
        return;
    const QString name = role == QPalette::PlaceholderText ? QStringLiteral("placeholderToneKeeper")
                                                           : QStringLiteral("textToneKeeper");
    if (auto *old = widget->findChild<QObject *>(name, Qt::FindDirectChildrenOnly))
        delete old;
    new TextToneKeeper(widget, tone, role);
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &wanted, const QColor &background, double minimum)
{
    const QColor base = background.toRgb();
    QColor colour = wanted.toRgb();
    if (colour.alpha() < 255)
        colour = mix(base, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF());
    colour.setAlpha(255);
    if (contrastRatio(colour, base) >= minimum)
        return colour;
    const QColor extreme
        = contrastRatio(Qt::black, base) >= contrastRatio(Qt::white, base) ? QColor(Qt::black) : QColor(Qt::white);
    // The smallest step towards the extreme that reaches the minimum keeps as much of the hue
    // as the background allows.
    for (int step = 1; step < 100; ++step) {
        const QColor candidate = mix(colour, extreme, step / 100.0);
        if (contrastRatio(candidate, base) >= minimum)
            return candidate;
    }
    return extreme;
}

QColor secondaryTextColor(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor base = palette.color(background);
    // A third of the way to the background: visibly quieter than the text around it.
    return readableOn(mix(palette.color(QPalette::Text), base, 0.35), base);
}

QColor errorTextColor(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor base = palette.color(background);
    return readableOn(base.lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28), base);
}

void useSecondaryTextColor(QWidget *label)
{
    useTone(label, secondaryTextColor);
}

void useErrorTextColor(QWidget *label)
{
    useTone(label, errorTextColor);
}

void useReadablePlaceholder(QWidget *field)
{
    useTone(field, secondaryTextColor, QPalette::PlaceholderText);
}

} // namespace uw::pages
