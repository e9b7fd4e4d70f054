#pragma once

#include "wizard/support/specerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// The kinds of `task` items: what each one's JSON object may hold. The runners that carry
// them out live beside (commandtask.h, ...); this is only the contract the loader checks.
namespace uw::tasks {

QStringList kinds(); // archive-backup, archive-extract, command, copy, file-edit, http-workflow

// Errors in a task object, with paths relative to it. Strings may hold ${name} placeholders;
// a string with a placeholder is accepted where a number or a bool is expected.
QList<SpecError> validate(const QJsonObject &spec);

// Names a task defines for its own strings (an http workflow's extracted variables).
QStringList localNames(const QJsonObject &spec);

} // namespace uw::tasks
