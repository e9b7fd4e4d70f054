#pragma once

// WCAG 2's relative luminance and contrast ratio, written out here for the tests, apart from
// pages/log/contrast.h, so that a mistake in the product's formula cannot hide itself.

#include <QColor>

#include <algorithm>
#include <cmath>

namespace uw::test {

inline double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace uw::test
