#include "app/simulatorcommand.h"

#include "app/commandline.h"
#include "wizard/simulator/faults.h"

#include <cstdio>

namespace uw::app {

int listFaults()
{
    QString text;
    for (const sim::FaultInfo &fault : sim::knownFaults())
        text += QStringLiteral("%1=%2\n    %3\n").arg(fault.name, fault.modes.join(u'|'), fault.mimics);
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    return ExitOk;
}

} // namespace uw::app
