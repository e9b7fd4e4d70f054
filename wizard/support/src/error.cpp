#include "wizard/support/error.h"

#include <utility>

namespace uw {

QString Error::toString() const
{
    QString line;
    if (!location.isEmpty())
        line = location + QStringLiteral(": ");
    line += QStringLiteral("error: ") + message;
    if (!hint.isEmpty())
        line += QStringLiteral(" (") + hint + QLatin1Char(')');
    return line;
}

Error Error::usage(QString message, QString hint)
{
    return {Kind::Usage, std::move(message), {}, std::move(hint), {}};
}

Error Error::usage(const Text &message, QString hint)
{
    return {Kind::Usage, message.english(), {}, std::move(hint), message};
}

QString Error::shownMessage() const
{
    return text.isEmpty() ? message : text.translated();
}

QString Error::shownInFull() const
{
    QString line = location.isEmpty() ? shownMessage() : location + QStringLiteral(": ") + shownMessage();
    if (!hint.isEmpty())
        line += QStringLiteral(" (") + hint + QLatin1Char(')');
    return line;
}

Error Error::invalid(QString location, QString message, QString hint)
{
    return {Kind::Invalid, std::move(message), std::move(location), std::move(hint), {}};
}

Error Error::io(QString location, QString message, QString hint)
{
    return {Kind::Io, std::move(message), std::move(location), std::move(hint), {}};
}

Error Error::internal(QString message)
{
    return {Kind::Internal, std::move(message), {}, QStringLiteral("please report this as a bug"), {}};
}

} // namespace uw
