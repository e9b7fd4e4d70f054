# The install tests' fixture: builds the packages of this build tree afresh, as `tools/dev
# package` does, into OUT (never build/packages, which is the developer's).
#   cmake -DCPACK=<cpack> -DCONFIG=<build>/CPackConfig.cmake -DOUT=<dir> -P makepackages.cmake
foreach(var CPACK CONFIG OUT)
    if(NOT ${var})
        message(FATAL_ERROR "makepackages.cmake: -D${var}=... is missing")
    endif()
endforeach()
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${CPACK} --config ${CONFIG} -B ${OUT}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed (${result}):\n${output}")
endif()
message(STATUS "${output}")
