#pragma once

// Lets spdlog format Qt strings directly: spdlog::info("loaded {}", path).
#include <QByteArray>
#include <QString>

#include <spdlog/fmt/fmt.h>

#include <string_view>

template<>
struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    auto format(const QString &text, fmt::format_context &context) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), size_t(utf8.size())),
                                                        context);
    }
};

template<>
struct fmt::formatter<QByteArray> : fmt::formatter<std::string_view>
{
    auto format(const QByteArray &bytes, fmt::format_context &context) const
    {
        return fmt::formatter<std::string_view>::format(std::string_view(bytes.constData(), size_t(bytes.size())),
                                                        context);
    }
};
