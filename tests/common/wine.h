#pragma once

// Whether the tests run under Wine, for the few cases that need what Wine does not implement;
// each skip says which part is missing. Never true on Linux or on Windows itself.

#include <QtGlobal> // Q_OS_WIN, also when this is the first header

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace uw::test {

inline bool runningUnderWine()
{
#ifdef Q_OS_WIN
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
#else
    return false;
#endif
}

// Skips the test function under Wine, naming what Wine lacks (one of the reasons below).
#define UW_SKIP_UNDER_WINE(reason)                                                                                     \
    do {                                                                                                               \
        if (uw::test::runningUnderWine())                                                                              \
            QSKIP(uw::test::reason);                                                                                   \
    } while (false)

// What Wine does not implement, for the skips.
inline constexpr char kWineHasNoPowerShell[]
    = "Wine's powershell.exe is a stub that runs no script (the simulated Upgrade-Gateway.ps1 runs on Windows)";
inline constexpr char kWineHasNoServerTls[]
    = "server-side TLS through schannel fails under Wine (client-side works), and the simulator serves HTTPS";

} // namespace uw::test
