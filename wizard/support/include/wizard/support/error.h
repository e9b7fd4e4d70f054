#pragma once

#include "wizard/support/text.h"

#include <QString>

#include <expected>

namespace uw {

// What went wrong, said so that a user can act on it: where (a file, and optionally a line
// and column, or a field), what, and what to do next. Results cross module boundaries as
// std::expected<T, Error>; nothing throws across them.
struct Error
{
    enum class Kind {
        Usage, // the user asked for something the program cannot do as asked
        Invalid, // input data is malformed (a playbook, a parameter, a value)
        NotFound, // a file, directory, host or item that should exist does not
        Io, // reading or writing failed
        Process, // a child process failed to start, crashed, timed out or failed
        Network, // a request failed or answered unexpectedly
        Cancelled, // the user or the program stopped the work
        Internal, // a broken assumption inside the program: a bug to report
    };

    Kind kind = Kind::Internal;
    QString message; // what happened, one sentence, no trailing period needed
    QString location; // file, file:line:column, JSON path or field name; may be empty
    QString hint; // what to do about it; may be empty
    Text text; // the message as a sentence to show in the wizard's language; may be empty

    // "location: error: message (hint)" — the shape compilers use, which editors and
    // administrators both know how to read.
    [[nodiscard]] QString toString() const;
    // The message for a window: text translated where there is one, else message as it is.
    [[nodiscard]] QString shownMessage() const;
    // shownMessage() with where and what to do: "location: message (hint)", for a window that
    // shows nothing else about it.
    [[nodiscard]] QString shownInFull() const;

    static Error usage(QString message, QString hint = {});
    static Error usage(const Text &message, QString hint = {}); // message = its English
    static Error invalid(QString location, QString message, QString hint = {});
    static Error io(QString location, QString message, QString hint = {});
    static Error internal(QString message);
};

template<typename T>
using Result = std::expected<T, Error>;

// Soft assertion: a broken assumption returns an Internal error instead of crashing.
#define UW_CHECK_OR_RETURN(condition)                                                                                  \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            return std::unexpected(                                                                                    \
                ::uw::Error::internal(QStringLiteral("internal check failed: %1 (%2:%3)")                              \
                                          .arg(QStringLiteral(#condition), QStringLiteral(__FILE__))                   \
                                          .arg(__LINE__)));                                                            \
    } while (false)

} // namespace uw
