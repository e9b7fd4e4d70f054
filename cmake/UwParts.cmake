# The parts of the program (docs/architecture.md, "Parts and what they may include").
#
# uw_add_part(<target> SOURCES ... [PUBLIC_PARTS <parts>] [PRIVATE_PARTS <parts>]
#             [PUBLIC <libs>] [PRIVATE <libs>])
#
# A part is a folder holding include/<module>/<part>/ (its public headers) and src/ (its
# sources and private headers), built as one static library (an object library for wizard/'s
# parts where they make the shared uw_core: wizard/CMakeLists.txt) whose only PUBLIC include
# directory is its own include/. It names the parts it uses: PUBLIC_PARTS where its own public
# headers include theirs, PRIVATE_PARTS where only its sources do. Include directories reach a
# part through target_link_libraries and nothing else, so a part sees its own headers, those
# of the parts it names, and what their public headers show (their PUBLIC_PARTS, and so on);
# an include of any other part fails to compile ("No such file or directory"). That is the
# rule the build enforces; tests/architecture proves it by compiling probes.
function(uw_add_part target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;PUBLIC_PARTS;PRIVATE_PARTS;PUBLIC;PRIVATE")
    # wizard/'s parts make the shared uw_core where the network code is loaded on demand
    # (wizard/CMakeLists.txt): object libraries then, whose objects go into it.
    file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    if(UW_ON_DEMAND AND rel MATCHES "^wizard/")
        qt_add_library(${target} OBJECT ${arg_SOURCES})
        set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    else()
        qt_add_library(${target} STATIC ${arg_SOURCES})
    endif()
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
    target_link_libraries(${target}
        PUBLIC ${arg_PUBLIC_PARTS} ${arg_PUBLIC}
        PRIVATE ${arg_PRIVATE_PARTS} ${arg_PRIVATE})
    uw_target_warnings(${target})
    # What tests/architecture needs to probe the part: its module (the top folder: wizard,
    # pages), the parts it names, and its headers.
    string(REGEX REPLACE "/.*" "" module "${rel}")
    file(GLOB_RECURSE headers RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}/include
        ${CMAKE_CURRENT_SOURCE_DIR}/include/*.h)
    list(SORT headers)
    set_property(GLOBAL APPEND PROPERTY UW_PARTS ${target})
    set_property(TARGET ${target} PROPERTY UW_PART_MODULE "${module}")
    set_property(TARGET ${target} PROPERTY UW_PART_PUBLIC_PARTS "${arg_PUBLIC_PARTS}")
    set_property(TARGET ${target} PROPERTY UW_PART_PRIVATE_PARTS "${arg_PRIVATE_PARTS}")
    set_property(TARGET ${target} PROPERTY UW_PART_HEADERS "${headers}")
endfunction()

# uw_part_visible(<part target> <out var>): the parts whose headers <target>'s sources can
# include: itself, the parts it names, and through each of those their PUBLIC_PARTS, and so on.
function(uw_part_visible target out)
    get_property(public TARGET ${target} PROPERTY UW_PART_PUBLIC_PARTS)
    get_property(private TARGET ${target} PROPERTY UW_PART_PRIVATE_PARTS)
    set(result ${target})
    set(queue ${public} ${private})
    while(queue)
        list(POP_FRONT queue current)
        if(NOT current IN_LIST result)
            list(APPEND result ${current})
            get_property(next TARGET ${current} PROPERTY UW_PART_PUBLIC_PARTS)
            list(APPEND queue ${next})
        endif()
    endwhile()
    set(${out} ${result} PARENT_SCOPE)
endfunction()
