#pragma once

#include "wizard/support/specerror.h"
#include "wizard/support/specreader.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// The kinds of `task` items and what each one's JSON object may hold. The runners that carry
// them out live beside (commandtask.h, ...), and their read() is what the loader checks with.
namespace uw::tasks {

QStringList kinds(); // archive-backup, archive-extract, command, copy, file-edit, http-workflow

// Errors in a task object, with paths relative to it, found by the code that reads it when the
// step runs (each runner's read()). At load time (spec::Mode::Load) strings may hold ${name}
// placeholders: such a string is accepted where a number, a bool or one of a list of words is
// expected, and its syntax is judged when it runs; `$${` is a literal `${` and defers nothing.
// spec::Mode::Run judges a substituted object as the runner will.
QList<SpecError> validate(const QJsonObject &spec, spec::Mode mode = spec::Mode::Load);

// Names a task defines for its own strings (an http workflow's extracted variables).
QStringList localNames(const QJsonObject &spec);

} // namespace uw::tasks
