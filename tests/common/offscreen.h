#pragma once

// The offscreen platform the GUI tests run on implements no size hints, and says so whenever a
// shown window's minimum size is set ("This plugin does not support propagateSizeHints()"): a
// limit of the test platform, not of the program (xcb, Wayland, Windows and macOS implement
// them), and hundreds of lines that would hide a warning that matters. Call it from
// initTestCase(), after QTest has installed its own handler: that one message is dropped on
// offscreen, everything else goes on to QTest.

#include <QGuiApplication>
#include <QString>

namespace uw::test {

inline void dropOffscreenSizeHintWarnings()
{
    static QtMessageHandler previous = nullptr;
    if (QGuiApplication::platformName() != u"offscreen")
        return;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (type == QtWarningMsg && message == u"This plugin does not support propagateSizeHints()")
            return;
        if (previous)
            previous(type, context, message);
    });
}

} // namespace uw::test
