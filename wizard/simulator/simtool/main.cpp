// uw-simtool TOOL --sandbox ROOT [--node NODE] [--install 7.5.1|7.7] [--home DIR] ARGS...
//
// The wrapper scripts of a training sandbox put the options before ARGS; ARGS is what the
// administrator typed after the tool's name.

#include "tool.h"

#include <QCoreApplication>

#include <utility>

using namespace uw;
using namespace uw::simtool;

namespace {

struct ToolEntry
{
    const char *name;
    int (*run)(Context &);
    bool perNode; // needs --node
    bool perInstall; // needs --install
};

constexpr ToolEntry kTools[] = {
    {"sysupgrade", runSysupgrade, true, false},
    {"managedomain", runManagedomain, true, true},
    {"kpsadmin", runKpsadmin, true, true},
    {"nodemanager", runNodemanager, true, true},
    {"startinstance", runStartinstance, true, true},
    {"gateway.start", runGatewayStart, false, false},
    {"cortex-upgrade-gateway", runCortexUpgradeGateway, false, false},
    {"powershell", runPowershell, false, false},
};

void usage()
{
    QStringList names;
    for (const ToolEntry &tool : kTools)
        names << QLatin1String(tool.name);
    complain(QStringLiteral("usage: uw-simtool TOOL --sandbox ROOT [--node NODE] [--install 7.5.1|7.7] "
                            "[--home DIR] ARGS...\n"
                            "The simulated tools of the Upgrade Wizard training sandbox; the sandbox's wrapper "
                            "scripts run it.\nTools: %1")
                 .arg(names.join(QStringLiteral(", "))));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("uw-simtool"));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        usage();
        return args.isEmpty() ? kSimulatorError : 0;
    }
    const QString toolName = args.takeFirst();
    const ToolEntry *tool = nullptr;
    for (const ToolEntry &entry : kTools) {
        if (toolName == QLatin1String(entry.name))
            tool = &entry;
    }
    if (!tool) {
        complain(QStringLiteral("uw-simtool: unknown tool '%1'").arg(toolName));
        usage();
        return kSimulatorError;
    }

    // The wrapper's options come first; everything after them belongs to the tool.
    QString root;
    QString node;
    QString install;
    QString home;
    const QList<std::pair<QString, QString *>> leading{{QStringLiteral("--sandbox"), &root},
                                                       {QStringLiteral("--node"), &node},
                                                       {QStringLiteral("--install"), &install},
                                                       {QStringLiteral("--home"), &home}};
    for (bool consumed = true; consumed && args.size() >= 2;) {
        consumed = false;
        for (const auto &[name, target] : leading) {
            if (args.first() == name) {
                args.removeFirst();
                *target = args.takeFirst();
                consumed = true;
                break;
            }
        }
    }
    if (root.isEmpty()) {
        complain(QStringLiteral("uw-simtool %1: --sandbox ROOT is missing; run the tool through the sandbox's "
                                "wrapper script")
                     .arg(toolName));
        return kSimulatorError;
    }
    auto sandbox = sim::Sandbox::open(root);
    if (!sandbox) {
        complain(QStringLiteral("uw-simtool %1: %2").arg(toolName, sandbox.error()));
        return kSimulatorError;
    }
    Context context{*sandbox, sandbox->faults(), node, std::nullopt, home, args};
    if (tool->perNode && !sandbox->nodes().contains(node)) {
        complain(QStringLiteral("uw-simtool %1: --node '%2' is not a node of the sandbox (%3)")
                     .arg(toolName, node, sandbox->nodes().join(QStringLiteral(", "))));
        return kSimulatorError;
    }
    if (tool->perInstall) {
        if (install == sim::Sandbox::versionOf(sim::Install::Old)) {
            context.install = sim::Install::Old;
        } else if (install == sim::Sandbox::versionOf(sim::Install::New)) {
            context.install = sim::Install::New;
        } else {
            complain(QStringLiteral("uw-simtool %1: --install must be %2 or %3")
                         .arg(toolName, sim::Sandbox::versionOf(sim::Install::Old),
                              sim::Sandbox::versionOf(sim::Install::New)));
            return kSimulatorError;
        }
    }
    return tool->run(context);
}
