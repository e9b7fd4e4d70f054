// Points UW_DATA_DIR at the build tree's staged data (see CMakeLists.txt) before anything looks
// for playbooks or translations. An explicit UW_DATA_DIR is kept.

#include <QCoreApplication>

namespace {

void useBuildTreeData()
{
    if (!qEnvironmentVariableIsSet("UW_DATA_DIR"))
        qputenv("UW_DATA_DIR", UW_BUILD_TREE_DATA_DIR);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(useBuildTreeData)
