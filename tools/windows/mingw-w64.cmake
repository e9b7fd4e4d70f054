# CMake toolchain for the Windows cross build (`tools/dev windows`): Debian's mingw-w64 with
# POSIX threads (std::thread, std::mutex; the win32-threads flavour lacks them), x86-64.
# UW_WINDOWS_PREFIX: where the cross-built Qt, KArchive, fmt and spdlog are installed.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(UW_MINGW x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${UW_MINGW}-gcc-posix)
set(CMAKE_CXX_COMPILER ${UW_MINGW}-g++-posix)
set(CMAKE_RC_COMPILER ${UW_MINGW}-windres)
if(NOT UW_WINDOWS_PREFIX)
    set(UW_WINDOWS_PREFIX $ENV{UW_WINDOWS_PREFIX})
endif()
if(NOT UW_WINDOWS_PREFIX)
    set(UW_WINDOWS_PREFIX /opt/uw-win64)
endif()
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES UW_WINDOWS_PREFIX)
set(CMAKE_FIND_ROOT_PATH /usr/${UW_MINGW} ${UW_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
# Programs built here run under Wine: tests (ctest), and build-time tools (custom commands).
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
