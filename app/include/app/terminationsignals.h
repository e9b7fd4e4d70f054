#pragma once

#include <QObject>

class QSocketNotifier;

namespace uw::app {

// Turns SIGINT and SIGTERM (on Windows: Ctrl-C, Ctrl-Break and a closed console, through
// SetConsoleCtrlHandler) into a Qt signal on the main thread, so that an interrupted run can
// stop its work, write its journal and flush its log instead of dying mid-write. A second
// signal while the first is handled restores the default action.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace uw::app
