# Deploys the Qt runtime beside the installed programs of a Windows cross build, where
# windeployqt does not exist (it is built only for a Windows host). Run at install time
# (app/CMakeLists.txt); the caller sets:
#   UW_DEPLOY_BIN        the installed bin/ folder (DESTDIR already applied)
#   UW_DEPLOY_PLUGINS    Qt's plugins folder
#   UW_DEPLOY_DIRS       the folders the DLLs may come from (Qt, the libraries, the compiler's runtime)
#   UW_DEPLOY_OBJDUMP    objdump for PE files
#
# 1. Qt's plugin folders the program loads (the platform, the style, TLS, image formats, SVG
#    icons, network information) are copied into bin/<folder>: Qt looks for plugins beside the
#    program.
# 2. Every program and DLL in bin/ is read with `objdump -p`; each DLL it imports that one of
#    UW_DEPLOY_DIRS holds is copied too, and read in turn, until nothing new is needed. Names
#    are compared without case, as Windows does (CMake's own file(GET_RUNTIME_DEPENDENCIES)
#    misses Qt6*.dll for that reason). What no folder holds is Windows' own (KERNEL32.dll,
#    api-ms-win-*.dll ...) and is listed.

# An install script runs with no policies set; this one uses IN_LIST and list(POP_FRONT).
cmake_policy(VERSION 3.25)

foreach(var UW_DEPLOY_BIN UW_DEPLOY_PLUGINS UW_DEPLOY_DIRS UW_DEPLOY_OBJDUMP)
    if(NOT ${var})
        message(FATAL_ERROR "UwDeployWindows.cmake: ${var} is not set")
    endif()
endforeach()

set(uw_plugin_folders platforms styles tls imageformats iconengines networkinformation)
foreach(folder IN LISTS uw_plugin_folders)
    file(GLOB dlls "${UW_DEPLOY_PLUGINS}/${folder}/*.dll")
    if(dlls)
        file(INSTALL ${dlls} DESTINATION "${UW_DEPLOY_BIN}/${folder}")
    endif()
endforeach()

# Every DLL the folders offer, by lower-case name; the first folder wins.
set(uw_available "")
foreach(dir IN LISTS UW_DEPLOY_DIRS)
    file(GLOB dlls "${dir}/*.dll")
    foreach(dll IN LISTS dlls)
        get_filename_component(name "${dll}" NAME)
        string(TOLOWER "${name}" key)
        if(NOT DEFINED uw_dll_${key})
            set(uw_dll_${key} "${dll}")
        endif()
    endforeach()
endforeach()

file(GLOB_RECURSE uw_queue "${UW_DEPLOY_BIN}/*.exe" "${UW_DEPLOY_BIN}/*.com" "${UW_DEPLOY_BIN}/*.dll")
set(uw_present "")
foreach(file IN LISTS uw_queue)
    get_filename_component(name "${file}" NAME)
    string(TOLOWER "${name}" key)
    list(APPEND uw_present "${key}")
endforeach()

set(uw_windows_own "")
set(uw_copied 0)
while(uw_queue)
    list(POP_FRONT uw_queue file)
    execute_process(COMMAND "${UW_DEPLOY_OBJDUMP}" -p "${file}"
        OUTPUT_VARIABLE dump ERROR_VARIABLE problem RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "cannot read the imports of ${file}: ${problem}")
    endif()
    string(REGEX MATCHALL "DLL Name: [^\r\n]+" imports "${dump}")
    foreach(line IN LISTS imports)
        string(REGEX REPLACE "^DLL Name: " "" name "${line}")
        string(STRIP "${name}" name)
        string(TOLOWER "${name}" key)
        if(key IN_LIST uw_present OR key IN_LIST uw_windows_own)
            continue()
        endif()
        if(DEFINED uw_dll_${key})
            file(INSTALL "${uw_dll_${key}}" DESTINATION "${UW_DEPLOY_BIN}")
            list(APPEND uw_present "${key}")
            get_filename_component(copied "${uw_dll_${key}}" NAME)
            list(APPEND uw_queue "${UW_DEPLOY_BIN}/${copied}")
            math(EXPR uw_copied "${uw_copied} + 1")
        else()
            list(APPEND uw_windows_own "${key}")
        endif()
    endforeach()
endwhile()

list(SORT uw_windows_own)
list(JOIN uw_windows_own ", " uw_windows_own)
message(STATUS "Deployed ${uw_copied} DLLs beside the programs; left to Windows: ${uw_windows_own}")
