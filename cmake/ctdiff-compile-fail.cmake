# Misuse that must not compile, checked by ctest with the diagnostic a user would read.
#
# The checks run the compiler themselves with -fsyntax-only instead of building a target: a
# syntax check instantiates templates and evaluates constant expressions as a build does, but it
# writes no object file and needs no lock on the build tree, so these tests run in parallel with
# the others.

# ctdiff_compile_check_command(<out-var> <source> [DEFINITIONS <macro>...]): the command, as one
# ';'-separated list, that compiles <source> as a user of ctdiff::ctdiff would: this build's
# compiler and flags, C++20, ctdiff's include path (with Boost's), and the given macros.
function(ctdiff_compile_check_command out source)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "DEFINITIONS")
  separate_arguments(flags NATIVE_COMMAND "${CMAKE_CXX_FLAGS}")
  set(includes "$<TARGET_PROPERTY:ctdiff,INTERFACE_INCLUDE_DIRECTORIES>")
  set(command ${CMAKE_CXX_COMPILER} ${flags} ${CMAKE_CXX20_STANDARD_COMPILE_OPTION} -fsyntax-only
      "$<$<BOOL:${includes}>:-I$<JOIN:${includes},;-I>>")
  foreach(definition IN LISTS arg_DEFINITIONS)
    list(APPEND command -D${definition})
  endforeach()
  list(APPEND command ${source})
  set(${out} "${command}" PARENT_SCOPE)
endfunction()

# ctdiff_add_compile_fail_test(<test> <source> [DEFINITIONS <macro>...] PATTERNS <regex>...):
# passes only if compiling <source> FAILS with a diagnostic matching every <regex>.
function(ctdiff_add_compile_fail_test test source)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "DEFINITIONS;PATTERNS")
  ctdiff_compile_check_command(command ${source} DEFINITIONS ${arg_DEFINITIONS})
  # Each list travels as one ';'-separated argument, which the script splits again.
  add_test(NAME ${test}
    COMMAND ${CMAKE_COMMAND} "-DCOMMAND=${command}" "-DPATTERNS=${arg_PATTERNS}"
            -P ${PROJECT_SOURCE_DIR}/cmake/expect-compile-error.cmake)
endfunction()
