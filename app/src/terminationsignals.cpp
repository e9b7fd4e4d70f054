#include "app/terminationsignals.h"

#include <QSocketNotifier>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

#ifdef Q_OS_WIN
#include <QCoreApplication>

#include <atomic>
#include <windows.h>
#endif

namespace uw::app {

#ifdef Q_OS_UNIX
namespace {

int s_pipe[2] = {-1, -1};

// Only async-signal-safe work here: write the signal number and let the event loop act.
void onSignal(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(s_pipe[0], &byte, 1);
    // A second Ctrl-C while we are still shutting down means "now".
    std::signal(signalNumber, SIG_DFL);
}

} // namespace
#endif

#ifdef Q_OS_WIN
namespace {

std::atomic<TerminationSignals *> s_instance = nullptr; // read on the main thread only
std::atomic_bool s_requested = false;

// Windows calls this on a thread of its own for Ctrl-C, Ctrl-Break and a closed console:
// Ctrl-C and Ctrl-Break become SIGINT as on Linux (the run exits 3), a closed console SIGTERM.
// Returning FALSE hands the event to the default handler, which ends the process: a second
// Ctrl-C while the first is handled means "now", as on Linux.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    const int number = event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT ? SIGINT : SIGTERM;
    if (s_requested.exchange(true))
        return FALSE;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [number] {
            if (TerminationSignals *self = s_instance.load())
                Q_EMIT self->terminationRequested(number);
        },
        Qt::QueuedConnection);
    // For a closed console Windows ends the process when this returns; give the event loop the
    // few seconds it has to cancel and flush.
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        Sleep(4000);
    return TRUE;
}

} // namespace
#endif

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (s_pipe[0] == -1 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    // `upgrade-wizard run ... | head` must not end an upgrade when head exits: a write to a
    // closed stdout fails instead (a lost line; the log file has everything).
    std::signal(SIGPIPE, SIG_IGN);
#elif defined(Q_OS_WIN)
    s_instance = this;
    s_requested = false;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

TerminationSignals::~TerminationSignals()
{
#ifdef Q_OS_UNIX
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    s_instance = nullptr;
#endif
}

void TerminationSignals::readSignal()
{
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    if (::read(s_pipe[1], &byte, 1) == 1)
        Q_EMIT terminationRequested(byte);
#endif
}

} // namespace uw::app
