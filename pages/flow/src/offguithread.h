#pragma once

// Reading that may take a while (a session's journal, ssh-keygen) asked for by a button: on a
// worker thread, the caller waiting with the window still repainting and input held back.

#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace uw::pages {

template<typename Work>
std::invoke_result_t<Work> offGuiThread(Work work)
{
    QFutureWatcher<std::invoke_result_t<Work>> watcher;
    QEventLoop loop;
    // Queued to this thread: a worker that finishes before exec() still ends the loop.
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return watcher.result();
}

} // namespace uw::pages
