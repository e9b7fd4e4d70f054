#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace uw::pages {

// Text colours the wizard picks itself are held to WCAG 2's minimum contrast for normal text,
// 4.5:1, against what they are drawn on, in a light and in a dark palette alike. Here rather
// than in pages/widgets because the log view is its first user and pages/log is the one part
// both the log and the flow pages may include (docs/architecture.md).
inline constexpr double kMinimumTextContrast = 4.5;

// WCAG 2 relative luminance of an opaque colour, 0 (black) to 1 (white).
double relativeLuminance(const QColor &colour);
// WCAG 2 contrast ratio of two opaque colours, 1 to 21; symmetric.
double contrastRatio(const QColor &a, const QColor &b);

// `wanted`, moved towards black or white (whichever the background allows more contrast
// with) just far enough to reach `minimum` against `background`; `wanted` itself when it
// already does. A translucent `wanted` is first blended onto the background, as it would be
// drawn.
QColor readableOn(const QColor &wanted, const QColor &background, double minimum = kMinimumTextContrast);

// Secondary text (help under a field, a page's explanation): a step back from the window
// text, yet at least 4.5:1 on `palette`'s `background` role.
QColor secondaryTextColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

// Error text (a field's problem, a session that cannot be resumed): a red that reads well on
// light and on dark palettes, at least 4.5:1 on `palette`'s `background` role.
QColor errorTextColor(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

// Give `label` the secondary or error text colour for its palette (its WindowText, in the
// active and inactive groups) and keep it so when the palette changes (a dark theme chosen
// while the wizard runs).
void useSecondaryTextColor(QWidget *label);
void useErrorTextColor(QWidget *label);
// The placeholder text of a field likewise: Qt's default, the text at half opacity, comes out
// #808080 on white (3.9:1).
void useReadablePlaceholder(QWidget *field);

} // namespace uw::pages
