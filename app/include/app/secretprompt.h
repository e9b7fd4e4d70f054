#pragma once

#include <QString>

#include <expected>

namespace uw::app {

// Whether standard input is a terminal (a console on Windows) a person can type into.
bool stdinIsTerminal();

enum class PromptEnd { Cancelled, EndOfInput, Unreadable };

// Asks for a secret on the terminal: the prompt on stderr, what is typed not echoed (termios on
// Unix, the console mode on Windows), echo restored whatever happens. Ctrl-C while it waits
// ends it as Cancelled; Ctrl-D (end of input) as EndOfInput.
std::expected<QString, PromptEnd> promptSecret(const QString &prompt);

} // namespace uw::app
