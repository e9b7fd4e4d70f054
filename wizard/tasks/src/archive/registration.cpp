// The archive runners, which use KArchive, registered as the on-demand library is loaded
// (wizard/support/ondemand.h, archive_support.h).

#include "archive_support.h"
#include "wizard/support/ondemand.h"

namespace uw::archive {

namespace {

[[maybe_unused]] const bool registered = [] {
    runners() = {&runBackup, &runExtract};
    ondemand::registerPart();
    return true;
}();

} // namespace

} // namespace uw::archive
