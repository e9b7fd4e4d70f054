# uw_target_warnings(<target>): strict warnings for our own code only. Third-party
# headers come in through imported targets as system includes, so they stay quiet.
function(uw_target_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- $<$<BOOL:${UW_WERROR}>:/WX>)
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
            -Woverloaded-virtual -Wimplicit-fallthrough
            $<$<BOOL:${UW_WERROR}>:-Werror>)
    endif()
endfunction()
