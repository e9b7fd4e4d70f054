#include "pages/widgets/icons.h"

#include "svgiconengine.h"

namespace uw::pages {

namespace {

QIcon svgIcon(const QString &name)
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")));
}

} // namespace

QIcon stateIcon(StepState::Status status)
{
    switch (status) {
    case StepState::Status::Pending:
        return svgIcon(QStringLiteral("state-pending"));
    case StepState::Status::Running:
        return svgIcon(QStringLiteral("state-running"));
    case StepState::Status::Passed:
        return svgIcon(QStringLiteral("state-passed"));
    case StepState::Status::Confirmed:
        return svgIcon(QStringLiteral("state-confirmed"));
    case StepState::Status::Failed:
        return svgIcon(QStringLiteral("state-failed"));
    case StepState::Status::Cancelled:
        return svgIcon(QStringLiteral("state-cancelled"));
    case StepState::Status::Interrupted:
        return svgIcon(QStringLiteral("state-interrupted"));
    case StepState::Status::Skipped:
        return svgIcon(QStringLiteral("state-skipped"));
    }
    return {};
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return svgIcon(QStringLiteral("severity-blocker"));
    case Severity::Warning:
        return svgIcon(QStringLiteral("severity-warning"));
    case Severity::Info:
        return svgIcon(QStringLiteral("severity-info"));
    }
    return {};
}

QIcon applicationIcon()
{
    return svgIcon(QStringLiteral("upgrade-wizard"));
}

QColor stateColor(StepState::Status status, const QPalette &palette)
{
    // Judge the palette by what the colour sits on (a view's base), not by a theme name: a
    // dark palette can come from a style, a platform theme or the user.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    // Each pair is {light palette, dark palette}: the light tints keep black text above a
    // 4.5:1 contrast, the dark ones keep white text above it, and the hues follow the icons.
    struct Pair
    {
        QRgb light;
        QRgb dark;
    };
    Pair pair{};
    switch (status) {
    case StepState::Status::Pending:
        pair = {0xeceef1, 0x3a3f47};
        break;
    case StepState::Status::Running:
        pair = {0xd6e6fa, 0x1d3f66};
        break;
    case StepState::Status::Passed:
        pair = {0xd3f0dc, 0x1c4a2a};
        break;
    case StepState::Status::Confirmed:
        pair = {0xcdeeea, 0x14443f};
        break;
    case StepState::Status::Failed:
        pair = {0xf9d6d6, 0x5c1f1f};
        break;
    case StepState::Status::Cancelled:
        pair = {0xdfe2e6, 0x4a4f57};
        break;
    case StepState::Status::Interrupted:
        pair = {0xfbe3c2, 0x5a3a0c};
        break;
    case StepState::Status::Skipped:
        pair = {0xe4e0f3, 0x35305a};
        break;
    }
    return QColor::fromRgb(dark ? pair.dark : pair.light);
}

} // namespace uw::pages
