# cmake "-DCOMMAND=<compiler;arg;...>" "-DPATTERNS=<regex;regex...>" -P expect-compile-error.cmake
# Runs COMMAND (a compilation, see ctdiff-compile-fail.cmake) and passes only if it FAILS and its
# output matches every regex in PATTERNS.
execute_process(COMMAND ${COMMAND} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
set(log "${out}${err}")
list(GET COMMAND -1 source)
if(status EQUAL 0)
  message(FATAL_ERROR "${source} compiled, but it is a misuse that must not compile")
endif()
foreach(pattern IN LISTS PATTERNS)
  if(NOT log MATCHES "${pattern}")
    message(FATAL_ERROR "the diagnostic for ${source} lacks /${pattern}/:\n${log}")
  endif()
endforeach()
message(STATUS "${source} fails to compile as expected")
