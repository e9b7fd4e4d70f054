#include "wizard/support/error.h"

#include <utility>

namespace uw {

QString Error::toString() const
{
    QString text;
    if (!location.isEmpty())
        text = location + QStringLiteral(": ");
    text += QStringLiteral("error: ") + message;
    if (!hint.isEmpty())
        text += QStringLiteral(" (") + hint + QLatin1Char(')');
    return text;
}

Error Error::usage(QString message, QString hint)
{
    return {Kind::Usage, std::move(message), {}, std::move(hint)};
}

Error Error::invalid(QString location, QString message, QString hint)
{
    return {Kind::Invalid, std::move(message), std::move(location), std::move(hint)};
}

Error Error::io(QString location, QString message, QString hint)
{
    return {Kind::Io, std::move(message), std::move(location), std::move(hint)};
}

Error Error::internal(QString message)
{
    return {Kind::Internal, std::move(message), {}, QStringLiteral("please report this as a bug")};
}

} // namespace uw
